"""The identity engine. The registry search and possible duplicates of the case page and the API."""

import html
import importlib
import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from django.core.checks import run_checks
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from rest_framework.authtoken.models import Token

from kembali.audit.models import AuditEvent
from kembali.cases.actions import share_case
from kembali.cases.models import Case, Person
from kembali.identity.matching.compare import (
    INITIAL_BITS,
    Evidence,
    compare_names,
)
from kembali.identity.matching.dates import BirthDate
from kembali.identity.matching.index import RegistryIndex, build_index
from kembali.identity.matching.names import (
    parse_name,
)
from kembali.identity.models import IdentityDecision, PersonKey, ShareRequest
from kembali.identity.records import find_duplicates, person_keys, person_record, registry_for
from tests.conftest import client_for
from tests.identity_files import flat
from tests.personas import World, make_case


@pytest.fixture
def registry_dir(tmp_path: Path, settings: Any) -> Path:
    settings.KEMBALI_REGISTRY_DIR = tmp_path / "registries"
    rows = [
        {
            "id": "BGD-1",
            "full_name": "রহিম উদ্দিন",
            "sex": "M",
            "birth_date": "1990-05-01",
            "birth_place": "চট্টগ্রাম",
            "father_name": "করিম উদ্দিন",
        },
        {"id": "BGD-2", "full_name": "সালমা বেগম", "sex": "F", "birth_date": "1970"},
    ]
    build_index(enumerate(rows, start=2), settings.KEMBALI_REGISTRY_DIR / "BGD")
    return settings.KEMBALI_REGISTRY_DIR


def test_the_case_page_searches_the_registry_and_keeps_the_decision(
    world: World, case: Case, registry_dir: Path
) -> None:
    alice = client_for(world.alice)
    page = alice.get(f"/cases/{case.id}/identity/registry/", HTTP_HX_REQUEST="true")
    body = page.content.decode()
    assert page.status_code == 200
    assert "BGD-1" in body and "রহিম উদ্দিন" in body
    assert "sound alike" in body or "are the same" in body  # the explanation, in words
    response = alice.post(
        f"/cases/{case.id}/identity/decisions/",
        {"kind": "registry", "candidate": "BGD-1", "verdict": "confirmed", "note": "photo"},
    )
    assert response.status_code == 302
    decision = IdentityDecision.objects.get(case=case)
    assert (decision.candidate, decision.verdict, decision.registry) == (
        "BGD-1",
        "confirmed",
        "BGD",
    )
    assert decision.explanation and 0 < decision.score <= 1
    assert AuditEvent.objects.filter(
        object_type="identity.identitydecision", case_id=case.id
    ).exists()
    # A candidate the engine did not propose cannot be decided on.
    forged = {"kind": "registry", "candidate": "BGD-999", "verdict": "confirmed"}
    assert alice.post(f"/cases/{case.id}/identity/decisions/", forged).status_code == 404
    for outsider in (world.bob, world.ana):
        assert client_for(outsider).get(f"/cases/{case.id}/identity/registry/").status_code == 404


@pytest.mark.parametrize(
    ("sex", "father", "withheld", "said"),
    [
        ("F", "করিম উদ্দিন", "sex_or_nationality_differs", "the recorded sex or nationality"),
        # Karim Uddin and Karim Ali: two men, or one written otherwise
        ("M", "করিম আলী", "parent_differs", "a parent's name differs in a part"),
    ],
)
def test_a_candidate_as_likely_as_a_match_says_why_it_is_not_one(
    world: World,
    case: Case,
    tmp_path: Path,
    settings: Any,
    sex: str,
    father: str,
    withheld: str,
    said: str,
) -> None:
    # The case's Rahim Uddin, born 1990 in Chattogram to Karim Uddin, against a record of all
    # that but a woman's, or a man's whose father's name differs in a part: the caseworker
    # reads why it is not proposed as the person.
    settings.KEMBALI_REGISTRY_DIR = tmp_path / "registries"
    row = {
        "id": "BGD-7",
        "full_name": "রহিম উদ্দিন",
        "sex": sex,
        "birth_date": "1990-05-01",
        "birth_place": "চট্টগ্রাম",
        "father_name": father,
    }
    build_index(enumerate([row], start=2), settings.KEMBALI_REGISTRY_DIR / "BGD")
    alice = client_for(world.alice)
    body = alice.get(f"/cases/{case.id}/identity/registry/", HTTP_HX_REQUEST="true").content
    assert "needs review" in body.decode()
    assert f"Not proposed as a match: {said}" in html.unescape(body.decode())
    found = alice.get(f"/api/v1/cases/{case.id}/identity/registry/").json()
    assert found[0]["score"] > 0.99 and found[0]["decision"] == "review"
    assert found[0]["withheld"] == withheld


