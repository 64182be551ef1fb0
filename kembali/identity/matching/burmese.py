"""Burmese names in Latin letters the way Burmese people write them in passports and lists.

ICU's Myanmar-Latin is a scholarly transliteration (ခင် → "hkain", မြင့် → "myang") that no
caseworker or registry uses. Names are written syllable by syllable in the conventional
romanisation instead (Khin, Myint, Aung Kyaw), so this module splits a name into syllables and
spells each one that way. Zawgyi-encoded text is converted to Unicode first (`to_unicode`).
"""

import functools
import re

import icu
from myanmartools import ZawgyiDetector

_DETECTOR = ZawgyiDetector()
_ZAWGYI = icu.Transliterator.createInstance("Zawgyi-my")

# A medial wa or ha written after a ya-yit, before the consonant the ya-yit goes with, is the
# consonant before's (ေဆျြဖဴ: ဆွေဖြူ, Swe Phyu; လျွမ: လှမြ, Hla Mya), as ICU's own my-Zawgyi
# writes them; ICU's Zawgyi-my reads them with the ya-yit's consonant (ဆြွေဖူ) unless they come
# first, as they are seen.
_MEDIAL_AFTER_YA_YIT = re.compile(
    "([\u103b\u107e-\u1084])([\u103c\u103d\u108a]+)(?=[\u1000-\u1021])"
)

# A text this likely to be Zawgyi is converted; Unicode Burmese scores near zero.
ZAWGYI_THRESHOLD = 0.95

ASAT = "\u103a"
VIRAMA = "\u1039"
DOT_BELOW = "\u1037"
VISARGA = "\u1038"

ONSETS = {
    "က": "k",
    "ခ": "kh",
    "ဂ": "g",
    "ဃ": "g",
    "င": "ng",
    "စ": "s",
    "ဆ": "hs",
    "ဇ": "z",
    "ဈ": "z",
    "ည": "ny",
    "ဉ": "ny",
    "ဋ": "t",
    "ဌ": "ht",
    "ဍ": "d",
    "ဎ": "d",
    "ဏ": "n",
    "တ": "t",
    "ထ": "ht",
    "ဒ": "d",
    "ဓ": "d",
    "န": "n",
    "ပ": "p",
    "ဖ": "ph",
    "ဗ": "b",
    "ဘ": "b",
    "မ": "m",
    "ယ": "y",
    "ရ": "y",
    "လ": "l",
    "ဝ": "w",
    "သ": "th",
    "ဟ": "h",
    "ဠ": "l",
    "အ": "",
}
INDEPENDENT_VOWELS = {"ဣ": "i", "ဤ": "i", "ဥ": "u", "ဦ": "u", "ဧ": "e", "ဩ": "aw", "ဪ": "aw"}
# Onset + medial ya (ျ or ြ): the conventional spellings.
WITH_YA = {"k": "ky", "kh": "ch", "g": "gy", "p": "py", "ph": "phy", "b": "by", "m": "my"}
# Onset + ha-htoe (ှ).
WITH_HA = {"m": "hm", "n": "hn", "l": "hl", "ny": "hny", "y": "sh", "w": "hw", "ng": "hng"}

# Finals (a consonant closed by asat) and the rhyme they make with the vowel signs before them.
# Keys: (vowel signs, final consonant); "" is the inherent vowel.
RHYMES = {
    ("", ""): "a",
    ("ာ", ""): "a",
    ("ါ", ""): "a",
    ("ိ", ""): "i",
    ("ီ", ""): "i",
    ("ု", ""): "u",
    ("ူ", ""): "u",
    ("ေ", ""): "e",
    ("ဲ", ""): "e",
    ("ော", ""): "aw",
    ("ေါ", ""): "aw",
    ("ို", ""): "o",
    ("ံ", ""): "an",
    ("ိံ", ""): "ein",
    ("ုံ", ""): "on",
    ("", "န"): "an",
    ("", "မ"): "an",
    ("ိ", "န"): "ein",
    ("ိ", "မ"): "ein",
    ("ု", "န"): "on",
    ("ု", "မ"): "on",
    ("", "င"): "in",
    ("ော", "င"): "aung",
    ("ေါ", "င"): "aung",
    ("ို", "င"): "aing",
    ("", "က"): "et",
    ("ော", "က"): "auk",
    ("ေါ", "က"): "auk",
    ("ို", "က"): "aik",
    ("ို", "လ"): "o",  # ဗိုလ်: Bo
    ("", "စ"): "it",
    ("", "တ"): "at",
    ("ိ", "တ"): "eik",
    ("ု", "တ"): "ok",
    ("", "ပ"): "at",
    ("ိ", "ပ"): "eik",
    ("ု", "ပ"): "ok",
    ("", "ည"): "i",
    ("", "ဉ"): "in",
    ("", "ယ"): "e",
}
# The vowel carrier အ with these signs is spelled the way names spell it (အေး Aye, အိ Ei).
CARRIER = {"ေ": "aye", "ိ": "ei", "ု": "u", "ူ": "u", "ို": "o"}

