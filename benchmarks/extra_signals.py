"""Extra-pass signals versus the greedy answer they judge: P(IK), P(True), sampling agreement and
semantic entropy (normalised match, and normalised match + MiniLM embeddings).

    python benchmarks/extra_signals.py --model qwen2.5-0.5b [--size 100] [--per-class 50] [--k 5]

Sets: `--size` generated probes (default suite, seed 3) and the first `--per-class` answerable
plus first `--per-class` unanswerable questions of selfaware-dev.jsonl (read at run time).
Prints, per signal, AUROC for correct-vs-not-correct and answerable-vs-unanswerable on each
set, and its cost: extra wall time over the greedy generation's, measured in this run (all
stages run chunk by chunk, interleaved, so load swings hit them alike). Writes per-question
values to runs/extra_signals/<model>.jsonl. No calibration and no combination of signals here:
that is `benchmarks/signals.py`'s job.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

import probes
from guard import GenerateOptions, load_model
from guard.consistency import EmbeddingEquivalence, consistency_scores, normalized_match, sample_answers
from guard.metrics import auroc
from guard.prompts import system_prompt
from guard.self_eval import p_ik, p_true
from guard.signals import SIGNALS

ROOT = Path(__file__).resolve().parents[1]
SELFAWARE = ROOT.parent / "shared" / "data" / "selfaware-dev.jsonl"
# signal -> (stages whose time it costs, sign: +1 higher = more confident, -1 the reverse)
SIGNAL_COST = {
    "mean_logprob": ((), 1), "p_ik": (("p_ik",), 1), "p_true": (("p_true",), 1),
    "agree_norm": (("sample", "norm"), 1), "sem_ent_norm": (("sample", "norm"), -1),
    "agree_emb": (("sample", "emb"), 1), "sem_ent_emb": (("sample", "emb"), -1),
}


def load_sets(size: int, per_class: int, seed: int = 3) -> dict[str, list[probes.Probe]]:
    """The generated held-out-style suite and a balanced head of selfaware-dev."""
    rows = list(probes.from_file(SELFAWARE))
    sa = [p for p in rows if p.answerable][:per_class] + [p for p in rows if not p.answerable][:per_class]
    return {"generated": list(probes.load_suite("default", size=size, seed=seed)), "selfaware": sa}


class Clock:
    """Accumulated wall time per stage, logged as each run finishes."""

    def __init__(self) -> None:
        self.total: dict[str, float] = {}

    def __call__(self, stage: str, label: str, fn):
        start = time.perf_counter()
        out = fn()
        took = time.perf_counter() - start
        self.total[stage] = self.total.get(stage, 0.0) + took
        print(f"  {label:>14} {stage:<7} {took:7.1f}s", file=sys.stderr, flush=True)
        return out


def run_set(model, items: list[probes.Probe], clock: Clock, name: str, args, emb) -> list[dict]:
    """All stages chunk by chunk, so machine-load swings hit every stage alike."""
    rows = []
    for start in range(0, len(items), args.chunk):
        rows += _run_chunk(model, items[start:start + args.chunk], clock, name, start, args, emb)
    return rows


def _run_chunk(model, items: list[probes.Probe], clock: Clock, set_name: str, start: int, args,
               emb) -> list[dict]:
    name = f"{set_name}[{start}]"
    qs = [p.question for p in items]
    system = system_prompt("neutral")
    greedy_opts = GenerateOptions(max_new_tokens=args.max_new_tokens, system=system,
                                  batch_size=args.batch_size)
    gens = clock("greedy", name, lambda: model.generate(qs, greedy_opts))
    texts = [g.text for g in gens]
    ik = clock("p_ik", name, lambda: p_ik(model, qs, batch_size=args.batch_size))
    tr = clock("p_true", name, lambda: p_true(model, qs, texts, batch_size=args.batch_size))
    sample_opts = GenerateOptions(max_new_tokens=args.max_new_tokens, system=system,
                                  batch_size=args.sample_batch)
    samples = clock("sample", name, lambda: sample_answers(model, qs, k=args.k, temperature=args.temperature,
                                                           seed=0, options=sample_opts))
    agree_n, ent_n = clock("norm", name, lambda: consistency_scores(texts, samples, normalized_match))
    agree_e, ent_e = clock("emb", name, lambda: consistency_scores(texts, samples, emb))
    rows = []
    for i, (p, g) in enumerate(zip(items, gens)):
        rows.append(dict(
            set=set_name, id=p.id, question=p.question, answerable=p.answerable, category=p.category,
            grade=str(probes.grade(p, g.text)), greedy=g.text, samples=samples[i],
            mean_logprob=float(SIGNALS["mean_logprob"].fn(g)), p_ik=float(ik[i]), p_true=float(tr[i]),
            agree_norm=float(agree_n[i]), sem_ent_norm=float(ent_n[i]),
            agree_emb=float(agree_e[i]), sem_ent_emb=float(ent_e[i]),
        ))
    return rows


def _auroc(y: list[bool], s: list[float]) -> float:
    return auroc(np.array(y, dtype=float), np.array(s)) if len(set(y)) == 2 else math.nan


def table(rows: list[dict], clock: Clock, model_name: str) -> str:
    sets = sorted({r["set"] for r in rows})
    greedy = clock.total["greedy"]
    head = f"{'signal':<14}" + "".join(f"{s[:3] + ' correct':>13}{s[:3] + ' answerable':>16}" for s in sets)
    lines = [f"{model_name}: AUROC (positive = correct / answerable); cost = extra wall time / "
             f"greedy generation ({greedy:.0f}s)", head + f"{'cost':>8}"]
    for sig, (stages, sign) in SIGNAL_COST.items():
        cells = ""
        for s in sets:
            rs = [r for r in rows if r["set"] == s]
            score = [sign * r[sig] for r in rs]
            cells += f"{_auroc([r['grade'] == 'correct' for r in rs], score):13.3f}"
            cells += f"{_auroc([r['answerable'] for r in rs], score):16.3f}"
        cost = sum(clock.total[st] for st in stages) / greedy
        lines.append(f"{sig:<14}{cells}{cost:8.2f}")
    for s in sets:
        rs = [r for r in rows if r["set"] == s]
        grades = {g: sum(r["grade"] == g for r in rs) for g in ("correct", "incorrect", "abstained", "answered")}
        lines.append(f"{s}: n={len(rs)} " + " ".join(f"{g}={n}" for g, n in grades.items()))
    lines.append("stage seconds: " + " ".join(f"{k}={v:.0f}" for k, v in clock.total.items()))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-0.5b")
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--per-class", type=int, default=50)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--temperature", type=float, default=1.0)
    parser.add_argument("--max-new-tokens", type=int, default=48)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--sample-batch", type=int, default=16, help="sequences per sampling batch")
    parser.add_argument("--chunk", type=int, default=16, help="questions per round of all stages")
    parser.add_argument("--threshold", type=float, default=0.85, help="embedding cosine threshold")
    parser.add_argument("--out", type=Path, default=ROOT / "runs" / "extra_signals")
    args = parser.parse_args()

    model = load_model(args.model)
    emb = EmbeddingEquivalence(threshold=args.threshold)
    emb.embed(["warm up"])  # load the embedding model outside the timed stages
    clock = Clock()
    rows = []
    for name, items in load_sets(args.size, args.per_class).items():
        rows += run_set(model, items, clock, name, args, emb)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{args.model}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    report = table(rows, clock, args.model)
    (args.out / f"{args.model}.txt").write_text(report + "\n")
    print(report)
    print(f"per-question values: {path}")


if __name__ == "__main__":
    main()
