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

from probes.categories.base import bank_category, bank_of
from probes.tables.consensus import TOPICS

BANK = bank_of(TOPICS)
CATEGORIES = (bank_category("consensus", BANK, "opinion",
                            "opinion-worded questions ('what do most experts say ...') whose answer is an established consensus"),)
draw_consensus = CATEGORIES[0].draw
