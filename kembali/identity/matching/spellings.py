"""Whether a spelling in Latin letters writes a native-script name's own letters.

The skeleton key says that two spellings sound alike; for the scripts whose romanisations it
serves badly, the letters say whether the vowels are this name's (Ahmadi, احمدی; Hossain,
হোসেন) and the sounds the ones its script writes alike (Murugan, முருகன்). Each script's
letters become a pattern of the spellings names write for them: Arabic script, Bengali,
Devanagari, Sinhala, Tamil and Thaana here, Burmese syllables' rhymes in `burmese.py`.
"""

import functools
import re
import unicodedata
from collections.abc import Callable

import regex
from anyascii import anyascii

from kembali.cases.names import detect_script

from . import burmese
from .latin import (
    _ARABIC_MARKS,
    _B_PHALA,
    _PASHTO_URDU,
    _SKELETON_FOLDS,
    _collapse,
    _latin,
    spelling_key,
    tamil_written,
    to_latin_words,
)

# Arabic script writes a long vowel with a letter (ا a, ی i or e, و u or o) and a short one not
# at all; a final ه is said as a vowel (فاطمه: Fatima, Fatemeh), an ع as a vowel or not at all
# (علی: Ali; سعید: Saeed), the article's alif as the vowel before it (عبدالله: Abdullah).
_SHORT = "[aeiou]?"
_ARABIC_LETTER_PATTERNS = {
    "ا": "[aeiou]*a[aeiou]*",
    "آ": "[aeiou]*a[aeiou]*",
    "ی": "(?:[aeiou]*[ie][aeiou]*|y[aeiou]?)",
    "ي": "(?:[aeiou]*[ie][aeiou]*|y[aeiou]?)",
    "ى": "[aeiou]*[aiey][aeiou]*",
    "و": "(?:[aeiou]*[uo][aeiou]*|w[aeiou]?)",
    "ع": "[aeiou]*",
    "ء": "[aeiou]*",
    "أ": "[aeiou]+",
    "إ": "[aeiou]+",
    "ئ": "[aeiouy]*",
    "ؤ": "[aeiouw]*",
    "ة": "[aeiou]?[ht]?",
}


def _letters(word: str) -> str:
    """A word with the consonants folded into their skeleton classes and the vowels kept."""
    folded = spelling_key(word)
    for written, replacement in _SKELETON_FOLDS:
        folded = folded.replace(written, replacement)
    return folded


@functools.lru_cache(maxsize=65536)
def _arabic_pattern(arabic: str) -> re.Pattern[str] | None:
    """The spellings of an Arabic-script name (احمدی) with its vowels written: each long vowel
    the script writes a vowel of its kind, the vowels it leaves unwritten short ones. Ahmadi
    fits احمدی; Mohammadi, with the same consonants, does not, nor Mona مینا."""
    letters = [c for c in _ARABIC_MARKS.sub("", arabic).translate(_PASHTO_URDU) if c.isalpha()]
    if not letters:
        return None
    pieces = [] if letters[0] in "اآأإ" else ["[aeiou]*"]  # before an ع or a dropped alif
    previous = ""
    for position, letter in enumerate(letters):
        following = letters[position + 1] if position + 1 < len(letters) else ""
        if letter in "اآ" and position == 0:
            pieces.append("[aeiou]+")  # the alif that carries a first vowel (اسماعیل)
        elif letter == "ا" and following == "ل" and position:
            pieces.append("[aeiou]*")  # the article's alif (عبدالله, نصرالله)
        elif letter == "ه" and not following and position:
            pieces.append("[aeiou]*h?")
        elif letter in _ARABIC_LETTER_PATTERNS:
            pieces.append(_ARABIC_LETTER_PATTERNS[letter])
        else:
            consonant = _letters(_latin(letter, "Arab"))
            if not consonant or consonant == previous:
                continue  # a doubled letter is written once in Latin letters (spelling key)
            # A short vowel after the last letter would be written (نوری: Nuri; نور: Nur).
            pieces.append(re.escape(consonant) + (_SHORT if following else ""))
            previous = consonant
            continue
        previous = ""
    # The standard library's engine: these patterns are simple, and it compiles them many
    # times faster than `regex`, for the thousands of a registry's names.
    return re.compile("".join(pieces))


