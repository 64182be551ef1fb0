"""How two parts of names compare, and which parts of two names align.

A part's similarity to another says how alike they are and how (identical, the same
spelling, sounding alike, similar): its letters, its consonant skeleton, the other common
romanisations of either, and, across scripts, whether the Latin spelling writes the native
name's own letters (`spellings.py`). Two names align part by part, best pairs first, each
part used once, two adjacent parts also tried as one word (Abdul Rahman, Abdurrahman).
"""

import functools
import unicodedata
from collections import Counter
from collections.abc import Sequence

import regex
from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein

from . import burmese
from .kept import Kept, kept
from .latin import (
    breath_key,
    glide_keys,
    glides_agree,
    hushing_agrees,
    other_skeletons,
    skeleton_key,
    spelling_key,
)
from .names import NamePart
from .spellings import (
    breaths_differ,
    diphthong_unwritten,
    native_letters_fit,
    native_syllable_differs,
    script_of,
)
from .titles import MOHAMMAD_SHORT

# Two parts at least this alike align.
ALIGN_THRESHOLD = 0.8
# At most this alike: two parts of the same letters that end otherwise
# (`_how_endings_differ`), told as "ending_differs" or "vowel_differs".
ENDING_DIFFERS = 0.85

_PAIRS: dict[tuple[int, int], tuple[NamePart, NamePart, tuple[float, str]]] = {}


def part_similarity(a: NamePart, b: NamePart) -> tuple[float, str]:
    # `kept` written out for two parts: this is called for every pair of parts of every
    # comparison, and the general form costs a fifth of a dedupe.
    key = (id(a), id(b))
    cached = _PAIRS.get(key)
    if cached is not None and cached[0] is a and cached[1] is b:
        return cached[2]
    result = _part_similarity(a, b)
    if len(_PAIRS) > 300_000:
        _PAIRS.clear()
    _PAIRS[key] = (a, b, result)
    return result


def _part_similarity(a: NamePart, b: NamePart) -> tuple[float, str]:
    result = _letters_similarity(a, b)
    if result[0] >= ALIGN_THRESHOLD and result[1] != "identical":
        if _other_names(a, b, result[1]):
            return min(result[0], OTHER_NAME), "similar"
        # Karim and Karima, Kumara and Kumari, Ahmad and Ahmadi, Alam and Alim: the same
        # letters with another ending, or another vowel before the last consonant, are
        # another name - a woman's for a man's, a family name taken from a given one.
        # Spellings of one name do not change how it ends; a slip of the pen can (Kayla,
        # Kayl), so the two still align, as letters that are only similar.
        differs = _how_endings_differ(a, b)
        if differs:
            return min(result[0], ENDING_DIFFERS), differs
    return result


# A word's ending as its spelling writes it: a, i or a consonant; anything else says nothing
# (an e, an o or a u; a diphthong; an r after a, which writes a long a in Burmese names: Zar,
# Thidar; -at, the Arabic feminine -a before another word: Fathimath, Fathima). An h after a
# vowel is not said (Karimah). Besides Latin letters, the scripts whose romanisation writes a
# last vowel as a Latin spelling would: Bengali, Tamil, Thaana. Thai writes final vowels it
# does not say (สมบัติ, Sombat), and a Burmese syllable's vowel is a matter of its own.
_WRITES_LAST_VOWEL = frozenset({"Latn", "Beng", "Taml", "Thaa"})
_LATIN_A = regex.compile(r"(?<![aeiou])(?:a|aa|ia|iya|ya)h?$")
_LATIN_I = regex.compile(r"(?<![aeiou])(?:i|ee|ie|y)$|ii$")
_LATIN_CONSONANT = regex.compile(r"[b-df-gj-np-tv-xz]$|(?<![aeiou])h$")
_LATIN_UNKNOWN = regex.compile(r"ath?$|ar$")
_SINHALA = regex.compile(r"(?P<a>[\u0d9a-\u0dc6\u0dcf])$|(?P<i>[\u0dd2\u0dd3])$|(?P<C>\u0dca)$")
# Arabic script writes a last a (ه, ة, ا) and nothing after a last consonant; a last ی is i
# (Ali, علی) or a (Musa, موسی), و is u or o.
_ARABIC = regex.compile(
    r"(?P<a>[\u0627\u0629\u0647\u06c1\u06d5])$"
    r"|(?P<C>[\u0628-\u063a\u0641-\u0646\u067e\u0686\u0698\u06a9\u06af\u067c\u0681\u0685"
    r"\u0689\u0693\u0696\u069a\u06bc])$"
)


