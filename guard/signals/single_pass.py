"""Single-pass confidence signals: pure functions of one greedy `Generation`, costing no extra
forward pass (token log-probabilities, entropies, top-k margins, answer length, and the
question's own surprisal from the prefill).

Each function raises ValueError when the generation lacks what it reads (a backend without
log-probabilities, say); `guard.signals.features.observe` records such a signal as missing.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from guard.backends.base import Generation


def _lp(g: Generation) -> np.ndarray:
    if g.logprobs is None:
        raise ValueError("this generation has no token log-probabilities")
    return g.logprobs


def _ent(g: Generation) -> np.ndarray:
    if g.entropies is None:
        raise ValueError("this generation has no token entropies")
    return g.entropies


def _margins(g: Generation) -> np.ndarray:
    if g.top_logprobs is None or g.top_logprobs.shape[-1] < 2:
        raise ValueError("this generation has no top-2 log-probabilities")
    return g.top_logprobs[:, 0] - g.top_logprobs[:, 1]


def _safe(reduce: Callable[[np.ndarray], float], empty: float) -> Callable[[np.ndarray], float]:
    return lambda a: float(reduce(a)) if len(a) else empty


_mean = _safe(np.mean, 0.0)
_min = _safe(np.min, 0.0)
_max = _safe(np.max, 0.0)


def mean_logprob(g: Generation) -> float:
    return _mean(_lp(g))


def min_logprob(g: Generation) -> float:
    return _min(_lp(g))


def first_logprob(g: Generation) -> float:
    return float(_lp(g)[0]) if len(_lp(g)) else 0.0


def mean_entropy(g: Generation) -> float:
    return _mean(_ent(g))


def max_entropy(g: Generation) -> float:
    return _max(_ent(g))


def mean_margin(g: Generation) -> float:
    return _mean(_margins(g))


def min_margin(g: Generation) -> float:
    return _min(_margins(g))


def length(g: Generation) -> float:
    return float(len(g.token_ids) or len(g.text.split()))


def _qlp(g: Generation) -> np.ndarray:
    if g.prompt_logprobs is None:
        raise ValueError("this generation has no question-token log-probabilities")
    return g.prompt_logprobs


def question_surprisal(g: Generation) -> float:
    """Mean of the three most surprising question tokens: where an invented name sits."""
    worst = np.sort(-_qlp(g))[::-1][:3]
    return float(worst.mean()) if len(worst) else 0.0


def question_mean_logprob(g: Generation) -> float:
    """Mean log-prob of the question's own tokens."""
    return _mean(_qlp(g))


def rare_word_surprisal(g: Generation) -> float:
    """Total surprisal of the question's least familiar word (its tokens' summed surprisal)."""
    lp = _qlp(g)
    words = g.question_words or tuple(range(len(lp)))  # no word map: each token on its own
    total: dict[int, float] = {}
    for w, x in zip(words, lp):
        if w >= 0:
            total[w] = total.get(w, 0.0) - float(x)
    return max(total.values(), default=0.0)
