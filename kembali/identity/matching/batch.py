"""Whole files at a time: reading the interchange format, searching many queries, dedupe.

Searching and dedupe run in worker processes (one per core by default), each opening the
index memory-mapped, so a file of queries uses the machine and not one core of it.
"""

import codecs
import csv
import gc
import itertools
import math
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow.parquet as pq
import regex

from . import index as registry_index
from . import workers
from .compare import (
    IdentityRecord,
    Memo,
    Prepared,
    Said,
    best_names,
    compare,
    compare_parents,
    compare_rest,
    fathers_in_names,
    held_back,
    names_whole,
    parents_differ,
    recorded,
    said_of,
)
from .dates import YEARS_APART, compare_dates
from .index import COLUMNS, BadRow, RegistryIndex, build_index, validate_row
from .values import known

REQUIRED = ("id", "full_name")


class InputError(ValueError):
    """A file that cannot be read as the interchange format at all."""


def read_rows(
    path: Path, unread: list[BadRow] | None = None
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) pairs of an interchange CSV or Parquet file; the header is line 1.
    `unread` is given a note (on line 1) for each column that is not read, its heading being
    none of the interchange format's (`_HEADINGS`).

    For Parquet, the "line" is the row number plus one, so both kinds report alike."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.suffix.lower() in (".parquet", ".pq"):
        parquet = pq.ParquetFile(path)
        names = _columns_of(path, parquet.schema_arrow.names, unread)
        join = _joined if _parted(names) else _as_it_is
        line = 1
        for batch in parquet.iter_batches(batch_size=50_000):
            for row in batch.rename_columns(names).to_pylist():
                line += 1
                yield line, join({k: "" if v is None else str(v) for k, v in row.items()})
        return
    encoding = _encoding_of(path)
    with path.open(newline="", encoding=encoding) as handle:
        try:
            header = handle.readline()
            reader = csv.DictReader(
                itertools.chain([header], handle), delimiter=_delimiter_of(header)
            )
            reader.fieldnames = _columns_of(path, reader.fieldnames or [], unread)
            join = _joined if _parted(reader.fieldnames) else _as_it_is
            for row in reader:
                yield reader.line_num, join({k: v or "" for k, v in row.items() if k is not None})
        except UnicodeDecodeError as error:
            if encoding == "utf-16":
                raise InputError(
                    f"{path}: begins as UTF-16 but is not UTF-16 throughout ({error.reason}); "
                    "save the file as UTF-8 (in a spreadsheet: CSV UTF-8)"
                ) from error
            raise InputError(
                f"{path}: line {_first_line_not_utf8(path)} is not UTF-8 ({error.reason}); "
                "save the file as UTF-8 (in a spreadsheet: CSV UTF-8)"
            ) from error
        except csv.Error as error:
            raise InputError(f"{path}: line {reader.line_num}: {error}") from error


def _as_it_is(row: dict[str, str]) -> dict[str, str]:
    return row


def _encoding_of(path: Path) -> str:
    """UTF-8, with or without a byte-order mark, or UTF-16 where its byte-order mark says so:
    Excel's "Unicode Text" saves a sheet so (with tabs), and no UTF-8 file starts so."""
    with path.open("rb") as handle:
        start = handle.read(2)
    return "utf-16" if start in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8-sig"


def _delimiter_of(header: str) -> str:
    """A comma, or what a spreadsheet saved the file with instead: a semicolon where the
    comma is the decimal mark (Excel in Indonesia and much of Europe), or a tab."""
    return "," if "," in header else max((",", ";", "\t"), key=header.count)


