"""The node's people as the identity engine sees them, and the origin registries it holds.

An origin registry is an index built with `kembali identity index` and placed in
KEMBALI_REGISTRY_DIR under the country's ISO alpha-3 code (…/BGD, …/MMR). Searching it is
local: nothing about the person leaves the node.
"""

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count

from kembali.cases.models import Person
from kembali.identity.matching.compare import (
    INITIAL_BITS,
    Comparison,
    IdentityRecord,
    compare,
    decide,
    prepare,
)
from kembali.identity.matching.dates import BirthDate
from kembali.identity.matching.index import (
    IndexError_,
    RegistryIndex,
    bits_of_held_by,
    prior_bits,
    read_meta,
)
from kembali.identity.matching.keys import key_hash, record_keys
from kembali.identity.matching.names import split_known_names
from kembali.identity.matching.values import known
from kembali.identity.models import PersonKey

# Keys of a person that are worth storing: names, Burmese syllables (which weigh them) and
# names with dates; the date alone ("D:") and the town ("b:") find too many of a node's own
# people to be worth the rows.
STORED_PREFIXES = ("t:", "p:", "m:", "y:", "d:")
DUPLICATE_CANDIDATES = 60

log = logging.getLogger(__name__)


def signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def person_record(person: Person) -> IdentityRecord:
    """A person of the node as an interchange record; names must be prefetched."""
    birth = None
    if person.birth_date is not None:
        value = person.birth_date
        if person.birth_date_precision == "day":
            birth = BirthDate(value.year, value.month, value.day)
        elif person.birth_date_precision == "month":
            birth = BirthDate(value.year, value.month)
        else:
            birth = BirthDate(value.year)
    return IdentityRecord(
        id=str(person.pk),
        names=tuple(known for name in person.names.all() for known in split_known_names(name.text)),
        sex=person.sex if person.sex in ("M", "F") else "",
        birth_date=birth,
        # "Unknown" typed for a town or a parent is no town or parent two people share.
        birth_place=known(person.birth_place),
        nationality=person.nationality_confirmed or person.nationality_claimed,
        father_name=known(person.father_name),
        mother_name=known(person.mother_name),
    )


def person_keys(record: IdentityRecord) -> set[int]:
    keys = record_keys(prepare(record))
    return {signed(key_hash(k)) for k in keys if k.startswith(STORED_PREFIXES)}


def refresh_keys(persons: Iterable[Person]) -> int:
    """Store the blocking keys of these people (names prefetched), replacing old ones."""
    persons = list(persons)
    rows = [
        PersonKey(person=person, key=key)
        for person in persons
        for key in person_keys(person_record(person))
    ]
    PersonKey.objects.filter(person__in=persons).delete()
    PersonKey.objects.bulk_create(rows, batch_size=5000)
    return len(rows)


def people_on_node() -> int:
    count = cache.get("identity:people")
    if count is None:
        count = Person.objects.count()
        cache.set("identity:people", count, 600)
    return int(count)


def find_duplicates(person: Person) -> list[tuple[Person, Comparison]]:
    """Other people of the node, of any organisation, who may be this person; best first."""
    record = person_record(person)
    keys = person_keys(record)
    if not keys:
        return []
    shared = (
        PersonKey.objects.filter(key__in=keys)
        .exclude(person=person)
        .values("person")
        .annotate(n=Count("id"))
        .order_by("-n")[:DUPLICATE_CANDIDATES]
    )
    ids = [row["person"] for row in shared]
    others = list(Person.objects.filter(pk__in=ids).prefetch_related("names"))
    records = {str(p.pk): (p, person_record(p)) for p in others}
    wanted = {k for _, r in records.values() for k in record_keys(prepare(r))} | set(
        record_keys(prepare(record))
    )
    counts = _key_counts(wanted)
    size = people_on_node()

    def rarity(key: str) -> float:
        if key.startswith("n:"):
            # Compatriots are not counted on a node (its people are mostly of one nation),
            # nor are towns: a shared town weighs its most, as if rare.
            return 0.0
        if key.startswith("i:"):
            # Nor are initials with names: an initial that fits weighs what it weighs where
            # nothing says how rare it is.
            return rarity("t:" + key.partition("+")[2]) + INITIAL_BITS
        # As a registry or a file weighs its keys: a node of a few hundred people does not
        # make every name it holds once a rare one.
        return bits_of_held_by(counts.get(key, 0), size)

    query = prepare(record)
    prior = prior_bits(size)
    comparisons = [compare(query, prepare(r), rarity, prior) for _, r in records.values()]
    comparisons.sort(key=lambda c: -c.bits)
    decide(comparisons, prior)
    return [(records[c.record_id][0], c) for c in comparisons if c.decision != "no-match"]


def _key_counts(keys: Iterable[str]) -> dict[str, int]:
    by_hash = {signed(key_hash(k)): k for k in keys if k.startswith(STORED_PREFIXES)}
    rows = (
        PersonKey.objects.filter(key__in=list(by_hash))
        .values("key")
        .annotate(n=Count("id"))
        .values_list("key", "n")
    )
    return {by_hash[key]: n for key, n in rows}


# Each country's registry as this process opened it, with which meta.json it was (the file's
# inode and time: a rebuild moves a new one in). One rebuilt is opened anew and the one
# before let go: its files, replaced on disk, are freed once no process holds them open.
_OPENED: dict[str, tuple[tuple[int, int], RegistryIndex]] = {}


def _open_registry(path: str, built: tuple[int, int]) -> RegistryIndex:
    held = _OPENED.get(path)
    if held is None or held[0] != built:
        held = _OPENED[path] = (built, RegistryIndex(Path(path)))
    return held[1]


def registry_for(country: str) -> RegistryIndex | None:
    """The origin registry of a country, if the node holds one it can read. One built by an
    older Kembali is left unused and logged (`kembali check` names it too)."""
    if not country or not country.isalpha():
        return None
    directory = Path(settings.KEMBALI_REGISTRY_DIR) / country.upper()
    try:
        seen = (directory / "meta.json").stat()
    except FileNotFoundError:
        return None  # none, or one being moved in (`build_index`)
    try:
        return _open_registry(str(directory), (seen.st_ino, seen.st_mtime_ns))
    except IndexError_ as error:
        log.error("Origin registry %s is not usable: %s", country.upper(), error)
        return None


def unusable_registries() -> list[tuple[str, str]]:
    """(directory, reason) of each registry under KEMBALI_REGISTRY_DIR that cannot be read."""
    root = Path(settings.KEMBALI_REGISTRY_DIR)
    found = []
    for meta in sorted(root.glob("*/meta.json")) if root.is_dir() else []:
        try:
            read_meta(meta.parent)  # the format only: checks run as every command starts
        except (ValueError, OSError) as error:
            found.append((str(meta.parent), str(error)))
    return found


def refresh_all_keys(progress: Callable[[int], object] | None = None, batch: int = 2000) -> int:
    """Keys for every person of the node, in batches."""
    total = 0
    ids = list(Person.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        persons = Person.objects.filter(pk__in=ids[start : start + batch]).prefetch_related("names")
        total += refresh_keys(persons)
        if progress is not None:
            progress(min(batch, len(ids) - start))
    return total
