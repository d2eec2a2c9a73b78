"""A bound on the user's own questions (issue: Transfer): probes only, plus a labelled sample,
or plus unlabelled questions, judged on questions none of them saw.

SelfAware dev (`../shared/data`) plays the user's traffic: for each split seed it is split in
half (stratified by answerable), and each guard is judged on the test half:
(a) probes only: calibrated on two thirds of the collected generated probes;
(b) `labelled`: the same calibrator, threshold chosen on the calibration half's labelled rows;
(c) `unlabelled`: the threshold part's probes weighted toward the calibration half's questions
    (tempered weights when the full ones would leave under a quarter of the sample, `guard.shift`).
Reports the realised hallucination rate on unknowns, kept correct, omniscience index and
coverage (share of test questions answered), mean and range over the seeds, and the shift
diagnostic. Reads records collected by `benchmarks/collect.py` (run it first).

    python benchmarks/transfer.py [--models qwen2.5-coder-0.5b smollm2-135m] [--seeds 0 1 2 3 4]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from collect import collected
from guard import Guard, load_model
from guard.reporting import evaluate_records
from guard.reporting.markdown import table

MODES = ("probes only", "labelled", "unlabelled")
COLUMNS = ("hallucination_on_unknowns", "kept_correct", "omniscience_index", "coverage")


def split_halves(c, seed: int) -> tuple[list, list]:
    """SelfAware records in a calibration and a test half, stratified by answerable."""
    ids = {r.id for r in c.selfaware}
    rng = np.random.default_rng(seed)
    cal: set[str] = set()
    for answerable in (True, False):
        group = sorted(r.id for r in c.selfaware if r.answerable == answerable)
        cal.update(rng.permutation(group)[: len(group) // 2].tolist())
    assert cal <= ids
    return ([r for r in c.selfaware if r.id in cal], [r for r in c.selfaware if r.id not in cal])


def guards(model, c, sa_cal: list, target: float, confidence: float) -> dict[str, Guard]:
    fit = lambda **kw: Guard.fit_records(model, c.cal, target, confidence, **kw)  # noqa: E731
    hidden = np.stack([r.hidden()["prompt"] for r in sa_cal])
    return {"probes only": fit(), "labelled": fit(labelled=sa_cal), "unlabelled": fit(user_hidden=hidden)}


def outcome(guard: Guard, test: list) -> dict[str, float]:
    judged = guard.judge_records(test)
    ev = evaluate_records(judged)
    return {"hallucination_on_unknowns": ev.hallucination_on_unknowns, "kept_correct": ev.kept_correct,
            "omniscience_index": ev.guarded.omniscience_index,
            "coverage": float(np.mean([r.decision == "answer" for r in judged]))}


def run_model(name: str, args) -> tuple[list[list], dict]:
    c = collected(name, size=args.size, seed=0, sample=args.selfaware_sample, test_fraction=1 / 3,
                  run=False)
    if not c.selfaware or not c.cal:
        raise SystemExit(f"{name}: collect first (python benchmarks/collect.py --model {name})")
    model = load_model(name)
    results = {m: [] for m in MODES}
    shifts = []
    for seed in args.seeds:
        sa_cal, sa_test = split_halves(c, seed)
        for mode, guard in guards(model, c, sa_cal, args.target, args.confidence).items():
            results[mode].append(outcome(guard, sa_test))
            if mode == "unlabelled":
                shifts.append(guard.info.shift)
                n_eff = guard.threshold.n_effective
        print(f"  {name} split {seed}: " + "; ".join(
            f"{m} {results[m][-1]['hallucination_on_unknowns']:.3f}" for m in MODES), flush=True)
    rows = [[name, m, *(_cell([r[k] for r in results[m]]) for k in COLUMNS)] for m in MODES]
    shift = {"auroc": float(np.mean([s.auroc for s in shifts])),
             "effective_sample_size": float(np.mean([s.effective_sample_size for s in shifts])),
             "untempered_ess": float(np.mean([s.untempered_ess or s.effective_sample_size for s in shifts])),
             "tempering": float(np.mean([s.tempering for s in shifts])),
             "threshold_n_effective": n_eff}
    return rows, {"results": results, "shift": shift}


def _cell(values: list[float]) -> str:
    v = np.array(values, dtype=float)
    return f"{np.nanmean(v):.3f} ({np.nanmin(v):.3f}-{np.nanmax(v):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["qwen2.5-coder-0.5b", "smollm2-135m"])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--selfaware-sample", type=int, default=600, help="600: the whole file")
    parser.add_argument("--target", type=float, default=0.10)
    parser.add_argument("--confidence", type=float, default=0.90)
    args = parser.parse_args()
    rows, details = [], {}
    for name in args.models:
        r, details[name] = run_model(name, args)
        rows += r
        s = details[name]["shift"]
        print(f"{name}: shift diagnostic (mean over splits): domain AUROC {s['auroc']:.3f}, "
              f"effective sample size {s['effective_sample_size']:.0f} with the weights tempered to "
              f"the power {s['tempering']:.2f} ({s['untempered_ess']:.0f} untempered), "
              f"threshold n_effective {s['threshold_n_effective']:.1f}")
    text = table(("model", "guard", "halluc. on unknowns", "kept correct", "omniscience", "coverage"), rows)
    print(f"\nSelfAware test halves, target {args.target} at confidence {args.confidence}, mean (range) "
          f"over split seeds {args.seeds}\n\n{text}")
    out = Path("runs/transfer.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"rows": rows, "details": details}, indent=1, default=lambda o: o.__dict__))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
