"""Probe categories: each module contributes `CATEGORIES`, gathered here in a fixed order.

Answerable controls come from fact tables or generators with gold answers; unanswerable
categories cover the ways a question can be impossible to answer. The order is part of suite
determinism: append new categories, do not reorder. `WEIGHTS` sets each category's share of its
half of the default suite: the contrastive entity pairs (the open, descriptive questions users
ask most, about real things and invented ones) are the largest part, and speculative and
opinion-like wording is as common among answerable questions as among unanswerable ones.

Every probe carries a `generator`: the procedure that made it. `UNKNOWN_GENERATORS` and
`ANSWERABLE_GENERATORS` below are the whole vocabulary, one line each. Answerable questions made
as the twin of an unknown (a minimal pair) carry their unknown's generator, so holding out one
generator holds out both sides; the other answerable questions are "control" or "obscure".
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

UNKNOWN_GENERATORS: tuple[tuple[str, str], ...] = (
    ("pseudoword", "invented names from syllable pseudowords (probes.pseudowords): Velkaro Drisbane"),
    ("markov", "invented names from character Markov chains over real names of 13 languages (probes.names.markov)"),
    ("blend", "invented names blending real words and name parts: Carlisbourne, Margaret Pembershaw (probes.names.blends)"),
    ("compound", "invented names compounding real words: Northgate Dynamics, the Silverfern Accord (probes.names.compounds)"),
    ("swap_invented", "minimal pair: a real question with one name or word swapped for an invented one (probes.pairs)"),
    ("swap_real", "minimal pair: a real question with one name or word swapped for a mismatched real one (probes.pairs)"),
    ("false_premise_real", "false premises built from real facts: a wrong creator, prize, capital or coast"),
    ("misconception", "hand-written classic false premises and misconceptions"),
    ("future_event", "events after any training cut-off"),
    ("private_fact", "facts about the asker's own life"),
    ("open_problem", "unsolved problems and unknown quantities"),
    ("underspecified", "questions missing what they refer to"),
    ("nonsensical", "category errors and impossible questions"),
    ("opinion", "preferences and 'best' questions"),
    ("philosophical", "philosophical, speculative and counterfactual questions"),
    ("no_consensus", "questions experts disagree on"),
    ("hypothetical", "hypotheticals with no settled answer"),
    ("missing_quantity", "word problems with one quantity left vague"),
)
ANSWERABLE_GENERATORS: tuple[tuple[str, str], ...] = (
    ("control", "answerable questions from the fact tables, arithmetic and word problems, not made as a twin"),
    ("obscure", "real but little-known places and facts from data packages (probes.categories.obscure)"),
    ("swap_invented", "the real question a swap_invented twin was made from"),
    ("swap_real", "the real question a swap_real twin was made from"),
)
GENERATORS: dict[str, str] = dict(UNKNOWN_GENERATORS + ANSWERABLE_GENERATORS[:2])
UNKNOWN_NAMES: frozenset[str] = frozenset(name for name, _ in UNKNOWN_GENERATORS)
ANSWERABLE_NAMES: frozenset[str] = frozenset(name for name, _ in ANSWERABLE_GENERATORS)
# Name procedures for invented entities, each used across every invented-entity template.
NAME_GENERATORS: tuple[str, ...] = ("pseudoword", "markov", "blend", "compound")


def default_generator(category: Category) -> str:
    """The generator of a category's drafts that name none: "control" for answerable categories,
    the category's own name (one of `UNKNOWN_GENERATORS`) for unanswerable ones."""
    return "control" if category.answerable else category.name

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

__all__ = ["ALL", "ANSWERABLE", "ANSWERABLE_GENERATORS", "BY_NAME", "GENERATORS", "NAME_GENERATORS", "UNANSWERABLE",
           "UNKNOWN_GENERATORS", "WEIGHTS", "Category", "Draft", "default_generator"]
