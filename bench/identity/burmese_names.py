"""Real Burmese names against their Latin spellings, as a Myanmar name list writes them (in
Zawgyi): a check on names Kembali's Burmese reading was not built on.

    uv run --group bench python bench/identity/burmese_names.py FILE [--list]

FILE is `Myanmar/myanmar-names.tsv` of github.com/alvations/myth (drawn from
github.com/L16H7/Myanmar_Names; Creative Commons licensed by its README): Burmese, English
and Gender columns, a Burmese cell holding one or more spellings of one name separated by ၊.
Kembali does not ship the file: fetch it to run this. Each spelling is paired with the Latin
one; a pair counts as `heldout.py` counts it (a shared key, and agreeing as one name).
`--list` shows the pairs that miss.
"""

import argparse
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout import meets  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--list", action="store_true", help="show every pair that misses")
    args = parser.parse_args()
    met = total = 0
    missed = []
    with args.file.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            latin = row["English"].strip()
            for burmese in row["Burmese"].split("၊"):
                ok, said = meets(burmese.strip(), latin, "MMR")
                met, total = met + ok, total + 1
                if not ok:
                    missed.append(f"{burmese.strip()} / {latin}: {said}")
    print(f"{met} of {total} pairs meet ({met / max(total, 1):.3f})")
    if args.list:
        print("\n".join(missed))


if __name__ == "__main__":
    main()
