"""Places of birth: the old and new names of the region's towns, in any script."""

import functools

from rapidfuzz.distance import JaroWinkler

from .latin import skeleton_key, spelling_key, to_latin_words

# Towns renamed or spelled two ways in official use. Each set is one place.
ALIASES: tuple[frozenset[str], ...] = tuple(
    frozenset(names)
    for names in (
        {"chattogram", "chittagong"},
        {"dhaka", "dacca"},
        {"cumilla", "comilla"},
        {"bogura", "bogra"},
        {"barishal", "barisal"},
        {"jashore", "jessore"},
        {"coxsbazar", "coxbazar"},
        {"yangon", "rangoon"},
        {"sittwe", "akyab"},
        {"mawlamyine", "moulmein"},
        {"pathein", "bassein"},
        {"bago", "pegu"},
        {"dawei", "tavoy"},
        {"myeik", "mergui"},
        {"pyay", "prome"},
        {"kandahar", "qandahar"},
        {"mazarisharif", "mazaresharif", "mazar"},
        {"kandy", "mahanuwara"},
        {"jaffna", "yalpanam"},
        {"kolkata", "calcutta"},
        {"chennai", "madras"},
        {"mumbai", "bombay"},
        {"bangkok", "krungthep"},
        {"male", "maale"},
    )
)
_CANONICAL = {name: min(names) for names in ALIASES for name in names}


@functools.lru_cache(maxsize=65536)
def place_key(text: str) -> str:
    """One spelling per place: romanised, joined, aliases resolved."""
    joined = "".join(latin for _, latin in to_latin_words(text))
    return _CANONICAL.get(joined, joined)


def places_agree(a: str, b: str) -> bool | None:
    """True or False when both are known; None when either is missing."""
    if not a.strip() or not b.strip():
        return None
    key_a, key_b = place_key(a), place_key(b)
    if not key_a or not key_b:
        return None
    if key_a == key_b or skeleton_key(key_a) == skeleton_key(key_b):
        return True
    return JaroWinkler.similarity(spelling_key(key_a), spelling_key(key_b)) >= 0.9
