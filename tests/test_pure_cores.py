"""Pure cores: script detection, search keys and birth dates."""

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kembali.audit.chain import GENESIS, ChainedEvent, event_digest, verify_chain
from kembali.cases.dates import BirthDate, BirthDateError, Precision, parse_birth_date
from kembali.cases.names import detect_script, search_key


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Rahim Uddin", "Latn"),
        ("রহিম উদ্দিন", "Beng"),
        ("အောင်ကျော်", "Mymr"),
        ("محمد حیدری", "Arab"),
        ("නිමල් පෙරේරා", "Sinh"),
        ("முருகன்", "Taml"),
        ("สมชาย", "Thai"),
        ("މުޙައްމަދު", "Thaa"),
        ("U Aung Kyaw", "Latn"),
        ("123", "Zyyy"),
    ],
)
def test_script_is_detected_from_the_characters(text: str, script: str) -> None:
    assert detect_script(text) == script


def test_search_key_folds_case_diacritics_and_punctuation_but_keeps_vowel_signs() -> None:
    assert search_key("  Muḥammad   AL-Rahman ") == "muhammad al rahman"
    assert search_key("Md. Rahim") == "md rahim"
    # The Bengali vowel sign ি must survive: without it রহিম would become রহম.
    assert search_key("রহিম") == "রহিম"
    assert search_key("ကျော်") == "ကျော်"


@given(st.text(max_size=40))
def test_search_key_is_idempotent(text: str) -> None:
    assert search_key(search_key(text)) == search_key(text)


@given(st.text(alphabet=st.characters(categories=["L", "M"]), min_size=1, max_size=15))
@example("𑤽")  # a spacing mark after a space is not a Latin diacritic
def test_a_name_part_is_found_inside_the_whole_name(part: str) -> None:
    whole = f"Karim {part} Uddin"
    assert search_key(part) in search_key(whole)


@pytest.mark.parametrize(
    ("text", "value", "precision", "shown"),
    [
        ("1990-05-17", dt.date(1990, 5, 17), Precision.DAY, "1990-05-17"),
        ("17/05/1990", dt.date(1990, 5, 17), Precision.DAY, "1990-05-17"),
        ("1990-05", dt.date(1990, 5, 1), Precision.MONTH, "1990-05"),
        ("1990", dt.date(1990, 1, 1), Precision.YEAR, "1990"),
        ("about 1990", dt.date(1990, 1, 1), Precision.ABOUT, "~1990"),
        ("sekitar 1990", dt.date(1990, 1, 1), Precision.ABOUT, "~1990"),
        ("~1990", dt.date(1990, 1, 1), Precision.ABOUT, "~1990"),
        # the month by its name, in English or Indonesian, as a person says it
        ("17 May 1990", dt.date(1990, 5, 17), Precision.DAY, "1990-05-17"),
        ("17 Mei 1990", dt.date(1990, 5, 17), Precision.DAY, "1990-05-17"),
        ("17-AGT-1990", dt.date(1990, 8, 17), Precision.DAY, "1990-08-17"),
        ("17Oct1990", dt.date(1990, 10, 17), Precision.DAY, "1990-10-17"),
        ("Sept. 17, 1990", dt.date(1990, 9, 17), Precision.DAY, "1990-09-17"),
        ("Desember 1990", dt.date(1990, 12, 1), Precision.MONTH, "1990-12"),
        ("mar 1990", dt.date(1990, 3, 1), Precision.MONTH, "1990-03"),
    ],
)
def test_birth_dates_as_people_know_them(
    text: str, value: dt.date, precision: Precision, shown: str
) -> None:
    parsed = parse_birth_date(text, today=dt.date(2026, 11, 28))
    assert parsed == BirthDate(value, precision)
    assert str(parsed) == shown


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1990-02-30", "calendar"),
        ("30 Feb 1990", "calendar"),
        ("yesterday", "format"),
        ("17 Mai 1990", "format"),  # no month's name in English or Indonesian
        ("17 May 90", "format"),  # a year of two figures may be either century
        ("2090", "future"),
        ("Juni 2030", "future"),
        ("1800", "too_old"),
    ],
)
def test_bad_birth_dates_say_why(text: str, code: str) -> None:
    with pytest.raises(BirthDateError) as error:
        parse_birth_date(text, today=dt.date(2026, 11, 28))
    assert error.value.code == code


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2026, 11, 28)))
def test_a_shown_birth_date_parses_back_to_itself(day: dt.date) -> None:
    for precision in Precision:
        value = day if precision == Precision.DAY else day.replace(day=1)
        if precision in (Precision.YEAR, Precision.ABOUT):
            value = value.replace(month=1)
        birth = BirthDate(value, precision)
        assert parse_birth_date(str(birth), today=dt.date(2026, 11, 28)) == birth


def _chain(contents: list[dict[str, object]]) -> list[ChainedEvent]:
    events, prev = [], GENESIS
    for seq, content in enumerate(contents, start=1):
        digest = event_digest(prev, {**content, "seq": seq})
        events.append(ChainedEvent(seq, prev, digest, {**content, "seq": seq}))
        prev = digest
    return events


@given(st.lists(st.dictionaries(st.text(max_size=5), st.integers()), min_size=2, max_size=8))
def test_any_edit_deletion_or_swap_breaks_the_chain(contents: list[dict[str, object]]) -> None:
    events = _chain(contents)
    head = events[-1]
    assert verify_chain(events, head.seq, head.hash) == []
    edited = [*events]
    edited[0] = ChainedEvent(1, GENESIS, events[0].hash, {**events[0].content, "seq": 99})
    assert verify_chain(edited, head.seq, head.hash)
    assert verify_chain(events[:-1], head.seq, head.hash)  # last one deleted
    assert verify_chain([events[0], *events[2:]], head.seq, head.hash)  # one deleted
    swapped = [events[1], events[0], *events[2:]]
    assert verify_chain(swapped, head.seq, head.hash)
