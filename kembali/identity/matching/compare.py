"""Compare two identity records: evidence per field in bits, a calibrated score, a decision.

The model is Fellegi–Sunter's: each field contributes log2(m/u), the likelihood ratio of its
agreement level between "same person" and "two people". For a name part, u is how often the
part occurs in the registry, so Md. or Aung agreeing counts for little and a rare name for
much. The prior is one true record among the registry's N, so the score is the probability
that this record is the person, given the evidence, under the model.

A wrong automatic match can send a person to the wrong country. `match` is therefore given
only when the score is near certain, the date of birth does not contradict, and no other
candidate comes close; everything doubtful is `review`, for a person to decide.
"""

import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .dates import YEARS_APART, BirthDate, compare_dates, read_birth_date
from .latin import skeleton_key, spelling_key
from .names import (
    NamePart,
    ParsedName,
    as_written_in,
    burmese_syllables,
    initial_sound,
    onset_keys,
    parse_name,
    split_known_names,
    syllable_names_of,
    title_as_name,
)
from .parts import ALIGN_THRESHOLD, align, part_similarity
from .places import place_key, place_within, places_agree
from .titles import PARENT_LABEL, set_aside
from .values import known, read_nationality, read_sex

# The least probability of one `match`. Scores are calibrated (the benchmark checks it per
# band), and most matches lie far above this floor: their precision together is higher
# (0.9984 at recall 0.61 on the benchmark; 0.995 for each decision gave 0.9996 at 0.56).
MATCH_SCORE = 0.99
REVIEW_SCORE = 0.01
MAX_PART_BITS = 12.0
MAX_PLACE_BITS = 8.0
# At most this much counts against a name for its parts missing on one side or differing: two
# names of other people differ however many parts they hold.
MOST_AGAINST_NAME = 8.0
# The evidence that says so: what it gives back is no agreement (nothing corroborates by it, no
# parent's name agrees by it), only the sum the caseworker reads made whole.
CAPPED = "against_at_most"
# Two places of birth that differ, log2(m/u). FEBRL4's duplicates disagree on their locality
# 6 times in 100 (281 of 4,884 pairs) and two people 999 times in 1,000: -4 bits there. A
# place of birth is given less carefully than an address (a village on one registration, the
# nearest town on the next), and is met for one person's records disagreeing perhaps one
# time in four or five: -2 bits. A town and its district do not disagree (`places.WITHIN`).
PLACE_DIFFERS_BITS = -2.0
CONFLICT_BITS = 1.5
# A parent's name recorded twice for one person rarely comes out wholly different.
PARENT_DIFFERS_BITS = -4.5
# Values that say nothing about the person's sex or nationality: X, and the codes travel
# documents use for a stateless person, a refugee and a nationality not known (ICAO 9303).
# A Rohingya registered as stateless in Cox's Bazar and as MMR elsewhere is one person.
UNKNOWN_VALUES = {"sex": frozenset({"X"}), "nationality": frozenset({"XXA", "XXB", "XXC", "XXX"})}
# The interchange format's columns (DESIGN.md §6); all but the first two may be empty, or
# say they are not known (`values.known`).
COLUMNS = (
    "id",
    "full_name",
    "sex",
    "birth_date",
    "birth_place",
    "nationality",
    "father_name",
    "mother_name",
)
OPTIONAL_FIELDS = COLUMNS[2:]


@dataclass(frozen=True)
class IdentityRecord:
    id: str
    names: tuple[str, ...]
    sex: str = ""
    birth_date: BirthDate | None = None
    birth_place: str = ""
    nationality: str = ""
    father_name: str = ""
    mother_name: str = ""

    def __reduce__(self) -> tuple[type["IdentityRecord"], tuple[object, ...]]:
        # Sent to worker processes: as `BirthDate.__reduce__` says.
        return IdentityRecord, (
            self.id,
            self.names,
            self.sex,
            self.birth_date,
            self.birth_place,
            self.nationality,
            self.father_name,
            self.mother_name,
        )


@dataclass(frozen=True)
class Prepared:
    record: IdentityRecord
    names: tuple[ParsedName, ...]
    father: tuple[NamePart, ...]
    mother: tuple[NamePart, ...]


def prepare(record: IdentityRecord) -> Prepared:
    nation = record.nationality

    def parse(text: str) -> ParsedName:
        return as_written_in(parse_name(text), nation)

    def parent(text: str) -> tuple[NamePart, ...]:
        """A parent's name as its field holds it: without a form's label copied with it
        (Father: Abdul Karim; পিতা: …), and the name after a marker of whose child the person
        is where nothing is before it (S/O Abdul Karim, bin Ismail: the father's name)."""
        if not text:
            return ()
        parsed = parse(set_aside(PARENT_LABEL, text))
        return parsed.names or parsed.father

    names = tuple(parse(n) for n in record.names)
    father = parent(record.father_name)
    if not father:
        father = next((n.father for n in names if n.father), ())
    return Prepared(record, names, father, parent(record.mother_name))


