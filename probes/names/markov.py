"""Invented names from character Markov chains trained on real names of thirteen languages.

For each language of `probes.tables.name_lists` and each list (given names, surnames, place
names) an order-3 character model counts which letter follows each three-letter context
(names padded with start marks, ended by an end mark); sampling letter by letter with a caller's
`random.Random` gives names shaped like that language's real ones ("Bergholm", "Ovieda",
"Okunade"), deterministic by seed. A sample is kept only if it has 4 to 12 letters, differs from
every name it was trained on, and passes `probes.names.reality` (no lexicon word, no real-entity
word, no name of any shipped list). A person's given name and surname come from the same language.
Trained lazily, once per process. Leaves out scripts other than Latin (the lists are ASCII).
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from probes.names.reality import is_real_token
from probes.tables.name_lists import LANGUAGES, names

ORDER = 3
MIN_LEN = 6  # shorter samples too often spell a real name the lists miss
START, END = "^", "$"
LISTS = ("GIVEN_NAMES", "SURNAMES", "PLACE_NAMES")


@dataclass(frozen=True)
class Chain:
    """An order-`ORDER` letter model: for each context, the next letters and cumulative weights."""

    table: dict[str, tuple[tuple[str, ...], tuple[int, ...]]]
    trained_on: frozenset[str]


def train(words: tuple[str, ...], order: int = ORDER) -> Chain:
    """Count next-letter frequencies after each `order`-letter context (lowercase)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for word in words:
        w = START * order + word.lower() + END
        for i in range(order, len(w)):
            counts[w[i - order : i]][w[i]] += 1
    table = {}
    for ctx in sorted(counts):
        letters = tuple(sorted(counts[ctx]))
        cum, total = [], 0
        for letter in letters:
            total += counts[ctx][letter]
            cum.append(total)
        table[ctx] = (letters, tuple(cum))
    return Chain(table, frozenset(w.lower() for w in words))


@lru_cache(maxsize=None)
def chain(table: str, language: str) -> Chain:
    """The trained chain of one name list of one language (cached)."""
    return train(names(table, language))


def sample(rng: random.Random, model: Chain, order: int = ORDER, max_len: int = 12) -> str:
    """One raw sample (lowercase, may be a training name); "" if it ran past `max_len`."""
    ctx, out = START * order, []
    while len(out) <= max_len:
        letters, cum = model.table[ctx]
        letter = rng.choices(letters, cum_weights=cum)[0]
        if letter == END:
            return "".join(out)
        out.append(letter)
        ctx = ctx[1:] + letter
    return ""


def acceptable(word: str, model: Chain) -> bool:
    """Length, letters only (one inner hyphen allowed), novel, and not real."""
    core = word.replace("-", "", 1)
    return (MIN_LEN <= len(core) <= 12 and core.isalpha() and not word.startswith("-") and not word.endswith("-")
            and word not in model.trained_on and not is_real_token(word))


def markov_word(rng: random.Random, table: str = "", language: str = "") -> str:
    """A capitalised invented name from one list of one language (random ones when not given)."""
    language = language or rng.choice(LANGUAGES)
    table = table or rng.choice(("SURNAMES", "PLACE_NAMES"))
    model = chain(table, language)
    while True:
        word = sample(rng, model)
        if word and acceptable(word, model):
            return "-".join(part.capitalize() for part in word.split("-"))


def markov_name(rng: random.Random, language: str = "") -> tuple[str, tuple[str, ...]]:
    """A two-part personal name, given name and surname both invented in one language."""
    language = language or rng.choice(LANGUAGES)
    given = markov_word(rng, "GIVEN_NAMES", language)
    family = markov_word(rng, "SURNAMES", language)
    return f"{given} {family}", (given, family)
