"""The two reports every run ends in, as typed data: the raw model's report card
(`ProbeReport`) and raw versus guarded (`EvalReport`), plus `write_reports`, which puts
`report.json`, `report.md` and `report.html` (with its plots) next to `records.jsonl`.

`to_dict()` is the strict-JSON form written to `report.json`; the Markdown and HTML renderers
read that form, so a saved report can be rendered again.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from guard.records import Record, token_probability
from guard.reporting import metrics
from guard.reporting.evaluation import Evaluation
from probes import Grade


def _mean_token_probability(records: Sequence[Record], grade: Grade) -> float | None:
    vals = [p for r in records if r.grade == grade and (p := token_probability(r)) is not None]
    return float(np.mean(vals)) if vals else None


def _cut_by_style(records: Sequence[Record]) -> dict[str, float]:
    """Share of answers cut at the token limit, per question style."""
    n, cut = Counter(r.style for r in records), Counter(r.style for r in records
                                                        if r.finish_reason == "length")
    return {style: cut[style] / n[style] for style in sorted(n)}


@dataclass(frozen=True)
class ProbeReport:
    """The raw model's report card on one question set."""

    model: str
    suite: str
    seed: int | None
    prompt: str
    overall: metrics.ReportCard
    per_category: dict[str, metrics.ReportCard]
    category_answerable: dict[str, bool]
    confidence_when_correct: float | None
    confidence_when_incorrect: float | None
    truncated_prompts: int
    cut_answers: int
    cut_by_style: dict[str, float]
    skipped: tuple[dict, ...] = ()

    @classmethod
    def of(cls, records: Sequence[Record], *, model: str, suite: str, prompt: str,
           seed: int | None, skipped: Sequence[dict] = ()) -> "ProbeReport":
        if not records:
            raise ValueError("no answered questions to report on")
        cats = sorted({r.category for r in records})
        return cls(
            model, suite, seed, prompt, metrics.report_card([r.grade for r in records]),
            {c: metrics.report_card([r.grade for r in records if r.category == c]) for c in cats},
            {c: next(r.answerable for r in records if r.category == c) for c in cats},
            _mean_token_probability(records, Grade.CORRECT),
            _mean_token_probability(records, Grade.INCORRECT),
            sum(r.truncated for r in records), sum(r.finish_reason == "length" for r in records),
            _cut_by_style(records), tuple(skipped))

    def to_dict(self) -> dict:
        return {"kind": "probe", "model": self.model, "suite": self.suite, "seed": self.seed,
                "prompt": self.prompt, "overall": self.overall.to_dict(),
                "per_category": {c: card.to_dict() for c, card in self.per_category.items()},
                "category_answerable": self.category_answerable,
                "raw_confidence": {"when_correct": self.confidence_when_correct,
                                   "when_incorrect": self.confidence_when_incorrect},
                "truncated_prompts": self.truncated_prompts, "cut_answers": self.cut_answers,
                "cut_by_style": self.cut_by_style, "skipped": list(self.skipped)}


@dataclass(frozen=True)
class EvalReport:
    """Raw versus guarded on one question set, with the guard that judged it."""

    evaluation: Evaluation
    model: str
    data: str
    guard: str  # the guard file, or "in memory"
    target: float
    confidence: float
    threshold: float | None  # None: the target was unreachable (abstains on everything)
    skipped: tuple[dict, ...] = field(default=())
    threshold_on: str = "probe questions (held-out part)"  # the data its bound was computed on
    threshold_method: str = "exact"  # or "weighted (approximate)"

    def to_dict(self) -> dict:
        return {"kind": "eval", "model": self.model, "data": self.data, "guard": self.guard,
                "target_hallucination": self.target, "confidence": self.confidence,
                "threshold": self.threshold, "threshold_on": self.threshold_on,
                "threshold_method": self.threshold_method, **self.evaluation.to_dict(),
                "skipped": list(self.skipped)}


def write_reports(out: Path, report: ProbeReport | EvalReport, records: Sequence[Record],
                  html: bool = True) -> str:
    """Write report.json, report.md and (with `html`) report.html with its plots into `out`;
    return the Markdown."""
    from guard.reporting.html import write_html_report
    from guard.reporting.markdown import markdown

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    data = report.to_dict()
    text = markdown(data)
    (out / "report.json").write_text(json.dumps(data, indent=1, allow_nan=False))
    (out / "report.md").write_text(text)
    if html:
        write_html_report(out, records, data)
    return text