def test_a_registry_rebuilt_is_searched_anew_and_the_one_before_let_go(
    registry_dir: Path,
) -> None:
    """A node rebuilds a registry while the app runs: the next search reads the new one, and
    the app no longer holds the old one's files (on disk, freed once no one holds them)."""
    import gc
    import weakref

    before = registry_for("BGD")
    assert before is not None and registry_for("BGD") is before and before.size == 2
    rows = [{"id": "BGD-3", "full_name": "আয়েশা আক্তার", "sex": "F", "birth_date": "1995"}]
    build_index(enumerate(rows, start=2), registry_dir / "BGD")
    after = registry_for("BGD")
    assert after is not None and after.size == 1 and after.ids() == ["BGD-3"]
    held = weakref.ref(before)
    del before
    gc.collect()
    assert held() is None


def test_demo_registries_hold_siblings_of_people_born_on_29_february(
    world: World, settings: Any, tmp_path: Path
) -> None:
    from kembali.identity.demo import build_demo_registries

    settings.KEMBALI_REGISTRY_DIR = tmp_path / "registries"
    for _ in range(40):
        make_case(world.alice, world.iom_mys, birth="1992-02-29")
    build_demo_registries()
    # A sibling is born a few years apart: on the 29th in a leap year, else on the 28th.
    registry = RegistryIndex(tmp_path / "registries" / "BGD")
    siblings = [registry.row(n) for n, id in enumerate(registry.ids()) if id.endswith("S")]
    days = {row["birth_date"][4:] for row in siblings}
    assert "-02-28" in days and days <= {"-02-28", "-02-29"}


def test_a_registry_built_by_an_older_kembali_is_named_and_not_searched(
    world: World, case: Case, registry_dir: Path
) -> None:
    meta = registry_dir / "BGD" / "meta.json"
    meta.write_text(json.dumps({**json.loads(meta.read_text()), "format": 1}))
    warnings = [m for m in run_checks() if m.id == "kembali.W101"]
    assert len(warnings) == 1 and "BGD" in warnings[0].msg and "format 1" in warnings[0].msg
    assert registry_for("BGD") is None
    page = client_for(world.alice).get(f"/cases/{case.id}/identity/registry/")
    assert page.status_code == 200 and "BGD-1" not in page.content.decode()


@pytest.mark.parametrize(
    "migration",
    [
        "0002_keys_of_this_version",
        "0003_keys_of_thai_readings",
        "0004_keys_of_thai_syllables",
        "0005_keys_of_patronymics",
        "0006_keys_of_neighbours_scripts",
    ],
)
def test_the_migration_computes_every_persons_keys_again(case: Case, migration: str) -> None:
    from django.apps import apps

    recompute = importlib.import_module(f"kembali.identity.migrations.{migration}").recompute
    person = Person.objects.prefetch_related("names").get(pk=case.person_id)
    expected = person_keys(person_record(person))
    PersonKey.objects.filter(person=person).delete()
    PersonKey.objects.create(person=person, key=12345)  # a key of an older engine
    recompute(apps, _editor())
    assert set(PersonKey.objects.filter(person=person).values_list("key", flat=True)) == expected


def _editor() -> SimpleNamespace:
    """What a migration's function is given besides the models, as far as `recompute` reads
    it: the connection (SQLite's own schema editor cannot be opened inside a test's
    transaction)."""
    return SimpleNamespace(connection=connection)


def test_of_the_key_migrations_one_migrate_runs_only_the_last_computes(case: Case) -> None:
    """A node upgraded across several key migrations computes its people's keys once, in
    the last: the ones before it pass."""
    from django.apps import apps

    module = importlib.import_module("kembali.identity.migrations.0002_keys_of_this_version")
    person = Person.objects.prefetch_related("names").get(pk=case.person_id)
    expected = person_keys(person_record(person))
    PersonKey.objects.filter(person=person).delete()
    PersonKey.objects.create(person=person, key=12345)
    names = sorted(p.stem for p in Path(module.__file__).parent.glob("[0-9]*_keys_of_*.py"))
    recorded = MigrationRecorder.Migration.objects.filter(app="identity")
    recorded.filter(name__in=names[-2:]).delete()  # as if the last two were yet to run
    module.recompute(apps, _editor())  # the first of them: passes
    assert set(PersonKey.objects.filter(person=person).values_list("key", flat=True)) == {12345}
    MigrationRecorder(connection).record_applied("identity", names[-2])
    module.recompute(apps, _editor())  # the last: computes
    assert set(PersonKey.objects.filter(person=person).values_list("key", flat=True)) == expected


