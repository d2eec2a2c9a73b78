"""Shared by the bad-input tests: two quiz guards and a guard against loading a model.

These modules keep every bad input and fault a user met as a regression test: each one ends in a
clear error before expensive work, or in a correct result; none crashes with a traceback, gives
a silent wrong result, or loses a finished record. The README's "Bad inputs and faults" counts
the cases here and in tests/serve/test_bad_inputs.py (one test function or parameter each).
"""
from __future__ import annotations

import pytest

from guard import Guard, load_model
from helpers import quiz_model, quiz_suite


def fit(model, target: float = 0.2) -> Guard:
    return Guard.fit(model, quiz_suite(120), target_hallucination=target, confidence_level=0.8,
                     signals=("length",), progress=False)


@pytest.fixture(scope="package")
def quiz_guards():
    model = load_model(quiz_model)
    return fit(model, 0.2), fit(model, 0.4)


@pytest.fixture
def no_model(monkeypatch):
    """Loading a model fails the test: these errors must come first."""
    import guard

    def refuse(*args, **kwargs):
        raise AssertionError("the model was loaded before the bad input was noticed")

    monkeypatch.setattr(guard, "load_model", refuse)