# What registries and spreadsheets head the interchange format's columns with, in English and
# in Bahasa Indonesia and Malay, written as `_column` folds a heading (lower case, words
# joined by _, nothing but letters): each is one column's only. A heading of none of them is
# not read, and said so (`read_rows`): a registry's dates headed "Date of birth" were
# left out without a word.
_HEADINGS = {
    **dict.fromkeys(("name", "fullname", "nama", "nama_lengkap"), "full_name"),
    **dict.fromkeys(("gender", "jenis_kelamin"), "sex"),
    **dict.fromkeys(
        ("date_of_birth", "dob", "birthdate", "born", "tanggal_lahir", "tarikh_lahir"),
        "birth_date",
    ),
    **dict.fromkeys(("place_of_birth", "birthplace", "pob", "tempat_lahir"), "birth_place"),
    **dict.fromkeys(("citizenship", "kewarganegaraan", "warganegara"), "nationality"),
    **dict.fromkeys(("father", "fathers_name", "nama_ayah", "nama_bapa"), "father_name"),
    **dict.fromkeys(("mother", "mothers_name", "nama_ibu"), "mother_name"),
    **dict.fromkeys(
        (
            *("first_name", "firstname", "given_name", "given_names", "forename", "forenames"),
            *("nama_depan", "nama_pertama"),
        ),
        "given_name",
    ),
    **dict.fromkeys(("middle_name", "middle_names", "nama_tengah"), "middle_name"),
    **dict.fromkeys(
        (
            *("last_name", "lastname", "surname", "family_name", "familyname"),
            *("nama_belakang", "nama_keluarga"),
        ),
        "family_name",
    ),
}
# A name kept in parts, as many registries and most spreadsheets keep it: read as one full
# name, given name first, where the file has no full name. Name order is not what tells one
# person from another here: the comparison reads names in any order (Sok Chantha, Chantha Sok).
NAME_PARTS = ("given_name", "middle_name", "family_name")
_READ = (*COLUMNS, *NAME_PARTS)
_NOT_LETTERS = regex.compile(r"[^a-z_]")


def _column(name: str) -> str:
    """A column as the interchange format names it, however a person typed it in a
    spreadsheet's first row ("Full name", " ID ", "Date of birth", "D.O.B."); a column of
    another name as it is."""
    written = "_".join(name.strip().lower().split())
    if written in COLUMNS:
        return written
    return _HEADINGS.get(_NOT_LETTERS.sub("", written), name)


def _columns_of(
    path: Path, headings: Sequence[str], unread: list[BadRow] | None = None
) -> list[str]:
    """The columns a header's headings are read as, `unread` given a note for each heading
    that is none of them, or a part of a name the file gives whole as well; refused, named,
    where it lacks one the format requires or heads two columns as one (a registry's "Name"
    beside its "Full name": which is the person's is not ours to guess)."""
    names = [_column(heading) for heading in headings]
    whole = "full_name" in names
    missing = [c for c in REQUIRED if c not in names and not (c == "full_name" and _parted(names))]
    if missing:
        parts = f" (or a name in parts: {','.join(NAME_PARTS)})" if "full_name" in missing else ""
        raise InputError(
            f"{path}: the header lacks {', '.join(missing)}; expected {','.join(COLUMNS)}{parts}"
        )
    for column in _READ:
        twice = [repr(h) for h, n in zip(headings, names, strict=True) if n == column]
        if len(twice) > 1:
            raise InputError(
                f"{path}: {' and '.join(twice)} are both read as {column}; keep one of them"
            )
    notes = []
    for position, (heading, name) in enumerate(zip(headings, names, strict=True)):
        if name in NAME_PARTS and whole:
            names[position] = heading
            full = headings[names.index("full_name")]
            notes.append(f"column {heading!r} is not read: the name is read from {full!r}")
        elif heading.strip() and name not in _READ:
            notes.append(f"column {heading!r} is not read: none of {','.join(COLUMNS)}")
    if unread is not None:
        unread += (BadRow(1, note, kept=True) for note in notes)
    return names


def _parted(columns: Sequence[str]) -> bool:
    """Whether a file's columns hold a name in parts (`NAME_PARTS`) and no full name."""
    return "full_name" not in columns and any(part in columns for part in NAME_PARTS)


def _joined(row: dict[str, str]) -> dict[str, str]:
    """A row whose name is kept in parts, with the parts as one full name (`NAME_PARTS`);
    a part that says it is not known (FNU, "-") left out."""
    parts = (known(row.pop(part, "") or "").strip() for part in NAME_PARTS)
    row["full_name"] = " ".join(part for part in parts if part)
    return row


