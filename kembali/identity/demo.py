"""Demo data for the identity engine: origin registries of the demo's origin countries, a
few people registered twice by different organisations, and the keys duplicates are found by.

Registries hold most of the demo's people of that country as a civil registry would: names in
the native script, full birth dates, fathers' names, record numbers of their own — plus
siblings, who share a father and a family name and are the candidates a caseworker must not
confuse with the person.
"""

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings

from kembali.accounts.models import User
from kembali.cases.actions import NameInput, register_person_and_case
from kembali.cases.dates import BirthDate as CaseBirthDate
from kembali.cases.dates import Precision
from kembali.cases.models import Case, Person
from kembali.identity.matching.index import build_index

ORIGINS = ("BGD", "MMR", "AFG", "LKA")
# Keys are computed for every person up to this many; beyond, `kembali identity keys` does it.
KEYS_UP_TO = 100_000


def _registry_rows(country: str, seed: int) -> Iterator[tuple[int, dict[str, str]]]:
    rng = random.Random(f"{country}-{seed}")
    persons = (
        Person.objects.filter(cases__origin_country=country)
        .prefetch_related("names")
        .distinct()
        .order_by("created_at", "id")
    )
    # Siblings take their given names from the first people of the country, read once: a
    # query per sibling sorted the whole country again (minutes at 100,000 cases).
    given_names = [
        next((n.text for n in other.names.all() if n.script != "Latn"), "")
        for other in persons[:200]
    ]
    line = 1
    for number, person in enumerate(persons.iterator(chunk_size=2000)):
        if rng.random() >= 0.85:
            continue  # not every person is in the civil registry
        names = [n.text for n in person.names.all()]
        native = [n.text for n in person.names.all() if n.script != "Latn"] or names
        birth = person.birth_date
        if birth is not None and person.birth_date_precision != "day":
            # The registry knows the day the person does not.
            birth = dt.date(birth.year, rng.randint(1, 12), rng.randint(1, 28))
        row = {
            "id": f"{country}-CR-{number:07d}",
            "full_name": " | ".join(native),
            "sex": person.sex,
            "birth_date": birth.isoformat() if birth else "",
            "birth_place": person.birth_place,
            "nationality": country,
            "father_name": person.father_name,
            "mother_name": person.mother_name,
        }
        line += 1
        yield line, row
        if rng.random() < 0.2 and birth is not None and len(native[0].split()) > 1:
            # A sibling: same father and family name, another given name, a few years apart.
            given = rng.choice(given_names)
            family = native[0].split()[-1]
            line += 1
            yield (
                line,
                {
                    **row,
                    "id": f"{country}-CR-{number:07d}S",
                    "full_name": f"{given.split()[0]} {family}" if given else row["full_name"],
                    "birth_date": _years_later(birth, rng.choice((-4, -2, 3, 5))).isoformat(),
                },
            )


def _years_later(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 February becomes the 28th in a year without it."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def build_demo_registries(seed: int = 2010) -> dict[str, int]:
    sizes = {}
    for country in ORIGINS:
        directory = Path(settings.KEMBALI_REGISTRY_DIR) / country
        report = build_index(_registry_rows(country, seed), directory)
        sizes[country] = report.records
    return sizes


def plant_duplicates(users: dict[str, User], count: int = 12, seed: int = 2010) -> int:
    """People registered in Malaysia registered again in Thailand under a romanised spelling,
    the way a person who moves on is met again."""
    rng = random.Random(seed)
    actor = users["caseworker.tha"]
    holder = actor.memberships.get().organisation
    cases = list(
        Case.objects.filter(host_country="MYS", origin_country__in=ORIGINS)
        .select_related("person")
        .prefetch_related("person__names")
        .order_by("created_at", "id")[:400]
    )
    planted = 0
    for case in rng.sample(cases, min(count, len(cases))):
        person = case.person
        latin = [n.text for n in person.names.all() if n.script == "Latn"]
        if not latin or person.birth_date is None:
            continue
        year = person.birth_date.year + rng.choice((0, 0, 1))
        register_person_and_case(
            actor=actor,
            holder=holder,
            names=[NameInput(latin[0], "as_stated", "")],
            track=case.track,
            host_country="THA",
            origin_country=case.origin_country,
            legal_basis=case.legal_basis,
            sex=person.sex,
            birth=CaseBirthDate(dt.date(year, 1, 1), Precision.ABOUT),
            birth_place=person.birth_place,
            father_name=person.father_name,
            nationality_claimed=person.nationality_claimed,
        )
        planted += 1
    return planted
