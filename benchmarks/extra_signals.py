"""Extra-pass signals versus the greedy answer they judge: P(IK), P(True), sampling agreement and
semantic entropy (normalised match, and normalised match + MiniLM embeddings).

    python benchmarks/extra_signals.py --model qwen2.5-coder-0.5b [--size 100] [--per-class 50] [--k 5]

Sets: `--size` generated probes (default suite, seed 3) and the first `--per-class` answerable
plus first `--per-class` unanswerable questions of selfaware-dev.jsonl (read at run time).
Prints, per signal, AUROC for correct-vs-not-correct and answerable-vs-unanswerable on each set,
and its cost: extra wall time over the greedy generation's, measured in this run (all stages run
chunk by chunk, interleaved, so load swings hit them alike). Per-question values go to
runs/extra_signals/<model>.jsonl, appended chunk by chunk (round robin over the two sets): a
rerun reuses finished chunks and their measured times; `--report` tables the values so far.
No calibration or combination of signals here (that is `benchmarks/signals.py`).
"""
from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

import probes
from guard import GenerateOptions, load_model
from guard.signals.consistency import EmbeddingEquivalence, consistency_scores, normalized_match, sample_answers
from guard.reporting.metrics import auroc
from guard.prompts import system_prompt
from guard.signals.self_eval import p_ik, p_true
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
    """The generated held-out-style suite (already shuffled) and the first `per_class`
    answerable and unanswerable selfaware-dev questions, alternating, so that any prefix of
    chunks is balanced."""
    rows = list(probes.from_file(SELFAWARE))
    pairs = zip([p for p in rows if p.answerable][:per_class], [p for p in rows if not p.answerable][:per_class])
    sa = [p for pair in pairs for p in pair]
    return {"generated": list(probes.load_suite("default", size=size, seed=seed)), "selfaware": sa}


class Clock:
    """Wall time per stage of the current chunk, logged as each stage finishes."""

    def __init__(self) -> None:
        self.chunk: dict[str, float] = {}

    def __call__(self, stage: str, label: str, fn):
        start = time.perf_counter()
        out = fn()
        took = time.perf_counter() - start
        self.chunk[stage] = self.chunk.get(stage, 0.0) + took
        print(f"  {label:>14} {stage:<7} {took:7.1f}s", file=sys.stderr, flush=True)
        return out


def chunks(sets: dict[str, list[probes.Probe]], size: int) -> list[tuple[str, str, list[probes.Probe]]]:
    """(set, label, probes) per chunk, round robin over the sets (a prefix covers all sets)."""
    per_set = [[(name, f"{name}[{i}]", items[i:i + size]) for i in range(0, len(items), size)]
               for name, items in sets.items()]
    return [c for row in itertools.zip_longest(*per_set) for c in row if c is not None]


def run(model, sets: dict[str, list[probes.Probe]], args, emb, path: Path) -> list[dict]:
    """Every chunk not yet in `path` (an interrupted run's values are reused), appended to it."""
    done: dict[str, list[dict]] = {}
    for row in read_rows(path):
        done.setdefault(row["chunk"], []).append(row)
    rows = []
    for set_name, label, part in chunks(sets, args.chunk):
        new = done.get(label)
        if new is not None and ([r["id"] for r in new] != [p.id for p in part]
                                or len(new[0]["samples"]) != args.k):
            raise SystemExit(f"{path} holds chunk {label} of other settings: remove it or pass --fresh")
        if new is None:
            new = _run_chunk(model, part, Clock(), set_name, label, args, emb)
            with path.open("a") as f:
                f.writelines(json.dumps(r) + "\n" for r in new)
        rows += new
    return rows


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def _run_chunk(model, items: list[probes.Probe], clock: Clock, set_name: str, name: str, args,
               emb) -> list[dict]:
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
            mean_logprob=float(SIGNALS["mean_logprob"].value(g)), p_ik=float(ik[i]), p_true=float(tr[i]),
            agree_norm=float(agree_n[i]), sem_ent_norm=float(ent_n[i]),
            agree_emb=float(agree_e[i]), sem_ent_emb=float(ent_e[i]),
            chunk=name, chunk_seconds=dict(clock.chunk),
        ))
    return rows


def _auroc(y: list[bool], s: list[float]) -> float:
    return auroc(np.array(y, dtype=float), np.array(s)) if len(set(y)) == 2 else math.nan


def table(rows: list[dict], model_name: str) -> str:
    """AUROC per signal and set, cost per signal, from per-question rows (any chunk order)."""
    sets = sorted({r["set"] for r in rows})
    total: dict[str, float] = {}
    for seconds in {r["chunk"]: r["chunk_seconds"] for r in rows}.values():
        for stage, took in seconds.items():
            total[stage] = total.get(stage, 0.0) + took
    greedy = total["greedy"]
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
        cost = sum(total[st] for st in stages) / greedy
        lines.append(f"{sig:<14}{cells}{cost:8.2f}")
    for s in sets:
        rs = [r for r in rows if r["set"] == s]
        grades = {g: sum(r["grade"] == g for r in rs) for g in ("correct", "incorrect", "abstained", "answered")}
        lines.append(f"{s}: n={len(rs)} " + " ".join(f"{g}={n}" for g, n in grades.items()))
    lines.append("stage seconds: " + " ".join(f"{k}={v:.0f}" for k, v in total.items()))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
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
    parser.add_argument("--fresh", action="store_true", help="discard an interrupted run's values")
    parser.add_argument("--report", action="store_true", help="only print the table of the values so far")
    args = parser.parse_args()

    path = args.out / f"{args.model}.jsonl"
    if not args.report:
        args.out.mkdir(parents=True, exist_ok=True)
        if args.fresh:
            path.unlink(missing_ok=True)
        model = load_model(args.model)
        emb = EmbeddingEquivalence(threshold=args.threshold)
        emb.embed(["warm up"])  # load the embedding model outside the timed stages
        run(model, load_sets(args.size, args.per_class), args, emb, path)
    rows = read_rows(path)
    if not rows:
        raise SystemExit(f"no values in {path}: run without --report first")
    report = table(rows, args.model)
    (args.out / f"{args.model}.txt").write_text(report + "\n")
    print(report)
    print(f"per-question values: {path}")


if __name__ == "__main__":
    main()