@dataclass(slots=True)
class Evidence:
    """One field's agreement and its weight. Made in the thousands per query: a plain slotted
    class, cheaper to build than a frozen one."""

    field: str  # name, father_name, mother_name, birth_date, birth_place, sex, nationality
    how: str  # a stable code: identical, same_spelling, sounds_alike, similar, joined, …
    query: str = ""
    record: str = ""
    bits: float = 0.0


# A piece of evidence as plain values, as worker processes send it back: its field, how,
# the query's and the record's text, its bits.
Said = tuple[str, str, str, str, float]


def said_of(comparison: "Comparison") -> tuple[Said, ...]:
    return tuple((e.field, e.how, e.query, e.record, e.bits) for e in comparison.evidence)


@dataclass
class Comparison:
    record_id: str
    bits: float
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    date_level: str = "unknown"
    names_aligned: int = 0
    # One of the two is known by a single name, and it aligned: as much as names can agree.
    mononym: bool = False
    decision: str = "no-match"
    # The probability for this pair alone, before other candidates are weighed (dedupe).
    pair_score: float = 0.0

    def differs(self, *fields: str) -> bool:
        """Whether any of these fields is recorded otherwise on the two sides."""
        return any(e.how == "different" and e.field in fields for e in self.evidence)

    @property
    def contradicted(self) -> bool:
        """The sex or the nationality recorded differs: a slip of a clerk's, or another
        person; not one to decide without a caseworker, least of all a nationality, which
        says where a person is returned to."""
        return self.differs("sex", "nationality")

    @property
    def parent_differs(self) -> bool:
        """A father's or mother's name that disagrees (`parents_differ`)."""
        return parents_differ(self.evidence)

    @property
    def corroborated(self) -> bool:
        """Something besides the name agrees: the birth date, the town, the father or the
        mother (as a caseworker is told: `explain.withheld_text`)."""
        return any(
            e.bits > 0
            and e.field in ("birth_date", "birth_place", "father_name", "mother_name")
            and e.how != CAPPED
            for e in self.evidence
        )


def parents_differ(evidence: Sequence[Evidence]) -> bool:
    """A father's or mother's name that disagrees: written in one script, a part facing
    another (Ashraful Talukdar, Nurul Talukdar: two men of one family); across scripts,
    parts against others that outweigh the parts that agree (Md Karim Uddin, Md Jamal
    Hossain), since one part of a name read otherwise is no disagreement when the rest
    agrees (Yadanar Khin Kyaw Kyaw, ရတနာခင် ကျော်ကျော်): the parts of a name in another
    script do not always meet. Also the whole name, or the father's name and the person's
    own in each other's roles. A part left out on one side is no disagreement."""
    for parent in ("father_name", "mother_name"):
        said = [e for e in evidence if e.field == parent and e.how != CAPPED]
        differs = [e for e in said if e.how == "different"]
        if differs and sum(e.bits for e in said) < 0:
            return True
        if any(e.query.isascii() == e.record.isascii() for e in differs):
            return True
    return False


Rarity = Callable[[str], float]

# The particles of family names the region writes after Portuguese, Spanish and Dutch ones: Sri
# Lanka's de and da (de Silva, de Mel; ද in Sinhala), the Philippines' dela, del, delos,
# Timor-Leste's da, dos, das, and van, von, der (van is also Vietnamese Văn, a middle name as
# often left out). Not do, a Vietnamese family name (Đỗ), nor den (เด่น, a Thai name).
PARTICLES = frozenset(
    {"de", "da", "dos", "das", "del", "dela", "delos", "della", "van", "von", "der", "ද"}
)


def _part_bits(similarity: float, part: NamePart, rarity: Rarity, fine: bool = True) -> float:
    """What a part that aligned weighs: as rare as its skeleton is, or, a Burmese syllable,
    as the syllable it is (`names.syllable_name_keys`) where that is rarer, by at most
    `SYLLABLE_BITS` more, unless it is not `fine` (a syllable said again in one name: Nyi
    Nyi is no rarer than Nyi twice)."""
    weight = rarity("t:" + part.skeleton)
    if fine and (syllables := syllable_names_of(part)):
        syllable = min(rarity("m:" + name) for name in syllables)
        weight = max(weight, min(syllable, weight + SYLLABLE_BITS))
    return min(weight, MAX_PART_BITS) * max(0.0, (similarity - 0.75) / 0.25)


