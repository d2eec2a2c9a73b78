"""Word problems: complete ones (answerable, numeric gold) and ones with a missing quantity.

Both categories draw from the same templates in `probes.tables.word_problems`. The
unanswerable twin replaces one number by a vague amount, the way real users' ill-posed problems
read, so the only difference a guard can learn is whether the question can be answered at all.
"""

from __future__ import annotations

import random

from probes.categories.base import Draft, generated
from probes.tables.word_problems import NAMES, PROBLEMS, WordProblem
from probes.categories.science import numeric


def _fill(rng: random.Random, problem: WordProblem, missing: bool) -> Draft:
    a, b, c = problem.slots(rng)
    slots = {"n": rng.choice(NAMES), "a": a, "b": b, "c": c}
    if missing:
        return Draft(rng.choice(problem.missing).format(**slots), None, "word_problem")
    return Draft(problem.text.format(**slots), numeric(problem.solve(a, b, c)), "word_problem")


def complete_problem(rng: random.Random) -> Draft:
    return _fill(rng, rng.choice(PROBLEMS), missing=False)


def missing_quantity_problem(rng: random.Random) -> Draft:
    return _fill(rng, rng.choice(PROBLEMS), missing=True)


CATEGORIES = (
    generated("word_problem", True, complete_problem, "complete arithmetic word problems"),
    generated("missing_quantity", False, missing_quantity_problem, "word problems with one quantity left vague"),
)
