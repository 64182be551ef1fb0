"""Where a dedupe spends its time: each stage's start (reading, finding candidates, comparing
pairs), the number of pairs compared, the clusters found and the peak memory of the process
that reads and chains (its workers, started by a fork server, are not counted).

    uv run --group bench python bench/identity/dedupe_stages.py CASES.csv [--out CLUSTERS.csv]

`CASES.csv` is an interchange file, such as `scale.py`'s cases_1000000.csv. Run it from two
checkouts, one after the other or alternating, to compare two versions on the same file;
`--out` writes id,cluster_id (the records in file order) for `cmp`.
"""

import argparse
import resource
import time
from pathlib import Path

from kembali.identity.matching.batch import InputError, dedupe_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    started = time.monotonic()

    def stage(name: str, total: int, unit: str) -> None:
        counted = f" ({total:,} {unit})" if total else ""
        print(f"{time.monotonic() - started:8.1f} s  {name}{counted}", flush=True)

    try:
        clusters, bad = dedupe_file(args.cases, stage=stage)
    except InputError as error:
        raise SystemExit(str(error)) from None
    print(
        f"{time.monotonic() - started:8.1f} s  done: {len(clusters):,} records, "
        f"{len(set(clusters.values())):,} clusters, {len(bad)} bad rows",
        flush=True,
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    print(f"peak memory of this process {peak:.2f} GB")
    if args.out:
        with args.out.open("w", encoding="utf-8") as handle:
            handle.write("id,cluster_id\n")
            handle.writelines(f"{key},{value}\n" for key, value in clusters.items())


if __name__ == "__main__":
    main()
