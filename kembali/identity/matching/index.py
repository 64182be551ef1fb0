"""The registry index: records on disk as lines of text, an inverted index of keys in NumPy.

Layout of an index directory:
  records.tsv     the registry rows as imported, one a line (memory-mapped when searching)
  rows.npy        where each row starts in records.tsv
  keys.npy        sorted 40-bit hashes of the blocking keys
  offsets.npy     where each key's postings start in postings.npy
  postings.npy    row numbers, grouped by key
  writing.npy     for each row, whether its names are written in Latin letters, another
                  script or both (`LATIN`, `NATIVE`)
  meta.json       format version, number of records, bad rows

The blocking keys are `keys.py`'s. A very frequent part (Md., Aung) finds its candidates
through its pairs and its birth year rather than through its own postings list.
"""

import array
import collections
import gc
import json
import math
import mmap
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from . import workers
from .compare import (
    COLUMNS,
    Comparison,
    IdentityRecord,
    Prepared,
    compare,
    decide,
    prepare,
    read_record,
    record_from_row,
)
from .keys import FORMAT_VERSION, key_hash, query_keys, record_keys
from .names import (
    split_known_names,
)

# Rows are numbered in 24 bits beside a 40-bit key hash; a larger registry is split by region.
OWNER_BITS = 24
OWNER_MASK = (1 << OWNER_BITS) - 1
MAX_RECORDS = 1 << OWNER_BITS
# Rows parsed at a time (by a worker, when there are several).
READ_BATCH = 2_000
# A key with more postings than this is used only when the query has nothing rarer.
FREQUENT = 20_000
# Candidates compared in full per query, the best by the keys they share. 200 found the person
# in the first ten a little more often (recall@10 0.990 against 0.989 on the benchmark) for
# half as much time again (p95 at 1M 63 against 44 ms).
CANDIDATES = 150
# Of them, at least this many written only in the other writing than the query's (Latin
# letters, or a script), the best of those sharing a key made up where too few are. A name
# read in its script shares more keys with its namesakes written so than with its own record
# in Latin letters (a Burmese name's every syllable is a key, and with its birth year): a
# common Burmese name asked for in Burmese filled the 150 with namesakes in Burmese script,
# and its person, written in Latin letters, was not compared. `heldout_region.py`, Burmese-
# script queries for a Latin-only record found in the first ten: 63 of 73 without; 68, 70
# and 70 made up to 30, 45 and 60 (with another seed 62, 63 and 65 of 66 for 30, 45, 60).
# The benchmark's measures are the same for each; at 1M records p95 is too (45-47 ms), the
# median 12.7, 13.1-13.2 and 14.1-14.4 ms.
OTHER_WRITING = 60
# Which writing a record's names are in (`writing_of`): bits of the `writing.npy` array.
LATIN, NATIVE = 1, 2
PREPARED_KEPT = 100_000
# The fewest people a registry or file is taken to hold (`RegistryIndex`).
MIN_POPULATION = 1_000
# How many of the people a small file lacks hold any one of its keys: a common name's share.
UNSEEN_SHARE = 0.02
# Candidates fetched between two settlings of the collector (`RegistryIndex.fetch`), about
# 7 searches; and settlings before what was set aside is handed back (about 6,600 searches).
# Settling every 5,000 records newly prepared instead, the collector took 8.2 of 37 s of
# 2,000 searches of a 100,000-record registry in one process (pauses up to 0.35 s); counting
# candidates, 2.1 of 30 s (0.05 s at most), query p95 33 -> 28 ms side by side; at 1M records,
# where fewer candidates are kept prepared, p95 over 3,000 searches 33-35 -> 32-33 ms. Every
# 5,000 candidates, what 33 searches left unsettled grew enough for the collector to walk it
# whole in between, 33 times in 500 searches at 1M (10 ms each); every 1,000, twice: p95
# 39-42 -> 36 ms side by side, 2,000 and 500 no better.
SETTLE_AFTER = 1_000
UNFREEZE_AFTER = 1_000


