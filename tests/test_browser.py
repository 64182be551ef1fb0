"""Main journeys in a real browser: Debian's Chromium driven by Playwright."""

import os
import shutil
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread

from kembali.cases.actions import share_case
from kembali.cases.models import Case
from tests.personas import PASSWORD, make_case, make_world

pytestmark = pytest.mark.browser


class _OneRequestAtATime(ThreadedWSGIServer):
    """The test server, answering one request at a time. On SQLite the tests' database lives
    in memory, and every request thread shares the test's one connection to it (Django
    documents it: queries at once on it fail at random — "bad parameter or other API
    misuse"). A live search sends a request per keystroke while the page loads others."""

    _serving = threading.Lock()

    def set_app(self, application: Any) -> None:
        def one_at_a_time(environ: Any, start_response: Any) -> Any:
            with self._serving:
                return application(environ, start_response)

        super().set_app(one_at_a_time)


LiveServerThread.server_class = _OneRequestAtATime

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # between browser steps are still synchronous and safe. Only for these tests.
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            yield browser
            browser.close()
    finally:
        if before is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


@pytest.fixture
def page(browser: Any, live_server: Any, transactional_db: None) -> Iterator[Any]:
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_register_find_and_open_a_case(page: Any, settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    world = make_world()
    others = [
        make_case(world.alice, world.iom_mys, native="নাসরিন আক্তার", latin="Nasrin Akter"),
        make_case(world.alice, world.iom_mys, native="আয়েশা বেগম", latin="Ayesha Begum"),
    ]

    page.goto("/accounts/login/")
    page.fill("input[name=login]", "alice")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/")
    assert page.locator("h1").inner_text() == "My cases"

    page.click("text=Register a person and case")
    page.fill("#id_native_name", "মোহাম্মদ রফিকুল ইসলাম")
    page.fill("#id_native_language", "bn")
    page.fill("#id_latin_name", "Mohammad Rafiqul Islam")
    page.fill("#id_alias", "Md. Rofikul")
    page.select_option("#id_sex", "M")
    page.fill("#id_birth_date", "about 1988")
    page.fill("#id_birth_place", "Noakhali")
    page.select_option("#id_nationality_claimed", "BGD")
    page.select_option("#id_track", "voluntary")
    page.select_option("#id_origin_country", "BGD")
    page.click("main button[type=submit]")
    page.wait_for_url("**/cases/*-*/")
    case = Case.objects.exclude(pk__in=[c.pk for c in others]).get()
    assert case.reference in page.locator("h1").inner_text()

    for query in ("রফিকুল", "rofikul", case.reference):
        page.goto("/cases/")
        page.fill("input[name=q]", query)
        # htmx swaps the results in place as the user types: no submit, no page load.
        page.wait_for_function("document.querySelectorAll('#results tbody tr').length === 1")
        assert case.reference in page.locator("#results tbody").inner_text(), query
        assert "q=" in page.url  # the search is in the address bar, to share or go back to

    page.click(f"#results >> text={case.reference}")
    page.wait_for_url(f"**/cases/{case.id}/")
    assert page.locator(".native").first.inner_text() == "মোহাম্মদ রফিকুল ইসলাম"
    history = page.locator("#history").inner_text()
    assert "case created" in history and "person created" in history and "case viewed" in history
    if screenshot := os.environ.get("KEMBALI_SCREENSHOT"):
        page.screenshot(path=screenshot, full_page=True)


def _sign_in(page: Any, username: str) -> None:
    page.goto("/accounts/login/")
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/")


def _step(page: Any, to: str) -> None:
    page.locator(f"#next-steps form.step:has(input[name=to][value={to}]) button").click()
    page.wait_for_load_state()


def test_screen_consent_claim_blocks_then_moves_on(
    page: Any, browser: Any, live_server: Any, settings: Any
) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    world = make_world()
    case = make_case(world.alice, world.iom_mys)
    share_case(case, actor=world.alice, organisation=world.unhcr_mys, access="read", reason="RSD")
    url = f"/cases/{case.id}/"

    _sign_in(page, "alice")
    page.goto(url)
    _step(page, "screening")
    page.click("text=Record a vulnerability")  # htmx brings the form in place
    page.select_option("#id_kind", "single_parent")
    page.fill("#id_notes", "Travels with two children.")
    page.click("#protection form button[type=submit]")
    page.wait_for_load_state()
    assert "single parent" in page.locator("#protection").inner_text()
    _step(page, "counselling")
    page.click("text=Record consent")
    page.select_option("#id_purpose", "voluntary_return")
    page.fill("#id_version", "2026.1")
    page.fill("#id_language", "bn")
    page.click("#consents form button[type=submit]")
    page.wait_for_load_state()
    assert "2026.1" in page.locator("#consents").inner_text()

    officer = browser.new_context(base_url=live_server.url).new_page()
    _sign_in(officer, "priya")
    officer.goto(url)
    officer.click("text=Record asylum status")
    officer.select_option("#id_status", "lodged")
    officer.fill("#id_on", "2026-11-20")
    officer.fill("#id_authority", "UNHCR Malaysia RSD unit")
    officer.click("#protection form button[type=submit]")
    officer.wait_for_load_state()
    assert "claim lodged" in officer.locator("#protection").inner_text()

    page.goto(url)
    assert "on hold" in page.locator("h1").inner_text()
    steps = page.locator("#next-steps").inner_text()
    assert "An asylum claim, appeal or judicial review is pending" in steps
    assert "claim lodged" not in page.locator("#protection").inner_text()  # not the content

    officer.goto(url)
    officer.click("text=Record asylum status")
    officer.select_option("#id_status", "finally_rejected")
    officer.fill("#id_on", "2026-11-27")
    officer.fill("#id_authority", "UNHCR Malaysia RSD unit")
    officer.click("#protection form button[type=submit]")
    officer.wait_for_load_state()

    page.goto(url)
    _step(page, "counselling")
    _step(page, "identity_verification")
    assert "identity verification" in page.locator("h1").inner_text()
    case.refresh_from_db()
    assert case.stage == "identity_verification"


def test_search_the_origin_registry_and_confirm_a_candidate(
    page: Any, settings: Any, tmp_path: Any
) -> None:
    from kembali.identity.matching.index import build_index
    from kembali.identity.models import IdentityDecision

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.KEMBALI_REGISTRY_DIR = tmp_path
    rows = [
        {
            "id": "BGD-CR-1",
            "full_name": "রহিম উদ্দিন",
            "sex": "M",
            "birth_date": "1990-05-01",
            "birth_place": "চট্টগ্রাম",
            "father_name": "করিম উদ্দিন",
        }
    ]
    build_index(enumerate(rows, start=2), tmp_path / "BGD")
    world = make_world()
    case = make_case(world.alice, world.iom_mys)  # Rahim Uddin, about 1990, Chattogram

    _sign_in(page, "alice")
    page.goto(f"/cases/{case.id}/")
    page.click("text=Search the origin registry")  # htmx brings the candidates in place
    candidate = page.locator("#registry-panel article").first
    assert "রহিম উদ্দিন" in candidate.inner_text()
    candidate.locator("summary").click()
    assert "Father's name" in candidate.inner_text()
    candidate.locator("input[name=note]").fill("Same father, same village")
    candidate.locator("button[value=confirmed]").click()
    page.wait_for_url(f"**/cases/{case.id}/")
    assert "Your decision is recorded." in page.content()
    decision = IdentityDecision.objects.get(case=case)
    assert (decision.candidate, decision.verdict) == ("BGD-CR-1", "confirmed")
