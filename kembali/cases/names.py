"""Names in any script: which script a name is written in, and the key used to search it.

Pure functions, free of Django. Script codes are ISO 15924.
"""

import functools
import unicodedata
from collections.abc import Iterable

import regex

# Scripts met in the region's names, tried in this order; the first that matches the most
# letters of a name wins. Anything else is "Zyyy" (undetermined).
SCRIPTS: tuple[tuple[str, str], ...] = (
    ("Latn", "Latin"),
    ("Beng", "Bengali"),
    ("Mymr", "Myanmar"),
    ("Arab", "Arabic"),
    ("Sinh", "Sinhala"),
    ("Taml", "Tamil"),
    ("Thai", "Thai"),
    ("Thaa", "Thaana"),
    ("Deva", "Devanagari"),
    ("Khmr", "Khmer"),
    ("Laoo", "Lao"),
    ("Guru", "Gurmukhi"),
    ("Gujr", "Gujarati"),
    ("Telu", "Telugu"),
    ("Knda", "Kannada"),
    ("Mlym", "Malayalam"),
    ("Orya", "Oriya"),
    ("Tibt", "Tibetan"),
    ("Hani", "Han"),
    ("Hang", "Hangul"),
    ("Cyrl", "Cyrillic"),
    ("Grek", "Greek"),
    ("Hebr", "Hebrew"),
    ("Ethi", "Ethiopic"),
    ("Geor", "Georgian"),
    ("Armn", "Armenian"),
)
SCRIPT_NAMES = dict(SCRIPTS)
_PATTERNS = [(code, regex.compile(rf"\p{{Script={name}}}")) for code, name in SCRIPTS]


@functools.lru_cache(maxsize=8192)
def _script_of_letter(char: str) -> str:
    """The script of a letter or a vowel sign; "" for anything else. Names are read by the
    million in the identity engine: each character is looked up once."""
    if not char.isalpha() and unicodedata.category(char) not in {"Mn", "Mc"}:
        return ""
    return next((code for code, pattern in _PATTERNS if pattern.match(char)), "")


def detect_script(text: str) -> str:
    """The ISO 15924 code of the script most of the name's letters are written in."""
    if text.isascii():
        return "Latn" if any(c.isalpha() for c in text) else "Zyyy"
    counts: dict[str, int] = {}
    for char in text:
        code = _script_of_letter(char)
        if code:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return "Zyyy"
    return max(counts, key=lambda code: counts[code])


def search_key(text: str) -> str:
    """Lower-case, spacing-normalised form for substring search, in the name's own script.

    Latin diacritics are dropped (Muḥammad → muhammad) but the combining vowel signs of
    Brahmic and Myanmar scripts are kept: without them the name is a different name.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    kept: list[str] = []
    previous_base = ""
    for char in decomposed:
        if unicodedata.combining(char):
            if previous_base.isascii() and previous_base.isalpha():
                continue
        else:
            previous_base = char
        kept.append(char)
    composed = unicodedata.normalize("NFC", "".join(kept)).casefold()
    # Zero-width joiners and other format characters vary between keyboards.
    composed = "".join(c for c in composed if unicodedata.category(c) != "Cf")
    return " ".join(regex.sub(r"[\p{P}\p{S}]+", " ", composed).split())


NAMES_SEPARATOR = " | "


def names_key(names: Iterable[str]) -> str:
    """All of a person's names as one searchable text; the separator keeps a search from
    matching across the boundary of two names."""
    return NAMES_SEPARATOR.join(search_key(name) for name in names)
