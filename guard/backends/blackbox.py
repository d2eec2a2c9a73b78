"""Black-box backend: any Python function `str -> str` as a model.

Only text comes back, so only signals that need nothing but text (and re-asking) work on it;
`capabilities` says so and the guard refuses signals it cannot compute.
"""
from __future__ import annotations

import hashlib
import inspect
from typing import Callable, Sequence

from guard.backends.base import Capabilities, GenerateOptions, Generation, check_prompts


class CallableModel:
    """Wraps `fn(prompt) -> answer`. The system instruction, if any, is prepended to the prompt."""

    def __init__(self, fn: Callable[[str], str], name: str | None = None) -> None:
        if not callable(fn):
            raise TypeError(f"expected a callable str -> str, got {type(fn).__name__}")
        self.fn = fn
        self.name = name or getattr(fn, "__qualname__", type(fn).__name__)

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities()

    @property
    def fingerprint(self) -> str:
        try:
            source = inspect.getsource(self.fn)
        except (OSError, TypeError):
            source = ""
        return "callable:" + self.name + ":" + hashlib.sha256(source.encode()).hexdigest()[:16]

    def __repr__(self) -> str:
        return f"CallableModel({self.name!r})"

    def generate(
        self, prompts: Sequence[str], options: GenerateOptions = GenerateOptions()
    ) -> list[Generation]:
        out = []
        for question in check_prompts(prompts):
            prompt = f"{options.system}\n\n{question}" if options.system else question
            for sample in range(options.n):
                text = self.fn(prompt)
                if not isinstance(text, str):
                    raise TypeError(
                        f"model function {self.name} returned {type(text).__name__}, expected str"
                    )
                out.append(Generation(question=question, text=text.strip(), sample_index=sample))
        return out
