"""Thai names already in Latin letters: the other spellings common in Thailand.

A Thai national's name written in Latin letters is one of several spellings its bearer may
meet on other papers (Chanpen and Janpen, Kamol and Kamon, Karnjana and Kanjana). Only the
nation tells which letters are Thai spellings: Chamal and Jamal are two Bengali names, so
these are readings of Thai nationals' names only. Thai script itself is read in `thai.py`.
"""

import functools

import regex

# A closing consonant as Latin letters write it, and as the royal system does: ล and ร said
# n (Kamol, Kamon), ด and ท said t (Boonlerd), ส said t (Prapas, Praphat), จ said t (Pairoj,
# Phairot), บ said p (Chidchob, Chitchop).
_LATIN_CLOSING = {"l": "n", "n": "l", "d": "t", "t": "d", "s": "t", "j": "t", "b": "p", "p": "b"}
# The r English spelling writes after a vowel before a consonant or at the end (Karnjana).
_ENGLISH_R = regex.compile(r"(?<=[aeiou])r(?![aeiour])")
# The letters Thai leaves unsaid at a name's end (◌์), which some spell as the Sanskrit is:
# a sibilant after ง (วงศ์: Wongse, Vongs; พงษ์: Pongse), a stop, or a stop and ร, after น
# (พันธุ์: Sittipunt, Sukhumbhand; อนันต์: Anant; จันทร์: Chandra; ชรินทร์: Charintr). Not a t
# and r with a vowel after them, which Thai says (จันทรา: Chantra).
_UNSAID_SPELLED = regex.compile(r"(?<=ng)se?$|(?<=n)(?:dh?ra?|th?r|[dt]h?)$")
# ช in ชัย (chai) is never written j; elsewhere a ch may be จ.
_CH_OF_JO = regex.compile(r"ch(?!a[iy])")


@functools.lru_cache(maxsize=65536)
def latin_readings(latin: str) -> tuple[str, ...]:
    """Other spellings of a Thai name already written in Latin letters, one difference at a
    time: จ written ch or j (Chanpen, Janpen; Kaewcharoen, Kaewjaroen), a closing ล or ร
    written l or n (Kamol, Kamon; Srikul, Srikun), a closing ด or ท written d or t
    (Boonlerd, Boonlert), a closing บ written b or p (Chidchob, Chitchop), แ written ae or
    ea (Kaew, Keaw), and the r that English spelling writes for a long vowel before a
    closing consonant or at the end, or for a closing ร (Karnjana, Kanjana: กาญจนา; Anuchar,
    Anucha: อนุชา; Amnart, Amnat: อำนาจ; Nakorn, Nakon: นคร), and the letters Thai leaves
    unsaid at a name's end spelled (Wongse, Chandra: วงศ์, จันทร์). Thai has no z: a Thai
    Muslim's Zakariya or Zainab is ซ, s (ซาการียา)."""
    others = {_CH_OF_JO.sub("j", latin) if "ch" in latin else latin.replace("j", "ch")}
    if "z" in latin:
        others.add(latin.replace("z", "s"))
    if "r" in latin:
        others.add(_ENGLISH_R.sub("", latin))
    if "ae" in latin or "ea" in latin:
        others.add(latin.replace("ae", "ea") if "ae" in latin else latin.replace("ea", "ae"))
    if unsaid := _UNSAID_SPELLED.search(latin):
        others.add(latin[: unsaid.start()])
    closing = _LATIN_CLOSING.get(latin[-1:])
    if closing and not latin.endswith("ng"):
        others.add(latin[:-1] + closing)
    return tuple(sorted(others - {latin}))
