"""Writes to people, cases, households, consents and shares: one transaction each, audited."""

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from kembali.accounts.access import case_write_organisation_ids
from kembali.accounts.models import Organisation, User
from kembali.audit.actions import record_event, save_and_record
from kembali.audit.models import Action
from kembali.cases.dates import BirthDate
from kembali.cases.models import (
    Case,
    CaseSequence,
    CaseShare,
    Consent,
    ConsentPurpose,
    Document,
    FitnessToTravel,
    Household,
    HouseholdMember,
    LegalBasis,
    NameKind,
    Person,
    PersonName,
    Reception,
    Relationship,
    RemovalDecision,
    Sex,
    ShareAccess,
    Track,
    TransitLeg,
)
from kembali.cases.names import detect_script, names_key
from kembali.countries import is_country, is_language
from kembali.errors import DomainError, validate


@dataclass(frozen=True)
class NameInput:
    text: str
    kind: str = NameKind.AS_STATED
    language: str = ""


def _check_country(code: str, field: str) -> None:
    if not is_country(code):
        raise DomainError(
            _("“%(code)s” is not an ISO 3166-1 alpha-3 country code.") % {"code": code},
            field=field,
        )


def _check_language(code: str, field: str) -> None:
    if code and not is_language(code):
        raise DomainError(
            _("“%(code)s” is not an ISO 639 language code.") % {"code": code}, field=field
        )


def _check_choice(value: str, choices: Any, field: str) -> None:
    if value not in choices.values:
        raise DomainError(_("“%(value)s” is not a valid choice.") % {"value": value}, field=field)


def _check_may_write_for(actor: User, organisation: Organisation) -> None:
    if organisation.pk not in case_write_organisation_ids(actor):
        raise DomainError(
            _("You cannot register cases for %(org)s.") % {"org": organisation.name},
            field="holder",
            code="forbidden",
        )


def _check_holds(actor: User, case: Case) -> None:
    """Only the holding organisation decides who else sees its case."""
    if case.holder_id not in case_write_organisation_ids(actor):
        raise DomainError(
            _("Only the organisation holding the case can share it or end a share."),
            code="forbidden",
        )


def _clean_names(names: Sequence[NameInput]) -> list[NameInput]:
    cleaned = [
        NameInput(" ".join(n.text.split()), n.kind, n.language.strip())
        for n in names
        if n.text.strip()
    ]
    if not cleaned:
        raise DomainError(_("A person needs at least one name."), field="names")
    for name in cleaned:
        _check_choice(name.kind, NameKind, "names")
        _check_language(name.language, "names")
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
    _check_may_write_for(actor, holder)
    cleaned = _clean_names(names)
    if sex:
        _check_choice(sex, Sex, "sex")
    if nationality_claimed:
        _check_country(nationality_claimed, "nationality_claimed")
    for code in languages:
        _check_language(code, "languages")
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
    _check_may_write_for(actor, holder)
    _check_choice(track, Track, "track")
    _check_choice(legal_basis, LegalBasis, "legal_basis")
    _check_country(host_country, "host_country")
    _check_country(origin_country, "origin_country")
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


def _case_id_of(person: Person) -> Any:
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
        _check_choice(changes["sex"], Sex, "sex")
    for field in ("nationality_claimed", "nationality_confirmed"):
        if changes.get(field):
            _check_country(changes[field], field)
    for code in changes.get("languages", ()):
        _check_language(code, "languages")
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
            case_id=_case_id_of(person),
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
        _check_choice(changes["track"], Track, "track")
    if "legal_basis" in changes:
        _check_choice(changes["legal_basis"], LegalBasis, "legal_basis")
    for field in ("host_country", "origin_country"):
        if field in changes:
            _check_country(changes[field], field)
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
def record_consent(
    case: Case,
    *,
    actor: User,
    purpose: str,
    version: str,
    language: str,
    given_at: dt.datetime | None = None,
    counselled_on: dt.date | None = None,
    counsellor: str = "",
) -> Consent:
    _check_choice(purpose, ConsentPurpose, "purpose")
    if not version.strip():
        raise DomainError(_("Say which version of the consent form was used."), field="version")
    if not language:
        raise DomainError(_("Record the language the consent was explained in."), field="language")
    _check_language(language, "language")
    given_at = given_at or timezone.now()
    if given_at > timezone.now() + dt.timedelta(minutes=5):
        raise DomainError(_("Consent cannot be given in the future."), field="given_at")
    consent = Consent.objects.create(
        case=case,
        purpose=purpose,
        version=version.strip(),
        language=language,
        given_at=given_at,
        counselled_on=counselled_on,
        counsellor=counsellor.strip(),
        recorded_by=actor,
    )
    record_event(
        actor=actor,
        action=Action.CREATE,
        obj=consent,
        case_id=case.id,
        fields=["purpose", "version", "language", "given_at"],
        detail={"purpose": purpose, "version": consent.version},
    )
    return consent


