"""Collect graded records with every signal and hidden states, for the signal and report-card
benchmarks (resumable: rerunning continues where it stopped).

    python benchmarks/collect.py --model qwen2.5-coder-0.5b [--size 400] [--seed 0]

Writes runs/collect/<model>/neutral/<set>/records.jsonl for the default generated suite and a
seeded, stratified sample of the SelfAware file (read from ../shared/data at run time).
"""
from __future__ import annotations

import argparse
import os
from dataclasses import dataclass, replace
from pathlib import Path

from tqdm import tqdm

import probes
from guard import load_model, run_suite
from guard.signals.plan import candidate_layers
from guard.records import Record, append_records, encode, read_records
from guard.options import default_options
from guard.prompts import DEFAULT_PROMPT
from guard.prompt_pass import prompt_pass_only

SELFAWARE = Path(__file__).resolve().parents[2] / "shared" / "data" / "selfaware-dev.jsonl"
RUNS = Path("runs/collect")


@dataclass(frozen=True)
class Collected:
    suite: probes.ProbeSuite
    generated: list[Record]   # the whole generated suite, in suite order
    cal_ids: frozenset[str]   # its calibration half (ProbeSuite.split)
    selfaware: list[Record]

    @property
    def cal(self) -> list[Record]:
        return [r for r in self.generated if r.id in self.cal_ids]

    @property
    def test(self) -> list[Record]:
        return [r for r in self.generated if r.id not in self.cal_ids]


def _records(model, suite: probes.ProbeSuite, out: Path) -> list[Record]:
    """Run (resumably) when a model is given, else read; regraded with the current grader."""
    if model is not None:
        options = collect_options(model)
        records = _backfill_question_hidden(model, run_suite(model, suite, options=options, out=out),
                                            options, out / "records.jsonl")
    else:
        records = read_records(out / "records.jsonl")
    by_id = {p.id: p for p in suite}
    return [replace(r, grade=probes.grade(by_id[r.id], r.text)) for r in records if r.id in by_id]


def collect_options(model):
    """Greedy default options capturing every signal: prompt log-probs and seven layers' hidden
    states at every position (a guard fitted on these records answers with them)."""
    return default_options(model, DEFAULT_PROMPT, batch_size=16, prompt_logprobs=True,
                           hidden_layers=candidate_layers(model.num_layers))


def _backfill_question_hidden(model, records: list[Record], options, path: Path) -> list[Record]:
    """Records collected before the question tokens' hidden states were captured get them from
    one prompt pass (they depend on the prompt alone: what a recollection would store); the
    file is rewritten whole, atomically."""
    todo = [i for i, r in enumerate(records) if r.hidden_prompt and not r.hidden_question]
    if not todo:
        return records
    records = list(records)
    desc = f"question hidden states ({path.parent.name})"
    for start in tqdm(range(0, len(todo), options.batch_size), desc=desc):
        chunk = todo[start : start + options.batch_size]
        asked = model.generate([records[i].question for i in chunk], options, gate=prompt_pass_only)
        for i, g in zip(chunk, asked):
            records[i] = replace(records[i], hidden_question=encode(g.question_hidden))
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    append_records(tmp, records)
    os.replace(tmp, path)
    return records


def collected(model_name: str, *, size: int = 3000, seed: int = 0, sample: int = 600,
              test_fraction: float = 0.5, split_seed: int | None = None, run: bool = True,
              runs: Path = RUNS) -> Collected:
    """Records of the default suite (split into calibration and held-out parts by
    `ProbeSuite.split`, seeded by `split_seed`, default `seed`) and of a SelfAware sample
    (`sample` >= 600: the whole file)."""
    model = load_model(model_name) if run else None
    base = runs / model_name / "neutral"
    suite = probes.load_suite("default", size=size, seed=seed)
    generated = _records(model, suite, base / f"default-{size}-s{seed}")
    selfaware = []
    if SELFAWARE.is_file():
        data = probes.from_file(SELFAWARE).sample(sample, seed)
        selfaware = _records(model, data, base / f"selfaware-dev-{len(data)}")
    split = seed if split_seed is None else split_seed
    cal_ids = frozenset(suite.split(test_fraction=test_fraction, seed=split)[0].ids)
    return Collected(suite, generated, cal_ids, selfaware)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--selfaware-sample", type=int, default=0,
                        help="stratified sample of the SelfAware file (0: all 600)")
    args = parser.parse_args()
    c = collected(args.model, size=args.size, seed=args.seed, sample=args.selfaware_sample or 10**6)
    print(f"{args.model}: {len(c.generated)} generated, {len(c.selfaware)} SelfAware records")


if __name__ == "__main__":
    main()
