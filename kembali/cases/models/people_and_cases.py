"""People, their names and households, and their cases: who may see and write them, shares
and consents, and each change of stage."""

import uuid

from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kembali.accounts.access import (
    AnyUser,
    case_write_organisation_ids,
    person_data_organisation_ids,
)
from kembali.accounts.models import Organisation, User
from kembali.cases.dates import BirthDate, Precision
from kembali.cases.names import search_key


class Sex(models.TextChoices):
    MALE = "M", _("male")
    FEMALE = "F", _("female")
    OTHER = "X", _("other / unspecified")


class BirthDatePrecision(models.TextChoices):
    DAY = Precision.DAY.value, _("exact day")
    MONTH = Precision.MONTH.value, _("month")
    YEAR = Precision.YEAR.value, _("year")
    ABOUT = Precision.ABOUT.value, _("approximate year")


class NameKind(models.TextChoices):
    OFFICIAL = "official", _("official")
    AS_STATED = "as_stated", _("as stated")
    ALIAS = "alias", _("alias")
    FROM_DOCUMENT = "from_document", _("from document")


class Track(models.TextChoices):
    VOLUNTARY = "voluntary", _("assisted voluntary return")
    ENFORCED = "enforced", _("enforced return")


class Stage(models.TextChoices):
    REGISTERED = "registered", _("registered")
    SCREENING = "screening", _("screening")
    COUNSELLING = "counselling", _("counselling")
    RETURN_DECISION = "return_decision", _("return decision")
    IDENTITY_VERIFICATION = "identity_verification", _("identity verification")
    TRAVEL_DOCUMENTS = "travel_documents", _("travel documents")
    TRAVEL_PLANNING = "travel_planning", _("travel planning")
    DEPARTED = "departed", _("departed")
    ARRIVED = "arrived", _("arrived")
    REINTEGRATION = "reintegration", _("reintegration")
    MONITORING = "monitoring", _("monitoring")
    CLOSED = "closed", _("closed")
    ON_HOLD = "on_hold", _("on hold")
    WITHDRAWN = "withdrawn", _("withdrawn")
    ABSCONDED = "absconded", _("absconded")
    PROTECTION_EXIT = "protection_exit", _("protection exit")


class LegalBasis(models.TextChoices):
    CONSENT = "consent", _("consent of the person")
    VITAL_INTERESTS = "vital_interests", _("vital interests of the person")
    LEGAL_OBLIGATION = "legal_obligation", _("legal obligation")
    PUBLIC_INTEREST = "public_interest", _("public interest / official mandate")
    CONTRACT = "contract", _("performance of an agreement with the person")


class Relationship(models.TextChoices):
    HEAD = "head", _("head of household")
    SPOUSE = "spouse", _("spouse or partner")
    CHILD = "child", _("child")
    PARENT = "parent", _("parent")
    SIBLING = "sibling", _("sibling")
    GRANDCHILD = "grandchild", _("grandchild")
    OTHER_RELATIVE = "other_relative", _("other relative")
    NON_RELATIVE = "non_relative", _("non-relative")


class ConsentPurpose(models.TextChoices):
    VOLUNTARY_RETURN = "voluntary_return", _("assisted voluntary return")
    DATA_PROCESSING = "data_processing", _("processing of personal data")
    DATA_SHARING = "data_sharing", _("sharing with partners and the country of origin")
    MEDICAL = "medical", _("processing of medical information")
    REINTEGRATION = "reintegration", _("reintegration assistance")


class ShareAccess(models.TextChoices):
    READ = "read", _("read")
    WRITE = "write", _("read and write")


DEFAULT_PURPOSE = "Return and reintegration case management"


class PersonQuerySet(models.QuerySet["Person"]):
    def visible_to(self, user: AnyUser) -> "PersonQuerySet":
        """Held by the user's organisations, or in a case or household they can see."""
        org_ids = person_data_organisation_ids(user)
        if not org_ids:
            return self.none()
        return self.filter(
            Q(holder_id__in=org_ids)
            | Exists(Case.objects.visible_to(user).filter(person_id=OuterRef("pk")))
            | Exists(
                HouseholdMember.objects.filter(
                    person_id=OuterRef("pk"),
                    household__in=Household.objects.visible_to(user),
                )
            )
        )

    def writable_by(self, user: AnyUser) -> "PersonQuerySet":
        org_ids = case_write_organisation_ids(user)
        if not org_ids:
            return self.none()
        return self.filter(
            Q(holder_id__in=org_ids)
            | Exists(Case.objects.writable_by(user).filter(person_id=OuterRef("pk")))
        )

    def with_names(self) -> "PersonQuerySet":
        return self.prefetch_related("names")


