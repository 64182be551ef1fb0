"""Values kept for the very objects they were made from, found by the objects' ids.

A word's parts are one object wherever the word recurs and a name's text is parsed once into
one object, so an id finds them cheaper than a part's fields can be hashed. The objects are
kept alive with their entry, so no other object can take their ids while it lives."""

import operator
from collections.abc import Callable
from typing import Any

Kept = dict[tuple[int, ...], tuple[tuple[object, ...], Any]]


def kept[T](store: Kept, objects: tuple[Any, ...], make: Callable[..., T], limit: int) -> T:
    """`make(*objects)`, made once while it is kept; the store is emptied past `limit`."""
    key = tuple(map(id, objects))
    cached = store.get(key)
    if cached is not None and all(map(operator.is_, cached[0], objects)):
        value: T = cached[1]
        return value
    value = make(*objects)
    if len(store) > limit:
        store.clear()
    store[key] = (objects, value)
    return value