# What a Burmese syllable may weigh beyond its skeleton. Its key counts only the records
# that write it as a syllable, in Burmese script or in Latin letters a syllable a word in a
# spelling names write for its rhyme: a registry that writes it otherwise (Thida, one word;
# Abdul, in Burmese syllables) makes it look rarer than it is, and the same name would
# weigh more written one way than the other.
SYLLABLE_BITS = 2.0


def _syllables_bits(
    part_bits: float, syllables: Sequence[NamePart], similarity: float, rarity: Rarity
) -> float:
    """What a name written as one word on one side and as Burmese syllables on the other
    weighs (Dewa, ဒေ ဝ): its skeleton folds into a short key every such name shares (Dewa,
    Thi, Htet: t), so the keys of its syllables' onsets two by two (`names.onset_keys`) say
    better how rare it is. Each is held by every record that writes the name in syllables,
    so the rarest of them weighs no more than the name among those. Records that write it
    as one word hold no such key: where a registry writes a name mostly so, the name weighs
    as rare as its spellings in syllables are there."""
    if not burmese_syllables(syllables, latin=False):
        return part_bits
    onsets = max((rarity(key) for key in onset_keys(syllables)), default=0.0)
    return max(part_bits, min(onsets, MAX_PART_BITS) * max(0.0, (similarity - 0.75) / 0.25))


def compare_names(
    query: ParsedName, record: ParsedName, rarity: Rarity, field_name: str = "name"
) -> tuple[float, list[Evidence], int]:
    q_parts, r_parts = query.names, record.names
    chosen = align(q_parts, r_parts)
    evidence: list[Evidence] = []
    bits = 0.0
    weighed: set[str] = set()
    for q_indices, r_indices, similarity, how, q_option, r_option in chosen:
        part_bits = _part_bits(similarity, r_option, rarity, r_option.latin not in weighed)
        weighed.add(r_option.latin)
        if len(r_indices) > 1:
            part_bits = _syllables_bits(
                part_bits, [r_parts[i] for i in r_indices], similarity, rarity
            )
        elif len(q_indices) > 1:
            part_bits = _syllables_bits(
                part_bits, [q_parts[i] for i in q_indices], similarity, rarity
            )
        bits += part_bits
        evidence.append(
            Evidence(field_name, how, q_option.text, r_option.text, round(part_bits, 1))
        )
    used_q = {i for pair in chosen for i in pair[0]}
    used_r = {i for pair in chosen for i in pair[1]}
    unaligned_q = [q_parts[i] for i in range(len(q_parts)) if i not in used_q]
    unaligned_r = [r_parts[i] for i in range(len(r_parts)) if i not in used_r]
    # An initial fits a name it could stand for on the other side, or the same initial: it
    # weighs as rare as such a name is beside the names that aligned (`_initial_bits`), and
    # the name it stands for is no longer missing.
    fitted = 0
    others_r = unaligned_r + list(record.initials)
    for initials, others, query_side in (
        (query.initials, others_r, True),
        (record.initials, unaligned_q, False),
    ):
        for initial in initials:
            hit = next((p for p in others if initial_fits(initial, p)), None)
            if hit is None:
                continue
            others.remove(hit)
            fitted += 1
            initial_bits = _initial_bits(initial, [pair[5] for pair in chosen], rarity)
            bits += initial_bits
            pair = (initial.text, hit.text) if query_side else (hit.text, initial.text)
            evidence.append(Evidence(field_name, "initial", pair[0], pair[1], initial_bits))
    # A father's name given with a marker on one side (Ahmad bin Ismail, Kumari a/p Muthu)
    # is written as the family name on the other (Ahmad Ismail): Malaysia writes either.
    for leftovers, fathers, query_side in (
        (others_r, query.father, True),
        (unaligned_q, record.father, False),
    ):
        for fit in _leftovers_fitted(fathers, leftovers, query_side, rarity, field_name):
            fitted += 1
            bits += fit.bits
            evidence.append(fit)
    # Fathers' names given with a marker on both sides (Ahmad bin Ismail twice) are parts of
    # the name that agree. A father's part that found its counterpart here is not compared
    # again as the father's name (`compare_rest`).
    for _, _, similarity, _, q_father, r_father in align(query.father, record.father):
        fitted += 1
        part_bits = round(_part_bits(similarity, r_father, rarity), 1)
        bits += part_bits
        evidence.append(Evidence(field_name, "patronymic", q_father.text, r_father.text, part_bits))
    # A title on one side written as a part left over on the other is that name part (Ma
    # Yu, မာယု): it weighs nothing, a title being on every other name, but nothing is
    # missing. Only the same spelling: Ma Thida (the title) is not Mya Thida.
    for leftovers, titles, query_side in (
        (others_r, query.honorifics, True),
        (unaligned_q, record.honorifics, False),
    ):
        if not leftovers or not titles:
            continue
        as_names = [part for title in titles if (part := title_as_name(title)) is not None]
        for fit in _leftovers_fitted(as_names, leftovers, query_side, None, field_name):
            fitted += 1
            evidence.append(fit)
    # A family name's particle that one side leaves out (Nimal de Silva, Nimal Silva; Juan
    # dela Cruz; ද සිල්වා) is not a name part missing: shown, weighing nothing.
    for leftovers, query_side in ((unaligned_q, True), (others_r, False)):
        particles = [p for p in leftovers if PARTICLES & {p.latin, p.text} and p.kind == "name"]
        for part in particles:
            leftovers.remove(part)
            pair = (part.text, "") if query_side else ("", part.text)
            evidence.append(Evidence(field_name, "particle", pair[0], pair[1], 0.0))
    penalty = 0.0
    left_r = [p for p in others_r if p.kind == "name"]
    missing_q, missing_r = _missing_bits(q_parts, r_parts) if unaligned_q or left_r else (0.0, 0.0)
    for part in unaligned_q:
        penalty += missing_q
        evidence.append(Evidence(field_name, "missing_in_record", part.text, "", missing_q))
    for part in others_r:
        if part.kind == "name":
            penalty += missing_r
            evidence.append(Evidence(field_name, "missing_in_query", "", part.text, missing_r))
    # A part on each side that found no counterpart: the names disagree there (another
    # family name), which says more than a part left out on one side.
    left_q = unaligned_q
    for q_part, r_part in zip(left_q, left_r, strict=False):
        penalty -= CONFLICT_BITS
        evidence.append(Evidence(field_name, "different", q_part.text, r_part.text, -CONFLICT_BITS))
    if len(chosen) > 1:
        order = [pair[1][0] for pair in sorted(chosen, key=lambda c: c[0][0])]
        if order != sorted(order):
            evidence.append(Evidence(field_name, "order_differs", query.text, record.text, 0.0))
    if penalty < -MOST_AGAINST_NAME:
        # Said, so that what a caseworker reads adds up to what was weighed.
        evidence.append(
            Evidence(field_name, CAPPED, "", "", round(-MOST_AGAINST_NAME - penalty, 1))
        )
        penalty = -MOST_AGAINST_NAME
    return bits + penalty, evidence, len(chosen) + fitted


