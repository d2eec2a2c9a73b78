"""Long answers claim by claim: does the guard keep the claims a model knows and cut the others,
with the bound holding over answers? (issue: Long answers, claim by claim)

For each model: answers to the "claims" suite (open questions about real entities with evidence,
a quarter about invented ones; resumable under runs/collect/<model>/neutral/claims-<size>-s0,
`nice` it), each claim labelled against the evidence (`probes.claims`, conservative rule:
unverifiable counts as unsupported). Then over 5 splits of the answers (a third held out by
answer, so no entity is on both sides; the rest fits the claim scorer on one half and chooses
the claim threshold on the other, `guard.claim_fitting`): claims per answer, share supported,
AUROC of the claim confidence for supported claims (and of the log-prob-only score), and at
alpha = 0.10 and 0.20 the share of held-out claims removed, the share of supported ones kept,
the realised loss of the held-out answers and whether it stayed within alpha, beside random
order and the log-prob-only score on the same claims. With `--claim-agreement`, also the guard
with the opt-in `claim_agreement` (how far 3 answers sampled at temperature 1 confirm each
claim; the samples are stored resumably beside the answers, samples-k3.jsonl). Last, the cost
of claim scoring per answer as a ratio to generating it.

    nice python benchmarks/claims.py --models qwen2.5-coder-0.5b qwen2.5-coder-1.5b --size 400
"""
from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from tqdm import tqdm

import probes
from collect import RUNS, collect_options
from common import median_times
from guard import load_model, run_suite
from guard.claim_fitting import claim_scores, claim_signals, fit_claims, labelled, supported
from guard.claim_threshold import answer_losses, select_claim_threshold
from guard.parts import in_fit_part
from guard.records import read_records
from guard.runner import regraded
from guard.reporting import metrics
from guard.signals import CLAIM_LOGPROB_SIGNALS
from guard.signals.consistency import sample_answers
from guard.signals.features import observe_claims
from guard.signals.registry import CLAIM_SAMPLES
from probes.claims import asked_entity, consistency, kept_text, split_claims


def answers(name: str, size: int, run: bool) -> list:
    """The stored (or, resumably, collected) answers, their claims labelled by today's grader."""
    out = RUNS / name / "neutral" / f"claims-{size}-s0"
    suite = probes.load_suite("claims", size=size, seed=0)
    if run:
        model = load_model(name)
        records = run_suite(model, suite, options=collect_options(model), out=out, claims=claim_signals(model))
    else:
        records = read_records(out / "records.jsonl")
    by_id = {p.id: p for p in suite}
    return [regraded(r, by_id[r.id]) for r in records if r.id in by_id]


def with_agreement(name: str, size: int, records, run: bool) -> list:
    """`records` whose claims also carry `claim_agreement`, read from `CLAIM_SAMPLES` sampled
    answers per question (drawn resumably, in batches, into the run's samples-k3.jsonl; without
    `run`, only the answers already sampled are returned)."""
    path = RUNS / name / "neutral" / f"claims-{size}-s0" / f"samples-k{CLAIM_SAMPLES}.jsonl"
    done = {}
    if path.exists():
        done = {d["id"]: d["samples"] for d in map(json.loads, path.read_text().splitlines())}
    todo = [r for r in records if r.claims and r.id not in done]
    if run and todo:
        model = load_model(name)
        options = collect_options(model)  # sample_answers turns the hidden states and log-probs off
        for start in tqdm(range(0, len(todo), 8), desc=f"{name} claim samples", unit="batch"):
            batch = todo[start:start + 8]
            drawn = sample_answers(model, [r.question for r in batch], k=CLAIM_SAMPLES, options=options)
            with path.open("a", encoding="utf-8") as f:
                for r, texts in zip(batch, drawn):
                    done[r.id] = texts
                    f.write(json.dumps({"id": r.id, "samples": texts}, ensure_ascii=False) + "\n")
    out = []
    for r in records:
        if r.claims and r.id not in done:
            continue
        read = consistency.as_evidence(done.get(r.id, ()), r.question)
        agree = [consistency.sample_agreement(c.text, read, r.question) for c in r.claims]
        out.append(replace(r, claims=tuple(replace(c, signals={**c.signals, "claim_agreement": a})
                                           for c, a in zip(r.claims, agree))))
    return out


