"""Generation settings: the defaults every run starts from (`GenerateOptions`' own defaults, the
prompt's system text, the backend's prompt log-probs), and the options that capture what a set
of signals reads (`guard.signals.plan`)."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from guard.backends.base import GenerateOptions, Model
from guard.prompts import DEFAULT_PROMPT, system_prompt
from guard.signals.plan import plan


def default_options(model: Model, prompt: str = DEFAULT_PROMPT, **overrides) -> GenerateOptions:
    """Greedy options carrying the prompt's system text and every signal the backend has."""
    base = GenerateOptions(system=system_prompt(prompt),
                           prompt_logprobs=model.capabilities.prompt_logprobs)
    return replace(base, **overrides)


def options_for(model: Model, prompt: str, signals: Sequence[str], **overrides) -> GenerateOptions:
    """Default options that capture exactly what `signals` read (then `overrides`)."""
    return replace(plan(signals, model).options(default_options(model, prompt)), **overrides)
