import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from django.db import models, transaction
from django.utils import timezone

from kembali.accounts.models import User
from kembali.audit.chain import GENESIS, ChainedEvent, Problem, event_digest, verify_chain
from kembali.audit.context import current_origin
from kembali.audit.models import Action, AuditEvent, ChainHead


@transaction.atomic
def record_event(
    *,
    actor: User | None,
    action: Action,
    obj: models.Model,
    case_id: UUID | None = None,
    fields: Iterable[str] = (),
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain, inside the caller's transaction."""
    head, _created = ChainHead.objects.select_for_update().get_or_create(
        id=1, defaults={"last_hash": GENESIS}
    )
    origin = current_origin.get()
    event = AuditEvent(
        seq=head.last_seq + 1,
        # Truncated to microseconds, as both databases keep it, so the digest re-computes.
        at=timezone.now(),
        actor_id=actor.pk if actor else None,
        actor_username=actor.get_username() if actor else "",
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        case_id=case_id,
        fields=sorted(fields),
        detail=detail or {},
        ip=origin.ip,
        channel=origin.channel,
        prev_hash=head.last_hash,
    )
    event.hash = event_digest(event.prev_hash, event.chained_content())
    event.save(force_insert=True)
    head.last_seq, head.last_hash = event.seq, event.hash
    head.save(update_fields=["last_seq", "last_hash"])
    return event


@dataclass(frozen=True)
class EventSpec:
    """One event of a bulk load; the same facts `record_event` takes."""

    actor: User | None
    action: Action
    obj: models.Model
    at: dt.datetime
    case_id: UUID | None = None
    fields: tuple[str, ...] = ()
    detail: dict[str, Any] | None = None


@transaction.atomic
def record_events_bulk(specs: Sequence[EventSpec], *, batch_size: int = 5000) -> int:
    """Append many events at once (bulk loads), chained exactly as `record_event` does."""
    head, _created = ChainHead.objects.select_for_update().get_or_create(
        id=1, defaults={"last_hash": GENESIS}
    )
    origin = current_origin.get()
    seq, prev_hash = head.last_seq, head.last_hash
    events = []
    for spec in specs:
        seq += 1
        event = AuditEvent(
            seq=seq,
            at=spec.at,
            actor_id=spec.actor.pk if spec.actor else None,
            actor_username=spec.actor.get_username() if spec.actor else "",
            action=spec.action,
            object_type=spec.obj._meta.label_lower,
            object_id=str(spec.obj.pk),
            case_id=spec.case_id,
            fields=sorted(spec.fields),
            detail=spec.detail or {},
            ip=origin.ip,
            channel=origin.channel,
            prev_hash=prev_hash,
        )
        event.hash = prev_hash = event_digest(prev_hash, event.chained_content())
        events.append(event)
    AuditEvent.objects.bulk_create(events, batch_size=batch_size)
    head.last_seq, head.last_hash = seq, prev_hash
    head.save(update_fields=["last_seq", "last_hash"])
    return len(events)


def save_and_record(
    record: models.Model,
    *,
    actor: User | None,
    case_id: UUID | None,
    fields: Iterable[str],
    action: Action = Action.CREATE,
) -> Any:
    """Checks a record's rules (as a message for the user), saves it and audits the write —
    the common end of every action that records one row about a case."""
    from kembali.errors import validate

    validate(record)
    record.save()
    record_event(actor=actor, action=action, obj=record, case_id=case_id, fields=fields)
    return record


def _chained_events() -> Iterator[ChainedEvent]:
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=5000):
        yield ChainedEvent(event.seq, event.prev_hash, event.hash, event.chained_content())


def verify_audit_trail() -> list[Problem]:
    head = ChainHead.objects.filter(id=1).first()
    return verify_chain(
        _chained_events(), head.last_seq if head else 0, head.last_hash if head else GENESIS
    )