@functools.lru_cache(maxsize=1 << 16)
def _ending(text: str, latin: str) -> str:
    script = script_of(text)
    if script == "Sinh":
        # A Sinhala letter with no vowel sign carries an a that the romanisation leaves
        # out (කුමාර: kumar, Kumara).
        found = _SINHALA.search(text)
        return found.lastgroup or "" if found else ""
    if script == "Arab":
        found = _ARABIC.search(text)
        return found.lastgroup or "" if found else ""
    if "\ufdf2" in text or script not in _WRITES_LAST_VOWEL:
        return ""  # Thai, Burmese; the ligature ﷲ, written without its vowels
    if text.endswith("\u09cd\u09af") or "\u0981" in text:
        # A Bengali ya-phala last is written a, o or ee (Bhattacharya, -jee; Soumyo); a
        # chandrabindu's nasal is often written as a closing n (ভূঁইয়া: Bhuiya, Bhuiyan).
        return ""
    if _LATIN_UNKNOWN.search(latin):
        return ""
    if _LATIN_A.search(latin):
        return "a"
    if _LATIN_I.search(latin):
        return "i"
    return "C" if _LATIN_CONSONANT.search(latin) else ""


# The vowel of a word's last syllable, where the word ends in a consonant: a, i or ai; o, u
# and e say nothing (Mohammad, Mohammed; Hossain, Hossen; Sombat, Sombut). An a there is not
# an i or an ai: Alam is not Alim, Hasan is not Husain.
_LAST_VOWEL = regex.compile(r"(?<![aeiouy])([aeiouy]+)[b-df-hj-np-tv-xz]+$")
_VOWEL_CLASSES = {"a": "a", "aa": "a", "i": "i", "ee": "i", "ii": "i"} | dict.fromkeys(
    ("ai", "ay", "ei", "ey", "aai"), "ai"
)


@functools.lru_cache(maxsize=1 << 16)
def _last_vowel(text: str, latin: str) -> str:
    if script_of(text) not in _WRITES_LAST_VOWEL:
        return ""  # a script whose romanisation leaves vowels out, or Thai and Burmese
    found = _LAST_VOWEL.search(latin)
    return _VOWEL_CLASSES.get(found.group(1), "") if found else ""


def _how_endings_differ(a: NamePart, b: NamePart) -> str:
    """How two parts' endings differ: "ending_differs", "vowel_differs" (the vowel before the
    last consonant), or "" where they end alike as far as their letters tell."""
    if {_last_vowel(a.text, a.latin), _last_vowel(b.text, b.latin)} in ({"a", "i"}, {"a", "ai"}):
        return "vowel_differs"
    endings = {_ending(a.text, a.latin), _ending(b.text, b.latin)}
    if len(endings) < 2 or "" in endings:
        return ""
    # A written Sinhala a is left off in Latin letters now and then (අනුරාධා, Anuradh);
    # its a and i are a man's name and a woman's (Kumara, Kumari).
    if endings == {"a", "C"} and "Sinh" in (script_of(a.text), script_of(b.text)):
        return ""
    return "ending_differs"


