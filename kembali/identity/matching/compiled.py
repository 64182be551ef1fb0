"""The matching modules compiled to C by mypyc, used where they were compiled from exactly
the sources beside them.

    kembali identity compile [--check]    # compile, unless already done; --check: only ask
    KEMBALI_PURE_PYTHON=1                  # run the Python sources, compiled or not

The same code, typed as mypy already checks it, runs about a fifth faster compiled: a dedupe
of a million records 1.25x, of 200,000 1.15-1.5x (`docs/PERFORMANCE.md`). `scripts/setup.sh`
compiles once per environment; nothing needs it. The compiled modules live in the
environment (`directory()`), never beside the sources, with a fingerprint of the sources and
the interpreter they were compiled from: a source edited since, or another Python, and the
package runs its Python sources, so an edit always takes effect. This module, `workers` (a
subclass of a builtin class) and `index` (numpy's work, and weakly referenced by the app)
stay Python.
"""

import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = "kembali/identity/matching"
NOT_COMPILED = frozenset({"__init__.py", "compiled.py", "workers.py", "index.py"})
PURE_PYTHON = "KEMBALI_PURE_PYTHON"


def sources() -> list[Path]:
    return sorted(path for path in HERE.glob("*.py") if path.name not in NOT_COMPILED)


def directory() -> Path:
    """Where this environment's compiled modules are: inside it, as its packages are."""
    return Path(sys.prefix) / "kembali-compiled"


def fingerprint() -> str:
    """What the compiled modules were compiled from: the interpreter and every source of the
    package, the modules that stay Python too (compiled code relies on their types)."""
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(HERE.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def activate(package_path: list[str], root: Path | None = None) -> bool:
    """Put the compiled modules ahead of the sources on the package's path, if they were
    compiled from these sources; True if they were."""
    root = root or directory()
    if os.environ.get(PURE_PYTHON) or not compiled_here(root):
        return False
    if str(root) not in sys.path:
        sys.path.append(str(root))  # the library the compiled modules share
    package_path.insert(0, str(root / PACKAGE))
    return True


def build(target: Path | None = None) -> Path:
    """Compile the modules into `target` (this environment's `directory()`), whole or not
    at all: compiled in a scratch directory beside it, moved into place, and the fingerprint
    that makes them used written last."""
    from mypyc.build import mypycify
    from setuptools import setup

    target = target or directory()
    repository = HERE.parents[2]
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kembali-compile-", dir=target.parent) as scratch:
        work = Path(scratch)
        made = work / "compiled"
        # mypyc names each module by its path, as mypy does: from the repository's root.
        before = Path.cwd()
        os.chdir(repository)
        try:
            modules = mypycify(
                [str(path.relative_to(repository)) for path in sources()],
                opt_level="3",
                target_dir=str(work / "c"),
                multi_file=True,
            )
            setup(
                name="kembali-compiled",
                packages=[],
                py_modules=[],
                ext_modules=modules,
                script_args=[
                    "--quiet",
                    "build_ext",
                    "--build-lib",
                    str(made),
                    "--build-temp",
                    str(work / "o"),
                    "--parallel",
                    str(os.cpu_count() or 1),
                ],
            )
        finally:
            os.chdir(before)
        if target.exists():
            shutil.rmtree(target)
        made.rename(target)
    (target / "fingerprint").write_text(fingerprint(), encoding="ascii")
    return target


def compiled_here(root: Path | None = None) -> bool:
    """`root` (this environment's `directory()`) holds the modules compiled from these
    sources."""
    try:
        built = ((root or directory()) / "fingerprint").read_text(encoding="ascii")
    except OSError:
        return False
    return built == fingerprint()
