"""Names romanised by a machine: a native-script name against what a general-purpose
transliterator writes for it, as a registry or an evaluation may have produced its Latin
column without anyone of the nation writing it.

    uv run --group bench python bench/identity/machine.py [--list]

The names are the benchmark's own and the held-out lists' (`heldout.py`); the Latin side is
not people's spelling but a library's: ICU's Any-Latin (folded to ASCII) and anyascii. A
pair *meets* as in `heldout.py`: the two share a key and agree as one name.
"""

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

import icu  # noqa: E402
from anyascii import anyascii  # noqa: E402
from heldout import ROUNDS, meets  # noqa: E402
from transliterators import TABLES  # noqa: E402

NATIONALITY = {
    "Bengali": "BGD",
    "Burmese": "MMR",
    "Pashto/Dari": "AFG",
    "Sinhala": "LKA",
    "Tamil": "LKA",
    "Thaana": "MDV",
    "Thai": "THA",
}
_ICU = icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")
MACHINES: dict[str, Callable[[str], str]] = {
    "ICU Any-Latin": _ICU.transliterate,
    "anyascii": anyascii,
}


def natives() -> dict[str, set[str]]:
    """Each script's native names, the generator's and the held-out lists'."""
    found: dict[str, set[str]] = defaultdict(set)
    for script, table in TABLES.items():
        for key in ("male", "female", "family", "female_family"):
            found[script].update(native for native, _ in table.get(key, []))
    for rounds_names in ROUNDS.values():
        for (_nationality, script), names in rounds_names.items():
            found[script].update(native for native, _ in names)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="show every pair that misses")
    args = parser.parse_args()
    order = list(MACHINES)
    print("| script | names | " + " | ".join(order) + " |")
    print("|---|---|" + "---|" * len(order))
    missed = []
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for script, names in sorted(natives().items()):
        cells = {}
        for method, romanise in MACHINES.items():
            met = 0
            for native in sorted(names):
                latin = romanise(native).strip()
                ok, said = meets(native, latin, NATIONALITY[script])
                met += ok
                if not ok:
                    missed.append(f"{script} ({method}): {native} / {latin}: {said}")
            cells[method] = f"{met / len(names):.3f}"
            totals[method][0] += met
            totals[method][1] += len(names)
        row = " | ".join(cells[m] for m in order)
        print(f"| {script} | {len(names)} | {row} |")
    row = " | ".join(f"{met / count:.3f}" for met, count in (totals[m] for m in order))
    print(f"| all | | {row} |")
    if args.list:
        print("\n".join(missed))


if __name__ == "__main__":
    main()