VOWEL_SIGNS = set("ါာိီုူေဲံ")
MEDIALS = {"ျ": "ya", "ြ": "ya", "ွ": "wa", "ှ": "ha"}


# What Unicode Burmese never writes and Zawgyi does: ေ or the ya-yit ျ before their consonant,
# at a word's start or after a vowel sign or a final (ယုေမ: ယုမေ, Yu May); ္ closing a
# syllable, as Zawgyi writes the asat, before a space or at the end (အိမ္မာန္: အိမ်မာန်).
# Unicode writes ေ and ျ after their consonant and stacks a consonant under ္. The detector
# weighs a short name's few letters near its threshold (0.93 for ယုေမမာ) and misses these.
_ZAWGYI_ORDER = re.compile(
    r"(?:^|(?<=[\s\u102b-\u1032\u1036-\u103a]))[\u1031\u103b]|\u1039(?=\s|$)"
)


def is_zawgyi(text: str) -> bool:
    if _ZAWGYI_ORDER.search(text):
        return True
    return _DETECTOR.get_zawgyi_probability(text) > ZAWGYI_THRESHOLD


def to_unicode(text: str) -> str:
    """Unicode Burmese, converting from Zawgyi when the text is Zawgyi."""
    if not is_zawgyi(text):
        return text
    return _ZAWGYI.transliterate(_MEDIAL_AFTER_YA_YIT.sub("\\2\\1", text))


def syllables(text: str) -> list[str]:
    """Split Burmese text into syllables: a new one starts at each consonant or independent
    vowel that is not closed by asat and not stacked under a virama."""
    result: list[str] = []
    for index, char in enumerate(text):
        starts = char in ONSETS or char in INDEPENDENT_VOWELS
        following = text[index + 1 :].lstrip(DOT_BELOW)[:1]
        if starts and following not in (ASAT, VIRAMA):
            result.append(char)
        elif result:
            result[-1] += char
        elif not char.isspace():
            result.append(char)
    return result


def _finals(syllable: str, marks: tuple[str, ...]) -> list[str]:
    """The consonants after a syllable's first that one of `marks` closes (asat, or a virama
    stacking the next syllable's consonant under it), in order."""
    return [
        char
        for index, char in enumerate(syllable[1:], start=1)
        if char in ONSETS and syllable[index + 1 :].lstrip(DOT_BELOW)[:1] in marks
    ]


# An independent vowel closed by a final is the carrier with that vowel's sign (ဥမ္မာ: ohn-mar,
# Ohnmar, as အုန်း).
_VOWEL_AS_SIGN = {"ဥ": "ု", "ဦ": "ူ", "ဣ": "ိ", "ဤ": "ီ", "ဧ": "ေ"}
# Pali's retroflex letters closing a syllable rhyme as the dental ones do (ထွဋ်: Htut, as
# ထွတ်; ဂုဏ်: Gone, as ဂုန်).
_FINAL_AS = {"ဋ": "တ", "ဌ": "တ", "ဍ": "တ", "ဎ": "တ", "ဏ": "န"}


