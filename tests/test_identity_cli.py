"""The identity engine. The identity command: index, search and their files, errors and Ctrl-C."""

import csv
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from kembali.identity.matching import workers
from kembali.identity.matching.compare import (
    IdentityRecord,
    prepare,
    read_record,
)
from kembali.identity.matching.dates import BirthDate, parse_birth_date
from kembali.identity.matching.index import BadRow, RegistryIndex, build_index
from kembali.identity.matching.workers import WorkerStopped
from tests.identity_files import (
    COLUMNS,
    among_other_people,
    write_csv,
)

REGISTRY = [
    "R1,মোহাম্মদ রহিম উদ্দিন,M,1990-03-14,চট্টগ্রাম,BGD,করিম উদ্দিন,",
    "R2,মোহাম্মদ রহিম উদ্দিন,M,1971-06-02,Sylhet,BGD,জামাল হোসেন,",
    "R3,অং কিউ,M,not-a-date,,BGD,,",
    "R4,আয়েশা আক্তার,F,1995,Dhaka,BGD,,",
    "R5,ফাতেমা বেগম,Q,1980,,BGD,,",
    "R6,,F,1980,,BGD,,",
    "R7,အောင်ကျော်မိုး | Aung Kyaw Moe,M,1988-11-02,Yangon,MMR,ဦးထွန်း,",
]


def test_index_reports_bad_rows_by_line_and_imports_the_rest(tmp_path: Path, capsys: Any) -> None:
    registry = write_csv(tmp_path / "registry.csv", REGISTRY)
    call_command("identity", "index", "--registry", str(registry), "--index", str(tmp_path / "ix"))
    out = capsys.readouterr()
    assert "line 4: birth_date 'not-a-date'" in out.err
    assert "line 6: sex 'Q'" in out.err
    assert "line 7: full_name is empty" in out.err
    assert "Indexed 4 records" in out.out
    assert RegistryIndex(tmp_path / "ix").size == 4


def test_a_name_asked_for_in_its_script_finds_its_record_in_latin_among_many_namesakes(
    tmp_path: Path,
) -> None:
    # Three hundred Ayesha Nandas in Burmese script share every syllable's key with the query;
    # the person's own record, in Latin letters, shares a few. It is compared all the same.
    rows = [
        {
            "id": f"N{n}",
            "full_name": "အာယက်ရှာ နန္ဒာ",
            "sex": "F",
            "birth_date": f"{1966 + n % 5}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "nationality": "MMR",
        }
        for n in range(300)
    ]
    rows.append(
        {
            "id": "L1",
            "full_name": "Ayesha Nanda",
            "sex": "F",
            "birth_date": "1968-05-04",
            "nationality": "MMR",
            "father_name": "Phyo Thi",
        }
    )
    build_index(enumerate(rows, start=2), tmp_path / "ix")
    index = RegistryIndex(tmp_path / "ix")
    query = IdentityRecord("q", ("အာယက်ရှာ နန္ဒာ",), "F", BirthDate(1968, 5, 4), "", "MMR", "ဖြိုးသီ")
    assert index.search(query)[0].record.id == "L1"


def test_an_index_built_by_worker_processes_is_the_one_built_alone(tmp_path: Path) -> None:
    rows = [
        {"id": f"R{n}", "full_name": name, "sex": "M", "birth_date": f"19{60 + n % 30}"}
        for n, name in enumerate(
            ["Md. Rahim Uddin", "U Aung Kyaw", "", "Kamal Perera", "Aung Kyaw"] * 600
        )
    ]
    rows[8]["id"] = "R1"  # a second R1: reported, left out
    numbered = list(enumerate(rows, start=2))
    alone = build_index(numbered, tmp_path / "alone", processes=1)
    together = build_index(numbered, tmp_path / "together", processes=2)
    assert together.records == alone.records == 2_399
    assert together.bad_rows == alone.bad_rows
    assert together.bad_rows[:3] == [
        BadRow(4, "full_name is empty"),
        BadRow(9, "full_name is empty"),
        BadRow(10, "id 'R1' appears twice"),
    ]
    for name in ("keys.npy", "offsets.npy", "postings.npy", "rows.npy", "records.tsv"):
        assert (tmp_path / "alone" / name).read_bytes() == (
            tmp_path / "together" / name
        ).read_bytes()


def _refused_at_line_2002(tmp_path: Path, rows: list[str], index: Path) -> None:
    """Two thousand rows in UTF-8, then one in Latin-1 (line 2002), refused by the index
    command at that line."""
    assert len(rows) == 2_000
    data = "\n".join([COLUMNS, *rows]).encode() + "\nX-x,Jérôme,M,1990,,,,\n".encode("latin-1")
    (tmp_path / "latin1.csv").write_bytes(data)
    with pytest.raises(CommandError, match="line 2002 is not UTF-8"):
        call_command(
            "identity", "index", "--registry", str(tmp_path / "latin1.csv"),
            "--index", str(index), "--quiet-progress",
        )  # fmt: skip


