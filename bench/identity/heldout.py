"""Names the benchmark generator does not hold, in their script and as people of their nation
commonly write them in Latin letters: a check that Kembali's reading of names carries beyond
the names it was built on.

    uv run --group bench python bench/identity/heldout.py [--list]

A pair *meets* when the two share a key (so a search or dedupe compares them at all) and
agree as one name: every part aligned as identical, the same spelling, sounding alike or
joined, nothing left over. The names were written down after the rules they test, from the
region's common names and spellings, and checked against the generator's tables
(`generate.py`, `more_names.py` and the demo's tables it draws on): none is there. The
"public" round is of whole names as public sources print them in both scripts
(`heldout_public.tsv`); their parts may be in the generator's tables, the whole names are not.
The "documents" round holds names as records write them (`heldout_documents.tsv`): initials
as the English letters' names, text copied with invisible characters, Arabic-origin names in
Tamil, Sinhala, Thai and Burmese script.

The other way round, pairs of names that are not one name though their letters are close
(Hasan and Hossain, Karim and Karima, Tun and Tin) should not meet: a search that took them
for one name would put a namesake's record forward as the person's. The tables are in
`heldout_names.py` and `heldout_later.py`.
"""

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_later import (  # noqa: E402
    APART,
    APART_SECOND,
    EIGHTH_ROUND,
    FIFTH_ROUND,
    NINTH_ROUND,
    SEVENTH_ROUND,
    SIXTH_ROUND,
)
from heldout_names import (  # noqa: E402
    FOURTH_ROUND,
    HELD_OUT,
    SECOND_ROUND,
    THIRD_ROUND,
    Rounds,
)

from kembali.identity.matching.compare import IdentityRecord, compare_names, prepare  # noqa: E402
from kembali.identity.matching.names import name_keys  # noqa: E402


def _public(path: Path) -> Rounds:
    """The round of whole names as public sources print them (`heldout_public.tsv`)."""
    names: Rounds = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            nationality, script, native, spellings = line.split("\t")
            names.setdefault((nationality, script), []).append((native, spellings.split("|")))
    return names


ROUNDS = {
    "first": HELD_OUT,
    "second": SECOND_ROUND,
    "third": THIRD_ROUND,
    "fourth": FOURTH_ROUND,
    "fifth": FIFTH_ROUND,
    "sixth": SIXTH_ROUND,
    "seventh": SEVENTH_ROUND,
    "eighth": EIGHTH_ROUND,
    "ninth": NINTH_ROUND,
    "public": _public(HERE / "heldout_public.tsv"),
    "documents": _public(HERE / "heldout_documents.tsv"),
}
AGREE = ("identical", "same_spelling", "sounds_alike", "joined")
# In the round of names as documents write them, an initial agrees when it stands for the
# name on the other side or is the same initial (A. R. Rahman, ஏ. ஆர். ரகுமான்); the rounds
# before held no initials, and count one (Burmese U read as one) as not agreeing.
WITH_INITIALS = frozenset({"documents"})


def meets(native: str, latin: str, nationality: str, initials: bool = False) -> tuple[bool, str]:
    one, other = (
        prepare(IdentityRecord("x", (name,), nationality=nationality)).names[0]
        for name in (native, latin)
    )
    keyed = bool(name_keys(one) & name_keys(other))
    _, evidence, aligned = compare_names(one, other, lambda _: 10.0)
    agreeing = (*AGREE, "initial") if initials else AGREE
    agree = bool(aligned) and all(e.how in agreeing for e in evidence)
    said = ", ".join(f"{e.how} {e.query}/{e.record}".strip() for e in evidence)
    return keyed and agree, ("" if keyed else "no shared key; ") + said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--list",
        action="store_true",
        help="show every pair that misses, and every apart pair that meets",
    )
    args = parser.parse_args()
    print("| round | script | pairs | meet |")
    print("|---|---|---|---|")
    missed = []
    for round_name, rounds_names in ROUNDS.items():
        total = met = 0
        for (nationality, script), names in rounds_names.items():
            pairs = [(native, latin) for native, spellings in names for latin in spellings]
            initials = round_name in WITH_INITIALS
            results = [(pair, *meets(*pair, nationality, initials)) for pair in pairs]
            hits = sum(ok for _, ok, _ in results)
            missed += [(script, pair, said) for pair, ok, said in results if not ok]
            print(f"| {round_name} | {script} | {len(pairs)} | {hits} |")
            total, met = total + len(pairs), met + hits
        print(f"| {round_name} | all | {total} | {met} ({met / total:.3f}) |")
    met_apart = []
    for set_name, sets in (("first", APART), ("second", APART_SECOND)):
        print()
        print(f"| apart, {set_name} set | pairs | meet (should be 0) |")
        print("|---|---|---|")
        met_here = []
        for (nationality, script), pairs in sets.items():
            results = [(pair, *meets(*pair, nationality)) for pair in pairs]
            met_here += [(script, pair, said) for pair, ok, said in results if ok]
            print(f"| {script} | {len(pairs)} | {sum(ok for _, ok, _ in results)} |")
        print(f"| all | {sum(map(len, sets.values()))} | {len(met_here)} |")
        met_apart += met_here
    if args.list:
        for script, (native, latin), said in missed:
            print(f"{script}: {native} / {latin}: {said}")
        for script, (native, other), said in met_apart:
            print(f"apart, {script}: {native} / {other}: {said}")


if __name__ == "__main__":
    main()
