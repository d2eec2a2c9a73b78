"""Answerable place categories: capitals (both directions) and geography records.

Templates vary the way people ask ("Which city is the capital of Peru?", "I'm going to Peru -
what's its capital?", "Lima is the capital of which country?") and include open-ended asks with
a gold answer, mirroring the invented-place templates so answerability is not a matter of style.
"""

from __future__ import annotations

import random

from probes.categories.base import Category, Draft, casual, cycle_shuffled, draw_distinct, fact_rows, reserved_for_pairs
from probes.normalize import normalize
from probes.tables import Row, capitals, geography

THE_COUNTRIES = frozenset(
    {
        "United States",
        "United Kingdom",
        "Netherlands",
        "Philippines",
        "Bahamas",
        "Gambia",
        "Czech Republic",
        "Dominican Republic",
        "Central African Republic",
        "Republic of the Congo",
        "Democratic Republic of the Congo",
        "United Arab Emirates",
        "Solomon Islands",
    }
)

CAPITAL_OF = (
    "What is the capital of {c}?",
    "What's the capital city of {c}?",
    "Which city is the capital of {c}?",
    "Name the capital of {c}.",
    "The capital of {c} is which city?",
    "What city serves as the capital of {c}?",
    "I'm planning a trip to {c}. Which city is its capital?",
    "Do you know what the capital of {c} is?",
)
CAPITAL_OPEN = (
    "Tell me about the capital of {c}: which city is it, and what is it known for?",
    "Describe the capital city of {c}, starting with its name.",
)
COUNTRY_OF = (
    "{city} is the capital of which country?",
    "Which country has {city} as its capital?",
    "Of which country is {city} the capital city?",
    "{city} is a capital city. Which country is it in?",
)


def country_name(row: Row) -> str:
    """Display name with "the" where English uses it ("the Netherlands")."""
    return f"the {row.name}" if row.name in THE_COUNTRIES else row.name


def _reversible(row: Row) -> bool:
    """Skip "Kuwait City -> Kuwait" style pairs where the question gives the answer away."""
    return not set(normalize(row.answers[0]).split()) & set(normalize(" ".join(row.subject)).split())


def _capital(rng: random.Random, row: Row) -> Draft:
    c = country_name(row)
    roll = rng.random()
    if roll < 0.2 and _reversible(row):
        return Draft(rng.choice(COUNTRY_OF).format(city=row.answers[0]), row.subject)
    if roll < 0.38:
        return Draft(rng.choice(CAPITAL_OPEN).format(c=c), row.answers, "open_ended")
    return Draft(casual(rng, rng.choice(CAPITAL_OF).format(c=c)), row.answers)


def draw_capital(rng: random.Random, n: int) -> list[Draft]:
    return draw_distinct((_capital(rng, row) for row in cycle_shuffled(rng, capitals.ROWS)), n, skip=reserved_for_pairs)


def draw_geography(rng: random.Random, n: int) -> list[Draft]:
    return draw_distinct(fact_rows(rng, geography.ROWS), n)


CATEGORIES = (
    Category("capital", True, draw_capital, "capital cities of countries, and countries of capitals"),
    Category("geography", True, draw_geography, "largest/longest/highest, currencies, languages, landmarks"),
)
