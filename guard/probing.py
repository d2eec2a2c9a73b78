"""`guard.probe`: the raw model's report card on a probe suite, in one call (what `guard probe`
runs): ask, grade and record every question (resumable in `out`), then report."""
from __future__ import annotations

from pathlib import Path

import probes
from guard.backends.base import Model
from guard.options import default_options
from guard.prompts import DEFAULT_PROMPT
from guard.reporting import ProbeReport, write_reports
from guard.runner import read_skipped, run_suite


def probe(model: Model, suite: probes.ProbeSuite, *, prompt: str = DEFAULT_PROMPT,
          generation: dict | None = None, out: str | Path | None = None,
          progress: bool = True) -> ProbeReport:
    """The report card of `model` on `suite`; with `out`, also records.jsonl and
    report.json/.md/.html there. `generation` changes generation settings from the defaults."""
    options = default_options(model, prompt, **(generation or {}))
    records = run_suite(model, suite, prompt=prompt, options=options, out=out, progress=progress)
    skipped = tuple(s.__dict__ for s in read_skipped(out)) if out is not None else ()
    report = ProbeReport.of(records, model=model.name, suite=suite.name, prompt=prompt,
                            seed=suite.seed, skipped=skipped)
    if out is not None:
        write_reports(Path(out), report, records)
    return report
