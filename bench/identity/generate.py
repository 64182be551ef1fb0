"""Synthetic origin registries, queries and case registries for the identity benchmark.

People of six origin countries with names in their own scripts (Bengali, Burmese, Dari and
Pashto in Arabic script, Sinhala, Tamil, Thaana, Thai) and their romanisations. Registries
hold them mostly in the native script; queries are what a caseworker abroad types: a
romanisation spelled one of several ways, with typos, honorifics, initials, patronymic
markers, Zawgyi-encoded Burmese, the order changed, and birth dates known only roughly.

Thai and Sinhala family names are composed from a head and a tail, as the region composes
them (`more_names.compose`): Thai law gives each family its own surname, and a handful of
surnames would give every person dozens of namesakes no real registry has. Dhivehi names, a
given name and the father's, draw on a table of realistic size for the same reason.

Hard negatives are built in: siblings (same father and family name, another given name, a few
years apart), namesakes (same name, another birth date and father) and queries for people who
are not in the registry at all but share a name with someone who is.

Every query row carries its truth (`true_id`, empty when the person is not in the registry),
its query script and the errors applied, in a separate truth file.

    uv run python bench/identity/generate.py --registry 100000 --queries 5000 --out DIR
"""

import argparse
import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import icu
import more_names as more
from more_names import extend

from kembali.cases.demo.names import (
    AFGHANISTAN,
    BANGLADESH,
    MYANMAR,
    SRI_LANKA_SINHALA,
    SRI_LANKA_TAMIL,
)
from kembali.identity.matching.index import COLUMNS as INTERCHANGE_COLUMNS

Entry = tuple[str, list[str]]

MALDIVES = {
    "male": [
        ("މުޙައްމަދު", ["Mohamed", "Mohammed", "Muhammad"]),
        ("އިބްރާހީމް", ["Ibrahim", "Ibrahimu"]),
        ("އަޙްމަދު", ["Ahmed", "Ahmad"]),
        ("ޙުސައިން", ["Hussain", "Hussein", "Husain"]),
        ("ޢަލީ", ["Ali", "Alee"]),
        ("ޙަސަން", ["Hassan", "Hasan"]),
        ("އާދަމް", ["Adam", "Aadam"]),
        ("ޝިޔާމް", ["Shiyam", "Shiyaam"]),
        ("ނާޒިމް", ["Nazim", "Naazim"]),
        ("ރިޟްވާން", ["Rizwan", "Ridhwan"]),
    ],
    "female": [
        ("ޢާއިޝަތު", ["Aishath", "Aishat", "Aishathu"]),
        ("ފާޠިމަތު", ["Fathimath", "Fatimath"]),
        ("މަރްޔަމް", ["Mariyam", "Maryam"]),
        ("ޚަދީޖާ", ["Khadeeja", "Khadija"]),
        ("ޝިފާ", ["Shifa", "Shifaa"]),
        ("ޒުލައިޚާ", ["Zulaikha", "Zulaiha"]),
        ("ހައުލަތު", ["Haulath", "Hawlath"]),
    ],
    "places": [
        ("މާލެ", ["Male", "Maale"]),
        ("އައްޑޫ", ["Addu"]),
        ("ފުވައްމުލައް", ["Fuvahmulah", "Fuvammulah"]),
        ("ކުޅުދުއްފުށި", ["Kulhudhuffushi", "Kulhuduffushi"]),
    ],
}