# What a part one name has and the other lacks weighs: one the query has is more telling
# than one the record has (a registry writes names out; a caseworker abroad shortens them).
MISSING_IN_RECORD_BITS = -2.5
MISSING_IN_QUERY_BITS = -1.0
# Between two Burmese names, either way: a Burmese name has no family name, every syllable
# is the given name, and one with a syllable more is another name (Mi Mi Khaing, Mi Mi
# Khaing Kyi Kyi), not the same one written out.
MISSING_SYLLABLE_BITS = -3.0


def _missing_bits(q_parts: Sequence[NamePart], r_parts: Sequence[NamePart]) -> tuple[float, float]:
    """What a part missing from the record, and one missing from the query, weighs. Names in
    Latin letters are Burmese where their parts keep ch and s apart (`NamePart.hushes`: a
    Myanmar or Thai national's) and have a vowel each."""
    burmese = all(
        burmese_syllables(parts, all(p.hushes for p in parts)) for parts in (q_parts, r_parts)
    )
    if burmese:
        return MISSING_SYLLABLE_BITS, MISSING_SYLLABLE_BITS
    return MISSING_IN_RECORD_BITS, MISSING_IN_QUERY_BITS


def _leftovers_fitted(
    extra: Sequence[NamePart],
    leftovers: list[NamePart],
    query_side: bool,
    rarity: Rarity | None,
    field_name: str,
) -> list[Evidence]:
    """Each part of `extra` that fits a part of the other name left over, taken from
    `leftovers`: a father's part (given a `rarity`) as parts align, weighing as they do; a
    title read as a name (`rarity` None) only where spelled the same, weighing nothing."""
    fits = []
    for extra_part in extra:
        for part in leftovers:
            q_part, r_part = (extra_part, part) if query_side else (part, extra_part)
            similarity, how = part_similarity(q_part, r_part)
            if part.kind != "name":
                continue
            if rarity is None:
                if how not in ("identical", "same_spelling"):
                    continue
                fit = Evidence(field_name, how, q_part.text, r_part.text, 0.0)
            elif similarity >= ALIGN_THRESHOLD:
                part_bits = round(_part_bits(similarity, r_part, rarity), 1)
                fit = Evidence(field_name, "patronymic", q_part.text, r_part.text, part_bits)
            else:
                continue
            leftovers.remove(part)
            fits.append(fit)
            break
    return fits


