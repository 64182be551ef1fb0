"""Thai given names against the spellings people write them in, besides the royal system's:
a check on real English spellings (Jaruayporn, Kompetch, Panassaya) that Kembali's Thai
reading was not built on.

    uv run --group bench python bench/identity/thai_english.py FILE [--first NAME --last NAME]
        [--list]

FILE is `data/name_romanization.csv` of github.com/nozomiyamada/thai_romanization: 3,847 Thai
given names, each with its royal-system romanisation (romanize1) and up to two others people
use (romanize2, romanize3), annotated by hand. The repository says nothing of a licence, so
Kembali does not ship the file: fetch it to run this. `--first` and `--last` take the names
(in the file's order, as in a dictionary) that bound a sample. A pair counts as `heldout.py`
counts it (a shared key, and agreeing as one name). `--list` shows the pairs that miss.
"""

import argparse
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout import meets  # noqa: E402

COLUMNS = ("romanize1", "romanize2", "romanize3")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--first", help="the sample's first name, as the file writes it")
    parser.add_argument("--last", help="the sample's last name, as the file writes it")
    parser.add_argument("--list", action="store_true", help="show every pair that misses")
    args = parser.parse_args()
    with args.file.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = [row["name"] for row in rows]
    start = names.index(args.first) if args.first else 0
    end = len(names) - names[::-1].index(args.last) if args.last else len(names)
    counts = {column: [0, 0] for column in COLUMNS}
    missed = []
    for row in rows[start:end]:
        for column in COLUMNS:
            latin = (row.get(column) or "").strip().replace("-", "")
            if not latin.isascii() or not latin.isalpha():
                continue
            met, said = meets(row["name"], latin.capitalize(), "THA")
            counts[column][0] += met
            counts[column][1] += 1
            if not met:
                missed.append(f"{column}: {row['name']} / {latin}: {said}")
    print(f"{end - start} names, {names[start]} to {names[end - 1]}")
    print("| spelling | pairs | meet |")
    print("|---|---|---|")
    for column, (met, total) in counts.items():
        print(f"| {column} | {total} | {met} ({met / max(total, 1):.3f}) |")
    if args.list:
        print("\n".join(missed))


if __name__ == "__main__":
    main()
