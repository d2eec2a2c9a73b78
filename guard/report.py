"""Report cards as data, Markdown and terminal tables, and the files every command writes
(`report.json`, `report.md`, next to `records.jsonl`).

`probe_report` is the raw model's card (AA-Omniscience style); `eval_report` puts the raw and
the guarded model side by side. Plots and HTML live in `guard.plots`.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Sequence

import numpy as np

from guard import metrics
from guard.evaluation import Evaluation
from guard.records import Record
from probes import Grade

CARD_COLUMNS = ("n", "accuracy", "attempted", "hallucination_rate", "omniscience_index")


def _fmt(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "-"
    if isinstance(v, float):
        return f"{v:.1f}" if abs(v) > 1.5 else f"{v:.3f}"
    return str(v)


def table(header: Sequence[str], rows: Sequence[Sequence]) -> str:
    """A Markdown table that also reads well in a terminal."""
    cells = [[str(h) for h in header]] + [[_fmt(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"
    return "\n".join([line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
                     + [line(r) for r in cells[1:]])


def _raw_confidence(records: Sequence[Record], grade: Grade) -> float | None:
    """Mean geometric-mean token probability of answers with this grade (uncalibrated)."""
    vals = [math.exp(r.signals["mean_logprob"]) for r in records
            if r.grade == grade and "mean_logprob" in r.signals]
    return float(np.mean(vals)) if vals else None


def probe_report(records: Sequence[Record], *, model: str, suite: str, prompt: str,
                 seed: int | None) -> dict:
    """The raw model's report card: overall, per category, and its confidence when wrong."""
    card = metrics.report_card([r.grade.value for r in records])
    categories = sorted({r.category for r in records})
    per_cat = {c: metrics.report_card([r.grade.value for r in records if r.category == c]).as_dict()
               for c in categories}
    kinds = {c: next(r.answerable for r in records if r.category == c) for c in categories}
    return {
        "kind": "probe", "model": model, "suite": suite, "seed": seed, "prompt": prompt,
        "overall": card.as_dict(),
        "per_category": per_cat,
        "category_answerable": kinds,
        "raw_confidence": {"when_correct": _raw_confidence(records, Grade.CORRECT),
                           "when_incorrect": _raw_confidence(records, Grade.INCORRECT)},
        "truncated_prompts": sum(r.truncated for r in records),
        "cut_answers": sum(r.finish_reason == "length" for r in records),
    }


def probe_markdown(report: dict) -> str:
    o = report["overall"]
    rows = [[c, "yes" if report["category_answerable"][c] else "no"] + [card[k] for k in CARD_COLUMNS]
            for c, card in report["per_category"].items()]
    conf = report["raw_confidence"]
    return "\n".join([
        f"# Report card: {report['model']} on {report['suite']} (seed {report['seed']}, "
        f"prompt '{report['prompt']}')", "",
        table(("", *CARD_COLUMNS), [["overall", *(o[k] for k in CARD_COLUMNS)]]), "",
        f"Correct {o['correct']}, incorrect {o['incorrect']}, abstained {o['abstained']}"
        + (f", answered without gold {o['dropped']}" if o["dropped"] else "") + ".",
        f"Raw confidence (mean token probability): {_fmt(conf['when_correct'])} when correct, "
        f"{_fmt(conf['when_incorrect'])} when wrong.", "",
        "## Per category", "", table(("category", "answerable", *CARD_COLUMNS), rows), "",
    ])


def eval_report(evaluation: Evaluation, *, model: str, data: str, guard_path: str,
                target: float, confidence: float, threshold: float | None) -> dict:
    return {"kind": "eval", "model": model, "data": data, "guard": guard_path,
            "target_hallucination": target, "confidence": confidence, "threshold": threshold,
            **evaluation.as_dict()}


def eval_markdown(report: dict) -> str:
    raw, g = report["raw"], report["guarded"]
    keys = ("accuracy", "attempted", "hallucination_rate", "omniscience_index")
    rows = [[k, raw[k], g[k]] for k in keys]
    rows += [["kept_correct", 1.0, report["kept_correct"]],
             ["hallucination on unknowns", None, report["hallucination_on_unknowns"]],
             ["auroc (correct)", None, report["auroc_correct"]],
             ["auroc (answerable)", None, report["auroc_answerable"]],
             ["auroc of P(answerable)", None, report["auroc_p_answerable"]],
             ["ece", None, report["ece"]], ["brier", None, report["brier"]]]
    per = [[c, v["raw"]["hallucination_rate"], v["guarded"]["hallucination_rate"],
            v["raw"]["accuracy"], v["guarded"]["accuracy"]] for c, v in report["per_category"].items()]
    return "\n".join([
        f"# Raw vs guarded: {report['model']} on {report['data']}", "",
        f"Guard {report['guard']}: target hallucination rate {report['target_hallucination']} "
        f"at confidence {report['confidence']}, threshold {_fmt(report['threshold'])}; "
        f"n = {raw['n']} ({report['n_scored']} answers with known correctness).", "",
        table(("metric", "raw", "guarded"), rows), "",
        "## Per category", "",
        table(("category", "halluc. raw", "halluc. guarded", "acc. raw", "acc. guarded"), per), "",
    ])


def write_report(out: Path, report: dict, markdown: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=1, allow_nan=False))
    (out / "report.md").write_text(markdown)