class Person(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    holder = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="persons")
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices, blank=True)
    birth_date = models.DateField(_("birth date"), null=True, blank=True)
    birth_date_precision = models.CharField(
        _("birth date precision"), max_length=5, choices=BirthDatePrecision.choices, blank=True
    )
    birth_place = models.CharField(_("birth place"), max_length=200, blank=True)
    father_name = models.CharField(_("father's name"), max_length=200, blank=True)
    mother_name = models.CharField(_("mother's name"), max_length=200, blank=True)
    nationality_claimed = models.CharField(_("claimed nationality"), max_length=3, blank=True)
    nationality_confirmed = models.CharField(_("confirmed nationality"), max_length=3, blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()

    # Fields whose change is audited by name (never by value: the trail must not copy them).
    AUDITED_FIELDS = (
        "sex",
        "birth_date",
        "birth_date_precision",
        "birth_place",
        "father_name",
        "mother_name",
        "nationality_claimed",
        "nationality_confirmed",
        "languages",
    )

    class Meta:
        verbose_name = _("person")
        indexes = [models.Index(fields=["-created_at"], name="cases_person_created_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(birth_date__isnull=True, birth_date_precision="")
                | Q(birth_date__isnull=False) & ~Q(birth_date_precision=""),
                name="person_birth_date_has_precision",
            ),
            models.CheckConstraint(
                condition=Q(sex__in=["", "M", "F", "X"]), name="person_sex_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        names = list(self.names.all())
        return names[0].text if names else str(_("(no name recorded)"))

    @property
    def latin_name(self) -> str:
        """The first Latin-script name, for readers who cannot read the native script."""
        for name in self.names.all():
            if name.script == "Latn":
                return name.text
        return ""

    @property
    def birth(self) -> BirthDate | None:
        if self.birth_date is None:
            return None
        return BirthDate(self.birth_date, Precision(self.birth_date_precision))


class PersonName(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="names")
    text = models.CharField(_("name"), max_length=300)
    script = models.CharField(_("script"), max_length=4, help_text=_("ISO 15924"))
    language = models.CharField(_("language"), max_length=12, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=NameKind.choices)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("name")
        indexes = [models.Index(fields=["person", "position"])]

    def __str__(self) -> str:
        return self.text


class HouseholdQuerySet(models.QuerySet["Household"]):
    def visible_to(self, user: AnyUser) -> "HouseholdQuerySet":
        org_ids = person_data_organisation_ids(user)
        if not org_ids:
            return self.none()
        cases = Case.objects.visible_to(user).filter(household_id=OuterRef("pk"))
        return self.filter(Q(holder_id__in=org_ids) | Exists(cases))

    def writable_by(self, user: AnyUser) -> "HouseholdQuerySet":
        org_ids = case_write_organisation_ids(user)
        if not org_ids:
            return self.none()
        cases = Case.objects.writable_by(user).filter(household_id=OuterRef("pk"))
        return self.filter(Q(holder_id__in=org_ids) | Exists(cases))


class Household(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    holder = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="households")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = HouseholdQuerySet.as_manager()

    class Meta:
        verbose_name = _("household")

    def __str__(self) -> str:
        return str(_("Household %(id)s") % {"id": str(self.id)[:8]})


class HouseholdMember(models.Model):
    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="members")
    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="membership")
    relationship = models.CharField(_("relationship"), max_length=20, choices=Relationship.choices)

    class Meta:
        verbose_name = _("household member")

    def __str__(self) -> str:
        return f"{self.person} ({self.get_relationship_display()})"


# Up to this many shared cases are named in the query itself, which lets PostgreSQL use the
# holder index; beyond it, a subquery.
_SHARED_INLINE = 500


class CaseQuerySet(models.QuerySet["Case"]):
    def visible_to(self, user: AnyUser) -> "CaseQuerySet":
        org_ids = person_data_organisation_ids(user)
        if not org_ids:
            return self.none()
        shares = CaseShare.objects.active().filter(organisation_id__in=org_ids)
        shared = list(shares.values_list("case_id", flat=True)[: _SHARED_INLINE + 1])
        if len(shared) > _SHARED_INLINE:
            return self.filter(
                Q(holder_id__in=org_ids) | Exists(shares.filter(case_id=OuterRef("pk")))
            )
        if shared:
            return self.filter(Q(holder_id__in=org_ids) | Q(pk__in=shared))
        return self.filter(holder_id__in=org_ids)

    def writable_by(self, user: AnyUser) -> "CaseQuerySet":
        org_ids = case_write_organisation_ids(user)
        if not org_ids:
            return self.none()
        shared = CaseShare.objects.active().filter(
            case_id=OuterRef("pk"), organisation_id__in=org_ids, access=ShareAccess.WRITE
        )
        return self.filter(Q(holder_id__in=org_ids) | Exists(shared))

    def open(self) -> "CaseQuerySet":
        return self.exclude(stage=Stage.CLOSED)

    def search(self, text: str) -> "CaseQuerySet":
        """By reference (MYS-2026-000123, or a part with a digit in it) or by any part of
        any name in any script. Names carry no digits, so a digit means a reference."""
        text = text.strip()
        if not text:
            return self
        if any(char.isdigit() for char in text):
            return self.filter(reference__contains=text.upper())
        return self.filter(search_names__contains=search_key(text))

    def for_list(self) -> "CaseQuerySet":
        return self.select_related("person", "holder", "assigned_to").prefetch_related(
            "person__names"
        )


class Case(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="cases")
    household = models.ForeignKey(
        Household, on_delete=models.SET_NULL, null=True, blank=True, related_name="cases"
    )
    track = models.CharField(_("track"), max_length=10, choices=Track.choices)
    # Written only by kembali.cases.transitions.change_stage (a test holds it to that).
    stage = models.CharField(
        _("stage"), max_length=25, choices=Stage.choices, default=Stage.REGISTERED, editable=False
    )
    held_from = models.CharField(max_length=25, choices=Stage.choices, blank=True, editable=False)
    close_reason = models.CharField(_("reason for closing"), max_length=40, blank=True)
    host_country = models.CharField(_("host country"), max_length=3)
    origin_country = models.CharField(_("country of origin"), max_length=3)
    holder = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="cases")
    assigned_to = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="assigned_cases"
    )
    legal_basis = models.CharField(_("legal basis"), max_length=20, choices=LegalBasis.choices)
    purpose = models.CharField(_("purpose"), max_length=200, default=DEFAULT_PURPOSE)
    # The person's names as `names_key` gives them, kept by the actions that write names.
    # On the case row, so that a name search, the visibility rule, the filters and the
    # ordering meet in one table and one trigram index (migration 0004) serves them.
    search_names = models.TextField(default="", editable=False)
    created_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, related_name="created_cases"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    stage_changed_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = CaseQuerySet.as_manager()

    AUDITED_FIELDS = (
        "track",
        "host_country",
        "origin_country",
        "assigned_to",
        "legal_basis",
        "purpose",
        "household",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("case")
        indexes = [
            models.Index(fields=["holder", "-created_at"]),
            models.Index(fields=["assigned_to", "-created_at"]),
            models.Index(fields=["stage"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(host_country__regex=r"^[A-Z]{3}$")
                & Q(origin_country__regex=r"^[A-Z]{3}$"),
                name="case_countries_alpha3",
            ),
            models.CheckConstraint(
                condition=~Q(host_country=models.F("origin_country")),
                name="case_host_is_not_origin",
            ),
        ]

    def __str__(self) -> str:
        return self.reference


class CaseSequence(models.Model):
    """Next reference number per host country and year; locked while a case is opened."""

    country = models.CharField(max_length=3)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["country", "year"], name="case_sequence_unique")
        ]

    def __str__(self) -> str:
        return f"{self.country}-{self.year}: {self.last_number}"