# What an initial that fits weighs where nothing says how rare it is (no part aligned), and
# the least and most it weighs.
INITIAL_BITS = 2.0
MIN_INITIAL_BITS, MAX_INITIAL_BITS = 1.0, 6.0


def _initial_bits(initial: NamePart, aligned: Sequence[NamePart], rarity: Rarity) -> float:
    """How rare it is, among the people holding a name that aligned, to hold also a name
    this initial could stand for: S. beside Suresh says less where most Sureshes are sons of
    a Subramaniam or a Sivakumar. Read from the keys of an initial with a name (`i:`), which
    every record of up to four parts holds for each of its names and its father's."""
    sound = initial_sound(initial)
    if not sound or not aligned:
        return INITIAL_BITS
    given = max(rarity(f"i:{sound}+{p.skeleton}") - rarity("t:" + p.skeleton) for p in aligned)
    return round(min(max(given, MIN_INITIAL_BITS), MAX_INITIAL_BITS), 1)


def initial_fits(initial: NamePart, part: NamePart) -> bool:
    """An initial stands for a name beginning with its letter, or with its sound: Tamil
    writes one letter for t, d and th (தினேஷ், Dinesh, D.), k and g, s and ch, v and w
    (விஜய், Vijay, W.). An initial written as a letter's name may stand for another letter
    too (ஜி.: G., or J. for ஜீவன்)."""
    return _letter_fits(initial.latin, initial.spelling, part) or any(
        _letter_fits(letter, spelling_key(letter), part) for letter in initial.readings
    )


def _letter_fits(letter: str, spelling: str, part: NamePart) -> bool:
    if part.latin.startswith(letter) or part.spelling.startswith(spelling):
        return True
    sound = skeleton_key(letter)
    return bool(sound) and any(
        skeleton_key(spelling).startswith(sound) and spelling[0] not in "aeiou"
        for spelling in (part.latin, *part.readings)
    )


Memo = dict[tuple[Any, ...], Any]


def _compare_parents(
    field_name: str,
    query: tuple[NamePart, ...],
    record: tuple[NamePart, ...],
    rarity: Rarity,
    weight: float,
    memo: Memo,
) -> tuple[float, list[Evidence]]:
    if not query or not record:
        return 0.0, []
    key = (field_name, tuple(map(id, query)), tuple(map(id, record)))
    if key in memo:
        bits, evidence = memo[key]
        return bits, list(evidence)
    result = _compare_parents_once(field_name, query, record, rarity, weight)
    memo[key] = result
    return result[0], list(result[1])


def _compare_parents_once(
    field_name: str,
    query: tuple[NamePart, ...],
    record: tuple[NamePart, ...],
    rarity: Rarity,
    weight: float,
) -> tuple[float, list[Evidence]]:
    q = ParsedName(" ".join(p.text for p in query), query)
    r = ParsedName(" ".join(p.text for p in record), record)
    bits, evidence, aligned = compare_names(q, r, rarity, field_name)
    if not aligned:
        return _parents_differ(field_name, query, record, weight)
    # The evidence weighed as the field is, so that what a caseworker reads adds up.
    for item in evidence:
        item.bits = round(item.bits * weight, 1)
    return max(bits * weight, PARENT_DIFFERS_BITS * weight), evidence


def _parents_differ(
    field_name: str, query: Sequence[NamePart], record: Sequence[NamePart], weight: float
) -> tuple[float, list[Evidence]]:
    against = PARENT_DIFFERS_BITS * weight
    q_text, r_text = (" ".join(p.text for p in parts) for parts in (query, record))
    return against, [Evidence(field_name, "different", q_text, r_text, against)]


def _sounds(part: NamePart) -> frozenset[str]:
    """The skeletons of a part under each of its spellings."""
    return _skeletons(part.skeleton, part.readings)


@functools.lru_cache(maxsize=1 << 16)
def _skeletons(skeleton: str, readings: tuple[str, ...]) -> frozenset[str]:
    return frozenset((skeleton, *(skeleton_key(r) for r in readings)))