def _first_line_not_utf8(path: Path) -> int:
    """The reader decodes a block at a time, so its line count is not where the bytes are."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return 1


def index_file(
    source: Path,
    directory: Path,
    progress: Callable[[int], object] | None = None,
    processes: int | None = None,
) -> tuple[int, list[BadRow]]:
    unread: list[BadRow] = []

    def counted() -> Iterator[tuple[int, dict[str, str]]]:
        for item in read_rows(source, unread):
            if progress is not None:
                progress(1)
            yield item

    report = build_index(counted(), directory, processes or workers.count())
    said = unread + report.bad_rows + report.notes
    return report.records, sorted(said, key=lambda row: row.line)


@dataclass(frozen=True)
class ResultRow:
    query_id: str
    record_id: str
    rank: int
    score: float
    decision: str
    # With `search_many(explain=True)`: the comparison's evidence, and what keeps a candidate
    # as likely as a match from being one (`compare.held_back`).
    evidence: tuple[Said, ...] = ()
    withheld: str = ""

    def __reduce__(
        self,
    ) -> tuple[type["ResultRow"], tuple[str, str, int, float, str, tuple[Said, ...], str]]:
        # Sent back from worker processes: as `BirthDate.__reduce__` says.
        return ResultRow, (
            self.query_id,
            self.record_id,
            self.rank,
            self.score,
            self.decision,
            self.evidence,
            self.withheld,
        )


_WORKER_INDEX: RegistryIndex | None = None
# In a worker process of its own, the collector is told what lives long (see `_settle`).
_SETTLING = False
# Objects allocated, less those freed, before the collector looks at the young ones.
YOUNG_THRESHOLD = 50_000


def _open_worker(directory: str) -> None:
    global _WORKER_INDEX
    _WORKER_INDEX = RegistryIndex(Path(directory))


def _start_worker(directory: str) -> None:
    """A pool worker: the index opened, and the cyclic garbage collector set for a process
    whose caches grow to hundreds of thousands of long-lived objects (parsed names, part
    comparisons). Left as it is, the collector walks them all again and again: a quarter of
    a dedupe's time, measured. Reference counting frees everything as before; only the
    search for reference cycles is made rarer, and kept to objects made since `_settle`."""
    global _SETTLING
    _open_worker(directory)
    assert _WORKER_INDEX is not None
    _WORKER_INDEX.settles = False  # `_settle` does, after each piece of work
    _SETTLING = True
    gc.set_threshold(YOUNG_THRESHOLD, 20, 100)


def _settle() -> None:
    """Collect the cycles among young objects, then set every survivor aside from future
    collections: what outlives a piece of work is the index's caches, which hold no cycles
    to find."""
    if _SETTLING:
        gc.collect(1)
        gc.freeze()


_SEARCHED = 0
# Queries between two `_settle`s of a search worker.
SPAN_OF_QUERIES = 200


def _search_one(job: tuple[IdentityRecord, int, bool]) -> list[ResultRow]:
    record, top, explain = job
    assert _WORKER_INDEX is not None
    found = _WORKER_INDEX.search(record, top=top)
    global _SEARCHED
    _SEARCHED += 1
    if _SEARCHED % SPAN_OF_QUERIES == 0:
        _settle()
    rows = []
    for rank, c in enumerate(found, start=1):
        said: tuple[Said, ...] = ()
        withheld = ""
        if explain:
            said, withheld = said_of(c.comparison), held_back(c.comparison)
        score = round(c.comparison.score, 6)
        rows.append(
            ResultRow(record.id, c.record.id, rank, score, c.comparison.decision, said, withheld)
        )
    return rows


def parse_queries(source: Path) -> tuple[list[IdentityRecord], list[BadRow]]:
    """The queries, and the rows left out or read otherwise than written (`BadRow.kept`). A
    query whose id an earlier one has is left out, as a registry's record is: the results
    name a query by its id, and two of one id could not be told apart."""
    records: list[IdentityRecord] = []
    bad: list[BadRow] = []
    unread: list[BadRow] = []
    seen: set[str] = set()
    for line, row in read_rows(source, unread):
        try:
            record, note = validate_row(row)
        except ValueError as error:
            bad.append(BadRow(line, str(error)))
            continue
        if record.id in seen:
            bad.append(BadRow(line, f"id {record.id!r} appears twice"))
            continue
        seen.add(record.id)
        records.append(record)
        if note:
            bad.append(BadRow(line, note, kept=True))
    return records, unread + bad


def search_many(
    directory: Path,
    queries: list[IdentityRecord],
    top: int,
    processes: int | None = None,
    progress: Callable[[int], object] | None = None,
    explain: bool = False,
) -> Iterator[list[ResultRow]]:
    """Results per query, in the order of the queries; `explain` sends each candidate's
    evidence back with it."""
    processes = processes or workers.count()
    RegistryIndex(directory)  # fail early, in this process, on a bad index
    jobs = [(q, top, explain) for q in queries]
    if processes == 1:
        _open_worker(str(directory))
        for job in jobs:
            yield _search_one(job)
            if progress is not None:
                progress(1)
        return
    with workers.pool(processes, _start_worker, (str(directory),)) as pool:
        for rows in pool.map(_search_one, jobs, chunksize=64):
            yield rows
            if progress is not None:
                progress(1)


# Two records are linked when the comparison is this sure and the dates agree. A pair's own
# score, before rivals are weighed, is too sure of itself (on the benchmark, of pairs scored
# 0.95 to 0.98 about 84 in 100 are one person), but a link alone no longer makes a cluster:
# links are joined strongest first, and never across two records that contradict each other
# (`SPLIT_BELOW`). With that check, lower thresholds find more at every size measured, for
# some precision: 20,000 people, pairwise F1 (precision) 0.9154 (0.972) at 0.9, 0.9237
# (0.965) at 0.8, 0.9267 (0.960) at 0.7, 0.9285 (0.958) at 0.6; the first 250,000 records of
# the 1M file 0.8420 (0.918) at 0.8, 0.8468 (0.906) at 0.7, 0.8494 (0.896) at 0.6. Since
# parents' names that disagree rule a pair out and groups join by their pairs' mean
# (`JOIN_BITS`), more likely one person than not is enough: at 0.5 rather than 0.7, the
# benchmark 0.9382 -> 0.9413 (0.972 -> 0.969), held-out names 0.9358 -> 0.9398, the first
# 200,000 records of scale.py's file 0.8720 -> 0.8788 (0.928 -> 0.918); 0.3 and 0.4 gain
# less than 0.001 more. At a million records, 0.7757 (0.875) -> 0.7814 (0.854). Since a
# parent's name with a part facing another rules a pair out, lower links gain more: at 0.3
# rather than 0.5, the benchmark 0.9449 -> 0.9461 (0.976 -> 0.975), held-out names 0.9435 ->
# 0.9437, the first 200,000 records 0.8846 -> 0.8873 (0.931 -> 0.928); 0.2 gains 0.0007 more
# on the benchmark only. A cluster is a proposal to review, never a merge: a duplicate not
# proposed is one no one looks at.
DEDUPE_SCORE = 0.3
# Two records of one cluster that compare below this are two people, whatever chain of links
# joins them: "Md Rahim, 1990" linked to "Md Rahim Uddin, 1990-03-14" and that to
# "Md Rahim, 1990-11-02, son of another father". Dates years apart, names that do not align
# as wholes and a parent's name that disagrees count as below it.
SPLIT_BELOW = 0.05
# Nor do two groups join unless their records' pairs are, on average, at least as likely one
# person as two (the mean of their log-odds, in bits). A copy that lacks what linked the
# others joins them (Salma Khatun, 1971, her father's name, linked to a record of 1969-02-28
# with it, but not to its copy in Latin letters without it: 0.06 alone); a namesake who
# agrees with one record of a group by chance does not.
JOIN_BITS = 0.0
# A group is checked against the first records it gathered, the most strongly linked, up to
# this many: a file holding one sparse record thousands of times (a name and a year) would
# otherwise compare every two of them.
SPLIT_CHECKS = 32
# Fewer candidates per record than a search: a duplicate shares a rare key or two with it.
DEDUPE_LIMIT = 8
# Duplicates share rarer keys than a name millions carry.
DEDUPE_FREQUENT = 2_000
# A candidate sharing less than this share of the best candidate's key weight is not compared.
DEDUPE_MIN_SHARE = 0.7
# Records a worker finds candidates for at a time, and pairs it compares at a time.
SPAN = 2_000
PAIRS_AT_A_TIME = 8_000
# A pair of rows as one number: rows are fewer than 2**32 (index.MAX_RECORDS).
PAIR_SHIFT = np.uint64(32)
PAIR_MASK = np.uint64((1 << 32) - 1)

# Two records by their row numbers in the index, the lower first, and the pair's score.
Link = tuple[int, int, float]


# What rules a pair out (`_pair_score`): birth dates years apart, names that do not align as
# wholes, a parent's name that disagrees, a recorded sex that differs; "" for nothing.
RULED_OUT = ("dates", "names", "parent", "sex")


def _pair_score(query: Prepared, candidate: Prepared, memo: Memo) -> tuple[float, bool, str]:
    """The pair's score, whether a second field corroborates the names, and what rules the
    pair out (one of `RULED_OUT`, with a score of 0; "" for nothing), checked as soon as it
    is known, cheapest first: dates years apart, a recorded sex, the parents' names where
    they can be compared before the names, the names, then the rest. A parent's name that
    disagrees rules it out (`compare.parents_differ`): one person's registrations rarely
    disagree so, and namesakes and cousins named after one grandfather often do. So does a
    sex recorded otherwise: a brother and a sister share a father, a family name, a town
    and often a name but for its ending (Chandran and Shanthi Prakash), and a clerk's slip
    is for a caseworker's search to find, not for a cluster."""
    index = _WORKER_INDEX
    assert index is not None
    if compare_dates(query.record.birth_date, candidate.record.birth_date).level in YEARS_APART:
        return 0.0, False, RULED_OUT[0]
    if (sexes := recorded(query.record, candidate.record, "sex")) and sexes[0] != sexes[1]:
        return 0.0, False, RULED_OUT[3]
    # Parents' names that disagree rule out nearly half the pairs of a large file (namesakes,
    # cousins): compared before the names, which cost more, unless a name gives a father's
    # name (bin …) that the names' comparison may take as a part of its own.
    parents = None
    if not fathers_in_names(query, candidate):
        parents = compare_parents(query, candidate, index.rarity, memo, set())
        if parents_differ(parents[1]):
            return 0.0, False, RULED_OUT[2]
    names = best_names(query, candidate, index.rarity, memo)
    # Two parts must align, unless one of the two is known by a single name that aligned (Ma
    # Swe): as in a search's `match`.
    if (names[2] < 2 and not names[3]) or not names_whole(names[1]):
        return 0.0, False, RULED_OUT[1]
    comparison = compare_rest(
        query, candidate, index.rarity, index.prior_bits, memo, names, parents
    )
    if parents is None and comparison.parent_differs:
        return 0.0, False, RULED_OUT[2]
    return comparison.pair_score, comparison.corroborated, ""