class IndexError_(ValueError):
    """An index directory that is missing, incomplete or of another format."""


def _encode_row(row: dict[str, str]) -> bytes:
    """One line of records.tsv; tabs and line breaks inside a value become spaces."""
    values = (" ".join((row.get(name) or "").split()) for name in COLUMNS)
    return ("\t".join(values) + "\n").encode()


@dataclass
class BadRow:
    """A row left out, with why; or, `kept`, a row taken in with a note on how it was read."""

    line: int
    reason: str
    kept: bool = False


@dataclass
class BuildReport:
    records: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)
    # Rows taken in, a value read otherwise than written (a birth date of another era).
    notes: list[BadRow] = field(default_factory=list)


def validate_row(row: dict[str, str]) -> tuple[IdentityRecord, str]:
    """An interchange row as a record, with a note when a value was not read as written
    (a birth date: `read_birth_date`; a nationality: `read_nationality`); ValueError naming
    the problem otherwise."""
    if not (row.get("id") or "").strip():
        raise ValueError("id is empty")
    if not (row.get("full_name") or "").strip():
        raise ValueError("full_name is empty")
    if not split_known_names(row["full_name"]):
        raise ValueError(f"full_name {row['full_name']!r} holds no name")
    return read_record(row)


# Per row: its problem or None, its id, and a note on how it was read ("" if as written).
Read = tuple[list[tuple[str | None, str, str, int]], np.ndarray, np.ndarray]


def writing_of(names: Iterable[str]) -> int:
    """`LATIN` for names all in Latin letters, `NATIVE` for names all in another script, both
    bits for a record holding both."""
    bits = 0
    for name in names:
        bits |= LATIN if name.isascii() else NATIVE
    return bits


def _read_batch(batch: list[tuple[int, dict[str, str]]]) -> Read:
    """Rows read (possibly in a worker): each row's problem or id, note and writing, the
    hashes of the rows' keys one after another, and how many keys each row has."""
    outcomes: list[tuple[str | None, str, str, int]] = []
    hashes: list[int] = []
    counts: list[int] = []
    for _, row in batch:
        try:
            record, note = validate_row(row)
        except ValueError as error:
            outcomes.append((str(error), "", "", 0))
            counts.append(0)
            continue
        keys = record_keys(prepare(record))
        hashes.extend(map(key_hash, keys))
        outcomes.append((None, record.id, note, writing_of(record.names)))
        counts.append(len(keys))
    return outcomes, np.array(hashes, dtype=np.uint64), np.array(counts, dtype=np.int64)


def _batches(
    rows: Iterable[tuple[int, dict[str, str]]], size: int
) -> Iterator[list[tuple[int, dict[str, str]]]]:
    batch: list[tuple[int, dict[str, str]]] = []
    for item in rows:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _read_all(
    rows: Iterable[tuple[int, dict[str, str]]], processes: int
) -> Iterator[tuple[list[tuple[int, dict[str, str]]], Read]]:
    """Batches of rows with what was read of them, in order. With several processes, the
    rows are parsed in workers while this process reads the file; only a few batches are in
    flight at a time, so a registry of millions is never held whole in memory."""
    if processes <= 1:
        for batch in _batches(rows, READ_BATCH):
            yield batch, _read_batch(batch)
        return
    with workers.pool(processes) as pool:
        pending: collections.deque[tuple[list[tuple[int, dict[str, str]]], Future[Read]]] = (
            collections.deque()
        )
        for batch in _batches(rows, READ_BATCH):
            pending.append((batch, pool.submit(_read_batch, batch)))
            if len(pending) >= 3 * processes:
                done, result = pending.popleft()
                yield done, result.result()
        while pending:
            done, result = pending.popleft()
            yield done, result.result()


