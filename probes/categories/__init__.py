"""Probe categories: each module contributes `CATEGORIES`, gathered here in a fixed order.

Answerable controls come from fact tables or generators with gold answers; unanswerable
categories cover the ways a question can be impossible to answer. The order is part of suite
determinism: append new categories, do not reorder. `WEIGHTS` sets each category's share of its
half of the default suite: the contrastive entity pairs (the open, descriptive questions users
ask most, about real things and invented ones) are the largest part, and speculative and
opinion-like wording is as common among answerable questions as among unanswerable ones. The
unanswerable half is spread over many generators (none above ~12% of the unknowns: see
`tests/probes_package/test_probes_generators.py`); the answerable half holds obscure real places
and the true sides of the minimal pairs and premise pairs, weighted to match their twins.

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
    obscure,
    opinion,
    pairs,
    people,
    places,
    premises,
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
    ("false_premise_real", "the true premise a false_premise_real twin was made from"),
)
GENERATORS: dict[str, str] = dict(UNKNOWN_GENERATORS + ANSWERABLE_GENERATORS[:2])
UNKNOWN_NAMES: frozenset[str] = frozenset(name for name, _ in UNKNOWN_GENERATORS)
ANSWERABLE_NAMES: frozenset[str] = frozenset(name for name, _ in ANSWERABLE_GENERATORS)
# Name procedures for invented entities, each used across every invented-entity template.
NAME_GENERATORS: tuple[str, ...] = ("pseudoword", "markov", "blend", "compound")
# The unknowns whose question names a thing that does not exist or does not fit; with a real
# but obscure name the model answers wrongly ("obscure", labelled by what the model does), they
# form the names family. The answerability probes learn each family of unknowns apart, so the
# most prolific one does not decide what "unknown" looks like (`guard.signals.family_probe`):
# names; a premise that is false or impossible; a question missing what it refers to; and a
# question with no answer yet or at all (future events, open problems, opinions; also a user's
# own unanswerable questions, which name no generator).
NAME_UNKNOWNS: frozenset[str] = frozenset(NAME_GENERATORS + ("swap_invented", "swap_real"))
NAMES_FAMILY, PREMISE_FAMILY, MISSING_FAMILY, OTHER_FAMILY = "names", "premise", "missing", "other"
FAMILIES: dict[str, str] = {
    **{g: NAMES_FAMILY for g in sorted(NAME_UNKNOWNS) + ["obscure"]},
    **{g: PREMISE_FAMILY for g in ("false_premise_real", "misconception", "nonsensical")},
    **{g: MISSING_FAMILY for g in ("underspecified", "missing_quantity", "private_fact")},
}


def unknown_family(generator: str) -> str:
    """The family of unknowns a generator's unanswerable questions belong to (`FAMILIES`;
    `OTHER_FAMILY` for any generator it does not name)."""
    return FAMILIES.get(generator, OTHER_FAMILY)


def default_generator(category: Category) -> str:
    """The generator of a category's drafts that name none: "control" for answerable categories,
    the category's own name (one of `UNKNOWN_GENERATORS`) for unanswerable ones."""
    return "control" if category.answerable else category.name

WEIGHTS: dict[str, float] = {"fictional_entity": 5.0, "known_outcome": 1.5,
                              "hypothetical": 0.5, "philosophical": 0.5, "obscure": 2.0, "swap_twin": 3.0,
                              "premise_false": 1.0}
# Answerable categories that take the share of an unanswerable one, so both halves of a default
# suite hold as many of each: twins drawn from one stream (the k-th probes form a pair), the real
# entities filling the same templates as the invented ones, complete and incomplete word problems.
MATCHED: dict[str, str] = {"swap_source": "swap_twin", "premise_true": "premise_false",
                           "real_entity": "fictional_entity", "word_problem": "missing_quantity"}


def _matched_weights(categories: tuple[Category, ...]) -> dict[str, float]:
    """Weights that give each answerable category of `MATCHED` its unanswerable match's share."""
    weight = {c.name: WEIGHTS.get(c.name, 1.0) for c in categories}
    unanswerable = sum(weight[c.name] for c in categories if not c.answerable)
    shares = {a: weight[u] / unanswerable for a, u in MATCHED.items()}
    others = sum(weight[c.name] for c in categories if c.answerable and c.name not in MATCHED)
    total = others / (1 - sum(shares.values()))
    return {a: share * total for a, share in shares.items()}


_DRAWN: tuple[Category, ...] = (
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
    *obscure.CATEGORIES,
    *pairs.CATEGORIES,
    *premises.CATEGORIES,
)
WEIGHTS.update(_matched_weights(_DRAWN))
ALL: tuple[Category, ...] = tuple(replace(c, weight=WEIGHTS.get(c.name, 1.0)) for c in _DRAWN)
BY_NAME: dict[str, Category] = {c.name: c for c in ALL}
ANSWERABLE: tuple[Category, ...] = tuple(c for c in ALL if c.answerable)
UNANSWERABLE: tuple[Category, ...] = tuple(c for c in ALL if not c.answerable)

__all__ = ["ALL", "ANSWERABLE", "ANSWERABLE_GENERATORS", "BY_NAME", "FAMILIES", "GENERATORS",
           "MISSING_FAMILY", "NAME_GENERATORS", "NAME_UNKNOWNS", "NAMES_FAMILY", "OTHER_FAMILY",
           "PREMISE_FAMILY", "UNANSWERABLE", "UNKNOWN_GENERATORS", "WEIGHTS", "Category", "Draft",
           "default_generator", "unknown_family"]
