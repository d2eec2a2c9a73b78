"""Abstention detection: did the answer decline to give an answer?

Decided from the head of the answer (its first sentence, plus the next when the first is a short
preamble such as "Great question!"), so a confident claim followed by a late caveat still counts
as an answer. A head that abstains but then commits to a guess ("I'm not sure, but I think it is
Paris") is an answer too. The phrase lists live in `probes.phrases`, one regex per line, so they
are easy to extend as labelled answers come in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from probes.normalize import fold
from probes.phrases import HEDGE, expand, parse

PATTERNS: dict[str, tuple[str, ...]] = parse()
HEDGED_GUESS: str = expand(HEDGE)

SHORT_ANSWERS = frozenset({"", "unknown", "unknowable", "n/a", "na", "none", "no answer", "idk", "i dont know",
                           "not sure", "nobody knows", "no one knows", "uncertain", "unclear"})


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str]]:
    pats = tuple((reason, re.compile(p)) for reason, group in PATTERNS.items() for p in group)
    return pats, re.compile(HEDGED_GUESS)


def _sentences(text: str) -> list[str]:
    """Folded sentences; splits on sentence punctuation and line breaks."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [f for f in (fold(p) for p in parts) if f]


def _head(sentences: list[str]) -> str:
    if not sentences:
        return ""
    head = sentences[0]
    if len(sentences) > 1 and (len(head.split()) <= 8 or head.endswith("!")):
        head = f"{head} {sentences[1]}"
    return head


def abstention_reason(text: str) -> str | None:
    """Why the answer counts as an abstention (a key of PATTERNS or "empty"), or None."""
    sentences = _sentences(text)
    joined = " ".join(sentences)
    bare = re.sub(r"[^\w\s/]", "", joined).strip()
    if bare in SHORT_ANSWERS:
        return "empty" if not bare else "uncertain"
    head = _head(sentences)  # a prefix of `joined`
    patterns, _ = _compiled()
    for reason, pattern in patterns:
        m = pattern.search(head)
        if m is not None:
            return None if _hedged_guess(joined, m.end()) else reason
    return None


def _hedged_guess(joined: str, after: int) -> bool:
    """A "but/however" clause after the abstaining phrase that commits to an answer."""
    patterns, hedge = _compiled()
    h = hedge.search(joined, after)
    if h is None:
        return False
    stop = re.search(r"[.!?]", joined[h.end() :])
    clause = joined[h.start() : h.end() + (stop.start() if stop else len(joined))]
    return not any(p.search(clause) for r, p in patterns if r not in ("premise", "refusal"))


def is_abstention(text: str) -> bool:
    """True when the answer declines (don't know, no record, unknowable, refusal, rejects premise)."""
    return abstention_reason(text) is not None