def build_index(
    rows: Iterable[tuple[int, dict[str, str]]],
    directory: Path,
    processes: int = 1,
) -> BuildReport:
    """Write an index of (line number, row) pairs. Bad rows are reported, the rest indexed.
    `processes` > 1 parses rows in that many worker processes, started from a fork server;
    the index written is the same.

    The index is built beside `directory` and moved into it whole, file by file, once built.
    An index rebuilt in place is never seen half written, and one that fails to build (a bad
    file, a stopped worker) leaves the one before it as it was. A process that has the
    index before it open (the app) keeps reading those files, which are unlinked, not
    overwritten, until it opens the new one."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{directory.name}.building-", dir=directory.parent))
    try:
        report = _build(rows, building, processes)
        directory.mkdir(exist_ok=True)
        # Without meta.json the directory is no index: a process opening it meanwhile finds
        # none rather than new files beside old ones.
        (directory / "meta.json").unlink(missing_ok=True)
        # meta.json last: it says the others are whole.
        for path in sorted(building.iterdir(), key=lambda path: path.name == "meta.json"):
            os.replace(path, directory / path.name)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return report


def _build(
    rows: Iterable[tuple[int, dict[str, str]]], directory: Path, processes: int
) -> BuildReport:
    report = BuildReport()
    packed_chunks: list[np.ndarray] = []
    # Each row's offset in the store, 8 bytes each (as Python ints, 5M of them took 0.2 GB).
    starts = array.array("q")
    writing = bytearray()
    seen_ids: set[str] = set()
    position = 0
    with (directory / "records.tsv").open("wb") as store:
        for batch, (outcomes, hashes, counts) in _read_all(rows, processes):
            ends = np.cumsum(counts)
            owners = np.full(len(hashes), -1, dtype=np.int64)
            for i, ((line, row), (problem, record_id, note, written)) in enumerate(
                zip(batch, outcomes, strict=True)
            ):
                if problem is None and record_id in seen_ids:
                    problem = f"id {record_id!r} appears twice"
                if problem is not None:
                    report.bad_rows.append(BadRow(line, problem))
                    continue
                if report.records >= MAX_RECORDS:
                    raise IndexError_(
                        f"an index holds at most {MAX_RECORDS:,} records; split the registry"
                    )
                seen_ids.add(record_id)
                if note:
                    report.notes.append(BadRow(line, note, kept=True))
                owners[ends[i] - counts[i] : ends[i]] = report.records
                report.records += 1
                encoded = _encode_row(row)
                starts.append(position)
                writing.append(written)
                store.write(encoded)
                position += len(encoded)
            kept = owners >= 0
            # A key's hash in the high 40 bits, the row in the low 24: one array to sort.
            packed = hashes[kept] >> np.uint64(OWNER_BITS)
            packed <<= np.uint64(OWNER_BITS)
            packed |= owners[kept].astype(np.uint64)
            packed_chunks.append(packed)
        starts.append(position)
    del seen_ids
    np.save(directory / "writing.npy", np.frombuffer(bytes(writing), dtype=np.uint8))
    del writing
    np.save(directory / "rows.npy", np.frombuffer(starts, dtype=np.int64))
    del starts
    # The chunks gathered into one array a chunk at a time, each let go once copied: at 5M
    # records they are 0.9 GB, and concatenated whole they were twice that for a moment.
    packed = np.empty(sum(len(chunk) for chunk in packed_chunks), dtype=np.uint64)
    filled = 0
    packed_chunks.reverse()
    while packed_chunks:
        chunk = packed_chunks.pop()
        packed[filled : filled + len(chunk)] = chunk
        filled += len(chunk)
    packed.sort()
    total = len(packed)
    # The row is in the low 24 bits: cut to 32 bits first, then masked, no 64-bit copy made.
    postings = packed.astype(np.uint32)
    postings &= np.uint32(OWNER_MASK)
    np.save(directory / "postings.npy", postings)
    del postings
    packed >>= np.uint64(OWNER_BITS)
    first = np.ones(len(packed), dtype=bool)
    if len(packed):
        np.not_equal(packed[1:], packed[:-1], out=first[1:])
    key_starts = np.flatnonzero(first)
    del first
    np.save(directory / "keys.npy", packed[key_starts])
    del packed
    np.save(directory / "offsets.npy", np.append(key_starts, total).astype(np.int64))
    meta = {
        "format": FORMAT_VERSION,
        "records": report.records,
        "bad_rows": len(report.bad_rows),
    }
    (directory / "meta.json").write_text(json.dumps(meta))
    return report


@dataclass
class Candidate:
    record: IdentityRecord
    comparison: Comparison


def read_meta(directory: Path) -> dict[str, Any]:
    """The index's description, refused if it is not an index this Kembali can read."""
    meta_path = directory / "meta.json"
    if not meta_path.exists():
        raise IndexError_(f"{directory} is not a Kembali identity index (no meta.json)")
    meta: dict[str, Any] = json.loads(meta_path.read_text())
    if meta.get("format") != FORMAT_VERSION:
        raise IndexError_(
            f"{directory} has index format {meta.get('format')}, not {FORMAT_VERSION}: "
            "build it again with `kembali identity index`"
        )
    return meta


