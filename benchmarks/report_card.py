"""The README's results table in one command: raw versus guarded, per model and question set.

For each model: collect (resumable) greedy answers to the default generated suite and to a
seeded sample of SelfAware (`../shared/data`), calibrate a guard with the library defaults on
the calibration half of the generated suite (`Guard.fit_records`, the same code as `Guard.fit`),
then judge the held-out half and SelfAware with it (`Guard.judge_records`, the same code as
`Guard.ask`). Answers are regraded with the current grader.

    python benchmarks/report_card.py [--models smollm2-135m qwen2.5-0.5b] [--target 0.10]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from collect import collected
from guard import Guard, load_model
from guard.evaluation import evaluate_records
from guard.report import table


def rows_for(model_name: str, args) -> list[list]:
    c = collected(model_name, size=args.size, seed=args.seed, sample=args.selfaware_sample)
    guard = Guard.fit_records(load_model(model_name), c.cal, args.target, args.confidence)
    print(f"{model_name}: {guard}; threshold reachable: {guard.threshold.reachable}")
    rows = []
    for name, records in ((f"generated held-out (seed {args.seed})", c.test),
                          (f"SelfAware sample (seed {args.seed})", c.selfaware)):
        ev = evaluate_records(guard.judge_records(records))
        rows.append([model_name, name, ev.raw.n, ev.raw.accuracy, ev.guarded.accuracy,
                     ev.raw.hallucination_rate, ev.guarded.hallucination_rate,
                     ev.raw.omniscience_index, ev.guarded.omniscience_index, ev.kept_correct,
                     ev.auroc_correct, ev.auroc_answerable, ev.ece])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["smollm2-135m", "qwen2.5-0.5b"])
    parser.add_argument("--size", type=int, default=400)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--selfaware-sample", type=int, default=200)
    parser.add_argument("--target", type=float, default=0.10)
    parser.add_argument("--confidence", type=float, default=0.90)
    args = parser.parse_args()
    header = ["model", "questions", "n", "acc raw", "acc guard", "halluc raw", "halluc guard",
              "omni raw", "omni guard", "kept correct", "AUROC correct", "AUROC answerable", "ECE"]
    rows = [row for m in args.models for row in rows_for(m, args)]
    text = table(header, rows)
    print(f"\ntarget hallucination {args.target} at confidence {args.confidence}; calibrated on "
          f"the calibration half of default size {args.size} seed {args.seed}\n\n{text}")
    out = Path("runs/report_card.md")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n")
    Path("runs/report_card.json").write_text(json.dumps({"header": header, "rows": rows}, indent=1))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
