"""Run a probe suite through a model: generate in batches, grade, compute signals, record.

Resumable: with `out`, finished questions are appended to `records.jsonl` batch by batch, and
a rerun with the same model, prompt and suite continues where it stopped without redoing or
losing a question. Returns records in suite order.
"""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from tqdm.auto import tqdm

import probes
from guard import extra_pass, signals as sig
from guard.backends.base import GenerateOptions, Generation, Model
from guard.knowledge_probe import encode
from guard.prompts import DEFAULT_MAX_NEW_TOKENS, DEFAULT_PROMPT, system_prompt
from guard.records import Record, append_records, read_records

RECORDS_FILE = "records.jsonl"


def available_signals(model: Model) -> tuple[str, ...]:
    """Every single-pass signal this backend can provide."""
    caps = model.capabilities
    return tuple(n for n, s in sig.SIGNALS.items() if not s.needs or getattr(caps, s.needs))


def default_options(model: Model, prompt: str = DEFAULT_PROMPT, **overrides) -> GenerateOptions:
    """Greedy options carrying the prompt's system text and every signal the backend has."""
    base = GenerateOptions(max_new_tokens=DEFAULT_MAX_NEW_TOKENS, system=system_prompt(prompt),
                           prompt_logprobs=model.capabilities.prompt_logprobs)
    return replace(base, **overrides)


def record_of(probe: probes.Probe, generation: Generation, model: Model, prompt: str,
              names: tuple[str, ...], judged=None, extra: dict[str, float] | None = None) -> Record:
    """Grade one answer and collect its signals, plus `extra` (extra-pass values), and the
    guard's verdict when judged."""
    values = dict(extra or {})
    for name in names:
        try:
            values[name] = float(sig.SIGNALS[name].fn(generation))
        except (ValueError, IndexError):  # not captured for this run, or nothing to measure
            pass
    return Record.of(
        probe, model=model.name, prompt=prompt, text=generation.text,
        grade=probes.grade(probe, generation.text), finish_reason=generation.finish_reason,
        truncated=generation.prompt_truncated, signals=values,
        confidence=None if judged is None else judged.confidence,
        decision=None if judged is None else judged.decision,
        p_answerable=None if judged is None else judged.p_answerable,
        **_hidden_fields(generation),
    )


def _hidden_fields(g: Generation) -> dict[str, str]:
    if g.prompt_hidden is None:
        return {}
    answer = g.answer_hidden.mean(axis=1) if g.answer_hidden.shape[1] else g.prompt_hidden
    return {"hidden_prompt": encode(g.prompt_hidden), "hidden_answer": encode(answer)}


def run_suite(model: Model, suite: probes.ProbeSuite, *, prompt: str = DEFAULT_PROMPT,
              options: GenerateOptions | None = None, out: str | Path | None = None,
              progress: bool = True, guard=None, extra: Sequence[str] = ()) -> list[Record]:
    """Answer, grade and record every probe of `suite` (see the module docstring).

    With `guard`, its model, prompt and options are used and each record also carries the
    guard's confidence and decision (the same `Guard.judge` that `Guard.ask` uses). `extra`
    names extra-pass signals (`guard.extra_pass`) to compute and store too (a guard's own are
    always stored).
    """
    if guard is not None:
        model, prompt, options = guard.model, guard.prompt, guard.options
        extra = extra_pass.extra_names(guard.signals)
    options = options or default_options(model, prompt)
    names = available_signals(model)
    done: dict[str, Record] = {}
    path = None
    if out is not None:
        path = Path(out) / RECORDS_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        done = _check_resume(read_records(path), suite, model, prompt, path, guard is not None)
    todo = sorted((p for p in suite if p.id not in done), key=lambda p: len(p.question))
    bar = tqdm(total=len(suite), initial=len(done), desc=f"{model.name} {suite.name}", unit="q",
               disable=not progress, file=sys.stderr)
    try:
        for start in range(0, len(todo), options.batch_size):
            batch = todo[start : start + options.batch_size]
            gens = model.generate([p.question for p in batch], options)
            if guard is not None:
                judged = guard.judge(gens)
                extras = [{n: j.signals[n] for n in extra} for j in judged]
            else:
                judged = [None] * len(gens)
                extras = extra_pass.compute(model, extra, [g.question for g in gens],
                                            [g.text for g in gens], options.system)
            new = [record_of(p, g, model, prompt, names, j, x)
                   for p, g, j, x in zip(batch, gens, judged, extras)]
            if path is not None:
                append_records(path, new)
            done.update((r.id, r) for r in new)
            bar.update(len(new))
    finally:
        bar.close()
    return [done[p.id] for p in suite]


def _check_resume(existing: list[Record], suite: probes.ProbeSuite, model: Model, prompt: str,
                  path: Path, guarded: bool) -> dict[str, Record]:
    ids = set(suite.ids)
    for r in existing:
        if (r.decision is not None) != guarded:
            raise ValueError(f"{path} holds a {'guarded' if r.decision else 'raw'} run; this run is "
                             f"{'guarded' if guarded else 'raw'}: choose another output directory")
        if r.model != model.name or r.prompt != prompt:
            raise ValueError(
                f"{path} holds a run of model '{r.model}' with prompt '{r.prompt}', not "
                f"'{model.name}' with '{prompt}': choose another output directory or remove it"
            )
        if r.id not in ids:
            raise ValueError(
                f"{path} holds question '{r.id}', which is not in suite '{suite.name}' "
                "(another suite, size or seed?): choose another output directory or remove it"
            )
    by_id = {p.id: p for p in suite}  # regrade: grades always come from the current grader
    return {r.id: replace(r, grade=probes.grade(by_id[r.id], r.text)) for r in existing}