def _candidates_of(span: tuple[int, int]) -> np.ndarray:
    """The pairs each record numbered in [start, end) makes with its best candidates among
    all the others, each as one number: the lower row above the higher. A record's copy
    finds it as it finds the copy (half the pairs of a 1M file are found from both sides),
    so pairs are gathered first and each is compared once. Both sides still look: a record
    whose copies came before it spends its candidates on namesakes after it, and judged
    only among the records after it the benchmark found fewer (pairwise F1 0.863 -> 0.873
    from both sides)."""
    index = _WORKER_INDEX
    assert index is not None
    found: list[np.ndarray] = []
    for row, query in enumerate(index.fetch(np.arange(*span)), start=span[0]):
        rows = index.candidates(
            query,
            limit=DEDUPE_LIMIT,
            frequent_above=DEDUPE_FREQUENT,
            exclude=row,
            min_share=DEDUPE_MIN_SHARE,
        ).astype(np.uint64)
        mine = np.uint64(row)
        found.append(np.minimum(rows, mine) << PAIR_SHIFT | np.maximum(rows, mine))
    _settle()
    return np.concatenate(found) if found else np.zeros(0, dtype=np.uint64)


def _links_among(pairs: np.ndarray) -> tuple[list[Link], list[Link]]:
    """The links among pairs of records (`_candidates_of`'s numbers, a piece of
    `_in_local_order`'s): each pair compared once, the lower row as the query, whose
    comparisons of name parts are kept while its pairs last (kept for a whole piece, they
    made a 1M dedupe slower, not faster). Records are read from the worker's own index, so
    nothing but numbers crosses between processes. Second, the links a record without a
    birth date makes by its name alone, that record's row first (`_named_alone`)."""
    index = _WORKER_INDEX
    assert index is not None
    firsts = (pairs >> PAIR_SHIFT).tolist()
    seconds = (pairs & PAIR_MASK).tolist()
    rows = np.unique(np.array(firsts + seconds, dtype=np.int64))
    records = dict(zip(rows.tolist(), index.fetch(rows), strict=True))
    links: list[Link] = []
    alone: list[Link] = []
    memo: Memo = {}
    for position, (first, second) in enumerate(zip(firsts, seconds, strict=True)):
        if position and first != firsts[position - 1]:
            memo = {}
        score, corroborated, _ruled_out = _pair_score(records[first], records[second], memo)
        if score < DEDUPE_SCORE:
            continue
        if corroborated:
            links.append((first, second, score))
        elif records[first].record.birth_date is None:
            alone.append((first, second, score))
        elif records[second].record.birth_date is None:
            alone.append((second, first, score))
    _settle()
    return links, alone


