"""The pages a caseworker uses, through HTTP as the browser sends it."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from kembali.cases.models import Case, Person
from tests.conftest import client_for
from tests.personas import PASSWORD, World, make_case


def test_login_lands_on_my_cases(world: World, case: Case) -> None:
    client = Client()
    response = client.post(
        "/accounts/login/", {"login": "alice", "password": PASSWORD}, follow=True
    )
    assert response.status_code == 200
    assert "My cases" in response.content.decode()
    assert case.reference in response.content.decode()


def test_repeated_failures_lock_the_username_out(world: World) -> None:
    cache.clear()
    client = Client()
    for _ in range(5):
        response = client.post("/accounts/login/", {"login": "alice", "password": "wrong"})
        assert response.status_code == 200
    response = Client().post("/accounts/login/", {"login": "alice", "password": PASSWORD})
    assert response.status_code == 429 or "Too many" in response.content.decode()
    cache.clear()


def test_an_idle_session_ends(world: World, settings: Any) -> None:
    client = client_for(world.alice)
    assert client.get("/").status_code == 200
    session = client.session
    session["kembali_last_seen"] = int(time.time()) - settings.SESSION_COOKIE_AGE - 10
    session.save()
    response = client.get("/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_supervisors_must_set_up_a_second_factor(world: World) -> None:
    from allauth.mfa.models import Authenticator

    Authenticator.objects.filter(user=world.sam).delete()
    response = client_for(world.sam).get("/cases/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/totp/activate/"
    assert client_for(world.alice).get("/cases/").status_code == 200


def test_register_with_native_and_latin_names_and_an_approximate_birth(world: World) -> None:
    client = client_for(world.alice)
    form = client.get("/cases/register/")
    assert form.status_code == 200
    response = client.post(
        "/cases/register/",
        {
            "native_name": "রহিম উদ্দিন",
            "native_language": "bn",
            "latin_name": "Rahim Uddin",
            "latin_kind": "as_stated",
            "alias": "Md. Rahim",
            "sex": "M",
            "birth_date": "about 1990",
            "birth_place": "Chattogram",
            "nationality_claimed": "BGD",
            "languages": "bn, rhg",
            "holder": str(world.iom_mys.id),
            "track": "voluntary",
            "host_country": "MYS",
            "origin_country": "BGD",
            "legal_basis": "consent",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    case = Case.objects.get()
    assert response["Location"] == f"/cases/{case.id}/"
    assert [(n.text, n.script) for n in case.person.names.all()] == [
        ("রহিম উদ্দিন", "Beng"),
        ("Rahim Uddin", "Latn"),
        ("Md. Rahim", "Latn"),
    ]
    assert str(case.person.birth) == "~1990"
    page = client.get(response["Location"]).content.decode()
    assert "রহিম উদ্দিন" in page and "~1990" in page
    assert "case created" in page and "person created" in page  # the history


def test_a_bad_birth_date_is_explained_and_nothing_is_saved(world: World) -> None:
    response = client_for(world.alice).post(
        "/cases/register/",
        {
            "latin_name": "Rahim",
            "latin_kind": "as_stated",
            "birth_date": "30 February",
            "holder": str(world.iom_mys.id),
            "track": "voluntary",
            "host_country": "MYS",
            "origin_country": "MYS",
            "legal_basis": "consent",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "about 1990" in page  # the birth date hint
    assert not Person.objects.exists() and not Case.objects.exists()


def test_a_birth_date_naming_its_month_in_bahasa_indonesia_is_saved_as_a_day(
    world: World,
) -> None:
    """A caseworker types the date as the person says it (17 Agustus 1990): saved as that
    day, and shown as the format writes it."""
    response = client_for(world.alice).post(
        "/cases/register/",
        {
            "latin_name": "Siti Rahayu",
            "latin_kind": "as_stated",
            "birth_date": "17 Agustus 1990",
            "holder": str(world.iom_mys.id),
            "track": "voluntary",
            "host_country": "MYS",
            "origin_country": "IDN",
            "legal_basis": "consent",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert str(Case.objects.get().person.birth) == "1990-08-17"


def test_case_list_finds_by_any_script_and_reference(world: World) -> None:
    case = make_case(world.alice, world.iom_mys, native="ফাতেমা বেগম", latin="Fatema Begum")
    other = make_case(world.alice, world.iom_mys, native="নাসরিন", latin="Nasrin Akter")
    hidden = make_case(world.bob, world.iom_idn, native="ফাতেমা খাতুন", latin="Fatema Khatun")
    client = client_for(world.alice)
    for query in ("ফাতেমা", "fatema", "BEGUM", case.reference, case.reference.lower()):
        page = client.get("/cases/", {"q": query}).content.decode()
        assert case.reference in page, query
        assert other.reference not in page and hidden.reference not in page, query
    partial = client.get("/cases/", {"q": "fatema"}, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in partial and case.reference in partial
    filtered = client.get("/cases/", {"origin_country": "AFG"}).content.decode()
    assert case.reference not in filtered


def test_case_list_query_count_does_not_grow_with_rows(world: World) -> None:
    client = client_for(world.alice)
    make_case(world.alice, world.iom_mys)
    client.get("/cases/")  # stores the session's last-seen mark and warms the filter cache
    with CaptureQueriesContext(connection) as few:
        client.get("/cases/", {"q": "rahim"})
    for _ in range(10):
        make_case(world.alice, world.iom_mys)
    with CaptureQueriesContext(connection) as many:
        client.get("/cases/", {"q": "rahim"})
    assert len(many) == len(few), [q["sql"][:150] for q in many.captured_queries]


def test_consent_recorded_and_withdrawn_on_the_case_page(world: World, case: Case) -> None:
    client = client_for(world.alice)
    fragment = client.get(f"/cases/{case.id}/consents/", HTTP_HX_REQUEST="true").content.decode()
    assert "<form" in fragment and "<html" not in fragment
    assert "<html" in client.get(f"/cases/{case.id}/consents/").content.decode()  # without JS
    response = client.post(
        f"/cases/{case.id}/consents/",
        {"purpose": "voluntary_return", "version": "2026.1", "language": "bn"},
    )
    assert response.status_code == 302
    consent = case.consents.get()
    response = client.post(f"/cases/{case.id}/consents/{consent.id}/withdraw/", follow=True)
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None
    history = response.content.decode().split('id="history"')[1]
    assert "consent changed" in history and "withdrawn_at" in history
    bad = client.post(
        f"/cases/{case.id}/consents/",
        {"purpose": "voluntary_return", "version": "1", "language": "??"},
    )
    assert bad.status_code == 400 and "ISO 639" in bad.content.decode()


def test_pages_speak_bahasa_indonesia(world: World, case: Case) -> None:
    client = client_for(world.alice)
    client.post("/i18n/setlang/", {"language": "id"})
    page = client.get(f"/cases/{case.id}/").content.decode()
    assert 'lang="id"' in page
    assert "Riwayat" in page  # History
    assert "Persetujuan" in page  # Consents


def test_pages_use_no_outside_assets(world: World, case: Case) -> None:
    for url in ("/", "/cases/", f"/cases/{case.id}/", "/cases/register/", "/accounts/login/"):
        page = client_for(world.alice).get(url).content.decode()
        assert "https://" not in page and "//cdn" not in page, url


def _translations_module() -> Any:
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bahasa_indonesia_is_complete() -> None:
    assert _translations_module().untranslated("id") == []


def test_the_catalogue_holds_every_message_in_the_code(tmp_path: Path) -> None:
    """makemessages over a copy of the code finds nothing the committed catalogue lacks."""
    source = Path(__file__).resolve().parent.parent / "kembali"
    copy = tmp_path / "kembali"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "id", "--ignore", "demo/*"],
        cwd=copy,
        check=True,
        capture_output=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "kembali.settings"},
    )
    module = _translations_module()
    fresh = module.msgids(copy / "locale" / "id" / "LC_MESSAGES" / "django.po")
    committed = module.msgids(source / "locale" / "id" / "LC_MESSAGES" / "django.po")
    assert fresh - committed == set(), "run `kembali makemessages -l id` in kembali/ and translate"


def test_case_page_query_count_does_not_grow_with_its_records(world: World, case: Case) -> None:
    from kembali.protection.actions import record_vulnerability

    client = client_for(world.alice)

    def add(kind: str) -> None:
        record_vulnerability(case, actor=world.alice, kind=kind)
        client.post(
            f"/cases/{case.id}/consents/",
            {"purpose": "data_sharing", "version": "1", "language": "bn"},
        )

    add("older_person")
    client.get(f"/cases/{case.id}/")
    with CaptureQueriesContext(connection) as few:
        client.get(f"/cases/{case.id}/")
    for kind in ("disability", "single_parent", "mental_health"):
        add(kind)
    with CaptureQueriesContext(connection) as many:
        client.get(f"/cases/{case.id}/")
    assert len(many) == len(few)
