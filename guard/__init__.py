"""hallucination-guard: measure how badly an open-weights model's confidence is calibrated,
learn a calibrated confidence from probe questions, and abstain or flag answers whose
confidence is too low, with a stated bound on the hallucination rate.

    from guard import Guard, load_model
    import probes
    model = load_model("smollm2-135m")
    guard = Guard.fit(model, probes.load_suite("default", size=400, seed=0))
    guard.ask("Who wrote Hamlet?")
"""
from __future__ import annotations

__version__ = "0.1.0"

from guard.backends import Capabilities, GenerateOptions, Generation, Model, load_model
from guard.probing import probe
from guard.runner import run_suite
from guard.verdict import GuardAbstained, GuardedAnswer
from guard.wrapper import Guard

__all__ = ["Capabilities", "GenerateOptions", "Generation", "Guard", "GuardAbstained",
           "GuardedAnswer", "Model", "load_model", "probe", "run_suite", "__version__"]
