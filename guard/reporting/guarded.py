"""`evaluate_guard`: raw versus guarded on a labelled suite, the report `Guard.evaluate` and
`guard eval` give (a guarded run, its evaluation, and report.json/.md/.html with `out`)."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import probes
from guard.reporting.evaluation import Evaluation, evaluate_records
from guard.reporting.reports import EvalReport, write_reports
from guard.runner import read_skipped


def evaluate_guard(guard, suite: probes.ProbeSuite, *, out: str | Path | None = None,
                   progress: bool = True) -> EvalReport:
    """`guard.run(suite)` evaluated raw versus guarded; with `out`, the report files too."""
    records = guard.run(suite, out=out, progress=progress)
    report = guard_report(guard, evaluate_records(records), suite.name,
                          read_skipped(out) if out is not None else ())
    if out is not None:
        write_reports(Path(out), report, records)
    return report


def guard_report(guard, evaluation: Evaluation, data: str, skipped: Sequence = ()) -> EvalReport:
    """An `EvalReport` of `guard` for an evaluation on `data`."""
    t = guard.threshold
    return EvalReport(evaluation, guard.model.name, data,
                      str(guard.source) if guard.source else "in memory", t.target, t.confidence,
                      t.threshold if t.reachable else None, tuple(s.__dict__ for s in skipped),
                      guard.info.threshold_on, t.method)
