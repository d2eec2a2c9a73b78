"""Weighted template families: the question generator behind the no_consensus and hypothetical
categories.

A family is templates crossed with rows of slot values (a hand-written bank is a family with one
template); a category draws a family by weight, then a template and a row. `pool_of` lists every
question a set of families can produce, so tests can check size and overlap exhaustively.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass

from probes.categories.base import sentence_case

Row = dict[str, str]


@dataclass(frozen=True)
class Family:
    """Templates filled from rows of slot values; `weight` is its share of the draws."""

    weight: float
    templates: tuple[str, ...]
    rows: tuple[Row, ...]

    def questions(self) -> list[str]:
        """Every question this family can produce."""
        return [sentence_case(t.format(**r)) for t in self.templates for r in self.rows]

    def draw(self, rng: random.Random) -> str:
        return sentence_case(rng.choice(self.templates).format(**rng.choice(self.rows)))


def grid(**lists: Sequence[str]) -> tuple[Row, ...]:
    """Every combination of the slot lists: grid(a=("x", "y"), b=("z",)) -> ({a: x, b: z}, {a: y, b: z})."""
    keys = list(lists)
    return tuple(dict(zip(keys, combo)) for combo in itertools.product(*(lists[k] for k in keys)))


def bank(questions: Sequence[str]) -> tuple[Row, ...]:
    """Rows for a family whose single template is the whole question."""
    return tuple({"q": q} for q in questions)


def bare(noun: str) -> str:
    """The noun without its article ("an ogre" -> "ogre")."""
    return noun.split(" ", 1)[1] if noun.split(" ", 1)[0] in ("a", "an") else noun


def unordered_pairs(items: Sequence[str]) -> tuple[Row, ...]:
    """Each pair of distinct items once ({a, b} with a listed before b)."""
    return tuple({"a": a, "b": b} for a, b in itertools.combinations(items, 2))


def draw_from(rng: random.Random, families: Sequence[Family]) -> str:
    family = rng.choices(families, weights=[f.weight for f in families])[0]
    return family.draw(rng)


def pool_of(families: Sequence[Family]) -> list[str]:
    """Distinct questions of the families, in first-seen order."""
    return list(dict.fromkeys(q for f in families for q in f.questions()))
