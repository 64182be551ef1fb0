"""Any script to Latin letters, and the keys under which romanisations of one name meet.

Burmese goes through our own conventional romaniser (`burmese.py`). Bengali, Arabic-script
(Dari, Pashto, Urdu), Tamil, Thai, Thaana and the other Indic scripts go through ICU's
transliterators; Sinhala, which ICU lacks, through anyascii. The transliteration is then
folded into two keys:

* the *spelling* key keeps vowels but folds the digraphs that romanisations disagree on
  (Chowdhury / Choudhury, Mohammad / Muhammad stay close; Fatema / Phatema meet);
* the *skeleton* key keeps only consonant classes. Arabic and Thaana script write few vowels
  and the Brahmic scripts write the inherent vowel nowhere, so the consonants are where a
  native-script name and its romanisations agree: محمد, মোহাম্মদ, Mohammad, Md. → "mt".
"""

import functools
import re
import unicodedata
from collections.abc import Callable

import icu
import regex
from anyascii import anyascii

from kembali.cases.names import detect_script

from . import burmese, thai

_ICU_ANY_LATIN = icu.Transliterator.createInstance("Any-Latin")
_ICU_LATIN_ASCII = icu.Transliterator.createInstance("Latin-ASCII")
# Letters of the scholarly romanisations ICU writes that names write as two: श, ষ, ஷ and
# Thaana's ޝ are "sh" (Shiva, Santosh, Suresh, Sharif), ޗ is "ch" — not the s and c that
# Latin-ASCII would leave of ś, ṣ, š and č.
_DIGRAPHS = str.maketrans({"ś": "sh", "ṣ": "sh", "š": "sh", "č": "ch"})


def _icu_to_latin(word: str) -> str:
    return _ICU_LATIN_ASCII.transliterate(_ICU_ANY_LATIN.transliterate(word).translate(_DIGRAPHS))


_NON_LETTERS = regex.compile(r"[^a-z]+")
_VOWELS = frozenset("aeiouyw")
_PURE_VOWELS = frozenset("aeiou")


# Arabic letters that Dari, Pashto and Urdu pronounce alike, folded before transliterating so
# that ذبیح is Zabih, not Dhabih.
_ARABIC_AS_SPOKEN = str.maketrans({"ذ": "ز", "ض": "ز", "ظ": "ز", "ث": "س", "ص": "س", "ط": "ت"})
# Letters of Pashto and Urdu that ICU's Arabic-Latin drops: as the nearest Persian letter, the
# way they are romanised (ګل: Gul, ځدران: Zadran, څ: s, ډ: d, ښ: sh, ۍ and ې: i or e).
_PASHTO_URDU = str.maketrans(
    {
        "ګ": "گ",
        "ټ": "ت",
        "ٹ": "ت",
        "ډ": "د",
        "ڈ": "د",
        "ړ": "ر",
        "ڑ": "ر",
        "ږ": "ژ",
        "ښ": "ش",
        "ځ": "ز",
        "څ": "س",
        "ڼ": "ن",
        "ں": "ن",
        "ۍ": "ی",
        "ې": "ی",
        "ے": "ی",
        "ھ": "ه",
        "ۀ": "ه",
        # Urdu's heh and the closing t of feminine names, said as a vowel at a word's end as
        # the Persian ه is (عائشہ: Ayesha, فاطمة: Fatima).
        "ہ": "ه",
        "ۃ": "ه",
        "ة": "ه",
    }
)
# Thaana writes the same Arabic letters for Arabic-origin names (ރިޟްވާން, Rizwan / رضوان).
_THAANA_AS_SPOKEN = str.maketrans({"ޛ": "ޒ", "ޟ": "ޒ", "ޡ": "ޒ", "ޘ": "ސ", "ޞ": "ސ", "ޠ": "ތ"})
_THAANA_AS_DH = str.maketrans({"ޛ": "ދ", "ޟ": "ދ"})
# Bengali and Devanagari: a word ending in a consonant letter has no spoken final vowel
# (রহিম is Rahim, not Rahima). Independent vowels are letters too, so they are excluded.
_B_PHALA = regex.compile("(?<!\u09ae)\u09cd\u09ac")
# Gurmukhi, Gujarati: the same (ਕੌਰ is Kaur, પટેલ is Patel).
_SCHWA_SCRIPTS = {
    "Beng": ("\u0985", "\u0994"),
    "Deva": ("\u0904", "\u0914"),
    "Guru": ("\u0a05", "\u0a14"),
    "Gujr": ("\u0a85", "\u0a94"),
}
# Gurmukhi's tippi is the nasal its bindi is, which ICU leaves out (ਸਿੰਘ: Singh, not Sigh).
_GURMUKHI_TIPPI = str.maketrans({"\u0a70": "\u0a02"})
# Arabic's vowel signs, shadda and sukun, and the tatweel that stretches a word: names are
# written without them as often as with, and read alike (مُحَمَّد, محمد).
_ARABIC_MARKS = regex.compile("[\u064b-\u065f\u0670\u0640]")
# Khmer's bantoc closes a syllable on its consonant (ចាន់: Chan), which anyascii reads as a
# vowel of its own.
_KHMER_BANTOC = str.maketrans({"\u17cb": None})


