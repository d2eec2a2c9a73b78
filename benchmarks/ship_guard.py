"""Make the guard shipped inside the package for a zoo model (`guard.shipped`): fitted with the
library defaults on the calibration part of the default suite's collected answers (2000 of the
3000 questions, what `guard calibrate` asks), so `guard demo` shows a well-calibrated guard in
seconds. Prints the file's SHA-256 to record in `guard.shipped.SHIPPED`.

    python benchmarks/collect.py --model smollm2-135m            # the answers (resumable)
    python benchmarks/ship_guard.py --model smollm2-135m
"""
from __future__ import annotations

import argparse
import hashlib
from dataclasses import replace
from pathlib import Path

from collect import collect_options, collected
from guard import Guard, load_model
from guard.shipped import DATA


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--size", type=int, default=3000)
    args = parser.parse_args()
    c = collected(args.model, size=args.size, sample=1, test_fraction=1 / 3, run=False)
    if len(c.cal) < len(c.cal_ids):
        raise SystemExit(f"collect first: {len(c.cal)} of {len(c.cal_ids)} calibration answers")
    model = load_model(args.model)
    guard = Guard.fit_records(model, c.cal, options=collect_options(model))
    guard.fitted_ = replace(guard.fitted_, info=replace(
        guard.info, suite=f"{c.suite.name} (size {args.size}, seed {c.suite.seed}): calibration part",
        suite_size=len(c.cal), suite_seed=c.suite.seed))
    path = guard.save(DATA / f"{args.model}.guard.json")
    t = guard.threshold
    print(f"{guard}\nthreshold {t.threshold:.4f} (reachable {t.reachable}); kept correct "
          f"{t.kept_correct:.2f} on the calibration questions")
    print(f"wrote {path} ({path.stat().st_size // 1024} KiB)\nSHA-256 "
          f"{hashlib.sha256(Path(path).read_bytes()).hexdigest()}")


if __name__ == "__main__":
    main()