def split_scores(records, names, split: int, alpha: float) -> dict:
    """Fit on two thirds of the answers (scorer half, threshold half), judge the last third."""
    test = [r for r in records if not in_fit_part(r.id, 2 / 3, 100 + split)]
    rest = [r for r in records if in_fit_part(r.id, 2 / 3, 100 + split)]
    fit = fit_claims(rest, names, target=alpha, seed=split)
    scores = [claim_scores(fit.scorer, r.claims) for r in test]
    return {"fit": fit, "test": test, "scores": scores}


def outcome(scores, test, threshold: float, alpha: float) -> dict:
    bad = [np.array([not supported(c) for c in r.claims], dtype=bool) for r in test]
    flat, flat_bad = np.concatenate(scores + [np.zeros(0)]), np.concatenate(bad + [np.zeros(0, bool)])
    kept = flat >= threshold
    loss = answer_losses(scores, bad, threshold).mean()
    return {"removed": float(1 - kept.mean()), "kept_supported": float(kept[~flat_bad].mean()),
            "loss": float(loss), "within": bool(loss <= alpha)}


def random_order(rest, test, alpha: float, seed: int) -> dict:
    """The same threshold choice on random claim scores (what a score that knows nothing does)."""
    rng = np.random.default_rng(seed)
    cal_scores = [rng.random(len(r.claims)) for r in rest]
    cal_bad = [np.array([not supported(c) for c in r.claims], dtype=bool) for r in rest]
    t = select_claim_threshold(cal_scores, cal_bad, alpha, 0.90).threshold
    return outcome([rng.random(len(r.claims)) for r in test], test, t, alpha)


def example(records, names: tuple[str, ...], alpha: float = 0.10) -> dict | None:
    """One held-out answer (split 0) before and after the guard at `alpha`: the answer about a
    real entity with the most claims among those the guard cuts some of and keeps some of."""
    s = split_scores(records, names, 0, alpha)
    t = s["fit"].threshold.threshold
    mixed = [(r, sc) for r, sc in zip(s["test"], s["scores"])
             if r.claims and 0 < (sc >= t).sum() < len(r.claims) and any(supported(c) for c in r.claims)]
    if not mixed:
        return None
    r, sc = max(mixed, key=lambda x: len(x[0].claims))
    keep = [bool(x >= t) for x in sc]
    return {"question": r.question, "answer": r.text, "threshold": t,
            "kept": kept_text(r.text, split_claims(r.text, asked_entity(r.question)), keep),
            "claims": [{"text": c.text, "confidence": float(x), "kept": k, "label": c.label}
                       for c, x, k in zip(r.claims, sc, keep)]}


def evaluate(records, scores: dict[str, tuple[str, ...]], splits: int) -> dict:
    """Each claim score (name -> its signals) and random order, at alpha 0.10 and 0.20."""
    out = {}
    for alpha in (0.10, 0.20):
        rows = {**{label: [] for label in scores}, "random order": []}
        aurocs = {label: [] for label in scores}
        for split in range(splits):
            for label, signals in scores.items():
                s = split_scores(records, signals, split, alpha)
                rows[label].append(outcome(s["scores"], s["test"], s["fit"].threshold.threshold, alpha))
                y = np.array([supported(c) for r in s["test"] for c in r.claims], dtype=int)
                aurocs[label].append(metrics.auroc(y, np.concatenate(s["scores"])))
            rest = [r for r in records if in_fit_part(r.id, 2 / 3, 100 + split)]
            rows["random order"].append(random_order(rest, s["test"], alpha, split))
        out[alpha] = {k: {**{m: float(np.mean([x[m] for x in v])) for m in v[0]},
                          "within_splits": sum(x["within"] for x in v)} for k, v in rows.items()}
        out["auroc"] = {k: float(np.mean(v)) for k, v in aurocs.items()}
    return out