# Arabic script writes every consonant a name says, h and a first y or w among them, and a
# first vowel's carrier (ا, ع). The skeleton sets h and glides aside (`latin.skeleton_key`),
# so that Hamid, Ahmad, Mohammad and Mahmud are all m-d, Zahra and Hazara z-r, Yusuf and Safi
# s-f, Nur and Anwar n-r: against a name in Arabic script, two whose consonants meet only so
# are two names — where they begin otherwise (احمد, Hamid; انور, Nur; یوسف, Safi), where an h
# stands between two letters alike on one side only (محمد, Hamid), or elsewhere among the
# same letters (زهرا, Hazara). An h one side has and the other has not is a spelling: Latin
# letters add one for a long o (مومند, Mohmand) and leave one out (ذبیح الله, Zabiullah).
def breaths_differ(a: str, a_latin: str, b: str, b_latin: str) -> bool:
    """Whether two parts, one of them at least in Arabic script, write the same consonants
    otherwise than the script allows (above). A short Latin form that writes some of the
    letters (Md, Mohd) is no other name: what it leaves out is not known."""
    if a.isascii() and b.isascii():
        return False
    first, second = _shapes(a, a_latin), _shapes(b, b_latin)
    if not first or not second or not first.isdisjoint(second):
        return False
    pairs = [(x, y) for x in first for y in second if _bare(x[1]) == _bare(y[1])]
    if pairs:
        # The same letters: begun otherwise, or with an h elsewhere, unless one side has an
        # h the other has not.
        return not any(x[0] == y[0] and x[1].count("h") != y[1].count("h") for x, y in pairs)
    if not any(_merged(x[1]) == _merged(y[1]) for x in first for y in second):
        return False  # other letters: for the letters to say
    return not any(text.isascii() and len(text) <= 4 for text in (a, b))


# A diphthong Latin letters write (ai, ay, ei, ey: Hussain, Zainab, Heydar) is a letter
# Arabic script writes too (ی and its Pashto and Urdu forms, ئ: حسین, زینب, حیدر), after the
# word's first: a name in it with fewer is another (حسن, Hasan; not Hussain).
_DIPHTHONG = regex.compile("[ae][iy]")
_Y_LETTERS = frozenset("یيىئېۍے")


def diphthong_unwritten(a: str, a_latin: str, b: str, b_latin: str) -> bool:
    """Whether of two parts, one in Arabic script and one in Latin letters, the Latin writes
    more diphthongs than the Arabic writes a letter for."""
    if a.isascii() == b.isascii():
        return False
    latin, arabic = (a_latin, b) if a.isascii() else (b_latin, a)
    if script_of(arabic) != "Arab":
        return False
    return len(_DIPHTHONG.findall(latin)) > sum(c in _Y_LETTERS for c in arabic[1:])


def _bare(consonants: str) -> str:
    return consonants.replace("h", "")


_H_BETWEEN = regex.compile(r"(.)h\1")


def _merged(consonants: str) -> str:
    """The consonants with two alike that an h stood between taken as one, as the skeleton
    takes them (m-h-m-d: m-d)."""
    return _bare(_H_BETWEEN.sub(r"\1", consonants))


@functools.lru_cache(maxsize=65536)
def _shapes(text: str, latin: str) -> frozenset[tuple[str, str]]:
    """A part's consonants in the skeleton's classes with its h's, each with a V where it
    begins with a vowel. From the letters of a word in Arabic script, as written and with a
    letter written twice read once: two nuns may have a vowel between them that the script
    leaves unwritten (ننګیالی: Nangialai), or none (الله); a first ی or و is a consonant or a
    vowel. From a Latin spelling as its letters fold (sh, kh: one sound; a letter doubled,
    once) and as written, since Ishaq writes an s and an h (اسحاق), Zabiullah two l's (ذبیح
    الله). A last h says nothing either way (Zabih, Zabi; فاطمه, Fatima)."""
    if text.isascii():
        initial = latin[:1]
        onset = "V" if initial in "aeiou" else {"y": "y", "w": "w", "v": "w"}.get(initial, "")
        loose = "".join(_letters(c) for c in latin)
        shaped = {(onset, word) for word in (_letters(latin), loose, _collapse(loose))}
    elif script_of(text) == "Arab":
        letters = [c for c in _ARABIC_MARKS.sub("", text).translate(_PASHTO_URDU) if c.isalpha()]
        if not letters:
            return frozenset()
        written = "".join(
            "a" if c in _VOWEL_LETTERS else _letters(_latin(c, "Arab")) for c in letters
        )
        onsets = {"اآأإعء": ("V",), "یيى": ("V", "y"), "و": ("V", "w")}
        first = next((o for found, o in onsets.items() if letters[0] in found), ("",))
        shaped = {(onset, word) for onset in first for word in (written, _collapse(written))}
    else:
        return frozenset()
    return frozenset(
        (onset, regex.sub("[aeiouyw]", "", word).removesuffix("h")) for onset, word in shaped
    )