def prior_bits(size: int) -> float:
    """The prior of a pair of records being one person, in bits, among `size` people (a
    registry, a file, a node), taken to be at least `MIN_POPULATION`."""
    return -math.log2(max(size, MIN_POPULATION))


def bits_of_held_by(count: int, size: int) -> float:
    """How rare a key held by `count` of `size` people is: log2(N / count), smoothed.

    A registry, file or node is taken to hold at least a thousand people. Among a few every
    name they share would weigh nothing (two records of Rahim Uddin, 1990-03-14, alone in a
    file, were two people); taking the thousand as held by those few would weigh every name
    as if rare. So the people a small one lacks are taken to hold each of its keys as a
    common name is held (`UNSEEN_SHARE`). A thousand or more are weighed by their own
    counts alone."""
    population = max(size, MIN_POPULATION)
    unseen = (population - size) * UNSEEN_SHARE
    return math.log2((population + 1) / (count + 1 + unseen))


class RegistryIndex:
    """A built index, opened for searching. Cheap to open: arrays are memory-mapped."""

    def __init__(self, directory: Path) -> None:
        meta = read_meta(directory)
        self.size = int(meta["records"])
        # Memory-mapped, then seen as plain arrays: indexing a np.memmap builds a memmap view
        # each time, which costs more than the lookup itself.
        self.keys = np.asarray(np.load(directory / "keys.npy", mmap_mode="r"))
        self.offsets = np.asarray(np.load(directory / "offsets.npy", mmap_mode="r"))
        self.postings = np.asarray(np.load(directory / "postings.npy", mmap_mode="r"))
        self.rows = np.asarray(np.load(directory / "rows.npy", mmap_mode="r"))
        self.writing = np.asarray(np.load(directory / "writing.npy", mmap_mode="r"))
        with (directory / "records.tsv").open("rb") as store:
            self.store = (
                mmap.mmap(store.fileno(), 0, access=mmap.ACCESS_READ) if int(self.rows[-1]) else b""
            )
        self.prior_bits = prior_bits(self.size)
        self._rarity: dict[str, float] = {}
        self._bits_by_count = np.zeros(0)
        self._prepared: dict[int, Prepared] = {}
        self._unsettled = 0
        self._settlings = 0
        # Whether `fetch` settles the collector (below). A batch worker settles it itself at
        # the end of each piece of its work (`batch._settle`), and holds no cycles for the
        # full collections to find: they walked every cached object, 9 % of a dedupe's time.
        self.settles = True

    def _spans(self, keys: Iterable[str], count: int) -> tuple[np.ndarray, np.ndarray]:
        """Where each key's postings start, and how many there are (none for a key the
        index does not hold), for many keys with one search of the key array."""
        if not len(self.keys):
            # An index of no records (a registry whose every row was refused) holds none.
            nothing = np.zeros(count, dtype=self.offsets.dtype)
            return nothing, nothing
        digests = np.fromiter((key_hash(k) >> OWNER_BITS for k in keys), np.uint64, count)
        positions = np.searchsorted(self.keys, digests)
        held = positions < len(self.keys)
        held[held] = self.keys[positions[held]] == digests[held]
        positions = np.where(held, positions, 0)
        starts = self.offsets[positions]
        return starts, np.where(held, self.offsets[positions + 1] - starts, 0)

    def _bits_of_count(self, limit: int) -> np.ndarray:
        """`bits_of_held_by` for every count up to `limit`, worked out once."""
        if len(self._bits_by_count) <= limit:
            counts = range(max(limit + 1, 2 * len(self._bits_by_count)))
            self._bits_by_count = np.array([bits_of_held_by(c, self.size) for c in counts])
        return self._bits_by_count

    def rarity(self, key: str) -> float:
        """Bits carried by a key agreeing (a name part "t:…", a town "b:…"):
        log2(N / how many records have it)."""
        cached = self._rarity.get(key)
        if cached is None:
            cached = bits_of_held_by(int(self._spans((key,), 1)[1][0]), self.size)
            if len(self._rarity) > 200_000:
                self._rarity.clear()
            self._rarity[key] = cached
        return cached

    def candidates(
        self,
        prepared: Prepared,
        limit: int = CANDIDATES,
        frequent_above: int = FREQUENT,
        exclude: int = -1,
        min_share: float = 0.0,
        other_writing: int = 0,
    ) -> np.ndarray:
        """Row numbers of the best `limit` candidates by the rarity of the keys they share,
        made up to hold `other_writing` records written only otherwise than the query if
        they do not (`OTHER_WRITING`). `exclude`: a row left out (the record itself, in dedupe);
        `min_share`: only rows sharing at least this share of the best other row's key
        weight."""
        keys = query_keys(prepared)
        starts, counts = self._spans(keys, len(keys))
        held = counts > 0
        rare = held & (counts <= frequent_above)
        if rare.any():
            starts, counts = starts[rare], counts[rare]
            bonuses = np.fromiter(keys.values(), np.float64, len(keys))[rare]
            weights = self._bits_of_count(frequent_above)[counts] + 1.0 + bonuses
        else:
            # Nothing rarer than a very frequent name: take its first postings.
            starts, counts = starts[held], np.minimum(counts[held], frequent_above)
            weights = np.ones(len(counts))
        if not len(counts):
            return np.zeros(0, dtype=np.uint32)
        # Every key's postings one after the other, in the order the keys came.
        before = np.cumsum(counts) - counts
        everything = self.postings[np.repeat(starts - before, counts) + np.arange(counts.sum())]
        # Each weight as a float32, summed as float64s in the order the keys came.
        scores = np.repeat(weights.astype(np.float32).astype(np.float64), counts)
        if exclude >= 0:
            others = everything != exclude
            everything, scores = everything[others], scores[others]
            if not len(everything):
                return everything
        # A key's postings are in row order: a stable sort (timsort) merges those runs rather
        # than sorting from scratch as np.unique does, 1.46x as fast for this step.
        order = np.argsort(everything, kind="stable")
        rows = everything[order]
        starts = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))
        unique, totals = rows[starts], np.add.reduceat(scores[order], starts)
        if min_share > 0.0 and len(totals):
            kept = totals >= min_share * totals.max()
            unique, totals = unique[kept], totals[kept]
        if len(unique) > limit:
            best = np.argpartition(-totals, limit)[:limit]
            other = {LATIN: NATIVE, NATIVE: LATIN}.get(writing_of(prepared.record.names), 0)
            wanted = other_writing - int(np.count_nonzero(self.writing[unique[best]] == other))
            if other and wanted > 0:
                left = np.ones(len(unique), dtype=bool)
                left[best] = False
                left &= self.writing[unique] == other
                more = np.flatnonzero(left)
                if len(more) > wanted:
                    more = more[np.argpartition(-totals[more], wanted)[:wanted]]
                best = np.concatenate((best, more))
            return unique[best]
        return unique

    def row(self, number: int) -> dict[str, str]:
        start, end = int(self.rows[number]), int(self.rows[number + 1])
        values = self.store[start : end - 1].decode().split("\t")
        return dict(zip(COLUMNS, values, strict=True))

    def ids(self) -> list[str]:
        return [self.row(number)["id"] for number in range(self.size)]

    def fetch(self, rows: np.ndarray) -> list[Prepared]:
        """Candidates ready to compare; frequent ones (common names) are kept prepared.

        What is kept, with the names and comparisons cached beside it, grows to millions of
        long-lived objects that the cyclic garbage collector would walk at each of its full
        collections: pauses of a tenth of a second in the middle of a query, most of the
        slowest twentieth of queries at 1M records. Every `SETTLE_AFTER` candidates fetched,
        the young cycles are collected and what survives is set aside from future
        collections (`gc.freeze`). Reference counting frees it as before: it holds no cycles.
        The count is of candidates, not of records newly prepared: the caches of comparisons
        grow with every candidate compared, and once most candidates are kept prepared, a
        count of new ones let full collections walk ten times more between two settlings.
        What else was alive then (in the app, the request being served) is set aside too, so
        everything is handed back to the collector and collected (`gc.unfreeze`) at the
        settling after the kept records are dropped, and after `UNFREEZE_AFTER` settlings
        where they never are (a small registry): one full collection, a pause of a few tenths
        of a second, every few thousand searches.
        """
        prepared = []
        for number in rows.tolist():
            item = self._prepared.get(number)
            if item is None:
                item = prepare(record_from_row(self.row(number)))
                if len(self._prepared) >= PREPARED_KEPT:
                    self._prepared.clear()
                    self._settlings = UNFREEZE_AFTER  # the next settling hands all back
                self._prepared[number] = item
            prepared.append(item)
        self._unsettled += len(prepared)
        if self.settles and self._unsettled >= SETTLE_AFTER:
            self._unsettled = 0
            self._settlings += 1
            if self._settlings > UNFREEZE_AFTER:
                self._settlings = 0
                gc.unfreeze()
                gc.collect()
            else:
                gc.collect(1)
            gc.freeze()
        return prepared

    def search(
        self,
        record: IdentityRecord,
        top: int = 10,
        limit: int = CANDIDATES,
        exclude_id: str | None = None,
        frequent_above: int = FREQUENT,
        min_share: float = 0.0,
    ) -> list[Candidate]:
        """The best `top` of `limit` candidates; `exclude_id` leaves a record out (itself,
        when a file is searched against its own index)."""
        return self.search_prepared(
            prepare(record),
            top=top,
            limit=limit,
            exclude_id=exclude_id,
            frequent_above=frequent_above,
            min_share=min_share,
        )

    def search_prepared(
        self,
        query: Prepared,
        top: int = 10,
        limit: int = CANDIDATES,
        exclude_id: str | None = None,
        frequent_above: int = FREQUENT,
        min_share: float = 0.0,
    ) -> list[Candidate]:
        rows = self.candidates(
            query,
            limit=limit,
            frequent_above=frequent_above,
            min_share=min_share,
            other_writing=OTHER_WRITING,
        )
        comparisons = []
        by_id = {}
        memo: dict[tuple[object, ...], object] = {}
        for candidate in self.fetch(rows):
            if candidate.record.id == exclude_id:
                continue
            by_id[candidate.record.id] = candidate.record
            comparisons.append(compare(query, candidate, self.rarity, self.prior_bits, memo))
        comparisons.sort(key=lambda c: -c.bits)
        decide(comparisons, self.prior_bits)
        return [Candidate(by_id[c.record_id], c) for c in comparisons[:top]]
