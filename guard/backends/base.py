"""The one protocol every model backend satisfies, and the typed results it returns.

A backend turns user questions into `Generation`s. It declares what it can expose
(`Capabilities`) so that signals needing, say, hidden states can refuse a black-box model
instead of silently degrading. Nothing here imports torch or transformers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Literal, Protocol, Sequence, runtime_checkable

import numpy as np


@dataclass(frozen=True)
class Capabilities:
    """What a backend can return beyond text."""

    logprobs: bool = False
    top_k: bool = False
    hidden_states: bool = False  # at every layer asked for, at the prompt and answer tokens
    prompt_logprobs: bool = False
    prompt_hidden: bool = False  # a hidden state (or embedding) at the last prompt token


# Long enough for the open, descriptive answers users ask for (a few sentences), not only for
# short facts: the report card shows the share of answers cut at this limit, per style.
DEFAULT_MAX_NEW_TOKENS = 128


@dataclass(frozen=True)
class GenerateOptions:
    """How to generate. `temperature == 0` means greedy; `n` samples per prompt otherwise.

    `system` overrides the instruction sent with every question (None: the model's default).
    `hidden_layers` selects which layers' hidden states to return (empty: none).
    `prompt_logprobs` also returns the question tokens' own log-probabilities.
    `truncate_prompt` shortens a question that overflows the context window (and reports it)
    instead of raising.
    """

    max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS
    temperature: float = 0.0
    n: int = 1
    seed: int = 0
    top_k: int = 5
    hidden_layers: tuple[int, ...] = ()
    system: str | None = None
    batch_size: int = 8
    truncate_prompt: bool = False
    prompt_logprobs: bool = False

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1:
            raise ValueError(f"max_new_tokens must be >= 1, got {self.max_new_tokens}")
        if self.temperature < 0:
            raise ValueError(f"temperature must be >= 0, got {self.temperature}")
        if self.n < 1:
            raise ValueError(f"n must be >= 1, got {self.n}")
        if self.n > 1 and self.temperature == 0:
            raise ValueError("n > 1 samples need temperature > 0 (greedy samples are identical)")
        if self.top_k < 0:
            raise ValueError(f"top_k must be >= 0, got {self.top_k}")
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {self.batch_size}")

    @property
    def greedy(self) -> bool:
        return self.temperature == 0


# "gated": stopped after the prompt pass by a `Gate`, before any answer token.
FinishReason = Literal["stop", "length", "error", "gated"]
# Where hidden states are read: the last prompt token, the question's own tokens (mean-pooled),
# the answer's tokens (mean-pooled), and the last token of the question's least familiar word;
# for one claim of an answer, its tokens (mean-pooled).
Position = Literal["prompt", "question", "answer", "rare", "claim"]
POSITIONS: tuple[Position, ...] = ("prompt", "question", "answer", "rare")  # of a whole answer


class PromptTooLong(ValueError):
    """A prompt plus the answer budget does not fit in the model's context window."""


@dataclass(frozen=True, eq=False)
class Generation:
    """One answer to one prompt, with everything the signals need.

    Arrays are per generated token (length T = len(token_ids)):
    `logprobs[t]` is log P(chosen token), `entropies[t]` the full-distribution entropy (nats),
    `top_ids[t]` / `top_logprobs[t]` the k most likely alternatives (k = options.top_k).
    `prompt_hidden` is (layers, d) at the last prompt token, `question_hidden` (layers, d) the
    mean over the question's own tokens (not the chat template's) and `answer_hidden`
    (layers, T, d), for the layers `options.hidden_layers` named, in that order.
    `prompt_logprobs` are log P(token | prefix) of the question's own tokens (surprisal source),
    `question_words` the word each belongs to, and `rare_hidden` (layers, d) the hidden state at
    the last token of the question word the model found least familiar (its largest total
    surprisal), read when both prompt log-probs and hidden states are asked for.
    Fields a backend cannot provide are None (see `Capabilities`).
    """

    question: str
    text: str
    token_ids: tuple[int, ...] = ()
    token_spans: tuple[tuple[int, int], ...] = ()  # each answer token's characters in `text`
    logprobs: np.ndarray | None = None
    entropies: np.ndarray | None = None
    top_ids: np.ndarray | None = None
    top_logprobs: np.ndarray | None = None
    prompt_hidden: np.ndarray | None = None
    question_hidden: np.ndarray | None = None
    answer_hidden: np.ndarray | None = None
    prompt_logprobs: np.ndarray | None = None
    question_words: tuple[int, ...] = ()  # word index of each `prompt_logprobs` token (-1: punctuation)
    rare_hidden: np.ndarray | None = None  # (layers, d) at the least familiar question word
    finish_reason: FinishReason = "stop"
    prompt_truncated: bool = False
    sample_index: int = 0
    meta: dict = field(default_factory=dict)


# Shown each question's prompt pass (an answerless `Generation`: prompt and question hidden
# states, question log-probs), returns which questions to go on answering.
Gate = Callable[[list[Generation]], Sequence[bool]]


@runtime_checkable
class Model(Protocol):
    """A language model the guard can ask questions.

    `generate` returns, for each prompt in order, `options.n` generations (prompt-major:
    prompt 0's samples first). With a `gate`, the prompt pass of each question is shown to it
    before anything is generated, and a rejected question comes back with no answer and
    finish_reason "gated" (one prompt pass, never two). `fingerprint` identifies the weights,
    so a saved guard can refuse a model it was not calibrated for.
    """

    name: str

    @property
    def capabilities(self) -> Capabilities: ...

    @property
    def fingerprint(self) -> str: ...

    def generate(self, prompts: Sequence[str], options: GenerateOptions = GenerateOptions(),
                 gate: Gate | None = None) -> list[Generation]: ...


def check_prompts(prompts: Sequence[str]) -> list[str]:
    """Validate a batch of prompts up front, with errors a user can act on."""
    if isinstance(prompts, str):
        raise TypeError("prompts must be a list of strings, not a single string; wrap it: [prompt]")
    prompts = list(prompts)
    if not prompts:
        raise ValueError("prompts is empty: pass at least one question")
    for i, p in enumerate(prompts):
        if not isinstance(p, str):
            raise TypeError(f"prompt {i} is {type(p).__name__}, expected str")
        if not p.strip():
            raise ValueError(f"prompt {i} is empty or whitespace")
    return prompts
