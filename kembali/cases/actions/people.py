"""Writes to people, their names, cases and households: one transaction each, audited."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from kembali.accounts.models import Organisation, User
from kembali.audit.actions import record_event
from kembali.audit.models import Action
from kembali.cases.actions.checks import (
    check_choice,
    check_country,
    check_language,
    check_may_write_for,
)
from kembali.cases.dates import BirthDate
from kembali.cases.models import (
    Case,
    CaseSequence,
    Household,
    HouseholdMember,
    LegalBasis,
    NameKind,
    Person,
    PersonName,
    Relationship,
    Sex,
    Track,
)
from kembali.cases.names import detect_script, names_key
from kembali.errors import DomainError


@dataclass(frozen=True)
class NameInput:
    text: str
    kind: str = NameKind.AS_STATED
    language: str = ""


def _clean_names(names: Sequence[NameInput]) -> list[NameInput]:
    cleaned = [
        NameInput(" ".join(n.text.split()), n.kind, n.language.strip())
        for n in names
        if n.text.strip()
    ]
    if not cleaned:
        raise DomainError(_("A person needs at least one name."), field="names")
    for name in cleaned:
        check_choice(name.kind, NameKind, "names")
        check_language(name.language, "names")
        if len(name.text) > 300:
            raise DomainError(_("A name may have at most 300 characters."), field="names")
    return cleaned


def _add_names(person: Person, names: Sequence[NameInput], start: int = 0) -> list[PersonName]:
    return [
        PersonName.objects.create(
            person=person,
            text=name.text,
            script=detect_script(name.text),
            language=name.language,
            kind=name.kind,
            position=start + index,
        )
        for index, name in enumerate(names)
    ]


def _next_reference(host_country: str, year: int) -> str:
    sequence, _created = CaseSequence.objects.select_for_update().get_or_create(
        country=host_country, year=year
    )
    CaseSequence.objects.filter(pk=sequence.pk).update(last_number=F("last_number") + 1)
    sequence.refresh_from_db(fields=["last_number"])
    return f"{host_country}-{year}-{sequence.last_number:06d}"


@transaction.atomic
def register_person(
    *,
    actor: User,
    holder: Organisation,
    names: Sequence[NameInput],
    sex: str = "",
    birth: BirthDate | None = None,
    birth_place: str = "",
    father_name: str = "",
    mother_name: str = "",
    nationality_claimed: str = "",
    languages: Sequence[str] = (),
    case_id: uuid.UUID | None = None,
) -> Person:
    """`case_id`: the case being opened with this person, under whose history this shows."""
    check_may_write_for(actor, holder)
    cleaned = _clean_names(names)
    if sex:
        check_choice(sex, Sex, "sex")
    if nationality_claimed:
        check_country(nationality_claimed, "nationality_claimed")
    for code in languages:
        check_language(code, "languages")
    person = Person.objects.create(
        holder=holder,
        sex=sex,
        birth_date=birth.value if birth else None,
        birth_date_precision=birth.precision.value if birth else "",
        birth_place=birth_place.strip(),
        father_name=father_name.strip(),
        mother_name=mother_name.strip(),
        nationality_claimed=nationality_claimed,
        languages=list(languages),
    )
    _add_names(person, cleaned)
    _refresh_identity_keys(person)
    record_event(
        actor=actor,
        action=Action.CREATE,
        obj=person,
        case_id=case_id,
        fields=["names", *[f for f in Person.AUDITED_FIELDS if getattr(person, f)]],
    )
    return person


@transaction.atomic
def open_case(
    *,
    actor: User,
    person: Person,
    holder: Organisation,
    track: str,
    host_country: str,
    origin_country: str,
    legal_basis: str,
    purpose: str = "",
    assigned_to: User | None = None,
    household: Household | None = None,
    case_id: uuid.UUID | None = None,
) -> Case:
    check_may_write_for(actor, holder)
    check_choice(track, Track, "track")
    check_choice(legal_basis, LegalBasis, "legal_basis")
    check_country(host_country, "host_country")
    check_country(origin_country, "origin_country")
    if host_country == origin_country:
        raise DomainError(
            _("The host country and the country of origin must differ."), field="origin_country"
        )
    if assigned_to is not None and not assigned_to.memberships.filter(organisation=holder).exists():
        raise DomainError(
            _("%(user)s is not a member of %(org)s.")
            % {"user": assigned_to.get_username(), "org": holder.name},
            field="assigned_to",
        )
    case = Case.objects.create(
        id=case_id or uuid.uuid4(),
        reference=_next_reference(host_country, timezone.now().year),
        person=person,
        household=household,
        track=track,
        host_country=host_country,
        origin_country=origin_country,
        holder=holder,
        assigned_to=assigned_to,
        legal_basis=legal_basis,
        purpose=purpose.strip() or Case._meta.get_field("purpose").get_default(),
        search_names=names_key(n.text for n in person.names.all()),
        created_by=actor,
    )
    record_event(
        actor=actor,
        action=Action.CREATE,
        obj=case,
        case_id=case.id,
        fields=[f for f in Case.AUDITED_FIELDS if getattr(case, f)],
        detail={"reference": case.reference, "track": track, "stage": case.stage},
    )
    return case


@transaction.atomic
def register_person_and_case(
    *,
    actor: User,
    holder: Organisation,
    names: Sequence[NameInput],
    track: str,
    host_country: str,
    origin_country: str,
    legal_basis: str,
    purpose: str = "",
    assigned_to: User | None = None,
    **person_fields: Any,
) -> Case:
    """The registration form's single step: the person and their case, or neither."""
    case_id = uuid.uuid4()
    person = register_person(
        actor=actor, holder=holder, names=names, case_id=case_id, **person_fields
    )
    return open_case(
        case_id=case_id,
        actor=actor,
        person=person,
        holder=holder,
        track=track,
        host_country=host_country,
        origin_country=origin_country,
        legal_basis=legal_basis,
        purpose=purpose,
        assigned_to=assigned_to,
    )


