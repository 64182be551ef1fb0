"""Search end to end on names the generator does not hold: a registry and queries built from
the held-out names alone (`heldout.py`'s rounds), written with an error model of their own,
indexed and searched through the command line as `run.py` does.

    uv run --group bench python bench/identity/heldout_region.py [--work DIR]

`heldout.py` asks whether two spellings of one name meet; this asks what a search makes of
whole records built from such names: whether the person comes first, whether a `match` is
ever wrong when the names, their frequencies and the mistakes are not the generator's.

- A person's name is two or three held-out parts of one nation (one or two for Burmese, whose
  entries are names of several syllables), common ones drawn more often (a Zipf law over a
  seeded order), or now and then one of the whole names public sources and documents print.
  A father of two parts, drawn evenly; a sibling now and then (one father, one family name,
  another given name).
- Namesakes are born three years or more apart, where a year is left (the commonest Burmese
  entries run out): two people of one name born close together are told apart by nothing a
  record holds, whatever the system (`ambiguity.py` counts such queries in `run.py`'s data);
  here the engine is measured, not chance.
- The registry writes a person in the native script, in Latin letters, or both; queries
  spell the names another held-out way where there is one, and carry mistakes of their own
  (a slip of the keys, another order, a part left out, dates given otherwise).
- A fifth of queries are for someone not in the registry of a registry person's whole name
  (another father, born years apart): a `match` on one is wrong.
- The generator's own people (`--background`, drawn as `run.py` draws them) fill the registry
  around them, so the held-out people are searched among a region's names, not alone.
- Then a dedupe (`--dedupe-people`, 0 for none): other held-out people registered once, twice
  or three times (the first as a registry writes a person, the others as a caseworker
  elsewhere does) among the generator's people registered once, clustered by `kembali
  identity dedupe` and scored pair by pair as `run.py` scores its own.
"""

import argparse
import csv
import random
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from evaluate import pairwise_by_group, read_results, score_search  # noqa: E402
from generate import COLUMNS, make_people, registry_row, write_csv  # noqa: E402
from heldout import ROUNDS  # noqa: E402

Part = tuple[str, list[str]]


@dataclass(frozen=True)
class Nation:
    code: str
    script: str
    parts: list[Part]
    whole: list[Part]


@dataclass(frozen=True)
class Person:
    pid: int
    nation: Nation
    name: list[Part]
    father: list[Part]
    sex: str
    birth: tuple[int, int, int]


def nations() -> list[Nation]:
    """The held-out names of each nation: single parts, and whole names (two words or more)."""
    parts: dict[tuple[str, str], dict[str, list[str]]] = {}
    whole: dict[tuple[str, str], dict[str, list[str]]] = {}
    for rounds in ROUNDS.values():
        for key, names in rounds.items():
            for native, spellings in names:
                table = whole if " " in native.strip() else parts
                known = table.setdefault(key, {}).setdefault(native.strip(), [])
                known += [s for s in spellings if s not in known]
    return [
        Nation(code, script, sorted(found.items()), sorted(whole.get((code, script), {}).items()))
        for (code, script), found in sorted(parts.items())
    ]


def zipf(rng: random.Random, entries: list[Part]) -> Part:
    """An entry drawn as names are held: the first in the (seeded) order most often."""
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(entries))]
    return rng.choices(entries, weights)[0]


def make_person(
    pid: int, nation: Nation, rng: random.Random, unlike: Sequence[Part] = ()
) -> Person:
    """A person of the nation; `unlike`: a father none of whose names the person's has."""
    # A whole name is a public figure's: a few namesakes each, not a common name's many.
    if rng.random() < min(0.2, 0.003 * len(nation.whole)):
        name = [rng.choice(nation.whole)]
    else:
        # A Burmese name's held-out entries are names of one to three syllables each.
        count = rng.choice((1, 2)) if nation.code == "MMR" else rng.choice((2, 2, 3))
        name = [zipf(rng, nation.parts) for _ in range(count)]
    # Fathers drawn evenly: two people of one name are of one father rarely, as in life.
    spelled = {spelling.lower() for _, spellings in unlike for spelling in spellings}
    others = [p for p in nation.parts if not spelled & {s.lower() for s in p[1]}]
    father = [rng.choice(others) for _ in range(2)]
    birth = (rng.randint(1950, 2012), rng.randint(1, 12), rng.randint(1, 28))
    return Person(pid, nation, name, father, rng.choice("MF"), birth)


