"""How long a run will take, said once, as soon as the first batch has been timed on this
machine (a run's first questions are its shortest, so the estimate leans low: it says so)."""
from __future__ import annotations

import sys
from typing import Callable


def minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 90 else f"{seconds:.0f} s"


class Estimate:
    """A `run_suite` `on_batch` callback that prints one estimate of the whole run's time."""

    def __init__(self, what: str, say: Callable[[str], None] | None = None) -> None:
        self.what, self.said = what, False
        self.say = say or (lambda text: print(text, file=sys.stderr, flush=True))

    def __call__(self, done: int, total: int, seconds: float) -> None:
        if self.said or not done or done >= total:
            return
        self.said = True
        self.say(f"{self.what}: {done} of {total} questions in {seconds:.0f} s on this machine, "
                 f"so about {minutes(seconds / done * total)} in all (longer questions come last)")
