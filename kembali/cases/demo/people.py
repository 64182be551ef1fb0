"""Deterministic people and cases for the demo and for benchmarks, loaded in bulk."""

import datetime as dt
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from kembali.accounts.models import Organisation, OrganisationType, User
from kembali.audit.actions import EventSpec, record_events_bulk
from kembali.audit.models import Action
from kembali.cases.demo import names as tables
from kembali.cases.demo.region import Region
from kembali.cases.models import (
    Case,
    CaseSequence,
    CaseShare,
    Consent,
    ConsentPurpose,
    Household,
    HouseholdMember,
    LegalBasis,
    NameKind,
    Person,
    PersonName,
    Relationship,
    ShareAccess,
    Track,
)
from kembali.cases.names import detect_script, names_key

# A fixed anchor keeps the demo identical from one run to the next.
ANCHOR = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
SPAN_DAYS = 700

HOSTS = [("MYS", 0.40), ("THA", 0.25), ("IDN", 0.20), ("AUS", 0.15)]
ORIGINS = [("BGD", 0.35), ("MMR", 0.30), ("AFG", 0.20), ("LKA", 0.15)]
HOST_LANGUAGE = {"MYS": "ms", "THA": "th", "IDN": "id", "AUS": "en"}


def _pick(rng: random.Random, weighted: list[tuple[str, float]]) -> str:
    return rng.choices([k for k, _w in weighted], weights=[w for _k, w in weighted])[0]


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


@dataclass
class PersonDraft:
    native: str
    latin: str
    alias: str
    language: str
    sex: str
    birth_date: dt.date
    precision: str
    birth_place: str
    father: str
    mother: str
    origin: str
    family_latin: str = ""
    family_native: str = ""
    extra_languages: list[str] = field(default_factory=list)


def _romanise(rng: random.Random, entry: tuple[str, list[str]]) -> str:
    variants = entry[1]
    return variants[0] if rng.random() < 0.7 else rng.choice(variants)


def _birth(rng: random.Random, age_min: int, age_max: int) -> tuple[dt.date, str]:
    days = rng.randint(age_min * 365, age_max * 365)
    born = (ANCHOR - dt.timedelta(days=days)).date()
    roll = rng.random()
    if roll < 0.5:
        return born, "day"
    if roll < 0.6:
        return born.replace(day=1), "month"
    if roll < 0.85:
        return born.replace(month=1, day=1), "year"
    return born.replace(month=1, day=1), "about"


def _names_for(
    rng: random.Random, origin: str, sex: str, family: tuple[str, list[str]] | None
) -> tuple[str, str, str, str, dict[str, Any], tuple[str, list[str]] | None]:
    """native, latin, alias, language, table, family entry used."""
    if origin == "LKA":
        table = tables.SRI_LANKA_TAMIL if rng.random() < 0.4 else tables.SRI_LANKA_SINHALA
    else:
        table = {
            "BGD": tables.BANGLADESH,
            "MMR": tables.MYANMAR,
            "AFG": tables.AFGHANISTAN,
        }[origin]
    given_pool = table["male"] if sex == "M" else table["female"]
    if table is tables.MYANMAR:
        parts = rng.sample(given_pool, rng.choice([2, 2, 3]))
        native = "".join(p[0] for p in parts)
        latin = " ".join(_romanise(rng, p) for p in parts)
        honorifics = table["honorific_male" if sex == "M" else "honorific_female"]
        title = rng.choice(honorifics)
        alias = f"{title[1][0]} {latin}" if rng.random() < 0.4 else ""
        return native, latin, alias, table["language"], table, None
    given = [rng.choice(given_pool)]
    if table is tables.BANGLADESH and sex == "M" and rng.random() < 0.5:
        given.insert(0, table["male"][0])  # Mohammad / Md. before the given name
    if family is None:
        pool = table.get("female_family") if sex == "F" and "female_family" in table else None
        family = rng.choice(pool or table["family"])
    parts = [*given, family]
    native = " ".join(p[0] for p in parts)
    latin = " ".join(_romanise(rng, p) for p in parts)
    alias = " ".join(rng.choice(p[1]) for p in parts) if rng.random() < 0.3 else ""
    if alias == latin:
        alias = ""
    language = table["language"]
    if table is tables.AFGHANISTAN and rng.random() < 0.4:
        language = table["other_language"]
    return native, latin, alias, language, table, family


