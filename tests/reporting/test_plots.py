"""guard.reporting.plots and .html: figures carry their labels, report.html is self-contained and
escaped, and plots that the data cannot make are skipped with a note instead of crashing.

Records are built by hand (duck-typed like `guard.records.Record`) and reports with
`guard.reporting.metrics.report_card`, so these tests do not depend on the probe generators.
"""
from __future__ import annotations

import base64
import math
import random
from dataclasses import dataclass, field
from html.parser import HTMLParser

import numpy as np
import pytest
from matplotlib.figure import Figure

from guard.reporting import html as html_report, metrics, plots

CATEGORIES = [("capital_cities", True), ("chemical_elements", True), ("arithmetic", True),
              ("invented_people", False)]
SCRIPT = "What is <script>alert('x')</script> made of?"


@dataclass(frozen=True)
class Rec:
    """The fields of guard.records.Record that plots read; grade is a plain outcome string."""

    id: str
    question: str
    category: str
    answerable: bool
    text: str
    grade: str
    signals: dict = field(default_factory=dict)
    confidence: float | None = None
    decision: str | None = None


def make_records(n: int = 80, guarded: bool = False, seed: int = 0, all_correct: bool = False) -> list[Rec]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        cat, answerable = CATEGORIES[i % len(CATEGORIES)]
        if all_correct:
            grade = "correct"
        elif rng.random() < 0.15:
            grade = "abstained"
        else:
            grade = "correct" if answerable and rng.random() < 0.6 else "incorrect"
        tp = min(0.99, max(0.05, rng.gauss(0.8 if grade == "correct" else 0.65, 0.15)))
        conf = min(0.99, max(0.01, rng.gauss(0.75 if grade == "correct" else 0.3, 0.2)))
        question = SCRIPT if i == 1 else f"Question {i}?"
        if i == 1 and not all_correct:  # the most confident wrong answer, so the report lists it
            grade, tp, conf = "incorrect", 0.999, 0.995
        out.append(Rec(id=f"q{i}", question=question, category=cat, answerable=answerable,
                       text=f"answer {i} <b>bold</b>", grade=grade,
                       signals={"mean_logprob": math.log(tp)},
                       confidence=conf if guarded else None,
                       decision=("answer" if conf >= 0.5 else "abstain") if guarded else None))
    return out


def _card(outcomes: list[str]) -> dict:
    return metrics.report_card(outcomes).to_dict()


def probe_report(records: list[Rec]) -> dict:
    cats = sorted({r.category for r in records})
    return {"kind": "probe", "model": "tiny<model>", "suite": "default", "seed": 0, "prompt": "default",
            "overall": _card([r.grade for r in records]),
            "per_category": {c: _card([r.grade for r in records if r.category == c]) for c in cats},
            "category_answerable": {c: dict(CATEGORIES).get(c, True) for c in cats},
            "raw_confidence": {"when_correct": 0.8, "when_incorrect": 0.7},
            "truncated_prompts": 0, "cut_answers": 0}


def eval_report(records: list[Rec], threshold: float | None = 0.5) -> dict:
    guarded = lambda r: r.grade if r.decision == "answer" else "abstained"
    cats = sorted({r.category for r in records})
    return {"kind": "eval", "model": "tiny", "data": "dev.jsonl", "guard": "guard.json",
            "target_hallucination": 0.1, "confidence": 0.9, "threshold": threshold,
            "raw": _card([r.grade for r in records]), "guarded": _card([guarded(r) for r in records]),
            "kept_correct": 0.8, "auroc_correct": 0.9, "auroc_answerable": None, "ece": 0.05,
            "brier": 0.1, "aurc": 0.2, "n_scored": len(records),
            "per_category": {c: {"raw": _card([r.grade for r in records if r.category == c]),
                                 "guarded": _card([guarded(r) for r in records if r.category == c])}
                             for c in cats}}


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        if tag == "img":
            self.images.append(dict(attrs)["src"])


