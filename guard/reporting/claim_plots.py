"""Plots of a guard judged claim by claim: how reliable its P(supported) is, and what keeping
claims by it does to the share of kept claims that are supported (retention vs factuality).

Both read the labelled claims of evaluated records (`Record.claims` carrying the grader's label
and the guard's confidence); under the conservative rule only "supported" counts as supported.
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from guard.reporting.plots import GUARDED_COLOR, RAW_COLOR, legend_below, style_axes, reliability_diagram


def judged_claims(records: Sequence[Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(supported 1/0, P(supported), kept 1/0) over the labelled claims a guard judged."""
    rows = [(c.label == "supported", c.confidence, bool(c.kept)) for r in records
            for c in getattr(r, "claims", ()) if c.label is not None and c.confidence is not None]
    if not rows:
        return np.zeros(0), np.zeros(0), np.zeros(0)
    y, p, kept = (np.array(v, dtype=float) for v in zip(*rows))
    return y, p, kept


def retention_factuality(y_supported: Sequence[float], confidence: Sequence[float],
                         kept: Sequence[float] | None = None) -> Figure:
    """Share of kept claims that are supported against the share of claims kept, keeping the
    most confident first; the guard's own choice (`kept`) as a point, random order as a line."""
    y, p = np.asarray(y_supported, dtype=float), np.asarray(confidence, dtype=float)
    if y.size == 0:
        raise ValueError("no labelled claims judged by a claim-level guard")
    order = np.argsort(-p, kind="mergesort")
    retained = np.arange(1, y.size + 1) / y.size
    factual = np.cumsum(y[order]) / np.arange(1, y.size + 1)
    fig = Figure(figsize=(6.4, 4.8))
    ax = fig.add_subplot()
    ax.plot(retained, factual, color=GUARDED_COLOR, lw=1.8, label="kept by P(supported), most confident first")
    ax.axhline(y.mean(), color=RAW_COLOR, ls="--", lw=1, label=f"random order ({y.mean():.0%} supported)")
    if kept is not None and np.asarray(kept).size:
        k = np.asarray(kept, dtype=bool)
        share = float(y[k].mean()) if k.any() else 0.0
        ax.plot([k.mean()], [share], "D", color="black", ms=7, zorder=5, clip_on=False,
                label=f"the guard's threshold: keeps {k.mean():.0%}, {share:.0%} of them supported")
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0, 1.05)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    style_axes(ax, f"Retention vs factuality of claims (n = {y.size})", "share of claims kept",
               "share of kept claims supported")
    legend_below(ax, ncol=1)
    fig.tight_layout()
    return fig


def claim_plot_specs(records: Sequence[Any]) -> list[tuple[str, str, Callable[[], Figure]]]:
    """The claim plots of an evaluation report (none when no labelled claim was judged)."""
    y, p, kept = judged_claims(records)
    if not y.size:
        return []
    return [("claim_reliability.png", "Claim by claim: P(supported) against the grader's labels "
             "(conservative rule: unverifiable claims count as unsupported).",
             lambda: reliability_diagram(y, p, label="claim P(supported)")),
            ("claim_retention.png", "Claims kept most confident first: the share kept against the "
             "share of kept claims supported, with the guard's threshold and random order.",
             lambda: retention_factuality(y, p, kept))]