def test_an_index_rebuilt_in_place_is_never_seen_half_built(tmp_path: Path, capsys: Any) -> None:
    """A node rebuilds an origin registry's index while the app searches it. A rebuild that
    fails half way (a line not in UTF-8 two thousand rows in) leaves the index before it
    whole; one that succeeds replaces it, and an index opened before reads the registry it
    opened (its files are replaced, not overwritten) until it is opened again."""
    _indexed(tmp_path, REGISTRY, capsys)
    query = IdentityRecord("Q", ("Aung Kyaw Moe",), "M", BirthDate(1988, 11, 2))
    opened = RegistryIndex(tmp_path / "ix")
    assert [c.record.id for c in opened.search(query)][:1] == ["R7"]
    rows = [f"N{n},Kamal Perera,M,19{n % 90 + 10},,LKA,," for n in range(2_000)]
    _refused_at_line_2002(tmp_path, rows, tmp_path / "ix")
    again = RegistryIndex(tmp_path / "ix")
    assert again.size == 4 and [c.record.id for c in again.search(query)][:1] == ["R7"]
    write_csv(tmp_path / "other.csv", rows)
    call_command(
        "identity", "index", "--registry", str(tmp_path / "other.csv"),
        "--index", str(tmp_path / "ix"), "--quiet-progress",
    )  # fmt: skip
    assert RegistryIndex(tmp_path / "ix").size == 2_000
    assert [c.record.id for c in opened.search(query)][:1] == ["R7"]
    assert opened.row(3)["full_name"] == "အောင်ကျော်မိုး | Aung Kyaw Moe"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "ix", "latin1.csv", "other.csv", "registry.csv"
    ]  # fmt: skip


def test_a_search_that_fails_leaves_the_results_before_it_as_they_were(tmp_path: Path) -> None:
    write_csv(tmp_path / "queries.csv", ["Q1,Aung Kyaw Moe,M,1988-11-02,,MMR,,"])
    (tmp_path / "results.csv").write_text("the results of yesterday\n")
    with pytest.raises(CommandError, match=r"no meta\.json"):
        call_command(
            "identity", "search", "--index", str(tmp_path / "no-index"),
            "--queries", str(tmp_path / "queries.csv"), "--out", str(tmp_path / "results.csv"),
        )  # fmt: skip
    assert (tmp_path / "results.csv").read_text() == "the results of yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["queries.csv", "results.csv"]


def test_an_output_with_nowhere_to_go_is_refused_before_the_work(tmp_path: Path) -> None:
    cases = write_csv(tmp_path / "cases.csv", ["C1,Aung Kyaw Moe,M,1988-11-02,,MMR,,"])
    with pytest.raises(CommandError, match=r"there is no directory .*missing to write it in"):
        call_command(
            "identity", "dedupe", "--input", str(cases),
            "--out", str(tmp_path / "missing" / "clusters.csv"), "--quiet-progress",
        )  # fmt: skip
    call_command(
        "identity", "dedupe", "--input", str(cases), "--out", str(tmp_path / "clusters.csv"),
        "--quiet-progress",
    )  # fmt: skip
    assert (tmp_path / "clusters.csv").read_text().splitlines() == ["id,cluster_id", "C1,C1"]
    assert (tmp_path / "clusters.csv").stat().st_mode & 0o077 == 0
    with pytest.raises(CommandError, match="--processes must be at least 1"):
        call_command(
            "identity", "index", "--registry", str(cases), "--index", str(tmp_path / "ix"),
            "--processes", "0",
        )  # fmt: skip


@pytest.mark.usefixtures("at_a_terminal")
def test_ctrl_c_ends_a_job_saying_nothing_was_written(tmp_path: Path) -> None:
    """A caseworker presses Ctrl-C in a dedupe: one line says so, and nothing is left
    behind, neither output nor scratch files."""
    import gc
    import signal
    import threading

    cases = among_other_people(tmp_path, [], others=20_000)  # seconds of work: Ctrl-C comes first
    scratch = set(Path(tempfile.gettempdir()).glob("kembali-dedupe-*"))
    # Earlier tests' garbage is collected first: a Ctrl-C that lands in an object's __del__
    # (a Django model's) is ignored by Python, and the job would run on to its end.
    gc.collect()
    ctrl_c = threading.Timer(0.3, signal.raise_signal, (signal.SIGINT,))
    ctrl_c.start()
    try:
        with pytest.raises(CommandError, match=r"stopped \(Ctrl-C\); nothing was written"):
            call_command(
                "identity", "dedupe", "--input", str(cases),
                "--out", str(tmp_path / "clusters.csv"), "--processes", "1", "--quiet-progress",
            )  # fmt: skip
    finally:
        ctrl_c.cancel()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.csv"]
    assert set(Path(tempfile.gettempdir()).glob("kembali-dedupe-*")) == scratch


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the swallowing
@pytest.mark.usefixtures("at_a_terminal")
def test_a_ctrl_c_python_swallows_still_stops_the_job() -> None:
    """A Ctrl-C that lands in an object's finalizer (the garbage collector runs them at any
    moment) is printed and ignored by Python; the job still stops at its next step."""
    import signal

    from kembali.identity.management.commands.identity import ctrl_c_noted

    class Finalised:
        def __del__(self) -> None:
            signal.raise_signal(signal.SIGINT)

    with ctrl_c_noted() as ctrl_c:
        ctrl_c.check()  # not pressed: the job goes on
        Finalised()  # pressed inside the finalizer: Python swallows the KeyboardInterrupt
        with pytest.raises(KeyboardInterrupt):
            ctrl_c.check()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back