# Arabic letters that write a vowel as often as a consonant, or only a vowel.
_VOWEL_LETTERS = frozenset(_ARABIC_LETTER_PATTERNS) | {"ا", "آ"}


# A vowel Tamil says between a consonant and r that Latin spellings leave out (பிரியா: Priya;
# சந்திரன்: Chandran), and the y Tamil writes between i and a vowel (Subramaniam).
_TAMIL_CLUSTER_VOWEL = regex.compile(r"(?<=[^aeiou])[iu](?=r)")
_TAMIL_GLIDE = regex.compile(r"(?<=i)y(?=[aeiou])")
# க between vowels, said and written h (மகேந்திரன்: Mahendran).
_TAMIL_SOFT = regex.compile(r"(?<=[aeiou])k(?=[aeiou])")


@functools.lru_cache(maxsize=65536)
def _tamil_pattern(tamil: str) -> re.Pattern[str] | None:
    """The spellings of a Tamil name (முருகன், read murukan) as names are written: Tamil
    writes one letter for k and g, t, th and d, p and b, s, ch and j, so its letters fit a
    spelling of either sound, but not other vowels; ழ is l or zh (Arulmoli, Arulmozhi), ஞ
    n or gn (Nanam, Gnanam)."""
    latin = "".join(latin for _, latin in to_latin_words(tamil))
    spelled = _tamil_spelled(_letters(latin))
    if spelled is None or not ("ழ" in tamil or "ஞ" in tamil):
        return spelled
    written = _tamil_spelled(_letters(tamil_written("".join(tamil.split()))))
    if written is None or written.pattern == spelled.pattern:
        return spelled
    return re.compile(f"(?:{spelled.pattern})|(?:{written.pattern})")


def _tamil_spelled(letters: str) -> re.Pattern[str] | None:
    if not letters:
        return None
    soft = {m.start() for m in _TAMIL_SOFT.finditer(letters)}
    pattern = "".join(
        "[kh]" if position in soft else re.escape(char) + ("?" if optional else "")
        for position, (char, optional) in enumerate(_optional_letters(letters))
    )
    for tamil_spelling, sanskrit_spellings in _TAMIL_SANSKRIT:
        pattern = pattern.replace(tamil_spelling, sanskrit_spellings)
    # ங்க is written ng, whose g the letters fold into the n (Ilango: "ilano").
    pattern = pattern.replace("nk", "nk?")
    if pattern.endswith("iy?am"):
        pattern = pattern[:-1] + "[mn]"
    # A name ending in a vowel is often written with an h after it (ராஜா: Rajah).
    return re.compile(pattern + ("h?" if letters[-1:] in ("a", "i", "u") else ""))


# Sanskrit names in Tamil letters, and the Latin spellings they keep from Sanskrit: ட்சு is
# ksh (லட்சுமி: Lakshmi, Latchumi), கிரு kri (கிருஷ்ணன்: Krishnan), ஜெ ja (ஜெயக்குமார்:
# Jayakumar), a closing -iyam -ian (சுப்பிரமணியம்: Subramanian). Applied to the pattern.
_TAMIL_SANSKRIT = (
    ("tsu", "(?:k?s|ts)u?"),
    ("i?ru", "i?r[iu]"),
    ("je", "j[ea]"),
)


def _optional_letters(letters: str) -> list[tuple[str, bool]]:
    optional = {m.start() for m in _TAMIL_CLUSTER_VOWEL.finditer(letters)}
    optional |= {m.start() for m in _TAMIL_GLIDE.finditer(letters)}
    return [(char, position in optional) for position, char in enumerate(letters)]


@functools.lru_cache(maxsize=262144)
def script_of(word: str) -> str:
    return detect_script(word)


