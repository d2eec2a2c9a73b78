"""Probe categories: each module contributes `CATEGORIES`, gathered here in a fixed order.

Answerable controls come from fact tables or generators with gold answers; unanswerable
categories cover the ways a question can be impossible to answer. The order is part of suite
determinism: append new categories, do not reorder.
"""

from __future__ import annotations

from probes.categories import (
    arithmetic,
    false_premise,
    future,
    hypothetical,
    invented,
    no_consensus,
    opinion,
    people,
    places,
    science,
    trivia,
    unknowable,
    vague,
    word_problems,
)
from probes.categories.base import Category, Draft

ALL: tuple[Category, ...] = (
    *places.CATEGORIES,
    *science.CATEGORIES,
    *people.CATEGORIES,
    *arithmetic.CATEGORIES,
    *word_problems.CATEGORIES,
    *invented.CATEGORIES,
    *future.CATEGORIES,
    *unknowable.CATEGORIES,
    *false_premise.CATEGORIES,
    *vague.CATEGORIES,
    *opinion.CATEGORIES,
    *trivia.CATEGORIES,
    *no_consensus.CATEGORIES,
    *hypothetical.CATEGORIES,
)
BY_NAME: dict[str, Category] = {c.name: c for c in ALL}
ANSWERABLE: tuple[Category, ...] = tuple(c for c in ALL if c.answerable)
UNANSWERABLE: tuple[Category, ...] = tuple(c for c in ALL if not c.answerable)

__all__ = ["ALL", "ANSWERABLE", "BY_NAME", "UNANSWERABLE", "Category", "Draft"]