@pytest.fixture
def at_a_terminal() -> Iterator[None]:
    """Ctrl-C as a terminal delivers it. A process started in the background (a CI job under
    nohup) ignores SIGINT from the start, and so does what it runs."""
    import signal

    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def test_a_job_started_in_the_background_runs_on_through_ctrl_c() -> None:
    """Where SIGINT is ignored (nohup, a background job), the job does not take it up."""
    import signal

    from kembali.identity.management.commands.identity import ctrl_c_noted

    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with ctrl_c_noted() as ctrl_c:
            signal.raise_signal(signal.SIGINT)
            ctrl_c.check()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)


def test_a_worker_process_that_dies_ends_the_job_with_an_error() -> None:
    """The system may stop a worker process (out of memory) in the middle of a dedupe of
    millions of records: the job ends and says so, rather than waiting for ever for the work
    the process held."""
    with pytest.raises(WorkerStopped, match="worker process stopped"), workers.pool(2) as pool:
        list(pool.map(os._exit, [1]))


def test_a_job_stopped_half_way_drops_the_work_not_begun() -> None:
    """Ctrl-C in a search of a million queries, or an output that cannot be written: the
    job ends then, without doing first the work it had handed to its workers."""
    import time

    work = []
    with pytest.raises(KeyboardInterrupt), workers.pool(2) as pool:
        work = [pool.submit(time.sleep, 0.2) for _ in range(40)]
        work[0].result()
        raise KeyboardInterrupt
    while not all(future.done() for future in work):  # what was begun ends, the rest is dropped
        time.sleep(0.05)
    assert sum(future.cancelled() for future in work) >= 30


def test_of_namesakes_the_one_whose_father_agrees_is_the_first_candidate(tmp_path: Path) -> None:
    """Dedupe compares a few candidates per record: a namesake with the same year must not
    push out the person whose father's name agrees and whose date is only a year."""
    fathers = ["Ganesan Rajah", "Murugan Pillai", "Thambi Nadarajah", "Ravi Selvam"]
    rows = [
        {
            "id": f"N{n}",
            "full_name": "Sivakumar Kandasamy",
            "sex": "M",
            "birth_date": f"1980-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "father_name": f"{fathers[n % 4]} {n}",
        }
        for n in range(40)
    ]
    rows.append(
        {
            "id": "SAME",
            "full_name": "சிவகுமார் கந்தசாமி",
            "sex": "M",
            "birth_date": "1980",
            "father_name": "கந்தசாமி செல்வராஜா",
        }
    )
    build_index(list(enumerate(rows, start=2)), tmp_path / "ix", processes=1)
    index = RegistryIndex(tmp_path / "ix")
    query = prepare(
        IdentityRecord(
            "Q",
            ("Sivakumar Kandasamy",),
            birth_date=BirthDate(1980, 3, 9),
            father_name="Kandasamy Selvarajah",
        )
    )
    [first] = index.fetch(index.candidates(query, limit=1))
    assert first.record.id == "SAME"


def test_dedupe_looks_for_a_records_copies_before_it_in_the_file_too(tmp_path: Path) -> None:
    """The record itself is left out of its candidates; the copies before it are not."""
    rows = [
        {"id": "FIRST", "full_name": "Sivakumar Kandasamy", "sex": "M", "birth_date": "1980"},
        *(
            {"id": f"O{n}", "full_name": f"Other Person{n}", "sex": "F", "birth_date": "1990"}
            for n in range(20)
        ),
        {"id": "LAST", "full_name": "சிவகுமார் கந்தசாமி", "sex": "M", "birth_date": "1980"},
    ]
    build_index(list(enumerate(rows, start=2)), tmp_path / "ix", processes=1)
    index = RegistryIndex(tmp_path / "ix")
    last = index.size - 1
    [query] = index.fetch(np.array([last]))
    found = index.fetch(index.candidates(query, limit=8, exclude=last))
    assert [c.record.id for c in found] == ["FIRST"]


def test_search_writes_the_contract_columns_with_a_decision(tmp_path: Path, capsys: Any) -> None:
    _indexed(tmp_path, REGISTRY, capsys)
    rows = _searched(
        tmp_path,
        [
            "Q1,Md. Rahim Uddin,M,1990-03-14,Chittagong,BGD,Karim Uddin,",
            "Q2,U Aung Kyaw Moe,M,1988,Rangoon,MMR,,",
            "Q3,Nobody Known,F,2001-01-05,,BGD,,",
        ],
        top=3,
    )
    assert list(rows[0]) == ["query_id", "record_id", "rank", "score", "decision"]
    first = {r["query_id"]: r for r in rows if r["rank"] == "1"}
    # The namesake born in 1971 is there too, but the date and the father decide.
    assert first["Q1"]["record_id"] == "R1" and first["Q1"]["decision"] == "match"
    assert first["Q2"]["record_id"] == "R7"
    assert all(0.0 <= float(r["score"]) <= 1.0 for r in rows)
    assert all(r["decision"] != "match" for r in rows if r["query_id"] == "Q3")
    # The summary says how many queries have a match, candidates to review, or neither.
    said = re.search(
        r"Searched 3 queries, wrote \d+ candidates to .*: (\d+) with a match, "
        r"(\d+) with candidates to review, (\d+) with none",
        capsys.readouterr().out,
    )
    assert said is not None and sum(map(int, said.groups())) == 3 and int(said[1]) >= 1