def native_letters_fit(latin: str, native: str, native_latin: str) -> bool:
    """Whether a spelling in Latin letters writes a native-script name's letters, for the
    scripts whose romanisations the skeleton alone serves badly: Arabic, Bengali, Devanagari,
    Sinhala and Thaana, whose vowels are written or said otherwise than Latin spells them;
    Tamil, one letter for two sounds; Burmese, whose syllables' rhymes are spelled many
    ways."""
    script = script_of(native)
    if script == "Mymr":
        if " " in native:  # syllables written as one word (`parts._joined`)
            return burmese.word_fits(latin, native)
        return burmese.rhyme_fits(latin, native_latin, native)
    return script in _PATTERNS and _pattern_fits(latin, native, script)


def native_syllable_differs(latin: str, native: str, native_latin: str) -> str:
    """How a spelling in Latin letters writes another syllable than a native one, for
    Burmese, whose syllables are names of their own and whose rhymes names spell in known
    ways (`burmese.syllable_differs`); "" where it does not."""
    if script_of(native) != "Mymr":
        return ""
    return burmese.syllable_differs(latin, native_latin)


@functools.lru_cache(maxsize=262144)
def _pattern_fits(latin: str, native: str, script: str) -> bool:
    pattern = _PATTERNS[script](native)
    return pattern is not None and bool(pattern.fullmatch(_letters(latin)))


# Bengali letters as names spell them in Latin letters, and each vowel sign's spellings: the
# vowel a consonant carries unwritten is said o as often as a, and left unsaid inside a word
# and at its end (রহিম: Rahim; মজুমদার: Majumdar, Mojumder); ে is e or ai (হোসেন: Hossen,
# Hossain).
_BENGALI_CONSONANTS = {
    "ক": "k", "খ": "kh", "গ": "g", "ঘ": "gh", "ঙ": "ng", "চ": "ch", "ছ": "ch", "জ": "j",
    "ঝ": "jh", "ঞ": "n", "ট": "t", "ঠ": "th", "ড": "d", "ঢ": "dh", "ণ": "n", "ত": "t",
    "থ": "th", "দ": "d", "ধ": "dh", "ন": "n", "প": "p", "ফ": "ph", "ব": "b", "ভ": "bh",
    "ম": "m", "য": "j", "র": "r", "ল": "l", "শ": "sh", "ষ": "sh", "স": "s", "হ": "h",
    "ৎ": "t", "R": "r", "Q": "rh", "Y": "y",
}  # fmt: skip
# ড়, ঢ় and য় are a letter and a nukta (Unicode keeps them apart in every normal form).
_BENGALI_NUKTA = (("\u09a1\u09bc", "R"), ("\u09a2\u09bc", "Q"), ("\u09af\u09bc", "Y"))
# া before a name's closing র is written a or e (আক্তার: Akter, Aktar; মজুমদার: Mojumder;
# সরকার: Sarker): marked before the walk.
_CLOSING_AA = "\ue001"
_BENGALI_VOWELS = {
    "া": "a",
    "ি": "[iey]",
    "ী": "[iey]",
    "ু": "[uo]",
    "ূ": "[uo]",
    "ৃ": "(?:ri?|ir)",
    "ে": "(?:e|ai|a|ei|i|ay)",
    "ৈ": "(?:oi|oy|ai|ay)",
    "ো": "[ou]",
    "ৌ": "(?:au|u|o)",
    "অ": "[aoe]",
    "আ": "a",
    "ই": "[iey]",
    "ঈ": "[iey]",
    "উ": "[uo]",
    "ঊ": "[uo]",
    "ঋ": "ri?",
    "এ": "(?:e|a|ei)",
    "ঐ": "(?:oi|oy|ai)",
    "ও": "[ou]",
    "ঔ": "(?:au|u|o)",
    _CLOSING_AA: "[ae]",
}
_BENGALI_MARKS = {"ং": "(?:n|m)k?", "ঃ": "h?", "ঁ": "n?", "\ue002": "h?"}
# A vowel letter after a vowel, where an Arabic name says h that Bengali does not write
# (সালাউদ্দিন: Salahuddin, Salauddin): marked before the walk.
_HIATUS = regex.compile("(?<=[\u0985-\u0994\u09be-\u09cc])(?=[\u0985-\u0994])")
_HASANTA = "\u09cd"


