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
import unicodedata

import icu
import regex
from anyascii import anyascii

from kembali.cases.names import detect_script

from . import burmese, thai, thai_readings

_ICU_ANY_LATIN = icu.Transliterator.createInstance("Any-Latin")
_ICU_LATIN_ASCII = icu.Transliterator.createInstance("Latin-ASCII")
# Letters of the scholarly romanisations ICU writes that names write as two: श, ষ, ஷ and
# Thaana's ޝ are "sh" (Shiva, Santosh, Suresh, Sharif), ޗ is "ch" — not the s and c that
# Latin-ASCII would leave of ś, ṣ, š and č.
_DIGRAPHS = str.maketrans({"ś": "sh", "ṣ": "sh", "š": "sh", "č": "ch"})


def _icu_to_latin(word: str) -> str:
    return _ICU_LATIN_ASCII.transliterate(_ICU_ANY_LATIN.transliterate(word).translate(_DIGRAPHS))


# Tamil letters written otherwise than the reading writes them: ழ as zh, as India and many in
# Sri Lanka write it (அருள்மொழி: Arulmozhi, where the reading writes Arulmoli), and ஞ before a
# vowel as gn, as Sri Lanka does (ஞானம்: Gnanam; சிவஞானம்: Sivagnanam).
_TAMIL_WRITTEN = regex.compile("\u1e3b|\u00f1(?=[aeiou\u0101\u012b\u016b\u0113\u014d])")