def _letters_similarity(a: NamePart, b: NamePart) -> tuple[float, str]:
    glides, breaths, hushes = a.glides and b.glides, a.breaths and b.breaths, a.hushes or b.hushes
    best = _similarity(a.latin, b.latin, glides, breaths, hushes)
    if best[0] < 1.0 and a.text.isascii() != b.text.isascii():
        # One side in its own script, the other in Latin letters: the skeleton sets vowels
        # aside and folds sounds together, the letters tell whether the vowels are this
        # name's (Ahmadi, احمدی; Hossain, হোসেন) and the sounds the ones its script writes
        # alike (Murugan, முருகன்). `native_letters_fit` says for which scripts.
        native, other = (b, a) if a.text.isascii() else (a, b)
        # Syllables joined (`_joined`) fit a word spelled much like their reading, at least
        # 0.8 alike on the benchmark's and the held-out names: others are not cut to be tried.
        joined_far = " " in native.text and best[0] < JOINED_FIT_FLOOR
        if not joined_far and native_letters_fit(other.latin, native.text, native.latin):
            return 1.0, "same_spelling"
        if best[0] >= ALIGN_THRESHOLD:
            differs = native_syllable_differs(other.latin, native.text, native.latin)
            if differs == "rhyme":
                # A Burmese syllable is a name; one of the same consonants and another rhyme
                # is another name (ထွန်း, Tin), however alike the letters.
                return ALIGN_THRESHOLD - 0.05, "similar"
            if differs == "onset":
                return min(best[0], ENDING_DIFFERS), "similar"  # Thet for ထက် (Htet), a slip
    if best[0] < 1.0 and a.syllable and b.syllable:
        # Two Myanmar nationals' syllables in Latin letters, as against Burmese script above.
        verdict = burmese.latin_syllables(a.latin, b.latin)
        if verdict == "same":
            return 1.0, "same_spelling"
        if verdict == "other":
            return ALIGN_THRESHOLD - 0.05, "similar"
        if verdict == "onset" and best[0] >= ALIGN_THRESHOLD:
            return min(best[0], ENDING_DIFFERS), "similar"
    if best[0] < 1.0 and _burmese_syllables(a, b) and burmese.rhymes_differ(a.latin, b.latin):
        # Both in Burmese script: what is written is known, and another rhyme is another
        # name (ထက်, ဌေး: Htet, Htay), as it is against a Latin spelling (above).
        return ALIGN_THRESHOLD - 0.05, "similar"
    if best[0] < 0.95 and (a.readings or b.readings):
        # Another common romanisation of one side (Janpen, Thanapol) is that side's name
        # spelled another way: it sounds alike at most, so it is tried only below that.
        for i, x in enumerate((a.latin, *a.readings)):
            for y in b.readings if i == 0 else (b.latin, *b.readings):
                similarity, how = _similarity(x, y, glides, breaths, hushes)
                if similarity >= 0.95:
                    return 0.95, "sounds_alike"  # as far as a reading goes
                if similarity > best[0]:
                    best = (similarity, how)
    elif best[1] == "similar" and (a.readings or b.readings) and _a_reading_agrees(a, b):
        # Close in letters, and one of the two's common romanisations is the other's
        # spelling (ธนากร, Thanakorn): what the caseworker reads is that they sound alike.
        best = (best[0], "sounds_alike")
    return best


# Mohammad as its spellings write it in every script's romanisation: Mohamed, Muhammad,
# Mohammod, මොහොමඩ් (mohomd), முகம்மது (muhammatu), มุฮัมมัด (muhammat); Arabic script
# writes it محمد. Mahmud (an h before the m) is another name.
_MOHAMMAD = regex.compile(r"m[aeiou]?h[aeiou]+m+[aeiou]*[dt]u?")


def _spells_mohammad(part: NamePart) -> bool:
    if script_of(part.text) == "Arab":
        return part.latin == "mhmd"
    return any(_MOHAMMAD.fullmatch(spelling) for spelling in (part.latin, *part.readings))


def _burmese(text: str) -> bool:
    return "\u1000" <= text[:1] <= "\u109f"


def _burmese_syllables(a: NamePart, b: NamePart) -> bool:
    """Whether both parts are one syllable each in Burmese script."""
    return _burmese(a.text) and _burmese(b.text) and _one_syllable(a.text) and _one_syllable(b.text)


@functools.lru_cache(maxsize=1 << 16)
def _one_syllable(text: str) -> bool:
    return len(burmese.syllables(text)) == 1


def _a_reading_agrees(a: NamePart, b: NamePart) -> bool:
    return any(
        spelling_key(x) == spelling_key(y)
        for x in (a.latin, *a.readings)
        for y in (b.latin, *b.readings)
    )


