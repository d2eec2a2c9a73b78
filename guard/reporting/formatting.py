"""One way to print a number in every report: Markdown, terminal and HTML tables share it."""
from __future__ import annotations

import math
from typing import Any

PERCENT = frozenset({"accuracy", "attempted", "hallucination_rate", "kept_correct",
                     "hallucination_on_unknowns", "coverage"})


def missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def fmt(v: Any, key: str = "", *, percent: bool = False, blank: str = "-") -> str:
    """A table cell: `blank` if undefined, ints as they are, rates as percentages with
    `percent`, the omniscience index and other large values with one decimal, else three."""
    if missing(v):
        return blank
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if percent and key in PERCENT:
        return f"{100 * v:.1f}%"
    return f"{v:.1f}" if key == "omniscience_index" or abs(v) > 1.5 else f"{v:.3f}"