def sibling(pid: int, person: Person, rng: random.Random) -> Person:
    """One father and family name, another given name, born a few years apart."""
    others = [part for part in person.nation.parts if part not in person.name]
    given = [zipf(rng, others) for _ in range(max(1, len(person.name) - 1))]
    family = person.name[-1:] if len(person.name) > 1 else [zipf(rng, person.nation.parts)]
    year = person.birth[0] + rng.choice((-1, 1)) * rng.randint(1, 8)
    birth = (year, rng.randint(1, 12), rng.randint(1, 28))
    return Person(pid, person.nation, given + family, person.father, rng.choice("MF"), birth)


def namesake(pid: int, person: Person, born: list[int], rng: random.Random) -> Person | None:
    """Someone else of the same whole name, of another father, born three years or more
    from every registry person of the name (`born`: their years); None if no year is."""
    other = make_person(pid, person.nation, rng, unlike=person.father)
    years = [y for y in range(1950, 2013) if all(abs(y - b) >= 3 for b in born)]
    if not years:
        return None
    birth = (rng.choice(years), rng.randint(1, 12), rng.randint(1, 28))
    return Person(pid, person.nation, person.name, other.father, person.sex, birth)


def _name(person: Person) -> tuple[str, ...]:
    return tuple(native for native, _ in person.name)


def born_apart(
    person: Person, years: dict[tuple[str, ...], list[int]], rng: random.Random
) -> Person:
    """The person, born three years or more from every earlier person of the same name where
    twenty draws of a year find such a year (a name held by dozens, as the commonest Burmese
    entries are, runs out of years): namesakes born close together are told apart by nothing
    a record holds, for any system, and this measures the engine, not chance (`ambiguity.py`
    counts them in `run.py`'s data)."""
    born = years.setdefault(_name(person), [])
    for _ in range(20):
        if all(abs(person.birth[0] - b) >= 3 for b in born):
            break
        birth = (rng.randint(1950, 2012), *person.birth[1:])
        person = Person(person.pid, person.nation, person.name, person.father, person.sex, birth)
    born.append(person.birth[0])
    return person


def in_script(parts: list[Part], rng: random.Random) -> str:
    words = [native for native, _ in parts]
    if words and "\u1000" <= words[0][0] <= "\u109f" and rng.random() < 0.7:
        return "".join(words)
    return " ".join(words)


def in_latin(parts: list[Part], rng: random.Random, avoid: str = "") -> str:
    """The parts spelled one of their held-out ways; another way than `avoid` where one is."""
    for _ in range(4):
        written = " ".join(rng.choice(spellings) for _, spellings in parts)
        if written != avoid:
            break
    return written


def mistyped(word: str, rng: random.Random) -> str:
    """One slip of the keys: a letter doubled, a vowel left out, two letters swapped."""
    if len(word) < 4:
        return word
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("double", "vowel", "swap"))
    if kind == "double":
        return word[:at] + word[at] + word[at:]
    if kind == "vowel":
        vowels = [i for i in range(1, len(word)) if word[i] in "aeiou"]
        if vowels:
            at = rng.choice(vowels)
            return word[:at] + word[at + 1 :]
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def recorded(person: Person, rng: random.Random) -> tuple[dict[str, str], bool]:
    """A registry row for the person, and whether it is written in Latin letters only."""
    year, month, day = person.birth
    shape = rng.random()
    birth = (
        f"{year:04d}-{month:02d}-{day:02d}"
        if shape < 0.7
        else f"{year:04d}"
        if shape < 0.85
        else f"{year:04d}-01-01"
    )
    form = rng.random()
    script, latin = in_script(person.name, rng), in_latin(person.name, rng)
    full = script if form < 0.55 else f"{script} | {latin}" if form < 0.75 else latin
    father = ""
    if rng.random() < 0.8:
        father = in_latin(person.father, rng) if form >= 0.75 else in_script(person.father, rng)
    row = {
        "id": f"H{person.pid:07d}",
        "full_name": full,
        "sex": person.sex,
        "birth_date": birth,
        "birth_place": "",
        "nationality": person.nation.code,
        "father_name": father,
        "mother_name": "",
    }
    return row, form >= 0.75


