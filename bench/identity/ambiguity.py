"""How many search queries no system could match with certainty: a ceiling for `match` recall.

A query is *ambiguous* when the registry holds, besides the person, someone of exactly the same
name and sex whose recorded birth date agrees with the query's at least as well as the
person's own does (within `--margin` bits of the engine's date weights): nothing but the
name and the date tells them apart, and those agree. A `match` on such a query is a guess.
Only exact namesakes are counted, so the ceiling is generous: namesakes spelled another way,
and people absent from the registry, make more queries doubtful still.

    uv run --group bench python bench/identity/ambiguity.py --work bench/identity/.data

Reads the files `run.py` wrote (registry.csv, queries.csv, truth.csv) and regenerates the
registry's people from the same seed and size.
"""

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import make_people  # noqa: E402

from kembali.identity.matching.dates import compare_dates, parse_birth_date  # noqa: E402

DATE_ERRORS = (
    "year_only",
    "placeholder_date",
    "day_month_swapped",
    "year_off_by_one",
    "year_off_by_two",
    "no_date",
    "date_given_otherwise",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, default=HERE / ".data")
    parser.add_argument("--registry", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--margin", type=float, default=2.0)
    args = parser.parse_args()

    people = make_people(args.registry, args.seed)
    with (args.work / "registry.csv").open(encoding="utf-8") as handle:
        recorded = {
            row["id"]: parse_birth_date(row["birth_date"]) for row in csv.DictReader(handle)
        }
    with (args.work / "queries.csv").open(encoding="utf-8") as handle:
        queries = {row["id"]: row for row in csv.DictReader(handle)}
    with (args.work / "truth.csv").open(encoding="utf-8") as handle:
        truth = [row for row in csv.DictReader(handle) if row["true_id"]]

    namesakes = defaultdict(list)
    for person in people:
        namesakes[(tuple(p[0] for p in person.parts), person.sex)].append(person)

    total: Counter[str] = Counter()
    ambiguous: Counter[str] = Counter()
    for row in truth:
        person = people[int(row["true_id"][1:])]
        asked = parse_birth_date(queries[row["query_id"]]["birth_date"])
        kind = next((e for e in row["errors"].split("+") if e in DATE_ERRORS), "exact date")
        total[kind] += 1
        own = compare_dates(asked, recorded[row["true_id"]]).bits
        for other in namesakes[(tuple(p[0] for p in person.parts), person.sex)]:
            if other.pid == person.pid:
                continue
            if compare_dates(asked, recorded[f"R{other.pid:08d}"]).bits >= own - args.margin:
                ambiguous[kind] += 1
                break

    print("| query's birth date | queries in the registry | ambiguous | share |")
    print("|---|---|---|---|")
    for kind, count in total.most_common():
        print(f"| {kind} | {count} | {ambiguous[kind]} | {ambiguous[kind] / count:.3f} |")
    share = sum(ambiguous.values()) / sum(total.values())
    print(f"| all | {sum(total.values())} | {sum(ambiguous.values())} | {share:.3f} |")
    print(f"\nCeiling for `match` recall at full precision: {1 - share:.3f}")


if __name__ == "__main__":
    main()
