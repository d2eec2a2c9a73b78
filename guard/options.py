"""Generation settings: the defaults every run starts from, and what a set of signals needs the
backend to capture (hidden states of the probe layers, the question's own log-probabilities)."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from guard.backends.base import GenerateOptions, Model
from guard.prompts import DEFAULT_MAX_NEW_TOKENS, DEFAULT_PROMPT, system_prompt
from guard.signals.features import candidate_layers
from guard.signals.registry import needs_prompt_logprobs, of_kind


def default_options(model: Model, prompt: str = DEFAULT_PROMPT, **overrides) -> GenerateOptions:
    """Greedy options carrying the prompt's system text and every signal the backend has."""
    base = GenerateOptions(max_new_tokens=DEFAULT_MAX_NEW_TOKENS, system=system_prompt(prompt),
                           prompt_logprobs=model.capabilities.prompt_logprobs)
    return replace(base, **overrides)


def options_for(model: Model, prompt: str, signals: Sequence[str], **overrides) -> GenerateOptions:
    """Default options that capture exactly what `signals` need."""
    layers = candidate_layers(model.num_layers) if of_kind(signals, "hidden_probe") else ()
    return replace(default_options(model, prompt, prompt_logprobs=needs_prompt_logprobs(signals),
                                   hidden_layers=layers), **overrides)