class CaseShareQuerySet(models.QuerySet["CaseShare"]):
    def active(self) -> "CaseShareQuerySet":
        return self.filter(revoked_at__isnull=True)


class CaseShare(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="shares")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="shared_cases"
    )
    access = models.CharField(_("access"), max_length=5, choices=ShareAccess.choices)
    reason = models.CharField(_("reason"), max_length=300)
    granted_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    granted_at = models.DateTimeField(auto_now_add=True)
    revoked_by = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = CaseShareQuerySet.as_manager()

    class Meta:
        verbose_name = _("case share")
        constraints = [
            models.UniqueConstraint(
                fields=["case", "organisation"],
                condition=Q(revoked_at__isnull=True),
                name="case_share_one_active",
            )
        ]

    def __str__(self) -> str:
        return f"{self.case} → {self.organisation} ({self.access})"


class Consent(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=20, choices=ConsentPurpose.choices)
    version = models.CharField(_("form version"), max_length=20)
    language = models.CharField(_("language explained in"), max_length=12)
    given_at = models.DateTimeField(_("given at"))
    # The counselling session that preceded the consent (AVRR: consent must be informed).
    counselled_on = models.DateField(_("counselling session on"), null=True, blank=True)
    counsellor = models.CharField(_("counsellor"), max_length=200, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    withdrawn_recorded_by = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("consent")
        constraints = [
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True) | Q(withdrawn_at__gte=models.F("given_at")),
                name="consent_withdrawn_after_given",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} v{self.version}"

    @property
    def is_current(self) -> bool:
        return self.withdrawn_at is None


class CloseReason(models.TextChoices):
    RETURNED_AND_REINTEGRATED = "returned_and_reintegrated", _("returned and reintegrated")
    PROTECTION_GRANTED = "protection_granted", _("protection granted")
    REGULARISED = "regularised_in_host_country", _("regularised in the host country")
    MOVED_ON = "moved_on", _("moved on")
    ABSCONDED = "absconded", _("absconded")
    DIED = "died", _("died")
    WITHDREW = "withdrew", _("withdrew")
    OTHER = "other", _("other (explained)")


class StageChange(models.Model):
    """Every stage change, with who, when, why and any safeguard overridden."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=25, choices=Stage.choices)
    to_stage = models.CharField(max_length=25, choices=Stage.choices)
    actor = models.ForeignKey(User, on_delete=models.PROTECT, null=True, related_name="+")
    at = models.DateTimeField(default=timezone.now)
    reason = models.TextField(blank=True)
    # [{"rule": …, "justification": …}] for each overridable safeguard a supervisor set aside.
    overrides = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("stage change")

    def __str__(self) -> str:
        return f"{self.case_id}: {self.from_stage} → {self.to_stage}"
