"""The word-problem bank shared by the answerable and missing-quantity categories.

Each `WordProblem` is a complete template ({n} a name, {a} {b} {c} numbers drawn by `slots`,
answer from `solve`) plus variants that leave one quantity vague ("some", "more than 8",
"a few"). Scenarios are this project's own; add new ones at the end to keep old seeds stable.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from probes.categories.base import words

NAMES = words("""
Maya, Tom, Priya, Lucas, Aisha, Ben, Sofia, Omar, Lena, Jack, Mei, Diego, Hannah, Kofi, Nora, Ravi, Emma,
Yusuf, Clara, Leo
""")


@dataclass(frozen=True)
class WordProblem:
    """A template with {n} (a name) and {a} {b} {c}; `missing` variants drop one quantity."""

    text: str
    missing: tuple[str, ...]
    slots: Callable[[random.Random], tuple[int, int, int]]
    solve: Callable[[int, int, int], int]


def _multiple(rng: random.Random, lo: int, hi: int, klo: int, khi: int) -> tuple[int, int]:
    b = rng.randint(lo, hi)
    return b * rng.randint(klo, khi), b


PROBLEMS = (
    WordProblem(
        "{n} has {a} marbles and wins {b} more in a game. How many marbles does {n} have now?",
        (
            "{n} has some marbles and wins {b} more in a game. How many marbles does {n} have now?",
            "{n} has {a} marbles and wins a few more in a game. How many marbles does {n} have now?",
        ),
        lambda r: (r.randint(3, 60), r.randint(2, 40), 0),
        lambda a, b, c: a + b,
    ),
    WordProblem(
        "A bus leaves the depot with {a} passengers. At the first stop {b} people get off and {c} get on. "
        "How many passengers are on the bus now?",
        (
            "A bus leaves the depot with {a} passengers. At the first stop several people get off and {c} get on. "
            "How many passengers are on the bus now?",
            "A bus leaves the depot nearly full. At the first stop {b} people get off and {c} get on. "
            "How many passengers are on the bus now?",
        ),
        lambda r: (r.randint(25, 60), r.randint(2, 20), r.randint(1, 15)),
        lambda a, b, c: a - b + c,
    ),
    WordProblem(
        "{n} reads {a} pages every day. How many pages does {n} read in {b} days?",
        (
            "{n} reads a few pages every day. How many pages does {n} read in {b} days?",
            "{n} reads {a} pages every day. How many pages does {n} read over the holidays?",
        ),
        lambda r: (r.randint(5, 40), r.randint(2, 14), 0),
        lambda a, b, c: a * b,
    ),
    WordProblem(
        "A baker makes {a} muffins and packs them into boxes of {b}. How many boxes does the baker fill?",
        (
            "A baker makes a big batch of muffins and packs them into boxes of {b}. "
            "How many boxes does the baker fill?",
            "A baker makes {a} muffins and packs them into small boxes. How many boxes does the baker fill?",
        ),
        lambda r: (*_multiple(r, 4, 12, 3, 15), 0),
        lambda a, b, c: a // b,
    ),
    WordProblem(
        "{n} saved {a} dollars in March and {b} dollars in April, then spent {c} dollars on a gift. "
        "How many dollars does {n} have left?",
        (
            "{n} saved {a} dollars in March and {b} dollars in April, then spent some of it on a gift. "
            "How many dollars does {n} have left?",
            "{n} saved {a} dollars in March and a bit more in April, then spent {c} dollars on a gift. "
            "How many dollars does {n} have left?",
        ),
        lambda r: (r.randint(20, 90), r.randint(20, 90), r.randint(5, 39)),
        lambda a, b, c: a + b - c,
    ),
    WordProblem(
        "A garden has {a} rows of tomato plants with {b} plants in each row. How many tomato plants are in the garden?",
        (
            "A garden has several rows of tomato plants with {b} plants in each row. "
            "How many tomato plants are in the garden?",
            "A garden has {a} rows of tomato plants of different lengths. How many tomato plants are in the garden?",
        ),
        lambda r: (r.randint(3, 15), r.randint(4, 20), 0),
        lambda a, b, c: a * b,
    ),
    WordProblem(
        "A train travels at {a} kilometres per hour for {b} hours. How many kilometres does it travel?",
        (
            "A train travels at a steady speed for {b} hours. How many kilometres does it travel?",
            "A train travels at {a} kilometres per hour for most of the afternoon. How many kilometres does it travel?",
        ),
        lambda r: (r.randint(4, 16) * 10, r.randint(2, 9), 0),
        lambda a, b, c: a * b,
    ),
    WordProblem(
        "There are {a} students in a class and {b} of them are girls. How many boys are in the class?",
        (
            "There are {a} students in a class and more than half of them are girls. How many boys are in the class?",
            "There are lots of students in a class and {b} of them are girls. How many boys are in the class?",
        ),
        lambda r: (r.randint(20, 35), r.randint(5, 19), 0),
        lambda a, b, c: a - b,
    ),
    WordProblem(
        "{n} buys {a} notebooks that cost {b} dollars each. How many dollars does {n} spend?",
        (
            "{n} buys {a} notebooks and a few pens. How many dollars does {n} spend?",
            "{n} buys some notebooks that cost {b} dollars each. How many dollars does {n} spend?",
        ),
        lambda r: (r.randint(2, 12), r.randint(2, 9), 0),
        lambda a, b, c: a * b,
    ),
    WordProblem(
        "A library had {a} books. It bought {b} new books and gave away {c} old ones. "
        "How many books does the library have now?",
        (
            "A library had {a} books. It bought {b} new books and gave away a box of old ones. "
            "How many books does the library have now?",
            "A library had thousands of books. It bought {b} new books and gave away {c} old ones. "
            "How many books does the library have now?",
        ),
        lambda r: (r.randint(200, 900), r.randint(10, 90), r.randint(10, 90)),
        lambda a, b, c: a + b - c,
    ),
    WordProblem(
        "{n} is {a} years old. {n}'s brother is {b} years older. How old is {n}'s brother?",
        (
            "{n} is {a} years old. {n}'s brother is a few years older. How old is {n}'s brother?",
            "{n}'s brother is {b} years older than {n}. How old is {n}'s brother?",
        ),
        lambda r: (r.randint(6, 40), r.randint(2, 9), 0),
        lambda a, b, c: a + b,
    ),
    WordProblem(
        "A tank holds {a} litres of water. A pump drains {b} litres every minute. "
        "How many minutes does it take to empty the full tank?",
        (
            "A tank holds {a} litres of water. A pump drains it at a steady rate. "
            "How many minutes does it take to empty the full tank?",
            "A large tank is full of water. A pump drains {b} litres every minute. "
            "How many minutes does it take to empty the full tank?",
        ),
        lambda r: (*_multiple(r, 5, 25, 4, 20), 0),
        lambda a, b, c: a // b,
    ),
    WordProblem(
        "{n} is filling party bags with {b} sweets in each bag. With {a} lemon sweets and {c} cherry "
        "sweets, how many full party bags can {n} make?",
        (
            "{n} is filling party bags with at least {b} sweets in each bag. With {a} lemon sweets and {c} cherry "
            "sweets, how many full party bags can {n} make?",
            "{n} is filling party bags with {b} sweets in each bag. With {a} lemon sweets and a jar of cherry "
            "sweets, how many full party bags can {n} make?",
        ),
        lambda r: (r.randint(10, 50), r.randint(4, 9), r.randint(10, 50)),
        lambda a, b, c: (a + c) // b,
    ),
    WordProblem(
        "Each rowing boat can carry {b} people. {a} campers and {c} instructors want to cross the lake at "
        "the same time. How many boats do they need?",
        (
            "Each rowing boat can carry {b} people. A big group of campers and {c} instructors want to cross the "
            "lake at the same time. How many boats do they need?",
            "Each rowing boat can carry a small group. {a} campers and {c} instructors want to cross the lake at "
            "the same time. How many boats do they need?",
        ),
        lambda r: (r.randint(15, 60), r.randint(5, 12), r.randint(2, 6)),
        lambda a, b, c: math.ceil((a + c) / b),
    ),
    WordProblem(
        "{n} owns {a} paperbacks and {c} hardbacks. Each shelf holds {b} books. "
        "How many shelves can {n} fill completely?",
        (
            "{n} owns {a} paperbacks and not quite as many hardbacks. Each shelf holds {b} books. "
            "How many shelves can {n} fill completely?",
            "{n} owns {a} paperbacks and {c} hardbacks. Each shelf holds a good number of books. "
            "How many shelves can {n} fill completely?",
        ),
        lambda r: (r.randint(12, 48), r.randint(5, 9), r.randint(6, 30)),
        lambda a, b, c: (a + c) // b,
    ),
    WordProblem(
        "A farmer has {a} chickens. Each chicken lays {b} eggs a week. How many eggs are laid in a week?",
        (
            "A farmer has a flock of chickens. Each chicken lays {b} eggs a week. How many eggs are laid in a week?",
            "A farmer has {a} chickens. Each chicken lays a few eggs a week. How many eggs are laid in a week?",
        ),
        lambda r: (r.randint(6, 40), r.randint(3, 6), 0),
        lambda a, b, c: a * b,
    ),
    WordProblem(
        "A rope is {a} metres long. {n} cuts it into pieces that are {b} metres long. How many pieces does {n} get?",
        (
            "A long rope is lying in the shed. {n} cuts it into pieces that are {b} metres long. "
            "How many pieces does {n} get?",
            "A rope is {a} metres long. {n} cuts it into equal pieces. How many pieces does {n} get?",
        ),
        lambda r: (*_multiple(r, 2, 6, 3, 12), 0),
        lambda a, b, c: a // b,
    ),
    WordProblem(
        "A cinema has {a} rows with {b} seats in each row, and {c} seats are taken. How many seats are free?",
        (
            "A cinema has {a} rows with {b} seats in each row, and most seats are taken. How many seats are free?",
            "A cinema has {a} rows of seats, and {c} seats are taken. How many seats are free?",
        ),
        lambda r: (r.randint(8, 20), r.randint(10, 24), r.randint(20, 79)),
        lambda a, b, c: a * b - c,
    ),
)