def _romanise_syllable(syllable: str) -> str:
    first = syllable[0]
    closing = _finals(syllable, (ASAT, VIRAMA))
    if first in _VOWEL_AS_SIGN and closing:
        return _romanise_syllable("အ" + _VOWEL_AS_SIGN[first] + syllable[1:])
    if first in INDEPENDENT_VOWELS:
        return INDEPENDENT_VOWELS[first]
    if first not in ONSETS:
        return ""
    onset = ONSETS[first]
    medials = [MEDIALS[c] for c in syllable[1:] if c in MEDIALS]
    signs = "".join(c for c in syllable[1:] if c in VOWEL_SIGNS)
    final = _FINAL_AS.get(closing[-1], closing[-1]) if closing else ""
    creaky = DOT_BELOW in syllable
    if first == "သ" and "ya" in medials and "ha" in medials:
        # သျှ, the older spelling of ရှ: sh (သျှမ်း, ရှမ်း: Shan).
        onset, medials = "sh", [m for m in medials if m not in ("ya", "ha")]
    if "ya" in medials:
        onset = WITH_YA.get(onset, onset + "y")
    if "ha" in medials:
        onset = WITH_HA.get(onset, "h" + onset)
    if onset == "" and not final and signs in CARRIER:
        return CARRIER[signs]
    rhyme = RHYMES.get((signs, final))
    if rhyme is None:
        # A final Burmese does not close a syllable with: as written, after the vowel the
        # signs write (ရုလ်: rul, in the Arabic names Burmese script writes: Nurul).
        rhyme = RHYMES.get((signs, ""), "a") + ONSETS.get(final, "")
    if "wa" in medials:
        if final in ("န", "မ", "တ", "ပ") and not signs:
            rhyme = "u" + ("n" if final in ("န", "မ") else "t")
        elif not (onset == "" and not final):
            onset += "w"
    if creaky and rhyme.endswith("n"):
        # မြင့် Myint, သန့် Thant, ညွန့် Nyunt: the creaky tone on a nasal is written "t".
        rhyme += "t"
    return onset + rhyme


@functools.lru_cache(maxsize=4096)
def as_written(syllable: str) -> str:
    """A syllable closed by two finals, or by m, r or l, as Burmese script writes Arabic names:
    the last final said as written, the one before it marking the vowel (ရင်မ်: rim, Karim;
    ဘိုင်ရ်: bair, Zubair; ဂမ်: gam, Begum), where Burmese says မ် as n (gan). "" for any
    other syllable, or one read so already."""
    finals = _finals(syllable, (ASAT,))
    if not finals or (len(finals) == 1 and finals[0] not in "မရလ"):
        return ""
    last = finals[-1]
    before = _romanise_syllable(syllable.replace(last + ASAT, "", 1))
    if len(finals) > 1:
        before = before.removesuffix("ng").removesuffix("n")
    said = before + ("r" if last == "ရ" else ONSETS.get(last, ""))
    return said if said != _romanise_syllable(syllable) else ""


@functools.lru_cache(maxsize=65536)
def romanise(text: str) -> tuple[tuple[str, str], ...]:
    """The syllables of a Burmese name, each with its conventional romanisation."""
    words = []
    for syllable in syllables(to_unicode(text)):
        word = _romanise_syllable(syllable)
        if word:
            words.append((syllable, word))
    return tuple(words)


# Burmese script writes the closing q of an Arabic name with the stop that closes its own
# syllables the same way, တ်: ဟတ် is Haq, Haque and, as Bengali says it, Hoque.
_ARABIC_Q = ("aq", "aque", "oque")
# Syllables also read as the Arabic name Burmese script writes with them, a key its Latin
# spellings share: ဟတ်, Haq, the commonest such name (Nurul Haq, Ishaq). Every syllable that
# may close so read with a q gave Burmese names (မြတ်, Myat) keys their Latin copies lack,
# which cost them candidates in a dedupe.
ARABIC_READINGS = {"ဟတ်": ("haq",)}


# The spellings names write for each conventional rhyme (ခိုင်: Khaing, Khine; ဟိန်း: Hein,
# Hane; မိုး: Moe, Mo; ဌေး: Htay, Hte). A spelling is listed under one rhyme only, so Khin
# (ခင်) is never Khine; only the two o-like rhymes share theirs (ွန်: Mon, Mun; ုန်: Lone, Lun).
RHYME_SPELLINGS = {
    "a": ("a", "ar", "ah", "aa"),
    "i": ("i", "ee", "y", "ie"),
    "u": ("u", "oo"),
    "e": ("e", "ay", "ae", "ei", "eh", "aye", "ey"),
    "aw": ("aw", "or", "aww"),
    "o": ("o", "oe", "oh", "ou"),
    "an": ("an", "arn", "ann"),
    "ein": ("ein", "ane", "eine", "ain"),
    "on": ("on", "one", "oun", "ohn", "oan", "un"),
    "un": ("un", "oon", "on", "one", "oun"),
    "in": ("in", "inn", "ing"),
    "int": ("int", "ind"),
    "aung": ("aung", "aong", "ong"),
    "aing": ("aing", "ine", "aeng", "ai"),
    "et": ("et", "ek", "ett"),
    "auk": ("auk", "ouk"),
    "aik": ("aik", "ike"),
    "eik": ("eik", "ake", "eike"),
    "ok": ("ok", "oke", "oak"),
    "it": ("it", "eit", "id"),  # id: an Arabic name's d (ရှစ်: Rashid)
    "at": ("at", "ut", *_ARABIC_Q),
    "ut": ("ut", "oot"),
}
_VOWEL_LETTERS = "aeiou"


