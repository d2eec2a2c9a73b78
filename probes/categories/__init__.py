"""Probe categories: each module contributes `CATEGORIES`, gathered here in a fixed order.

Answerable controls come from fact tables or generators with gold answers; unanswerable
categories cover the ways a question can be impossible to answer. The order is part of suite
determinism: append new categories, do not reorder. `WEIGHTS` sets each category's share of its
half of the default suite: the contrastive entity pairs (the open, descriptive questions users
ask most, about real things and invented ones) are the largest part, and speculative and
opinion-like wording is as common among answerable questions as among unanswerable ones.
"""

from __future__ import annotations

from dataclasses import replace

from probes.categories import (
    arithmetic,
    consensus,
    entities,
    false_premise,
    future,
    hypothetical,
    invented,
    known_outcome,
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

WEIGHTS: dict[str, float] = {"real_entity": 5.0, "fictional_entity": 5.0, "known_outcome": 1.5,
                              "hypothetical": 0.5, "philosophical": 0.5}
ALL: tuple[Category, ...] = tuple(replace(c, weight=WEIGHTS.get(c.name, 1.0)) for c in (
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
    *entities.CATEGORIES,
    *consensus.CATEGORIES,
    *known_outcome.CATEGORIES,
))
BY_NAME: dict[str, Category] = {c.name: c for c in ALL}
ANSWERABLE: tuple[Category, ...] = tuple(c for c in ALL if c.answerable)
UNANSWERABLE: tuple[Category, ...] = tuple(c for c in ALL if not c.answerable)

__all__ = ["ALL", "ANSWERABLE", "BY_NAME", "UNANSWERABLE", "WEIGHTS", "Category", "Draft"]