@transaction.atomic
def withdraw_consent(
    consent: Consent, *, actor: User, withdrawn_at: dt.datetime | None = None
) -> Consent:
    consent = Consent.objects.select_for_update().get(pk=consent.pk)
    if consent.withdrawn_at is not None:
        raise DomainError(_("This consent was already withdrawn."), code="conflict")
    withdrawn_at = withdrawn_at or timezone.now()
    if withdrawn_at < consent.given_at:
        raise DomainError(
            _("Consent cannot be withdrawn before it was given."), field="withdrawn_at"
        )
    consent.withdrawn_at = withdrawn_at
    consent.withdrawn_recorded_by = actor
    consent.save(update_fields=["withdrawn_at", "withdrawn_recorded_by"])
    record_event(
        actor=actor,
        action=Action.UPDATE,
        obj=consent,
        case_id=consent.case_id,
        fields=["withdrawn_at"],
        detail={"purpose": consent.purpose, "withdrawn": True},
    )
    _withdraw_from_voluntary_return(consent, actor)
    return consent


def _withdraw_from_voluntary_return(consent: Consent, actor: User) -> None:
    """Withdrawing consent to the voluntary return ends the person's part in it: the case
    moves to `withdrawn` where the lifecycle allows (before departure)."""
    from kembali.cases.transitions import change_stage
    from kembali.cases.workflow import PRE_DEPARTURE, Stage

    case = Case.objects.get(pk=consent.case_id)
    if (
        consent.purpose == ConsentPurpose.VOLUNTARY_RETURN
        and case.track == Track.VOLUNTARY
        and (case.stage in PRE_DEPARTURE or case.stage == Stage.ON_HOLD)
        and not case.consents.filter(
            purpose=ConsentPurpose.VOLUNTARY_RETURN, withdrawn_at__isnull=True
        ).exists()
    ):
        change_stage(case, actor=actor, to=Stage.WITHDRAWN, reason="consent withdrawn")


@transaction.atomic
def create_household(*, actor: User, holder: Organisation) -> Household:
    _check_may_write_for(actor, holder)
    household = Household.objects.create(holder=holder)
    record_event(actor=actor, action=Action.CREATE, obj=household)
    return household


@transaction.atomic
def add_household_member(
    household: Household, *, actor: User, person: Person, relationship: str
) -> HouseholdMember:
    _check_choice(relationship, Relationship, "relationship")
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
        case_id=_case_id_of(person),
        fields=["members"],
        detail={"person": str(person.pk), "relationship": relationship},
    )
    return member


@transaction.atomic
def share_case(
    case: Case, *, actor: User, organisation: Organisation, access: str, reason: str
) -> CaseShare:
    _check_choice(access, ShareAccess, "access")
    _check_holds(actor, case)
    if organisation.pk == case.holder_id:
        raise DomainError(_("The case is already held by this organisation."), field="organisation")
    if not reason.strip():
        raise DomainError(_("Say why the case is shared."), field="reason")
    if organisation.country == case.origin_country:
        from kembali.cases.transitions import facts_for
        from kembali.cases.workflow import origin_contact_blocked

        if blocked := origin_contact_blocked(facts_for(case)):
            # DESIGN §7: nothing about a person goes to a country they sought protection from.
            raise DomainError(_(blocked.text), field="organisation", code="blocked_by_safeguard")
    if CaseShare.objects.active().filter(case=case, organisation=organisation).exists():
        raise DomainError(
            _("The case is already shared with %(org)s.") % {"org": organisation.name},
            field="organisation",
            code="conflict",
        )
    share = CaseShare.objects.create(
        case=case, organisation=organisation, access=access, reason=reason.strip(), granted_by=actor
    )
    record_event(
        actor=actor,
        action=Action.SHARE,
        obj=case,
        case_id=case.id,
        detail={"organisation": organisation.name, "access": access},
    )
    return share