@pytest.mark.parametrize("processes", [1, 2])
def test_search_explains_each_candidate_when_asked_in_the_language_asked(
    tmp_path: Path, capsys: Any, processes: int
) -> None:
    _indexed(tmp_path, REGISTRY, capsys)
    queries = ["Q1,Md. Rahim Uddin,M,1990-03-14,Chittagong,BGD,Karim Uddin,"]
    rows = _searched(tmp_path, queries, 2, "--explain", processes=processes)
    assert list(rows[0]) == ["query_id", "record_id", "rank", "score", "decision", "explanation"]
    first, second = rows
    assert first["record_id"] == "R1" and first["explanation"].startswith(
        "Name: “Rahim” and “রহিম” are the same (+"
    )
    assert "Birth date: 1990-03-14 and 1990-03-14 are the same day" in first["explanation"]
    # The namesake: the same name, another year and father, in words and in bits.
    assert second["record_id"] == "R2"
    said = second["explanation"]
    assert "Birth date: 1990-03-14 and 1971-06-02 are fifteen years apart or more" in said
    assert "Father's name: “Karim Uddin” and “জামাল হোসেন” differ (-3.6)" in said
    # As likely as a match, but the sex recorded otherwise: the caseworker is told why not.
    other_sex = ["Q2,Aung Kyaw Moe,F,1988-11-02,Yangon,MMR,U Htun,"]
    held = _searched(tmp_path, other_sex, 1, "--explain")[0]
    assert held["decision"] == "review" and float(held["score"]) >= 0.99
    assert held["explanation"].endswith(
        "; Not proposed as a match: the recorded sex or nationality differs."
    )
    indonesian = _searched(tmp_path, queries, 1, "--explain", "--language", "id")
    assert (
        "Tanggal lahir: 1990-03-14 dan 1990-03-14 adalah hari yang sama"
        in (indonesian[0]["explanation"])
    )


def _indexed(tmp_path: Path, lines: list[str], capsys: Any) -> Any:
    """The registry of these lines indexed into tmp_path/ix by the command: what it said."""
    registry = write_csv(tmp_path / "registry.csv", lines)
    call_command(
        "identity", "index", "--registry", str(registry), "--index", str(tmp_path / "ix"),
        "--quiet-progress",
    )  # fmt: skip
    return capsys.readouterr()


def _searched(
    tmp_path: Path, lines: list[str], top: int, *more: str, processes: int = 1
) -> list[dict[str, str]]:
    """These query lines searched by the command in tmp_path/ix: the rows it wrote."""
    queries = write_csv(tmp_path / "queries.csv", lines)
    out = tmp_path / "out.csv"
    call_command(
        "identity", "search", "--index", str(tmp_path / "ix"), "--queries", str(queries),
        "--out", str(out), "--top", str(top), "--processes", str(processes), "--quiet-progress",
        *more,
    )  # fmt: skip
    with out.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_dates_of_other_eras_and_impossible_days_are_read_and_said_so(
    tmp_path: Path, capsys: Any
) -> None:
    """A Thai registry counts in the Buddhist era, an Afghan tazkira in the Solar Hijri
    calendar; a clerk writes a day that does not exist. The rows are kept, read as what they
    say, each with a note, and their people found by their Common Era dates."""
    said = _indexed(
        tmp_path,
        [
            "T1,สมชาย ใจดี,M,2530-03-15,Khon Kaen,THA,,",
            "A1,ذبیح الله پوپلزی,M,1366-05-12,کابل,AFG,عبدالله پوپلزی,",
            "B1,আয়েশা আক্তার,F,1995-02-30,Dhaka,BGD,,",
            "B2,ফাতেমা বেগম,F,1990-00-00,Dhaka,BGD,,",
            "B3,রহিমা খাতুন,F,1366-05-12,Dhaka,BGD,,",
        ],
        capsys,
    )
    for line in (
        "line 2: birth_date '2530-03-15': a year of the Buddhist era; read as 1987-03-15 (kept)",
        "line 3: birth_date '1366-05-12': a date of the Solar Hijri calendar; read as "
        "1987-08-03 (kept)",
        "line 4: birth_date '1995-02-30': day 30 does not exist in 1995-02; read as 1995-02 (kept)",
    ):
        assert line in said.err
    assert "line 5" not in said.err  # 00: not known, as registries write it
    assert "line 6: birth_date '1366-05-12': year 1366 is out of range" in said.err
    assert "Indexed 4 records" in said.out and "1 bad rows skipped" in said.out
    rows = _searched(
        tmp_path,
        [
            "Q1,Somchai Jaidee,M,1987-03-15,Khon Kaen,THA,,",
            "Q2,Zabihullah Popalzai,M,1987-08-03,Kabul,AFG,Abdullah Popalzai,",
            "Q3,Ayesha Akter,F,1995-02,Dhaka,BGD,,",
        ],
        top=1,
    )
    first = {r["query_id"]: r for r in rows}
    assert {q: r["record_id"] for q, r in first.items()} == {"Q1": "T1", "Q2": "A1", "Q3": "B1"}
    # The days agree to the day once read: enough, with names and towns, for a match.
    assert first["Q1"]["decision"] == first["Q2"]["decision"] == "match"


