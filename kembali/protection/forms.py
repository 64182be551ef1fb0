from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kembali.cases.models import (
    Case,
    Document,
    FitnessToTravel,
    Reception,
    RemovalDecision,
    TransitLeg,
)
from kembali.protection.models import (
    AsylumStatusChange,
    BestInterestsDetermination,
    DetentionEpisode,
    Referral,
    ReferralStatus,
    RiskAssessment,
    TraffickingIndicator,
    TraffickingRecord,
    Vulnerability,
)
from kembali.widgets import compact_selects


class DateInput(forms.DateInput):
    input_type = "date"


class RecordForm(forms.ModelForm):  # type: ignore[type-arg]
    def __init__(self, *args: Any, case: Case | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.case = case
        for field in self.fields.values():
            if isinstance(field, forms.DateField):
                field.widget = DateInput()
        compact_selects(self)


class AsylumStatusForm(RecordForm):
    class Meta:
        model = AsylumStatusChange
        fields = ["status", "on", "authority"]


class RiskAssessmentForm(RecordForm):
    class Meta:
        model = RiskAssessment
        fields = ["assessed_on", "real_risk", "summary"]


class BestInterestsForm(RecordForm):
    class Meta:
        model = BestInterestsDetermination
        fields = [
            "decided_on",
            "panel",
            "recommendation",
            "care_arrangement",
            "care_arrangement_confirmed",
        ]


class TraffickingForm(RecordForm):
    class Meta:
        model = TraffickingRecord
        fields = [
            "status",
            "referred_on",
            "referred_to",
            "reflection_starts",
            "reflection_ends",
            "reflection_waived_on",
            "return_risk_assessed_on",
        ]


class VulnerabilityForm(RecordForm):
    indicators = forms.MultipleChoiceField(
        label=_("Trafficking indicators"),
        choices=TraffickingIndicator.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("For a presumed victim of trafficking: what was seen or told."),
    )

    class Meta:
        model = Vulnerability
        fields = ["kind", "indicators", "notes", "follow_up"]


class ReferralForm(RecordForm):
    class Meta:
        model = Referral
        fields = ["to", "purpose", "status", "made_on"]


class RemovalDecisionForm(RecordForm):
    class Meta:
        model = RemovalDecision
        fields = ["decided_on", "authority", "reference", "final", "appeal"]


class DetentionForm(RecordForm):
    class Meta:
        model = DetentionEpisode
        fields = [
            "facility",
            "starts_on",
            "ends_on",
            "legal_basis",
            "authority",
            "alternatives_considered",
            "alternative_applied",
        ]


class _EpisodeForm(forms.Form):
    episode = forms.ModelChoiceField(queryset=DetentionEpisode.objects.none())

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        episode = self.fields["episode"]
        assert isinstance(episode, forms.ModelChoiceField)
        episode.queryset = DetentionEpisode.objects.filter(case=case, ends_on__isnull=True)
        for field in self.fields.values():
            if isinstance(field, forms.DateField):
                field.widget = DateInput()
        compact_selects(self)


class DetentionReviewForm(_EpisodeForm):
    reviewed_on = forms.DateField()
    outcome = forms.CharField(max_length=300)


class EndDetentionForm(_EpisodeForm):
    ends_on = forms.DateField()


class DocumentForm(RecordForm):
    class Meta:
        model = Document
        fields = ["kind", "number", "issuer", "issued_on", "valid_until"]


class TransitLegForm(RecordForm):
    class Meta:
        model = TransitLeg
        fields = ["transit_country", "planned_on"]


class TransitAcknowledgementForm(forms.Form):
    leg = forms.ModelChoiceField(queryset=TransitLeg.objects.none())
    acknowledged_on = forms.DateField(widget=DateInput())
    acknowledgement_reference = forms.CharField(max_length=100)

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        leg = self.fields["leg"]
        assert isinstance(leg, forms.ModelChoiceField)
        leg.queryset = TransitLeg.objects.filter(case=case, acknowledged_on__isnull=True)
        compact_selects(self)


class FitnessToTravelForm(RecordForm):
    class Meta:
        model = FitnessToTravel
        fields = ["certified_on", "certified_by", "conditions"]


class ReceptionForm(RecordForm):
    class Meta:
        model = Reception
        fields = ["organisation", "confirmed_on", "arrangements"]


class ReferralStatusForm(forms.Form):
    referral = forms.ModelChoiceField(label=_("Referral"), queryset=Referral.objects.none())
    status = forms.ChoiceField(label=_("Status"), choices=ReferralStatus.choices)
    updated_on = forms.DateField(label=_("Since"), widget=DateInput())

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        referral = self.fields["referral"]
        assert isinstance(referral, forms.ModelChoiceField)
        referral.queryset = Referral.objects.filter(case=case)
        compact_selects(self)