THAILAND = {
    "male": [
        ("สมชาย", ["Somchai", "Somchay"]),
        ("สมศักดิ์", ["Somsak", "Somsack"]),
        ("ประเสริฐ", ["Prasert", "Prasoet"]),
        ("วิชัย", ["Wichai", "Vichai"]),
        ("สุรชัย", ["Surachai", "Surachay"]),
        ("อนุชา", ["Anucha", "Anuchar"]),
        ("ธนพล", ["Thanaphon", "Thanapol"]),
    ],
    "female": [
        ("สมศรี", ["Somsri", "Somsree"]),
        ("มาลี", ["Malee", "Mali"]),
        ("สุดา", ["Suda", "Sudaa"]),
        ("วันดี", ["Wandee", "Wandi"]),
        ("นงลักษณ์", ["Nongluck", "Nongluk"]),
        ("กาญจนา", ["Kanchana", "Karnjana"]),
    ],
    "family": [
        ("ศรีสุข", ["Srisuk", "Srisook"]),
        ("แก้วมณี", ["Kaewmanee", "Kaewmani"]),
        ("สุขสวัสดิ์", ["Suksawat", "Suksawad"]),
        ("บุญมา", ["Boonma", "Bunma"]),
        ("ทองดี", ["Thongdee", "Tongdee"]),
        ("จันทร์เพ็ญ", ["Chanpen", "Janpen"]),
        ("วงศ์สวัสดิ์", ["Wongsawat", "Vongsawat"]),
    ],
    "places": [
        ("กรุงเทพ", ["Bangkok", "Krung Thep"]),
        ("เชียงใหม่", ["Chiang Mai", "Chiangmai"]),
        ("ขอนแก่น", ["Khon Kaen", "Khonkaen"]),
        ("อุดรธานี", ["Udon Thani", "Udonthani"]),
    ],
}

BANGLADESH = extend(
    BANGLADESH, male=more.BENGALI_MALE, female=more.BENGALI_FEMALE, family=more.BENGALI_FAMILY
)
MYANMAR = extend(MYANMAR, male=more.BURMESE_MALE, female=more.BURMESE_FEMALE)
AFGHANISTAN = extend(
    AFGHANISTAN, male=more.AFGHAN_MALE, female=more.AFGHAN_FEMALE, family=more.AFGHAN_FAMILY
)
SRI_LANKA_SINHALA = extend(
    SRI_LANKA_SINHALA,
    male=more.SINHALA_MALE,
    female=more.SINHALA_FEMALE,
    family=more.SINHALA_FAMILY + more.SINHALA_COMPOSED,
)
THAILAND = extend(THAILAND, family=more.THAI_FAMILY)
MALDIVES = extend(MALDIVES, male=more.DHIVEHI_MALE, female=more.DHIVEHI_FEMALE)
SRI_LANKA_TAMIL = extend(
    SRI_LANKA_TAMIL, male=more.TAMIL_MALE, female=more.TAMIL_FEMALE, family=more.TAMIL_FAMILY
)

# (code, script label, nationality, table, shape). The shape says how a name is put together.
COUNTRIES = (
    ("bn", "Bengali", "BGD", BANGLADESH, "bengali"),
    ("my", "Burmese", "MMR", MYANMAR, "burmese"),
    ("ps", "Pashto/Dari", "AFG", AFGHANISTAN, "given_family"),
    ("si", "Sinhala", "LKA", SRI_LANKA_SINHALA, "given_family"),
    ("ta", "Tamil", "LKA", SRI_LANKA_TAMIL, "given_family"),
    ("dv", "Thaana", "MDV", MALDIVES, "given_given"),
    ("th", "Thai", "THA", THAILAND, "given_family"),
)
HONORIFICS = {
    "bn": (["Md.", "Haji"], ["Mst.", "Mosammat"]),
    "my": (["U", "Ko", "Maung"], ["Daw", "Ma"]),
    "ps": (["Haji", "Mullah"], ["Bibi"]),
    "si": (["Mr."], ["Mrs."]),
    "ta": (["Thiru"], ["Selvi", "Tmt."]),
    "dv": (["Mr."], ["Ms."]),
    "th": (["Mr."], ["Mrs."]),
}
_UNICODE_TO_ZAWGYI = icu.Transliterator.createInstance("my-Zawgyi")


@dataclass
class Person:
    pid: int
    country: tuple[str, str, str, dict, str]
    sex: str
    parts: list[Entry]
    father: list[Entry]
    mother: list[Entry]
    birth: tuple[int, int, int]
    place: Entry
    family: list[Entry] = field(default_factory=list)


def _pick(rng: random.Random, entries: list[Entry]) -> Entry:
    return rng.choice(entries)