def test_dates_naming_their_month_are_read_in_the_regions_languages(
    tmp_path: Path, capsys: Any
) -> None:
    """A registry exported from a spreadsheet (15-Mar-87), a Thai list typed in Thai, a
    tazkira's date with its Dari month, days and months not known written XX: every row is
    kept and its person found by the date it says. A month that is no month is still named."""
    said = _indexed(
        tmp_path,
        [
            "S1,Rahim Uddin,M,15-Mar-87,Cox's Bazar,BGD,Karim Uddin,",
            "T1,สมชาย ใจดี,M,15 มี.ค. 30,Khon Kaen,THA,,",
            "A1,ذبیح الله پوپلزی,M,۱۲ اسد ۱۳۶۶,کابل,AFG,عبدالله پوپلزی,",
            "M1,အောင်ကျော်မိုး,M,XX/XX/1988,Yangon,MMR,,",
            "X1,Karim Mia,M,15 Marc 1990,Dhaka,BGD,,",
        ],
        capsys,
    )
    assert "line 2: birth_date '15-Mar-87': a year of two figures; read as 1987-03-15" in said.err
    assert "line 3: birth_date '15 มี.ค. 30': a year of two figures; a year of the Buddhist" in (
        said.err
    )
    assert "line 4: birth_date '۱۲ اسد ۱۳۶۶': a date of the Solar Hijri calendar" in said.err
    assert "line 5" not in said.err  # XX: not known, as 00 is
    assert "line 6: birth_date '15 Marc 1990' is not YYYY-MM-DD, YYYY-MM or YYYY" in said.err
    assert "Indexed 4 records" in said.out and "1 bad rows skipped" in said.out
    rows = _searched(
        tmp_path,
        [
            "Q1,Rahim Uddin,M,1987-03-15,Cox's Bazar,BGD,Karim Uddin,",
            "Q2,Somchai Jaidee,M,1987-03-15,Khon Kaen,THA,,",
            "Q3,Zabihullah Popalzai,M,1987-08-03,Kabul,AFG,Abdullah Popalzai,",
            "Q4,Aung Kyaw Moe,M,1988,Yangon,MMR,,",
        ],
        top=1,
    )
    first = {r["query_id"]: r for r in rows}
    assert {q: r["record_id"] for q, r in first.items()} == {
        "Q1": "S1", "Q2": "T1", "Q3": "A1", "Q4": "M1",
    }  # fmt: skip
    assert first["Q1"]["decision"] == first["Q2"]["decision"] == "match"
    assert first["Q3"]["decision"] == "match"


def test_sex_and_nationality_as_registries_write_them_are_read(tmp_path: Path, capsys: Any) -> None:
    """A person is not left out of the index over "Male", "BD" or "Bangladeshi". What is not
    a sex or a nationality at all is still a bad row, named."""
    said = _indexed(
        tmp_path,
        [
            "B1,আয়েশা আক্তার,Female,1995-02-03,Dhaka,BD,,",
            "B2,মোহাম্মদ রহিম উদ্দিন,male,1990-03-14,চট্টগ্রাম,Bangladeshi,করিম উদ্দিন,",
            "M1,အောင်ကျော်မိုး,M,1988-11-02,Yangon,Burma,,",
            "A1,ذبیح الله پوپلزی,M,1366-05-12,کابل,Afghanistan,,",
            "X1,Rahim,M,1990,,Rohingya,,",
            "X2,Karim,boy?,1990,,BGD,,",
        ],
        capsys,
    )
    assert "line 2: nationality 'BD': read as BGD (kept)" in said.err
    assert "line 3: nationality 'Bangladeshi': read as BGD (kept)" in said.err
    assert "line 4: nationality 'Burma': read as MMR (kept)" in said.err
    # The nationality read first lets the tazkira's Solar Hijri date be read too.
    assert "line 5: nationality 'Afghanistan': read as AFG; birth_date '1366-05-12'" in said.err
    assert "line 6: nationality 'Rohingya' is not an ISO 3166-1 alpha-3 code" in said.err
    assert "line 7: sex 'boy?' is not M, F, X or empty (skipped)" in said.err
    assert "Indexed 4 records" in said.out
    index = RegistryIndex(tmp_path / "ix")
    [found, *_] = index.search(
        IdentityRecord("q", ("Ayesha Akter",), "F", BirthDate(1995, 2, 3), "Dhaka", "BGD")
    )
    assert found.record.id == "B1" and found.record.sex == "F"
    assert found.record.nationality == "BGD"
    assert {e.field: e.how for e in found.comparison.evidence}["nationality"] == "agree"


