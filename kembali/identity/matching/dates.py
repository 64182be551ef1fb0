"""Approximate birth dates and how well two of them agree.

People without documents often know only a year; registries fill the unknown day and month
with 1 January or 1 July; clerks swap day and month; ages are guessed a year or two out.
"""

import calendar
import datetime
import functools
import unicodedata
from dataclasses import dataclass

import icu
import regex

from .values import WRITTEN_ALIKE

# One separator throughout: 1990-03-15, 1990/03/15, 1990.03.15; digits of any script.
_DATE = regex.compile(r"^\s*(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?\s*$")
# Other ways registries write a date, read with a note: the year last, as a spreadsheet of
# the region writes it (15/03/1990, 15.03.1990, 15-03-1990); eight figures (19900315);
# a time after the date, as a database's timestamp or a Parquet timestamp column brings it.
_YEAR_LAST = regex.compile(r"^\s*(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\s*$")
_EIGHT_FIGURES = regex.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_TIME = regex.compile(
    r"^\s*(\d{4}-\d{1,2}-\d{1,2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$"
)
# The month and the year alone, the month first (03/1990).
_MONTH_YEAR = regex.compile(r"^\s*(\d{1,2})[-/.](\d{4})\s*$")
# The year in two figures, last (15/03/90), as forms of the region often leave it.
_SHORT_YEAR = regex.compile(r"^\s*(\d{1,2})([-/.])(\d{1,2})\2(\d{2})\s*$")
# The month in words, as exports of older registries and forms typed by hand write it
# (15-MAR-1990, 15 March 1990, March 15, 1990, Mar 1990, 15-Mar-90, 15 มีนาคม 2533): in
# English, and in the languages of the region as ICU's locale data writes them (`_month_names`).
# A month of the Solar Hijri calendar (12 Asad 1366, ۱۲ اسد ۱۳۶۶) says the calendar itself.
_ENGLISH_MONTHS = (
    ("jan", "january"),
    ("feb", "february"),
    ("mar", "march"),
    ("apr", "april"),
    ("may",),
    ("jun", "june"),
    ("jul", "july"),
    ("aug", "august"),
    ("sep", "sept", "september"),
    ("oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
)
# The locales whose month names ICU holds for the region's languages (Dhivehi's it does not:
# Maldivian records write English ones)…
_REGION_LOCALES = (
    "th", "lo", "km", "my", "bn", "si", "ta", "hi", "ne", "ur", "ps", "fa", "fa_AF", "ar",
    "ms", "id", "fil",
)  # fmt: skip
# …and those whose names of the Solar Hijri months it holds: Iran's (فروردین, and Farvardin in
# English), Afghanistan's in Dari (حمل) and in Pashto (وری).
_SOLAR_HIJRI_LOCALES = ("fa", "fa_AF", "ps", "en")
# Afghan Solar Hijri months as Afghan documents romanise them; ICU's English ones are Iran's.
_SOLAR_HIJRI_LATIN = (
    ("hamal",),
    ("sawr", "saur", "sor", "sawer"),
    ("jawza", "jauza", "jowza", "jawzah"),
    ("saratan",),
    ("asad",),
    ("sunbula", "sonbola", "sunbulah", "sonbula"),
    ("mizan", "meezan"),
    ("aqrab", "akrab"),
    ("qaws", "qaus", "qows"),
    ("jadi", "jaddi", "jady"),
    ("dalw", "dalv", "dalu"),
    ("hut", "hoot", "hoet"),
)


def _folded(text: str) -> str:
    """Text as month names are looked up in it: composed (NFC), case folded, Arabic ي ى and
    ك as Persian and Pashto write them (ی ک), Bengali's long ī as the short one its month
    names are also written with (জানুয়ারী, জানুয়ারি), and joiners and an ezafe's hamza gone."""
    text = unicodedata.normalize("NFC", text).casefold()
    return text.translate(_FOLD)


_FOLD = str.maketrans({**WRITTEN_ALIKE, "ী": "ি", "\u0654": None})
# A month's calendar, as its name says it: the Gregorian months, those of the Thai and Lao
# Gregorian months whose years of two figures are of the Buddhist era (15 มี.ค. 33), and the
# Solar Hijri months.
GREGORIAN, BUDDHIST, SOLAR_HIJRI_MONTH = "gregorian", "buddhist", "solar_hijri"


def _month_names() -> dict[str, tuple[int, str]]:
    """Every month name (folded, `_folded`) → its number and calendar. ICU's names in the
    format and stand-alone forms, wide and abbreviated; a name written for two months in
    two languages says neither, and is left out (none is, today)."""
    found: dict[str, set[tuple[int, str]]] = {}

    def add(name: str, month: int, counted_in: str) -> None:
        name = _folded(name).strip()
        if name and not any(character.isdigit() for character in name):
            found.setdefault(name, set()).add((month, counted_in))

    for month, names in enumerate(_ENGLISH_MONTHS, start=1):
        for name in names:
            add(name, month, GREGORIAN)
    symbols = icu.DateFormatSymbols
    for locale in _REGION_LOCALES:
        counted_in = BUDDHIST if locale in ("th", "lo") else GREGORIAN
        written = symbols(icu.Locale(locale))
        for context in (symbols.FORMAT, symbols.STANDALONE):
            for width in (symbols.WIDE, symbols.ABBREVIATED):
                for month, name in enumerate(written.getMonths(context, width), start=1):
                    add(name, month, counted_in)
    for month, names in enumerate(_SOLAR_HIJRI_LATIN, start=1):
        for name in names:
            add(name, month, SOLAR_HIJRI_MONTH)
    for locale in _SOLAR_HIJRI_LOCALES:
        where = icu.Locale(f"{locale}@calendar=persian")
        persian = icu.Calendar.createInstance(where)
        for pattern in ("MMMM", "LLLL"):
            writer = icu.SimpleDateFormat(pattern, where)
            for month in range(1, 13):
                persian.clear()
                persian.set(1366, month - 1, 15)
                add(writer.format(persian.getTime()), month, SOLAR_HIJRI_MONTH)
    return {name: next(iter(said)) for name, said in found.items() if len(said) == 1}


@functools.cache
def _month_patterns() -> tuple[dict[str, tuple[int, str]], regex.Pattern[str], regex.Pattern[str]]:
    """The month names (`_month_names`) and the two patterns of a date naming its month, to
    be matched in folded text (`_folded`), the year in four figures or two: built when a
    date first names its month (ICU's locale data takes a few tens of milliseconds), not
    when every worker process starts."""
    names = _month_names()
    month = "(" + "|".join(map(regex.escape, sorted(names, key=len, reverse=True))) + r")\.?"
    day_month = regex.compile(
        rf"^\s*(?:(\d{{1,2}})(?:st|nd|rd|th)?[-/. ]*)?{month}[-/., ]*(\d{{4}}|\d{{2}})\s*$"
    )
    month_day = regex.compile(
        rf"^\s*{month}[ ]*(\d{{1,2}})(?:st|nd|rd|th)?,?[ ]+(\d{{4}}|\d{{2}})\s*$"
    )
    return names, day_month, month_day


# A day or a month not known, written otherwise than 00 (XX/XX/1990, 1990-??-??, UNK): read
# as 00 is.
_NOT_KNOWN_PART = regex.compile(
    r"(?<![\p{L}\p{N}?*])(?:x{1,3}|\?{1,3}|\*{1,3}|unk|uk)(?![\p{L}\p{N}?*])", regex.IGNORECASE
)
# A date said to be approximate: what it says is kept, as a year alone is (c. 1990, about
# 1990, 1990?, ~1990).
_APPROXIMATE = regex.compile(
    r"^\s*(?:(?:c|ca|circa|about|abt|approx|approximately|around|est)\.?\s+|~\s*)(.+?)\s*$"
    r"|^\s*(.+?)\s*(?:\?|\(?\s*(?:approx|approximately|about|est)\.?\s*\)?)\s*$",
    regex.IGNORECASE,
)
# A form's label copied with the date (DOB: 14/03/1990, Date of birth - 1990, Tgl. lahir:
# 14-03-1990, জন্ম তারিখ: …): what follows it is read.
_LABELLED = regex.compile(
    r"^\s*(?:d\.?\s?o\.?\s?b|date of birth|birth date|born|b|tanggal lahir|tgl\.?\s?lahir|"
    r"জন্ম তারিখ|জন্মতারিখ|জন্ম|تاریخ تولد|تاریخ پیدائش|ဖွားနေ့|วันเกิด|பிறந்த தேதி|උපන් දිනය)"
    r"\.?\s*[:：ঃ\-–]?\s*(\S.*?)\s*$",
    regex.IGNORECASE,
)

# Placeholder days that registries write for an unknown day and month.
PLACEHOLDERS = frozenset({(1, 1), (7, 1)})


@dataclass(frozen=True)
class BirthDate:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def is_placeholder(self) -> bool:
        return self.day is not None and (self.month, self.day) in PLACEHOLDERS

    def __str__(self) -> str:
        return self._written

    def __reduce__(self) -> tuple[type["BirthDate"], tuple[int, int | None, int | None]]:
        # Sent to worker processes. Compiled (`compiled`), a frozen dataclass would be
        # unpickled field by field through the assignment it forbids.
        return BirthDate, (self.year, self.month, self.day)

    @functools.cached_property
    def _written(self) -> str:
        # Written into the evidence of every comparison: once a date.
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


class DateError(ValueError):
    pass


# Years of another era than the Common Era, as registries of the region write them. No one
# living was born in a Common Era year of either range, so the reading is not a guess.
# Thai, Lao, Khmer and Sri Lankan records count years in the Buddhist era (2530 is 1987);
# Sri Lanka and Cambodia count it from a year later than Thailand and Laos.
BUDDHIST_ERA = range(2400, 2700)
BUDDHIST_OFFSET = {"LKA": 544, "KHM": 544}
# Afghan tazkiras and Iranian records count in the Solar Hijri calendar (1366 is 1987), and
# write 1 Hamal (Nowruz) where the day is not known. Years of this range are read so only for
# a record of those nationalities: elsewhere they are out of range.
SOLAR_HIJRI = range(1230, 1480)
SOLAR_HIJRI_NATIONS = frozenset({"AFG", "IRN"})
EARLIEST, LATEST = 1850, 2100


def parse_birth_date(text: str, nationality: str = "") -> BirthDate | None:
    """`YYYY-MM-DD`, `YYYY-MM`, `YYYY` or empty (None), as `read_birth_date` reads it."""
    return read_birth_date(text, nationality)[0]


@functools.lru_cache(maxsize=1 << 16)
def read_birth_date(text: str, nationality: str = "") -> tuple[BirthDate | None, str]:
    """A written date of birth as a date of the Common Era, and a note saying how it was
    read when that is not as written ("" otherwise). What a date says is kept and what
    cannot be is set aside, so that a person with one wrong figure can still be found:
    - a month or day written 00 is not known (no note: registries write it so);
    - a month or a day that does not exist (1990-02-30) is set aside;
    - a year of the Buddhist era is read in it; a Solar Hijri date of an Afghan or Iranian
      record is converted.
    Raises DateError naming the problem when it is not a date at all or its year cannot be
    a year of birth."""
    if not text or not text.strip():
        return None, ""
    # Most dates are written as the format writes them: the other forms are tried only then.
    written, how, solar_named = text, "", False
    found = _DATE.match(text)
    if not found:
        written, how, solar_named = _as_iso(text)
        found = _DATE.match(written)
    if not found:
        raise DateError(f"birth_date {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    year = int(found.group(1))
    month = int(found.group(3) or 0) or None
    day = int(found.group(4) or 0) if month is not None else None
    nation = nationality.strip().upper()
    if year in SOLAR_HIJRI and (nation in SOLAR_HIJRI_NATIONS or solar_named):
        return _solar_hijri(text, how, year, month, day or None)
    if solar_named:
        raise DateError(
            f"birth_date {text!r}: its month is of the Solar Hijri calendar, and {year} is "
            "not a year of it"
        )
    notes = [how] if how else []
    if year in BUDDHIST_ERA:
        year -= BUDDHIST_OFFSET.get(nation, 543)
        notes.append("a year of the Buddhist era")
    if not EARLIEST <= year <= LATEST:
        hint = ""
        if year in SOLAR_HIJRI:
            hint = " (a Solar Hijri year is read as one for nationality AFG or IRN)"
        raise DateError(f"birth_date {text!r}: year {year} is out of range{hint}")
    if month is not None and not 1 <= month <= 12:
        notes.append(f"month {month} does not exist")
        month = day = None
    if month is not None and day:
        last = calendar.monthrange(year, month)[1]
        if day > last:
            notes.append(f"day {day} does not exist in {year}-{month:02d}")
            day = None
    date = BirthDate(year, month, day or None)
    if (year, month or 1, day or 1) > datetime.date.today().timetuple()[:3]:
        # Kept all the same: a slip of one figure (2031 for 2013) still finds its person.
        notes.append("after today's date")
    return date, _note(text, notes, date)


def check_written_as_interchange(text: str) -> None:
    """Raises DateError unless a date is written as the interchange format writes it (or is
    empty): where a caller can say it exactly, as a system calling the API can, a date is
    not read in another order or form."""
    if text.strip() and not _DATE.match(text):
        raise DateError(f"birth_date {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")


def _as_iso(text: str) -> tuple[str, str, bool]:
    """A date written otherwise than the interchange format's way, in that way, how it was
    read ("" for a date written so, or for a timestamp's date, which says the same), and
    whether a month's name says it is of the Solar Hijri calendar. A date with the year last
    is read day first, as the region writes dates, unless only the other order can be a
    date (03/15/1990); the day and month swapped are still the same person's date when
    compared (`compare_dates`)."""
    if found := _TIME.match(text):
        return found.group(1), "", False
    if found := _EIGHT_FIGURES.match(text):
        return "-".join(found.groups()), "written without separators", False
    if found := _YEAR_LAST.match(text):
        first, _separator, second, year = found.groups()
        return *_year_last(first, second, year), False
    if found := _MONTH_YEAR.match(text):
        return f"{found.group(2)}-{found.group(1)}", "the month first", False
    if found := _SHORT_YEAR.match(text):
        first, _separator, second, short = found.groups()
        written, how = _year_last(first, second, str(_full_year(short, GREGORIAN)))
        return written, f"{how}; a year of two figures", False
    names, day_month, month_day = _month_patterns()
    if found := day_month.match(folded := _folded(text)):
        day, month, year = found.groups()
        return _named(year, names[month], day)
    if found := month_day.match(folded):
        month, day, year = found.groups()
        return _named(year, names[month], day)
    if _NOT_KNOWN_PART.search(text) and any(character.isdigit() for character in text):
        return _as_iso(_NOT_KNOWN_PART.sub("00", text))
    if found := _APPROXIMATE.match(text):
        written, how, solar = _as_iso(found.group(1) or found.group(2))
        return written, "; ".join(("said to be approximate", *([how] if how else []))), solar
    if found := _LABELLED.match(text):
        written, how, solar = _as_iso(found.group(1))
        return written, "; ".join(("a label before it", *([how] if how else []))), solar
    return text, "", False


def _year_last(first: str, second: str, year: str) -> tuple[str, str]:
    """A date with the year last, read day first unless only the other order can be a date;
    with neither day nor month known (00/00/1990), the year alone."""
    if int(first) == int(second) == 0:
        return year, ""
    if int(first) <= 12 < int(second):
        return f"{year}-{first}-{second}", "the month first"
    return f"{year}-{second}-{first}", "the day first"


def _full_year(short: str, counted_in: str) -> int:
    """A year written in two figures as the latest year of its calendar it can be: a birth
    date is not in the future (90 is 1990, 05 is 2005; 33 of the Buddhist era is 2533)."""
    now = datetime.date.today().year + _ERA_AHEAD[counted_in]
    return now - (now - int(short)) % 100


# How far a calendar's year count runs ahead of the Common Era's (the Solar Hijri behind).
_ERA_AHEAD = {GREGORIAN: 0, BUDDHIST: 543, SOLAR_HIJRI_MONTH: -621}


def _named(year: str, month: tuple[int, str], day: str | None) -> tuple[str, str, bool]:
    """A date whose month is named (its number and calendar, `_month_names`), as `_as_iso`
    returns it: a year of two figures is the latest of the month's calendar it can be."""
    number, counted_in = month
    how = ""
    if len(year) == 2:
        year, how = str(_full_year(year, counted_in)), "a year of two figures"
    written = f"{year}-{number:02d}-{int(day):02d}" if day else f"{year}-{number:02d}"
    return written, how, counted_in == SOLAR_HIJRI_MONTH


def _note(text: str, notes: list[str], date: BirthDate) -> str:
    return f"birth_date {text!r}: {'; '.join(notes)}; read as {date}" if notes else ""


def _solar_hijri(
    text: str, how: str, year: int, month: int | None, day: int | None
) -> tuple[BirthDate, str]:
    """A Solar Hijri date as the Common Era date it is. A year alone, or 1 Hamal, is the
    Common Era year holding most of it (1366 is 21 March 1987 to 20 March 1988: 1987); a
    month alone straddles two Common Era months, so only the year of its middle is kept."""
    notes = [*([how] if how else []), "a date of the Solar Hijri calendar"]
    if month is not None and not 1 <= month <= 12:
        notes.insert(0, f"month {month} does not exist")
        month = day = None
    if month is not None and day and day > _solar_hijri_month_days(year, month):
        notes.insert(0, f"day {day} does not exist in month {month} of {year}")
        day = None
    if month is None or day is None or (month, day) == (1, 1):
        middle = _from_solar_hijri(year, month or 7, 15)
        date = BirthDate(middle[0] if month else year + 621)
    else:
        date = BirthDate(*_from_solar_hijri(year, month, day))
    return date, _note(text, notes, date)


def _solar_hijri_month_days(year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    following = _from_solar_hijri(year + 1, 1, 1)
    last = _from_solar_hijri(year, 12, 1)
    return (datetime.date(*following) - datetime.date(*last)).days


def _from_solar_hijri(year: int, month: int, day: int) -> tuple[int, int, int]:
    """ICU's Persian calendar (the arithmetic Solar Hijri calendar Afghanistan and Iran use),
    through the PyICU binding Kembali already uses for transliteration."""
    persian = icu.Calendar.createInstance(icu.TimeZone.getGMT(), icu.Locale("en@calendar=persian"))
    persian.clear()
    persian.set(year, month - 1, day)
    gregorian = icu.GregorianCalendar(icu.TimeZone.getGMT())
    gregorian.setTime(persian.getTime())
    fields = icu.UCalendarDateFields
    return (
        gregorian.get(fields.YEAR),
        gregorian.get(fields.MONTH) + 1,
        gregorian.get(fields.DATE),
    )


@dataclass(frozen=True)
class DateAgreement:
    level: str  # a stable code, shown translated in the app
    bits: float  # evidence for "same person", in bits (log2 likelihood ratio)


# Evidence per level, log2(m/u). u, how often two different people agree at the level, was
# measured on pairs of a synthetic region's registry records of one country (births spread
# over about 60 years): a full date 1 in 15,000, a year 1 in 60, a year apart 1 in 30. m, how
# often one person's two records agree at it, is set from what registrations of people
# without documents look like: the year right more often than not, a day guessed or left at
# 1 January. Two full dates that differ in day, month and year are two mistakes at once, as
# siblings' dates are. The same day of the year two years apart (an age guessed, the birthday
# remembered) is 1 in 11,000 between two people and a few in a hundred of one person's pairs;
# within a decade it is one digit that differs (1981, 1983), and it weighs as that does
# across one (1979, 1981). A year off by three or more is beyond a guessed age, yet one person's
# records do come apart like that — a date given differently at another registration, or
# written down wrong: FEBRL's duplicates hold 1 in 25 such pairs, and two unrelated people
# differ so 9 times in 10. It weighs against as much as a wholly different name part does,
# not so much that nothing else could outweigh it; it never allows a `match`. Fifteen years
# or more apart ("far_apart") is another age: a registrar who sees the person does not write
# a child's year for an elder's, nor a clerk's one-digit slip make it (1951, 1991 stay
# "different"); half of all pairs of two people are so far apart.
LEVELS = {
    "exact": 13.5,
    "day_month_swapped": 9.0,
    "year_month": 7.5,
    "same_month_other_day": 3.0,
    "same_day_other_month": 3.0,
    "year": 5.5,
    "placeholder_year": 5.5,
    "year_off_by_one": 1.0,
    "year_off_by_one_other_day": -1.5,
    "same_year_other_day": -1.0,
    "year_off_by_one_same_day": 9.0,
    "year_off_by_two": -2.0,
    "year_off_by_two_same_day": 5.0,
    "year_off_by_two_other_day": -4.0,
    "one_digit_differs": 5.0,
    "digits_swapped": 5.0,
    "different": -5.0,
    "far_apart": -8.0,
    "unknown": 0.0,
}


AGREEMENTS = {level: DateAgreement(level, bits) for level, bits in LEVELS.items()}

# Years apart from which two birth dates are another age (`LEVELS`: "far_apart").
FAR_APART_YEARS = 15
# The levels of birth dates years apart, which never allow a `match` or a link.
YEARS_APART = frozenset({"different", "far_apart"})


def compare_dates(a: BirthDate | None, b: BirthDate | None) -> DateAgreement:
    if a is None or b is None:
        return AGREEMENTS["unknown"]
    gap = abs(a.year - b.year)
    full = a.day is not None and b.day is not None
    if full and not a.is_placeholder and not b.is_placeholder:
        written_a, written_b = str(a), str(b)
        differing = [i for i, (x, y) in enumerate(zip(written_a, written_b, strict=True)) if x != y]
        if gap not in (0, 1):
            # A clerk's slip on one digit (1987 → 1981), or two digits typed in the wrong
            # order (1952 → 1925), not a guessed age.
            if len(differing) == 1:
                return AGREEMENTS["one_digit_differs"]
            if _swapped(written_a, written_b, differing):
                return AGREEMENTS["digits_swapped"]
    if gap == 0:
        return AGREEMENTS[_same_year(a, b, full)]
    # Both recorded to the day, and day and month differ too: two mistakes at once.
    other_day = (
        full
        and not (a.is_placeholder or b.is_placeholder)
        and a.month != b.month
        and a.day != b.day
    )
    # The day remembered and the year not (an age guessed): the same day of the year is as
    # rare between two people as a year apart is common.
    same_day = full and (a.month, a.day) == (b.month, b.day) and not a.is_placeholder
    if gap == 1:
        level = "year_off_by_one_same_day" if same_day else "year_off_by_one"
        level = "year_off_by_one_other_day" if other_day else level
    elif gap == 2:
        level = "year_off_by_two_same_day" if same_day else "year_off_by_two"
        level = "year_off_by_two_other_day" if other_day else level
    elif gap >= FAR_APART_YEARS and _digits_differing(a.year, b.year) > 1:
        level = "far_apart"
    else:
        level = "different"
    return AGREEMENTS[level]


def _digits_differing(one: int, other: int) -> int:
    return sum(x != y for x, y in zip(f"{one:04d}", f"{other:04d}", strict=True))


def _swapped(a: str, b: str, differing: list[int]) -> bool:
    """Two adjacent digits of one written date are the other's in the other order."""
    if len(differing) != 2 or differing[1] != differing[0] + 1:
        return False
    i = differing[0]
    return a[i] == b[i + 1] and a[i + 1] == b[i]


def _same_year(a: BirthDate, b: BirthDate, full: bool) -> str:
    if full and (a.month, a.day) == (b.month, b.day):
        return "placeholder_year" if a.is_placeholder else "exact"
    if full and (a.month, a.day) == (b.day, b.month):
        return "day_month_swapped"
    if a.is_placeholder or b.is_placeholder:
        return "placeholder_year"
    if a.month is not None and a.month == b.month:
        # Both days recorded and different: one of the two is wrong, as it is for people
        # born the same month.
        return "same_month_other_day" if full else "year_month"
    if full and a.day == b.day:
        return "same_day_other_month"
    if full:
        # Both recorded to the day and only the year agrees: two records of one person
        # rarely disagree like this; siblings born within a year do.
        return "same_year_other_day"
    return "year"