def asked(
    person: Person, query_id: str, record: dict[str, str], latin: bool, rng: random.Random
) -> tuple[dict[str, str], list[str]]:
    """A query for the person as a caseworker elsewhere writes it, and its mistakes."""
    errors = []
    name = list(person.name)
    if len(name) > 2 and rng.random() < 0.05:
        name.pop(rng.randrange(len(name)))
        errors.append("dropped_part")
    if len(name) > 1 and rng.random() < 0.1:
        name = name[-1:] + name[:-1]
        errors.append("order")
    if latin:
        words = in_latin(name, rng, avoid=record["full_name"]).split()
        if rng.random() < 0.08:
            at = rng.randrange(len(words))
            words[at] = mistyped(words[at], rng)
            errors.append("typo")
        full = " ".join(words)
    else:
        full = in_script(name, rng)
    year, month, day = person.birth
    roll = rng.random()
    birth = f"{year:04d}-{month:02d}-{day:02d}"
    for share, error, written in (
        (0.50, "", birth),
        (0.65, "year_only", f"{year:04d}"),
        (0.80, "year_off_by_one", f"{year + rng.choice((-1, 1)):04d}-{month:02d}-{day:02d}"),
        (0.87, "placeholder_date", f"{year:04d}-01-01"),
        (0.92, "day_month_swapped", f"{year:04d}-{day:02d}-{month:02d}" if day <= 12 else birth),
        (1.00, "no_date", ""),
    ):
        if roll < share:
            birth = written
            errors += [error] if error else []
            break
    father = ""
    if rng.random() < 0.5:
        father = in_latin(person.father, rng) if latin else in_script(person.father, rng)
    row = {
        "id": query_id,
        "full_name": full,
        "sex": person.sex if rng.random() < 0.95 else "",
        "birth_date": birth,
        "birth_place": "",
        "nationality": person.nation.code,
        "father_name": father,
        "mother_name": "",
    }
    return row, errors or ["clean"]


def region(count: int, rng: random.Random) -> tuple[list[Person], dict[tuple[str, ...], list[int]]]:
    """The held-out people, siblings among them, and the birth years of each name."""
    found = nations()
    for nation in found:
        rng.shuffle(nation.parts)
        rng.shuffle(nation.whole)
    weights = [len(n.parts) + len(n.whole) for n in found]
    people: list[Person] = []
    years: dict[tuple[str, ...], list[int]] = {}
    while len(people) < count:
        person = make_person(len(people), rng.choices(found, weights)[0], rng)
        people.append(born_apart(person, years, rng))
        if rng.random() < 0.15 and len(people) < count:
            people.append(born_apart(sibling(len(people), person, rng), years, rng))
    return people, years


def build_cases(work: Path, people_count: int, background: int, seed: int) -> None:
    """cases.csv: held-out people registered once, twice or three times (the first as a
    registry writes a person, the others as a caseworker elsewhere does), among the
    generator's people registered once; clusters.csv, who is who (`generate_dedupe`'s form)."""
    rng = random.Random(seed)
    people, _ = region(people_count, rng)
    rows, truth = [], []
    for person in people:
        first, _ = recorded(person, rng)
        for copy in range(rng.choice((1, 1, 2, 2, 3))):
            errors: list[str] = []
            case_id = f"{first['id']}-{copy}"
            if copy == 0:
                row = {**first, "id": case_id}
            else:
                row, errors = asked(person, case_id, first, rng.random() < 0.7, rng)
            name = row["full_name"]
            writing = "both" if "|" in name else "latin" if name.isascii() else "native"
            rows.append(row)
            truth.append(
                {
                    "id": case_id,
                    "person": first["id"],
                    "script": person.nation.script,
                    "writing": writing,
                    "errors": "+".join(e for e in errors if e != "clean"),
                }
            )
    for other in make_people(background, seed + 1):
        row = registry_row(other, f"R{other.pid:08d}", rng)
        rows.append(row)
        writing = "latin" if row["full_name"].isascii() else "native"
        truth.append(
            {
                "id": row["id"],
                "person": row["id"],
                "script": "background",
                "writing": writing,
                "errors": "",
            }
        )
    rng.shuffle(rows)
    write_csv(work / "cases.csv", rows, COLUMNS)
    write_csv(work / "clusters.csv", truth, ["id", "person", "script", "writing", "errors"])


