"""Malay and Indonesian names in Latin letters: the other spellings one name is written with.

Indonesia and Malaysia unified their spelling in 1972, and names kept the older ones: people
still carry the Dutch-era spelling on their papers (Soeharto, Djoko, Tjahjono: Suharto, Joko,
Cahyono), and sy and sh write one sound (Syafiq, Shafiq; Aisyah, Aishah). Which spelling a
name is in, only the bearer's nation tells: in Bengali, Djoko would be no name at all, and
Syed is Sayed, not Shed — so these are readings of Malaysian, Indonesian, Bruneian and
Singaporean names only.
"""

import functools

import regex

# A z between vowels where Arabic has ص, and many write s (Faizal, Faisal; Rozali, Rosali).
_Z_BETWEEN_VOWELS = regex.compile("(?<=[aeiou])z(?=[aeiou])")
# The Dutch-era letters and the 1972 ones: dj is j, tj is c, oe is u — and then a j is y.
_DUTCH_ERA = (("dj", "\0"), ("tj", "c"), ("oe", "u"), ("j", "y"), ("\0", "j"))
_DUTCH_MARKS = ("dj", "tj", "oe")


@functools.lru_cache(maxsize=65536)
def latin_readings(latin: str) -> tuple[str, ...]:
    """Other spellings of a Malay or Indonesian name in Latin letters: in the 1972 spelling
    when it is in the Dutch-era one (Soedjono: Sujono) or may be, beginning with its j
    (Jusuf: Yusuf, Jahja: Yahya; a j within a name written so, Sujono, may be the 1972 j and
    is another name than Suyono), sh for sy (Syafiq: Shafiq), s for a z between vowels
    (Faizal: Faisal)."""
    others = set()
    if any(mark in latin for mark in _DUTCH_MARKS) or latin.startswith("j"):
        modern = latin
        for old, new in _DUTCH_ERA:
            modern = modern.replace(old, new)
        others.add(modern)
    if "sy" in latin:
        others.add(latin.replace("sy", "sh"))
    if "z" in latin:
        others.add(_Z_BETWEEN_VOWELS.sub("s", latin))
    return tuple(sorted(others - {latin}))
