"""Thai names from PyThaiNLP's corpus of person names, against their Royal Thai General System
romanisation by TLTK's th2roman (`thai_rtgs.tsv`): a check on thousands of real names that
Kembali's Thai reading was not built on.

    uv run --group bench python bench/identity/thai_rtgs.py [--list]

Two samples, drawn at random and apart: `built`, whose misses were read while the rules were
written, and `held`, measured only before and after; `--list` shows the built sample's misses
alone. (Until the fourteenth round it showed both, and that round's ทร and เศรษฐ readings were
written with the held sample's misses in view: its gains from them are not held out.) A pair
counts as `heldout.py` counts it
(a shared key, and agreeing as one name). TLTK drops syllables it cannot segment: a romanisation
shorter than 0.8 of the Thai letters (vowel signs and marks aside) is left out as its fault.
"""

import argparse
import csv
import sys
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout import meets  # noqa: E402

_SIGNS = regex.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--list", action="store_true", help="show every pair of the built sample that misses"
    )
    args = parser.parse_args()
    counts: dict[str, list[int]] = {}
    missed = []
    with (HERE / "thai_rtgs.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            thai, rtgs = row["thai"], row["rtgs"]
            tally = counts.setdefault(row["sample"], [0, 0, 0])
            if (
                not rtgs.isascii()
                or not rtgs.isalpha()
                or len(rtgs) < 0.8 * len(_SIGNS.sub("", thai))
            ):
                tally[2] += 1
                continue
            met, said = meets(thai, rtgs.capitalize(), "THA")
            tally[0 if met else 1] += 1
            if not met and row["sample"] == "built":
                missed.append((row["sample"], thai, rtgs, said))
    print("| sample | pairs | meet | left out (TLTK) |")
    print("|---|---|---|---|")
    for sample, (met, miss, left) in counts.items():
        print(f"| {sample} | {met + miss} | {met} ({met / (met + miss):.3f}) | {left} |")
    if args.list:
        for sample, thai, rtgs, said in missed:
            print(f"{sample}: {thai} / {rtgs}: {said}")


if __name__ == "__main__":
    main()