def _given_name(rng: random.Random, country: tuple, sex: str, family: list[Entry]) -> list[Entry]:
    table, shape = country[3], country[4]
    pool = table["male"] if sex == "M" else table["female"]
    if shape == "burmese":
        return [_pick(rng, pool) for _ in range(rng.choice((2, 2, 3)))]
    if shape == "bengali":
        if sex == "M":
            first = [_pick(rng, pool)]
            if rng.random() < 0.5:
                first.append(_pick(rng, pool))
            return first + family
        return [_pick(rng, pool), *family]
    if shape == "given_given":
        return [_pick(rng, pool), _pick(rng, table["male"])]
    return [_pick(rng, pool), *family]


def _family_of(rng: random.Random, country: tuple, sex: str) -> list[Entry]:
    table, shape = country[3], country[4]
    if shape in ("burmese", "given_given"):
        return []
    if shape == "bengali" and sex == "F":
        return [_pick(rng, table.get("female_family", table["family"]))]
    return [_pick(rng, table["family"])]


def make_people(count: int, seed: int) -> list[Person]:
    """People in families: about a third have a sibling in the registry."""
    return list(stream_people(count, seed))


def stream_people(count: int, seed: int) -> Iterator[Person]:
    """make_people without holding them all: for registries of millions."""
    rng = random.Random(seed)
    made = 0
    while made < count:
        country = rng.choice(COUNTRIES)
        father_family = _family_of(rng, country, "M")
        father = _given_name(rng, country, "M", father_family)
        mother = _given_name(rng, country, "F", _family_of(rng, country, "F"))
        place = _pick(rng, country[3]["places"])
        base_year = rng.randint(1960, 2015)
        given_in_family: set[str] = set()
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            sex = rng.choice("MF")
            family = father_family if country[4] != "bengali" or sex == "M" else []
            if country[0] == "ta":
                # Tamil: the father's given name stands as the family name.
                family = [father[0]]
            if country[4] == "bengali" and sex == "F":
                family = _family_of(rng, country, "F")
            parts = _given_name(rng, country, sex, family)
            for _ in range(20):
                # Parents do not give two children the same name.
                if parts[0][0] not in given_in_family:
                    break
                parts = _given_name(rng, country, sex, family)
            given_in_family.add(parts[0][0])
            year = base_year + rng.randint(0, 10)
            birth = (year, rng.randint(1, 12), rng.randint(1, 28))
            yield Person(made, country, sex, parts, father, mother, birth, place)
            made += 1
            if made >= count:
                break


def native(parts: list[Entry]) -> str:
    script = parts[0][0] if parts else ""
    if script and "\u1000" <= script[0] <= "\u109f":
        # Burmese names are written without spaces between syllables more often than not.
        return "".join(p[0] for p in parts)
    return " ".join(p[0] for p in parts)


def common_latin(parts: list[Entry]) -> str:
    return " ".join(p[1][0] for p in parts)


def registry_row(person: Person, record_id: str, rng: random.Random) -> dict[str, str]:
    year, month, day = person.birth
    shape = rng.random()
    if shape < 0.75:
        birth = f"{year:04d}-{month:02d}-{day:02d}"
    elif shape < 0.87:
        birth = f"{year:04d}"
    else:
        birth = f"{year:04d}-01-01"
    form = rng.random()
    if form < 0.6:
        full = native(person.parts)
    elif form < 0.8:
        full = f"{native(person.parts)} | {common_latin(person.parts)}"
    else:
        full = common_latin(person.parts)
    place = person.place[0] if rng.random() < 0.6 else person.place[1][0]
    return {
        "id": record_id,
        "full_name": full,
        "sex": person.sex,
        "birth_date": birth,
        "birth_place": place,
        "nationality": person.country[2],
        "father_name": native(person.father) if rng.random() < 0.9 else "",
        "mother_name": native(person.mother) if rng.random() < 0.5 else "",
    }