def build(work: Path, people_count: int, query_count: int, background: int, seed: int) -> None:
    rng = random.Random(seed)
    people, years = region(people_count, rng)
    rows, latin_only = zip(*(recorded(p, rng) for p in people), strict=True)
    registry = [
        registry_row(p, f"R{p.pid:08d}", rng) for p in make_people(background, seed + 1)
    ] + list(rows)
    write_csv(work / "registry.csv", registry, COLUMNS)
    queries, truth = [], []
    for number in range(query_count):
        person = rng.choice(people)
        subject = person
        if rng.random() < 0.2:
            subject = namesake(people_count + number, person, years[_name(person)], rng) or person
        absent = subject is not person
        registry_latin = latin_only[person.pid]
        # Latin-only records are asked for in the script as often as not; the rest mostly in
        # Latin letters, as caseworkers abroad type them.
        latin = rng.random() < (0.5 if registry_latin else 0.7)
        query_id = f"Q{number:07d}"
        row, errors = asked(subject, query_id, rows[person.pid], latin, rng)
        queries.append(row)
        truth.append(
            {
                "query_id": query_id,
                "true_id": "" if absent else rows[person.pid]["id"],
                "script": person.nation.script,
                "query_latin": "yes" if latin else "no",
                "registry_latin": "yes" if registry_latin else "no",
                "errors": "namesake_absent" if absent else "+".join(errors),
            }
        )
    write_csv(work / "queries.csv", queries, COLUMNS)
    columns = ["query_id", "true_id", "script", "query_latin", "registry_latin", "errors"]
    write_csv(work / "truth.csv", truth, columns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=HERE / ".data" / "heldout_region")
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=4_000)
    parser.add_argument("--background", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--dedupe-people", type=int, default=10_000, help="0: no dedupe")
    parser.add_argument("--dedupe-background", type=int, default=10_000)
    args = parser.parse_args()
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    build(work, args.people, args.queries, args.background, args.seed)
    cli = [sys.executable, "-m", "kembali.cli", "identity"]
    index, out = work / "ix", work / "search.csv"
    registry, queries = str(work / "registry.csv"), str(work / "queries.csv")
    for command in (
        [*cli, "index", "--registry", registry, "--index", str(index), "--quiet-progress"],
        [
            *cli,
            "search",
            "--index",
            str(index),
            "--queries",
            queries,
            "--out",
            str(out),
            "--quiet-progress",
        ],
    ):
        subprocess.run(command, check=True)
    report = score_search(work / "truth.csv", read_results(out))
    print("| group | queries | recall@1 | recall@10 | `match` precision | `match` recall |")
    print("|---|---|---|---|---|---|")
    for group, scores in [("all", report.overall), *sorted(report.by.items())]:
        row = scores.row()
        print(f"| {group} | {' | '.join(row.values())} |")
    if not args.dedupe_people:
        return
    build_cases(work, args.dedupe_people, args.dedupe_background, args.seed + 2)
    clusters_out = work / "dedupe.csv"
    cases = str(work / "cases.csv")
    dedupe = [*cli, "dedupe", "--input", cases, "--out", str(clusters_out), "--quiet-progress"]
    subprocess.run(dedupe, check=True)
    with clusters_out.open(encoding="utf-8") as handle:
        clusters = {r["id"]: r["cluster_id"] for r in csv.DictReader(handle)}
    by_group = pairwise_by_group(work / "clusters.csv", clusters)
    print()
    print("| dedupe group | true pairs | precision | recall | F1 |")
    print("|---|---|---|---|---|")
    for group, scores in sorted(by_group.items(), key=lambda item: (item[0] != "all", item[0])):
        if scores.true_pairs or group == "all":
            precision, recall, f1 = scores.scores
            print(f"| {group} | {scores.true_pairs} | {precision:.4f} | {recall:.4f} | {f1:.4f} |")


if __name__ == "__main__":
    main()
