"""Sex and nationality as registries write them, read as the interchange format's codes.

The format asks for M, F, X or nothing, and an ISO 3166-1 alpha-3 code; registries write
"Male", "BD" or "Bangladeshi" as often. A row is not lost for that: what can be read only one
way is read so, and a nationality read from a name or another code says how it was read.
"""

import functools
import unicodedata

import pycountry

from .titles import NAMES_NOT_KNOWN

SEXES = {
    "": "",
    "M": "M",
    "MALE": "M",
    "MAN": "M",
    "BOY": "M",
    "F": "F",
    "FEMALE": "F",
    "WOMAN": "F",
    "GIRL": "F",
    "X": "X",
    "OTHER": "X",
    "U": "",
    # as the region's registries write it in their own languages: Malay and Indonesian,
    # Filipino, Vietnamese, Thai, Lao, Khmer, Burmese, Bengali, Sinhala, Tamil, Hindi and
    # Nepali, Dari, Pashto and Urdu (Arabic letters as Persian writes them, joiners dropped:
    # `_SEX_FOLD`), Dhivehi
    "LELAKI": "M",
    "LAKI-LAKI": "M",
    "LAKI LAKI": "M",
    "PRIA": "M",
    "PEREMPUAN": "F",
    "WANITA": "F",
    "LALAKI": "M",
    "BABAE": "F",
    "NAM": "M",
    "NỮ": "F",
    "ชาย": "M",
    "เพศชาย": "M",
    "หญิง": "F",
    "เพศหญิง": "F",
    "ຊາຍ": "M",
    "ຍິງ": "F",
    "ប្រុស": "M",
    "ស្រី": "F",
    "ကျား": "M",
    "မ": "F",
    "পুরুষ": "M",
    "মহিলা": "F",
    "নারী": "F",
    "පුරුෂ": "M",
    "පිරිමි": "M",
    "ස්ත්රී": "F",
    "ගැහැණු": "F",
    "ஆண்": "M",
    "பெண்": "F",
    "पुरुष": "M",
    "महिला": "F",
    "मर्द": "M",
    "मरद": "M",
    "مرد": "M",
    "زن": "F",
    "نارینه": "M",
    "نر": "M",
    "ښځینه": "F",
    "ښځه": "F",
    "عورت": "F",
    "ފިރިހެން": "M",
    "އަންހެން": "F",
}
# ISO/IEC 5218's codes, as databases export a sex: 0 not known, 1 male, 2 female, 9 not
# applicable. Read with a note: a system of its own may count otherwise (0 and 1).
ISO_5218 = {"0": "", "1": "M", "2": "F", "9": ""}
# The letters of Indonesian and Malay registries (L, laki-laki; P, perempuan), read so only
# for their nationals: elsewhere P and L say nothing.
_MALAY_LETTERS = {"L": "M", "P": "F"}
SEXES_BY_NATION = {"IDN": _MALAY_LETTERS, "MYS": _MALAY_LETTERS, "BRN": _MALAY_LETTERS}
# Arabic letters as Persian and Pashto write them (ي ى ك: ی ک), and the joiners a keyboard
# leaves in: read alike wherever a written value is looked up in a table of words.
WRITTEN_ALIKE = {"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": None, "\u200d": None}
_SEX_FOLD = str.maketrans(WRITTEN_ALIKE)


# What registries write in a field for "not known". Read as the empty value it means: a row
# is not lost for a birth date of "N/A", and two records whose town is "Unknown" do not agree
# on a town.
NOT_KNOWN = frozenset(
    {
        "unknown",
        "not known",
        "unk",
        "n/a",
        "n.a.",
        "n.a",
        "na",
        "none",
        "nil",
        "null",
        "-",
        "--",
        "---",
        "?",
        "??",
        "???",
        "0000",
        "0000-00-00",
        "00-00-0000",
        "00/00/0000",
        "00.00.0000",
        # …and with X for each figure, as travel documents write a date not known
        "xxxx",
        "xxxx-xx-xx",
        "xx/xx/xxxx",
        "xx-xx-xxxx",
        "xx.xx.xxxx",
        # …and a parent's name written as immigration records write a name not known
        *NAMES_NOT_KNOWN,
    }
)


def known(text: str) -> str:
    """The value as written, or "" for a word meaning it is not known (`NOT_KNOWN`)."""
    return "" if " ".join(text.split()).casefold() in NOT_KNOWN else text


# Nationals of the region's countries by the word registries write for them, and the names
# ISO's tables do not hold. (An ethnicity — Rohingya — is no nationality, and is not read as
# one.)
NATIONALS = {
    "afghan": "AFG",
    "bangladeshi": "BGD",
    "burma": "MMR",
    "burmese": "MMR",
    "myanmar": "MMR",
    "cambodian": "KHM",
    "indian": "IND",
    "indonesian": "IDN",
    "iranian": "IRN",
    "lao": "LAO",
    "laotian": "LAO",
    "malaysian": "MYS",
    "maldivian": "MDV",
    "nepali": "NPL",
    "nepalese": "NPL",
    "pakistani": "PAK",
    "filipino": "PHL",
    "sri lankan": "LKA",
    "thai": "THA",
    "vietnamese": "VNM",
    "stateless": "XXA",
}


def read_sex(text: str, nationality: str = "") -> tuple[str, str]:
    """M, F, X or "" for a sex as written (`SEXES`; L and P for an Indonesian or a Malaysian,
    `SEXES_BY_NATION`; a code of ISO/IEC 5218), and a note when it was read from such a code
    ("" otherwise); ValueError naming it when it cannot be read."""
    if (sex := SEXES.get(text)) is not None:
        return sex, ""  # M or F, as nearly every record of an index writes it
    written = unicodedata.normalize("NFC", " ".join(text.split())).translate(_SEX_FOLD).upper()
    if (sex := ISO_5218.get(written)) is not None:
        return sex, f"sex {text!r}: read as {sex or 'not known'} (ISO/IEC 5218)"
    sex = SEXES.get(written, SEXES_BY_NATION.get(nationality, {}).get(written))
    if sex is None:
        raise ValueError(f"sex {text!r} is not M, F, X or empty")
    return sex, ""


@functools.lru_cache(maxsize=4096)
def read_nationality(text: str) -> tuple[str, str]:
    """The alpha-3 code of a nationality as written, and a note when it was not written as
    one ("" otherwise): a code of three letters as it is (ICAO's XXA, XXB, XXC for the
    stateless, refugees and the unknown among them), a two-letter code or a country's name
    by ISO's tables, a national by `NATIONALS`. ValueError naming it otherwise."""
    value = " ".join(text.split())
    if not value:
        return "", ""
    if len(value) == 3 and value.isalpha() and value.isascii():
        return value.upper(), ""
    code = NATIONALS.get(value.casefold())
    if code is None:
        try:
            code = pycountry.countries.lookup(value).alpha_3
        except LookupError:
            raise ValueError(
                f"nationality {text!r} is not an ISO 3166-1 alpha-3 code, nor a country or"
                " its nationals by name"
            ) from None
    return code, f"nationality {text!r}: read as {code}"