def _parse(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    return page


def test_reliability_diagram_labels_ece_and_counts():
    rng = np.random.default_rng(0)
    p = rng.uniform(0, 1, 200)
    y = (rng.uniform(0, 1, 200) < p).astype(int)
    fig = plots.reliability_diagram(y, p, n_bins=10)
    ax = fig.axes[0]
    assert isinstance(fig, Figure)
    assert ax.get_xlabel() == "calibrated confidence" and ax.get_ylabel() == "observed accuracy"
    assert f"ECE {metrics.ece(y, p, 10):.3f}" in ax.get_title()
    assert "20 answers per bin" in [t.get_text() for t in ax.get_legend().get_texts()][1]
    assert "20" in [t.get_text() for t in ax.texts]  # bin counts annotated


def test_reliability_diagram_single_class_raises():
    with pytest.raises(ValueError, match="both classes"):
        plots.reliability_diagram([1, 1, 1], [0.2, 0.5, 0.9])


def test_risk_coverage_marks_threshold_and_aurc():
    y = np.array([1, 1, 0, 1, 0, 0])
    s = np.array([0.9, 0.8, 0.7, 0.6, 0.3, 0.1])
    fig = plots.risk_coverage_plot(y, s, threshold=0.65)
    ax = fig.axes[0]
    assert "coverage" in ax.get_xlabel() and "risk" in ax.get_ylabel() and ax.get_title()
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert f"AURC {metrics.aurc(y, s):.3f}" in legend[0]
    # score >= 0.65 keeps 3 of 6 answers, one of them wrong
    assert "coverage 50%, risk 33%" in legend[1]
    marker = ax.lines[-1].get_xydata()[0]
    assert marker == pytest.approx([0.5, 1 / 3])


def test_hallucination_by_category_eval_side_by_side_and_missing_values():
    records = make_records(80, guarded=True)
    report = eval_report(records)
    report["per_category"]["arithmetic"]["raw"]["hallucination_rate"] = None
    fig = plots.hallucination_by_category(report)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["raw model", "guarded"]
    assert len(ax.patches) == 2 * 4
    assert "capital cities (n=20)" in [t.get_text() for t in ax.get_yticklabels()]
    assert "n/a" in [t.get_text() for t in ax.texts] and "n/a" in ax.get_title()
    assert "hallucination rate" in ax.get_xlabel()


def test_hallucination_by_category_probe_raw_only():
    fig = plots.hallucination_by_category(probe_report(make_records(40)))
    ax = fig.axes[0]
    assert len(ax.patches) == 4 and ax.get_legend().get_texts()[0].get_text() == "raw model"


def test_outcomes_by_category_stacks_counts():
    records = make_records(40)
    ax = plots.outcomes_by_category(records).axes[0]
    heights = sum(p.get_width() for p in ax.patches)
    assert heights == len(records) and ax.get_xlabel() == "questions"


@pytest.mark.parametrize("kind", ["probe", "eval"])
def test_write_html_report_embeds_every_plot_and_escapes(tmp_path, kind):
    records = make_records(80, guarded=kind == "eval")
    report = probe_report(records) if kind == "probe" else eval_report(records)
    path = html_report.write_html_report(tmp_path, records, report)
    text = path.read_text(encoding="utf-8")
    assert path == tmp_path / "report.html"
    page = _parse(text)
    pngs = sorted(p.name for p in tmp_path.glob("*.png"))
    assert len(page.images) == len(pngs) >= 4
    assert all(src.startswith("data:image/png;base64,") for src in page.images)
    assert base64.b64decode(page.images[0].split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
    assert "skipped" not in text and "failed" not in text
    assert "script" not in page.tags and "<script>" not in text and "<b>" not in text
    assert "&lt;script&gt;" in text  # the question, escaped
    assert kind == "eval" or "Report card: tiny&lt;model&gt;" in text
    assert "http://" not in text and "https://" not in text  # no external assets
    assert "hallucination rate I/(I+A)" in text and "capital_cities" in text
    if kind == "eval":
        assert "<th>guarded</th>" in text and {"reliability.png", "risk_coverage.png"} <= set(pngs)


def test_all_correct_skips_reliability_with_a_note(tmp_path):
    records = make_records(24, guarded=True, all_correct=True)
    (tmp_path / "reliability.png").write_bytes(b"stale")
    path = html_report.write_html_report(tmp_path, records, eval_report(records))
    text = path.read_text(encoding="utf-8")
    assert "reliability.png skipped" in text and "all 24 graded answers are correct" in text
    assert not (tmp_path / "reliability.png").exists()  # no stale picture left behind
    assert (tmp_path / "hallucination_by_category.png").exists()


def test_no_confidence_values_skip_with_note(tmp_path):
    records = [Rec(id=f"q{i}", question="Q?", category="people", answerable=True, text="a",
                   grade="correct" if i % 2 else "incorrect") for i in range(6)]
    path = html_report.write_html_report(tmp_path, records, probe_report(records))
    text = path.read_text(encoding="utf-8")
    assert "raw_reliability.png skipped" in text and "risk_coverage.png skipped" in text
    assert "No wrong answers with a confidence" in text
    assert len(_parse(text).images) == 2  # hallucination and outcomes still drawn


def test_write_html_report_with_real_records(tmp_path):
    from guard import records as records_mod
    from guard.reporting import EvalReport, evaluate_records
    from probes import Grade

    records = [records_mod.Record(id=r.id, question=r.question, category=r.category, style="factoid",
                                  answerable=r.answerable, answers=None, model="m", prompt="p",
                                  text=r.text, grade=Grade(r.grade), signals=r.signals,
                                  confidence=r.confidence, decision=r.decision)
               for r in make_records(60, guarded=True)]
    report = EvalReport(evaluate_records(records), "m", "d", "g", 0.1, 0.9, 0.5).to_dict()
    text = html_report.write_html_report(tmp_path, records, report).read_text(encoding="utf-8")
    assert text.count("data:image/png;base64,") == 4 and "&lt;script&gt;" in text
