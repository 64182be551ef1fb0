"""Who sees what. Another organisation's case is a 404 everywhere; analysts see no person."""

from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from rest_framework.authtoken.models import Token

from kembali.cases.actions import (
    add_household_member,
    create_household,
    record_consent,
    revoke_share,
    share_case,
)
from kembali.cases.models import Case, Person, ShareAccess
from tests.conftest import client_for
from tests.personas import World, make_case


def _named_patterns(resolver: URLResolver, namespace: str = "") -> Iterator[tuple[str, list[str]]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _named_patterns(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", list(entry.pattern.regex.groupindex)


def _urls(objects: dict[str, Any]) -> list[str]:
    """Every named URL in the configuration, with its parameters filled from `objects`."""
    urls = set()
    for name, params in _named_patterns(get_resolver()):
        candidates = []
        for param in params:
            if param == "format":
                candidates.append(["json"])
            elif param in objects:
                candidates.append([objects[param]])
            else:
                kind = name.split(":")[-1].split("-")[0]
                candidates.append(
                    [objects.get(kind, objects["case"]), "accounts", "user", "1", "x"]
                )
        for attempt in range(5):
            kwargs = {
                p: c[min(attempt, len(c) - 1)] for p, c in zip(params, candidates, strict=True)
            }
            try:
                urls.add(reverse(name, kwargs=kwargs))
                break
            except NoReverseMatch:
                continue
        else:
            pytest.fail(f"could not build a URL for {name} {params}")
    return sorted(urls)


@pytest.fixture
def alices_objects(world: World) -> dict[str, Any]:
    case = make_case(world.alice, world.iom_mys, native="সালমা বেগম", latin="Salma Begum")
    consent = record_consent(
        case, actor=world.alice, purpose="voluntary_return", version="1", language="bn"
    )
    share = share_case(
        case, actor=world.alice, organisation=world.unhcr_mys, access="read", reason="Screening"
    )
    household = create_household(actor=world.alice, holder=world.iom_mys)
    add_household_member(household, actor=world.alice, person=case.person, relationship="head")
    return {
        "case": str(case.id),
        "case_id": str(case.id),
        "person": str(case.person_id),
        "consent": str(consent.id),
        "consent_id": str(consent.id),
        "household": str(household.id),
        "share_id": share.id,
        "organisation": str(world.iom_mys.id),
    }


PERSONAL = ["সালমা বেগম", "Salma Begum", "Karim Uddin", "Chattogram"]


@pytest.mark.parametrize("who", ["bob", "ana", "vera", "adam"])
def test_every_route_withholds_personal_data_from_outsiders(
    world: World, alices_objects: dict[str, Any], settings: Any, who: str
) -> None:
    settings.KEMBALI_MFA_REQUIRED_ROLES = []
    user = getattr(world, who)
    browser = client_for(user)
    system = Client(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    urls = _urls(alices_objects)
    assert len(urls) > 40  # the walk really covers the configuration
    object_ids = {v for k, v in alices_objects.items() if k not in ("organisation", "share_id")}
    for url in urls:
        if "logout" in url:
            continue
        for response in (browser.get(url), system.get(url), system.post(url, {})):
            body = response.content.decode("utf-8", "replace")
            leaked = [text for text in PERSONAL if text in body]
            assert not leaked, f"{who} saw {leaked} at {url} ({response.status_code})"
            if url.startswith(("/cases/", "/api/")) and any(obj in url for obj in object_ids):
                assert response.status_code in (302, 403, 404, 405), (url, response.status_code)


def test_the_holder_sees_its_case_and_others_get_404(world: World, case: Case) -> None:
    assert client_for(world.alice).get(f"/cases/{case.id}/").status_code == 200
    assert client_for(world.sam).get(f"/cases/{case.id}/").status_code == 200
    for outsider in (world.bob, world.vera, world.priya):
        assert client_for(outsider).get(f"/cases/{case.id}/").status_code == 404
        assert client_for(outsider).get(f"/api/v1/cases/{case.id}/").status_code == 404
    assert client_for(world.ana).get(f"/cases/{case.id}/").status_code == 404
    assert client_for(world.ana).get("/cases/").status_code == 403
    assert list(Case.objects.visible_to(world.ana)) == []
    assert list(Person.objects.visible_to(world.ana)) == []


def test_an_explicit_share_opens_the_case_until_it_is_revoked(world: World, case: Case) -> None:
    vera = client_for(world.vera)
    share = share_case(
        case,
        actor=world.alice,
        organisation=world.bgd_consulate,
        access=ShareAccess.READ,
        reason="Nationality verification",
    )
    assert vera.get(f"/cases/{case.id}/").status_code == 200
    assert vera.get(f"/api/v1/persons/{case.person_id}/").status_code == 200
    # Read access does not let her write.
    response = vera.patch(
        f"/api/v1/cases/{case.id}/", {"purpose": "x"}, content_type="application/json"
    )
    assert response.status_code == 404
    revoke_share(share, actor=world.alice)
    assert vera.get(f"/cases/{case.id}/").status_code == 404
    assert vera.get(f"/api/v1/persons/{case.person_id}/").status_code == 404


def test_a_write_share_lets_a_partner_caseworker_edit(world: World, case: Case) -> None:
    share_case(
        case,
        actor=world.alice,
        organisation=world.iom_idn,
        access=ShareAccess.WRITE,
        reason="Transfer",
    )
    response = client_for(world.bob).patch(
        f"/api/v1/cases/{case.id}/", {"purpose": "Joint case"}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    case.refresh_from_db()
    assert case.purpose == "Joint case"


def test_admin_site_is_for_administrators_only(world: World, settings: Any) -> None:
    settings.KEMBALI_MFA_REQUIRED_ROLES = []
    assert client_for(world.adam).get("/admin/").status_code == 200
    world.alice.is_staff = True
    world.alice.save()
    assert client_for(world.alice).get("/admin/").status_code == 302


def test_only_the_holder_shares_and_ends_shares(world: World, case: Case) -> None:
    def api(user: Any) -> Client:
        token, _created = Token.objects.get_or_create(user=user)
        return Client(HTTP_AUTHORIZATION=f"Token {token.key}")

    body = {"organisation": str(world.iom_idn.id), "access": "write", "reason": "Joint case"}
    response = api(world.alice).post(
        f"/api/v1/cases/{case.id}/shares/", body, content_type="application/json"
    )
    assert response.status_code == 201, response.content
    share_id = response.json()["id"]
    # bob may now edit, but not pass the case on.
    response = api(world.bob).post(
        f"/api/v1/cases/{case.id}/shares/",
        {**body, "organisation": str(world.bgd_consulate.id)},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert (
        api(world.bob).post(f"/api/v1/cases/{case.id}/shares/{share_id}/revoke/").status_code == 403
    )
    assert api(world.alice).get(f"/api/v1/cases/{case.id}/shares/").json()[0]["access"] == "write"
    assert (
        api(world.alice).post(f"/api/v1/cases/{case.id}/shares/{share_id}/revoke/").status_code
        == 200
    )
    assert api(world.bob).get(f"/api/v1/cases/{case.id}/").status_code == 404


def test_sharing_from_the_case_page(world: World, case: Case) -> None:
    alice = client_for(world.alice)
    response = alice.post(
        f"/cases/{case.id}/shares/",
        {"organisation": str(world.bgd_consulate.id), "access": "read", "reason": "Verification"},
    )
    assert response.status_code == 302
    page = alice.get(f"/cases/{case.id}/").content.decode()
    assert "Bangladesh Consulate" in page and "case shared" in page
    assert client_for(world.vera).get(f"/cases/{case.id}/").status_code == 200
    share = case.shares.get()
    assert alice.post(f"/cases/{case.id}/shares/{share.id}/end/").status_code == 302
    assert client_for(world.vera).get(f"/cases/{case.id}/").status_code == 404


def test_a_malformed_id_is_just_not_found(world: World) -> None:
    alice = client_for(world.alice)
    assert alice.get("/api/v1/cases/1/").status_code == 404
    assert alice.get("/api/v1/persons/not-a-uuid/").status_code == 404
    assert alice.get("/cases/00000000-0000-0000-0000-000000000000/").status_code == 404


@pytest.mark.parametrize("access", ["read", "write"])
def test_may_write_agrees_with_the_writable_queryset(world: World, case: Case, access: str) -> None:
    from kembali.cases.access import may_write

    share_case(case, actor=world.alice, organisation=world.iom_idn, access=access, reason="x")
    shares = list(case.shares.active())
    for user in (world.alice, world.sam, world.priya, world.bob, world.vera, world.ana):
        expected = Case.objects.writable_by(user).filter(pk=case.pk).exists()
        assert may_write(user, case, shares) == expected, user
