"""The audit trail: every write and every view of a person or case, tamper-evident."""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from kembali.audit.models import Action, AuditEvent
from kembali.cases.actions import update_person
from tests.conftest import client_for
from tests.personas import World


def _verify() -> str:
    call_command("audit", "verify")
    return "ok"


def test_registration_and_views_are_recorded_with_who_and_from_where(world: World, case) -> None:
    events = list(AuditEvent.objects.filter(case_id=case.id))
    assert [(e.action, e.object_type) for e in events] == [
        (Action.CREATE, "cases.person"),
        (Action.CREATE, "cases.case"),
    ]
    assert all(e.actor_username == "alice" for e in events)

    response = client_for(world.alice).get(f"/cases/{case.id}/", REMOTE_ADDR="10.1.2.3")
    assert response.status_code == 200
    view = AuditEvent.objects.filter(case_id=case.id).last()
    assert view is not None
    assert (view.action, view.actor_username, view.ip, view.channel) == (
        Action.VIEW,
        "alice",
        "10.1.2.3",
        "web",
    )

    client_for(world.alice).get(f"/api/v1/persons/{case.person_id}/")
    api_view = AuditEvent.objects.filter(case_id=case.id).last()
    assert api_view is not None
    assert (api_view.action, api_view.object_type, api_view.channel) == (
        Action.VIEW,
        "cases.person",
        "api",
    )


def test_changes_name_the_fields_but_never_copy_the_values(world: World, case) -> None:
    update_person(case.person, actor=world.alice, birth_place="Cox's Bazar", father_name="Abdul")
    event = AuditEvent.objects.last()
    assert event is not None
    assert event.fields == ["birth_place", "father_name"]
    assert "Bazar" not in str(event.chained_content())


def test_verify_passes_on_an_untouched_trail(world: World, case) -> None:
    assert _verify() == "ok"


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("UPDATE audit_auditevent SET actor_username = 'mallory' WHERE seq = 2", "event 2: edited"),
        ("DELETE FROM audit_auditevent WHERE seq = 2", "event 2: missing"),
        ("DELETE FROM audit_auditevent WHERE seq = 3", "event 3: truncated"),
        ("UPDATE audit_auditevent SET at = at WHERE seq = 1", None),
    ],
)
def test_verify_names_the_event_after_raw_sql(
    world: World, case, capsys: pytest.CaptureFixture[str], statement: str, named: str | None
) -> None:
    client_for(world.alice).get(f"/cases/{case.id}/")  # a third event
    with connection.cursor() as cursor:
        cursor.execute(statement)
    if named is None:
        assert _verify() == "ok"
        return
    with pytest.raises(CommandError, match="NOT intact"):
        _verify()
    assert named in capsys.readouterr().err


def test_verify_detects_a_reordering(
    world: World, case, capsys: pytest.CaptureFixture[str]
) -> None:
    # Swap the contents of events 1 and 2 wholesale, digests included.
    columns = (
        "at, actor_id, actor_username, action, object_type, object_id, case_id, fields, "
        "detail, ip, channel, prev_hash, hash"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMPORARY TABLE swap AS SELECT seq, {columns} "
            "FROM audit_auditevent WHERE seq IN (1, 2)"
        )
        sets = ", ".join(
            f"{c} = (SELECT {c} FROM swap WHERE swap.seq = 3 - audit_auditevent.seq)"
            for c in columns.split(", ")
        )
        cursor.execute(f"UPDATE audit_auditevent SET {sets} WHERE seq IN (1, 2)")
        cursor.execute("DROP TABLE swap")
    with pytest.raises(CommandError):
        _verify()
    assert "event 1" in capsys.readouterr().err


def test_no_code_path_changes_an_event(world: World, case) -> None:
    event = AuditEvent.objects.first()
    assert event is not None
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(seq=1).update(actor_username="x")
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
