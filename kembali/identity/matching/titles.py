"""Titles, honorifics and patronymic markers: the words around a name that are not the person's
names, as each script of the region writes them (`names.parse_name` sets them aside)."""

import unicodedata
from collections.abc import Iterable

import regex

# Latin spellings, folded to lower case, of honorifics and titles found before names in the
# region. Burmese ones are also met in Burmese script and arrive here romanised.
HONORIFICS = frozenset(
    {
        # Burmese and Karen
        "u",
        "daw",
        "ko",
        "ma",
        "maung",
        "mg",
        "naw",
        "saya",
        "sayama",
        "bogyoke",
        # Arabic-origin, South and Central Asian
        "haji",
        "hajji",
        "hj",
        "alhaj",
        "alhaji",
        "alhajj",
        "haj",
        "hajj",
        # Bengali আলহাজ, আলহাজ্ব as read (on a Bangladeshi's record before Md.: আলহাজ্ব মোঃ)
        "alahaj",
        "alahaja",
        "hajee",
        "hajah",
        "hajjah",
        "hjh",
        "sheikh",
        "shaikh",
        "sekh",
        "shekh",
        "mullah",
        "mawlawi",
        "maulvi",
        "mawlana",
        "maulana",
        "hafiz",
        "qari",
        "mst",
        "most",
        "mosammat",
        "mosamat",
        "mossammat",
        "mosammad",
        "mohtarma",
        "bibi",
        "janab",
        "sahib",
        "sahiba",
        # the same as Arabic script writes them, romanised: حاجی, شیخ, ملا, مولوی, مولانا, حافظ,
        # قاری, جناب, صاحب, بی بی, محترمه; and the titles of a doctor (Pashto ډاکټر, Dari داکتر,
        # دکتر), an engineer (انجنیر) and a teacher (استاد)
        "hajy",
        "shykh",
        "mla",
        "mwlwy",
        "mwlana",
        "hafz",
        "qary",
        "jnab",
        "sahb",
        "byby",
        "mhtrmh",
        "daktr",
        "dktr",
        "anjnyr",
        "astad",
        # Tamil, Sinhala, Hindi
        "sri",
        "shri",
        "smt",
        "thiru",
        "thirumathi",
        "tmt",
        "selvi",
        "selvan",
        # Buddhist monks and nuns (Sinhala, Burmese)
        "ven",
        "venerable",
        "thera",
        "thero",
        "bhikkhu",
        "bhikkhuni",
        "ashin",
        "sayadaw",
        # Malay and Indonesian (Dato', Datuk and Datin are honours, Tan Sri and Tun too — but
        # Tan and Tun are also names: Tan a Chinese family name, Tun a Burmese syllable)
        "dato",
        "datuk",
        "datin",
        "encik",
        "cik",
        "tuan",
        "puan",
        "ustaz",
        "ustazah",
        "ustadz",
        "bapak",
        "pak",
        "ibu",
        "bu",
        # Ranks
        "capt",
        "col",
        "lt",
        "maj",
        "sgt",
        # English-language titles
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "engr",
    }
)
# Names written short whose consonants do not show it (Md. and Mohd. do: "mt" like Mohammad),
# or that must be read as the word to be set aside or aligned as it is: Bangladesh writes
# Sheikh Sk. (Sk. Rahim, a title; Saiful Sk., a family name) and Chowdhury Chy.
WRITTEN_SHORT = {"mg": "maung", "sk": "sheikh", "chy": "chowdhury"}
# Mohammad written short, as nearly every record of a Bangladeshi or Malaysian man writes it:
# it stands for Mohammad and for no other name, though its skeleton is Hamid's and Ahmad's.
MOHAMMAD_SHORT = frozenset({"md", "mohd", "mhd", "muhd"})
# In Latin letters only: Malaysia's identity cards write Abdul short (ABD RAHMAN, Nik Abd Aziz),
# where Arabic script's عبد is a word of the name as written.
WRITTEN_SHORT_LATIN = {"abd": "abdul"}
# Bengali writes Md. and Mst. short with a visarga (মোঃ, মোছাঃ) — or a colon or a dot, which
# split words and are gone when a word is read (মো: আব্দুল) — on nearly every official record:
# they are read as their Latin short forms, not as the syllable "moh".
WRITTEN_SHORT_NATIVE = {
    "মোঃ": "md",
    "মো": "md",
    "মোহাঃ": "md",
    "মোহা": "md",
    "মুহাঃ": "md",
    "মুহা": "md",
    "মোছাঃ": "mst",
    "মোছা": "mst",
    "মোসাঃ": "mst",
    "মোসা": "mst",
    # …and written out (Mosammat)
    "মোছাম্মৎ": "mst",
    "মোছাম্মাৎ": "mst",
    "মোসাম্মৎ": "mst",
    "মোসাম্মাৎ": "mst",
}
# Honours of two words, set aside together at the front of a name: Al-Haj, whose article is
# no name either, and Malaysian and Bruneian honours, one of whose words alone is a name (Tan,
# a Chinese family name; Seri, Wira, Setia and Paduka, Malay and Indonesian given names) or a
# title only at the front (Puan after Toh).
COMPOUND_HONOURS = frozenset(
    {
        # Al-Haj, Al Hajj: the article is no name either
        ("al", "haj"),
        ("al", "hajj"),
        ("tan", "sri"),
        ("tan", "seri"),
        ("toh", "puan"),
        ("puan", "seri"),
        *(
            (honour, rank)
            for honour in ("datuk", "dato", "datin")
            for rank in ("seri", "wira", "setia", "paduka", "patinggi")
        ),
    }
)
# Honorifics that are also common name syllables: set aside only at the front of a name
# that keeps another part. (Tuan is also a Vietnamese given name: Nguyen Anh Tuan.)
LEADING_ONLY = frozenset(
    {
        "u",
        "ko",
        "ma",
        "maung",
        "mg",
        "naw",
        "most",
        "sri",
        "pak",
        "bu",
        "tuan",
        "puan",
        "cik",
        "ashin",
        "haj",
        "hajj",
        # Sheikh before a name is a title; after one, a family name (Saiful Sheikh, the
        # Bengali শেখ)
        "sheikh",
        "shaikh",
        "sekh",
        "shekh",
        "shykh",
    }
)
# Burmese honorifics as Burmese script writes them. A Burmese word is read a syllable a part,
# and a name's syllables are romanised like the honorifics (မာ, the name syllable Mar, is "ma"
# as the honorific မ is): in Burmese script only these spellings are honorifics.
BURMESE_HONORIFICS = frozenset({"ဦး", "ဒေါ်", "ကို", "မ", "မောင်", "နော်"})
# Burmese titles of more than one syllable before a name: a teacher (ဆရာ Saya, ဆရာမ Sayama), a
# doctor (ဒေါက်တာ), a general (ဗိုလ်ချုပ် Bogyoke), an abbot (ဆရာတော် Sayadaw). A Burmese word is
# read a syllable a part, so they are set aside by their syllables before the name is read.
BURMESE_TITLES = ("ဆရာတော်", "ဆရာမ", "ဆရာ", "ဒေါက်တာ", "ဗိုလ်ချုပ်")
# Thai titles, recognised in Thai script only: romanised, Nai and Nang are Burmese and Mon name
# syllables too (Nai Kyaw). Mr, Mrs, Miss, boy, girl, Khun, and Phra for a monk.
THAI_TITLES = frozenset({"นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง", "คุณ", "พระ"})
# Thai titles written short with dots, which would otherwise split into letters: ด.ช. (boy),
# ด.ญ. (girl), น.ส. (Miss).
THAI_SHORT_TITLES = regex.compile(r"(?:^|\s)(?:ด\.ช\.|ด\.ญ\.|น\.ส\.)\s*")
# Thai titles written joined to the name, as they often are (นางสาวกนกวรรณ). Nang (Mrs) only
# before a name of four letters or more: นางนวล (Nangnuan) is a name.
THAI_JOINED_TITLE = regex.compile(r"^(?:นางสาว|นาย|เด็กชาย|เด็กหญิง|นาง(?=\p{Thai}{4}))(?=\p{Thai})")

