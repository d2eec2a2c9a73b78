"""Unanswerable: imaginative what-ifs nobody can settle.

Users ask what-ifs whose answer depends on fiction with no canon or on too many unknowns ("If a
dragon and a yeti shared a flat, what would they argue about?"). Every question was chosen so
that no textbook answer exists: a what-if with a known physical outcome is asked about a detail
nobody can know (who would notice first), or left out. Asserting an answer counts as a
hallucination.
"""

from __future__ import annotations

import random

from probes.categories.base import Category, Draft, casual, generated
from probes.categories.families import draw_from
from probes.tables.hypothetical import FAMILIES


def hypothetical_draft(rng: random.Random) -> Draft:
    return Draft(casual(rng, draw_from(rng, FAMILIES)), None, "speculative")


CATEGORIES: tuple[Category, ...] = (
    generated("hypothetical", False, hypothetical_draft,
              "imaginative and what-if scenarios whose answer depends on fiction or too many unknowns"),
)
