import collections
import contextlib
import csv
import os
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import IO, Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation
from tqdm import tqdm

from kembali.identity.explain import explained
from kembali.identity.matching import compiled
from kembali.identity.matching.batch import (
    Fellow,
    InputError,
    dedupe_file,
    index_file,
    parse_queries,
    search_many,
)
from kembali.identity.matching.index import BadRow, IndexError_
from kembali.identity.matching.workers import WorkerStopped

# Bad rows printed one by one; past this many, only the count.
SHOWN_BAD_ROWS = 50


def check_out(path: Path) -> None:
    """Refuses, before the work and not after it, an output with nowhere to go."""
    if not path.parent.is_dir():
        raise CommandError(f"{path}: there is no directory {path.parent} to write it in")


@contextlib.contextmanager
def written_whole(path: Path) -> Iterator[IO[str]]:
    """A CSV file written beside `path` and put in its place once whole: a search that
    fails half way leaves no half-written results, and the file of an earlier run as it
    was. Readable by its owner only, as a file of people's names should be. The caller
    has checked the path (`check_out`) before the work."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with open(handle, "w", newline="", encoding="utf-8") as file:
            yield file
        os.replace(name, path)
    finally:
        Path(name).unlink(missing_ok=True)


class CtrlC:
    """Ctrl-C during a job: it stops the job where it lands and, should Python have swallowed
    it there, at the job's next step. A KeyboardInterrupt raised inside an object's finalizer,
    which the garbage collector may run at any moment, is printed and ignored, and the job
    would otherwise run on to its end."""

    def __init__(self) -> None:
        self.pressed = False

    def press(self, _signal: int, _frame: FrameType | None) -> None:
        self.pressed = True
        raise KeyboardInterrupt

    def check(self) -> None:
        if self.pressed:
            raise KeyboardInterrupt


@contextlib.contextmanager
def ctrl_c_noted() -> Iterator[CtrlC]:
    """A `CtrlC` that notes each press while the block runs: in the main thread, where Python
    runs signal handlers, and unless Ctrl-C is ignored (a job started in the background, or
    under nohup, is meant to run on)."""
    noted = CtrlC()
    ignored = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    if ignored or threading.current_thread() is not threading.main_thread():
        yield noted
        return
    before = signal.signal(signal.SIGINT, noted.press)
    try:
        yield noted
    finally:
        signal.signal(signal.SIGINT, before)


Progress = Callable[[int], object]


class Command(BaseCommand):
    help = (
        "The identity engine on files in the interchange format (DESIGN §6): index an origin "
        "registry, search it with a file of queries, or find duplicates within one file."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        index = sub.add_parser("index", help="build an index of an origin registry")
        index.add_argument("--registry", type=Path, required=True, help="CSV or Parquet file")
        index.add_argument("--index", type=Path, required=True, help="directory to write")
        search = sub.add_parser("search", help="search an index with a file of queries")
        search.add_argument("--index", type=Path, required=True)
        search.add_argument("--queries", type=Path, required=True, help="CSV or Parquet file")
        search.add_argument("--out", type=Path, required=True, help="CSV to write")
        search.add_argument("--top", type=int, default=10, help="candidates per query (10)")
        dedupe = sub.add_parser("dedupe", help="cluster the records of one file")
        dedupe.add_argument("--input", type=Path, required=True, help="CSV or Parquet file")
        dedupe.add_argument("--out", type=Path, required=True, help="CSV to write: id,cluster_id")
        sub.add_parser(
            "keys", help="compute the keys duplicates are found by, for every person of the node"
        )
        compile_ = sub.add_parser(
            "compile", help="compile the matching to C with mypyc, once per environment"
        )
        compile_.add_argument(
            "--check", action="store_true", help="exit 1 unless compiled from these sources"
        )
        search.add_argument(
            "--explain",
            action="store_true",
            help="add a column 'explanation': each field's agreement and its weight in bits",
        )
        dedupe.add_argument(
            "--explain",
            action="store_true",
            help="add columns 'linked_to', 'score' and 'explanation': the record of its cluster "
            "a record agrees with most, and why",
        )
        for each in (search, dedupe):
            each.add_argument(
                "--language",
                choices=[code for code, _ in settings.LANGUAGES],
                default=settings.LANGUAGE_CODE,
                help=f"language of the explanation ({settings.LANGUAGE_CODE})",
            )
        for each in (index, search, dedupe):
            each.add_argument("--quiet-progress", action="store_true", help="no progress bar")
            each.add_argument(
                "--processes", type=int, default=None, help="worker processes (one per core)"
            )

    def handle(self, *args: Any, action: str, quiet_progress: bool = False, **options: Any) -> None:
        started = time.monotonic()
        if action == "compile":
            self._compile(options["check"])
            return
        if action == "keys":
            from kembali.identity.records import refresh_all_keys

            with tqdm(unit="person", file=sys.stderr, desc="Identity keys") as bar:
                keys = refresh_all_keys(progress=bar.update)
            self.stdout.write(f"{keys} keys in {time.monotonic() - started:.1f} s.")
            return
        if options["processes"] is not None and options["processes"] < 1:
            raise CommandError("--processes must be at least 1.")
        try:
            with (
                ctrl_c_noted() as ctrl_c,
                tqdm(unit="row", disable=quiet_progress, file=sys.stderr) as bar,
            ):

                def progress(done: int) -> None:
                    ctrl_c.check()
                    bar.update(done)

                if action == "index":
                    summary = self._index(options, bar, progress)
                elif action == "search":
                    summary = self._search(options, bar, progress)
                else:
                    summary = self._dedupe(options, bar, progress)
        except (InputError, IndexError_, WorkerStopped) as error:
            raise CommandError(str(error)) from error
        except KeyboardInterrupt:
            raise CommandError("stopped (Ctrl-C); nothing was written") from None
        except OSError as error:
            # A disk full, a directory that cannot be written: what the system said, and
            # about which file.
            raise CommandError(
                f"{error.filename or 'a file'}: {error.strerror or error}"
            ) from error
        self.stdout.write(f"{summary} in {time.monotonic() - started:.1f} s.")

    def _compile(self, check: bool) -> None:
        if compiled.compiled_here():
            self.stdout.write(f"The identity engine is compiled ({compiled.directory()}).")
        elif check:
            raise CommandError("The identity engine is not compiled from these sources.")
        else:
            try:
                compiled.build()
            except ImportError as error:
                raise CommandError(
                    f"{error.name or 'mypyc'} is not installed (uv sync installs it with the "
                    "dev group); the identity engine runs as Python."
                ) from error
            except (Exception, SystemExit) as error:
                # setuptools ends a failed build with SystemExit: no C compiler, no headers.
                raise CommandError(
                    f"the identity engine could not be compiled ({error}); it runs as Python."
                ) from error
            self.stdout.write(
                f"Compiled into {compiled.directory()}; used from the next start of Kembali."
            )

    def _report(self, rows: list[BadRow]) -> int:
        """Rows left out and rows read otherwise than written, each kind up to
        `SHOWN_BAD_ROWS`; the number left out."""
        for kept, done, what in ((False, "skipped", "bad rows"), (True, "kept", "rows read so")):
            chosen = [row for row in rows if row.kept is kept]
            for row in chosen[:SHOWN_BAD_ROWS]:
                self.stderr.write(f"line {row.line}: {row.reason} ({done})")
            if len(chosen) > SHOWN_BAD_ROWS:
                self.stderr.write(f"… and {len(chosen) - SHOWN_BAD_ROWS} more {what} ({done})")
        return sum(not row.kept for row in rows)

    def _index(self, options: dict[str, Any], bar: tqdm, progress: Progress) -> str:
        registry, directory = options["registry"], options["index"]
        bar.set_description("Indexing")
        records, bad = index_file(
            registry, directory, progress=progress, processes=options["processes"]
        )
        skipped = self._report(bad)
        return f"Indexed {records} records into {directory}; {skipped} bad rows skipped"

    def _search(self, options: dict[str, Any], bar: tqdm, progress: Progress) -> str:
        if options["top"] < 1:
            raise CommandError("--top must be at least 1.")
        check_out(options["out"])
        queries, bad = parse_queries(options["queries"])
        self._report(bad)
        bar.reset(total=len(queries))
        bar.set_description("Searching")
        written = 0
        # Queries by their best decision: what the one who asked has to look at.
        best: collections.Counter[str] = collections.Counter()
        with written_whole(options["out"]) as handle, translation.override(options["language"]):
            writer = csv.writer(handle)
            explain = options["explain"]
            writer.writerow(
                ["query_id", "record_id", "rank", "score", "decision"]
                + (["explanation"] if explain else [])
            )
            for rows in search_many(
                options["index"],
                queries,
                options["top"],
                processes=options["processes"],
                progress=progress,
                explain=explain,
            ):
                decisions = set()
                for row in rows:
                    said = [row.query_id, row.record_id, row.rank, f"{row.score:.6f}", row.decision]
                    if explain:
                        said.append(explained(row.evidence, row.withheld))
                    writer.writerow(said)
                    decisions.add(row.decision)
                    written += 1
                best[next((d for d in ("match", "review") if d in decisions), "none")] += 1
            progress(0)  # a Ctrl-C swallowed after the last query: nothing is written
        return (
            f"Searched {len(queries)} queries, wrote {written} candidates to {options['out']}: "
            f"{best['match']} with a match, {best['review']} with candidates to review, "
            f"{best['none']} with none"
        )

    def _dedupe(self, options: dict[str, Any], bar: tqdm, progress: Progress) -> str:
        def stage(name: str, total: int, unit: str) -> None:
            bar.reset(total=total or None)
            bar.set_description(name)
            bar.unit = unit

        check_out(options["out"])
        fellows: dict[str, Fellow] | None = {} if options["explain"] else None
        clusters, bad = dedupe_file(
            options["input"],
            processes=options["processes"],
            progress=progress,
            stage=stage,
            fellows=fellows,
        )
        progress(0)
        skipped = self._report(bad)
        with written_whole(options["out"]) as handle:
            writer = csv.writer(handle)
            if fellows is None:
                writer.writerow(["id", "cluster_id"])
                writer.writerows(clusters.items())
            else:
                writer.writerow(["id", "cluster_id", "linked_to", "score", "explanation"])
                with translation.override(options["language"]):
                    for record_id, cluster_id in clusters.items():
                        fellow = fellows.get(record_id)
                        said = ["", "", ""]
                        if fellow is not None:
                            score = f"{fellow.score:.6f}"
                            said = [fellow.record_id, score, explained(fellow.evidence, "")]
                        writer.writerow([record_id, cluster_id, *said])
        shared = len(clusters) - len(set(clusters.values()))
        return (
            f"Clustered {len(clusters)} records; {shared} are duplicates of another; "
            f"{skipped} bad rows skipped"
        )
