"""Consents and shares of a case, and the reads of it that are recorded: one transaction
each, audited."""

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kembali.accounts.models import Organisation, User
from kembali.audit.actions import record_event
from kembali.audit.models import Action
from kembali.cases.actions.checks import check_choice, check_holds, check_language
from kembali.cases.actions.people import case_id_of
from kembali.cases.models import (
    Case,
    CaseShare,
    Consent,
    ConsentPurpose,
    Person,
    ShareAccess,
    Track,
)
from kembali.errors import DomainError


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
    check_choice(purpose, ConsentPurpose, "purpose")
    if not version.strip():
        raise DomainError(_("Say which version of the consent form was used."), field="version")
    if not language:
        raise DomainError(_("Record the language the consent was explained in."), field="language")
    check_language(language, "language")
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
def share_case(
    case: Case, *, actor: User, organisation: Organisation, access: str, reason: str
) -> CaseShare:
    check_choice(access, ShareAccess, "access")
    check_holds(actor, case)
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
    check_holds(actor, share.case)
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
    case_id = obj.pk if isinstance(obj, Case) else case_id_of(obj)
    record_event(actor=actor, action=Action.VIEW, obj=obj, case_id=case_id)  # its own transaction
