"""Procedures that invent names, one per unknown generator, behind one interface.

Each `Procedure` makes a one-word name (`word`: "Velkaro", "Bergholm", "Carlisbourne",
"Northgate"), a short stem for suffixed names (`stem`: "velka" for "velkaprofen", "bergh" for
"berghium") and a person's name with its invented parts (`person`). The invented-entity
templates (`probes.categories.entity_names`, `probes.categories.invented`) and the minimal pairs
(`probes.pairs`) take any of them, so every procedure appears in every template family and style:

    pseudoword  syllable pseudo-words (`probes.pseudowords`), checked against the real tables
    markov      character Markov chains over real names of 13 languages (`probes.names.markov`)
    blend       a real name's head and a real name ending; real first name + blended surname
                (`probes.names.blends`)
    compound    two real English words as one name; real first name + compound surname
                (`probes.names.compounds`)
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from probes.names.blends import blend_name, blend_word
from probes.names.compounds import compound_name, compound_word
from probes.names.markov import markov_name, markov_word
from probes.names.pseudo import fresh_name, fresh_word
from probes.names.reality import is_real_token

VOWELS = frozenset("aeiouy")


@dataclass(frozen=True)
class Procedure:
    """A way of inventing names: a one-word name, a stem for suffixes, a person's name and parts."""

    name: str
    word: Callable[[random.Random], str]
    stem: Callable[[random.Random], str]
    person: Callable[[random.Random], tuple[str, tuple[str, ...]]]


def stem_of(word: str, longest: int = 6) -> str:
    """The front of a name up to a consonant after a vowel, 3 to `longest` letters, lowercase:
    "Falmingdean" -> "falmin", "Carlisbourne" -> "carlis", "Northgate" -> "north"."""
    w = word.lower().replace("-", "")
    cuts = [i for i in range(3, min(longest, len(w)) + 1) if w[i - 1] not in VOWELS and w[i - 2] in VOWELS]
    return w[: cuts[-1]] if cuts else w[:longest]


def _stemmed(word: Callable[[random.Random], str]) -> Callable[[random.Random], str]:
    def stem(rng: random.Random) -> str:
        while True:
            s = stem_of(word(rng))
            if len(s) >= 4 and not is_real_token(s):
                return s

    return stem


def _pseudo_stem(rng: random.Random) -> str:
    return fresh_word(rng, (2, 2))


PROCEDURES: dict[str, Procedure] = {
    "pseudoword": Procedure("pseudoword", fresh_word, _pseudo_stem, fresh_name),
    "markov": Procedure("markov", markov_word, _stemmed(markov_word), markov_name),
    "blend": Procedure("blend", blend_word, _stemmed(blend_word), blend_name),
    "compound": Procedure("compound", compound_word, _stemmed(compound_word), compound_name),
}

__all__ = ["PROCEDURES", "Procedure", "stem_of"]
