"""The identity engine. Its keys change only with their format and a migration.

An index holds every record's keys, and a node keeps its people's (`PersonKey`): a change to how
names, places or dates are read that changes the keys must bump `keys.FORMAT_VERSION` (an index
of an older format is refused and built again) and come with a key migration (a node's people's
keys computed again, `migrations/0002_keys_of_this_version`). This test digests the keys of the
held-out names of the benchmark, written as records with fathers, places and dates as the region
writes them; when it fails, do both, then write the new figures here."""

import csv
import hashlib
from pathlib import Path

from kembali.identity.matching.compare import IdentityRecord, prepare
from kembali.identity.matching.dates import BirthDate
from kembali.identity.matching.keys import FORMAT_VERSION, record_keys

ROOT = Path(__file__).resolve().parent.parent
KEYS = {
    "format": 89,
    "migration": "0084_keys_of_words_that_are_no_name",
    "digest": "47134387c456cec3dc15b821b1b3a19554ad42b21cde4106e365eb2c127de5cd",
}
PLACES = ("Teknaf, Cox's Bazar", "Dist: Sylhet", "จังหวัดขอนแก่น", "ရန်ကုန်မြို့", "", "Jaffna")
FATHERS = ("{latin}", "Late {latin}", "S/O {latin}", "Father: {latin}", "", "Al-Haj {latin}")


def _records() -> list[IdentityRecord]:
    records = []
    for name in ("heldout_public.tsv", "heldout_documents.tsv"):
        with (ROOT / "bench" / "identity" / name).open(encoding="utf-8") as handle:
            rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
            for nation, _script, native, latin, *_ in (row for row in rows if len(row) >= 4):
                n = len(records)
                records.append(
                    IdentityRecord(
                        id=str(n),
                        names=(native, f"FNU {latin} bt. Canagaratnam")
                        if n % 7 == 0
                        else (native,),
                        sex="MF"[n % 2],
                        birth_date=BirthDate(1950 + n % 50, 1 + n % 12) if n % 3 else None,
                        birth_place=PLACES[n % len(PLACES)],
                        nationality=nation,
                        father_name=FATHERS[n % len(FATHERS)].format(latin=latin),
                    )
                )
    return records


def test_the_keys_change_only_with_their_format_and_a_migration() -> None:
    records = _records()
    assert len(records) > 400
    digest = hashlib.sha256()
    for record in records:
        digest.update("\x1f".join(sorted(record_keys(prepare(record)))).encode() + b"\x1e")
    migrations = ROOT / "kembali" / "identity" / "migrations"
    last = sorted(path.stem for path in migrations.glob("[0-9]*_keys_of_*.py"))[-1]
    assert (FORMAT_VERSION, last, digest.hexdigest()) == (
        KEYS["format"],
        KEYS["migration"],
        KEYS["digest"],
    ), "the keys changed: bump keys.FORMAT_VERSION, add a key migration, write the figures here"
