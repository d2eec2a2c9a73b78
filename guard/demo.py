"""`guard.demo`: the main job end to end on one model, in a few minutes (`make demo`).

1. A few questions, known facts and made-up things, asked live through the guard shipped for
   the model (calibrated at the default size, `guard.shipped`), which also times this machine.
2. The raw model's report card on a small generated suite (progress bar, time estimate).
3. A guard fitted here on two thirds of those answers, then raw versus that guard and versus the
   shipped one on the held-out third (the same answers, the same N).
Without a shipped guard for the model, step 1 runs last, through the guard fitted here.
Everything goes into `out`: `report.html` shows all parts; `guard.json` is the fitted guard.
"""
from __future__ import annotations

import html
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import probes
from guard.backends.base import Model
from guard.eta import Estimate, minutes
from guard.options import options_for
from guard.prompts import DEFAULT_PROMPT
from guard.records import Record
from guard.reporting import EvalReport, ProbeReport, evaluate_records, write_reports
from guard.reporting.guarded import guard_report
from guard.reporting.html import report_section, write_page
from guard.reporting.markdown import table
from guard.runner import run_suite
from guard.shipped import shipped_guard
from guard.signals import default_signals
from guard.verdict import GuardedAnswer
from guard.wrapper import Guard

DEMO_SIZE = 150
CALIBRATION_SIZE = 2000  # what `guard calibrate` asks by default
EXAMPLES = (
    "What is the capital of France?",
    "Who wrote Romeo and Juliet?",
    "What is the chemical symbol for gold?",
    "Tell me about the Eiffel Tower.",
    "Who founded the Veltrasko Institute of Marine Acoustics?",
    "What does the Brindlewort lemur eat?",
    "What did my neighbour eat for breakfast last Tuesday?",
    "Who will win the 2046 World Cup?",
)


@dataclass(frozen=True)
class Demo:
    raw: ProbeReport            # the raw model on every question
    guarded: EvalReport         # raw versus the guard fitted here, on the held-out third
    shipped: EvalReport | None  # raw versus the shipped guard, on the same held-out third
    examples: tuple[GuardedAnswer, ...]
    guard_file: Path


def demo(model: Model, out: str | Path, *, size: int = DEMO_SIZE, seed: int = 0,
         target: float = 0.10, confidence_level: float = 0.90, progress: bool = True,
         say: Callable[[str], None] = print) -> Demo:
    """Run the demo (see the module docstring); resumable like every run in `out`."""
    out = Path(out)
    suite = probes.load_suite("default", size=size, seed=seed)
    shipped = shipped_guard(model)
    say(_plan(model.name, len(suite), shipped is not None))
    examples: tuple[GuardedAnswer, ...] = ()
    if shipped is not None:
        start = time.perf_counter()
        examples = tuple(shipped.ask_many(list(EXAMPLES)))
        per_question = (time.perf_counter() - start) / len(EXAMPLES)
        say(examples_text(examples, "the shipped guard"))
        say(f"\n{per_question:.1f} s a question here: step 2 takes about "
            f"{minutes(per_question * len(suite))}, and a full calibration "
            f"({CALIBRATION_SIZE} questions) about {minutes(per_question * CALIBRATION_SIZE)}.\n")
    options = shipped.options if shipped else options_for(model, DEFAULT_PROMPT,
                                                          default_signals(model.capabilities))
    records = run_suite(model, suite, options=options, out=out / "answers", progress=progress,
                        on_batch=Estimate("raw report card", say))
    raw = ProbeReport.of(records, model=model.name, suite=suite.name, prompt=DEFAULT_PROMPT, seed=seed)
    write_reports(out / "raw", raw, records, html=False)  # report.html shows all parts
    cal_ids = set(suite.split(test_fraction=1 / 3, seed=seed)[0].ids)
    held_out = [r for r in records if r.id not in cal_ids]
    guard = Guard.fit_records(model, [r for r in records if r.id in cal_ids], target,
                              confidence_level, options=options)
    guard.source = guard.save(out / "guard.json")
    judged = guard.judge_records(held_out)
    name = f"{suite.name} (held-out third)"
    guarded = guard_report(guard, evaluate_records(judged), name)
    write_reports(out / "guarded", guarded, judged, html=False)
    shipped_report = None
    if shipped is not None:
        shipped_judged = shipped.judge_records(held_out)
        shipped_report = guard_report(shipped, evaluate_records(shipped_judged), name)
        write_reports(out / "shipped", shipped_report, shipped_judged, html=False)
    else:
        examples = tuple(guard.ask_many(list(EXAMPLES)))
        say(examples_text(examples, "the guard fitted here"))
    _page(out, records, raw, judged, guarded, examples)
    return Demo(raw, guarded, shipped_report, examples, guard.source)


