"""Plots of a report: reliability, risk-coverage and per-category figures.

Plot functions are pure (arrays or a report dict in, a matplotlib `Figure` out) and raise
ValueError when the data cannot make the plot (one class only, no confidence values);
`plot_specs` lists the plots of each kind of report (`guard.reporting.html` draws them).
Figures are built with `matplotlib.figure.Figure` (no pyplot, no global state, no display).
It computes no metric of its own: numbers come from `guard.reporting.metrics` and the report.
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter
from matplotlib.transforms import offset_copy

from guard.reporting import metrics
from guard.reporting.formatting import missing
from guard.records import token_probability

OUTCOME_COLORS = {"correct": "#2e7d32", "incorrect": "#c62828", "abstained": "#9e9e9e",
                  "ungraded": "#1565c0"}
RAW_COLOR, GUARDED_COLOR = "#c62828", "#1565c0"


def grade_of(record: Any) -> str:
    return getattr(record.grade, "value", str(record.grade))


def legend_below(ax: Axes, ncol: int = 2) -> None:
    """Legend under the x label (a fixed gap in points), so it never covers data."""
    below = offset_copy(ax.transAxes, fig=ax.figure, y=-42, units="points")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0.0), bbox_transform=below, ncol=ncol,
              fontsize=9, frameon=False)


def style_axes(ax: Axes, title: str, xlabel: str, ylabel: str) -> None:
    ax.set_title(title, fontsize=12)
    ax.set_xlabel(xlabel, fontsize=11)
    ax.set_ylabel(ylabel, fontsize=11)
    ax.tick_params(labelsize=10)


def _both_classes(y: np.ndarray, what: str) -> None:
    if y.size == 0:
        raise ValueError(f"no graded answers with {what}")
    if y.min() == y.max():
        kind = "correct" if y[0] == 1 else "wrong"
        raise ValueError(f"all {y.size} graded answers are {kind}: a {what} plot needs both classes")


def reliability_diagram(y: Sequence[float], p: Sequence[float], n_bins: int = 10,
                        ax: Axes | None = None, *, label: str = "calibrated confidence") -> Figure:
    """Confidence (x) against observed accuracy (y) over equal-mass bins, with bin counts."""
    y, p = np.asarray(y, dtype=float), np.asarray(p, dtype=float)
    _both_classes(y, "reliability")
    bins = metrics.reliability_bins(y, p, n_bins)
    ece = metrics.ece(y, p, n_bins)
    fig = Figure(figsize=(5.6, 5.4)) if ax is None else ax.figure
    ax = fig.add_subplot() if ax is None else ax
    order = np.argsort(p, kind="mergesort")  # the same split as metrics.reliability_bins
    for i, b in enumerate(b for b in np.array_split(order, n_bins) if b.size):
        lo, hi = p[b].min(), p[b].max()
        ax.bar(lo, y[b].mean(), width=max(hi - lo, 0.008), align="edge", color="#1565c0",
               alpha=0.18, edgecolor="#1565c0", label="bin range of confidence" if i == 0 else None)
    mp, my, counts = (np.array(v) for v in zip(*bins))
    ax.plot([0, 1], [0, 1], ls="--", color="grey", lw=1, label="perfect calibration")
    sizes = f"{counts.min()}" if counts.min() == counts.max() else f"{counts.min()}-{counts.max()}"
    ax.plot(mp, my, "o-", color="#1565c0", ms=5, clip_on=False,
            label=f"observed accuracy ({sizes} answers per bin)")
    last = -1.0
    for x, yy, c in zip(mp, my, counts):  # counts, where the bins are far enough apart to read
        if x - last >= 0.05:
            ax.annotate(str(c), (x, yy), textcoords="offset points", xytext=(0, 7), ha="center",
                        fontsize=8, bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none"))
            last = x
    ax.set_xlim(-0.01, 1.02)
    ax.set_ylim(-0.01, 1.08)
    ax.set_aspect("equal")
    style_axes(ax, f"Reliability of {label}\nECE {ece:.3f}, n = {y.size}, {len(bins)} equal-mass bins",
               label, "observed accuracy")
    legend_below(ax, ncol=1)
    fig.tight_layout()
    return fig


def risk_coverage_plot(y_correct: Sequence[float], score: Sequence[float],
                       threshold: float | None = None, ax: Axes | None = None, *,
                       label: str = "calibrated confidence", color: str = GUARDED_COLOR) -> Figure:
    """Error rate among kept answers against the share kept, keeping score >= t for each t."""
    y, s = np.asarray(y_correct, dtype=float), np.asarray(score, dtype=float)
    if y.size == 0:
        raise ValueError("no graded answers with a score")
    coverage, risk, thresholds = metrics.risk_coverage(y, s)
    fresh = ax is None
    fig = Figure(figsize=(6.4, 4.8)) if fresh else ax.figure
    ax = fig.add_subplot() if fresh else ax
    ax.step(np.r_[0.0, coverage], np.r_[risk[0], risk], where="pre", color=color, lw=1.8,
            label=f"{label} (AURC {metrics.aurc(y, s):.3f})")
    if threshold is not None:
        kept = np.flatnonzero(thresholds >= threshold)
        c, r = (coverage[kept[-1]], risk[kept[-1]]) if kept.size else (0.0, 0.0)
        ax.axvline(c, color=color, ls=":", lw=1)
        ax.plot([c], [r], "D", color="black", ms=7, zorder=5, clip_on=False,
                label=f"threshold {threshold:.3f}: " + (f"coverage {c:.0%}, risk {r:.0%}"
                                                         if kept.size else "answers nothing"))
    ax.set_xlim(0, 1.01)
    top = max(0.05, float(risk.max())) * 1.1
    ax.set_ylim(0, top if fresh else max(top, ax.get_ylim()[1]))
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    style_axes(ax, "Risk vs coverage (answer only when score >= threshold)",
               "coverage (share of graded answers kept)", "risk (error rate among kept)")
    legend_below(ax, ncol=1)
    fig.tight_layout()
    return fig


def hallucination_by_category(report: dict) -> Figure:
    """Hallucination rate I/(I+A) per category; raw beside guarded for an eval report."""
    per = report["per_category"]
    if not per:
        raise ValueError("the report has no categories")
    cats = list(per)
    eval_kind = report.get("kind") == "eval"
    series = ([("raw model", RAW_COLOR, [per[c]["raw"]["hallucination_rate"] for c in cats]),
               ("guarded", GUARDED_COLOR, [per[c]["guarded"]["hallucination_rate"] for c in cats])]
              if eval_kind else [("raw model", RAW_COLOR, [per[c]["hallucination_rate"] for c in cats])])
    height = 0.8 / len(series)
    fig = Figure(figsize=(7.0, 1.6 + 0.32 * len(cats) * len(series)))
    ax = fig.add_subplot()
    base = np.arange(len(cats), dtype=float)
    for k, (name, color, vals) in enumerate(series):
        ys = base + (k - (len(series) - 1) / 2) * height
        ax.barh(ys, [0.0 if missing(v) else v for v in vals], height=height * 0.95,
                color=color, alpha=0.85, label=name)
        for yy, v in zip(ys, vals):  # the value at the bar's end; "n/a" where undefined
            ax.text(0.01 if missing(v) else v + 0.01, yy, "n/a" if missing(v) else f"{v:.0%}",
                    va="center", fontsize=8, color="#555555" if missing(v) else color)
    n = [per[c]["raw"]["n"] if eval_kind else per[c]["n"] for c in cats]
    unanswerable = {c for c, a in report.get("category_answerable", {}).items() if a is False}
    ax.set_yticks(base, [f"{c.replace('_', ' ')} (n={k}{', unanswerable' if c in unanswerable else ''})"
                         for c, k in zip(cats, n)])
    ax.invert_yaxis()
    ax.set_xlim(0, 1.12)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    na = any(missing(v) for _, _, vals in series for v in vals)
    style_axes(ax, "Hallucination rate per category"
               + ("\n(n/a: no wrong and no abstained answers)" if na else ""),
               "hallucination rate = wrong / (wrong + abstained)", "category")
    legend_below(ax, ncol=len(series))
    fig.tight_layout()
    return fig


def outcomes_by_category(records: Sequence[Any]) -> Figure:
    """Stacked counts of correct / incorrect / abstained (/ unknown) answers per category."""
    if not records:
        raise ValueError("no records")
    cats = sorted({r.category for r in records})
    outcomes = [o for o in OUTCOME_COLORS if any(grade_of(r) == o for r in records)]
    fig = Figure(figsize=(7.0, 1.6 + 0.36 * len(cats)))
    ax = fig.add_subplot()
    left = np.zeros(len(cats))
    for o in outcomes:
        counts = np.array([sum(r.category == c and grade_of(r) == o for r in records) for c in cats])
        ax.barh(cats, counts, left=left, color=OUTCOME_COLORS[o], label=o, height=0.7)
        for yy, (x0, n) in enumerate(zip(left, counts)):
            if n:
                ax.text(x0 + n / 2, yy, str(n), ha="center", va="center", fontsize=8, color="white")
        left += counts
    ax.set_yticks(range(len(cats)), [c.replace("_", " ") for c in cats])
    ax.invert_yaxis()
    style_axes(ax, "Raw model outcomes per category", "questions", "category")
    legend_below(ax, ncol=len(outcomes))
    fig.tight_layout()
    return fig


def _scored(records: Sequence[Any], score: Callable[[Any], float | None]
            ) -> tuple[np.ndarray, np.ndarray]:
    """(1 if correct else 0, score) for graded answers that have a score."""
    pairs = [(grade_of(r) == "correct", score(r)) for r in records
             if grade_of(r) in ("correct", "incorrect") and score(r) is not None]
    if not pairs:
        return np.zeros(0), np.zeros(0)
    y, s = zip(*pairs)
    return np.array(y, dtype=float), np.clip(np.array(s, dtype=float), 0.0, 1.0)


def _risk_coverage_both(records: Sequence[Any], threshold: float | None) -> Figure:
    y_raw, s_raw = _scored(records, token_probability)
    y, s = _scored(records, lambda r: r.confidence)
    fig = risk_coverage_plot(y, s, threshold)
    if y_raw.size:
        risk_coverage_plot(y_raw, s_raw, ax=fig.axes[0], label="raw token probability",
                           color=RAW_COLOR)
    return fig


def plot_specs(kind: str, records: Sequence[Any], report: dict
                ) -> list[tuple[str, str, Callable[[], Figure]]]:
    """(file name, caption, builder) for each plot of this kind of report."""
    raw_rel = ("raw_reliability.png", "The model's own token probability (exp of the mean "
               "token log-probability) against correctness: the raw miscalibration.",
               lambda: reliability_diagram(*_scored(records, token_probability),
                                           label="raw token probability"))
    halluc = ("hallucination_by_category.png", "Hallucination rate per category.",
              lambda: hallucination_by_category(report))
    if kind == "probe":
        return [raw_rel,
                ("risk_coverage.png", "Selective answering on the raw token probability.",
                 lambda: risk_coverage_plot(*_scored(records, token_probability),
                                            label="raw token probability", color=RAW_COLOR)),
                halluc,
                ("outcomes_by_category.png", "Outcome counts per category.",
                 lambda: outcomes_by_category(records))]
    return [("reliability.png", "Calibrated confidence against correctness (equal-mass bins; "
             "numbers are answers per bin).",
             lambda: reliability_diagram(*_scored(records, lambda r: r.confidence))),
            raw_rel,
            ("risk_coverage.png", "Risk against coverage for the calibrated confidence, with the "
             "guard's threshold, and for the raw token probability." + (
                 "" if report.get("threshold") is not None else
                 " No threshold: the target was unreachable, so the guard abstains on everything."),
             lambda: _risk_coverage_both(records, report.get("threshold"))),
            halluc]
