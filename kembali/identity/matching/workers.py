"""Worker processes for the engine's long jobs: indexing, searching and dedupe of files.

A job of millions of records runs for minutes in as many processes as the machine has cores.
If one of them is stopped from outside (the system out of memory kills the largest process),
the job must end with an error that says so. `multiprocessing.Pool` would wait for the lost
work for ever, with the progress bar standing still; `concurrent.futures` knows the process
died and says so, so the engine uses it.
"""

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any


class WorkerStopped(RuntimeError):
    """A worker process ended before its work was done."""


def count() -> int:
    """Worker processes for a job: one per core this process may use, at most eight."""
    return max(1, min(len(os.sched_getaffinity(0)), 8))


@contextlib.contextmanager
def pool(
    processes: int,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[ProcessPoolExecutor]:
    """Worker processes started from a fork server (a copy of nothing but a clean
    interpreter: no open database connection or lock of the caller's is shared). A worker
    that dies ends the job with `WorkerStopped`; a job stopped by its caller drops the work
    not begun."""
    context = multiprocessing.get_context("forkserver")
    executor = ProcessPoolExecutor(
        processes, mp_context=context, initializer=initializer, initargs=initargs
    )
    try:
        yield executor
    except BaseException as error:
        # Stopped (Ctrl-C, an output that cannot be written, a worker lost): the work not
        # begun is dropped, where the executor's own `with` would wait for all of it.
        executor.shutdown(wait=False, cancel_futures=True)
        if isinstance(error, BrokenProcessPool):
            raise WorkerStopped(
                "a worker process stopped before its work was done (ended by the system, "
                "often for want of memory); nothing was written. Run again, with fewer "
                "processes (--processes) if memory is short"
            ) from error
        raise
    executor.shutdown()
