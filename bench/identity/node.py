"""The app's duplicate search on a node of the size of a small office: the "possible
duplicates" a case page shows, for every person of a node drawn from the benchmark's dedupe
file (`run.py` writes it), scored against the truth.

    uv run --group bench python bench/identity/node.py --work DIR [--sizes 150 400 900 2500]

Each size is a node of its own: a new SQLite database under DIR, migrated, holding the first
N records of DIR/cases.csv by id (a person's copies share an id before the dash, so a node
holds all the copies of its people) as people of one organisation, their keys stored as the
app stores them. Every person's duplicates are then asked for as the case page asks
(`find_duplicates`). A pair counts once, whichever of its two people proposed it. Printed:
the pairs proposed (and how many a record), the precision and recall of those pairs
(`review` or `match`) and of the `match` ones, and the time a record's search took.
"""

import argparse
import csv
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def setup_django(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kembali.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)


def load(rows: list[dict[str, str]]) -> dict[str, str]:
    """The rows as people of one organisation, their keys stored; person pk → row id."""
    from kembali.accounts.models import Organisation, OrganisationType
    from kembali.cases.models import NameKind, Person, PersonName
    from kembali.identity.matching.compare import read_record
    from kembali.identity.records import refresh_keys

    holder = Organisation.objects.create(
        name="Benchmark office", type=OrganisationType.PARTNER_NGO, country="MYS"
    )
    row_of: dict[str, str] = {}
    for row in rows:
        record, _ = read_record(row)
        birth, precision = None, ""
        if record.birth_date is not None:
            value = record.birth_date
            birth = date(value.year, value.month or 1, value.day or 1)
            precision = "day" if value.day else "month" if value.month else "year"
        person = Person.objects.create(
            holder=holder,
            sex=record.sex,
            birth_date=birth,
            birth_date_precision=precision,
            birth_place=record.birth_place,
            father_name=record.father_name,
            mother_name=record.mother_name,
            nationality_claimed=record.nationality,
        )
        for position, text in enumerate(record.names):
            PersonName.objects.create(
                person=person, text=text, script="Zyyy", kind=NameKind.AS_STATED, position=position
            )
        row_of[str(person.pk)] = row["id"]
    refresh_keys(Person.objects.prefetch_related("names"))
    return row_of


def measure(rows: list[dict[str, str]]) -> dict[str, float]:
    from kembali.cases.models import Person
    from kembali.identity.records import find_duplicates

    row_of = load(rows)
    proposed: dict[tuple[str, str], str] = {}
    started = time.perf_counter()
    people = list(Person.objects.prefetch_related("names"))
    for person in people:
        for other, comparison in find_duplicates(person):
            first, second = sorted((row_of[str(person.pk)], row_of[str(other.pk)]))
            if proposed.get((first, second)) != "match":
                proposed[first, second] = comparison.decision
    seconds = time.perf_counter() - started
    members = Counter(row_id.rsplit("-", 1)[0] for row_id in row_of.values())
    true_pairs = sum(n * (n - 1) // 2 for n in members.values())

    def same(pair: tuple[str, str]) -> bool:
        return pair[0].rsplit("-", 1)[0] == pair[1].rsplit("-", 1)[0]

    right = sum(map(same, proposed))
    matches = [pair for pair, decision in proposed.items() if decision == "match"]
    right_matches = sum(map(same, matches))
    return {
        "records": len(people),
        "people": len(members),
        "true_pairs": true_pairs,
        "proposed": len(proposed),
        "per_record": len(proposed) * 2 / len(people),
        "precision": right / len(proposed) if proposed else 1.0,
        "recall": right / true_pairs if true_pairs else 1.0,
        "matches": len(matches),
        "match_precision": right_matches / len(matches) if matches else 1.0,
        "match_recall": right_matches / true_pairs if true_pairs else 1.0,
        "ms_per_record": seconds * 1000 / len(people),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True, help="run.py's work directory")
    parser.add_argument("--sizes", type=int, nargs="+", default=[150, 400, 900, 2500])
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    with (args.work / "cases.csv").open(encoding="utf-8") as handle:
        # Sorted by id, records of one person come together (the file holds them shuffled).
        rows = sorted(csv.DictReader(handle), key=lambda row: row["id"])
    if args.size:
        # One node in this process: Django is set up once a process.
        database = args.work / f"node-{args.size}.sqlite3"
        setup_django(database)
        result = measure(rows[: args.size])
        print(",".join(f"{key}={value}" for key, value in result.items()))
        from django.db import connections

        connections.close_all()
        for leftover in args.work.glob(database.name + "*"):
            leftover.unlink()
        return
    print(
        "| node | records (people) | true pairs | proposed (per record) | precision | recall | "
        "`match` (precision / recall) | ms a record |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for size in args.sizes:
        out = (
            subprocess.run(
                [sys.executable, __file__, "--work", str(args.work), "--size", str(size)],
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        r = dict(item.split("=") for item in out.split(","))
        print(
            f"| {size} | {r['records']} ({r['people']}) | {r['true_pairs']} | "
            f"{r['proposed']} ({float(r['per_record']):.2f}) | {float(r['precision']):.3f} | "
            f"{float(r['recall']):.3f} | {r['matches']} ({float(r['match_precision']):.3f} / "
            f"{float(r['match_recall']):.3f}) | {float(r['ms_per_record']):.0f} |"
        )


if __name__ == "__main__":
    main()
