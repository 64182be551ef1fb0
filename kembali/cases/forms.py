from typing import Any

from django import forms
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from kembali.accounts.models import Organisation, User
from kembali.cases.dates import BirthDate, BirthDateError, parse_birth_date
from kembali.cases.models import (
    Case,
    CaseQuerySet,
    ConsentPurpose,
    LegalBasis,
    NameKind,
    Sex,
    ShareAccess,
    Stage,
    Track,
)
from kembali.countries import country_choices, country_name, is_language
from kembali.widgets import compact_selects

BIRTH_DATE_ERRORS = {
    "format": _("Write the birth date as 1990-05-17, 17 May 1990, 1990-05, 1990 or “about 1990”."),
    "calendar": _("This is not a real calendar date."),
    "future": _("A birth date cannot be in the future."),
    "too_old": _("A birth date cannot be more than 130 years ago."),
}


def birth_date_from_text(text: str) -> BirthDate | None:
    if not text.strip():
        return None
    try:
        return parse_birth_date(text)
    except BirthDateError as error:
        raise forms.ValidationError(BIRTH_DATE_ERRORS[error.code], code=error.code) from error


def _field(form: forms.Form, name: str) -> forms.ChoiceField:
    field = form.fields[name]
    assert isinstance(field, forms.ChoiceField)
    return field


def _with_blank(choices: Any, label: Any = "—") -> list[tuple[str, Any]]:
    return [("", label), *choices]


def _countries_in_cases(field: str) -> list[tuple[str, str]]:
    """The countries cases on this node have, for filters: a few, not all 249 of ISO 3166.

    Cached for ten minutes: a country newly in use may take that long to be offered."""
    key = f"kembali:case-countries:{field}"
    codes: list[str] | None = cache.get(key)
    if codes is None:
        codes = sorted(Case.objects.order_by().values_list(field, flat=True).distinct())
        cache.set(key, codes, 600)
    return sorted(((code, country_name(code)) for code in codes), key=lambda pair: pair[1])


