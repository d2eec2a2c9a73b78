"""Answerable what-ifs: "What would happen if ...?" where physics, chemistry, biology or a rule decides.

Speculative phrasing otherwise appears only in unanswerable categories (`hypothetical`,
`philosophical`), so a hidden-state probe can learn "what-if wording = unanswerable" instead of
"the model does not know". Here every what-if has a known outcome (an ice cube floats, a second
yellow card is a red, sodium fizzes in water), graded against gold aliases. The bank
(`probes.tables.known_outcome`) spans ten topics and mixes everyday and harder outcomes. Drafts
carry style "speculative", like the unanswerable what-ifs they mirror.
"""

from __future__ import annotations

from probes.categories.base import bank_category, bank_of
from probes.tables.known_outcome import TOPICS

BANK = bank_of(TOPICS)
CATEGORIES = (bank_category("known_outcome", BANK, "speculative",
                            "what-if questions whose outcome is fixed by physics, chemistry, biology or a rule"),)
draw_known_outcome = CATEGORIES[0].draw