def _onset_and_rhyme(syllable: str) -> tuple[str, str]:
    for index, char in enumerate(syllable):
        if char in _VOWEL_LETTERS:
            return syllable[:index], syllable[index:]
    return syllable, ""


# The rhyme ည closes is romanised i and spelled by names as they say it (ပြည့်: Pyae, Pyay,
# Pyi), not as the i of ီ (သီ: Thi, Thee).
NYA_SPELLINGS = ("i", "ae", "ay", "e", "ye", "ee")


def rhyme_fits(latin: str, conventional: str, native: str = "") -> bool:
    """Whether a syllable in Latin letters (Khine) spells a Burmese syllable (`native`) whose
    conventional romanisation is `conventional` (khaing): an onset that writes its onset
    (`onsets_agree`), and a rhyme one of the spellings names write for it."""
    onset, rhyme = _onset_and_rhyme(latin)
    own_onset, own_rhyme = _onset_and_rhyme(conventional)
    spellings = RHYME_SPELLINGS.get(own_rhyme, (own_rhyme,))
    if own_rhyme == "i" and "ည" in native:
        spellings = NYA_SPELLINGS
    if own_rhyme == "un" and _W_M in native and _medial_w(onset) and rhyme in ("an", "am"):
        return onsets_agree(onset[:-1], own_onset)
    return rhyme in spellings and onsets_agree(onset, own_onset)


# The medial w closed by m (ွမ်) is said un, as ွန် is (စွမ်း: sun), but names write it with
# its letters as often (Swan, Swam: Swan Pyae Sone), as they never do ွန် (ထွန်း: Tun).
_W_M = "\u103d\u1019\u103a"


# A later syllable's first stop is voiced inside a word (သီတာ, thi-ta: Thida).
_VOICED = {"t": "d", "k": "g", "p": "b", "s": "z"}


@functools.lru_cache(maxsize=1 << 16)
def word_fits(latin: str, native: str) -> bool:
    """Whether one Latin word (Hayma, Yuzana) spells a few Burmese syllables (ဟေ မာ, ယု ဇ နာ)
    written as one: cut where each piece spells its syllable as `rhyme_fits` reads it."""
    parts = romanise("".join(native.split()))
    return 1 < len(parts) <= len(latin) and _pieces_fit(latin, parts, True)


def _pieces_fit(
    latin: str,
    parts: tuple[tuple[str, str], ...],
    first: bool,
) -> bool:
    (syllable, conventional), rest = parts[0], parts[1:]
    said = {conventional}
    if not first and conventional[:1] in _VOICED:
        said.add(_VOICED[conventional[0]] + conventional[1:])
    if written := as_written(syllable):
        said.add(written)
    if syllable[:1] == "ရ":
        # ရ in a Pali name (သီရိ: Thiri), or an Arabic one (ရင်မ်: rim)
        said |= {"r" + s[1:] for s in said if s[:1] == "y"}
    # Every piece cut from the front starts as the word does: its onset is tried once.
    onset = _onset_and_rhyme(latin)[0]
    said = {s for s in said if onsets_agree(onset, _onset_and_rhyme(s)[0])}
    if not said:
        return False
    if not rest:
        return any(rhyme_fits(latin, s, syllable) for s in said)
    return any(
        any(rhyme_fits(latin[:cut], s, syllable) for s in said)
        and _pieces_fit(latin[cut:], rest, False)
        for cut in range(1, len(latin) - len(rest) + 1)
    )


def _th_and_ht(onset: str, other: str) -> bool:
    """One onset th, the other ht: သ is th, ထ ht (or t)."""
    return {onset, other} == {"th", "ht"}


def _medial_w(onset: str) -> bool:
    """Whether an onset writes the medial ွ, as every romanisation does, a w after the
    consonant (နွယ်: Nwe, Nway; ရွှေ: Shwe), where Burmese says it (not ထွန်း: Tun)."""
    return len(onset) > 1 and onset.endswith("w")