def _latin(word: str, script: str) -> str:
    if script == "Thai":
        latin = thai.romanise(word)
    elif script == "Beng":
        # A ব joined under another consonant is said w or not at all (বিশ্বজিৎ: Biswajit,
        # স্বপন: Swapan), but b after ম (অম্বিকা: Ambika).
        latin = _icu_to_latin(_B_PHALA.sub("", word))
    elif script == "Sinh":
        # The anusvara is said, and romanised, "ng" (සිංහ → Singhe, ලංකා → Lanka).
        latin = anyascii(word.replace("\u0d82", "\u0d9e\u0dca"))
    elif script in ("Latn", "Zyyy"):
        latin = anyascii(
            "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
        )
    else:
        if script == "Arab":
            word = _ARABIC_MARKS.sub("", word).translate(_PASHTO_URDU).translate(_ARABIC_AS_SPOKEN)
        elif script == "Thaa":
            word = word.translate(_THAANA_AS_SPOKEN)
        elif script == "Guru":
            word = word.translate(_GURMUKHI_TIPPI)
        elif script == "Khmr":
            word = word.translate(_KHMER_BANTOC)
        latin = _icu_to_latin(word)
        if any(char.isalpha() and not char.isascii() for char in set(latin) & set(word)):
            # A script ICU has no transliterator for (Khmer, Lao, Tibetan) comes back as it
            # went in; anyascii reads every script.
            latin = anyascii(word)
    latin = _NON_LETTERS.sub("", latin.lower())
    bounds = _SCHWA_SCRIPTS.get(script)
    last = word[-1]
    ends_in_consonant = unicodedata.category(last) == "Lo" and not (
        bounds and bounds[0] <= last <= bounds[1]
    )
    if bounds and latin.endswith("a") and ends_in_consonant:
        latin = latin[:-1]
    elif script == "Thaa" and word.endswith("\u07aa") and len(latin) > 2:
        # Dhivehi says a final consonant of a name with a u after it that the Latin spelling
        # leaves out (ރަޝީދު: Rasheed, ޢާއިޝަތު: Aishath).
        latin = latin[:-1]
    return latin


_SYLLABLE_SCRIPTS = frozenset({"Hani", "Hang"})


@functools.lru_cache(maxsize=262144)
def to_latin_words(text: str) -> tuple[tuple[str, str], ...]:
    """The words of a name written in any script, each with its lower-case ASCII romanisation.

    A Burmese word gives one word per syllable (အောင်ကျော် → Aung, Kyaw)."""
    script = detect_script(text)
    words: list[tuple[str, str]] = []
    for word in text.split():
        if script == "Mymr":
            words.extend(burmese.romanise(word))
            continue
        if script in _SYLLABLE_SCRIPTS:
            # A Chinese or Korean name is written without spaces, a syllable a character,
            # and in Latin letters with them or not (王小明: Wang Xiaoming, Wang Xiao Ming).
            syllables = [(char, _latin(char, script)) for char in word if char.isalpha()]
            words.extend((char, latin) for char, latin in syllables if latin)
            continue
        latin = _latin(word, script)
        if latin:
            words.append((word, latin))
    return tuple(words)


_TAMIL_SOFT_K = regex.compile(r"(?<=[aeiou])k(?=[aeiou])")