def _named_alone(links: list[Link], alone: list[Link]) -> list[Link]:
    """Of the links records without a birth date make by their name alone (`alone`, that
    record's row first), those to one person rather than to any of several. A registration
    with no date, town or father has only its name to say who it is, and a rare name says
    it; a name that fits several records fits none of them. Each such link is weighed
    against every other link of the record, as a search weighs its candidates
    (`compare.decide`): its odds over one plus the sum of the odds of all."""
    rows = {row for row, _other, _score in alone}
    total: dict[int, float] = dict.fromkeys(rows, 1.0)
    for a, b, score in itertools.chain(links, alone):
        for row in (a, b):
            if row in total:
                total[row] += 2.0 ** _log_odds(score)
    return [
        (min(row, other), max(row, other), score)
        for row, other, score in alone
        if 2.0 ** _log_odds(score) / total[row] >= DEDUPE_SCORE
    ]


def _in_local_order(pairs: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (`_candidates_of`'s numbers) in an order that keeps the records each piece
    of them needs near those of the pieces before, and each pair's group: the place of its
    record that comes first in that order (non-decreasing). A record's candidates are
    anywhere in a file, so pairs in row order made a worker prepare a record again for
    nearly every pair it is in, its prepared records kept being those of rows far behind;
    numbered by the reverse Cuthill-McKee order of the graph the pairs make (SciPy's, made
    for this: the order that brings joined rows close), a worker finds most of what a
    piece needs prepared already. Each pair keeps its numbers: the lower row is its query."""
    # Imported here: SciPy takes a second or more to import, which no search should pay.
    import scipy.sparse
    from scipy.sparse.csgraph import reverse_cuthill_mckee

    firsts = (pairs >> PAIR_SHIFT).astype(np.int64)
    seconds = (pairs & PAIR_MASK).astype(np.int64)
    ones = np.ones(len(pairs), dtype=np.int8)
    graph = scipy.sparse.csr_matrix((ones, (firsts, seconds)), shape=(size, size))
    place = np.empty(size, dtype=np.int64)
    place[reverse_cuthill_mckee(graph + graph.T, symmetric_mode=True)] = np.arange(size)
    near, far = place[firsts], place[seconds]
    group = np.minimum(near, far)
    order = np.lexsort((np.maximum(near, far), group))
    return pairs[order], group[order]


def _pair_spans(pairs: np.ndarray, groups: np.ndarray) -> list[np.ndarray]:
    """Pairs (`_in_local_order`'s) in pieces of about `PAIRS_AT_A_TIME`, a group never split."""
    pieces = []
    start = 0
    while start < len(pairs):
        end = min(start + PAIRS_AT_A_TIME, len(pairs))
        if end < len(pairs):
            end = int(np.searchsorted(groups, groups[end - 1], side="right"))
        pieces.append(pairs[start:end])
        start = end
    return pieces


def _log_odds(score: float) -> float:
    """A probability as log2 of its odds; one too near 1 to tell apart is taken as 60 bits."""
    return math.log2(score / (1.0 - score)) if score < 1.0 - 2.0**-60 else 60.0


def _split(job: tuple[list[int], list[Link]]) -> list[list[int]]:
    """One chain of links as the people in it: links joined strongest first, and two groups
    never joined while any record of one compares with any record of the other below
    `SPLIT_BELOW`, or their pairs' mean log-odds is below `JOIN_BITS` (of a large group, its
    first `SPLIT_CHECKS`). Each pair is compared once, and only when a join asks for it."""
    index = _WORKER_INDEX
    assert index is not None
    members, links = job
    records = dict(zip(members, index.fetch(np.array(members)), strict=True))
    scores = {(a, b): strength for a, b, strength in links}

    def score(a: int, b: int) -> float:
        key = (min(a, b), max(a, b))
        if key not in scores:
            scores[key] = _pair_score(records[key[0]], records[key[1]], {})[0]
        return scores[key]

    def apart(small: list[int], large: list[int]) -> bool:
        bits = 0.0
        pairs = [(x, y) for x in small for y in large[:SPLIT_CHECKS]]
        for x, y in pairs:
            pair = score(x, y)
            if pair < SPLIT_BELOW:
                return True  # the pairs not yet compared are not needed
            bits += _log_odds(pair)
        return bits / len(pairs) < JOIN_BITS

    group = {row: [row] for row in members}
    for a, b, _score in sorted(links, key=lambda link: -link[2]):
        one, two = group[a], group[b]
        if one is two:
            continue
        small, large = sorted((one, two), key=len)
        if apart(small, large):
            continue
        large.extend(small)
        for row in small:
            group[row] = large
    return list({id(people): people for people in group.values()}.values())


# Told when a stage of a long piece of work starts: its name, how many units it counts and
# what a unit is; `progress` then counts the units done.
Stage = Callable[[str, int, str], object]


@dataclass(frozen=True)
class Fellow:
    """Of a clustered record's cluster, the record it agrees with most: that record's id, the
    pair's score and the evidence, the clustered record as the query."""

    record_id: str
    score: float
    evidence: tuple[Said, ...]


# A record's id and its `Fellow`'s values, as worker processes send them back.
FellowOf = tuple[str, str, float, tuple[Said, ...]]


def dedupe_file(
    source: Path,
    processes: int | None = None,
    progress: Callable[[int], object] | None = None,
    stage: Stage | None = None,
    fellows: dict[str, Fellow] | None = None,
) -> tuple[dict[str, str], list[BadRow]]:
    """Cluster the records of a file: id → cluster id (the smallest id of its cluster).
    `fellows`, where given, is filled with each clustered record's `Fellow`, for a person
    to see why the records were put together."""
    processes = processes or workers.count()
    count = progress or (lambda _done: None)
    announce = stage or (lambda _name, _total, _unit: None)
    with tempfile.TemporaryDirectory(prefix="kembali-dedupe-") as scratch:
        directory = Path(scratch)
        announce("Reading", 0, "row")
        _records, bad = index_file(source, directory, progress=count, processes=processes)
        ids = RegistryIndex(directory).ids()
        found: Iterable[list[FellowOf]] = []
        if processes == 1:
            _open_worker(str(directory))
            people = _people(map, map, len(ids), count, announce)
            if fellows is not None:
                found = list(map(_fellows, _clustered(people)))
        else:
            with workers.pool(processes, _start_worker, (str(directory),)) as pool:
                people = _people(
                    pool.map, partial(pool.map, chunksize=16), len(ids), count, announce
                )
                if fellows is not None:
                    found = list(pool.map(_fellows, _clustered(people), chunksize=16))
        if fellows is not None:
            for cluster in found:
                for one, fellow_id, score, said in cluster:
                    fellows[one] = Fellow(fellow_id, score, said)
    clusters = {record_id: record_id for record_id in ids}
    for groups in people:
        for rows in groups:
            cluster_id = min(ids[row] for row in rows)
            for row in rows:
                clusters[ids[row]] = cluster_id
    return clusters, bad


def _clustered(people: list[list[list[int]]]) -> list[list[int]]:
    return [rows for groups in people for rows in groups if len(rows) > 1]


def _fellows(rows: list[int]) -> list[FellowOf]:
    """Each record of a cluster (rows of the worker's index) with its `Fellow`'s values,
    looked for among the first `SPLIT_CHECKS` records of the cluster, as `_split` checks a
    group."""
    index = _WORKER_INDEX
    assert index is not None
    records = index.fetch(np.array(sorted(rows), dtype=np.int64))
    found = []
    for one in records:
        best = max(
            (
                compare(one, other, index.rarity, index.prior_bits)
                for other in records[: SPLIT_CHECKS + 1]
                if other is not one
            ),
            key=lambda comparison: comparison.pair_score,
        )
        found.append((one.record.id, best.record_id, round(best.pair_score, 6), said_of(best)))
    return found


Map = Callable[[Callable[[Any], Any], Iterable[Any]], Iterable[Any]]


def _people(
    ordered: Map, unordered: Map, size: int, count: Callable[[int], object], announce: Stage
) -> list[list[list[int]]]:
    """The people among `size` records, as groups of rows: candidates found for every
    record, each pair compared once, links chained and chains split (`_split`)."""
    spans = [(start, min(start + SPAN, size)) for start in range(0, size, SPAN)]
    announce("Finding candidates", size, "row")
    found = []
    for span, pairs in zip(spans, ordered(_candidates_of, spans), strict=True):
        found.append(pairs)
        count(span[1] - span[0])
    pairs = np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.uint64)
    if size > registry_index.PREPARED_KEPT:
        pairs, groups = _in_local_order(pairs, size)
    else:
        groups = pairs >> PAIR_SHIFT  # a worker keeps every record prepared: row order
    pieces = _pair_spans(pairs, groups)
    announce("Comparing", len(pairs), "pair")

    alone: list[Link] = []

    def links() -> Iterator[list[Link]]:
        for piece, (among, by_name) in zip(pieces, ordered(_links_among, pieces), strict=True):
            alone.extend(by_name)
            yield among
            count(len(piece))

    two, longer = _chains(links(), size, alone)
    return [*two, *unordered(_split, longer)]


def _chains(
    found: Iterable[list[Link]], size: int, alone: list[Link]
) -> tuple[list[list[list[int]]], list[tuple[list[int], list[Link]]]]:
    """The records links join, directly or through others: two records one link joins, as
    one person already (nothing can contradict them), and each longer chain with its links,
    for `_split`. `alone`, filled while `found` is read, is weighed once it is all read
    (`_named_alone`)."""
    parent = list(range(size))

    def find(row: int) -> int:
        while parent[row] != row:
            parent[row] = parent[parent[row]]
            row = parent[row]
        return row

    every: list[Link] = []

    def join(links: list[Link]) -> None:
        every.extend(links)
        for a, b, _score in links:
            root_a, root_b = find(a), find(b)
            if root_a != root_b:
                parent[max(root_a, root_b)] = min(root_a, root_b)

    for links in found:
        join(links)
    # In the order of their rows, whatever order the pieces were compared in: `_split` joins
    # links of equal strength in the order they come, and `_named_alone` sums their odds.
    every.sort()
    alone.sort(key=lambda link: (min(link[0], link[1]), max(link[0], link[1])))
    join(_named_alone(every, alone))
    chains: dict[int, tuple[list[int], list[Link]]] = {}
    for link in every:
        chains.setdefault(find(link[0]), ([], []))[1].append(link)
    for row in range(size):
        if (root := find(row)) in chains:
            chains[root][0].append(row)
    pairs = [[members] for members, _links in chains.values() if len(members) == 2]
    longer = [chain for chain in chains.values() if len(chain[0]) > 2]
    return pairs, longer