@functools.lru_cache(maxsize=65536)
def _bengali_pattern(bengali: str) -> re.Pattern[str] | None:
    """The spellings of a Bengali name (মজুমদার: Majumdar, Mojumder) with the vowels names
    write for its letters."""
    text = unicodedata.normalize("NFC", _B_PHALA.sub("", bengali))
    for letters, marker in _BENGALI_NUKTA:
        text = text.replace(letters, marker)
    if text.endswith("ার"):
        text = text[:-2] + _CLOSING_AA + "র"
    text = _HIATUS.sub("\ue002", text)
    if not any(c in _BENGALI_CONSONANTS for c in text):
        return None

    def spell(position: int) -> str | None:
        char = text[position]
        if char not in _BENGALI_CONSONANTS:
            return None
        if char == "Y":
            # য় is a glide, written y or w or not at all (পাটোয়ারী: Patowari); closing a
            # syllable, i as well (ফয়সাল: Faisal, ওবায়দুল: Obaidul).
            closing = text[position + 1 : position + 2] in _BENGALI_CONSONANTS
            return "[wyi]?" if closing else "[wy]?"
        if char == "ভ" and position:
            return "[pw]"  # তানভীর: Tanvir, শুভ: Shuvo (see `readings`)
        closing = text[position - 1 : position] == "া" and position + 1 < len(text)
        if char == "হ" and closing and text[position + 1] in _BENGALI_CONSONANTS:
            # হ closing a long a before a consonant is said faintly and often not written
            # (শাহজাহান: Shahjahan, Shajahan; শাহনাজ: Shanaz; শাহরিয়ার: Shariar).
            return "h?"
        return re.escape(_letters(_BENGALI_CONSONANTS[char]))

    def inherent(position: int) -> str:
        # Said o or a, or not at all; at the end of a word o or nothing (রহিম is Rahim,
        # রহিমা Rahima).
        return "[aoeu]?" if position + 1 < len(text) else "o?"

    return _abugida_pattern(text, spell, inherent, _BENGALI_VOWELS, _BENGALI_MARKS, _HASANTA)


# Sinhala as names spell it: a letter without a vowel sign or al-lakuna carries an a that
# anyascii leaves out (නිමල්: Nimal; චමින්ද: Chaminda), said e at a name's end after ha
# (රණසිංහ: Ranasinghe); ච ශ ෂ are ch and sh.
_SINHALA_SHIFTED = {"ච": "ch", "ශ": "sh", "ෂ": "sh"}
_SINHALA_VOWELS = {
    "ා": "a", "ැ": "[ae]", "ෑ": "[ae]", "ි": "i", "ී": "ie?", "ු": "u", "ූ": "u",
    "ෘ": "r[iu]", "ෙ": "e", "ේ": "(?:e|ay|ey)", "ෛ": "ai", "ො": "o", "ෝ": "o", "ෞ": "au",
    "අ": "a", "ආ": "a", "ඇ": "[ae]", "ඈ": "[ae]", "ඉ": "i", "ඊ": "i", "උ": "u", "ඌ": "u",
    "එ": "e", "ඒ": "e", "ඔ": "o", "ඕ": "o", "ඓ": "ai", "ඖ": "au",
}  # fmt: skip
_SINHALA_MARKS = {"ං": "nk?", "ඃ": "h?"}
_AL_LAKUNA = "\u0dca"


@functools.lru_cache(maxsize=65536)
def _sinhala_pattern(sinhala: str) -> re.Pattern[str] | None:
    """The spellings of a Sinhala name (චමින්ද: Chaminda) with the vowels its letters carry
    unwritten."""
    text = "".join(c for c in unicodedata.normalize("NFC", sinhala) if "\u0d80" <= c <= "\u0dff")

    def spell(position: int) -> str | None:
        char = text[position]
        if not "\u0d9a" <= char <= "\u0dc6":
            return None
        if char == "ය" and position and text[position - 1] == _AL_LAKUNA:
            return "i?y"  # a y joined under a letter may bring an i (ශ්‍යාමලී: Shiyamali)
        if char == "හ" and position and text[position - 1] == "ං":
            return "h?"  # සිංහ: Singha, Sinha (the spelling key reads gh as g)
        return re.escape(_letters(_SINHALA_SHIFTED.get(char) or anyascii(char)))

    def inherent(position: int) -> str:
        if position + 1 < len(text):
            return "a?"
        # Said e at a name's end after ha, ka and tna (Ranasinghe, Senanayake, Jayaratne).
        tna = text[position - 2 : position + 1] == "ත්න"
        return "[ae]" if text[position] in "හක" or tna else "a"

    return _abugida_pattern(text, spell, inherent, _SINHALA_VOWELS, _SINHALA_MARKS, _AL_LAKUNA)


