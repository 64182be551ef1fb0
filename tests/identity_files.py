"""Files and helpers the identity tests share."""

from pathlib import Path


def flat(_: str) -> float:
    """A rarity that weighs every key alike."""
    return 8.0


COLUMNS = "id,full_name,sex,birth_date,birth_place,nationality,father_name,mother_name"


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([COLUMNS, *lines]) + "\n", encoding="utf-8")
    return path


def other_people(count: int) -> list[str]:
    """People who are nobody's duplicate, so that names are as frequent as in a real file."""
    import random

    from kembali.cases.demo.names import BANGLADESH

    rng = random.Random(5)
    rows = []
    for number in range(count):
        given, _ = rng.choice(BANGLADESH["male"])
        family, _ = rng.choice(BANGLADESH["family"])
        birth = f"{rng.randint(1950, 2010)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append(f"X{number},{given} {family},M,{birth},,BGD,,")
    return rows


def among_other_people(tmp_path: Path, rows: list[str], others: int = 300) -> Path:
    """A case file of these rows among `others` people who are nobody's duplicate."""
    return write_csv(tmp_path / "cases.csv", [*other_people(others), *rows])


def clustered_among_other_people(
    tmp_path: Path, rows: list[str], others: int = 300
) -> dict[str, str]:
    """The clusters dedupe finds for these rows among `others` people who are nobody's
    duplicate (id → cluster id), in one process."""
    from kembali.identity.matching.batch import dedupe_file

    return dedupe_file(among_other_people(tmp_path, rows, others), processes=1)[0]
