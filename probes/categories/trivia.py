"""Answerable general-knowledge trivia: a hand-written bank of pub-quiz and TriviaQA-style questions.

The other answerable categories are narrow and template-made (capitals, authors, element symbols,
arithmetic, unit conversions, astronomy, geography, creators of works), so a hidden-state probe
trained on them can learn "template-shaped factoid = answerable" and fail on the trivia people
really ask. The bank (`probes.tables.trivia`) spans many topics with varied, natural phrasing and
mixes easy, medium and hard facts so small models get some right and some wrong.
"""

from __future__ import annotations

import random

from probes.categories.base import Category, Draft, casual, cycle_shuffled, draw_distinct, with_number_words
from probes.tables.trivia import TOPICS, Item

# The drawable bank: every item once, whole-number answers also spelled out ("8", "eight").
BANK: tuple[Item, ...] = tuple((q, with_number_words(a)) for items in TOPICS.values() for q, a in items)


def draw_trivia(rng: random.Random, n: int) -> list[Draft]:
    """Up to `n` distinct bank questions in a seeded order (prefix-stable); runs out at the bank size."""
    stream = (Draft(casual(rng, question), answers) for question, answers in cycle_shuffled(rng, BANK, rounds=1))
    return draw_distinct(stream, n)


CATEGORIES = (Category("trivia", True, draw_trivia, "general-knowledge trivia in natural quiz phrasing, many topics"),)