# Second parts of Arabic-origin names that take the article (Nasir al-Din, Abd al-Rahman, Zia
# al-Haq), which Latin letters write with the article said (Nasiruddin, Abdur Rahman, Zia ul
# Haq) or without it (Nasir Din, Hassan). A table, not a rule: ال inside other names is no
# article (خالد, Khalid; جلال, Jalal; الیاس, Ilyas).
_ARTICLE_NAMES = regex.compile(
    r"^(.*)ال("
    + "|".join(
        (
            "دین", "رحمن", "رحمان", "حق", "حسن", "حسین", "رحیم", "کریم", "اسلام", "امین",
            "نبی", "رشید", "قادر", "غفار", "ستار", "جبار", "باری", "عزیز", "واحد", "حمید",
            "مجید", "ملک", "هادی", "فضل", "زمان", "نور", "حکیم", "عظیم", "سلام", "شریف",
            "غنی", "وهاب", "رزاق", "خالق", "صمد", "منان", "احد", "حی", "قیوم", "لطیف",
            "علی", "مالک", "رئوف", "جلیل", "بشیر", "منیر", "کبیر", "ودود", "سمیع", "قدوس",
        )
    )
    + r")$"
)  # fmt: skip


def readings(word: str, latin: str) -> tuple[str, ...]:
    """Other romanisations commonly written for a word, `latin` being ours. Thai: Janpen and
    Thanapol besides Chanphen and Thanaphon. Burmese: a long a written ar (မာ: Mar, သန္တာ:
    Thandar). Bengali: ভ inside a name written v (তানভীর: Tanvir). Tamil: க between vowels
    said and written h (மகேந்திரன்: Mahendran, மோகன்: Mohan); Tamil and Sinhala: a stop
    after a nasal voiced (Ilango, Priyanga). An Arabic name's article left out (الحسن,
    Alhassan: Hassan; نصیرالدین: Nasiruddin); Pashto ځ written dz (Dzadran), ږ g (Spogmai).
    Thaana ޟ and ޛ written dh (ރިޟާ: Ridha)."""
    script = detect_script(word)
    if script == "Thai":
        return tuple(_NON_LETTERS.sub("", r) for r in thai.readings(word))
    if script == "Mymr" and latin.endswith("a"):
        return (latin + "r",)
    if script == "Beng" and "bh" in latin[1:]:
        # ভ inside a name is written v as often (তানভীর: Tanvir; শুভ: Shuvo); first, bh
        # (ভূঁইয়া: Bhuiyan).
        return (latin[0] + latin[1:].replace("bh", "v"),)
    if script in ("Taml", "Sinh"):
        # A stop after a nasal is said voiced, and written so: ங்க ng (இளங்கோ: Ilango;
        # ප්‍රියංකා: Priyanga), ஞ்ச nj (ரஞ்சனி: Ranjani); Tamil's ட்ச is tch, and ksh in a
        # Sanskrit name (மீனாட்சி: Meenatchi, Meenakshi).
        spellings = {latin.replace("nk", "ng"), latin.replace("nc", "nj")}
        if script == "Taml":
            soft = _TAMIL_SOFT_K.sub("h", latin)
            spellings |= {soft, soft.replace("tc", "tch"), soft.replace("tc", "ksh")}
        return tuple(sorted(spellings - {latin}))
    if script == "Arab":
        found = []
        article = _ARTICLE_NAMES.match(word.replace("ي", "ی").replace("ك", "ک"))
        if article:
            found.append(_latin(article.group(1) + article.group(2), script))
        if "ځ" in word:
            # Pashto's ځ is said z, and written dz too (ځدران: Zadran, Dzadran).
            found.append(_latin(word.replace("ځ", "دز"), script))
        if "ږ" in word:
            # …and ږ zh in the south, g in the north (سپوږمۍ: Spozhmai, Spogmai).
            found.append(_latin(word.replace("ږ", "گ"), script))
        return tuple(found)
    if script == "Thaa" and (written := word.translate(_THAANA_AS_DH)) != word:
        # ޟ and ޛ, said z, are written dh as often (ރިޟާ: Riza, Ridha).
        return (_latin(written, script),)
    if script == "Latn":
        article = _LATIN_ARTICLE.match(latin)
        if article:
            return (article.group(1),)
    return ()


# A name written with the article in Latin letters (Alhassan, Elhadi): the name without it.
# Before an h only: Albert and Alfred are no Bert or Fred.
_LATIN_ARTICLE = regex.compile(r"^(?:al|el)(h[a-z]{3,})$")


