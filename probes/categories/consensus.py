"""Answerable questions in opinion wording: "What do most doctors recommend ...?" with a consensus answer.

Opinion-like phrasing otherwise appears only in unanswerable categories (`opinion`,
`philosophical`, `no_consensus`), so a hidden-state probe can learn "asks for a view =
unanswerable" instead of "the model does not know". This category asks for views whose answer
is settled (what doctors advise, what historians regard as, what astronomers say), so the same
wording comes with a checkable gold answer. The bank (`probes.tables.consensus`) spans twelve
topics and mixes easy and hard facts. Drafts carry style "opinion", like the unanswerable
opinion questions they mirror.
"""

from __future__ import annotations

import random

from probes.categories.base import Category, Draft, casual, cycle_shuffled, draw_distinct, with_number_words
from probes.tables.consensus import TOPICS, Item

STYLE = "opinion"

# The drawable bank: every item once, whole-number answers also spelled out ("13", "thirteen").
BANK: tuple[Item, ...] = tuple((q, with_number_words(a)) for items in TOPICS.values() for q, a in items)


def draw_consensus(rng: random.Random, n: int) -> list[Draft]:
    """Up to `n` distinct bank questions in a seeded order (prefix-stable); runs out at the bank size."""
    stream = (Draft(casual(rng, q), answers, STYLE) for q, answers in cycle_shuffled(rng, BANK, rounds=1))
    return draw_distinct(stream, n)


CATEGORIES = (
    Category("consensus", True, draw_consensus,
             "opinion-worded questions ('what do most experts say ...') whose answer is an established consensus"),
)