def _apart(
    query: tuple[NamePart, ...], record: tuple[NamePart, ...], own: set[str]
) -> tuple[tuple[NamePart, ...], tuple[NamePart, ...]]:
    """Two parents' names without the parts the persons' own names carry (a family name, a
    Tamil father's given name), which say nothing the names did not say: set aside where
    they meet their counterpart in the other parent's name, or meet nothing. Where the other
    parent's name holds a name of its own in their place, the two disagree: a father Prasert
    Sukcharoen is not a father Anucha Sukcharoen, though the son is named Prasert too."""
    own_q = {i for i, p in enumerate(query) if not own.isdisjoint(_sounds(p))}
    own_r = {i for i, p in enumerate(record) if not own.isdisjoint(_sounds(p))}
    if not own_q and not own_r:
        return query, record
    aligned = align(query, record)
    apart_q: set[int] = set()
    apart_r: set[int] = set()
    for q_indices, r_indices, *_ in aligned:
        if own_q.intersection(q_indices) or own_r.intersection(r_indices):
            apart_q.update(q_indices)
            apart_r.update(r_indices)
    free_q = set(range(len(query))).difference(*(pair[0] for pair in aligned))
    free_r = set(range(len(record))).difference(*(pair[1] for pair in aligned))
    # Each parent's name holding, where nothing met, a part of its own person's name: the
    # two stand in each other's place, and disagree (ธนพล เพชรวงศ์, ธนพล เพชรทอง: the two
    # families' names, which the persons' names, in two scripts, only sounded alike in).
    both = free_q & own_q and free_r & own_r
    if not free_r - own_r and not both:
        apart_q |= free_q & own_q
    if not free_q - own_q and not both:
        apart_r |= free_r & own_r
    return (
        tuple(p for i, p in enumerate(query) if i not in apart_q),
        tuple(p for i, p in enumerate(record) if i not in apart_r),
    )


def _roles(person: Prepared) -> tuple[frozenset[str], frozenset[str]]:
    """The sounds of a person's own names (not in the father's name) and of the names they
    carry from the father."""
    father = frozenset().union(*map(_sounds, person.father))
    own: set[str] = set()
    carried: set[str] = set()
    for name in person.names:
        for part in name.names:
            sounds = _sounds(part)
            (own if father.isdisjoint(sounds) else carried).update(sounds)
    return frozenset(own), frozenset(carried)


def _roles_swapped(query: Prepared, record: Prepared, memo: Memo) -> bool:
    """Each one's own name is the name the other carries from the father. The query's roles
    are read once for all its candidates."""
    key = ("roles", id(query))
    if key not in memo:
        memo[key] = _roles(query)
    own_q, carried_q = memo[key]
    own_r, carried_r = _roles(record)
    return bool(own_q & carried_r) and bool(own_r & carried_q) and not (own_q & own_r)


def compare(
    query: Prepared,
    record: Prepared,
    rarity: Rarity,
    prior_bits: float,
    memo: Memo | None = None,
) -> Comparison:
    """`memo`: shared by the comparisons of one query, whose candidates often share names
    (namesakes, families); it must not outlive the query's `rarity`."""
    memo = {} if memo is None else memo
    return compare_rest(
        query, record, rarity, prior_bits, memo, best_names(query, record, rarity, memo)
    )


NamesAgreement = tuple[float, list[Evidence], int, bool]


def best_names(query: Prepared, record: Prepared, rarity: Rarity, memo: Memo) -> NamesAgreement:
    """The best agreement between one of the query's names and one of the record's: bits,
    evidence, parts aligned, and whether one side is known by a single name that aligned."""
    best: tuple[float, list[Evidence], int] = (-math.inf, [], 0)
    mononym = False
    for q_name in query.names:
        for r_name in record.names:
            key = ("name", id(q_name), id(r_name))
            result = memo.get(key)
            if result is None:
                result = memo[key] = compare_names(q_name, r_name, rarity)
            if result[0] > best[0]:
                best = result
                mononym = min(len(q_name.names), len(r_name.names)) == 1 and result[2] == 1
    if not math.isfinite(best[0]):
        return 0.0, [], 0, False
    return best[0], best[1], best[2], mononym


# What the names of two records must weigh by themselves before other fields may join them
# (dedupe): a pair of common names spelled alike (Htay Sein, Hteee Sane: 3.7 bits) says little,
# but says it; the date and the father say the rest. At 4 bits such pairs were never linked
# however much else agreed (pairwise F1 at 20,000 people 0.9228 at 4 bits, 0.9237 at 2, 0.9238
# at 0; the first 250,000 records of the 1M file 0.8412 and 0.8420, precision the same).
NAMES_WEIGH = 2.0


