"""The syllable pseudo-word procedure, checked against the real-entity table: a pseudo-word
(`probes.pseudowords`) that is also no word, nor a word minus a short ending, of any real
entity's name or aliases, so an invented name never reads as a real one."""
from __future__ import annotations

import random
import re
from functools import lru_cache

from probes.normalize import fold
from probes.pseudowords import pseudo_name, pseudo_word
from probes.tables.entities import ENTITIES


@lru_cache(maxsize=1)
def table_words() -> frozenset[str]:
    """Every word of the real-entity table (names and aliases), folded to lowercase ASCII."""
    text = " ".join(e.name + " " + " ".join(a for _, aliases in e.facts for a in aliases) for e in ENTITIES)
    return frozenset(re.findall(r"[a-z]+", fold(text)))


def _clashes(word: str) -> bool:
    w = word.lower()
    return any(stem in table_words() for stem in {w, w[:-1], w[:-2]} if len(stem) >= 4)


def fresh_word(rng: random.Random, syllables: tuple[int, int] = (2, 3)) -> str:
    """A checked pseudo-word (capitalised) that is also no word of the real-entity table."""
    while True:
        word = pseudo_word(rng, syllables)
        if not _clashes(word):
            return word


def fresh_name(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """A checked pseudo-name (first and last) none of whose words is a word of the table."""
    while True:
        name = pseudo_name(rng)
        parts = tuple(name.split())
        if not any(_clashes(p) for p in parts):
            return name, parts