def draft_person(
    rng: random.Random,
    origin: str,
    *,
    sex: str | None = None,
    age: tuple[int, int] = (18, 60),
    family: tuple[str, list[str]] | None = None,
) -> tuple[PersonDraft, tuple[str, list[str]] | None]:
    sex = sex or ("M" if rng.random() < 0.7 else "F")
    native, latin, alias, language, table, family_used = _names_for(rng, origin, sex, family)
    birth_date, precision = _birth(rng, *age)
    place = rng.choice(table["places"])
    father_given = rng.choice(table["male"])
    mother_given = rng.choice(table["female"])
    family_latin = family_used[1][0] if family_used else ""
    father = f"{father_given[1][0]} {family_latin}".strip()
    return (
        PersonDraft(
            native=native,
            latin=latin,
            alias=alias,
            language=language,
            sex=sex,
            birth_date=birth_date,
            precision=precision,
            birth_place=_romanise(rng, place),
            father=father,
            mother=mother_given[1][0],
            origin=origin,
        ),
        family_used,
    )


@dataclass
class Batch:
    persons: list[Person] = field(default_factory=list)
    names: list[PersonName] = field(default_factory=list)
    households: list[Household] = field(default_factory=list)
    members: list[HouseholdMember] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    shares: list[CaseShare] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    events: list[EventSpec] = field(default_factory=list)

    def save(self) -> None:
        with transaction.atomic():
            Person.objects.bulk_create(self.persons, batch_size=2000)
            PersonName.objects.bulk_create(self.names, batch_size=2000)
            Household.objects.bulk_create(self.households, batch_size=2000)
            HouseholdMember.objects.bulk_create(self.members, batch_size=2000)
            Case.objects.bulk_create(self.cases, batch_size=2000)
            CaseShare.objects.bulk_create(self.shares, batch_size=2000)
            Consent.objects.bulk_create(self.consents, batch_size=2000)
            record_events_bulk(self.events)


