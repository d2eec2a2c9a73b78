"""Run a probe suite through a model: generate in batches, grade, compute signals, record.

Resumable: with `out`, finished questions are appended to `records.jsonl` batch by batch, and
a rerun with the same settings (`guard.run_manifest`) continues where it stopped without
redoing or losing a question; the answers it reads back are graded, and their claims labelled,
by today's graders (`regraded`). A question too long for the model's context window is skipped
(listed in `skipped.jsonl` and warned about) while the rest of its batch is answered; pass
`options.truncate_prompt=True` to shorten such questions instead. Returns the records of the
answered questions, in suite order.
"""
from __future__ import annotations

import json
import sys
import time
import warnings
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

from tqdm.auto import tqdm

import probes
from guard.backends.base import GenerateOptions, Generation, Model, PromptTooLong
from guard.options import default_options
from guard.prompts import DEFAULT_PROMPT
from guard.records import ClaimRecord, Record, append_records, encode, read_records
from guard.run_manifest import RunManifest, check_or_write
from guard.signals import available
from guard.signals.features import Observation, claim_samples, observe, observe_claims
from probes.claims import asked_entity, claim_labels, split_claims

RECORDS_FILE = "records.jsonl"
SKIPPED_FILE = "skipped.jsonl"
# (answers, their observations, each answer's sampled answers for the claim signals) -> verdicts
# with confidence, decision and p_answerable
Judge = Callable[[Sequence[Generation], Sequence[Observation], Sequence[Sequence[str]]], Sequence]
OnBatch = Callable[[int, int, float], None]  # (asked so far, to ask in this run, seconds)


@dataclass(frozen=True)
class Skipped:
    """A question the model could not be asked, and why."""

    id: str
    question: str
    reason: str
    line: int = 0  # the line of the question file (0 for generated probes)


def record_of(probe: probes.Probe, generation: Generation, obs: Observation, model: Model,
              prompt: str, verdict=None, claims: Sequence[ClaimRecord] = ()) -> Record:
    """One graded answer with its observed signals and hidden states, its claims when asked
    for, and the guard's verdict when judged."""
    return Record.of(
        probe, model=model.name, prompt=prompt, text=generation.text,
        grade=probes.grade(probe, generation.text), finish_reason=generation.finish_reason,
        truncated=generation.prompt_truncated, signals=dict(obs.signals),
        confidence=None if verdict is None else verdict.confidence,
        decision=None if verdict is None else verdict.decision,
        p_answerable=None if verdict is None else verdict.p_answerable, claims=tuple(claims),
        **{f"hidden_{position}": encode(h) for position, h in obs.hidden.items()},
    )


def claim_records(probe: probes.Probe, g: Generation, names: Sequence[str],
                  samples: Sequence[str] = ()) -> list[ClaimRecord]:
    """The claims of `g`'s answer with their signals (those reading sampled answers read
    `samples`), hidden states and, for a question with evidence (`probes.claims`), their labels."""
    claims = split_claims(g.text, asked_entity(g.question))
    labels = claim_labels(probe, [c.text for c in claims])
    return [ClaimRecord(c.text, c.span, label, dict(o.signals),
                        encode(o.hidden["claim"]) if "claim" in o.hidden else None)
            for c, label, o in zip(claims, labels, observe_claims(g, claims, names, samples))]


def with_claim_verdicts(claims: Sequence[ClaimRecord], verdict) -> list[ClaimRecord]:
    """`claims` with the guard's P(supported) and decision for each (matched by span)."""
    judged = {c.span: c for c in getattr(verdict, "claims", ())}
    return [replace(c, confidence=judged[c.span].confidence, kept=judged[c.span].kept)
            if c.span in judged else c for c in claims]