def _abugida_pattern(
    text: str,
    spell: Callable[[int], str | None],
    inherent: Callable[[int], str],
    vowels: dict[str, str],
    marks: dict[str, str],
    virama: str,
) -> re.Pattern[str] | None:
    """The spellings of a name in a script whose letters carry a vowel unless a vowel sign or
    the virama follows (Bengali, Sinhala): `spell` gives a letter's pattern (None: not a
    letter), `inherent` the pattern of the vowel it carries. A letter written twice with no
    vowel between is written once in Latin letters (the spelling key folds doubles)."""
    pieces: list[str] = []
    previous = ""
    for position, char in enumerate(text):
        following = text[position + 1] if position + 1 < len(text) else ""
        if char in vowels or char in marks:
            pieces.append(vowels.get(char) or marks[char])
            previous = ""
            continue
        consonant = spell(position)
        if consonant is None:
            continue
        if consonant != previous:
            pieces.append(consonant)
        previous = consonant
        if following != virama and following not in vowels:
            pieces.append(inherent(position))
            previous = ""
    return re.compile("".join(pieces)) if pieces else None


# Thaana writes every vowel (its fili), and Maldivian names spell them loosely: a short a is a
# or e (މުޙައްމަދު: Mohamed, އަޙްމަދު: Ahmed), a long ee i, ee or ea (ޢީސާ: Isa, Easa). The
# vowel after a name's last consonant is said and not written in Latin letters (ދާއޫދު: Dawood),
# and an alif or ain carrying a vowel after a vowel may be written as a glide (Dawud, Aishath).
_THAANA_VOWELS = {
    "\u07a6": "[ae]", "\u07a7": "a", "\u07a8": "[ie]", "\u07a9": "(?:i|e|ea|ie)", "\u07aa": "[uo]",
    "\u07ab": "[uo]", "\u07ac": "[ea]", "\u07ad": "(?:e|ey|ay|ei|ai)", "\u07ae": "[ou]",
    "\u07af": "(?:o|oa)",
}  # fmt: skip
_SUKUN = "\u07b0"
_THAANA_CARRIERS = frozenset("\u0787\u07a2")  # alif and ain
# Arabic letters of Arabic-origin names, said as Dhivehi says them or written as Arabic is
# romanised (ރިޟްވާން: Rizwan, Ridhwan).
_THAANA_EITHER = {"ޛ": "[tj]", "ޟ": "[tj]", "ޡ": "j", "ޘ": "[ts]", "ޚ": "[kh]"}


@functools.cache
def _letter_pattern(letter: str, script: str) -> str:
    """A consonant written without a vowel (with its sukun or virama), as a pattern of the
    folded Latin letters `_letters` compares."""
    return re.escape(_letters(_latin(letter, script)))


@functools.lru_cache(maxsize=65536)
def _thaana_pattern(thaana: str) -> re.Pattern[str] | None:
    """The spellings of a Thaana name (ފާޠިމަތު: Fathimath, Fatimath) as Maldivian names
    write its vowels."""
    text = [c for c in unicodedata.normalize("NFC", thaana) if "\u0780" <= c <= "\u07b1"]
    pieces: list[str] = []
    previous = ""
    for position, char in enumerate(text):
        before = text[position - 1] if position else ""
        if char in _THAANA_VOWELS:
            last = position + 1 == len(text)
            dropped = char == "\u07aa" and last and position > 1 and before not in _THAANA_CARRIERS
            # A u Dhivehi says after a consonant closing a syllable of an Arabic name, where
            # Arabic says none, is not written (ފަރުހާދު: Farhad; މަހުލޫފް: Mahloof).
            dropped = dropped or (char == "\u07aa" and _thaana_closing_u(text, position))
            # An i carried after a vowel may be written y alone (ފައިޞަލް: Faisal, Faysal).
            glided = char == "\u07a8" and _thaana_glide(text, position - 1)
            pieces.append(
                "[uo]?" if dropped else "(?:[wy]?[ie]|y)" if glided else _THAANA_VOWELS[char]
            )
            previous = ""
        elif char in _THAANA_CARRIERS:
            if _thaana_glide(text, position) and text[position + 1 :][:1] != ["\u07a8"]:
                pieces.append("[wy]?")
        elif char != _SUKUN:
            consonant = _THAANA_EITHER.get(char) or _letter_pattern(char + _SUKUN, "Thaa")
            if consonant == "y" and before == _SUKUN:
                consonant = "(?:[ie]?y|[ie])"  # މަރްޔަމް: Maryam, Mariyam, Mariam
            elif (
                consonant == "w"
                and not previous
                and pieces
                and text[position + 1 :][:1] == [_SUKUN]
            ):
                # A closing w is o to the spelling key (ހަވްވާ, Hawwa: "howa"; a w said twice
                # is written once or twice, Hawa or Hawwa).
                doubled = text[position + 2 :][:1] == [char]
                pieces[-1] = f"(?:{pieces[-1]}|o)" if doubled else f"(?:{pieces[-1]}w|o)"
                previous = "" if doubled else "w"
                continue
            if consonant and consonant != previous:  # a doubled letter is written once
                pieces.append(consonant)
            previous = consonant
    if text[-1:] == [_SUKUN] and text[-2] not in _THAANA_CARRIERS:
        pieces.append("u?")  # and said, and written, with a u after it (Ibrahimu, Nizaru)
    return re.compile("".join(pieces)) if pieces else None