# Order matters: longer digraphs first. Each pair is (written, folded).
_SPELLING_FOLDS = (
    ("tch", "ch"),
    ("sch", "sh"),
    ("ph", "f"),
    ("gh", "g"),
    ("kh", "k"),
    ("q", "k"),
    ("ck", "k"),
    ("bh", "b"),
    ("dh", "d"),
    ("jh", "j"),
    ("th", "t"),
    ("zh", "j"),
    ("z", "j"),
    ("v", "w"),
    ("x", "ks"),
    ("ee", "i"),
    ("oo", "u"),
    ("ou", "u"),
)
# A written ow or aw is o at a syllable's end (Chowdhury, Kyaw); before a vowel the w starts the
# next syllable (Dharmawardhana, Nawaz). A v is a consonant (ව in කරුණාවර්ධන: krunavrdhn).
_CLOSING_W = regex.compile(r"[ao]w(?![aeiou])")
_SKELETON_FOLDS = (
    ("ch", "s"),
    ("sh", "s"),
    ("ng", "n"),
    ("c", "s"),
    ("g", "k"),
    ("d", "t"),
    ("b", "p"),
    # Thai "ph" is an aspirated p, Bengali ফ is ph or f: one class.
    ("f", "p"),
)


def _collapse(word: str) -> str:
    out: list[str] = []
    for char in word:
        if not out or out[-1] != char:
            out.append(char)
    return "".join(out)


@functools.lru_cache(maxsize=262144)
def spelling_key(word: str) -> str:
    """A Latin word with the spelling differences of romanisations folded, vowels kept."""
    folded = _CLOSING_W.sub("o", word)
    for written, replacement in _SPELLING_FOLDS:
        folded = folded.replace(written, replacement)
    return _collapse(folded)


@functools.lru_cache(maxsize=262144)
def skeleton_key(word: str) -> str:
    """Consonant classes of a Latin word; "V" for a word of vowels alone (U, Aye, Ei)."""
    return _consonants(word, _VOWELS) or "V"


_VOWEL_GLIDE = regex.compile(r"(?<=[aeiou])[wy](?![aeiou])|y$|(?<=i)y|(?<=u)w")
# A w or y beside a consonant: a vowel written as a glide (Maryam / Mariam, Sukwong and the
# Thai วง read -uang-, Patwary). Between two vowels or first in a word it is a consonant.
_LOOSE_GLIDE = regex.compile(r"(?<=[^aeiou])[wy]|[wy](?![aeiou])")


@functools.lru_cache(maxsize=262144)
def glide_keys(word: str) -> tuple[str, ...]:
    """The skeleton with the glides kept, v, w and y as one: what tells Jayawardhana from
    Jayaratne and Vasanthi from Santhi, which share a skeleton once the glides are set aside
    as the vowels they often stand for. Then the same with the glides that stand for a vowel
    taken as vowels: one that closes a vowel (Abeysekara) or follows its own vowel
    (சுப்பிரமணியம்: Suppiramaniyam, Subramaniam), and any beside a consonant
    (Maryam). A romanisation without vowels (ජයරත්න: jyrtn) cannot tell which, so all are
    kept, and two words whose keys meet anywhere agree. A v is always a consonant."""
    spelling = spelling_key(word.replace("v", "V"))
    closed = _VOWEL_GLIDE.sub("", spelling)
    keys = [spelling, closed, _LOOSE_GLIDE.sub("", closed)]
    out = []
    for key in keys:
        glided = _consonants(key.replace("V", "v"), _PURE_VOWELS)
        out.append(glided.replace("y", "w").replace("v", "w"))
    return tuple(dict.fromkeys(out))


_SILENT_H = regex.compile(r"^h(?=[^aeiou])|(?<=[aeiou])h$|(?<=[^aeiou])h")


@functools.lru_cache(maxsize=262144)
def breath_key(word: str) -> str:
    """The skeleton with h kept where it is a letter of its own: what tells Ahmadi from
    Mohammadi, whose skeletons meet once the h is gone and the two m close up. An h that
    starts a consonant (Htun, Tun), follows one (Singhe; සිංහ: sinh) or ends a word
    (Abdullah, Abdulla) is not one."""
    spelling = _SILENT_H.sub("", spelling_key(word))
    folded = spelling.replace("sh", "s").replace("ch", "s")
    return _consonants(folded.replace("h", "H"), _VOWELS).lower()


_HUSHING = regex.compile(r"^ky|ch|sh|s|c")


