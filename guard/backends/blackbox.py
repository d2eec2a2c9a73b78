"""Black-box backend: any Python function `str -> str` as a model.

Only text comes back, so only signals that need nothing but text (and re-asking) work on it;
`capabilities` says so and the guard refuses signals it cannot compute.

Identity: a plain function without captured variables is identified by its module, name,
source and defaults. What its source does not determine (a closure, `functools.partial`, a
callable object, a bound method, a builtin) needs an explicit `model_id`; without one its
`fingerprint` raises `ModelUnidentified`, so a saved guard or a resumed run cannot silently
move to another function.
"""
from __future__ import annotations

import hashlib
import inspect
from typing import Callable, Sequence

from guard.backends.base import Capabilities, GenerateOptions, Gate, Generation, check_prompts


class ModelUnidentified(ValueError):
    """A callable whose identity its source code does not determine, used where identity
    matters (saving a guard, resuming a run) without an explicit `model_id`."""


class CallableModel:
    """Wraps `fn(prompt) -> answer`. The system instruction, if any, is prepended to the prompt."""

    def __init__(self, fn: Callable[[str], str], name: str | None = None,
                 model_id: str | None = None) -> None:
        if not callable(fn):
            raise TypeError(f"expected a callable str -> str, got {type(fn).__name__}")
        if model_id is not None and (not isinstance(model_id, str) or not model_id.strip()):
            raise ValueError("model_id must be a non-empty string naming this model and version")
        self.fn = fn
        self.name = name or getattr(fn, "__qualname__", type(fn).__name__)
        self.model_id = model_id

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities()

    @property
    def fingerprint(self) -> str:
        if self.model_id is not None:
            return f"callable-id:{self.model_id}"
        fn = self.fn
        why = ("it captures variables (a closure)" if inspect.isfunction(fn) and fn.__closure__
               else None if inspect.isfunction(fn) else f"it is a {type(fn).__name__}")
        try:
            source = inspect.getsource(fn) if why is None else ""
        except (OSError, TypeError):
            why = "its source code is not available"
        if why is not None:
            raise ModelUnidentified(
                f"cannot tell the callable {self.name} from another one: {why}. Pass an explicit "
                "id naming the model behind it, e.g. load_model(fn, model_id='my-model-v1')")
        ident = f"{fn.__module__}|{fn.__qualname__}|{source}|{fn.__defaults__!r}|{fn.__kwdefaults__!r}"
        return "callable:" + self.name + ":" + hashlib.sha256(ident.encode()).hexdigest()[:16]

    def __repr__(self) -> str:
        return f"CallableModel({self.name!r})"

    def generate(self, prompts: Sequence[str], options: GenerateOptions = GenerateOptions(),
                 gate: Gate | None = None) -> list[Generation]:
        """Calls the function once per question and sample; a gate sees only the question (a
        function has no prompt pass to show it)."""
        out = []
        prompts = check_prompts(prompts)
        go = [True] * len(prompts) if gate is None else list(gate(
            [Generation(question=q, text="", finish_reason="gated") for q in prompts]))
        for question, keep in zip(prompts, go):
            if not keep:
                out += [Generation(question=question, text="", sample_index=s, finish_reason="gated")
                        for s in range(options.n)]
                continue
            prompt = f"{options.system}\n\n{question}" if options.system else question
            for sample in range(options.n):
                text = self.fn(prompt)
                if not isinstance(text, str):
                    raise TypeError(
                        f"model function {self.name} returned {type(text).__name__}, expected str"
                    )
                out.append(Generation(question=question, text=text.strip(), sample_index=sample))
        return out
