"""Sex and nationality as registries write them, read as the interchange format's codes.

The format asks for M, F, X or nothing, and an ISO 3166-1 alpha-3 code; registries write
"Male", "BD" or "Bangladeshi" as often. A row is not lost for that: what can be read only one
way is read so, and a nationality read from a name or another code says how it was read.
"""

import functools

import pycountry

SEXES = {
    "": "",
    "M": "M",
    "MALE": "M",
    "MAN": "M",
    "F": "F",
    "FEMALE": "F",
    "WOMAN": "F",
    "X": "X",
    "OTHER": "X",
    "U": "",
}
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


def read_sex(text: str) -> str:
    """M, F, X or "" for a sex as written; ValueError naming it otherwise."""
    sex = SEXES.get(" ".join(text.split()).upper())
    if sex is None:
        raise ValueError(f"sex {text!r} is not M, F, X or empty")
    return sex


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