# What immigration and travel records write where a name is not known or there is none: FNU
# (first name unknown), LNU, MNU; NFN (no first name: a person of one name, in a system that
# requires two), NMN, NLN; and "Unknown". None is a name part: "FNU Rahim" is Rahim, and a
# part left over beside his "Rahim" would count against him. Not read where nothing else is.
NAMES_NOT_KNOWN = ("fnu", "lnu", "mnu", "nfn", "nmn", "nln")
NO_NAME = regex.compile(
    rf"(?<!\S)(?:{'|'.join((*NAMES_NOT_KNOWN, 'unknown'))})(?!\S)", regex.IGNORECASE
)

# What says a person has died, written before a parent's name or after it in brackets: Late
# Abdul Karim, Abdul Karim (Late), Marhum; Bengali মরহুম, মৃত, স্বর্গীয় (Hindu), প্রয়াত; Arabic
# script مرحوم; Thaana މަރުޙޫމް; Burmese (ကွယ်လွန်); Tamil அமரர், காலஞ்சென்ற; Sinhala දිවංගත,
# අභාවප්‍රාප්ත. No name part: "Late" facing the other record's "Md" made two fathers' names
# differ, which holds a match back and keeps a dedupe's pair apart.
_DECEASED_WORDS = (
    *("late", "marhum", "marhuma", "marhoom", "mrhm", "deceased", "decd", "dec'd"),
    *("মরহুম", "মরহুমা", "মৃত", "মৃতঃ", "স্বর্গীয়", "স্বর্গীয়া", "প্রয়াত", "প্রয়াতা"),
    *("مرحوم", "مرحومه", "مرحومہ", "مرحومة", "މަރުޙޫމް", "ကွယ်လွန်"),
    *("அமரர்", "காலஞ்சென்ற", "දිවංගත", "අභාවප්‍රාප්ත"),
)
# Each as typed: Bengali য় as one letter or two, Sinhala's conjunct with or without its joiner.
_DECEASED_TYPED = {
    typed
    for word in _DECEASED_WORDS
    for form in (unicodedata.normalize("NFD", word), unicodedata.normalize("NFC", word))
    for typed in (form, form.replace("\u09af\u09bc", "\u09df"), form.replace("\u200d", ""))
}