def _thaana_closing_u(text: list[str], position: int) -> bool:
    """Whether the u at `position` follows a consonant that follows a vowel, and comes
    before a consonant: where Arabic closes the syllable."""
    after = text[position + 1 : position + 2]
    return (
        position > 1
        and text[position - 2] in _THAANA_VOWELS
        and text[position - 1] not in _THAANA_CARRIERS
        and bool(after)
        and after[0] not in _THAANA_VOWELS
        and after[0] not in _THAANA_CARRIERS
        and after[0] != _SUKUN
    )


def _thaana_glide(text: list[str], position: int) -> bool:
    """Whether the letter at `position` is an alif or ain carrying a vowel after a vowel,
    which Latin letters may write as a glide (ދާއޫދު: Dawud, ޢާއިޝަތު: Aishath)."""
    return (
        text[position] in _THAANA_CARRIERS and position > 0 and text[position - 1] in _THAANA_VOWELS
    )


# Devanagari as Nepali and Hindi names are written: the vowel a letter carries is written or
# not, at the end too (श्रेष्ठ: Shrestha, राम: Ram); व is b as often as v or w (विष्णु: Bishnu).
_DEVANAGARI_VOWELS = {
    "ा": "a", "ि": "[iey]", "ी": "[iey]", "ु": "[uo]", "ू": "[uo]", "ृ": "(?:ri?|ir|ru)",
    "े": "(?:e|ay|ai)", "ै": "(?:ai|ay|e)", "ो": "[ou]", "ौ": "(?:au|ou|o|u)",
    "अ": "a", "आ": "a", "इ": "[iey]", "ई": "[iey]", "उ": "[uo]", "ऊ": "[uo]", "ऋ": "ri?",
    "ए": "e", "ऐ": "(?:ai|e)", "ओ": "o", "औ": "(?:au|o)",
}  # fmt: skip
_DEVANAGARI_MARKS = {"ं": "[nm]?", "ँ": "n?", "ः": "h?"}
_VIRAMA = "\u094d"


@functools.lru_cache(maxsize=65536)
def _devanagari_pattern(devanagari: str) -> re.Pattern[str] | None:
    """The spellings of a Devanagari name (बहादुर: Bahadur) as Latin letters write it."""
    text = "".join(c for c in unicodedata.normalize("NFC", devanagari) if c != "\u093c")

    def spell(position: int) -> str | None:
        char = text[position]
        if not "\u0915" <= char <= "\u0939":
            return None
        return "[pw]" if char == "व" else _letter_pattern(char + _VIRAMA, "Deva")

    return _abugida_pattern(
        text, spell, lambda _: "a?", _DEVANAGARI_VOWELS, _DEVANAGARI_MARKS, _VIRAMA
    )


# Builders of the spellings a native-script name fits, by script (`native_letters_fit`).
_PATTERNS: dict[str, Callable[[str], re.Pattern[str] | None]] = {
    "Arab": _arabic_pattern,
    "Beng": _bengali_pattern,
    "Deva": _devanagari_pattern,
    "Sinh": _sinhala_pattern,
    "Taml": _tamil_pattern,
    "Thaa": _thaana_pattern,
}