_SPELLING_CHANGES = (
    ("oo", "u"),
    ("u", "oo"),
    ("ee", "i"),
    ("i", "ee"),
    ("ph", "f"),
    ("f", "ph"),
    ("v", "w"),
    ("w", "v"),
    ("q", "k"),
    ("k", "kh"),
    ("a", "o"),
    ("o", "a"),
    ("th", "t"),
    ("y", "i"),
    ("z", "j"),
    ("j", "z"),
)


def respell(word: str, rng: random.Random) -> str:
    """Another plausible romanisation: a vowel or digraph spelled the other common way."""
    options = [(a, b) for a, b in _SPELLING_CHANGES if a in word.lower()]
    if not options:
        return word
    a, b = rng.choice(options)
    lower = word.lower()
    at = lower.find(a, 1) if lower.find(a, 1) > 0 else lower.find(a)
    changed = lower[:at] + b + lower[at + len(a) :]
    return changed.capitalize()


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "double", "swap"))
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "double":
        return word[:at] + word[at] + word[at:]
    return word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]


def query_row(
    person: Person, query_id: str, rng: random.Random, latin: bool
) -> tuple[dict[str, str], list[str]]:
    errors: list[str] = []
    code = person.country[0]
    if latin:
        words = [rng.choice(p[1]) for p in person.parts]
        if rng.random() < 0.35:
            i = rng.randrange(len(words))
            words[i] = respell(words[i], rng)
            errors.append("respelled")
        if rng.random() < 0.1:
            i = rng.randrange(len(words))
            words[i] = typo(words[i], rng)
            errors.append("typo")
        if code == "ta" and len(words) > 1 and rng.random() < 0.4:
            # K. Sivakumar: the father's name as an initial, in front.
            words = [words[-1][0] + ".", *words[:-1]]
            errors.append("initial")
        elif len(words) > 2 and rng.random() < 0.1:
            words.pop(rng.randrange(1, len(words)))
            errors.append("dropped_part")
        if len(words) > 1 and rng.random() < 0.15:
            words = words[1:] + words[:1]
            errors.append("order")
        if code in ("bn", "ps") and person.sex == "M" and rng.random() < 0.1:
            words += ["bin", rng.choice(person.father[0][1])]
            errors.append("patronymic")
        name = " ".join(words)
    else:
        name = native(person.parts)
        if code == "my" and rng.random() < 0.3:
            name = _UNICODE_TO_ZAWGYI.transliterate(name)
            errors.append("zawgyi")
    if rng.random() < 0.2:
        male, female = HONORIFICS[code]
        name = rng.choice(male if person.sex == "M" else female) + " " + name
        errors.append("honorific")
    year, month, day = person.birth
    roll = rng.random()
    if roll < 0.55:
        birth = f"{year:04d}-{month:02d}-{day:02d}"
    elif roll < 0.7:
        birth, _ = f"{year:04d}", errors.append("year_only")
    elif roll < 0.78:
        birth, _ = f"{year:04d}-07-01", errors.append("placeholder_date")
    elif roll < 0.83 and day <= 12 and day != month:
        birth, _ = f"{year:04d}-{day:02d}-{month:02d}", errors.append("day_month_swapped")
    elif roll < 0.93:
        shift = rng.choice((-1, 1))
        birth, _ = f"{year + shift:04d}-{month:02d}-{day:02d}", errors.append("year_off_by_one")
    elif roll < 0.97:
        shift = rng.choice((-2, 2))
        birth, _ = f"{year + shift:04d}", errors.append("year_off_by_two")
    elif roll < 0.985:
        birth, _ = "", errors.append("no_date")
    else:
        # Given otherwise at another registration, or written down wrong: years apart.
        shift = rng.choice((-1, 1)) * rng.randint(3, 12)
        other_month, other_day = rng.randint(1, 12), rng.randint(1, 28)
        birth = f"{year + shift:04d}-{other_month:02d}-{other_day:02d}"
        errors.append("date_given_otherwise")
    place = ""
    if rng.random() < 0.6:
        place = rng.choice(person.place[1]) if latin else person.place[0]
    father = ""
    if rng.random() < 0.5:
        father = (
            " ".join(rng.choice(p[1]) for p in person.father) if latin else native(person.father)
        )
    row = {
        "id": query_id,
        "full_name": name,
        "sex": person.sex if rng.random() < 0.95 else "",
        "birth_date": birth,
        "birth_place": place,
        "nationality": person.country[2],
        "father_name": father,
        "mother_name": "",
    }
    return row, errors or ["clean"]


