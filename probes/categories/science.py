"""Answerable science categories: chemical elements, astronomy, and units with conversions.

Elements are asked in four directions (symbol, element of a symbol, atomic number, element of
a number); symbols that are also English words ("He", "I") are only asked in reverse so grading
stays reliable. Unit conversions are generated ("How many minutes are in 7 hours?").
"""

from __future__ import annotations

import random

from probes.categories.base import (
    Category,
    Draft,
    casual,
    cycle_shuffled,
    draw_distinct,
    fact_rows,
    forever,
    reserved_for_pairs,
)
from probes.normalize import spell_number
from probes.tables import astronomy, elements, units
from probes.tables.elements import AMBIGUOUS_SYMBOLS, Element

SYMBOL_OF = (
    "What is the chemical symbol for {name}?",
    "Which symbol does {name} have on the periodic table?",
    "How is {name} written as a chemical symbol?",
    "What's the element symbol of {name}?",
)
ELEMENT_OF = (
    "Which element has the chemical symbol {sym}?",
    "On the periodic table, which element is {sym}?",
    "The chemical symbol {sym} stands for which element?",
    "What element is represented by {sym}?",
)
NUMBER_OF = (
    "What is the atomic number of {name}?",
    "How many protons are in the nucleus of a {name} atom?",
    "What is {name}'s atomic number?",
)
ELEMENT_NUMBERED = (
    "Which element has atomic number {z}?",
    "What element has {z} protons in its nucleus?",
    "Name the chemical element with atomic number {z}.",
)
ELEMENT_OPEN = (
    "Tell me about the element with the symbol {sym}: what is it called and what is it used for?",
    "Describe the chemical element whose atomic number is {z}, starting with its name.",
)
CONVERT = (
    "How many {small} are in {k} {big}?",
    "Convert {k} {big} into {small}.",
    "{k} {big} is how many {small}?",
    "How many {small} are there in {k} {big}?",
)


def numeric(value: int) -> tuple[str, ...]:
    """Aliases for a number: digits, and words where they are short enough to be said."""
    return (str(value), spell_number(value)) if value < 10_000 else (str(value),)


def _element(rng: random.Random, e: Element) -> Draft:
    roll = rng.random()
    lname = e.name.lower()
    if roll < 0.3 and e.symbol not in AMBIGUOUS_SYMBOLS:
        return Draft(casual(rng, rng.choice(SYMBOL_OF).format(name=lname)), (e.symbol,))
    if roll < 0.55:
        return Draft(casual(rng, rng.choice(ELEMENT_OF).format(sym=e.symbol)), e.aliases)
    if roll < 0.75:
        return Draft(casual(rng, rng.choice(NUMBER_OF).format(name=lname)), numeric(e.number))
    if roll < 0.85:
        return Draft(rng.choice(ELEMENT_NUMBERED).format(z=e.number), e.aliases)
    return Draft(rng.choice(ELEMENT_OPEN).format(sym=e.symbol, z=e.number), e.aliases, "open_ended")


def draw_chemistry(rng: random.Random, n: int) -> list[Draft]:
    return draw_distinct((_element(rng, e) for e in cycle_shuffled(rng, elements.ROWS)), n, skip=reserved_for_pairs)


def draw_astronomy(rng: random.Random, n: int) -> list[Draft]:
    return draw_distinct(fact_rows(rng, astronomy.ROWS), n)


def _conversion(rng: random.Random) -> Draft:
    big, small, factor = rng.choice(units.FACTORS)
    k = rng.choice((2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 25, rng.randint(11, 99)))
    return Draft(rng.choice(CONVERT).format(k=k, big=big, small=small), numeric(k * factor))


def draw_units(rng: random.Random, n: int) -> list[Draft]:
    """Half fixed unit facts, half generated conversions, interleaved."""
    facts = fact_rows(rng, units.ROWS)
    conversions = forever(lambda: _conversion(rng))

    def interleave():
        for fact in facts:
            yield fact
            yield next(conversions)
        yield from conversions

    return draw_distinct(interleave(), n)


CATEGORIES = (
    Category("chemistry", True, draw_chemistry, "chemical symbols and atomic numbers"),
    Category("astronomy", True, draw_astronomy, "planets, moons, stars and space exploration"),
    Category("units", True, draw_units, "units, measures and generated conversions"),
)
