from typing import Any

from django import forms

from kembali.cases.models import RemovalDecision
from kembali.protection.models import (
    AsylumStatusChange,
    BestInterestsDetermination,
    Referral,
    RiskAssessment,
    TraffickingRecord,
    Vulnerability,
)
from kembali.widgets import compact_selects


class DateInput(forms.DateInput):
    input_type = "date"


class RecordForm(forms.ModelForm):  # type: ignore[type-arg]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
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
    class Meta:
        model = Vulnerability
        fields = ["kind", "notes", "follow_up"]


class ReferralForm(RecordForm):
    class Meta:
        model = Referral
        fields = ["to", "purpose", "status", "made_on"]


class RemovalDecisionForm(RecordForm):
    class Meta:
        model = RemovalDecision
        fields = ["decided_on", "authority", "reference", "final", "appeal"]
