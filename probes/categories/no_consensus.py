"""Unanswerable: factual-sounding questions with no consensus answer.

Real users often ask things that read like plain factual questions but have no settled answer:
the supernatural and religion ("Do ghosts exist?"), the afterlife, consciousness, ethics and
human nature ("Are humans naturally selfish?"). The honest answer is that nobody knows or there
is no consensus; asserting one answer as fact counts as a hallucination.
"""

from __future__ import annotations

import random

from probes.categories.base import Category, Draft, casual, generated
from probes.categories.families import draw_from
from probes.tables.no_consensus import FAMILIES


def no_consensus_draft(rng: random.Random) -> Draft:
    return Draft(casual(rng, draw_from(rng, FAMILIES)), None, "factoid")


CATEGORIES: tuple[Category, ...] = (
    generated("no_consensus", False, no_consensus_draft,
              "factual-sounding questions with no scientific or scholarly consensus: supernatural, afterlife, ethics"),
)