def test_a_node_weighs_names_as_a_registry_of_as_many_people_does(
    world: World, case: Case, tmp_path: Path
) -> None:
    """A node of a few people is taken to hold a thousand, as a registry or a file of a few
    records is, the people it lacks holding each of its names as a common name is held: a
    name two of its few people share is not made a rare one. The duplicate's explanation
    weighs each name as a search of a file of the same people does."""
    theirs = make_case(world.alice, world.iom_mys, birth="1990")
    people = list(Person.objects.prefetch_related("names"))
    assert len(people) < 1_000
    rows = []
    for person in people:
        record = person_record(person)
        row = {"id": record.id, "full_name": " | ".join(record.names), "sex": record.sex}
        row |= {"birth_date": str(record.birth_date or ""), "father_name": record.father_name}
        rows.append((len(rows) + 2, row))
    build_index(rows, tmp_path / "ix", processes=1)
    in_file = RegistryIndex(tmp_path / "ix").search(person_record(case.person))
    [file_names] = [
        [e.bits for e in c.comparison.evidence if e.field == "name"]
        for c in in_file
        if c.record.id == str(theirs.person_id)
    ]
    [node_names] = [
        [e.bits for e in comparison.evidence if e.field == "name"]
        for other, comparison in find_duplicates(case.person)
        if other.pk == theirs.person_id
    ]
    assert node_names == file_names and len(node_names) == 2


def test_an_initial_on_a_node_weighs_as_it_does_where_nothing_says_how_rare_it_is(
    world: World, case: Case
) -> None:
    """A node does not store the keys of initials with names, which a registry or a file
    weighs an initial by: there an initial that fits weighs its fixed share, not what a key
    no one holds would make it (the most)."""
    theirs = make_case(world.alice, world.iom_mys, native="উদ্দিন", latin="R. Uddin")
    [initial] = [
        e.bits
        for other, comparison in find_duplicates(case.person)
        if other.pk == theirs.person_id
        for e in comparison.evidence
        if e.how == "initial"
    ]
    assert initial == INITIAL_BITS


def test_a_duplicate_held_elsewhere_shows_only_its_holder(world: World, case: Case) -> None:
    theirs = make_case(
        world.bob, world.iom_idn, native="রহিম উদ্দিন", latin="Rahim Uddin", birth="1990"
    )
    body = client_for(world.alice).get(f"/cases/{case.id}/identity/duplicates/").content.decode()
    assert "IOM Indonesia" in body
    assert theirs.reference not in body and str(theirs.id) not in body
    token = re.search(r"/duplicates/([0-9a-f]{24})/ask/", body).group(1)  # type: ignore[union-attr]
    api = client_for(world.alice).get(f"/api/v1/cases/{case.id}/identity/duplicates/").json()
    assert api == [
        {
            "case": None,
            "reference": None,
            "holder": "IOM Indonesia",
            "holder_country": "IDN",
            "visible": False,
            "score": None,
            "decision": None,
            "explanation": None,
            "withheld": None,
        }
    ]
    response = client_for(world.alice).post(
        f"/cases/{case.id}/identity/duplicates/{token}/ask/",
        {"organisation": str(world.iom_mys.id), "reason": "Same person registered in Malaysia"},
    )
    assert response.status_code == 302
    request = ShareRequest.objects.get()
    assert (request.case, request.organisation) == (theirs, world.iom_mys)
    holder_page = client_for(world.bob).get(f"/cases/{theirs.id}/").content.decode()
    assert "IOM Malaysia asks for this case" in holder_page
    # A reader of the case (here the origin country's consulate) does not learn of it.
    share_case(
        case, actor=world.alice, organisation=world.bgd_consulate, access="read", reason="ID"
    )
    vera = client_for(world.vera)
    assert vera.get(f"/cases/{case.id}/").status_code == 200
    assert vera.get(f"/cases/{case.id}/identity/duplicates/").status_code == 404
    assert vera.get(f"/api/v1/cases/{case.id}/identity/duplicates/").status_code == 404


