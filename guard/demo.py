"""`guard.demo`: the main job end to end on one model, sized to run in minutes (`make demo`).

One generation pass over a generated probe suite gives the raw report card; a guard is fitted
on two thirds of those answers and judged on the held-out third, raw versus guarded; then a few
example questions, known facts and made-up things, are asked live through the guard. Everything
goes into `out` (`report.html` shows all three parts; `guard.json` is the fitted guard).
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import probes
from guard.backends.base import Model
from guard.options import options_for
from guard.records import Record
from guard.reporting import EvalReport, ProbeReport, evaluate_records, write_reports
from guard.reporting.html import report_section, write_page
from guard.runner import run_suite
from guard.signals import default_signals
from guard.verdict import GuardedAnswer
from guard.wrapper import Guard

EXAMPLES = (
    "What is the capital of France?",
    "Who wrote Romeo and Juliet?",
    "What is the chemical symbol for gold?",
    "What does a giraffe eat?",
    "Who founded the Veltrasko Institute of Marine Acoustics?",
    "What does the Brindlewort lemur eat?",
    "What did my neighbour eat for breakfast last Tuesday?",
    "Who will win the 2046 World Cup?",
)


@dataclass(frozen=True)
class Demo:
    raw: ProbeReport          # the raw model on every question
    guarded: EvalReport       # raw versus guarded on the held-out third
    examples: tuple[GuardedAnswer, ...]
    guard_file: Path


def demo(model: Model, out: str | Path, *, size: int = 600, seed: int = 0,
         target: float = 0.10, confidence: float = 0.90, progress: bool = True) -> Demo:
    """Run the demo (see the module docstring); resumable like every run in `out`."""
    out = Path(out)
    suite = probes.load_suite("default", size=size, seed=seed)
    options = options_for(model, "neutral", default_signals(model.capabilities))
    records = run_suite(model, suite, options=options, out=out / "answers", progress=progress)
    raw = ProbeReport.of(records, model=model.name, suite=suite.name, prompt="neutral", seed=seed)
    write_reports(out / "raw", raw, records, html=False)  # report.html shows all parts
    cal_ids = set(suite.split(test_fraction=1 / 3, seed=seed)[0].ids)
    guard = Guard.fit_records(model, [r for r in records if r.id in cal_ids], target, confidence,
                              options=options)
    guard.source = guard.save(out / "guard.json")
    judged = guard.judge_records([r for r in records if r.id not in cal_ids])
    guarded = guard.report(evaluate_records(judged), f"{suite.name} (held-out third)")
    write_reports(out / "guarded", guarded, judged, html=False)
    examples = tuple(guard.ask_many(list(EXAMPLES)))
    _page(out, records, raw, judged, guarded, examples)
    return Demo(raw, guarded, examples, guard.source)


def _page(out: Path, records: list[Record], raw: ProbeReport, judged: list[Record],
          guarded: EvalReport, examples: tuple[GuardedAnswer, ...]) -> Path:
    rows = "".join(f"<tr><td>{html.escape(a.question)}</td><td>{a.decision}</td>"
                   f"<td>{a.confidence:.2f}</td><td>{html.escape(a.text)}</td>"
                   f"<td>{html.escape(a.raw_text if a.raw_text != a.text else '')}</td></tr>"
                   for a in examples)
    table = ("<table><thead><tr><th>question</th><th>decision</th><th>confidence</th><th>shown"
             f"</th><th>withheld answer</th></tr></thead><tbody>{rows}</tbody></table>")
    body = ("<h1>hallucination-guard demo</h1><h2>1. Asked live through the guard</h2>" + table
            + "<h2>2. The raw model</h2>" + report_section(out / "raw", records, raw.to_dict(), 3)
            + "<h2>3. Raw versus guarded, held-out questions</h2>"
            + report_section(out / "guarded", judged, guarded.to_dict(), 3))
    return write_page(out / "report.html", "hallucination-guard demo", body)
