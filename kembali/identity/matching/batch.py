"""Whole files at a time: reading the interchange format, searching many queries, dedupe.

Searching and dedupe run in worker processes (one per core by default), each opening the
index memory-mapped, so a file of queries uses the machine and not one core of it.
"""

import csv
import gc
import multiprocessing
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq

from .compare import IdentityRecord, Memo, Prepared, best_names, compare_rest, names_whole
from .dates import compare_dates
from .index import COLUMNS, BadRow, RegistryIndex, build_index, validate_row

REQUIRED = ("id", "full_name")


class InputError(ValueError):
    """A file that cannot be read as the interchange format at all."""


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) pairs of an interchange CSV or Parquet file; the header is line 1.

    For Parquet, the "line" is the row number plus one, so both kinds report alike."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.suffix.lower() in (".parquet", ".pq"):
        parquet = pq.ParquetFile(path)
        names = parquet.schema_arrow.names
        _check_header(path, names)
        line = 1
        for batch in parquet.iter_batches(batch_size=50_000):
            for row in batch.to_pylist():
                line += 1
                yield line, {k: "" if v is None else str(v) for k, v in row.items()}
        return
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        try:
            _check_header(path, reader.fieldnames or [])
            for row in reader:
                yield reader.line_num, {k: v or "" for k, v in row.items() if k is not None}
        except UnicodeDecodeError as error:
            raise InputError(
                f"{path}: line {_first_line_not_utf8(path)} is not UTF-8 ({error.reason}); "
                "save the file as UTF-8 (in a spreadsheet: CSV UTF-8)"
            ) from error
        except csv.Error as error:
            raise InputError(f"{path}: line {reader.line_num}: {error}") from error


def _first_line_not_utf8(path: Path) -> int:
    """The reader decodes a block at a time, so its line count is not where the bytes are."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return 1


def _check_header(path: Path, names: Iterable[str]) -> None:
    present = set(names)
    missing = [c for c in REQUIRED if c not in present]
    if missing:
        raise InputError(
            f"{path}: the header lacks {', '.join(missing)}; expected {','.join(COLUMNS)}"
        )


def index_file(
    source: Path,
    directory: Path,
    progress: Callable[[int], object] | None = None,
    processes: int | None = None,
) -> tuple[int, list[BadRow]]:
    def counted() -> Iterator[tuple[int, dict[str, str]]]:
        for item in read_rows(source):
            if progress is not None:
                progress(1)
            yield item

    report = build_index(counted(), directory, processes or workers())
    return report.records, report.bad_rows


@dataclass(frozen=True)
class ResultRow:
    query_id: str
    record_id: str
    rank: int
    score: float
    decision: str


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


def _search_one(job: tuple[IdentityRecord, int]) -> list[ResultRow]:
    record, top = job
    assert _WORKER_INDEX is not None
    found = _WORKER_INDEX.search(record, top=top)
    global _SEARCHED
    _SEARCHED += 1
    if _SEARCHED % SPAN_OF_QUERIES == 0:
        _settle()
    return [
        ResultRow(record.id, c.record.id, rank, round(c.comparison.score, 6), c.comparison.decision)
        for rank, c in enumerate(found, start=1)
    ]


def parse_queries(source: Path) -> tuple[list[IdentityRecord], list[BadRow]]:
    records: list[IdentityRecord] = []
    bad: list[BadRow] = []
    for line, row in read_rows(source):
        try:
            records.append(validate_row(row))
        except ValueError as error:
            bad.append(BadRow(line, str(error)))
    return records, bad


def workers() -> int:
    return max(1, min(len(os.sched_getaffinity(0)), 8))


def search_many(
    directory: Path,
    queries: list[IdentityRecord],
    top: int,
    processes: int | None = None,
    progress: Callable[[int], object] | None = None,
) -> Iterator[list[ResultRow]]:
    """Results per query, in the order of the queries."""
    processes = processes or workers()
    RegistryIndex(directory)  # fail early, in this process, on a bad index
    jobs = [(q, top) for q in queries]
    if processes == 1:
        _open_worker(str(directory))
        for job in jobs:
            yield _search_one(job)
            if progress is not None:
                progress(1)
        return
    context = multiprocessing.get_context("forkserver")
    with context.Pool(processes, initializer=_start_worker, initargs=(str(directory),)) as pool:
        for rows in pool.imap(_search_one, jobs, chunksize=64):
            yield rows
            if progress is not None:
                progress(1)


# A pair of records is the same person when the comparison is this sure and the dates agree.
# A pair's own score, before rivals are weighed, is too sure of itself: on the benchmark, of
# pairs scored 0.95 to 0.98 about 84 in 100 are one person, 0.98 to 0.99 about 94. From 0.9
# the pairs found outweigh the pairs wrongly joined (pairwise F1, 20,000 people: 0.873 at
# 0.95, 0.885 at 0.9, 0.889 at 0.85; 100,000 people: 0.790, 0.806, 0.808), and precision
# stays near 0.95 where a registry is small (0.949; 0.900 at 100,000 people). A cluster is a
# proposal to review, never a merge.
DEDUPE_SCORE = 0.9
# Fewer candidates per record than a search: a duplicate shares a rare key or two with it.
DEDUPE_LIMIT = 8
# Duplicates share rarer keys than a name millions carry.
DEDUPE_FREQUENT = 2_000
# A candidate sharing less than this share of the best candidate's key weight is not compared.
DEDUPE_MIN_SHARE = 0.7
# Records a worker takes at a time.
SPAN = 2_000


def _pairs_of(span: tuple[int, int]) -> list[tuple[str, str]]:
    """Pairs of each record numbered in [start, end) with its best candidates among all the
    others. A pair may be judged twice, once from each side: to judge it once, the first of
    the two judged it alone, among the records after it — and the record whose copies came
    before it spent its candidates on namesakes after it (on the benchmark that compared 9 %
    more pairs and found fewer: pairwise F1 0.863 -> 0.873). Records are read from the
    worker's own index, so nothing but two numbers crosses between processes."""
    assert _WORKER_INDEX is not None
    pairs: list[tuple[str, str]] = []
    for row, query in enumerate(_WORKER_INDEX.fetch(np.arange(*span)), start=span[0]):
        pairs.extend(_pairs_of_one(row, query))
    _settle()
    return pairs