def test_a_sex_written_in_the_regions_languages_or_as_a_code_is_read(
    tmp_path: Path, capsys: Any
) -> None:
    """An Indonesian registry writes L and P, a Thai one ชาย and หญิง, a database export
    ISO/IEC 5218's 1 and 2 (read with a note: a system may count otherwise). P is no sex of
    a Bangladeshi's record: that row is still named and skipped."""
    said = _indexed(
        tmp_path,
        [
            "I1,Siti Nurhaliza,P,1990-03-14,Bandung,IDN,,",
            "I2,Budi Santoso,Laki-laki,1988-01-02,Bandung,IDN,,",
            "T1,สมชาย ใจดี,ชาย,1987-03-15,Khon Kaen,THA,,",
            "A1,ذبیح الله پوپلزی,نارينه,1987-08-03,کابل,AFG,,",
            "B1,Rahim Uddin,1,1990-03-14,Dhaka,BGD,,",
            "B2,Karim Mia,P,1990-03-14,Dhaka,BGD,,",
        ],
        capsys,
    )
    assert "line 6: sex '1': read as M (ISO/IEC 5218) (kept)" in said.err
    assert "line 7: sex 'P' is not M, F, X or empty (skipped)" in said.err
    assert "line 2" not in said.err and "line 4" not in said.err
    assert "Indexed 5 records" in said.out
    index = RegistryIndex(tmp_path / "ix")
    sexes = {
        found.record.id: found.record.sex
        for name, born in (("Siti Nurhaliza", "1990-03-14"), ("Budi Santoso", "1988-01-02"),
                           ("Somchai Jaidee", "1987-03-15"), ("Zabihullah Popalzai", "1987-08-03"),
                           ("Rahim Uddin", "1990-03-14"))
        for found in index.search(IdentityRecord("q", (name,), "", parse_birth_date(born)))[:1]
    }  # fmt: skip
    assert sexes == {"I1": "F", "I2": "M", "T1": "M", "A1": "M", "B1": "M"}


def test_a_value_written_as_not_known_is_read_as_empty(tmp_path: Path, capsys: Any) -> None:
    """A birth date of "N/A" does not cost the registry its person, and two records whose
    town and father are "Unknown" share no town and no father."""
    said = _indexed(
        tmp_path,
        [
            "U1,Rahim Uddin,M,N/A,Unknown,unknown,Unknown,",
            "U2,Karim Mia,-,0000-00-00,n/a,BGD,--,",
            "U3,Abdul Karim,M,XX/XX/XXXX,,BGD,,",
        ],
        capsys,
    )
    assert "Indexed 3 records" in said.out and "skipped" not in said.err
    index = RegistryIndex(tmp_path / "ix")
    [found, *_] = index.search(
        IdentityRecord("q", ("Rahim Uddin",), "M", None, "Unknown", "", "Unknown")
    )
    assert found.record.id == "U1"
    assert found.record.birth_date is None and found.record.birth_place == ""
    assert found.record.father_name == "" and found.record.nationality == ""
    assert {e.field for e in found.comparison.evidence} == {"name", "birth_date", "sex"}
    # A town or father typed "Unknown" in a search is not one either.
    assert not found.comparison.corroborated


def test_parquet_registries_are_read_like_csv(tmp_path: Path) -> None:
    table = pa.table(
        {
            "id": ["P1", "P2"],
            "full_name": ["আয়েশা আক্তার", ""],
            "sex": ["F", "F"],
            "birth_date": ["1995-02-03", "1990"],
        }
    )
    pq.write_table(table, tmp_path / "registry.parquet")
    directory = tmp_path / "ix"
    from kembali.identity.matching.batch import index_file

    records, bad = index_file(tmp_path / "registry.parquet", directory)
    assert records == 1 and [(b.line, b.reason) for b in bad] == [(3, "full_name is empty")]
    found = RegistryIndex(directory).search(IdentityRecord("q", ("Ayesha Akter",)))
    assert found[0].record.id == "P1"


def test_parquet_dates_and_numbers_are_read_as_their_columns_type_writes_them(
    tmp_path: Path,
) -> None:
    """A Parquet registry whose ids are integers and whose birth dates are timestamps or
    dates, as a database export writes them: every row is read, the dates as the days they
    are."""
    import datetime as dt

    for kind, born in (
        (pa.timestamp("us"), [dt.datetime(1995, 2, 3), None]),
        (pa.date32(), [dt.date(1995, 2, 3), None]),
    ):
        table = pa.table(
            {
                "id": pa.array([1, 2], pa.int64()),
                "full_name": ["আয়েশা আক্তার", "Rahim Uddin"],
                "birth_date": pa.array(born, kind),
            }
        )
        pq.write_table(table, tmp_path / "registry.parquet")
        directory = tmp_path / f"ix-{kind}"
        from kembali.identity.matching.batch import index_file

        records, bad = index_file(tmp_path / "registry.parquet", directory)
        assert records == 2 and bad == []
        query = IdentityRecord("q", ("Ayesha Akter",), birth_date=BirthDate(1995, 2, 3))
        found = RegistryIndex(directory).search(query)[0]
        assert found.record.id == "1" and found.comparison.date_level == "exact"


def test_a_registry_of_no_records_is_searched_and_finds_no_one(tmp_path: Path) -> None:
    """A registry whose every row was refused is an index of no records: searching it finds
    no candidate for any query, and says so; it failed inside a worker before."""
    registry = write_csv(tmp_path / "registry.csv", [",Rahim Uddin,M,1990,,BGD,,"])
    call_command("identity", "index", "--registry", str(registry), "--index", str(tmp_path / "ix"))
    queries = write_csv(tmp_path / "queries.csv", ["Q1,Rahim Uddin,M,1990,,BGD,,"])
    out = tmp_path / "out.csv"
    call_command(
        "identity",
        "search",
        "--index",
        str(tmp_path / "ix"),
        "--queries",
        str(queries),
        "--out",
        str(out),
        "--quiet-progress",
    )
    assert out.read_text(encoding="utf-8").splitlines() == [
        "query_id,record_id,rank,score,decision"
    ]