def run_suite(model: Model, suite: probes.ProbeSuite, *, prompt: str = DEFAULT_PROMPT,
              options: GenerateOptions | None = None, out: str | Path | None = None,
              progress: bool = True, extra: Sequence[str] = (), judge: Judge | None = None,
              judge_id: str | None = None, on_batch: OnBatch | None = None,
              claims: Sequence[str] = ()) -> list[Record]:
    """Answer, grade and record every probe of `suite` (see the module docstring).

    Every single-pass signal the backend offers is stored, plus the extra-pass or sampling
    signals named in `extra`. With `judge` (a guard's `judge_observed`), each record also
    carries the guard's verdict on the same observation; `judge_id` identifies the judge for
    resuming (the guard's digest). `on_batch(done, total, seconds)` is called after each batch
    (e.g. to print how long the rest will take, `guard.eta`). With `claims` (claim signal names),
    each answer is also split into claims, each stored with those signals and, for a question
    with evidence, its label.
    """
    options = options or default_options(model, prompt)
    names = available(model.capabilities) + tuple(extra)
    done: dict[str, Record] = {}
    skipped: dict[str, Skipped] = {}
    path = None
    if out is not None:
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        path = out / RECORDS_FILE
        existing = read_records(path)
        manifest = RunManifest.of(model, prompt, options, (*extra, *claims), judge_id if judge else None)
        check_or_write(out, manifest, bool(existing) or (out / SKIPPED_FILE).exists())
        done = _resume(existing, suite, path)
        skipped = {s.id: s for s in read_skipped(out)}
    todo = sorted((p for p in suite if p.id not in done and p.id not in skipped),
                  key=lambda p: len(p.question))
    bar = tqdm(total=len(suite), initial=len(done) + len(skipped), unit="q", file=sys.stderr,
               desc=f"{model.name} {suite.name}", disable=not progress)
    started, first = time.perf_counter(), len(done) + len(skipped)
    try:
        for start in range(0, len(todo), options.batch_size):
            batch = todo[start : start + options.batch_size]
            asked, gens, too_long = _generate(model, batch, options)
            new = _records(asked, gens, model, prompt, names, options, judge, claims)
            if path is not None:
                append_records(path, new)
                _append_skipped(out, too_long)
            done.update((r.id, r) for r in new)
            skipped.update((s.id, s) for s in too_long)
            bar.update(len(batch))
            if on_batch is not None:
                on_batch(len(done) + len(skipped) - first, len(todo), time.perf_counter() - started)
    finally:
        bar.close()
    if skipped:
        warnings.warn(f"skipped {len(skipped)} question(s) too long for {model.name}: "
                      + "; ".join(f"{s.id}" + (f" (line {s.line})" if s.line else "")
                                  + f" {s.question[:40]!r}..." for s in skipped.values()),
                      stacklevel=2)
    return [done[p.id] for p in suite if p.id in done]


def _generate(model: Model, batch: list[probes.Probe], options: GenerateOptions
              ) -> tuple[list[probes.Probe], list[Generation], list[Skipped]]:
    """Answers to the batch; when a question does not fit the context window, the others are
    asked one by one and the ones that do not fit are returned as skipped."""
    try:
        return batch, model.generate([p.question for p in batch], options), []
    except PromptTooLong:
        pass
    asked, gens, skipped = [], [], []
    for probe in batch:
        try:
            gens += model.generate([probe.question], options)
            asked.append(probe)
        except PromptTooLong as exc:
            skipped.append(Skipped(probe.id, probe.question, str(exc), probe.line))
    return asked, gens, skipped


def _records(batch: list[probes.Probe], gens: list[Generation], model: Model, prompt: str,
             names: Sequence[str], options: GenerateOptions, judge: Judge | None,
             claims: Sequence[str]) -> list[Record]:
    if not batch:
        return []
    obs = observe(model, gens, names, options)
    samples = claim_samples(model, gens, claims, options)
    verdicts = judge(gens, obs, samples) if judge is not None else [None] * len(gens)
    return [record_of(p, g, o, model, prompt, v,
                      with_claim_verdicts(claim_records(p, g, claims, s), v) if claims else ())
            for p, g, o, v, s in zip(batch, gens, obs, verdicts, samples)]


def read_skipped(out: str | Path) -> list[Skipped]:
    """The questions a run in `out` skipped (none when there is no such file)."""
    path = Path(out) / SKIPPED_FILE
    if not path.exists():
        return []
    return [Skipped(**json.loads(line)) for line in path.read_text().splitlines() if line.strip()]


def _append_skipped(out: Path, skipped: list[Skipped]) -> None:
    if skipped:
        with open(out / SKIPPED_FILE, "a", encoding="utf-8") as f:
            f.writelines(json.dumps(s.__dict__, ensure_ascii=False) + "\n" for s in skipped)


def _resume(existing: list[Record], suite: probes.ProbeSuite, path: Path) -> dict[str, Record]:
    ids = set(suite.ids)
    for r in existing:
        if r.id not in ids:
            raise ValueError(
                f"{path} holds question '{r.id}', which is not in suite '{suite.name}' "
                "(another suite, size or seed?): choose another output directory or remove it"
            )
    by_id = {p.id: p for p in suite}
    return {r.id: regraded(r, by_id[r.id]) for r in existing}


def regraded(r: Record, probe: probes.Probe) -> Record:
    """`r` graded, and its claims labelled, by today's graders: a resumed run or a stored answer
    never keeps a label an older grader gave."""
    labels = claim_labels(probe, [c.text for c in r.claims])
    return replace(r, grade=probes.grade(probe, r.text),
                   claims=tuple(replace(c, label=label) for c, label in zip(r.claims, labels)))
