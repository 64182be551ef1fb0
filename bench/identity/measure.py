"""Wall time and peak memory of a command, its worker processes included.

Kembali's commands parse and search in worker processes started by a fork server, which are
not the command's own children: the peak memory of the largest process is read from each
process's high-water mark (VmHWM in /proc) while the command runs, not from the rusage of
the children the command waited for.
"""

import subprocess
import time
from pathlib import Path


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(status.parent.name))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def _high_water_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def timed(command: list[str], every: float = 0.2) -> tuple[float, float]:
    """Run a command; its wall time in seconds and the peak memory in MB of its largest
    process (the command or any process it started)."""
    started = time.monotonic()
    process = subprocess.Popen(command)
    peak = 0.0
    while process.poll() is None:
        peak = max([peak, *(_high_water_mb(pid) for pid in _descendants(process.pid))])
        time.sleep(every)
    elapsed = time.monotonic() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode})")
    return elapsed, peak


def engine_mode() -> str:
    """How Kembali's matching runs in this environment, as a report says it: compiled by
    mypyc, or as Python (`kembali.identity.matching.compiled`)."""
    import kembali.identity.matching as matching

    return "compiled by mypyc" if matching.COMPILED else "run as Python"