def test_a_query_whose_id_an_earlier_one_has_is_left_out_and_said(tmp_path: Path) -> None:
    """The results name a query by its id: two of one id could not be told apart."""
    from kembali.identity.matching.batch import parse_queries

    queries = write_csv(
        tmp_path / "queries.csv",
        ["Q1,Rahim Uddin,M,1990,,BGD,,", "Q1,Ayesha Akter,F,1995,,BGD,,", "Q2,Aung Kyaw,M,,,MMR,,"],
    )
    found, said = parse_queries(queries)
    assert [q.names for q in found] == [("Rahim Uddin",), ("Aung Kyaw",)]
    assert [(s.line, s.reason, s.kept) for s in said] == [(3, "id 'Q1' appears twice", False)]


def test_a_file_without_the_header_is_refused_with_what_it_lacks(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("person,year\nRahim,1990\n", encoding="utf-8")
    with pytest.raises(CommandError, match="lacks id, full_name"):
        call_command("identity", "index", "--registry", str(bad), "--index", str(tmp_path / "x"))


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_spreadsheet_saved_with_another_separator_and_its_own_headings_is_read(
    tmp_path: Path, separator: str
) -> None:
    """Excel saves "CSV" with semicolons where the comma is the decimal mark, or as text with
    tabs; a person typing the first row writes "Full name". Each is read as the interchange
    format, and a bad row is still reported by its line."""
    from kembali.identity.matching.batch import index_file

    rows = [
        ["ID", "Full name", "Birth date", " Nationality "],
        ["R1", "Mohammad Rahim Uddin, Md.", "1990-03-14", "BGD"],
        ["R2", "", "1988", "MMR"],
        ["R3", "အောင်ကျော်မိုး", "1988-11-02", "MMR"],
    ]
    registry = tmp_path / "registry.csv"
    registry.write_text("\r\n".join(separator.join(row) for row in rows) + "\r\n", "utf-8")
    records, bad = index_file(registry, tmp_path / "ix")
    assert records == 2 and [(b.line, b.reason) for b in bad] == [(3, "full_name is empty")]
    index = RegistryIndex(tmp_path / "ix")
    assert [index.row(n)["id"] for n in range(index.size)] == ["R1", "R3"]
    assert index.row(0)["full_name"] == "Mohammad Rahim Uddin, Md."
    assert index.row(1)["birth_date"] == "1988-11-02"


def test_headings_a_registry_writes_are_read_and_a_column_not_read_is_said(
    tmp_path: Path,
) -> None:
    """A registry heads its columns "Name", "D.O.B.", "Gender", "Place of birth", "Father's
    name", or in Bahasa Indonesia "Jenis kelamin", "Nama ayah": each is read as its column of
    the interchange format. A column of no such heading is said not to be read (its dates
    were left out without a word before), and two headings of one column are refused, named:
    which is the person's name is not for the engine to guess."""
    from kembali.identity.matching.batch import InputError, index_file, parse_queries

    registry = tmp_path / "registry.csv"
    registry.write_text(
        "ID,Name,D.O.B.,Gender,Place of birth,Father's name,Remarks\n"
        "R1,Rahim Uddin,1990-03-14,M,Chattogram,Karim Uddin,arrived 2024\n",
        encoding="utf-8",
    )
    records, said = index_file(registry, tmp_path / "ix")
    assert records == 1
    assert RegistryIndex(tmp_path / "ix").row(0) == {
        "id": "R1",
        "full_name": "Rahim Uddin",
        "sex": "M",
        "birth_date": "1990-03-14",
        "birth_place": "Chattogram",
        "nationality": "",
        "father_name": "Karim Uddin",
        "mother_name": "",
    }
    assert [(s.line, s.kept) for s in said] == [(1, True)]
    assert "column 'Remarks' is not read" in said[0].reason
    queries = tmp_path / "queries.csv"
    queries.write_text(
        "id;Nama;Tanggal lahir;Jenis kelamin;Nama ayah\nQ1;Rahim Uddin;1990;M;Karim\n", "utf-8"
    )
    found, said = parse_queries(queries)
    assert said == [] and found[0].birth_date == BirthDate(1990, None, None)
    assert (found[0].sex, found[0].father_name) == ("M", "Karim")
    registry.write_text("id,Name,Full name\nR1,Rahim,Rahim Uddin\n", encoding="utf-8")
    with pytest.raises(InputError, match="'Name' and 'Full name' are both read as full_name"):
        index_file(registry, tmp_path / "iy")


def test_a_name_kept_in_parts_is_read_as_one_full_name(tmp_path: Path) -> None:
    """Many registries keep a name as first, middle and last name: read as one full name,
    a part that says it is not known ("-", FNU) left out, a row of no part refused by its
    line. Where the file gives the whole name too, it is read, and the parts are said not to
    be; two headings of one part are refused, named."""
    from kembali.identity.matching.batch import InputError, index_file

    registry = tmp_path / "registry.csv"
    registry.write_text(
        "ID,First name,Middle name,Surname,Date of birth\n"
        "R1,Mohammad,-,Rahim Uddin,1990-03-14\n"
        "R2,FNU,,Sukarno,1971\n"
        "R3,,,,1980\n",
        encoding="utf-8",
    )
    records, said = index_file(registry, tmp_path / "ix")
    assert records == 2 and [(s.line, s.reason) for s in said] == [(4, "full_name is empty")]
    index = RegistryIndex(tmp_path / "ix")
    assert [index.row(n)["full_name"] for n in range(2)] == ["Mohammad Rahim Uddin", "Sukarno"]
    query = IdentityRecord("q", ("Md. Rahim Uddin",), birth_date=BirthDate(1990, 3, 14))
    assert index.search(query)[0].record.id == "R1"
    table = pa.table({"id": ["P1"], "given_name": ["Ayesha"], "family_name": ["Akter"]})
    pq.write_table(table, tmp_path / "registry.parquet")
    assert index_file(tmp_path / "registry.parquet", tmp_path / "iz")[0] == 1
    assert RegistryIndex(tmp_path / "iz").row(0)["full_name"] == "Ayesha Akter"
    registry.write_text("id,Full name,Surname\nR1,Rahim Uddin,Uddin\n", encoding="utf-8")
    records, said = index_file(registry, tmp_path / "iy")
    assert RegistryIndex(tmp_path / "iy").row(0)["full_name"] == "Rahim Uddin"
    assert [s.reason for s in said] == [
        "column 'Surname' is not read: the name is read from 'Full name'"
    ]
    registry.write_text("id,First name,Given name\nR1,Rahim,Rahim\n", encoding="utf-8")
    with pytest.raises(InputError, match="'First name' and 'Given name' are both read as given"):
        index_file(registry, tmp_path / "iw")
    registry.write_text("id,Date of birth\nR1,1990\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"lacks full_name; .* \(or a name in parts: given"):
        index_file(registry, tmp_path / "iv")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_sheet_saved_as_unicode_text_is_read(tmp_path: Path, encoding: str) -> None:
    """Excel's "Unicode Text" is UTF-16 with its byte-order mark, and tabs between columns:
    read as the interchange format, names in every script whole; a file that begins so and
    breaks off is refused, named."""
    from kembali.identity.matching.batch import InputError, index_file

    rows = [
        ["ID", "Full name", "Birth date", "Nationality"],
        ["R1", "মোহাম্মদ রহিম উদ্দিন", "1990-03-14", "BGD"],
        ["R2", "အောင်ကျော်မိုး", "1988-11-02", "MMR"],
    ]
    text = "\r\n".join("\t".join(row) for row in rows) + "\r\n"
    registry = tmp_path / "registry.txt"
    registry.write_bytes("\ufeff".encode(encoding) + text.encode(encoding))
    records, bad = index_file(registry, tmp_path / "ix")
    assert records == 2 and bad == []
    index = RegistryIndex(tmp_path / "ix")
    assert index.row(0)["full_name"] == "মোহাম্মদ রহিম উদ্দিন"
    assert index.row(1)["birth_date"] == "1988-11-02"
    # A lone surrogate half: not UTF-16 however it began.
    lone = b"\x00\xd8" if encoding == "utf-16-le" else b"\xd8\x00"
    registry.write_bytes(registry.read_bytes() + lone + "R3\t".encode(encoding))
    with pytest.raises(InputError, match="begins as UTF-16 but is not UTF-16 throughout"):
        index_file(registry, tmp_path / "iy")


def test_a_parquet_file_with_its_own_headings_is_read(tmp_path: Path) -> None:
    """Columns exported from a database or a spreadsheet as "ID" and "Full Name"."""
    from kembali.identity.matching.batch import index_file

    table = pa.table({"ID": ["R1", "R2"], "Full Name": ["Rahim Uddin", None], "Sex": ["M", "F"]})
    pq.write_table(table, tmp_path / "registry.parquet")
    records, bad = index_file(tmp_path / "registry.parquet", tmp_path / "ix")
    assert records == 1 and [(b.line, b.reason) for b in bad] == [(3, "full_name is empty")]
    assert RegistryIndex(tmp_path / "ix").row(0)["sex"] == "M"


def test_a_file_not_in_utf8_is_refused_at_the_line_that_is_not(tmp_path: Path) -> None:
    rows = [f"R{n},Rahim Uddin,M,1990,,BGD,," for n in range(2_000)]
    _refused_at_line_2002(tmp_path, rows, tmp_path / "x")
    # A spreadsheet's "CSV UTF-8" starts with a byte-order mark: that is UTF-8.
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + "\r\n".join([COLUMNS, *rows]).encode())
    call_command(
        "identity", "index", "--registry", str(tmp_path / "bom.csv"),
        "--index", str(tmp_path / "y"), "--quiet-progress",
    )  # fmt: skip
    assert RegistryIndex(tmp_path / "y").size == 2_000


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("DOB: 14/03/1990", "1990-03-14"),
        ("D.O.B. 1990-03-14", "1990-03-14"),
        ("Date of birth - 15 March 1990", "1990-03-15"),
        ("Tgl. lahir: 14-03-1990", "1990-03-14"),
        ("জন্ম তারিখ: ১৪/০৩/১৯৯০", "1990-03-14"),
        ("Born c. 1990", "1990"),
    ],
)
def test_a_birth_date_with_a_forms_label_copied_with_it_is_read(written: str, read: str) -> None:
    record, note = read_record({"id": "r", "full_name": "Rahim", "birth_date": written})
    assert str(record.birth_date) == read and "a label before it" in note


def test_a_label_with_no_date_after_it_is_still_refused_by_name() -> None:
    with pytest.raises(ValueError, match="'DOB: unknown' is not YYYY-MM-DD"):
        read_record({"id": "r", "full_name": "Rahim", "birth_date": "DOB: unknown"})
