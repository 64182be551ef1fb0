"""A name as the matcher sees it: its parts, and what each part is.

Honorifics and titles (U, Daw, Ko, Ma, Maung, Haji, Mst., Thiru …) are set aside: they say
who someone is to the speaker, not who they are (`titles`). Patronymic markers (bin, binti,
a/l, s/o …) split a name into the person's own names and the father's. Single letters are
initials (Tamil and Sinhala names carry the father's or the family's initial), as are the
English letters' names written in Tamil, Sinhala or Bengali script (`initials`). Order is
not kept as meaning: Burmese names have no family name, and the order of Bengali and Tamil
names varies between documents.
"""

import dataclasses
import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import regex

from . import burmese, malay, thai_latin
from .initials import OTHER_LETTERS, named_letter
from .kept import Kept, kept
from .latin import other_skeletons, readings, skeleton_key, spelling_key, to_latin_words
from .titles import (
    BIBI,
    BURMESE_HONORIFICS,
    BURMESE_TITLES,
    COMPOUND_HONOURS,
    DECEASED,
    HONORIFICS,
    LEADING_ONLY,
    NO_NAME,
    PATRONYMIC,
    SPOUSE_MARKERS,
    THAI_JOINED_TITLE,
    THAI_SHORT_TITLES,
    THAI_TITLES,
    WRITTEN_SHORT,
    WRITTEN_SHORT_LATIN,
    WRITTEN_SHORT_NATIVE,
    set_aside,
)


@dataclass(frozen=True)
class NamePart:
    text: str  # the part as written
    latin: str  # its romanisation, lower-case ASCII
    spelling: str
    skeleton: str
    kind: str = "name"  # name, initial, honorific
    # Whether w and y around the consonants tell names apart: not in Arabic script, where
    # و and ی are vowels as often as consonants.
    glides: bool = True
    # Whether an h stands where it is said: not in Arabic script, nor in Sinhala, whose
    # romanisation leaves the unwritten vowel out (මහින්ද: mhind, Mahinda).
    breaths: bool = True
    # Whether ch and s are other sounds: in Thai and Burmese script (ชัย Chai, ศรี Sri), and
    # in a Thai's or a Myanmar national's name in Latin letters (`as_written_in`). In Latin
    # letters a Tamil name writes either for one letter (Chandran, Santhiran).
    hushes: bool = False
    # Other romanisations people commonly write for it (Thai: Janpen for จันทร์เพ็ญ).
    readings: tuple[str, ...] = ()
    # Whether it is a Myanmar national's part in Latin letters of one vowel: a Burmese
    # syllable, whose spellings are compared as such (`burmese.latin_syllables`).
    syllable: bool = False


@dataclass(frozen=True)
class ParsedName:
    text: str
    parts: tuple[NamePart, ...]
    father: tuple[NamePart, ...] = ()
    honorifics: tuple[str, ...] = field(default=())
    # The parts by kind, read in every comparison: kept as plain attributes.
    names: tuple[NamePart, ...] = field(init=False, repr=False, compare=False)
    initials: tuple[NamePart, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "names", tuple(p for p in self.parts if p.kind == "name"))
        object.__setattr__(self, "initials", tuple(p for p in self.parts if p.kind == "initial"))


def _z_written_s(latin: str) -> tuple[str, ...]:
    """Tamil and Sinhala script write s for the z of an Arabic-origin name (ரிஸ்வான், රිස්වානා,
    பைசல்: Rizwan, Rizwana, Faizal), so a Sri Lankan's z in Latin letters is read s too."""
    return (latin.replace("z", "s"),) if "z" in latin else ()


# A nation whose readings a letter calls for: a name without it is as written.
_CALLED_FOR = {"LKA": "z"}
# Latin spellings that a nation's names are written with beyond what one spelling shows.
_LATIN_READINGS: dict[str, Callable[[str], tuple[str, ...]]] = {
    "THA": thai_latin.latin_readings,
    "LKA": _z_written_s,
    **dict.fromkeys(("MYS", "IDN", "BRN", "SGP"), malay.latin_readings),
}
# Nations whose names in Latin letters keep ch and s apart, as their scripts do (`NamePart.
# hushes`): a Thai's Chai is not Sai, a Burmese Cho not Soe.
_HUSHING = frozenset({"THA", "MMR"})


