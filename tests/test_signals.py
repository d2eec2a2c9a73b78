"""Single-pass signals are pure functions of a Generation, checked against hand computations."""
from __future__ import annotations

import numpy as np
import pytest

from guard.backends.base import Capabilities, Generation
from guard.signals import LOGPROB_SIGNALS, SIGNALS, check_signals, compute, default_signals


def gen(**kw) -> Generation:
    base = dict(question="Q?", text="Paris is it", token_ids=(5, 6, 7),
                logprobs=np.array([-0.1, -2.0, -0.3]), entropies=np.array([0.5, 1.5, 1.0]),
                top_ids=np.array([[5, 1], [6, 2], [7, 3]]),
                top_logprobs=np.array([[-0.1, -2.5], [-2.0, -2.1], [-0.3, -1.3]]),
                prompt_logprobs=np.array([-1.0, -9.0, -0.5, -4.0, -6.0]))
    return Generation(**{**base, **kw})


def test_hand_computed_values():
    v = dict(zip(SIGNALS, compute(gen(), list(SIGNALS))))
    assert v["mean_logprob"] == pytest.approx(-0.8)
    assert v["min_logprob"] == pytest.approx(-2.0)
    assert v["first_logprob"] == pytest.approx(-0.1)
    assert v["mean_entropy"] == pytest.approx(1.0)
    assert v["max_entropy"] == pytest.approx(1.5)
    assert v["mean_margin"] == pytest.approx((2.4 + 0.1 + 1.0) / 3)
    assert v["min_margin"] == pytest.approx(0.1)
    assert v["length"] == 3
    assert v["question_surprisal"] == pytest.approx((9 + 6 + 4) / 3)


def test_empty_answer_and_text_only_generation():
    empty = gen(text="", token_ids=(), logprobs=np.zeros(0), entropies=np.zeros(0), top_ids=np.zeros((0, 2)),
                top_logprobs=np.zeros((0, 2)))
    assert compute(empty, ["mean_logprob", "length"]).tolist() == [0.0, 0.0]
    text_only = Generation(question="Q?", text="three words here")
    assert compute(text_only, ["length"]).tolist() == [3.0]
    with pytest.raises(ValueError, match="log-probabilities"):
        compute(text_only, ["mean_logprob"])


def test_capability_checks():
    check_signals(LOGPROB_SIGNALS, Capabilities(logprobs=True, top_k=True))
    with pytest.raises(ValueError, match="needs prompt_logprobs"):
        check_signals(["question_surprisal"], Capabilities(logprobs=True, top_k=True), "srv")
    with pytest.raises(ValueError, match="needs hidden_states"):
        check_signals(["hidden_prompt"], Capabilities(logprobs=True))
    with pytest.raises(ValueError, match="unknown signal"):
        check_signals(["vibes"], Capabilities())


def test_default_signals_follow_the_backend():
    full = default_signals(Capabilities(True, True, True, True))
    assert "hidden_prompt" in full and "mean_logprob" in full
    assert default_signals(Capabilities(logprobs=True, top_k=True)) == LOGPROB_SIGNALS
    assert default_signals(Capabilities()) == ("length",)