def names_whole(evidence: Sequence[Evidence]) -> bool:
    """Every part of the shorter name found its counterpart, and together they weigh: what
    they weigh against uncapped (`MOST_AGAINST_NAME`), as `NAMES_WEIGH` was measured."""
    name = [e for e in evidence if e.field == "name" and e.how != CAPPED]
    shorter_missing = {e.how for e in name} >= {"missing_in_record", "missing_in_query"}
    return not shorter_missing and sum(e.bits for e in name) >= NAMES_WEIGH


def recorded(
    query: IdentityRecord, record: IdentityRecord, field_name: str
) -> tuple[str, str] | None:
    """A field of `UNKNOWN_VALUES` (sex, nationality) as both record it, where both do."""
    q_value = getattr(query, field_name).strip().upper()
    r_value = getattr(record, field_name).strip().upper()
    if q_value and r_value and not {q_value, r_value} & UNKNOWN_VALUES[field_name]:
        return q_value, r_value
    return None


def fathers_in_names(query: Prepared, record: Prepared) -> bool:
    """Whether either names a father in its name (bin …), which the names' comparison may
    fit as parts of the name: then the parents can be compared only after the names."""
    return any(name.father for name in query.names + record.names)


def compare_parents(
    query: Prepared, record: Prepared, rarity: Rarity, memo: Memo, in_name: set[str]
) -> tuple[float, list[Evidence]]:
    """What the fathers' and mothers' names say: their bits and evidence. `in_name`: the
    parts of a father's name given in the name (bin …) that the names have compared
    already (their "patronymic" evidence); none unless `fathers_in_names`."""
    bits = 0.0
    evidence: list[Evidence] = []
    # A family name the person shares with a parent says nothing the name did not say; nor
    # does a father's name given in the name that the names have compared already.
    own: set[str] | None = None
    for field_name, q_parts, r_parts, weight in (
        ("father_name", query.father, record.father, 0.8),
        ("mother_name", query.mother, record.mother, 0.5),
    ):
        if not q_parts or not r_parts:
            continue
        if own is None:
            own = set().union(*(_sounds(p) for n in query.names + record.names for p in n.names))
        if field_name == "father_name" and _roles_swapped(query, record, memo):
            # Subramaniam Suresh, son of Suresh, is not Suresh Subramaniam, son of
            # Subramaniam: where a name carries the father's, the same two names in other
            # roles are two people of one family (a nephew named after his grandfather).
            against, differ = _parents_differ(field_name, q_parts, r_parts, weight)
            bits += against
            evidence.extend(differ)
            continue
        if in_name and field_name == "father_name":
            q_parts = tuple(p for p in q_parts if p.text not in in_name)
            r_parts = tuple(p for p in r_parts if p.text not in in_name)
        parent_bits, parent_evidence = _compare_parents(
            field_name, *_apart(q_parts, r_parts, own), rarity, weight, memo
        )
        bits += parent_bits
        evidence.extend(parent_evidence)
    return bits, evidence


def compare_rest(
    query: Prepared,
    record: Prepared,
    rarity: Rarity,
    prior_bits: float,
    memo: Memo,
    names: NamesAgreement,
    parents: tuple[float, list[Evidence]] | None = None,
) -> Comparison:
    """The comparison of two records whose names have been compared (`best_names`), and
    perhaps their parents' names already (`compare_parents`)."""
    bits, evidence, aligned, mononym = names[0], list(names[1]), names[2], names[3]
    date = compare_dates(query.record.birth_date, record.record.birth_date)
    bits += date.bits
    evidence.append(
        Evidence(
            "birth_date",
            date.level,
            str(query.record.birth_date or ""),
            str(record.record.birth_date or ""),
            date.bits,
        )
    )
    if parents is None:
        in_name = {text for e in evidence if e.how == "patronymic" for text in (e.query, e.record)}
        parents = compare_parents(query, record, rarity, memo, in_name)
    bits += parents[0]
    evidence.extend(parents[1])
    place = places_agree(query.record.birth_place, record.record.birth_place)
    if place is not None:
        # A town shared by chance is as rare as the town among the record's compatriots: the
        # names have already said which country the two come from.
        town = rarity("b:" + place_key(record.record.birth_place))
        if record.record.nationality:
            town -= rarity("n:" + record.record.nationality)
        place_bits = max(1.0, min(town, MAX_PLACE_BITS) - 0.5) if place else PLACE_DIFFERS_BITS
        bits += place_bits
        evidence.append(
            Evidence(
                "birth_place",
                "agree" if place else "different",
                query.record.birth_place,
                record.record.birth_place,
                place_bits,
            )
        )
    elif place_within(query.record.birth_place, record.record.birth_place):
        # A town and its district, or its province: shown, weighing nothing.
        evidence.append(
            Evidence(
                "birth_place", "within", query.record.birth_place, record.record.birth_place, 0.0
            )
        )
    for field_name, agree_bits, differ_bits in (("sex", 0.9, -5.0), ("nationality", 0.5, -4.0)):
        if values := recorded(query.record, record.record, field_name):
            q_value, r_value = values
            same = q_value == r_value
            value_bits = agree_bits if same else differ_bits
            bits += value_bits
            evidence.append(
                Evidence(field_name, "agree" if same else "different", q_value, r_value, value_bits)
            )
    posterior = bits + prior_bits
    score = 1.0 / (1.0 + 2.0 ** (-posterior)) if posterior > -60 else 0.0
    return Comparison(
        record.record.id, bits, score, evidence, date.level, aligned, mononym, pair_score=score
    )


