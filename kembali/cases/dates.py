"""Birth dates as people know them: a day, a month, a year, or "about" a year."""

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    ABOUT = "about"


class BirthDateError(ValueError):
    """`code` is one of: format, calendar, future, too_old — for a translated message."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(f"{code}: {text}")
        self.code = code
        self.text = text


@dataclass(frozen=True)
class BirthDate:
    """`value` is the first day of the period the person was born in."""

    value: dt.date
    precision: Precision

    def __str__(self) -> str:
        match self.precision:
            case Precision.DAY:
                return self.value.isoformat()
            case Precision.MONTH:
                return self.value.strftime("%Y-%m")
            case Precision.YEAR:
                return str(self.value.year)
            case Precision.ABOUT:
                return f"~{self.value.year}"


_ABOUT = re.compile(r"^(?:about|approx\.?|circa|ca\.?|c\.|sekitar|kira-kira|~)\s*(\d{4})$", re.I)
_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
# The month by its name, in the languages Kembali is used in, as a person says a date and a
# caseworker types it: 17 May 1990, 17-Mei-1990, May 17, 1990, Mei 1990. Each name is one
# month's only, in either language (Mei, Agustus; Agt, Des).
_MONTH_NAMES = {
    name: month
    for month, names in enumerate(
        (
            ("jan", "january", "januari"),
            ("feb", "february", "februari", "peb", "pebruari"),
            ("mar", "march", "maret"),
            ("apr", "april"),
            ("may", "mei"),
            ("jun", "june", "juni"),
            ("jul", "july", "juli"),
            ("aug", "august", "agu", "agt", "ags", "agustus"),
            ("sep", "sept", "september"),
            ("oct", "october", "okt", "oktober"),
            ("nov", "november", "nop", "nopember"),
            ("dec", "december", "des", "desember"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_NAMED = re.compile(r"^(\d{1,2})[\s/.-]*([a-z]+)\.?[\s/.,-]*(\d{4})$", re.I)
_MONTH_NAMED_DAY = re.compile(r"^([a-z]+)\.?\s*(\d{1,2}),?\s+(\d{4})$", re.I)
_MONTH_NAMED = re.compile(r"^([a-z]+)\.?[\s/.,-]+(\d{4})$", re.I)


def parse_birth_date(text: str, *, today: dt.date | None = None) -> BirthDate:
    """Accepts 1990-05-17, 17/05/1990, 17 May 1990, 1990-05, May 1990, 1990, "about 1990"
    (or "~1990", "sekitar 1990"); a month by its name in English or Indonesian."""
    today = today or dt.date.today()
    raw = " ".join(text.strip().split())
    try:
        if named := _month_named(raw):
            result = named
        elif m := _ABOUT.match(raw):
            result = BirthDate(dt.date(int(m[1]), 1, 1), Precision.ABOUT)
        elif m := _DAY.match(raw):
            result = BirthDate(dt.date(int(m[1]), int(m[2]), int(m[3])), Precision.DAY)
        elif m := _DAY_DMY.match(raw):
            result = BirthDate(dt.date(int(m[3]), int(m[2]), int(m[1])), Precision.DAY)
        elif m := _MONTH.match(raw):
            result = BirthDate(dt.date(int(m[1]), int(m[2]), 1), Precision.MONTH)
        elif m := _YEAR.match(raw):
            result = BirthDate(dt.date(int(m[1]), 1, 1), Precision.YEAR)
        else:
            raise BirthDateError("format", text)
    except ValueError as error:
        if isinstance(error, BirthDateError):
            raise
        raise BirthDateError("calendar", text) from error
    if result.value > today:
        raise BirthDateError("future", text)
    if result.value.year < today.year - 130:
        raise BirthDateError("too_old", text)
    return result


def _month_named(raw: str) -> BirthDate | None:
    """A date naming its month, or None where it names none (about 1990 is another form's)."""
    if m := _DAY_MONTH_NAMED.match(raw):
        day, name, year = m.groups()
    elif m := _MONTH_NAMED_DAY.match(raw):
        name, day, year = m.groups()
    elif m := _MONTH_NAMED.match(raw):
        (name, year), day = m.groups(), ""
    else:
        return None
    month = _MONTH_NAMES.get(name.lower())
    if month is None:
        return None
    if not day:
        return BirthDate(dt.date(int(year), month, 1), Precision.MONTH)
    return BirthDate(dt.date(int(year), month, int(day)), Precision.DAY)