@functools.lru_cache(maxsize=1 << 20)
def _similarity(
    a: str, b: str, glides: bool = True, breaths: bool = True, hushes: bool = False
) -> tuple[float, str]:
    if a == b:
        return 1.0, "identical"
    spelling_a, spelling_b = spelling_key(a), spelling_key(b)
    if spelling_a == spelling_b:
        return 1.0, "same_spelling"
    spelling = JaroWinkler.similarity(spelling_a, spelling_b)
    skeleton_a, skeleton_b = skeleton_key(a), skeleton_key(b)
    if skeleton_a == skeleton_b:
        glides_a, glides_b = glide_keys(a)[0], glide_keys(b)[0]
        alike = Levenshtein.normalized_similarity(glides_a, glides_b)
        if glides and min(len(glides_a), len(glides_b)) >= 3 and not glides_agree(a, b):
            # The same consonants but other glides around them: other words.
            return max(spelling, alike * 0.9), "similar"
        if breaths and min(len(spelling_a), len(spelling_b)) >= 5:
            breath_a, breath_b = breath_key(a), breath_key(b)
            if breath_a != breath_b:
                # An h of its own on one side only: Ahmadi is not Mohammadi.
                alike = Levenshtein.normalized_similarity(breath_a, breath_b)
                return max(spelling, alike * 0.9), "similar"
        if hushes and not hushing_agrees(a, b):
            # Thai and Burmese keep ch and s apart: Chairat is not ศรีรัตน์ (Srirat).
            return min(spelling, 0.9), "similar"
        # One or two consonants (Tun, Thein; Win, Hein) are shared by many words: the
        # spelling must agree too before they count as the same name.
        floor = 0.95 if len(skeleton_a) > 2 else 0.85
        return max(floor, spelling), "sounds_alike"
    if skeleton_b in other_skeletons(a) or skeleton_a in other_skeletons(b):
        if hushes and not hushing_agrees(a, b):
            return min(spelling, 0.9), "similar"  # Srichai is not ชัยศรี (Chaisi)
        # As for one skeleton (above), two consonants or fewer say less: Dhanin read with
        # the z of an Arabic ذ meets jiawanon (เจียรวนนท์), whose vowels leave j and n.
        floor = 0.9 if min(len(skeleton_a), len(skeleton_b)) > 2 else 0.85
        return max(floor, spelling), "sounds_alike"
    skeleton = Levenshtein.normalized_similarity(skeleton_a, skeleton_b) * 0.9
    if spelling >= ALIGN_THRESHOLD and OSA.distance(spelling_a, spelling_b) > 1:
        # Not one slip of the pen (a letter dropped, doubled, changed or two swapped). Jaro-
        # Winkler rewards a shared beginning: Charoenwong and Charoenkul, two family names of
        # one head, would come out as close as a typo. Edits count every letter alike. Two
        # slips are possible still (Wallin, Walki): a part that aligned still aligns.
        edits = Levenshtein.normalized_similarity(spelling_a, spelling_b)
        spelling = max((spelling + edits) / 2, min(spelling, ALIGN_THRESHOLD))
    return max(spelling, skeleton), "similar"


# How alike two words are at most that differ in a stretch of letters (`stretch_differs`):
# below `ALIGN_THRESHOLD`, so that they do not align.
OTHER_NAME = 0.75
# The least letters each side of a stretch that makes two words two names.
STRETCH = 3