@functools.lru_cache(maxsize=262144)
def hushing(word: str) -> tuple[str, ...]:
    """The s-like sounds of a word in order: ch (and a Burmese ky), s (with sh, which Bengali
    names write either way), or a lone c, which a romanisation of Tamil ச writes for
    either. The skeleton folds them into one class; Thai and Burmese keep them apart
    (Chairat is not Srirat)."""
    sounds = []
    for found in _HUSHING.findall(spelling_key(word)):
        sounds.append("ch" if found in ("ky", "ch") else "c" if found == "c" else "s")
    return tuple(sounds)


def hushing_agrees(a: str, b: str) -> bool:
    sounds_a, sounds_b = hushing(a), hushing(b)
    if len(sounds_a) != len(sounds_b):
        return True
    return all(x == y or "c" in (x, y) for x, y in zip(sounds_a, sounds_b, strict=True))


def glides_agree(a: str, b: str) -> bool:
    keys_a, keys_b = glide_keys(a), glide_keys(b)
    return any(x == y for x in keys_a for y in keys_b)


# Letters romanised two ways that the skeleton cannot fold for every language: a Latin "dh"
# for the Arabic ض or ذ, said z from Kabul to Malé (Ridhwan / Rizwan, Ramadhan / Ramazan);
# Thai ศรี, written Sri or Si (Srisuk / Sisuk, Thongsri / Thongsi); the Sanskrit ksh of a
# Tamil name, which Tamil writes ட்ச and Malaysia and Sri Lanka spell tch (Lakshmi /
# Letchumi, Meenakshi / Meenatchi, Lakshmanan / Letchumanan; Laxmi).
_OTHER_READINGS = (("dh", "z"), ("sri", "si"), ("ks", "ch"), ("x", "ch"))


@functools.lru_cache(maxsize=262144)
def other_skeletons(word: str) -> tuple[str, ...]:
    """Skeletons of the other readings of a Latin word (usually none)."""
    own = skeleton_key(word)
    others = {skeleton_key(word.replace(a, b)) for a, b in _OTHER_READINGS if a in word}
    return tuple(sorted(others - {own}))


def _consonants(word: str, vowels: frozenset[str]) -> str:
    folded = spelling_key(word)
    if folded.startswith("ky"):
        # Burmese ky is said ch (Kyaw, Chaw) — where a syllable starts. Inside a word of a
        # script without vowels, ky is k and a vowel (ذکیه: zkyh, Zakia).
        folded = "s" + folded[2:]
    for written, replacement in _SKELETON_FOLDS:
        folded = folded.replace(written, replacement)
    return _collapse("".join(c for c in folded if c not in vowels and c != "h"))


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
    spelling of either sound, but not other vowels."""
    letters = _letters("".join(latin for _, latin in to_latin_words(tamil)))
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
def _script_of(word: str) -> str:
    return detect_script(word)


def native_letters_fit(latin: str, native: str, native_latin: str) -> bool:
    """Whether a spelling in Latin letters writes a native-script name's letters, for the
    scripts whose romanisations the skeleton alone serves badly: Arabic, Bengali, Devanagari,
    Sinhala and Thaana, whose vowels are written or said otherwise than Latin spells them;
    Tamil, one letter for two sounds; Burmese, whose syllables' rhymes are spelled many
    ways."""
    script = _script_of(native)
    if script == "Mymr":
        return burmese.rhyme_fits(latin, native_latin, _same_onset, native)
    return script in _PATTERNS and _pattern_fits(latin, native, script)


@functools.lru_cache(maxsize=262144)
def _pattern_fits(latin: str, native: str, script: str) -> bool:
    pattern = _PATTERNS[script](native)
    return pattern is not None and bool(pattern.fullmatch(_letters(latin)))


def _same_onset(a: str, b: str) -> bool:
    """Two onsets of a syllable, spelled the ways names spell them: Htun and Tun, Nyein and
    ngyein, Kyaw and Chaw."""
    return _consonants(a + "a", _VOWELS) == _consonants(b + "a", _VOWELS)


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
_BENGALI_MARKS = {"ং": "(?:n|m)k?", "ঃ": "h?", "ঁ": "n?"}
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
    if not any(c in _BENGALI_CONSONANTS for c in text):
        return None

    def spell(position: int) -> str | None:
        char = text[position]
        if char not in _BENGALI_CONSONANTS:
            return None
        if char == "Y":
            return "[wy]?"  # য় is a glide, written y or w or not at all (পাটোয়ারী: Patowari)
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