def namesake(person: Person, rng: random.Random) -> Person:
    """Someone else of the same name: another birth year, another father."""
    others = make_people(60, rng.randrange(10**9))
    other = next((p for p in others if p.country == person.country), others[0])
    year = person.birth[0] + rng.choice((-1, 1)) * rng.randint(3, 15)
    return Person(
        -1,
        person.country,
        person.sex,
        person.parts,
        other.father if other.country == person.country else person.father[:1] + other.father[1:],
        other.mother,
        (year, rng.randint(1, 12), rng.randint(1, 28)),
        person.place,
    )


def write_csv(path: Path, rows: list[dict[str, str]], columns: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


COLUMNS = list(INTERCHANGE_COLUMNS)


def generate_search(out: Path, registry_size: int, query_count: int, seed: int = 7) -> None:
    """registry.csv, queries.csv and truth.csv (query_id,true_id,script,latin,errors)."""
    rng = random.Random(seed)
    people = make_people(registry_size, seed)
    registry = [registry_row(p, f"R{p.pid:08d}", rng) for p in people]
    # Latin-only registry entries for the reverse direction (native queries, Latin registry).
    write_csv(out / "registry.csv", registry, COLUMNS)
    queries, truth = [], []
    for number in range(query_count):
        person = rng.choice(people)
        latin = rng.random() < 0.65
        absent = rng.random() < 0.2
        query_id = f"Q{number:07d}"
        subject = namesake(person, rng) if absent else person
        row, errors = query_row(subject, query_id, rng, latin)
        queries.append(row)
        record = registry[person.pid]
        registry_latin = "|" not in record["full_name"] and record["full_name"].isascii()
        truth.append(
            {
                "query_id": query_id,
                "true_id": "" if absent else f"R{person.pid:08d}",
                "script": person.country[1],
                "query_latin": "yes" if latin else "no",
                "registry_latin": "yes" if registry_latin else "no",
                "errors": "+".join(["namesake_absent"] if absent else errors),
            }
        )
    write_csv(out / "queries.csv", queries, COLUMNS)
    write_csv(
        out / "truth.csv",
        truth,
        ["query_id", "true_id", "script", "query_latin", "registry_latin", "errors"],
    )


def generate_dedupe(out: Path, people_count: int, seed: int = 11) -> None:
    """cases.csv (a case registry with the same person registered two or three times under
    other spellings) and clusters.csv (id,person,script,writing,errors): the person's script,
    whether the record's name is in Latin letters, the native script or both, and the errors
    of a second or third registration (none for the first)."""
    rng = random.Random(seed)
    people = make_people(people_count, seed)
    rows, truth = [], []
    for person in people:
        copies = rng.choice((1, 1, 1, 2, 2, 3))
        for copy in range(copies):
            case_id = f"C{person.pid:08d}-{copy}"
            errors: list[str] = []
            if copy == 0:
                row = registry_row(person, case_id, rng)
            else:
                row, errors = query_row(person, case_id, rng, latin=rng.random() < 0.7)
            rows.append(row)
            name = row["full_name"]
            writing = "both" if "|" in name else "latin" if name.isascii() else "native"
            truth.append(
                {
                    "id": case_id,
                    "person": str(person.pid),
                    "script": person.country[1],
                    "writing": writing,
                    "errors": "+".join(errors),
                }
            )
    rng.shuffle(rows)
    write_csv(out / "cases.csv", rows, COLUMNS)
    write_csv(out / "clusters.csv", truth, ["id", "person", "script", "writing", "errors"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--registry", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=5_000)
    parser.add_argument("--dedupe-people", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    generate_search(args.out, args.registry, args.queries, args.seed)
    if args.dedupe_people:
        generate_dedupe(args.out, args.dedupe_people, args.seed + 4)


if __name__ == "__main__":
    main()