def stretch_differs(a: str, b: str, least: int = STRETCH) -> bool:
    """Two spellings that differ, once what they begin and end with alike is set aside, in a
    stretch of letters each that have little in common: two names of one head or one tail
    (Wickramasinghe, Wickramaratne; Jayasinghe, Jayasuriya; Surachai, Surasak; Mahendran,
    Rajendran), not one name misspelled. A slip of the pen, or two, changes a letter or two
    in a place, or scrambles a few (Wallin, Walki; Thorpe, Thropr); a spelling of the same
    sounds keeps the consonants, which the skeleton compares before this is asked."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    rest_a, rest_b = a[head : len(a) - tail], b[head : len(b) - tail]
    if min(len(rest_a), len(rest_b)) < least:
        return False
    if Levenshtein.normalized_similarity(rest_a, rest_b) >= 0.5:
        return False
    # Slips of the keys scramble the letters that are there (Thorpe, Thropr; Estcourt,
    # Etsclurt); another name brings others.
    shared = sum((Counter(rest_a) & Counter(rest_b)).values())
    return shared < 0.5 * max(len(rest_a), len(rest_b))


def _other_names(a: NamePart, b: NamePart, how: str) -> bool:
    """Two parts alike enough to align that are two names of one head or one tail, written
    in one script (`stretch_differs`). In Latin letters, where the consonants differ (what
    sounds alike is a spelling); in a script that writes every consonant, whatever the
    romanisations' likeness, which sets glides and vowels aside (ජයවර්ධන, ජයරත්න; สุขกุล,
    ศรีกุล): its letters, vowel signs and viramas set aside, in a stretch of two letters at
    least, since one letter more or less is a spelling (சுப்பிரமணியம், சுப்ரமணியம்). Burmese
    syllables are compared as such (`burmese.py`); across scripts, the romanisation of one
    side lacks the vowels the other writes (ستانکزی, Stanezai), so nothing is asked of the
    stretch. Arabic script writes every consonant, h and a first vowel's carrier too: a name
    in it is another than one whose consonants meet its own only once an h is set aside
    (حمید, Mohammad) or that begins otherwise (احمد, Hamid), in either script
    (`spellings.breaths_differ`), or whose Latin spelling writes a diphthong the Arabic
    script does not (حسن, Hussain: `spellings.diphthong_unwritten`). Md stands for Mohammad
    and no other name of its skeleton (Hamid, Ahmed, Mahmud)."""
    ascii_a, ascii_b = a.text.isascii(), b.text.isascii()
    if breaths_differ(a.text, a.latin, b.text, b.latin):
        return True
    if diphthong_unwritten(a.text, a.latin, b.text, b.latin):
        return True
    short_a, short_b = a.latin in MOHAMMAD_SHORT, b.latin in MOHAMMAD_SHORT
    if short_a != short_b:
        return not _spells_mohammad(b if short_a else a)
    if a.hushes and b.hushes and _thai_tails_differ(a, b):
        return True
    if ascii_a and ascii_b:
        return how not in ("same_spelling", "sounds_alike") and stretch_differs(
            a.spelling, b.spelling
        )
    if ascii_a or ascii_b:
        return False
    return _native_stretch_differs(a.text, b.text)


# The two commonest words that end Thai family names after another (วงศ์, ทอง), which the
# skeleton brings together after a closing consonant, where it takes a w for a vowel.
_WONG = regex.compile(r"[wv]ongs?e?$")
_THONG = regex.compile(r"th?ong$")


def _thai_tails_differ(a: NamePart, b: NamePart) -> bool:
    """Two names ending one in wong (วงศ์) and the other in thong (ทอง), under every reading
    of each: two families (เพชรวงศ์, Phettong; Sukwong, Sukthong), where the skeleton, which
    takes a w after a consonant for a vowel (Maryam, Mariam), hears one."""

    def ends(part: NamePart, pattern: regex.Pattern[str]) -> bool:
        return any(pattern.search(s) for s in (part.latin, *part.readings))

    wong_a, wong_b = ends(a, _WONG), ends(b, _WONG)
    thong_a, thong_b = ends(a, _THONG), ends(b, _THONG)
    return (wong_a and not thong_a and thong_b and not wong_b) or (
        wong_b and not thong_b and thong_a and not wong_a
    )


@functools.lru_cache(maxsize=1 << 16)
def _native_stretch_differs(a: str, b: str) -> bool:
    if a == b or _burmese(a) or _burmese(b) or script_of(a) != script_of(b):
        return False
    return stretch_differs(_base_letters(a), _base_letters(b), least=2)


def _base_letters(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c).startswith("L")
    )


Options = list[tuple[tuple[int, ...], NamePart]]
JOINED_FIT_FLOOR = 0.7
_JOINED: Kept = {}
_JOINED_PARTS: Kept = {}
_VOICED = {"t": "d", "k": "g", "p": "b", "s": "z"}


def _joined(parts: Sequence[NamePart]) -> Options:
    """Each part alone, and each two adjacent parts written as one word."""
    return kept(_JOINED, (parts,), _options, 200_000)


def _options(parts: Sequence[NamePart]) -> Options:
    options: Options = [((i,), p) for i, p in enumerate(parts)]
    pairs = []
    for i in range(len(parts) - 1):
        joined = kept(_JOINED_PARTS, (parts[i], parts[i + 1]), _joined_part, 200_000)
        pairs.append(joined)
        options.append(((i, i + 1), joined))
    for i in range(len(parts) - 2):
        # Three Burmese syllables of a Pali name written as one word (ရတနာ: Yadanar).
        if all(_burmese(p.text) for p in parts[i : i + 3]):
            joined = kept(_JOINED_PARTS, (pairs[i], parts[i + 2]), _joined_part, 200_000)
            options.append(((i, i + 1, i + 2), joined))
    return options


def _joined_part(first: NamePart, second: NamePart) -> NamePart:
    """Two adjacent parts written as one word; kept as one object for the same two parts, as
    a word's parts are, so that its comparisons are found again in `_PAIRS`."""
    latin = first.latin + second.latin
    text = first.text + " " + second.text
    glides = first.glides and second.glides
    breaths = first.breaths and second.breaths
    hushes = first.hushes or second.hushes
    spelled = {
        one + other
        for one in (first.latin, *first.readings)
        for other in (second.latin, *second.readings)
    }
    others = tuple(sorted(spelled - {latin}))
    if _burmese(second.text) and second.latin[:1] in _VOICED:
        # Inside a Burmese word a syllable's first stop is voiced, and one Latin word for
        # two syllables writes it so (သီတာ, thi-ta: Thida).
        others += tuple(
            first.latin + _VOICED[r[0]] + r[1:]
            for r in (second.latin, *second.readings)
            if r[:1] in _VOICED
        )
    spelling, skeleton = spelling_key(latin), skeleton_key(latin)
    return NamePart(text, latin, spelling, skeleton, "name", glides, breaths, hushes, others)