def _any_of(words: Iterable[str]) -> str:
    """An alternation of `words` as written, the longest first."""
    return "|".join(sorted(map(regex.escape, words), key=len, reverse=True))


def set_aside(pattern: regex.Pattern[str], text: str) -> str:
    """`text` without what `pattern` finds, its spaces made single; `text` itself where
    nothing else would be left (what is written is what there is)."""
    return " ".join(pattern.sub(" ", text).split()) or text


DECEASED = regex.compile(
    rf"(?<!\S)\(?\s*(?:{_any_of(_DECEASED_TYPED)})\.?\s*\)?(?!\S)", regex.IGNORECASE
)

# What a form prints before a parent's name, copied into the field with it (Father: Abdul
# Karim; পিতা: আব্দুল করিম; Nama ayah), or after it in brackets (U Htun (father)).
_PARENT_LABELS = (
    *("father's name", "fathers name", "father name", "name of father", "father", "f/n"),
    *("mother's name", "mothers name", "mother name", "name of mother", "mother", "m/n"),
    *("nama ayah", "nama bapa", "nama ibu", "ayah", "bapa"),
    *("পিতার নাম", "পিতা", "বাবার নাম", "বাবা", "মাতার নাম", "মাতা", "মায়ের নাম"),
    *("نام پدر", "پدر", "نام مادر", "مادر", "والد", "والدہ"),
    *("ဖခင်အမည်", "ဖခင်", "အဖေ", "မိခင်အမည်", "မိခင်", "အမေ"),
    *("ชื่อบิดา", "บิดา", "ชื่อมารดา", "มารดา"),
    *("தந்தை", "தாய்", "පියා", "මව", "ބައްޕަ", "މަންމަ"),
)
_PARENT_LABEL_ANY = _any_of(_PARENT_LABELS)
PARENT_LABEL = regex.compile(
    rf"^\s*(?:{_PARENT_LABEL_ANY})\s*(?:[:：ঃ.\-–]\s*|\s+)|\(\s*(?:{_PARENT_LABEL_ANY})\s*\)",
    regex.IGNORECASE,
)

# Bibi written as the two words Urdu and Dari write it (عائشہ بی بی: Ayesha Bibi).
BIBI = regex.compile(r"(?<!\S)ب[یي]\s+ب[یي](?!\S)")

# Markers after which the father's (or, for w/o, the husband's) name follows, with or without
# the full stop of an abbreviation (Siti bt. Ahmad, Rahim s/o. Karim).
PATRONYMIC = regex.compile(
    r"(?:^|\s)(bin|binti|binte|bte|bt|ibn|ibni|bint|anak|walad|wald|"
    r"a/l|a/p|s/o|d/o|w/o|son of|daughter of|wife of|"
    # as Bengali and Arabic script write bin, binte, ibn (মাশরাফি বিন মুর্তজা)
    r"বিন|বিনতে|بن|بنت|ابن)\.?(?:\s|$)",
    regex.IGNORECASE,
)
SPOUSE_MARKERS = frozenset({"w/o", "wife of"})