@transaction.atomic
def revoke_share(share: CaseShare, *, actor: User) -> CaseShare:
    share = CaseShare.objects.select_for_update().select_related("organisation").get(pk=share.pk)
    _check_holds(actor, share.case)
    if share.revoked_at is not None:
        raise DomainError(_("This share was already revoked."), code="conflict")
    share.revoked_at = timezone.now()
    share.revoked_by = actor
    share.save(update_fields=["revoked_at", "revoked_by"])
    record_event(
        actor=actor,
        action=Action.UNSHARE,
        obj=share.case,
        case_id=share.case_id,
        detail={"organisation": share.organisation.name},
    )
    return share


def record_view(*, actor: User, obj: Case | Person) -> None:
    """Reads of personal data are audited like writes (DESIGN §7)."""
    case_id = obj.pk if isinstance(obj, Case) else _case_id_of(obj)
    record_event(actor=actor, action=Action.VIEW, obj=obj, case_id=case_id)  # its own transaction


@transaction.atomic
def record_removal_decision(
    case: Case,
    *,
    actor: User,
    decided_on: dt.date,
    authority: str,
    reference: str,
    final: bool,
    appeal: str,
) -> RemovalDecision:
    if case.track != Track.ENFORCED:
        raise DomainError(_("A removal decision belongs to an enforced return."), field="track")
    decision = RemovalDecision(
        case=case,
        decided_on=decided_on,
        authority=authority.strip(),
        reference=reference.strip(),
        final=final,
        appeal=appeal,
        recorded_by=actor,
    )
    validate(decision)
    decision.save()
    record_event(
        actor=actor,
        action=Action.CREATE,
        obj=decision,
        case_id=case.id,
        fields=["decided_on", "authority", "reference", "final", "appeal"],
        detail={"final": final, "appeal": appeal},
    )
    return decision


@transaction.atomic
def record_document(case: Case, *, actor: User, **fields: Any) -> Document:
    """A document of the case's person (passport, ETD, national ID …)."""
    if fields.get("issuer"):
        _check_country(fields["issuer"], "issuer")
    document = Document(person=case.person, recorded_by=actor, **fields)
    return save_and_record(document, actor=actor, case_id=case.id, fields=fields)


@transaction.atomic
def record_transit_leg(
    case: Case, *, actor: User, transit_country: str, planned_on: dt.date
) -> TransitLeg:
    _check_country(transit_country, "transit_country")
    if transit_country in (case.origin_country, case.host_country):
        raise DomainError(
            _("A transit country is neither the host country nor the country of origin."),
            field="transit_country",
        )
    leg = TransitLeg(
        case=case, transit_country=transit_country, planned_on=planned_on, recorded_by=actor
    )
    return save_and_record(
        leg, actor=actor, case_id=case.id, fields=["transit_country", "planned_on"]
    )


@transaction.atomic
def acknowledge_transit(
    case: Case,
    *,
    actor: User,
    leg: TransitLeg,
    acknowledged_on: dt.date,
    acknowledgement_reference: str,
) -> TransitLeg:
    if leg.case_id != case.id:
        raise DomainError(_("This leg belongs to another case."), field="leg")
    leg.acknowledged_on = acknowledged_on
    leg.acknowledgement_reference = acknowledgement_reference.strip()
    validate(leg)
    leg.save(update_fields=["acknowledged_on", "acknowledgement_reference"])
    record_event(
        actor=actor, action=Action.UPDATE, obj=leg, case_id=case.id, fields=["acknowledged_on"]
    )
    return leg


@transaction.atomic
def record_fitness_to_travel(case: Case, *, actor: User, **fields: Any) -> FitnessToTravel:
    record = FitnessToTravel(case=case, recorded_by=actor, **fields)
    return save_and_record(record, actor=actor, case_id=case.id, fields=fields)


@transaction.atomic
def record_reception(case: Case, *, actor: User, **fields: Any) -> Reception:
    record = Reception(case=case, recorded_by=actor, **fields)
    return save_and_record(record, actor=actor, case_id=case.id, fields=fields)
