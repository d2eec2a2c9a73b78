"""`Claim`: one claim of an answer, the data shared by splitting (`probes.claims.split`) and
rebuilding the answer from the claims kept (`probes.claims.kept`)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Claim:
    """One claim: its standalone `text`, its `span` (start, end) in the answer, the index of its
    `sentence`, and how it attaches to the claim before it in that sentence (`link`: "" for a
    sentence's first claim, else "and", "but", "semicolon", "relative", "participle",
    "appositive" or "resume"; `kept_text` uses it)."""

    text: str
    span: tuple[int, int]
    sentence: int
    link: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.span[0] < self.span[1]:
            raise ValueError(f"a claim needs a non-empty span, got {self.span}")
