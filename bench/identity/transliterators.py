"""Which transliterator serves each script: how often the consonant skeleton of a native name's
transliteration equals that of a romanisation people actually write.

    uv run --group bench python bench/identity/transliterators.py

Candidates: ICU Any-Latin (PyICU), anyascii, indic-transliteration (to IAST, for the Brahmic
scripts it supports), and what Kembali uses (`kembali.identity.matching.latin`). The pairs are
the generator's hand-written tables, so the measure is independent of our own romanisers.
"""

from collections import defaultdict
from collections.abc import Callable

import icu
from anyascii import anyascii
from generate import (
    AFGHANISTAN,
    BANGLADESH,
    MALDIVES,
    MYANMAR,
    SRI_LANKA_SINHALA,
    SRI_LANKA_TAMIL,
    THAILAND,
)
from indic_transliteration import sanscript

from kembali.identity.matching.latin import skeleton_key, to_latin_words

_ICU = icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")
INDIC = {"Bengali": sanscript.BENGALI, "Tamil": sanscript.TAMIL, "Sinhala": "sinhala"}


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if "a" <= c <= "z")


def methods(script: str) -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {
        "ICU Any-Latin": lambda t: _letters(_ICU.transliterate(t)),
        "anyascii": lambda t: _letters(anyascii(t)),
        "Kembali": lambda t: "".join(latin for _, latin in to_latin_words(t)),
    }
    if script in INDIC:
        scheme = INDIC[script]
        found["indic-transliteration"] = lambda t: _letters(
            anyascii(sanscript.transliterate(t, scheme, sanscript.IAST))
        )
    return found


TABLES = {
    "Bengali": BANGLADESH,
    "Burmese": MYANMAR,
    "Pashto/Dari": AFGHANISTAN,
    "Sinhala": SRI_LANKA_SINHALA,
    "Tamil": SRI_LANKA_TAMIL,
    "Thaana": MALDIVES,
    "Thai": THAILAND,
}


def main() -> None:
    rows: dict[str, dict[str, float]] = defaultdict(dict)
    names: set[str] = set()
    for script, table in TABLES.items():
        pairs = [
            (native, latin)
            for key in ("male", "female", "family", "female_family")
            for native, romanisations in table.get(key, [])
            for latin in romanisations
        ]
        for name, method in methods(script).items():
            names.add(name)
            hits = 0
            for native, latin in pairs:
                written = skeleton_key(_letters(latin))
                try:
                    hits += skeleton_key(method(native.replace(" ", ""))) == written
                except Exception:  # noqa: S112 — a transliterator that fails scores 0
                    continue
            rows[script][name] = hits / len(pairs)
        rows[script]["pairs"] = len(pairs)
    order = ["Kembali", "ICU Any-Latin", "anyascii", "indic-transliteration"]
    print("| script | pairs | " + " | ".join(order) + " |")
    print("|---|---|" + "---|" * len(order))
    for script, scores in rows.items():
        cells = [f"{scores[m]:.2f}" if m in scores else "—" for m in order]
        print(f"| {script} | {int(scores['pairs'])} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
