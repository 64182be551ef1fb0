"""The `kembali` command as an operator runs it."""

import os
import subprocess
import sys
import tempfile

from django.core.management import call_command

from kembali.accounts.models import Organisation, User
from kembali.audit.actions import verify_audit_trail
from kembali.cases.models import Case, Person


def kembali(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as registries:  # none of the working directory's
        return subprocess.run(
            [sys.executable, "-m", "kembali.cli", *args],
            capture_output=True,
            text=True,
            env={**os.environ, "KEMBALI_REGISTRY_DIR": registries, **env},
            check=False,
        )


def test_production_settings_pass_the_deploy_check() -> None:
    result = kembali(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        KEMBALI_DEBUG="0",
        KEMBALI_SECRET_KEY="a-long-random-production-secret-" + "k3mb4l1" * 6,
        KEMBALI_ALLOWED_HOSTS="kembali.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_deploy_check_refuses_the_development_key() -> None:
    result = kembali("check", "--deploy", KEMBALI_DEBUG="0", KEMBALI_ALLOWED_HOSTS="x.org")
    assert result.returncode != 0
    assert "kembali.E002" in result.stderr


def test_demo_loads_a_deterministic_region_with_every_role(transactional_db: None, capsys) -> None:  # type: ignore[no-untyped-def]
    call_command("demo", "--size", "60", "--quiet-progress")
    out = capsys.readouterr().out
    assert "Kembali-demo-2026" in out and "caseworker.mys" in out and "analyst" in out
    assert Case.objects.count() == 60
    assert Organisation.objects.filter(country__in=["MYS", "THA", "IDN", "AUS"]).exists()
    assert {m.role for u in User.objects.all() for m in u.memberships.all()} >= {
        "caseworker",
        "protection_officer",
        "supervisor",
        "verification_officer",
        "transit_officer",
        "reintegration_officer",
        "analyst",
        "administrator",
    }
    scripts = set(Person.objects.values_list("names__script", flat=True))
    assert {"Latn", "Beng", "Mymr", "Arab"} <= scripts
    assert verify_audit_trail() == []
    first = list(
        Case.objects.order_by("reference").values_list("reference", "person__names__text")[:5]
    )
    # Loading again is refused without --reset, and with it gives the same region.
    call_command("demo", "--size", "60", "--quiet-progress", "--reset")
    again = list(
        Case.objects.order_by("reference").values_list("reference", "person__names__text")[:5]
    )
    assert first == again


def test_demo_cases_stand_at_every_stage_with_every_safeguard_at_work(
    transactional_db: None,
) -> None:
    from kembali.cases.models import Stage
    from kembali.cases.transitions import next_steps
    from kembali.cases.workflow import SAFEGUARDS_BY_ID

    call_command("demo", "--size", "400", "--quiet-progress")
    stages = set(Case.objects.values_list("stage", flat=True))
    assert stages == set(Stage.values)
    blocking = {
        reason.rule
        for case in Case.objects.exclude(stage="registered")
        for step in next_steps(case)
        for reason in step.blocked_by
    }
    assert blocking == set(SAFEGUARDS_BY_ID)
    assert verify_audit_trail() == []