# A Burmese syllable's onset in Latin letters, folded as far as its romanisations write one
# consonant several ways: ch, ky and gy are one sound (Kyaw, Chaw; ကြီး: Kyi, Gyi), sh
# another (Shwe is not Swe), both apart from s; an h beside a stop or s is not a letter of
# its own (Htun, Tun; Hsu, Su; Phyo, Pyo), nor a g after n (ငြိမ်း: ngyein, Nyein); a voiced
# stop is its voiceless one (Thida); the medials w and y are kept (Nwe, Win; Myat, Mat), and
# an h before l, m, n or w, which Burmese writes as a letter's mark and every romanisation
# writes (လှ Hla is not လ La, နှင်း Hnin not နင်း Nin).
_ONSET_FOLDS = (("ngy", "ny"), ("ng", "n"), ("g", "k"), ("ky", "C"), ("ch", "C"), ("sh", "S"))
_UNSAID_H = re.compile(r"h(?![lmnw])")
_VOICED_FOLDS = (("d", "t"), ("b", "p"), ("f", "p"), ("z", "j"))
# Onsets whose classes are other hushing sounds: other syllables (ချို Cho, ဆို Soe, ရှို Sho).
_HUSHING = frozenset("CSs")


def onset_class(onset: str) -> str:
    if onset == "h":
        return onset  # ဟ, a letter of its own: Hein is not Ein
    for written, replacement in _ONSET_FOLDS:
        onset = onset.replace(written, replacement)
    onset = _UNSAID_H.sub("", onset)
    for written, replacement in _VOICED_FOLDS:
        onset = onset.replace(written, replacement)
    return onset


@functools.lru_cache(maxsize=4096)
def onsets_agree(onset: str, other: str) -> bool:
    """Whether two onsets in Latin letters write one Burmese onset: of one class
    (`onset_class`), th and ht apart (သ, ထ). The skeleton sets glides aside and folds ch, s
    and sh into one, which spelled ညီ (Nyi) Nwe, ဆို (Soe) Cho and ဆွေ (Swe) Shwe."""
    return onset_class(onset) == onset_class(other) and not _th_and_ht(onset, other)


def rhymes_differ(one: str, other: str) -> bool:
    """Whether two syllables, both written in Burmese script and given by their conventional
    romanisations, have other rhymes: ထက် (Htet) and ဌေး (Htay), ထက် and ထွတ် (Htut) are
    other names, however alike their Latin letters. A tone written otherwise is one syllable
    still (သန်း, သန့်: Than, Thant; ဝင်း, ဝင်)."""
    return _toneless(_onset_and_rhyme(one)[1]) != _toneless(_onset_and_rhyme(other)[1])


def _toneless(rhyme: str) -> str:
    return rhyme[:-1] if rhyme.endswith("nt") else rhyme


# Rhymes as far as their spellings never cross: Wai writes ေ as well as ိုင်, Htat က် as
# well as တ်, Soe ု as well as ို, Ei ိ as well as ိန်; and an a and an o are swapped in
# romanisations of the region (Rahman, Rohman; Kyau, Kyou), so a, e, aw and o-u are not told
# apart either. Two syllables whose rhymes fall in two classes otherwise (i and u, i and aw,
# aw and a or e) are two.
_RHYME_CLASSES = {
    "i": ("i", "ee", "y", "ie", "in", "inn", "ing", "int", "ind", "it", "eit", "id"),
    "u": (
        "u", "oo", "un", "oon", "oun", "on", "one", "ohn", "oan", "o", "oe", "oh", "ou", "ok",
        "oke", "oak", "ut", "oot",
    ),
    "aw": ("aw", "or", "aww", "aung", "aong", "ong", "auk", "ouk"),
    "a": ("a", "ar", "ah", "aa", "an", "arn", "ann", "at", "aq", "aque"),
    "e": (
        "e", "ay", "ae", "ei", "eh", "aye", "ey", "ein", "ane", "eine", "ain", "aing", "ine",
        "aeng", "ai", "et", "ek", "ett", "aik", "ike", "eik", "ake", "eike",
    ),
}  # fmt: skip
_CLASS_OF = {spelling: name for name, spellings in _RHYME_CLASSES.items() for spelling in spellings}
_CROSSING = ({"a", "e"}, {"i", "e"}, {"a", "u"}, {"e", "u"}, {"aw", "u"})


