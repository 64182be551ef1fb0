"""Why a dedupe missed the pairs it missed, and what its wrong pairs are: every pair of one
person's records placed in two clusters, told by what kept it apart; every pair of two
people's records placed in one, told by how it was joined.

    uv run --group bench python bench/identity/dedupe_misses.py --work DIR

`DIR` is a `run.py` work directory (cases.csv, clusters.csv and dedupe_kembali.csv), or give
the three files. The engine's own rules are asked, in the order a dedupe asks them, so what
this counts is what the dedupe did: a pair is a candidate or not (`_candidates_of`); its
birth dates are years apart; the recorded sex differs; a parent's name disagrees (asked
before the names unless a name gives a father's, bin …); its names do not align as wholes;
a parent's name disagrees then; nothing but the name agrees; a record without a birth date
whose name fits others as well (`_named_alone`); its score is below the link threshold; or
it would link, and the two groups were kept apart when they met (`_split`). Which of these a
better engine could win, and which no record tells apart, is for the reader to judge from
the examples.
"""

import argparse
import csv
import random
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from kembali.identity.matching import batch

REASONS = {
    "dates": "birth dates years apart",
    "names": "names do not align as wholes",
    "parent": "a parent's name disagrees",
    "sex": "the recorded sex differs",
    "name_only": "nothing but the name agrees",
    "name_alone": "no birth date, and the name fits others as well, or groups kept apart",
    "low": "score below the link threshold",
    "kept_apart": "would link: groups kept apart, or never compared",
}


def read(path: Path, column: str) -> dict[str, str]:
    with path.open(encoding="utf-8") as handle:
        return {row["id"]: row[column] for row in csv.DictReader(handle)}


def reason(first: batch.Prepared, second: batch.Prepared) -> str:
    """What keeps two records from a link, by the dedupe's own rules (`batch._pair_score`);
    "kept_apart" when nothing does."""
    score, corroborated, ruled_out = batch._pair_score(first, second, {})
    if ruled_out:
        return ruled_out
    if not corroborated:
        undated = first.record.birth_date is None or second.record.birth_date is None
        return "name_alone" if undated and score >= batch.DEDUPE_SCORE else "name_only"
    return "low" if score < batch.DEDUPE_SCORE else "kept_apart"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path)
    parser.add_argument("--cases", type=Path)
    parser.add_argument("--truth", type=Path, help="id,person[,errors] (run.py's clusters.csv)")
    parser.add_argument("--clusters", type=Path, help="id,cluster_id (the dedupe's output)")
    parser.add_argument("--examples", type=int, default=0, help="examples to print per reason")
    args = parser.parse_args()
    cases = args.cases or args.work / "cases.csv"
    truth_path = args.truth or args.work / "clusters.csv"
    person = read(truth_path, "person")
    with truth_path.open(encoding="utf-8") as handle:
        errors = {row["id"]: row.get("errors", "") for row in csv.DictReader(handle)}
    found = read(args.clusters or args.work / "dedupe_kembali.csv", "cluster_id")

    directory = Path(tempfile.mkdtemp(prefix="kembali-misses-"))
    batch.index_file(cases, directory, processes=1)
    batch._open_worker(str(directory))
    index = batch._WORKER_INDEX
    assert index is not None
    ids = index.ids()
    row_of = {record_id: row for row, record_id in enumerate(ids)}
    spans = [(start, min(start + batch.SPAN, len(ids))) for start in range(0, len(ids), batch.SPAN)]
    candidates = set(np.concatenate([batch._candidates_of(span) for span in spans]).tolist())
    records = dict(enumerate(index.fetch(np.arange(len(ids)))))

    def pair_of(a: str, b: str) -> tuple[int, int, bool]:
        one, two = sorted((row_of[a], row_of[b]))
        return one, two, (one << 32 | two) in candidates

    members: dict[str, list[str]] = defaultdict(list)
    for record_id, who in person.items():
        members[who].append(record_id)
    missed: Counter[tuple[str, bool]] = Counter()
    by_error: dict[str, Counter[str]] = defaultdict(Counter)
    by_nation: dict[str, Counter[tuple[str, bool]]] = defaultdict(Counter)
    examples: dict[str, list[tuple[str, str]]] = defaultdict(list)
    true_pairs = 0
    for ids_of_one in members.values():
        for i, a in enumerate(ids_of_one):
            for b in ids_of_one[i + 1 :]:
                true_pairs += 1
                if found[a] == found[b]:
                    continue
                one, two, candidate = pair_of(a, b)
                why = reason(records[one], records[two])
                missed[why, candidate] += 1
                for error in {*errors[a].split("+"), *errors[b].split("+")} - {""}:
                    by_error[error][why] += 1
                by_nation[records[one].record.nationality or "-"][why, candidate] += 1
                examples[why].append((a, b))

    clusters: dict[str, list[str]] = defaultdict(list)
    for record_id, cluster in found.items():
        clusters[cluster].append(record_id)
    wrong: Counter[str] = Counter()
    for cluster_members in clusters.values():
        for i, a in enumerate(cluster_members):
            for b in cluster_members[i + 1 :]:
                if person[a] == person[b]:
                    continue
                one, two, candidate = pair_of(a, b)
                score = batch._pair_score(records[one], records[two], {})[0]
                same_name = records[one].record.names == records[two].record.names
                how = "linked" if candidate and score >= batch.DEDUPE_SCORE else "through others"
                written = "names written alike" if same_name else "names written otherwise"
                wrong[f"{how}, {written}"] += 1
                examples["wrong: " + how].append((a, b))

    total_missed = sum(missed.values())
    print(f"{true_pairs} true pairs, {total_missed} missed ({total_missed / true_pairs:.1%})\n")
    print("| why missed | a candidate | not a candidate | share of true pairs |")
    print("|---|---|---|---|")
    for code, text in REASONS.items():
        yes, no = missed[code, True], missed[code, False]
        print(f"| {text} | {yes} | {no} | {(yes + no) / true_pairs:.1%} |")
    if by_error:
        print("\n| error either record carries | missed | most often because |")
        print("|---|---|---|")
        for error, counts in sorted(by_error.items(), key=lambda item: -sum(item[1].values())):
            top = ", ".join(f"{REASONS[c]} {n}" for c, n in counts.most_common(2))
            print(f"| {error} | {sum(counts.values())} | {top} |")
    print("\n| nationality | missed | not a candidate | most often because |")
    print("|---|---|---|---|")
    for nation, counts in sorted(by_nation.items(), key=lambda item: -sum(item[1].values())):
        reasons: Counter[str] = Counter()
        for (code, _candidate), n in counts.items():
            reasons[code] += n
        top = ", ".join(f"{REASONS[c]} {n}" for c, n in reasons.most_common(2))
        apart = sum(n for (_code, candidate), n in counts.items() if not candidate)
        print(f"| {nation} | {sum(counts.values())} | {apart} | {top} |")
    print(f"\n{sum(wrong.values())} wrong pairs\n")
    print("| wrong pair | pairs |")
    print("|---|---|")
    for how, count in wrong.most_common():
        print(f"| {how} | {count} |")
    rng = random.Random(1)
    with cases.open(encoding="utf-8") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    for code, pairs in examples.items() if args.examples else ():
        print(f"\n{REASONS.get(code, code)}:")
        for a, b in rng.sample(pairs, min(args.examples, len(pairs))):
            for record_id in (a, b):
                shown = {k: v for k, v in rows[record_id].items() if v and k != "id"}
                print(f"  {record_id}: {shown}")
            print()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
