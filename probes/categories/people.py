"""Answerable "who made it" categories: authors of famous books, and creators (painters,
composers, inventors, discoverers).

The same question shapes are used with invented titles and inventions in
`probes.categories.invented`, so a guard cannot tell the answerable ones apart by wording.
"""

from __future__ import annotations

import random

from probes.categories.base import (
    Category,
    Draft,
    casual,
    cycle_shuffled,
    draw_distinct,
    reserved_for_pairs,
    sentence_case,
)
from probes.tables import Row, books, culture

AUTHOR_OF = (
    "Who wrote {t}?",
    "Who is the author of {t}?",
    'Who wrote "{t}"?',
    "{T} was written by whom?",
    "Name the author of {t}.",
    "Which writer is responsible for {t}?",
    "Do you know who wrote {t}?",
)
AUTHOR_OPEN = (
    "Tell me about the author of {t}: who was it, and what else did they write?",
    'Describe the writer behind "{t}", starting with their name.',
)
PAINTER_OF = (
    "Who painted {w}?",
    "Which artist painted {w}?",
    "{W} was painted by whom?",
    "Name the painter of {w}.",
    "Who is the artist behind {w}?",
)
COMPOSER_OF = (
    "Who composed {w}?",
    "Which composer wrote {w}?",
    "{W} was composed by whom?",
    "Name the composer of {w}.",
    "Who wrote the music of {w}?",
)
CREATOR_OPEN = (
    "Tell me about the person who created {w}: who were they, and how did it come about?",
    "Describe the life of the creator of {w}, starting with their name.",
)
INVENTOR_OF = (
    "Who {verb} {w}?",
    "Which person is credited with having {verb} {w}?",
    "{W} was {verb} by whom?",
    "Name the person who {verb} {w}.",
)


def _author(rng: random.Random, row: Row) -> Draft:
    title = rng.choice(row.subject)
    if rng.random() < 0.2:
        return Draft(rng.choice(AUTHOR_OPEN).format(t=title), row.answers, "open_ended")
    template = rng.choice(AUTHOR_OF)
    return Draft(casual(rng, template.format(t=title, T=sentence_case(title))), row.answers)


def draw_author(rng: random.Random, n: int) -> list[Draft]:
    return draw_distinct((_author(rng, row) for row in cycle_shuffled(rng, books.ROWS)), n, skip=reserved_for_pairs)


def _creator(rng: random.Random, kind: str, row: Row) -> Draft:
    if kind == "invention":
        verb, what = (p.strip() for p in row.name.split("|"))
    else:
        verb, what = "", row.name
    if rng.random() < 0.2:
        return Draft(rng.choice(CREATOR_OPEN).format(w=what), row.answers, "open_ended")
    templates = {"painting": PAINTER_OF, "music": COMPOSER_OF, "invention": INVENTOR_OF}[kind]
    text = rng.choice(templates).format(w=what, W=sentence_case(what), verb=verb)
    return Draft(casual(rng, text), row.answers)


def draw_creator(rng: random.Random, n: int) -> list[Draft]:
    rows = (
        [("painting", r) for r in culture.PAINTING_ROWS]
        + [("music", r) for r in culture.MUSIC_ROWS]
        + [("invention", r) for r in culture.INVENTION_ROWS]
    )
    return draw_distinct((_creator(rng, kind, row) for kind, row in cycle_shuffled(rng, rows)), n)


CATEGORIES = (
    Category("author", True, draw_author, "authors of famous books"),
    Category("creator", True, draw_creator, "painters, composers, inventors and discoverers"),
)