def as_written_in(parsed: ParsedName, nationality: str) -> ParsedName:
    """A name as its bearer's nation spells it: each part in Latin letters also carries the
    other spellings common there (a Thai Chanpen is also Janpen), and keeps ch and s apart
    where the nation's script does (`_HUSHING`) — which nothing but the nationality can
    tell, since Chamal and Jamal are two names in Bengali."""
    if nationality not in _LATIN_READINGS and nationality not in _HUSHING:
        return parsed
    called_for = _CALLED_FOR.get(nationality)
    if called_for and called_for not in parsed.text.lower():
        return parsed
    # Kept by identity, not by value (`kept`). Read again for each name, a word's parts became
    # new objects in every name that holds it, and the comparisons kept by part
    # (`parts.part_similarity`) were crowded out for everyone.
    read = functools.partial(_as_written_in, nationality=nationality)
    return kept(_WRITTEN_IN.setdefault(nationality, {}), (parsed,), read, _KEPT)


# Per nation, so that the nation's code (a new string on every row read) is no part of the key.
_WRITTEN_IN: dict[str, Kept] = {}
_READ_PARTS: dict[str, Kept] = {}
_KEPT = 1 << 18


def _as_written_in(parsed: ParsedName, nationality: str) -> ParsedName:
    store = _READ_PARTS.setdefault(nationality, {})
    read_part = functools.partial(_read_part, nationality=nationality)

    def read(parts: tuple[NamePart, ...]) -> tuple[NamePart, ...]:
        return tuple(
            kept(store, (p,), read_part, _KEPT) if p.kind == "name" and p.text.isascii() else p
            for p in parts
        )

    parts = parsed.parts
    if nationality == "MMR":
        parts = _lone_vowels_read(parts, parsed.text)
    return dataclasses.replace(parsed, parts=read(parts), father=read(parsed.father))


def _read_part(part: NamePart, nationality: str) -> NamePart:
    others = _LATIN_READINGS[nationality](part.latin) if nationality in _LATIN_READINGS else ()
    return dataclasses.replace(
        part,
        readings=tuple(sorted({*part.readings, *others})),
        hushes=part.hushes or nationality in _HUSHING,
        syllable=nationality == "MMR" and _one_latin_syllable(part.latin),
    )


# An e after a syllable's closing consonant, unsaid: Khine, Hane, Lone are one syllable each.
_SILENT_E = regex.compile(r"(?<=[aeiouy][^aeiouy]+)e$")


def _one_latin_syllable(latin: str) -> bool:
    return len(_VOWEL_GROUPS.findall(_SILENT_E.sub("", latin))) == 1