def _plan(model: str, n: int, shipped: bool) -> str:
    first = ("1. eight questions asked live through the guard shipped for this model "
             f"(calibrated on {CALIBRATION_SIZE} generated questions)\n" if shipped else "")
    return (f"hallucination-guard demo on {model}:\n{first}"
            f"{2 if shipped else 1}. the raw model's report card on {n} freshly generated questions\n"
            f"{3 if shipped else 2}. a guard fitted here on {n - n // 3} of them, then raw versus "
            "guarded on the other third" + (" (beside the shipped guard)" if shipped else "")
            + f"\nA real calibration asks {CALIBRATION_SIZE} questions (`guard calibrate`); a few "
            "hundred give a loose bound, so a guard that keeps fewer correct answers.\n")


def examples_text(answers: tuple[GuardedAnswer, ...], by: str) -> str:
    """The live answers as the demo prints them."""
    lines = [f"Asked live through {by}:"]
    for a in answers:
        mark = " (outside the bound)" if a.outcome == "outside_bound" else ""
        withheld = f"  [withheld: {a.raw_text[:70]}]" if a.raw_text not in ("", a.text) else ""
        lines.append(f"[{a.decision:7s} {a.confidence:.2f}{mark}] {a.question}\n    {a.text[:100]}{withheld}")
    return "\n".join(lines)


def comparison(result: Demo) -> str:
    """Raw versus each guard on the held-out third, one column each (the same questions)."""
    evals = [("guard fitted here", result.guarded)] + (
        [(f"shipped guard ({CALIBRATION_SIZE} q)", result.shipped)] if result.shipped else [])
    raw = result.guarded.evaluation.raw
    keys = ("n", "accuracy", "attempted", "hallucination_rate", "omniscience_index")
    rows = [[k, getattr(raw, k), *(getattr(e.evaluation.guarded, k) for _, e in evals)] for k in keys]
    rows += [["kept correct", 1.0, *(e.evaluation.kept_correct for _, e in evals)],
             ["hallucination on unknowns", None, *(e.evaluation.hallucination_on_unknowns for _, e in evals)],
             ["AUROC (correct)", None, *(e.evaluation.auroc_correct for _, e in evals)]]
    n_ungraded = result.guarded.evaluation.raw.ungraded
    return (f"## Raw versus guarded on {raw.n} held-out questions (target hallucination rate "
            f"{result.guarded.target} at confidence {result.guarded.confidence})\n\n"
            + table(("", "raw", *(name for name, _ in evals)), rows)
            + (f"\n\n{n_ungraded} more answered questions have no gold answer (open questions): "
               "counted apart, in no column." if n_ungraded else ""))


def _page(out: Path, records: list[Record], raw: ProbeReport, judged: list[Record],
          guarded: EvalReport, examples: tuple[GuardedAnswer, ...]) -> Path:
    rows = "".join(f"<tr><td>{html.escape(a.question)}</td><td>{a.decision}</td>"
                   f"<td>{a.confidence:.2f}</td><td>{html.escape(a.text)}</td>"
                   f"<td>{html.escape(a.raw_text if a.raw_text != a.text else '')}</td>"
                   f"<td>{html.escape(a.reason)}</td></tr>" for a in examples)
    table = ("<table><thead><tr><th>question</th><th>decision</th><th>confidence</th><th>shown"
             "</th><th>withheld answer</th><th>reason</th></tr></thead>"
             f"<tbody>{rows}</tbody></table>")
    body = ("<h1>hallucination-guard demo</h1><h2>1. Asked live through the guard</h2>" + table
            + "<h2>2. The raw model</h2>" + report_section(out / "raw", records, raw.to_dict(), 3)
            + "<h2>3. Raw versus guarded, held-out questions</h2>"
            + report_section(out / "guarded", judged, guarded.to_dict(), 3))
    return write_page(out / "report.html", "hallucination-guard demo", body)