def syllable_differs(latin: str, conventional: str) -> str:
    """How a syllable in Latin letters is another Burmese syllable than the one whose
    conventional romanisation is `conventional` (or than another in Latin letters), rather
    than a spelling of it: "rhyme", its rhyme is of another class (Tin, Tun: ထွန်း; Kyi,
    Kyaw: ကျော်); "onset", its onset is another that a slip of the pen also makes: th where
    the syllable's is ht or the other way round (Htet, Thet: သက်), a medial w more or less
    (Nwe, ညီ: Nyi; She, ရွှေ: Shwe), a y more or less (Nyein, နိုင်: Naing; Myo, Moe), another
    hushing sound (Swe, ရွှေ: Shwe); "" for none."""
    onset, rhyme = _onset_and_rhyme(latin)
    own_onset, own_rhyme = _onset_and_rhyme(conventional)
    classes = {_CLASS_OF.get(rhyme), _CLASS_OF.get(own_rhyme)}
    if None not in classes and len(classes) == 2 and classes not in _CROSSING:
        return "rhyme"
    if _th_and_ht(onset, own_onset):
        return "onset"
    if not rhyme or not own_rhyme:
        return ""
    one, other = onset_class(onset), onset_class(own_onset)
    hushing = {one[:1], other[:1]}
    if _medial_w(onset) != _medial_w(own_onset) or (len(hushing) == 2 and hushing <= _HUSHING):
        return "onset"
    if _y_more(one, other) or _y_more(other, one):
        return "onset"
    return ""


def _y_more(one: str, other: str) -> bool:
    """Whether an onset class is another's with a y after it, as Burmese writes ည for န
    (ညီ, Nyi; နီ, Ni) and a medial ျ or ြ after a labial (မျိုး, Myo; မိုး, Moe; ပြည့်, Pyae)."""
    return (
        len(one) > 1
        and one.endswith("y")
        and one[:-1] == other
        and not other.endswith("y")  # a y typed twice (Myyar) is a slip, not a glide
    )


# The rhymes each spelling writes (`RHYME_SPELLINGS` read backwards): one, or the two o-like.
_RHYMES_SPELLED = {
    spelling: frozenset(rhyme for rhyme, them in RHYME_SPELLINGS.items() if spelling in them)
    for spellings in RHYME_SPELLINGS.values()
    for spelling in spellings
}


def spell_one_syllable(one: str, other: str) -> bool:
    """Whether two syllables in Latin letters spell one Burmese syllable (Nway, Nwe: နွယ်;
    Khine, Khaing: ခိုင်; Aong, Aung): onsets that agree (`onsets_agree`) and rhymes that
    names write for one rhyme."""
    onset, rhyme = _onset_and_rhyme(one)
    other_onset, other_rhyme = _onset_and_rhyme(other)
    rhymes = _RHYMES_SPELLED.get(rhyme, frozenset()) & _RHYMES_SPELLED.get(other_rhyme, frozenset())
    return bool(rhymes) and onsets_agree(onset, other_onset)


@functools.lru_cache(maxsize=65536)
def latin_syllables(one: str, other: str) -> str:
    """How two Myanmar nationals' syllables in Latin letters compare: "same", spellings of
    one Burmese syllable (Nway, Nwe: နွယ်; Khine, Khaing: ခိုင်); "other", two (Tin, Tun; Kyi,
    Kyaw); "onset", another onset that a slip of the pen also makes (Thet, Htet; Nwe, Nyi;
    Swe, Shwe); "" where their letters do not tell. The skeleton alone hears them all
    alike."""
    if spell_one_syllable(one, other):
        return "same"
    differs = syllable_differs(one, other)
    return "other" if differs == "rhyme" else differs


@functools.lru_cache(maxsize=65536)
def syllable_names(latin: str, written: bool) -> tuple[str, ...]:
    """The Burmese syllable a part is, as onset class and conventional rhyme ("nw/e" for
    နွယ်, Nway and Nwe): its own romanisation where it is `written` in Burmese script, or
    each rhyme names write its Latin rhyme for (Lone: l/on and l/un); () where its rhyme is
    none of those."""
    onset, rhyme = _onset_and_rhyme(latin)
    rhymes = frozenset((rhyme,)) if written else _RHYMES_SPELLED.get(rhyme, frozenset())
    return tuple(sorted(f"{onset_class(onset)}/{r}" for r in rhymes))