def tamil_written(word: str) -> str:
    """A Tamil word with ழ written zh and ஞ before a vowel gn (`_TAMIL_WRITTEN`)."""
    said = _TAMIL_WRITTEN.sub(
        lambda letter: "zh" if letter.group() == "\u1e3b" else "gn",
        _ICU_ANY_LATIN.transliterate(word),
    )
    return _NON_LETTERS.sub("", _ICU_LATIN_ASCII.transliterate(said.translate(_DIGRAPHS)).lower())


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
_THAANA_AS_DH = str.maketrans({"ޛ": "ދ", "ޟ": "ދ", "ޘ": "ތ"})
# A bare න or ණ before ග: its a is said (ලියනගේ: li-ya-na-ge).
_SINHALA_NA_GA = regex.compile("(?<=[\u0db1\u0dab])(?=[\u0d9c\u0d9d])")
# Bengali and Devanagari: a word ending in a consonant letter has no spoken final vowel
# (রহিম is Rahim, not Rahima). Independent vowels are letters too, so they are excluded.
_B_PHALA = regex.compile("(?<!\u09ae)\u09cd\u09ac")
_CHANDRABINDU = "\u0981"
# র with ya-phala (র্য), said rj.
_R_JO = "\u09b0\u09cd\u09af"
# Gurmukhi, Gujarati: the same (ਕੌਰ is Kaur, પટેલ is Patel). After two consonants joined at
# the end the vowel is said (চন্দ্র: Chandra, পার্থ: Partha, সৌম্য: Soumya, कृष्ण: Krishna).
_VIRAMAS = frozenset("\u09cd\u094d\u0a4d\u0acd")
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
        # Chandrabindu nasalises its vowel, which names write n (চাঁদ: Chand), not the m ICU
        # writes; `readings` also leaves it out (বাঁধন: Badhon; ভূঁইয়া: Bhuiya).
        latin = _icu_to_latin(_B_PHALA.sub("", word).replace(_CHANDRABINDU, "\u09a8\u09cd"))
    elif script == "Sinh":
        # The anusvara is said, and romanised, "ng" (සිංහ → Singhe, ලංකා → Lanka). anyascii
        # leaves out the a a bare letter carries; between න and ග that would make the one
        # sound ng, which they are not (ලියනගේ: Liyanage), so the a is kept there.
        said = word.replace("\u0d82", "\u0d9e\u0dca")
        latin = "a".join(anyascii(piece) for piece in _SINHALA_NA_GA.split(said))
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
    # A word can be left empty by the signs taken out above (a Khmer bantoc alone).
    last = word[-1:]
    ends_in_consonant = (
        bool(last)
        and unicodedata.category(last) == "Lo"
        and not (bounds and bounds[0] <= last <= bounds[1])
    )
    if bounds and latin.endswith("a") and ends_in_consonant and word[-2:-1] not in _VIRAMAS:
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
    Thandar); the q of an Arabic name (ဟတ်: Haq). Bengali: ভ inside a name written v
    (তানভীর: Tanvir). Tamil: க between vowels said and written h (மகேந்திரன்: Mahendran,
    மோகன்: Mohan); Tamil and Sinhala: a stop after a nasal voiced (Ilango, Priyanga). An
    Arabic name's article left out (الحسن, Alhassan: Hassan; نصیرالدین: Nasiruddin); Pashto
    ځ written dz (Dzadran), ږ g (Spogmai), ښ kh (Khaista). Thaana ޟ and ޛ written dh
    (ރިޟާ: Ridha). Latin: a c said k also read k (Canagaratnam: Kanagaratnam)."""
    script = detect_script(word)
    if script == "Thai":
        return tuple(_NON_LETTERS.sub("", r) for r in thai_readings.readings(word))
    if script == "Mymr":
        # A long a written ar; a syllable as Burmese script writes an Arabic name (ရင်မ်: rim)
        long_a = (latin + "r",) if latin.endswith("a") else ()
        written = burmese.as_written(word)
        arabic = burmese.ARABIC_READINGS.get(word, ())
        return (*long_a, *arabic, *((written,) if written else ()))
    if script == "Beng" and _R_JO in word:
        # র্য is said rj (সূর্য: Surya, Surjo), and closing a name often written rjee
        # (ভট্টাচার্য: Bhattacharya, Bhattacharjee; আচার্য: Acharjee).
        plain = word.replace(_R_JO, "র্জ")
        said = _latin(plain, script)
        closing = (said[:-1] + "i",) if word.endswith(_R_JO) and said.endswith("a") else ()
        return (said, *closing, *readings(plain, said))
    if script == "Beng" and _CHANDRABINDU in word:
        plain = word.replace(_CHANDRABINDU, "")
        said = _latin(plain, script)
        # …or said as an n after the last vowel (ভূঁইয়া: Bhuiyan beside Bhuiya, Bhuniya).
        closing = (said + "n",) if said[-1:] in "aeiou" else ()
        return (said, *closing, *readings(plain, said))
    if script == "Beng" and "bh" in latin[1:]:
        # ভ inside a name is written v as often (তানভীর: Tanvir; শুভ: Shuvo); first, bh
        # (ভূঁইয়া: Bhuiyan).
        return (latin[0] + latin[1:].replace("bh", "v"),)
    if script in ("Taml", "Sinh"):
        read = {latin}
        if "ற்" in word:
            # ற்ற is said tr, and written tr or ttr (வெற்றிவேல்: Vetrivel, Vettrivel) where
            # the reading writes rr; ற் before another consonant is written t as often as r
            # (சற்குணம்: Satkunam, Sarkunam).
            read |= {
                _latin(word.replace("ற்ற", "ட்ர"), script),
                _latin(word.replace("ற்ற", "ட்ட்ர"), script),
                _latin(_TAMIL_RA_BEFORE_CONSONANT.sub("ட்", word), script),
            }
        spellings = set(read)
        for one in read:
            spellings |= _voiced_and_soft(word, one, script)
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
        if "ښ" in word:
            # …and ښ sh in the south, kh in the north (ښایسته: Shaista, Khaista).
            found.append(_latin(word.replace("ښ", "خ"), script))
        return tuple(found)
    if script == "Thaa" and (written := word.translate(_THAANA_AS_DH)) != word:
        # ޟ and ޛ, said z, are written dh as often (ރިޟާ: Riza, Ridha); ޘ, said s, th
        # (ޢުޘްމާން: Usman, Uthman).
        return (_latin(written, script),)
    if script == "Latn":
        found = []
        article = _LATIN_ARTICLE.match(latin)
        if article:
            found.append(article.group(1))
        if (hard := _HARD_C.sub("k", latin)) != latin:
            found.append(hard)
        return tuple(found)
    return ()


# Tamil ற் before a consonant other than ற.
_TAMIL_RA_BEFORE_CONSONANT = regex.compile("\u0bb1\u0bcd(?!\u0bb1)")


def _voiced_and_soft(word: str, latin: str, script: str) -> set[str]:
    """Spellings of a Tamil or Sinhala word, `latin` read from it. A stop after a nasal is
    said voiced, and written so: ங்க ng (இளங்கோ: Ilango; ප්‍රියංකා: Priyanga), ஞ்ச nj
    (ரஞ்சனி: Ranjani); Tamil's ட்ச is tch, and ksh in a Sanskrit name (மீனாட்சி: Meenatchi,
    Meenakshi)."""
    spellings = {latin.replace("nk", "ng"), latin.replace("nc", "nj")}
    if "ඥ" in word:
        # Sinhala ඥ, jña, is said gn or n (ඥානසිරි: Gnanasiri, Nanasiri), as Tamil ஞ is.
        spellings |= {latin.replace("jn", "gn"), latin.replace("jn", "n")}
    if script == "Taml":
        soft = _TAMIL_SOFT_K.sub("h", latin)
        spellings |= {soft, soft.replace("tc", "tch"), soft.replace("tc", "ksh")}
        if "ழ" in word or "ஞ" in word:
            spellings.add(tamil_written(word))
    return spellings


# A c said k, as older English spellings of Sri Lankan and South Indian names write it
# (Canagaratnam, Coomaraswamy, Cassim, Careem, Chandrica) and Vietnamese does (Cao, Công):
# also read k. The skeleton keeps c as s, as a transliteration writes ச and च (cantiran:
# சந்திரன்); before e, i, y and in ch it is only that.
_HARD_C = regex.compile(r"c(?![hiey])")
# A name written with the article in Latin letters (Alhassan, Elhadi): the name without it.
# Before an h only: Albert and Alfred are no Bert or Fred.
_LATIN_ARTICLE = regex.compile(r"^(?:al|el)(h[a-z]{3,})$")


# Order matters: longer digraphs first. Each pair is (written, folded).
_SPELLING_FOLDS = (
    ("tch", "ch"),
    # …and a Thai closing ด or ต before ช written d as English spellings write it (ชิดชอบ:
    # Chitchop, Chidchob; ชิดชนก: Chidchanok), as the royal system's t is.
    ("dch", "ch"),
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
    """The s-like sounds of a word in order: ch (and a Burmese ky), s, or a lone c, which a
    romanisation of Tamil ச writes for either, or sh, which is either too: Bengali names
    write s as sh (Shahid, Sahid), and Thai names spelled as their Sanskrit is write ช so
    (ชินวัตร: Shinawatra). The skeleton folds them into one class; Thai and Burmese keep
    them apart (Chairat is not Srirat), in their scripts and in their nationals' names in
    Latin letters (`NamePart.hushes`)."""
    sounds = []
    for found in _HUSHING.findall(spelling_key(word)):
        sounds.append("ch" if found in ("ky", "ch") else "c" if found in ("c", "sh") else "s")
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