class CaseFilterForm(forms.Form):
    """Search and filters shared by the case list page and the case list API."""

    q = forms.CharField(
        label=_("Name or reference"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    stage = forms.ChoiceField(label=_("Stage"), required=False)
    track = forms.ChoiceField(label=_("Track"), required=False)
    host_country = forms.ChoiceField(label=_("Host country"), required=False)
    origin_country = forms.ChoiceField(label=_("Country of origin"), required=False)
    holder = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none(), required=False
    )
    mine = forms.BooleanField(label=_("Only cases assigned to me"), required=False)

    def __init__(
        self, *args: Any, organisations: Any = None, for_page: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        _field(self, "stage").choices = _with_blank(Stage.choices, _("any stage"))
        _field(self, "track").choices = _with_blank(Track.choices, _("any track"))
        for name in ("host_country", "origin_country"):
            # Any ISO country is a valid filter (the API takes codes); the page offers those
            # that cases have.
            field = _field(self, name)
            field.choices = _with_blank(country_choices(), _("any country"))
            if for_page:
                field.widget.choices = _with_blank(_countries_in_cases(name), _("any country"))
        holder_field = self.fields["holder"]
        assert isinstance(holder_field, forms.ModelChoiceField)
        holder_field.queryset = (
            organisations if organisations is not None else Organisation.objects.all()
        )
        holder_field.empty_label = str(_("any organisation"))
        compact_selects(self)

    def apply(self, cases: CaseQuerySet, user: User) -> CaseQuerySet:
        data = self.cleaned_data
        if data.get("q"):
            cases = cases.search(data["q"])
        for field in ("stage", "track", "host_country", "origin_country"):
            if data.get(field):
                cases = cases.filter(**{field: data[field]})
        if data.get("holder"):
            cases = cases.filter(holder=data["holder"])
        if data.get("mine"):
            cases = cases.filter(assigned_to=user)
        return cases


class RegistrationForm(forms.Form):
    native_name = forms.CharField(
        label=_("Name in the person's own script"),
        required=False,
        max_length=300,
        help_text=_("As the person writes it, e.g. in Bengali, Burmese or Arabic script."),
    )
    native_language = forms.CharField(
        label=_("Language of that name"), required=False, max_length=12, initial=""
    )
    latin_name = forms.CharField(
        label=_("Name in Latin letters"),
        required=False,
        max_length=300,
        help_text=_("As spelled on a document or as the person spells it."),
    )
    latin_kind = forms.ChoiceField(
        label=_("This Latin name is"), choices=NameKind.choices, initial=NameKind.AS_STATED
    )
    alias = forms.CharField(label=_("Other known name (alias)"), required=False, max_length=300)
    sex = forms.ChoiceField(label=_("Sex"), choices=_with_blank(Sex.choices), required=False)
    birth_date = forms.CharField(
        label=_("Birth date"),
        required=False,
        max_length=30,
        help_text=_("1990-05-17, 17 May 1990, 1990-05, 1990 or “about 1990”."),
    )
    birth_place = forms.CharField(label=_("Birth place"), required=False, max_length=200)
    father_name = forms.CharField(label=_("Father's name"), required=False, max_length=200)
    mother_name = forms.CharField(label=_("Mother's name"), required=False, max_length=200)
    nationality_claimed = forms.ChoiceField(label=_("Claimed nationality"), required=False)
    languages = forms.CharField(
        label=_("Languages spoken"),
        required=False,
        max_length=100,
        help_text=_("ISO 639 codes separated by commas, e.g. bn, rhg, en."),
    )
    holder = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    track = forms.ChoiceField(label=_("Track"), choices=Track.choices)
    host_country = forms.ChoiceField(label=_("Host country"))
    origin_country = forms.ChoiceField(label=_("Country of origin"))
    legal_basis = forms.ChoiceField(
        label=_("Legal basis for processing"), choices=LegalBasis.choices
    )

    def __init__(self, *args: Any, organisations: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        countries = country_choices()
        _field(self, "nationality_claimed").choices = _with_blank(countries)
        _field(self, "host_country").choices = _with_blank(countries)
        _field(self, "origin_country").choices = _with_blank(countries)
        holder_field = self.fields["holder"]
        assert isinstance(holder_field, forms.ModelChoiceField)
        holder_field.queryset = organisations
        if len(organisations) == 1:
            only = organisations[0]
            holder_field.initial = only.pk
            self.fields["host_country"].initial = only.country
        compact_selects(self)

    def clean_birth_date(self) -> BirthDate | None:
        return birth_date_from_text(self.cleaned_data["birth_date"])

    def clean_languages(self) -> list[str]:
        codes = [c.strip() for c in self.cleaned_data["languages"].split(",") if c.strip()]
        unknown = [c for c in codes if not is_language(c)]
        if unknown:
            raise forms.ValidationError(
                _("Not ISO 639 language codes: %(codes)s"), params={"codes": ", ".join(unknown)}
            )
        return codes

    def clean_native_language(self) -> str:
        code: str = self.cleaned_data["native_language"].strip()
        if code and not is_language(code):
            raise forms.ValidationError(_("Not an ISO 639 language code."))
        return code

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not any(data.get(f) for f in ("native_name", "latin_name", "alias")):
            raise forms.ValidationError(_("Give at least one name."))
        return data


class ShareForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Share with"), queryset=Organisation.objects.none()
    )
    access = forms.ChoiceField(label=_("Access"), choices=ShareAccess.choices)
    reason = forms.CharField(label=_("Why"), max_length=300)

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        organisation = self.fields["organisation"]
        assert isinstance(organisation, forms.ModelChoiceField)
        organisation.queryset = Organisation.objects.exclude(pk=case.holder_id).exclude(
            pk__in=case.shares.active().values("organisation_id")
        )
        compact_selects(self)


class ConsentForm(forms.Form):
    purpose = forms.ChoiceField(label=_("Purpose"), choices=ConsentPurpose.choices)
    counselled_on = forms.DateField(
        label=_("Counselling session on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    counsellor = forms.CharField(label=_("Counsellor"), max_length=200, required=False)
    version = forms.CharField(label=_("Consent form version"), max_length=20)
    language = forms.CharField(
        label=_("Language it was explained in"),
        max_length=12,
        help_text=_("ISO 639 code, e.g. bn, my, ps."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        compact_selects(self)

    def clean_language(self) -> str:
        code: str = self.cleaned_data["language"].strip()
        if not is_language(code):
            raise forms.ValidationError(_("Not an ISO 639 language code."))
        return code
