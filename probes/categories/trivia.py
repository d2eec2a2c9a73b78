"""Answerable general-knowledge trivia: a hand-written bank of pub-quiz and TriviaQA-style questions.

The other answerable categories are narrow and template-made (capitals, authors, element symbols,
arithmetic, unit conversions, astronomy, geography, creators of works), so a hidden-state probe
trained on them can learn "template-shaped factoid = answerable" and fail on the trivia people
really ask. The bank (`probes.tables.trivia`) spans many topics with varied, natural phrasing and
mixes easy, medium and hard facts so small models get some right and some wrong.
"""

from __future__ import annotations

from probes.categories.base import bank_category, bank_of
from probes.tables.trivia import TOPICS

BANK = bank_of(TOPICS)
CATEGORIES = (bank_category("trivia", BANK, "factoid",
                            "general-knowledge trivia in natural quiz phrasing, many topics"),)
draw_trivia = CATEGORIES[0].draw
