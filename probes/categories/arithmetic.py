"""Generated arithmetic probes (answerable): from 7 + 5 to 347 x 86, with numeric gold.

Three difficulty tiers drawn evenly, so a small model gets the easy third right and most of
the hard third wrong; calibration needs both. Answers are digits plus number words.
"""

from __future__ import annotations

import random

from probes.categories.base import Draft, casual, generated
from probes.categories.science import numeric

PHRASES = {
    "add": (
        "What is {a} + {b}?",
        "What is {a} plus {b}?",
        "What is the sum of {a} and {b}?",
        "Add {a} and {b}. What do you get?",
        "How much is {a} plus {b}?",
    ),
    "sub": (
        "What is {a} - {b}?",
        "What is {a} minus {b}?",
        "Subtract {b} from {a}.",
        "What do you get if you take {b} away from {a}?",
    ),
    "mul": (
        "What is {a} × {b}?",
        "What is {a} times {b}?",
        "What is {a} * {b}?",
        "What is the product of {a} and {b}?",
        "Multiply {a} by {b}.",
    ),
    "div": ("What is {a} ÷ {b}?", "What is {a} divided by {b}?", "How many times does {b} go into {a}?"),
    "square": ("What is {a} squared?", "What is the square of {a}?"),
    "percent": ("What is {b}% of {a}?", "What is {b} percent of {a}?"),
    "mixed": ("What is {a} × {b} + {c}?", "What is {c} + {a} × {b}?"),
}


def _easy(rng: random.Random) -> tuple[str, dict[str, int], int]:
    """(operation, template slots, exact integer result)."""
    op = rng.choice(("add", "sub", "mul"))
    a, b = rng.randint(2, 20), rng.randint(2, 12)
    if op == "add":
        return op, {"a": a, "b": b}, a + b
    if op == "sub":
        return op, {"a": a + b, "b": b}, a
    a = rng.randint(2, 9)
    return op, {"a": a, "b": b}, a * b


def _medium(rng: random.Random) -> tuple[str, dict[str, int], int]:
    op = rng.choice(("add", "sub", "mul", "div", "square"))
    a, b = rng.randint(21, 99), rng.randint(11, 99)
    if op == "add":
        return op, {"a": a, "b": b}, a + b
    if op == "sub":
        return op, {"a": max(a, b), "b": min(a, b)}, max(a, b) - min(a, b)
    if op == "mul":
        b = rng.randint(3, 9)
        return op, {"a": a, "b": b}, a * b
    if op == "div":
        q, d = rng.randint(6, 30), rng.randint(3, 12)
        return op, {"a": q * d, "b": d}, q
    a = rng.randint(11, 25)
    return op, {"a": a}, a * a


def _hard(rng: random.Random) -> tuple[str, dict[str, int], int]:
    op = rng.choice(("add", "sub", "mul", "mul", "square", "percent", "mixed"))
    if op == "add":
        a, b = rng.randint(1000, 9999), rng.randint(1000, 9999)
        return op, {"a": a, "b": b}, a + b
    if op == "sub":
        a, b = rng.randint(500, 999), rng.randint(101, 499)
        return op, {"a": a, "b": b}, a - b
    if op == "mul":
        a, b = rng.randint(101, 999), rng.randint(12, 99)
        return op, {"a": a, "b": b}, a * b
    if op == "square":
        a = rng.randint(26, 99)
        return op, {"a": a}, a * a
    if op == "percent":
        p, base = rng.choice((5, 10, 15, 20, 25, 30, 40, 75)), rng.randint(4, 60) * 20
        return op, {"a": base, "b": p}, base * p // 100
    a, b, c = rng.randint(12, 40), rng.randint(3, 19), rng.randint(10, 99)
    return op, {"a": a, "b": b, "c": c}, a * b + c


def arithmetic_draft(rng: random.Random) -> Draft:
    op, slots, value = rng.choice((_easy, _medium, _hard))(rng)
    question = rng.choice(PHRASES[op]).format(**slots)
    return Draft(casual(rng, question), numeric(value))


CATEGORIES = (generated("arithmetic", True, arithmetic_draft, "generated sums, products, squares and percentages"),)
