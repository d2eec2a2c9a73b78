"""The claim grader read against hand labels (the rules in `probes.claims.grading`'s docstring).

Two kinds of hand label, two questions. A reader's label ("supported", "contradicted",
"unverifiable") is judged from the entity's evidence alone, as the grader judges: it says how
well the grader reads the evidence (`reader_agreement`). A hand label ("true", "false",
"cannot-tell") is a judgement from general knowledge: it says whether what the grader calls
supported is true (`agreement`).

A hand label is "true", "false" or "cannot-tell" (a person's judgement from general knowledge,
not from the evidence). Conservative agreement compares every claim (grader supported <-> hand
true); lenient agreement compares only the claims the grader marks supported or contradicted
(true <-> supported, false <-> contradicted) and reports apart how many hand-true claims the
evidence leaves unverifiable (its coverage, not a grading error) and how many hand-true claims
the grader calls contradicted (the error that matters most), and how many of the claims the
grader calls supported are hand-true (what the conservative bound relies on).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from probes.claims.evidence import Evidence
from probes.claims.grading import ClaimLabel, label_claim

HAND_LABELS = ("true", "false", "cannot-tell")


@dataclass(frozen=True)
class Agreement:
    """How often the grader agrees with the hand labels, per counting rule."""

    claims: int
    conservative: float        # share of all claims where grader and hand agree
    lenient: float | None      # share of graded (supported/contradicted) claims that agree
    lenient_claims: int        # how many claims the grader marked supported or contradicted
    true_unverifiable: int     # hand-true claims the evidence does not cover
    true_contradicted: int     # hand-true claims the grader calls contradicted
    false_supported: int       # hand-false claims the grader calls supported
    supported_precision: float | None  # share of grader-supported claims that are hand-true


def agreement(pairs: Iterable[tuple[ClaimLabel | str, str]]) -> Agreement:
    """Agreement over (grader label, hand label) pairs."""
    rows = [(ClaimLabel(g), _hand(h)) for g, h in pairs]
    if not rows:
        raise ValueError("no labelled claims")
    conservative = sum((g is ClaimLabel.SUPPORTED) == (h == "true") for g, h in rows) / len(rows)
    graded = [(g, h) for g, h in rows if g is not ClaimLabel.UNVERIFIABLE and h != "cannot-tell"]
    lenient = (sum((g is ClaimLabel.SUPPORTED) == (h == "true") for g, h in graded) / len(graded)
               if graded else None)
    return Agreement(
        claims=len(rows), conservative=conservative, lenient=lenient, lenient_claims=len(graded),
        true_unverifiable=sum(g is ClaimLabel.UNVERIFIABLE and h == "true" for g, h in rows),
        true_contradicted=sum(g is ClaimLabel.CONTRADICTED and h == "true" for g, h in rows),
        false_supported=sum(g is ClaimLabel.SUPPORTED and h == "false" for g, h in rows),
        supported_precision=_share([h == "true" for g, h in rows if g is ClaimLabel.SUPPORTED]))


@dataclass(frozen=True)
class ReaderAgreement:
    """How often the grader reads the evidence as a reader of it does."""

    claims: int
    supported: float           # agreement on supported or not (what the conservative rule counts)
    exact: float               # agreement on all three labels
    precision: float | None    # share of grader-supported claims the reader calls supported
    recall: float | None       # share of reader-supported claims the grader calls supported


def reader_agreement(pairs: Iterable[tuple[ClaimLabel | str, ClaimLabel | str]]) -> ReaderAgreement:
    """Agreement over (grader label, reader label) pairs, both labels of `ClaimLabel`."""
    rows = [(ClaimLabel(g), ClaimLabel(r)) for g, r in pairs]
    if not rows:
        raise ValueError("no labelled claims")
    s = ClaimLabel.SUPPORTED
    return ReaderAgreement(
        claims=len(rows), supported=sum((g is s) == (r is s) for g, r in rows) / len(rows),
        exact=sum(g is r for g, r in rows) / len(rows),
        precision=_share([r is s for g, r in rows if g is s]),
        recall=_share([g is s for g, r in rows if r is s]))


def _share(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def _hand(label: str) -> str:
    if label not in HAND_LABELS:
        raise ValueError(f"a hand label is one of {HAND_LABELS}, got {label!r}")
    return label


def regrade(row: dict) -> ClaimLabel:
    """The grader's label of a hand-labelled row (question, claim, and the entity's evidence
    stored with it: name, aliases, kind, texts), so it needs no optional data package."""
    e = row["evidence"]
    evidence = Evidence(e["name"], tuple(e["aliases"]), tuple(e["texts"]), e["kind"])
    return label_claim(row["claim"], evidence, row["question"])
