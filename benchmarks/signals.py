"""Which confidence signals see the knowledge boundary? (issue: Signals)

From records collected by `benchmarks/collect.py` (every single-pass signal plus hidden states
of seven layers), fit each signal set on the calibration half of the generated probes and report
AUROC and ECE on (a) the held-out half, (b) held-out probes of styles never used for fitting
(fit on factoid-style probes only), and (c) SelfAware questions (`../shared/data`), calibrated
only on generated probes. Costs are measured in the same run as ratios to bare greedy generation.

    python benchmarks/signals.py --model qwen2.5-0.5b   # collects first (resumable)
    python benchmarks/signals.py --no-collect --extra p_ik   # adds an extra-pass signal

`--extra` computes opt-in extra-pass signals (`guard.extra_pass`) for every collected record,
cached by id in runs/collect/<model>/neutral/extra-<name>.json (resumable), and adds sets with them.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
from tqdm.auto import tqdm

from collect import RUNS, collected
from common import median_times
from guard import extra_pass, load_model, metrics
from guard.calibration import make_calibrator
from guard.features import Featurizer, Observation, candidate_layers
from guard.fitting import confidence_of, fit_calibrator
from guard.prompts import system_prompt
from guard.runner import default_options
from guard.signals import LEARNED
from probes import Grade

SINGLE = ("mean_logprob", "min_logprob", "first_logprob", "mean_entropy", "max_entropy",
          "mean_margin", "min_margin", "length", "question_surprisal")
LOGPROB_SET = ("mean_logprob", "min_logprob", "first_logprob", "mean_entropy", "mean_margin", "length")
SETS = {
    **{s: (s,) for s in SINGLE},
    "hidden_prompt": ("hidden_prompt",),
    "hidden_answer": ("hidden_answer",),
    "hidden_answerable": ("hidden_answerable",),
    "log-prob set": LOGPROB_SET,
    "log-prob set + surprisal": LOGPROB_SET + ("question_surprisal",),
    "hidden_prompt + hidden_answer": ("hidden_prompt", "hidden_answer"),
    "log-prob set + hidden_prompt": LOGPROB_SET + ("hidden_prompt",),
    "log-prob set + both hidden": LOGPROB_SET + ("hidden_prompt", "hidden_answer"),
    "log-prob set + hidden_answerable": LOGPROB_SET + ("hidden_answerable",),
    "log-prob + hidden_prompt + answerable": LOGPROB_SET + ("hidden_prompt", "hidden_answerable"),
    "log-prob set + all hidden": LOGPROB_SET + LEARNED,
    "log-prob set + all hidden, ungated": LOGPROB_SET + LEARNED,
    "all": LOGPROB_SET + ("question_surprisal", *LEARNED),
}
COST_OF = {**{n: "hidden" for n in LEARNED}, "question_surprisal": "surprisal"}


class Columns:
    """Every signal as a column for one fit set: learned probes are fitted once per fit set
    (out-of-fold values on the fit set itself) and reused by every signal set and test set."""

    def __init__(self, fit, extra: tuple[str, ...] = ()) -> None:
        self.fit = [r for r in fit if r.grade in (Grade.CORRECT, Grade.INCORRECT)]
        self.y = np.array([r.grade == Grade.CORRECT for r in self.fit], dtype=int)
        self.answerable = np.array([bool(r.answerable) for r in self.fit])
        names = SINGLE + extra + LEARNED
        self.featurizer = Featurizer(names)
        self.train = dict(zip(names, self.featurizer.fit([Observation.of_record(r) for r in self.fit],
                                                         self.y).T))

    def transform(self, records) -> dict[str, np.ndarray]:
        X = self.featurizer.transform([Observation.of_record(r) for r in records])
        return dict(zip(self.featurizer.names, X.T))


def score(names, columns: Columns, test, test_cols: dict[str, np.ndarray], gate: bool = True) -> dict:
    """Fit a calibrator on signal set `names` as the guard does (gated by `hidden_answerable`
    when it is one of several signals, see `guard.fitting`); AUROC/ECE on `test` records."""
    single_scalar = len(names) == 1 and names[0] in SINGLE
    calibrator = make_calibrator("platt" if single_scalar else "logistic")
    gated = gate and len(names) > 1 and "hidden_answerable" in names
    calibrator = fit_calibrator(calibrator, np.column_stack([columns.train[n] for n in names]), columns.y,
                                columns.answerable, names.index("hidden_answerable") if gated else None)
    p = confidence_of(calibrator, np.column_stack([test_cols[n] for n in names]))
    scored = np.array([r.grade in (Grade.CORRECT, Grade.INCORRECT) for r in test])
    correct = np.array([r.grade == Grade.CORRECT for r in test], dtype=int)
    p_eff = np.where([r.grade == Grade.ABSTAINED for r in test], 0.0, p)  # model abstained
    answerable = np.array([r.answerable for r in test], dtype=int)
    return {"auroc_correct": metrics.auroc(correct[scored], p[scored]),
            "auroc_answerable": metrics.auroc(answerable, p_eff),
            "ece": metrics.ece(correct[scored], p[scored])}


def with_extra(model, records, names: tuple[str, ...], model_name: str, chunk: int = 64):
    """`records` with the extra-pass signals `names` added to their signals (cached by id)."""
    out = []
    for name in names:
        path = RUNS / model_name / "neutral" / f"extra-{name}.json"
        cache = json.loads(path.read_text()) if path.is_file() else {}
        todo = [r for r in records if r.id not in cache]
        for start in tqdm(range(0, len(todo), chunk), desc=f"{model_name} {name}", unit="chunk"):
            part = todo[start:start + chunk]
            values = extra_pass.compute(model, (name,), [r.question for r in part],
                                        [r.text for r in part], system_prompt("neutral"))
            cache.update({r.id: v[name] for r, v in zip(part, values)})
            path.write_text(json.dumps(cache))
        out.append(cache)
    return [replace(r, signals={**r.signals, **{n: c[r.id] for n, c in zip(names, out)}})
            for r in records]


def costs(model, repeats: int, extra: tuple[str, ...] = ()) -> dict[str, float]:
    """Wall-time ratios to bare greedy generation (transformers generate) on 16 questions."""
    from generation import QUESTIONS, bare_generate

    qs = QUESTIONS * 2
    base = default_options(model, "neutral", prompt_logprobs=False, top_k=5, batch_size=16)
    hidden = replace(base, hidden_layers=candidate_layers(model.num_layers))
    answers = [g.text for g in model.generate(qs, base)]
    t = median_times({
        **{n: (lambda n=n: extra_pass.compute(model, (n,), qs, answers, base.system)) for n in extra},
        "bare": bare_generate(model, qs, base.max_new_tokens),
        "logprobs": lambda: model.generate(qs, base),
        "hidden": lambda: model.generate(qs, hidden),
        "surprisal": lambda: model.generate(qs, replace(base, prompt_logprobs=True)),
        "all": lambda: model.generate(qs, replace(hidden, prompt_logprobs=True)),
        "prefill only": lambda: model.generate(qs, replace(hidden, max_new_tokens=1)),
    }, repeats=repeats)
    return {k: v / t["bare"] for k, v in t.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-0.5b")
    parser.add_argument("--no-collect", action="store_true", help="only read collected records")
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-cost", action="store_true", help="skip the timing part")
    parser.add_argument("--extra", nargs="*", default=[], choices=tuple(extra_pass.EXTRA),
                        help="extra-pass signals to add (computed for every record, cached)")
    args = parser.parse_args()
    c = collected(args.model, size=args.size, seed=args.seed, run=not args.no_collect)
    if not c.generated:
        raise SystemExit(f"no records for {args.model}: run without --no-collect first")
    cal, test, selfaware = c.cal, c.test, c.selfaware
    extra = tuple(args.extra)
    model = load_model(args.model) if extra or not args.no_cost else None
    if extra:
        cal, test, selfaware = (with_extra(model, rs, extra, args.model) for rs in (cal, test, selfaware))
    sets = dict(SETS)
    for x in extra:
        sets.update({x: (x,), f"hidden_answerable + {x}": ("hidden_answerable", x),
                     f"log-prob set + all hidden + {x}": LOGPROB_SET + LEARNED + (x,)})
    cal_factoid = [r for r in cal if r.style == "factoid"]
    test_other = [r for r in test if r.style != "factoid"]
    cost = {} if args.no_cost else costs(model, args.repeats, extra)
    print(f"{args.model}: fit on {len(cal)} generated probes; held out {len(test)}; "
          f"other styles {len(test_other)} (fit on {len(cal_factoid)} factoid); selfaware {len(selfaware)}")
    header = (f"{'signal set':32s} {'held-out':>17s} {'other styles':>17s} {'selfaware':>17s} "
              f"{'ECE sa':>7s} {'cost':>6s}")
    print(header + "\n" + " " * 33 + "  (AUROC correct / answerable)")
    on_cal, on_factoid = Columns(cal, extra), Columns(cal_factoid, extra)
    tests = {"held_out": (on_cal, test), "other_styles": (on_factoid, test_other)}
    if selfaware:
        tests["selfaware"] = (on_cal, selfaware)
    cols = {k: cols_.transform(recs) for k, (cols_, recs) in tests.items()}
    rows = {}
    for name, names in sets.items():
        gate = not name.endswith("ungated")
        row = {k: score(names, c, recs, cols[k], gate) for k, (c, recs) in tests.items()}
        kinds = {COST_OF.get(n, "logprobs") for n in names if n not in extra} or {"logprobs"}
        kind = "all" if len(kinds) > 1 and kinds != {"logprobs", "hidden"} else max(kinds, key=len)
        row["cost"] = cost[kind] + sum(cost[n] for n in names if n in extra) if cost else None
        rows[name] = row
        cell = lambda k: (f"{row[k]['auroc_correct']:.2f} / {row[k]['auroc_answerable']:.2f}"
                          if k in row else "-")
        sa_ece = f"{row['selfaware']['ece']:.3f}" if "selfaware" in row else "-"
        print(f"{name:32s} {cell('held_out'):>17s} {cell('other_styles'):>17s} {cell('selfaware'):>17s} "
              f"{sa_ece:>7s} {row['cost'] or float('nan'):6.2f}", flush=True)
    if cost:
        print("cost ratios to bare greedy generation: "
              + ", ".join(f"{k} {v:.2f}x" for k, v in cost.items()))
    out = Path("runs/signals") / f"{args.model}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"rows": rows, "cost": cost}, indent=1))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