Aligned = tuple[tuple[int, ...], tuple[int, ...], float, str, NamePart, NamePart]


def _never_tried(qi: tuple[int, ...], ri: tuple[int, ...], qp: NamePart, rp: NamePart) -> bool:
    """Of joined parts against a single one: Burmese syllables joined are a word's to match
    in another script, never tried against a Burmese syllable (ထက် ထက်, ဌေး: Htet Htet is not
    Htay). Three joined are a Latin word's of four letters at least (Yadanar), never a short
    word's."""
    if _burmese(qp.text) and _burmese(rp.text):
        return True
    if len(qi) == 3:
        return not rp.text.isascii() or len(rp.latin) < 4
    if len(ri) == 3:
        return not qp.text.isascii() or len(qp.latin) < 4
    return False


def _syllables_joined(parts: Sequence[NamePart], indices: tuple[int, ...], other: NamePart) -> bool:
    """A Myanmar national's syllables in Latin letters joined against one such syllable,
    never tried, as in Burmese script: Mi Mi is not Myo."""
    return len(indices) > 1 and other.syllable and all(parts[i].syllable for i in indices)


def align(query: Sequence[NamePart], record: Sequence[NamePart]) -> list[Aligned]:
    """Pair parts of two names, best pairs first, each part used once; order is free. Each
    pair comes with the two options aligned (a part, or two adjacent parts joined)."""
    pairs: list[Aligned] = []
    record_options = _joined(record)
    for qi, qp in _joined(query):
        for ri, rp in record_options:
            # Both single parts are always tried; one side's two or three joined, against a
            # single part of the other only, and not always (`_never_tried`).
            joined = len(qi) + len(ri) > 2
            if joined and (
                (len(qi) > 1 and len(ri) > 1)
                or _never_tried(qi, ri, qp, rp)
                or _syllables_joined(query, qi, rp)
                or _syllables_joined(record, ri, qp)
            ):
                continue
            similarity, how = part_similarity(qp, rp)
            if similarity >= ALIGN_THRESHOLD:
                if joined:
                    how = "joined"
                pairs.append((qi, ri, similarity, how, qp, rp))
    if len(pairs) > 1:
        pairs.sort(key=lambda p: (-p[2], len(p[0]) + len(p[1])))
    used_q: set[int] = set()
    used_r: set[int] = set()
    chosen = []
    for pair in pairs:
        qi, ri = pair[0], pair[1]
        if used_q.intersection(qi) or used_r.intersection(ri):
            continue
        used_q.update(qi)
        used_r.update(ri)
        chosen.append(pair)
    return chosen