class Generator:
    """Makes `total` cases in creation order; one case per person, some in households."""

    def __init__(self, region: Region, total: int, seed: int = 2010) -> None:
        self.rng = random.Random(seed)
        self.region = region
        self.total = total
        self.made = 0
        self.sequences: dict[tuple[str, int], int] = {}
        orgs = region.organisations.values()
        self.holders = {
            (org.country, org.type): org
            for org in orgs
            if org.type
            in (OrganisationType.INTERNATIONAL_MISSION, OrganisationType.IMMIGRATION_AUTHORITY)
        }
        self.consular = {
            org.country: org for org in orgs if org.type == OrganisationType.CONSULAR_AUTHORITY
        }
        self.caseworkers: dict[uuid.UUID, User] = {}
        for user in region.users.values():
            for membership in user.memberships.all():
                if membership.role == "caseworker":
                    self.caseworkers.setdefault(membership.organisation_id, user)

    def _created_at(self) -> dt.datetime:
        fraction = self.made / max(self.total, 1)
        jitter = self.rng.randint(0, 3000)
        start = ANCHOR - dt.timedelta(days=SPAN_DAYS)
        return start + dt.timedelta(seconds=int(fraction * SPAN_DAYS * 86400) + jitter)

    def _reference(self, host: str, created_at: dt.datetime) -> str:
        key = (host, created_at.year)
        self.sequences[key] = self.sequences.get(key, 0) + 1
        return f"{host}-{created_at.year}-{self.sequences[key]:06d}"

    def _add(
        self,
        batch: Batch,
        draft: PersonDraft,
        *,
        host: str,
        track: str,
        holder: Organisation,
        household: Household | None,
        relationship: str | None,
    ) -> None:
        rng = self.rng
        created_at = self._created_at()
        person = Person(
            id=_uuid(rng),
            holder=holder,
            sex=draft.sex,
            birth_date=draft.birth_date,
            birth_date_precision=draft.precision,
            birth_place=draft.birth_place,
            father_name=draft.father,
            mother_name=draft.mother,
            nationality_claimed=draft.origin,
            languages=[draft.language, *([HOST_LANGUAGE[host]] if rng.random() < 0.3 else [])],
            created_at=created_at,
        )
        batch.persons.append(person)
        name_rows = [(draft.native, NameKind.AS_STATED, draft.language)]
        name_rows.append(
            (draft.latin, rng.choice([NameKind.AS_STATED, NameKind.FROM_DOCUMENT]), "")
        )
        if draft.alias:
            name_rows.append((draft.alias, NameKind.ALIAS, ""))
        for position, (text, kind, language) in enumerate(name_rows):
            batch.names.append(
                PersonName(
                    person=person,
                    text=text,
                    script=detect_script(text),
                    language=language,
                    kind=kind,
                    position=position,
                )
            )
        if household is not None and relationship is not None:
            batch.members.append(
                HouseholdMember(household=household, person=person, relationship=relationship)
            )
        caseworker = self.caseworkers.get(holder.pk)
        case = Case(
            id=_uuid(rng),
            reference=self._reference(host, created_at),
            person=person,
            household=household,
            track=track,
            host_country=host,
            origin_country=draft.origin,
            holder=holder,
            assigned_to=caseworker if rng.random() < 0.8 else None,
            legal_basis=LegalBasis.CONSENT
            if track == Track.VOLUNTARY
            else LegalBasis.LEGAL_OBLIGATION,
            created_by=caseworker,
            search_names=names_key(text for text, _kind, _language in name_rows),
            created_at=created_at,
            stage_changed_at=created_at,
        )
        batch.cases.append(case)
        batch.events.append(
            EventSpec(caseworker, Action.CREATE, person, created_at, case.id, ("names",))
        )
        batch.events.append(
            EventSpec(
                caseworker,
                Action.CREATE,
                case,
                created_at,
                case.id,
                ("track", "host_country", "origin_country"),
                {"reference": case.reference, "track": track, "stage": case.stage},
            )
        )
        if track == Track.VOLUNTARY and rng.random() < 0.8 and caseworker is not None:
            given_at = created_at + dt.timedelta(days=rng.randint(1, 20))
            withdrawn = (
                given_at + dt.timedelta(days=rng.randint(5, 40)) if rng.random() < 0.05 else None
            )
            for purpose in (ConsentPurpose.VOLUNTARY_RETURN, ConsentPurpose.DATA_PROCESSING):
                batch.consents.append(
                    Consent(
                        id=_uuid(rng),
                        case=case,
                        purpose=purpose,
                        version="2026.1",
                        language=draft.language,
                        given_at=given_at,
                        withdrawn_at=withdrawn
                        if purpose == ConsentPurpose.VOLUNTARY_RETURN
                        else None,
                        recorded_by=caseworker,
                    )
                )
        consular = self.consular.get(draft.origin)
        if consular is not None and caseworker is not None and rng.random() < 0.1:
            batch.shares.append(
                CaseShare(
                    case=case,
                    organisation=consular,
                    access=ShareAccess.READ,
                    reason="Identity and nationality verification",
                    granted_by=caseworker,
                )
            )
        self.made += 1

    def batches(self, size: int = 5000) -> Iterator[Batch]:
        rng = self.rng
        batch = Batch()
        while self.made < self.total:
            host = _pick(rng, HOSTS)
            origin = _pick(rng, ORIGINS)
            track = Track.VOLUNTARY if rng.random() < 0.7 else Track.ENFORCED
            holder_type = (
                OrganisationType.INTERNATIONAL_MISSION
                if track == Track.VOLUNTARY
                else OrganisationType.IMMIGRATION_AUTHORITY
            )
            holder = self.holders[(host, holder_type)]
            family_size = 1 if rng.random() < 0.8 else rng.randint(2, 5)
            family_size = min(family_size, self.total - self.made)
            head, family = draft_person(rng, origin)
            if family_size == 1:
                self._add(
                    batch,
                    head,
                    host=host,
                    track=track,
                    holder=holder,
                    household=None,
                    relationship=None,
                )
            else:
                household = Household(id=_uuid(rng), holder=holder, created_at=self._created_at())
                batch.households.append(household)
                self._add(
                    batch,
                    head,
                    host=host,
                    track=track,
                    holder=holder,
                    household=household,
                    relationship=Relationship.HEAD,
                )
                spouse_sex = "F" if head.sex == "M" else "M"
                for index in range(1, family_size):
                    if index == 1:
                        member, _f = draft_person(rng, origin, sex=spouse_sex, family=family)
                        relationship = Relationship.SPOUSE
                    else:
                        member, _f = draft_person(rng, origin, age=(1, 17), family=family)
                        relationship = Relationship.CHILD
                    self._add(
                        batch,
                        member,
                        host=host,
                        track=track,
                        holder=holder,
                        household=household,
                        relationship=relationship,
                    )
            if len(batch.cases) >= size:
                yield batch
                batch = Batch()
        if batch.cases:
            yield batch

    def save_sequences(self) -> None:
        for (country, year), last in self.sequences.items():
            CaseSequence.objects.update_or_create(
                country=country, year=year, defaults={"last_number": last}
            )


def load_people(
    region: Region, total: int, *, progress: Callable[[int], object] | None = None
) -> int:
    generator = Generator(region, total)
    for batch in generator.batches():
        batch.save()
        if progress:
            progress(len(batch.cases))
    generator.save_sequences()
    return generator.made
