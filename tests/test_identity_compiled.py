"""The identity engine compiled by mypyc: used only where compiled from the sources beside it,
and what crosses to worker processes the same compiled or not."""

import pickle
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

import kembali.identity.matching as matching
from kembali.identity.matching import compare, compiled
from kembali.identity.matching.batch import ResultRow
from kembali.identity.matching.dates import BirthDate


@pytest.fixture
def overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(compiled.PURE_PYTHON, raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))
    (tmp_path / compiled.PACKAGE).mkdir(parents=True)
    return tmp_path


def test_compiled_modules_come_first_when_compiled_from_these_sources(overlay: Path) -> None:
    (overlay / "fingerprint").write_text(compiled.fingerprint(), encoding="ascii")
    package_path = ["sources"]
    assert compiled.activate(package_path, overlay)
    assert package_path == [str(overlay / compiled.PACKAGE), "sources"]
    assert str(overlay) in sys.path


def test_modules_compiled_from_other_sources_are_not_used(overlay: Path) -> None:
    (overlay / "fingerprint").write_text("0" * 64, encoding="ascii")
    package_path = ["sources"]
    assert not compiled.activate(package_path, overlay)
    assert package_path == ["sources"]
    assert str(overlay) not in sys.path


def test_an_edited_source_changes_the_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for source in compiled.HERE.glob("*.py"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    monkeypatch.setattr(compiled, "HERE", tmp_path)
    seen = {compiled.fingerprint()}
    # A compiled module's source, and one that stays Python but whose types it relies on.
    for name in ("dates.py", "index.py"):
        edited = tmp_path / name
        edited.write_bytes(edited.read_bytes() + b"\n# edited\n")
        seen.add(compiled.fingerprint())
    assert len(seen) == 3


def test_pure_python_asked_for_is_what_runs(overlay: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (overlay / "fingerprint").write_text(compiled.fingerprint(), encoding="ascii")
    monkeypatch.setenv(compiled.PURE_PYTHON, "1")
    package_path = ["sources"]
    assert not compiled.activate(package_path, overlay)
    assert package_path == ["sources"]


def test_the_package_runs_what_it_says_it_runs() -> None:
    in_overlay = Path(compare.__file__).is_relative_to(compiled.directory())
    assert in_overlay == matching.COMPILED
    assert Path(compare.__file__).suffix == (".so" if matching.COMPILED else ".py")


def test_what_worker_processes_send_and_receive_comes_back_whole() -> None:
    record = compare.IdentityRecord(
        id="R1",
        names=("Aung Kyaw Moe",),
        sex="M",
        birth_date=BirthDate(1988, 11, 2),
        birth_place="Yangon",
        nationality="MMR",
        father_name="U Htun",
        mother_name="Daw Mya",
    )
    row = ResultRow("Q1", "R1", 1, 0.97, "review")

    def sent(value: object) -> object:
        return pickle.loads(pickle.dumps(value))  # noqa: S301 - our own objects, as workers do

    assert sent(record) == record
    assert sent(row) == row
    assert str(sent(BirthDate(1990))) == "1990"


def test_a_compile_that_cannot_be_done_says_why_and_that_the_engine_runs_as_python(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(compiled, "compiled_here", lambda: False)
    with pytest.raises(CommandError, match="not compiled from these sources"):
        call_command("identity", "compile", "--check")

    def no_compiler(target: Path | None = None) -> Path:
        raise SystemExit("error: command 'gcc' failed: No such file or directory")

    monkeypatch.setattr(compiled, "build", no_compiler)
    with pytest.raises(CommandError, match=r"'gcc' failed.*runs as Python"):
        call_command("identity", "compile")

    def no_mypyc(target: Path | None = None) -> Path:
        raise ModuleNotFoundError("No module named 'mypyc'", name="mypyc")

    monkeypatch.setattr(compiled, "build", no_mypyc)
    with pytest.raises(CommandError, match="mypyc is not installed"):
        call_command("identity", "compile")