def _refresh_identity_keys(person: Person) -> None:
    """Keep the keys duplicate detection searches by in step with the names and dates."""
    from kembali.identity.records import refresh_keys

    person = Person.objects.prefetch_related("names").get(pk=person.pk)
    refresh_keys([person])


def case_id_of(person: Person) -> Any:
    """The person's first case, under whose history their changes are shown."""
    return person.cases.order_by("created_at").values_list("id", flat=True).first()


@transaction.atomic
def update_person(
    person: Person,
    *,
    actor: User,
    names: Sequence[NameInput] | None = None,
    birth: BirthDate | None = None,
    clear_birth: bool = False,
    **changes: Any,
) -> Person:
    person = Person.objects.select_for_update().get(pk=person.pk)
    unknown = set(changes) - set(Person.AUDITED_FIELDS) - {"birth_date", "birth_date_precision"}
    if unknown:
        raise DomainError(_("These fields cannot be changed: %s") % ", ".join(sorted(unknown)))
    if changes.get("sex"):
        check_choice(changes["sex"], Sex, "sex")
    for field in ("nationality_claimed", "nationality_confirmed"):
        if changes.get(field):
            check_country(changes[field], field)
    for code in changes.get("languages", ()):
        check_language(code, "languages")
    if birth is not None:
        changes["birth_date"], changes["birth_date_precision"] = birth.value, birth.precision.value
    elif clear_birth:
        changes["birth_date"], changes["birth_date_precision"] = None, ""
    changed = [field for field, value in changes.items() if getattr(person, field) != value]
    for field in changed:
        setattr(person, field, changes[field])
    if changed:
        person.save(update_fields=[*changed, "updated_at"])
    if names is not None:
        cleaned = _clean_names(names)
        current = [(n.text, n.kind, n.language) for n in person.names.all()]
        if current != [(n.text, n.kind, n.language) for n in cleaned]:
            person.names.all().delete()
            _add_names(person, cleaned)
            person.cases.update(search_names=names_key(n.text for n in cleaned))
            changed.append("names")
    if changed:
        _refresh_identity_keys(person)
        record_event(
            actor=actor,
            action=Action.UPDATE,
            obj=person,
            case_id=case_id_of(person),
            fields=sorted(set(changed)),
        )
    return person


@transaction.atomic
def update_case(case: Case, *, actor: User, **changes: Any) -> Case:
    """Changes the case's details. The stage is not among them: it has its own workflow."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    unknown = set(changes) - set(Case.AUDITED_FIELDS)
    if unknown:
        raise DomainError(_("These fields cannot be changed: %s") % ", ".join(sorted(unknown)))
    if "track" in changes:
        check_choice(changes["track"], Track, "track")
    if "legal_basis" in changes:
        check_choice(changes["legal_basis"], LegalBasis, "legal_basis")
    for field in ("host_country", "origin_country"):
        if field in changes:
            check_country(changes[field], field)
    host = changes.get("host_country", case.host_country)
    if host == changes.get("origin_country", case.origin_country):
        raise DomainError(
            _("The host country and the country of origin must differ."), field="origin_country"
        )
    assigned = changes.get("assigned_to")
    if assigned is not None and not assigned.memberships.filter(organisation=case.holder).exists():
        raise DomainError(
            _("%(user)s is not a member of %(org)s.")
            % {"user": assigned.get_username(), "org": case.holder.name},
            field="assigned_to",
        )
    detail: dict[str, Any] = {}
    changed = []
    for field, value in changes.items():
        if getattr(case, field) != value:
            if field in {"track", "host_country", "origin_country", "legal_basis"}:
                detail[field] = [getattr(case, field), value]
            setattr(case, field, value)
            changed.append(field)
    if changed:
        case.save(update_fields=[*changed, "updated_at"])
        record_event(
            actor=actor,
            action=Action.UPDATE,
            obj=case,
            case_id=case.id,
            fields=changed,
            detail=detail,
        )
    return case


@transaction.atomic
def create_household(*, actor: User, holder: Organisation) -> Household:
    check_may_write_for(actor, holder)
    household = Household.objects.create(holder=holder)
    record_event(actor=actor, action=Action.CREATE, obj=household)
    return household


@transaction.atomic
def add_household_member(
    household: Household, *, actor: User, person: Person, relationship: str
) -> HouseholdMember:
    check_choice(relationship, Relationship, "relationship")
    if HouseholdMember.objects.filter(person=person).exists():
        raise DomainError(
            _("%(person)s already belongs to a household.") % {"person": person.display_name},
            field="person",
            code="conflict",
        )
    member = HouseholdMember.objects.create(
        household=household, person=person, relationship=relationship
    )
    # A member's case joins the household so that its members are seen together.
    person.cases.filter(household__isnull=True).update(household=household)
    record_event(
        actor=actor,
        action=Action.UPDATE,
        obj=household,
        case_id=case_id_of(person),
        fields=["members"],
        detail={"person": str(person.pk), "relationship": relationship},
    )
    return member
