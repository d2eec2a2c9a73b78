"""Answerable what-ifs: "What would happen if ...?" where physics, chemistry, biology or a rule decides.

Speculative phrasing otherwise appears only in unanswerable categories (`hypothetical`,
`philosophical`), so a hidden-state probe can learn "what-if wording = unanswerable" instead of
"the model does not know". Here every what-if has a known outcome (an ice cube floats, a second
yellow card is a red, sodium fizzes in water), graded against gold aliases. The bank
(`probes.tables.known_outcome`) spans ten topics and mixes everyday and harder outcomes. Drafts
carry style "speculative", like the unanswerable what-ifs they mirror.
"""

from __future__ import annotations

import random

from probes.categories.base import Category, Draft, casual, cycle_shuffled, draw_distinct, with_number_words
from probes.tables.known_outcome import TOPICS, Item

STYLE = "speculative"

# The drawable bank: every item once, whole-number answers also spelled out ("7", "seven").
BANK: tuple[Item, ...] = tuple((q, with_number_words(a)) for items in TOPICS.values() for q, a in items)


def draw_known_outcome(rng: random.Random, n: int) -> list[Draft]:
    """Up to `n` distinct bank questions in a seeded order (prefix-stable); runs out at the bank size."""
    stream = (Draft(casual(rng, q), answers, STYLE) for q, answers in cycle_shuffled(rng, BANK, rounds=1))
    return draw_distinct(stream, n)


CATEGORIES = (
    Category("known_outcome", True, draw_known_outcome,
             "what-if questions whose outcome is fixed by physics, chemistry, biology or a rule"),
)
