"""What the prompt pass alone gives: the hidden states of questions, read without generating
an answer (a gate that stops every question after its prompt pass)."""
from __future__ import annotations

from typing import Sequence

import numpy as np

from guard.backends.base import GenerateOptions, Generation, Model, check_prompts


def prompt_hidden_states(model: Model, questions: Sequence[str], options: GenerateOptions) -> np.ndarray:
    """(n, layers, d) hidden states at the last prompt token of each question (one prompt-only
    pass), as the guard captures them."""
    if not options.hidden_layers:
        raise ValueError("unlabelled questions are compared with the probes on the model's hidden "
                         "states: use an in-process model and a hidden-state signal")
    gens = model.generate(check_prompts(questions), options, gate=prompt_pass_only)
    return np.stack([g.prompt_hidden for g in gens])


def prompt_pass_only(prompt_pass: list[Generation]) -> list[bool]:
    """A gate that stops every question after its prompt pass (its hidden states, no answer)."""
    return [False] * len(prompt_pass)
