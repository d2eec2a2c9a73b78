"""Opt-in signals that cost one extra forward pass per answer: P(IK) and P(True).

Name them in `Guard.fit(signals=...)` next to single-pass ones; the guard then computes them for
every question it asks or judges, and `run_suite(extra=...)` stores them in the records it
writes. They read the first-token yes/no odds, so they need the in-process HF backend
(`guard.self_eval` says why). Sampling consistency is not here: it costs k generations.
"""
from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from guard import self_eval
from guard.backends.base import Model

Extra = Callable[[Model, list[str], list[str], "str | None"], np.ndarray]

EXTRA: dict[str, Extra] = {
    "p_ik": lambda model, questions, answers, system: self_eval.p_ik(model, questions, system),
    "p_true": lambda model, questions, answers, system: self_eval.p_true(model, questions, answers, system),
}


def extra_names(names: Sequence[str]) -> tuple[str, ...]:
    return tuple(n for n in names if n in EXTRA)


def check_backend(model: Model, names: Sequence[str]) -> None:
    """Raise a clear error when `model` cannot provide the extra-pass signals in `names`."""
    if extra_names(names):
        self_eval.check_backend(model)


def compute(model: Model, names: Sequence[str], questions: Sequence[str], answers: Sequence[str],
            system: str | None) -> list[dict[str, float]]:
    """The extra-pass signals of `names` for each (question, answer) pair (one batched pass
    per signal), as one {name: value} dict per pair."""
    columns = {n: EXTRA[n](model, list(questions), list(answers), system) for n in extra_names(names)}
    return [{n: float(v[i]) for n, v in columns.items()} for i in range(len(questions))]
