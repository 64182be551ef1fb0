"""Identity engine at scale: index time, query latency and peak memory at 1M and 5M records,
and dedupe of a 1M-record case registry.

    uv run --group bench python bench/identity/scale.py --sizes 1000000,5000000 --dedupe 1000000

Files are generated once into --work and reused. Each step runs in its own process: wall time
and peak memory (largest process) are that step's. Query latency is one query at a time in one
process, after 20 warm-up queries, as a caseworker's search meets it.
"""

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import (  # noqa: E402
    COLUMNS,
    query_row,
    registry_row,
    stream_people,
)
from measure import engine_mode, timed  # noqa: E402


def write_registry(path: Path, size: int, queries: int, seed: int = 17) -> Path:
    """registry CSV of `size` people, and a query file of `queries` of them."""
    query_path = path.with_name(path.stem + "_queries.csv")
    if path.exists() and query_path.exists():
        return query_path
    rng = random.Random(seed)
    sample = []
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for person in stream_people(size, seed):
            writer.writerow(registry_row(person, f"R{person.pid:08d}", rng))
            if len(sample) < queries:
                sample.append(person)
            elif rng.random() < queries / (person.pid + 1):
                sample[rng.randrange(queries)] = person
    with query_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for number, person in enumerate(sample):
            row, _ = query_row(person, f"Q{number}", rng, latin=rng.random() < 0.65)
            writer.writerow(row)
    return query_path


def write_cases(path: Path, records: int, seed: int = 23) -> None:
    if path.exists():
        return
    rng = random.Random(seed)
    written = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for person in stream_people(records, seed):
            for copy in range(rng.choice((1, 1, 1, 2, 2, 3))):
                case_id = f"C{person.pid:08d}-{copy}"
                if copy == 0:
                    row = registry_row(person, case_id, rng)
                else:
                    row, _ = query_row(person, case_id, rng, latin=rng.random() < 0.7)
                writer.writerow(row)
                written += 1
                if written >= records:
                    return


def kembali(*args: str) -> list[str]:
    return [sys.executable, "-m", "kembali.cli", "identity", *args, "--quiet-progress"]


LATENCY = """
import csv, json, sys, time
from pathlib import Path
import numpy as np
from kembali.identity.matching.index import RegistryIndex, validate_row
index = RegistryIndex(Path(sys.argv[1]))
queries = [validate_row(r)[0] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))]
for q in queries[:20]:
    index.search(q)
times = []
for q in queries[20:]:
    started = time.perf_counter()
    index.search(q)
    times.append((time.perf_counter() - started) * 1000)
print(json.dumps({"p50": float(np.percentile(times, 50)), "p95": float(np.percentile(times, 95)),
                  "queries": len(times)}))
"""


def latency(index: Path, queries: Path) -> tuple[dict[str, float], float]:
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-c", LATENCY, str(index), str(queries)], stdout=subprocess.PIPE
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit("latency run failed")
    del started
    return json.loads(output), usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, default=HERE / ".data" / "scale")
    parser.add_argument("--sizes", default="1000000,5000000")
    parser.add_argument("--dedupe", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=520)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in (int(s) for s in args.sizes.split(",") if s):
        registry = args.work / f"registry_{size}.csv"
        queries = write_registry(registry, size, args.queries)
        index = args.work / f"ix_{size}"
        seconds, memory = timed(
            kembali("index", "--registry", str(registry), "--index", str(index))
        )
        figures, search_memory = latency(index, queries)
        rows.append(
            f"| {size:,} | {seconds / 60:.1f} min | {memory / 1024:.2f} GB | "
            f"{figures['p50']:.0f} ms | {figures['p95']:.0f} ms | {search_memory / 1024:.2f} GB |"
        )
        print(rows[-1], flush=True)
    lines = [
        f"{os.cpu_count()} cores; Kembali's matching {engine_mode()}.",
        "",
        "| records | index time | index peak memory | query p50 | query p95 | search memory |",
        "|---|---|---|---|---|---|",
        *rows,
    ]
    if args.dedupe:
        cases = args.work / f"cases_{args.dedupe}.csv"
        write_cases(cases, args.dedupe)
        seconds, memory = timed(
            kembali("dedupe", "--input", str(cases), "--out", str(args.work / "clusters.csv"))
        )
        lines += [
            "",
            f"Dedupe of {args.dedupe:,} case records: {seconds / 60:.1f} min, "
            f"peak memory {memory / 1024:.2f} GB (largest process).",
        ]
    print("\n".join(lines))
    (args.work / "scale.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
