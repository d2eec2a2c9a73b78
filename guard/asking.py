"""What fitting a guard asks its model: the probe suite; the user's labelled sample; the prompt
pass of their unlabelled questions; and, for a guard calibrated claim by claim, the claims
suite (open questions whose claims are labelled against evidence). Returns the keyword
arguments of `Guard.fit_records`, so fitting from stored records and from a live model share
everything after the asking."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import probes
from guard.prompt_pass import prompt_hidden_states
from guard.runner import OnBatch, run_suite

CLAIMS_SIZE = 400  # claims questions a guard asks to calibrate claim by claim


def ask_for_fit(guard, suite: probes.ProbeSuite, *, out: str | Path | None = None,
                progress: bool = True, labelled: probes.ProbeSuite | None = None,
                unlabelled: Sequence[str] | None = None, on_batch: OnBatch | None = None,
                claims_suite: probes.ProbeSuite | None = None) -> dict[str, Any]:
    """The records `guard` is fitted on (resumable in `out` and its sub-directories)."""
    probes.check_labelled(labelled)  # a sample that labels nothing fails before any work
    if not len(suite):
        raise ValueError(f"suite '{suite.name}' has no questions to calibrate on")
    options = guard.planned_options
    ask = dict(prompt=guard.config.prompt, options=options, progress=progress, extra=guard.plan.extra)
    where = (lambda sub: None) if out is None else (lambda sub: Path(out) / sub)
    records = run_suite(guard.model, suite, out=out, on_batch=on_batch, **ask)
    sample = () if labelled is None else run_suite(guard.model, labelled, out=where("labelled"), **ask)
    hidden = None if unlabelled is None else prompt_hidden_states(guard.model, unlabelled, options)
    claim_records = () if not guard.config.claims else run_suite(
        guard.model, claims_suite or probes.load_suite("claims", CLAIMS_SIZE, guard.config.seed),
        out=where("claims"), claims=guard.claim_signals, **ask)
    return dict(records=records, labelled=sample, user_hidden=hidden, options=options,
                claim_records=claim_records)