def _pairs_of_one(row: int, query: Prepared) -> list[tuple[str, str]]:
    index = _WORKER_INDEX
    assert index is not None
    record = query.record
    rows = index.candidates(
        query,
        limit=DEDUPE_LIMIT,
        frequent_above=DEDUPE_FREQUENT,
        exclude=row,
        min_share=DEDUPE_MIN_SHARE,
    )
    pairs = []
    memo: Memo = {}
    for candidate in index.fetch(rows):
        # What joins two records is checked as soon as it is known, cheapest first: dates
        # years apart, then the names; parents and town only for the pairs still standing.
        if compare_dates(record.birth_date, candidate.record.birth_date).level == "different":
            continue
        names = best_names(query, candidate, index.rarity, memo)
        if names[2] < 2 or not names_whole(names[1]):
            continue
        comparison = compare_rest(query, candidate, index.rarity, index.prior_bits, memo, names)
        if comparison.pair_score >= DEDUPE_SCORE and comparison.corroborated:
            pairs.append((record.id, candidate.record.id))
    return pairs


def dedupe_file(
    source: Path,
    processes: int | None = None,
    progress: Callable[[int], object] | None = None,
) -> tuple[dict[str, str], list[BadRow]]:
    """Cluster the records of a file: id → cluster id (the smallest id of its cluster)."""
    processes = processes or workers()
    with tempfile.TemporaryDirectory(prefix="kembali-dedupe-") as scratch:
        directory = Path(scratch)
        _records, bad = index_file(source, directory, processes=processes)
        index = RegistryIndex(directory)
        ids = index.ids()
        del index
        parent = {record_id: record_id for record_id in ids}

        def find(item: str) -> str:
            while parent[item] != item:
                parent[item] = parent[parent[item]]
                item = parent[item]
            return item

        spans = [(start, min(start + SPAN, len(ids))) for start in range(0, len(ids), SPAN)]
        if processes == 1:
            _open_worker(str(directory))
            results: Iterable[list[tuple[str, str]]] = map(_pairs_of, spans)
        else:
            context = multiprocessing.get_context("forkserver")
            pool = context.Pool(processes, initializer=_start_worker, initargs=(str(directory),))
            results = pool.imap(_pairs_of, spans)
        for span, pairs in zip(spans, results, strict=True):
            for a, b in pairs:
                root_a, root_b = find(a), find(b)
                if root_a != root_b:
                    parent[max(root_a, root_b)] = min(root_a, root_b)
            if progress is not None:
                progress(span[1] - span[0])
        if processes != 1:
            pool.close()
            pool.join()
        clusters = {record_id: find(record_id) for record_id in ids}
    return clusters, bad
