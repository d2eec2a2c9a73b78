"""Raw versus guarded, from the records of a guarded run: the numbers every report shows.

Pure functions over records. A question's guarded outcome is its raw grade when the guard let
the answer through, and an abstention otherwise (a flagged answer counts as withheld); an
ungraded answer (no gold answer) stays ungraded either way, so raw and guarded count the same N.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Sequence

import numpy as np

from guard.records import Record
from guard.reporting import metrics
from guard.reporting.metrics import ReportCard
from probes import Grade


@dataclass(frozen=True)
class Evaluation:
    """Side-by-side report of the raw and the guarded model on one question set."""

    raw: ReportCard
    guarded: ReportCard
    kept_correct: float
    hallucination_on_unknowns: float  # what the threshold bounds (see guard.threshold)
    auroc_correct: float      # confidence ranks correct above not-correct answers
    auprc_correct: float      # average precision of the same ranking
    auroc_answerable: float   # confidence ranks answerable above unanswerable questions
    auroc_p_answerable: float  # the guard's P(answerable) does (NaN without one)
    ece: float
    brier: float
    aurc: float
    risk_at_half: float       # error rate among the half of graded answers most confidently kept
    n_scored: int             # answers with known correctness used by AUROC/ECE/Brier
    per_category: dict[str, tuple[ReportCard, ReportCard]]

    def to_dict(self) -> dict:
        out = {k: v for k, v in asdict(self).items() if k not in ("raw", "guarded", "per_category")}
        out = {k: None if isinstance(v, float) and not np.isfinite(v) else v for k, v in out.items()}
        out["raw"], out["guarded"] = self.raw.to_dict(), self.guarded.to_dict()
        out["per_category"] = {c: {"raw": r.to_dict(), "guarded": g.to_dict()}
                               for c, (r, g) in self.per_category.items()}
        return out


def guarded_outcome(record: Record) -> Grade:
    if record.grade == Grade.UNGRADED or record.decision == "answer":
        return record.grade
    return Grade.ABSTAINED


def _nan_safe(fn, *args) -> float:
    try:
        return float(fn(*args))
    except ValueError:
        return float("nan")


def evaluate_records(records: Sequence[Record]) -> Evaluation:
    """Compute the `Evaluation` of a guarded run's records."""
    if not records:
        raise ValueError("no records to evaluate")
    if any(r.confidence is None for r in records):
        raise ValueError("records were not judged by a guard (no confidence): run them guarded")
    raw = [r.grade for r in records]
    guarded = [guarded_outcome(r) for r in records]
    scored = [r for r in records if r.grade in (Grade.CORRECT, Grade.INCORRECT)]
    y = np.array([r.grade == Grade.CORRECT for r in scored], dtype=int)
    p = np.array([r.confidence for r in scored], dtype=float)
    # the guard never answers a model abstention: its effective confidence is 0
    conf_all = np.array([0.0 if r.grade == Grade.ABSTAINED else r.confidence for r in records])
    answerable = np.array([r.answerable for r in records], dtype=int)
    p_ans = np.array([np.nan if r.p_answerable is None else r.p_answerable for r in records])
    categories = sorted({r.category for r in records})
    return Evaluation(
        raw=metrics.report_card(raw),
        guarded=metrics.report_card(guarded),
        kept_correct=metrics.kept_correct(raw, guarded),
        hallucination_on_unknowns=metrics.hallucination_on_unknowns(raw, guarded),
        auroc_correct=_nan_safe(metrics.auroc, y, p),
        auprc_correct=_nan_safe(metrics.auprc, y, p),
        auroc_answerable=_nan_safe(metrics.auroc, answerable, conf_all),
        auroc_p_answerable=(_nan_safe(metrics.auroc, answerable, p_ans)
                            if np.isfinite(p_ans).all() else float("nan")),
        ece=_nan_safe(metrics.ece, y, p),
        brier=_nan_safe(metrics.brier, y, p),
        aurc=_nan_safe(metrics.aurc, y, p),
        risk_at_half=_nan_safe(metrics.risk_at_coverage, y, p, 0.5),
        n_scored=len(scored),
        per_category={c: (metrics.report_card([o for o, r in zip(raw, records) if r.category == c]),
                          metrics.report_card([o for o, r in zip(guarded, records) if r.category == c]))
                      for c in categories},
    )