def cost(name: str, repeats: int) -> float:
    """(generate + split + claim signals) / generate, on eight claims questions."""
    model = load_model(name)
    options = replace(collect_options(model), batch_size=8)
    qs = [p.question for p in probes.load_suite("claims", size=8, seed=1)]
    names = claim_signals(model)

    def with_claims():
        for g in model.generate(qs, options):
            observe_claims(g, split_claims(g.text, asked_entity(g.question)), names)
    t = median_times({"generate": lambda: model.generate(qs, options), "claims": with_claims},
                     repeats=repeats)
    return t["claims"] / t["generate"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["qwen2.5-coder-0.5b"])
    parser.add_argument("--size", type=int, default=400)
    parser.add_argument("--splits", type=int, default=5)
    parser.add_argument("--no-collect", action="store_true")
    parser.add_argument("--no-cost", action="store_true")
    parser.add_argument("--claim-agreement", action="store_true",
                        help="also the guard with claim_agreement (3 sampled answers per question)")
    args = parser.parse_args()
    report = {}
    for name in args.models:
        records = labelled(answers(name, args.size, not args.no_collect))
        names = claim_signals_of(records)
        scores = {"guard": names, "log-prob only": CLAIM_LOGPROB_SIGNALS}
        if args.claim_agreement:
            records = with_agreement(name, args.size, records, not args.no_collect)
            scores["guard + claim agreement"] = (*names, "claim_agreement")
        claims = [c for r in records for c in r.claims]
        result = evaluate(records, scores, args.splits)
        result["answers"], result["claims_per_answer"] = len(records), len(claims) / max(len(records), 1)
        result["supported"] = float(np.mean([supported(c) for c in claims]))
        result["example"] = example(records, names)
        if not args.no_cost:
            start = time.perf_counter()
            result["cost_ratio"] = cost(name, 3)
            print(f"  cost measured in {time.perf_counter() - start:.0f} s", flush=True)
        report[name] = result
        print_result(name, result)
    out = Path("runs/claims.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1, default=str))
    print(f"wrote {out}")


def claim_signals_of(records) -> tuple[str, ...]:
    """The claim signals the records carry, plus the claim probe when they carry hidden states."""
    first = next(c for r in records for c in r.claims)
    return tuple(first.signals) + (("hidden_claim",) if first.hidden else ())


def print_result(name: str, r: dict) -> None:
    print(f"\n{name}: {r['answers']} answers, {r['claims_per_answer']:.1f} claims per answer, "
          f"{r['supported']:.0%} supported; AUROC of claim confidence (supported): "
          + ", ".join(f"{k} {v:.2f}" for k, v in r["auroc"].items()))
    for alpha in (0.10, 0.20):
        for k, v in r[alpha].items():
            print(f"  alpha {alpha:.2f} {k:23s} removes {v['removed']:.0%} of claims, keeps "
                  f"{v['kept_supported']:.0%} of supported ones; held-out loss {v['loss']:.3f} "
                  f"(within alpha on {v['within_splits']} splits)")
    if r.get("example"):
        e = r["example"]
        print(f"  example (held out, alpha 0.10, threshold {e['threshold']:.3f}): {e['question']}\n"
              f"    before: {e['answer']}\n    after:  {e['kept']}")
        for c in e["claims"]:
            print(f"    {'kept' if c['kept'] else 'cut ':4s} {c['confidence']:.2f} {c['label']:12s} {c['text']}")
    if "cost_ratio" in r:
        print(f"  claim scoring cost: {r['cost_ratio']:.3f}x generation")


if __name__ == "__main__":
    main()
