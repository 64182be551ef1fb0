"""The audit hash chain, free of Django: each event's digest covers its content and the
digest of the event before it, so an edit, a deletion or a reordering breaks the chain."""

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


def event_digest(prev_hash: str, content: Mapping[str, Any]) -> str:
    canonical = json.dumps(
        {"prev": prev_hash, **content}, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainedEvent:
    seq: int
    prev_hash: str
    hash: str
    content: Mapping[str, Any]


@dataclass(frozen=True)
class Problem:
    seq: int
    kind: str  # "edited", "missing", "reordered", "truncated"
    detail: str


def verify_chain(events: Iterable[ChainedEvent], head_seq: int, head_hash: str) -> list[Problem]:
    """Check events in ascending seq order against each other and against the chain head."""
    problems: list[Problem] = []
    expected_seq = 1
    prev_hash = GENESIS
    for event in events:
        if event.seq != expected_seq:
            problems.append(
                Problem(
                    expected_seq,
                    "missing",
                    f"events {expected_seq}..{event.seq - 1} are missing (deleted)",
                )
            )
        if event.prev_hash != prev_hash:
            problems.append(Problem(event.seq, "reordered", "does not follow the event before it"))
        if event_digest(event.prev_hash, event.content) != event.hash:
            problems.append(Problem(event.seq, "edited", "content does not match its digest"))
        expected_seq = event.seq + 1
        prev_hash = event.hash
    if expected_seq - 1 < head_seq:
        problems.append(
            Problem(expected_seq, "truncated", f"events {expected_seq}..{head_seq} are missing")
        )
    elif prev_hash != head_hash and head_seq:
        problems.append(Problem(head_seq, "edited", "the last event does not match the chain head"))
    return problems