def test_every_kind_of_evidence_is_said_in_words() -> None:
    """A caseworker reads the explanation: no stable code of the engine may reach them bare."""
    from kembali.identity.explain import how_text
    from kembali.identity.matching.dates import LEVELS

    pairs = [
        ("K. Sivakumar bin Kandasamy", "Sivakumar Kanagaratnam Kandasamy"),
        ("Ahmad bin Ismail", "Ahmad bin Ismail"),
        ("Abdul Rahman Karimi Noor", "Abdulrahman Karimy"),
        ("Rahim Uddin", "Uddin Rahim"),
        ("Mohammad Rahim", "Mohammed Rahim Chowdhury"),
        ("Karima Begum", "Karim Begum"),
        ("Alam Hasan", "Alim Hasan"),
        ("Nimal de Silva", "Nimal Silva"),
        ("Hasan Ali Mia", "Saiful Karim Mia"),
    ]
    hows = {"agree", "different"} | set(LEVELS)
    for one, other in pairs:
        _, evidence, _ = compare_names(parse_name(one), parse_name(other), flat)
        hows |= {e.how for e in evidence}
    assert {"initial", "patronymic", "joined", "order_differs", "missing_in_query"} <= hows
    assert {"ending_differs", "vowel_differs", "particle", "against_at_most"} <= hows
    for how in hows:
        text = how_text(Evidence("name", how, "A", "B", 0.0))
        assert text != how, how


@pytest.mark.parametrize("other", ["Saiful Mia", "Saiful Karim Mia"])
def test_a_part_on_each_side_without_a_counterpart_is_said_once_with_all_it_weighs(
    other: str,
) -> None:
    """The engine weighs a part the record lacks, a part the query lacks and that the two
    differ; the caseworker reads one line, "Hasan and Saiful differ", and its whole weight.
    Past what may count against a name, the rest is said not counted."""
    from kembali.identity.explain import explain

    query = "Hasan Mia" if other == "Saiful Mia" else "Hasan Ali Mia"
    bits, evidence, _ = compare_names(parse_name(query), parse_name(other), flat)
    hows = [e.how for e in evidence]
    assert {"missing_in_record", "missing_in_query", "different"} <= set(hows)
    lines = explain(evidence)
    against = [line for line in lines if "Hasan" in line["text"] or "Saiful" in line["text"]]
    assert [line["text"] for line in against] == ["“Hasan” and “Saiful” differ"]
    said = [
        e for e in evidence if "Hasan" in (e.query, e.record) or "Saiful" in (e.query, e.record)
    ]
    weight = sum(e.bits for e in said)
    assert against[0]["weight"] == f"{weight:+.1f}" and weight < -4
    capped = [line["text"] for line in lines if line["tone"] == "for" and "8 bits" in line["text"]]
    assert len(capped) == (other != "Saiful Mia")
    # What is said adds up to what was weighed.
    assert sum(float(line["weight"]) for line in lines) == pytest.approx(bits, abs=0.05)


def test_the_api_searches_a_registry_for_systems_and_not_for_analysts(
    world: World, registry_dir: Path
) -> None:
    token = Token.objects.create(user=world.alice)
    from django.test import Client

    system = Client(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = system.post(
        "/api/v1/identity/search/",
        {"registry": "BGD", "full_name": "Rahim Uddin", "birth_date": "1990", "top": 2},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()[0]["record_id"] == "BGD-1"
    assert response.json()[0]["explanation"] and response.json()[0]["withheld"] == ""
    bad = system.post(
        "/api/v1/identity/search/",
        {"registry": "BGD", "full_name": "Rahim", "birth_date": "14/03/1990"},
        content_type="application/json",
    )
    assert bad.status_code == 400 and "birth_date" in bad.json()["error"]["message"]
    missing = system.post(
        "/api/v1/identity/search/",
        {"registry": "NPL", "full_name": "Rahim"},
        content_type="application/json",
    )
    assert missing.status_code == 400
    analyst = client_for(world.ana).post(
        "/api/v1/identity/search/",
        {"registry": "BGD", "full_name": "Rahim Uddin"},
        content_type="application/json",
    )
    assert analyst.status_code == 404
    schema = client_for(world.alice).get("/api/v1/schema/").content.decode()
    assert "/api/v1/identity/search/" in schema
    assert "/api/v1/cases/{case_id}/identity/duplicates/" in schema


def test_a_town_or_parent_typed_as_unknown_reaches_the_engine_as_none(world: World) -> None:
    """Two people whose town and father a caseworker typed as "Unknown" share neither."""
    from kembali.identity.records import person_record

    case = make_case(world.alice, world.iom_mys, birth="1990-03-14")
    person = case.person
    person.birth_place, person.father_name, person.mother_name = "Unknown", "N/A", "-"
    record = person_record(person)
    assert (record.birth_place, record.father_name, record.mother_name) == ("", "", "")


def test_birth_date_with_day_precision_reaches_the_engine(world: World) -> None:
    from kembali.identity.records import person_record

    case = make_case(world.alice, world.iom_mys, birth="1990-03-14")
    record = person_record(case.person)
    assert record.birth_date == BirthDate(1990, 3, 14)
    assert record.names == ("রহিম উদ্দিন", "Rahim Uddin")
