"""Self-evaluation signals: the model is asked about itself and we read its yes/no odds.

- `p_ik`: "Do you know the answer to this question?" before answering (P(IK), Kadavath et al.
  2022): one prompt-only pass per question, so it can run before, or instead of, the answer.
- `p_true`: "Is this proposed answer true?" about the model's own answer: one extra pass.

Each is one batched `generate` call with `max_new_tokens=1` and a wide top-k: the score is
p_yes / (p_yes + p_no) over the first-token top-k, where p_yes sums the probability of tokens
that decode (stripped of spaces and punctuation, lowercased) to a yes-variant ("Yes", " yes",
"YES"), p_no likewise; 0.5 when neither appears in the top-k. Needs a backend whose generations
carry `top_ids`/`top_logprobs` and which exposes its `tokenizer` (the HF backend); anything else
gets a ValueError. Not here: calibration of these scores (see `guard.calibration`), sampling
consistency (`guard.signals.consistency`), or answering the question itself.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from guard.backends.base import GenerateOptions, Generation, Model

YES = frozenset({"yes", "yeah", "yep"})
NO = frozenset({"no", "nope"})
_STRIP = " \t\n\r.,;:!?*\"'`()[]<>▁Ġ"

P_IK_TEMPLATE = (
    "Do you know the answer to the following question? Answer only yes or no.\n\n"
    "Question: {question}"
)
P_TRUE_TEMPLATE = (
    "Question: {question}\nProposed answer: {answer}\n\n"
    "Is the proposed answer true? Answer only yes or no."
)


def p_ik(model: Model, questions: Sequence[str], system: str | None = None, *,
         top_k: int = 50, batch_size: int = 8) -> np.ndarray:
    """P(I know): the model's probability of "yes" to "do you know the answer?", per question."""
    prompts = [P_IK_TEMPLATE.format(question=q) for q in _strings(questions, "questions")]
    return yes_scores(model, prompts, system=system, top_k=top_k, batch_size=batch_size)


def p_true(model: Model, questions: Sequence[str], answers: Sequence[str], system: str | None = None,
           *, top_k: int = 50, batch_size: int = 8) -> np.ndarray:
    """P(True): the model's probability that `answers[i]` is a true answer to `questions[i]`."""
    questions, answers = _strings(questions, "questions"), _strings(answers, "answers")
    if len(questions) != len(answers):
        raise ValueError(f"got {len(questions)} questions but {len(answers)} answers")
    prompts = [P_TRUE_TEMPLATE.format(question=q, answer=a.strip() or "(no answer)")
               for q, a in zip(questions, answers)]
    return yes_scores(model, prompts, system=system, top_k=top_k, batch_size=batch_size)


def yes_scores(model: Model, prompts: Sequence[str], system: str | None = None, *,
               top_k: int = 50, batch_size: int = 8) -> np.ndarray:
    """p_yes / (p_yes + p_no) of each prompt's first answer token (0.5 when neither shows)."""
    p_yes, p_no = yes_no_mass(model, prompts, system=system, top_k=top_k, batch_size=batch_size)
    total = p_yes + p_no
    return np.where(total > 0, p_yes / np.where(total > 0, total, 1.0), 0.5)


def yes_no_mass(model: Model, prompts: Sequence[str], system: str | None = None, *,
                top_k: int = 50, batch_size: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """Probability mass on yes-tokens and on no-tokens in each prompt's first-token top-k.

    A prompt whose most likely first token is end-of-sequence yields an empty top-k from the
    HF backend (it drops the stop step), so both masses are 0 for it.
    """
    tokenizer = check_backend(model)
    prompts = list(prompts)
    if not prompts:
        return np.zeros(0), np.zeros(0)
    if top_k < 1:
        raise ValueError(f"top_k must be >= 1, got {top_k}")
    options = GenerateOptions(max_new_tokens=1, temperature=0.0, top_k=top_k, system=system,
                              batch_size=batch_size, truncate_prompt=True)
    gens = model.generate(prompts, options)
    labels = _Labels(tokenizer)
    yes, no = np.zeros(len(gens)), np.zeros(len(gens))
    for i, g in enumerate(gens):
        ids, lps = _first_step(g)
        for tid, lp in zip(ids.tolist(), lps.tolist()):
            label = labels(tid)
            if label == "yes":
                yes[i] += np.exp(lp)
            elif label == "no":
                no[i] += np.exp(lp)
    return yes, no


class _Labels:
    """Token id -> "yes" / "no" / None, decoding each id once."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.cache: dict[int, str | None] = {}

    def __call__(self, token_id: int) -> str | None:
        if token_id not in self.cache:
            self.cache[token_id] = token_label(self.tokenizer.decode([token_id]))
        return self.cache[token_id]


def token_label(text: str) -> str | None:
    """ "yes" for a decoded token such as " Yes" or "YES.", "no" for " no", else None."""
    word = text.strip(_STRIP).lower()
    return "yes" if word in YES else "no" if word in NO else None


def _first_step(g: Generation) -> tuple[np.ndarray, np.ndarray]:
    if g.top_ids is None or g.top_logprobs is None:
        raise ValueError("this backend returned no top-k alternatives; P(IK)/P(True) need "
                         "a backend with top-k log-probabilities (the HF backend)")
    if len(g.top_ids) == 0:  # the first token was end-of-sequence: nothing recorded
        return np.zeros(0, np.int64), np.zeros(0)
    return np.asarray(g.top_ids[0]), np.asarray(g.top_logprobs[0], dtype=np.float64)


def check_backend(model: Model):
    """The backend's tokenizer; a clear ValueError when it cannot give first-token odds."""
    tokenizer = getattr(model, "tokenizer", None)
    if tokenizer is None or not model.capabilities.top_k:
        raise ValueError(
            f"{getattr(model, 'name', type(model).__name__)}: P(IK)/P(True) read the first-token "
            "distribution, which needs top-k log-probabilities and a `tokenizer` (the HF backend); "
            "this backend has " + ("no tokenizer" if tokenizer is None else "no top-k")
        )
    return tokenizer


def _strings(items: Sequence[str], what: str) -> list[str]:
    if isinstance(items, str):
        raise TypeError(f"{what} must be a list of strings, not a single string; wrap it: [text]")
    items = list(items)
    for i, x in enumerate(items):
        if not isinstance(x, str):
            raise TypeError(f"{what}[{i}] is {type(x).__name__}, expected str")
    return items