def decide(ranked: list[Comparison], prior_bits: float) -> list[Comparison]:
    """Score each candidate as the probability that it, and not another candidate or nobody
    in the registry, is the person; then decide. Only the first can be a match.

    With B = bits + prior, P(candidate i) = 2^B_i / (1 + sum_j 2^B_j): a close runner-up
    (a sibling, a namesake) takes probability from the best, so it cannot be a match."""
    if not ranked:
        return ranked
    exponents = [c.bits + prior_bits for c in ranked]
    top = max(max(exponents), 0.0)
    nobody = 2.0 ** (0.0 - top)
    weights = [2.0 ** (e - top) for e in exponents]
    total = nobody + sum(weights)
    for candidate, weight in zip(ranked, weights, strict=True):
        candidate.score = weight / total
    for rank, candidate in enumerate(ranked):
        candidate.decision = "review" if candidate.score >= REVIEW_SCORE else "no-match"
        if rank == 0 and candidate.score >= MATCH_SCORE and not withheld(candidate):
            candidate.decision = "match"
    return ranked


# Why a candidate sure enough to be a match is not one (`withheld`), as stable codes.
WITHHELD = (
    "sex_or_nationality_differs",
    "only_the_name_agrees",
    "dates_apart",
    "one_name_part",
    "parent_differs",
)


def withheld(candidate: Comparison) -> str:
    """What keeps a candidate from being a match whatever its score, one of `WITHHELD`; ""
    for nothing: a sex or nationality recorded otherwise, nothing but the name agreeing,
    birth dates two years apart or more, one name part aligned where neither is known by
    one name, a part of a parent's name facing another.

    The last: a father Murugan Mahenthiran is not a father Raja Mahenthiran, though the
    rare name they share outweighs the one they do not; the two are brothers, and their
    sons of one name and year cousins (a wrong match on the benchmark, the only one a
    parent's name decided). A name written otherwise at another registration could do the
    same; either way, a person decides. On the benchmark, no top candidate that was the
    person had a parent's name part facing another, and 354 that were not did."""
    if candidate.contradicted:
        return WITHHELD[0]
    if not candidate.corroborated:
        return WITHHELD[1]
    if candidate.date_level in YEARS_APART | {"year_off_by_two", "year_off_by_two_other_day"}:
        return WITHHELD[2]
    if not (candidate.names_aligned >= 2 or candidate.mononym):
        return WITHHELD[3]
    if candidate.differs("father_name", "mother_name"):
        return WITHHELD[4]
    return ""


def held_back(candidate: Comparison) -> str:
    """Why a candidate as likely as a match is not proposed as one (`withheld`); "" for any
    other, a match or a candidate its score keeps from being one."""
    if candidate.decision == "match" or candidate.score < MATCH_SCORE:
        return ""
    return withheld(candidate)


def record_from_row(row: dict[str, str]) -> IdentityRecord:
    """An interchange-CSV row as a record (`read_record`)."""
    return read_record(row)[0]


def read_record(row: dict[str, str]) -> tuple[IdentityRecord, str]:
    """An interchange-CSV row as a record, and a note when a value was not read as written
    (a nationality: `read_nationality`; a sex: `read_sex`; a birth date: `read_birth_date`),
    "" otherwise; ValueError (DateError for the birth date) for a value that cannot be read."""
    value = {name: known(row.get(name) or "") for name in OPTIONAL_FIELDS}
    nationality, nationality_note = read_nationality(value["nationality"])
    sex, sex_note = read_sex(value["sex"], nationality)
    birth_date, date_note = read_birth_date(value["birth_date"], nationality)
    record = IdentityRecord(
        id=row["id"],
        names=split_known_names(row.get("full_name", "")),
        sex=sex,
        birth_date=birth_date,
        birth_place=value["birth_place"],
        nationality=nationality,
        father_name=value["father_name"],
        mother_name=value["mother_name"],
    )
    return record, "; ".join(note for note in (nationality_note, sex_note, date_note) if note)