_ARABIC = regex.compile(r"\p{Arabic}")
_SINHALA = regex.compile(r"\p{Sinhala}")
_THAI_BURMESE = regex.compile(r"[\p{Thai}\p{Myanmar}]")
_BURMESE = regex.compile(r"\p{Myanmar}")
_INNER_APOSTROPHE = regex.compile(r"(?<=\p{L})['‘’`ʿʾ](?=\p{L})")
# Abd and the article, said as the letter after it as Arabic says it before r, s, z, n, d, t
# and sh (Abdur Rahman, Abdus Salam): the name Abdul is (عبد الرحمن, عبد السلام).
_ABD_ASSIMILATED = regex.compile(r"^abd[uoe]?(?:r|s|z|n|d|t|sh|dh)$")
# A zero-width space separates words, as Thai and Burmese text often has it.
_SEPARATORS = regex.compile(r"[.\-_,;:()\"“”‘’'`\u200b\ufeff]+")
# Marks of writing direction and soft hyphens, which copied text carries and no name holds.
_INVISIBLE = regex.compile(r"[\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Joiners shape the letters either side of them inside a word (ශ්‍රී, محمد‌علی); at its edge
# they are a typing slip, and one after a last Bengali consonant read it with a vowel.
_JOINERS = "\u200c\u200d"


def _split_written(text: str) -> list[str]:
    """Words of a name as written: dots and hyphens separate; "S.M." is two initials. An
    apostrophe inside a word joins it (Sa'id, Isma'il: the Arabic ʿayn; O'Brien)."""
    cleaned = _SEPARATORS.sub(" ", _INNER_APOSTROPHE.sub("", _INVISIBLE.sub("", text)))
    return [w for word in cleaned.split() if (w := word.strip(_JOINERS))]


def _parts(text: str) -> list[NamePart]:
    return [part for written in _split_written(text) for part in _word_parts(written)]


def title_as_name(title: str) -> NamePart | None:
    """A title in Latin letters read as the name part it may be: Latin letters write the
    Burmese title Ma (မ) and the name syllable Mar (မာ) alike (Ma Yu, မာယု); None for a
    title in another script, which writes the two apart, or of one letter (U)."""
    if not title.isascii():
        return None
    parts = [part for part in _word_parts(title) if part.kind == "name"]
    return parts[0] if len(parts) == 1 else None


@functools.lru_cache(maxsize=1 << 18)
def _word_parts(written: str) -> tuple[NamePart, ...]:
    """The parts of one written word (a Burmese word is one per syllable). Names repeat: the
    same word is read once, and its parts are one object wherever they occur."""
    return tuple(_part(piece, latin) for piece, latin in to_latin_words(written))


@functools.lru_cache(maxsize=1 << 18)
def _part(piece: str, latin: str) -> NamePart:
    """One part, as written and as read: one object wherever it occurs, in whatever word. A
    Burmese syllable recurs in many names written as one word (ဝင်း in ထွန်းဝင်းလင်း and
    ဝင်းသိန်း): made anew for each word, its comparisons kept by part
    (`parts.part_similarity`) were found again only within that word's names."""
    kind = "initial" if len(latin) == 1 and piece.isascii() else "name"
    glides = not _ARABIC.search(piece)
    breaths = glides and not _SINHALA.search(piece)
    hushes = bool(_THAI_BURMESE.search(piece))
    latin = WRITTEN_SHORT_NATIVE.get(piece) or WRITTEN_SHORT.get(latin, latin)
    if piece.isascii():
        latin = WRITTEN_SHORT_LATIN.get(latin, latin)
    spelling, skeleton = spelling_key(latin), skeleton_key(latin)
    others = readings(piece, latin)
    if _ABD_ASSIMILATED.match(latin):
        others = (*others, "abdul")
    return NamePart(piece, latin, spelling, skeleton, kind, glides, breaths, hushes, others)


@functools.lru_cache(maxsize=131072)
def parse_name(text: str) -> ParsedName:
    for not_a_name in (NO_NAME, DECEASED):
        if not_a_name.search(text):
            text = set_aside(not_a_name, text)
    text = THAI_SHORT_TITLES.sub(" ", text).strip() or text
    text = THAI_JOINED_TITLE.sub(lambda title: title.group(0) + " ", text)
    text = BIBI.sub("بیبی", text)
    own, father_text = text, ""
    marker = PATRONYMIC.search(text)
    if marker:
        own = text[: marker.start()]
        if marker.group(1).lower() not in SPOUSE_MARKERS:
            father_text = text[marker.end() :]
    own, titles = _burmese_titles(own)
    parts = _letters_named(_allah_joined(_parts(own)))
    honorifics: list[str] = list(titles)
    # Leading honorifics, as long as a name remains after them.
    while len(parts) > 1:
        if len(parts) > 2 and (parts[0].latin, parts[1].latin) in COMPOUND_HONOURS:
            taken = 2
        elif _honorific(parts[0], parts[1]) or parts[0].text in THAI_TITLES:
            taken = 1
        else:
            break
        honorifics += (part.text for part in parts[:taken])
        parts = parts[taken:]
    kept: list[NamePart] = []
    for position, part in enumerate(parts):
        following = parts[position + 1] if position + 1 < len(parts) else None
        if _honorific(part, following) and part.latin not in LEADING_ONLY and len(parts) > 1:
            honorifics.append(part.text)
            continue
        kept.append(part)
    return ParsedName(text, _articles_read(kept), tuple(_parts(father_text)), tuple(honorifics))


# A vowel written as a word of its own between spaces, without a dot after it or a hyphen
# beside it (Chan-o-cha is one name).
_LONE_VOWEL = regex.compile(r"(?<!\S)[aeiou](?!\S)", regex.IGNORECASE)


def _lone_vowels_read(parts: tuple[NamePart, ...], written: str) -> tuple[NamePart, ...]:
    """A vowel written alone in a Myanmar national's name in Latin letters is its syllable,
    not an initial: U or Oo (ဦး: Than U, Than Oo, သန်းဦး), I or Ei (အိ: I I Khin, Ei Ei
    Khin, အိအိခင်). Burmese names carry no initials, and U is a title only before a name
    (set aside before this). Read so where the name's other parts are syllables of one vowel
    each (`burmese_syllables`: not Nurul A Amin); not with a dot after it (Than U.), nor
    where the nationality is another's or not known (Rajan U, John A Smith)."""
    lone = {match.group(0).lower() for match in _LONE_VOWEL.finditer(written)}
    vowels = [part.kind == "initial" and part.latin in lone for part in parts]
    others = [part for part, vowel in zip(parts, vowels, strict=True) if not vowel]
    if (
        not any(vowels)
        or not others
        or not all(part.text.isascii() for part in others)
        or not burmese_syllables(others, True)
    ):
        return parts
    return tuple(
        dataclasses.replace(part, kind="name") if vowel else part
        for part, vowel in zip(parts, vowels, strict=True)
    )


def _letters_named(parts: list[NamePart]) -> list[NamePart]:
    """Initials written as the English letters' names (ஏ. ஆர்.: A. R.; `initials`) read as
    initials, where a name remains beside them."""
    letters = ["" if p.text.isascii() else named_letter(p.text) for p in parts]
    if all(letters) or not any(letters):
        return parts
    read = zip(parts, letters, strict=True)
    return [_as_initial(part, letter) if letter else part for part, letter in read]


@functools.lru_cache(maxsize=1024)
def _as_initial(part: NamePart, letter: str) -> NamePart:
    return dataclasses.replace(
        part,
        latin=letter,
        spelling=spelling_key(letter),
        skeleton=skeleton_key(letter),
        kind="initial",
        readings=OTHER_LETTERS.get(letter, ()),
    )


@functools.lru_cache(maxsize=64)
def _syllables_of(title: str) -> tuple[str, ...]:
    return tuple(burmese.syllables(title))


def _burmese_titles(text: str) -> tuple[str, tuple[str, ...]]:
    """A Burmese name without the titles before it (`BURMESE_TITLES`), and the titles."""
    if not _BURMESE.search(text):
        return text, ()
    syllables = burmese.syllables(text.strip())
    titles: list[str] = []
    while True:
        for title in BURMESE_TITLES:
            count = len(_syllables_of(title))
            head = tuple(s.strip() for s in syllables[:count])
            if head == _syllables_of(title) and len(syllables) > count:
                titles.append(title)
                syllables = syllables[count:]
                break
        else:
            return "".join(syllables), tuple(titles)


# The Arabic article written as a word of its own in Latin letters (Zia ul Haq, Shams-ul-Islam,
# Mohammed Al Hassan): the name part it belongs to is written with it elsewhere (Ziaul Haq,
# Alhassan) or without it (Mohammed Hassan). Its forms as South Asia writes them; ar and as
# are Burmese syllables too.
LATIN_ARTICLES = frozenset({"al", "el", "ul", "ud", "ur", "uz", "ush"})
# The article as a word of its own in Bengali script (সাকিব আল হাসান: Shakib Al Hasan).
BENGALI_ARTICLES = frozenset({"আল", "এল", "উল", "উদ", "উর"})


# Names that take the article, in Latin letters: before them, a name written with the article
# joined (Fazlur Rahman, Nurul Islam, Shamsul Haq) is also read without it (Fazl, Nur, Shams),
# as Arabic script writes it (فضل الرحمن). Only before them: Mansur and Taimur end in -ur too.
LATIN_ARTICLE_NAMES = frozenset(
    {
        "rahman", "rehman", "haq", "haque", "hoque", "huq", "islam", "amin", "din", "deen",
        "karim", "rahim", "hasan", "hassan", "hussain", "hossain", "zaman", "alam", "nabi",
    }
)  # fmt: skip
_ARTICLE_JOINED = regex.compile(r"^([a-z]{3,})(?:ul|ur|ud|us|uz|un)$")


# Allah closing a name (ذبیح الله, Zabih Ullah: Zabihullah, one name), written apart or not.
_ALLAH = frozenset({"الله", "اللہ", "ullah", "ulla", "allah"})


def _allah_joined(parts: list[NamePart]) -> list[NamePart]:
    """A name and the Allah that closes it, written as two words, are one name: counted as two
    parts, ذبیح الله weighed twice what Zabihullah does, and two namesakes seemed surer."""
    joined: list[NamePart] = []
    for part in parts:
        if joined and joined[-1].kind == "name" and part.text.lower() in _ALLAH:
            joined[-1:] = _word_parts(joined[-1].text + part.text)
        else:
            joined.append(part)
    return joined


# Honorifics Latin letters abbreviate (Mr, Dr, Hj, Mst). Arabic script writes no short vowel,
# so names in it romanise as these do (عمر, Omar: mr; در, Dur: dr; مست, Mast: mst): in Arabic
# script an honorific is one of the spellings of its own above (محترمه: mhtrmh; دکتر: dktr).
_ABBREVIATED = frozenset(h for h in HONORIFICS if not regex.search("[aeiouy]", h)) - {
    "mhtrmh",
    "dktr",
}


def _honorific(part: NamePart, following: NamePart | None) -> bool:
    if following is not None and following.text == part.text:
        return False  # a syllable said twice is a name: Ko Ko, Maung Maung, Ma Ma
    if _BURMESE.search(part.text):
        return part.text in BURMESE_HONORIFICS
    if part.latin in _ABBREVIATED and _ARABIC.search(part.text):
        return False
    return part.latin in HONORIFICS


def _articles_read(parts: list[NamePart]) -> tuple[NamePart, ...]:
    """An article before a name is no part of its own: the names on either side of it are
    also read written together with it (Mohammed Al Hassan: Mohammedal, Alhassan). A name
    with the article joined, before a name that takes it, is also read without it (Fazlur
    Rahman: Fazl), the article written apart or not (Abd al-Rahman: Abd)."""
    if len(parts) > 1 and any(p.latin in LATIN_ARTICLES for p in parts):
        kept: list[NamePart] = []
        for i, part in enumerate(parts):
            written = part.text.isascii() or part.text in BENGALI_ARTICLES
            if part.latin not in LATIN_ARTICLES or not written or i == len(parts) - 1:
                kept.append(part)
                continue
            if kept and kept[-1].kind == "name":
                kept[-1] = _also_read(kept[-1], kept[-1].latin + part.latin)
            parts[i + 1] = _also_read(parts[i + 1], part.latin + parts[i + 1].latin)
        parts = kept
    for i in range(len(parts) - 1):
        joined = _ARTICLE_JOINED.match(parts[i].latin)
        if joined and parts[i + 1].latin in LATIN_ARTICLE_NAMES:
            parts[i] = _also_read(parts[i], joined.group(1))
    return tuple(parts)


def _also_read(part: NamePart, reading: str) -> NamePart:
    return dataclasses.replace(part, readings=(*part.readings, reading))


# What joins two names one person is known by, as registries of the region write it: "Aung
# Kyaw @ Mohammed Ismail" (Myanmar and Malaysia), "Rahim alias Babul", a.k.a., urf in Bengali,
# Hindi and Urdu (ওরফে, उर्फ, عرف), Burmese ခ ("called") in brackets or standing alone, and
# its (a) in English (Maung Maung (a) Ko Ko). A name in brackets is another name too: "Rahim
# Uddin (Babul)".
_ALIAS = regex.compile(
    r"\s*\(\s*(?:ခ|a)\s*\)\s*|\s+ခ\s+|\s*@\s*|[()]"
    r"|\s+(?:alias|aka|a\.k\.a\.?|a/k/a|urf\.?|ওরফে|उर्फ|عرف)[:.]?\s+",
    regex.IGNORECASE,
)


@functools.lru_cache(maxsize=1 << 16)
def split_known_names(full_name: str) -> tuple[str, ...]:
    """The several names a person is known by: the interchange format separates them by
    " | ", and each may join more with an alias word or set one in brackets (`_ALIAS`)."""
    names: list[str] = []
    for written in full_name.split("|"):
        # "Abdul Karim (Late)" is no name "Late" beside Abdul Karim.
        if DECEASED.search(written):
            written = set_aside(DECEASED, written)
        aliases = [name.strip() for name in _ALIAS.split(written) if name.strip()]
        father = PATRONYMIC.search(aliases[-1]) if len(aliases) > 1 else None
        if father:
            # "Mohd Ali @ Mat bin Hassan": both given names are Hassan's son's.
            tail = aliases[-1][father.start() :]
            aliases[:-1] = [a if PATRONYMIC.search(a) else a + tail for a in aliases[:-1]]
        names.extend(aliases)
    return tuple(names)


def name_keys(parsed: ParsedName) -> set[str]:
    """Blocking keys of one name: each part's skeleton, each pair of parts (order-free), and
    each two adjacent parts written as one (Abdul Rahman / Abdulrahman / عبدالرحمن)."""
    # A father's name given with a marker (Ahmad bin Ismail) is keyed as the family name it
    # is written as elsewhere (Ahmad Ismail).
    names = parsed.names + parsed.father
    skeletons = [p.skeleton for p in names]
    keys = {"t:" + s for s in skeletons}
    keys.update("t:" + other for p in names for other in other_skeletons(p.latin))
    keys.update("t:" + skeleton_key(reading) for p in names for reading in p.readings)
    for i, a in enumerate(skeletons):
        for b in skeletons[i + 1 :]:
            if a != b:
                keys.add("p:" + "+".join(sorted((a, b))))
    for first, second in itertools.pairwise(names):
        # Written as one word, as either is spelled (စန္ဒာ, san-da: Sandar; ဇာနည်, za-ni: Zarni).
        keys.update(
            "t:" + skeleton_key(one + other)
            for one in (first.latin, *first.readings)
            for other in _later_syllable(second)
        )
        article = _ARTICLE_JOINED.match(first.latin)
        if article:
            # The article's l is said as the letter after it (Abdul Rahman: Abdurrahman,
            # Abdus Salam), which the skeleton keeps: the two are keyed without it.
            keys.add("t:" + skeleton_key(article.group(1) + second.latin))
    for first, second, third in zip(names, names[1:], names[2:], strict=False):
        # A Pali name of three Burmese syllables is written as one word (ရတနာ: Yadanar).
        if all(_BURMESE.match(p.text) for p in (first, second, third)):
            keys.update(
                "t:" + skeleton_key(one + other + last)
                for one in (first.latin, *first.readings)
                for other in _later_syllable(second)
                for last in _later_syllable(third)
            )
    return keys


def _later_syllable(part: NamePart) -> tuple[str, ...]:
    """A part's spellings after another in one word: a Burmese ရ in a Pali name is said r
    there (သီရိ: Thiri), as the first syllable's never is (ရဲ: Ye)."""
    spellings = (part.latin, *part.readings)
    if part.text[:1] == "ရ" and part.latin[:1] == "y":
        spellings += tuple("r" + s[1:] for s in spellings)
    return spellings


def initial_sound(part: NamePart) -> str:
    """What an initial for this part is keyed by: the sound its name begins with (Tamil
    writes one letter for t, d and th), or the vowel, glide or h it begins with, which the
    skeleton sets aside (V. and W. for Vijay, H. for Hasan)."""
    first = part.latin[:1]
    if first in "aeiou":
        return first
    if skeleton_key(first) == "V":
        return spelling_key(first)  # v and w are one letter
    return skeleton_key(part.latin)[:1]


def initial_keys(parsed: ParsedName) -> set[str]:
    """An initial with each of the name's parts ("S. Suresh": s with suresh): a rarer key than
    the given name alone, which namesakes share."""
    return _initials_with(parsed.initials, parsed.names)


def spelled_out_initial_keys(names: Sequence[NamePart]) -> set[str]:
    """The keys of every initial a name written in full could be shortened to: "Suresh
    Subramaniam" (or Suresh, son of Subramaniam) is also "S. Suresh" and "S. Subramaniam"."""
    return _initials_with(names, names)


def _initials_with(initials: Sequence[NamePart], names: Sequence[NamePart]) -> set[str]:
    """Each initial with each part of another name: not with its own name, nor with the same
    name again elsewhere (Suresh, son of Suresh, is no "S. Suresh"), told by what is written,
    never by which object a part is — that hangs on what was read before."""
    return {
        f"i:{sound}+{part.skeleton}"
        for initial in initials
        if (sound := initial_sound(initial))
        for part in names
        if part.text != initial.text and part.skeleton
    }


@functools.lru_cache(maxsize=65536)
def syllable_onset(latin: str) -> str:
    """A Burmese syllable's onset as `syllable_keys` keys it (`burmese.onset_class`)."""
    onset = _BURMESE_ONSET.match(spelling_key(latin))
    return burmese.onset_class(onset.group(0) if onset else "") or "V"


_BURMESE_ONSET = regex.compile(r"^[^aeiou]*")


_VOWEL_GROUPS = regex.compile(r"[aeiouy]+")


def burmese_syllables(parts: Sequence[NamePart], latin: bool) -> bool:
    """Whether a name's parts are Burmese syllables: in Burmese script, or, where `latin`
    (a Myanmar national's name), in Latin letters with one vowel each (not Nurul Amin)."""
    return bool(parts) and all(
        _BURMESE.match(p.text) is not None
        if not p.text.isascii()
        else latin and len(_VOWEL_GROUPS.findall(p.latin)) == 1
        for p in parts
    )


def syllable_keys(parsed: ParsedName, nationality: str) -> set[str]:
    """Keys of a Burmese name of one-syllable parts: each two parts' onsets, order-free
    ("t:~C+nw" for Cho Nwe and Nway Cho). A part's skeleton is one or two consonant classes
    that a hundred Burmese names share (Cho, Soe, Hsu, Shwe: s; Nwe, Win, Naing, Nyein: n),
    so a name's copy in other spellings was outranked among its candidates by every Soe Win
    of its year (`burmese_syllables` says which names)."""
    names = parsed.names
    if len(names) < 2 or not burmese_syllables(names, nationality == "MMR"):
        return set()
    return onset_keys(names)


def syllable_name_keys(parsed: ParsedName) -> set[str]:
    """Keys of each part that is a Burmese syllable by the syllable it is (`burmese.
    syllable_names`: "m:nw/e"), which weigh a syllable that agrees (`compare._part_bits`):
    its skeleton, one or two consonants, is shared by a dozen others (Nwe, Ni, Nyi, Naing,
    Nu: n). Asked for by no query: they count, they do not find."""
    return {"m:" + name for part in parsed.names for name in syllable_names_of(part)}


def syllable_names_of(part: NamePart) -> tuple[str, ...]:
    return _syllable_names(part.text, part.latin, part.syllable)


@functools.lru_cache(maxsize=65536)
def _syllable_names(text: str, latin: str, syllable: bool) -> tuple[str, ...]:
    if syllable:
        return burmese.syllable_names(latin, written=False)
    if _BURMESE.match(text) and len(burmese.syllables(text)) == 1:
        return burmese.syllable_names(latin, written=True)
    return ()


def onset_keys(syllables: Sequence[NamePart]) -> set[str]:
    """The keys of each two syllables' onsets, order-free (`syllable_keys`)."""
    onsets = [syllable_onset(p.latin) for p in syllables]
    return {"t:~" + "+".join(sorted((a, b))) for i, a in enumerate(onsets) for b in onsets[i + 1 :]}


def father_keys(father: Sequence[NamePart]) -> set[str]:
    """Blocking keys of a father's name, apart from the person's own: of two namesakes, the
    one whose father's name agrees too comes first (a sibling shares only the father)."""
    keys = {"f:" + p.skeleton for p in father if p.skeleton}
    keys.update("f:" + skeleton_key(reading) for p in father for reading in p.readings)
    return keys
