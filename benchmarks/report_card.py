"""The README's results table in one command: raw versus guarded, per model and question set.

For each model: collect (resumable) greedy answers to the default generated suite and to
SelfAware (`../shared/data`), calibrate a guard with the library defaults on 2000 of the 3000
generated questions, the number `guard calibrate` asks (`Guard.fit_records`, the same code as
`Guard.fit`), then judge the 1000 held-out ones and SelfAware with it (`Guard.judge_records`, the same code as
`Guard.ask`). Answers are regraded with the current grader. Also times pre-generation abstention
(`early_abstain=True`) against the full guard on a mostly-unanswerable held-out workload.

    python benchmarks/report_card.py [--models smollm2-135m qwen2.5-coder-0.5b] [--target 0.10]
    python benchmarks/report_card.py --models qwen2.5-coder-0.5b --early-questions 0 --split-seeds 1 2 3
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from collect import collected
from common import median_times
from guard import Guard, load_model
from guard.reporting.evaluation import evaluate_records
from guard.reporting.markdown import table
from probes import Grade


def rows_for(model_name: str, args) -> list[list]:
    c = collected(model_name, size=args.size, seed=args.seed, sample=args.selfaware_sample,
                  test_fraction=args.test_fraction, run=not args.no_collect)
    guard = Guard.fit_records(load_model(model_name), c.cal, args.target, args.confidence,
                              outside_bound=args.outside_bound)
    print(f"{model_name}: {guard}; threshold reachable: {guard.threshold.reachable}")
    if guard.fitted_.scorer.early_threshold_ is not None and args.early_questions:
        early_abstention_cost(guard, c.test, args.early_questions)
    split_spread(model_name, args)
    open_questions(guard.judge_records(c.test))
    rows = []
    selfaware = "SelfAware dev" + (f" sample (seed {args.seed})" if len(c.selfaware) < 600 else "")
    for name, records in ((f"generated held-out (seed {args.seed})", c.test), (selfaware, c.selfaware)):
        ev = evaluate_records(guard.judge_records(records))
        rows.append([model_name, name, ev.raw.n, ev.raw.accuracy, ev.guarded.accuracy,
                     ev.raw.hallucination_rate, ev.guarded.hallucination_rate,
                     ev.hallucination_on_unknowns, ev.raw.omniscience_index,
                     ev.guarded.omniscience_index, ev.kept_correct,
                     ev.auroc_correct, ev.auroc_answerable, ev.auroc_p_answerable, ev.ece])
    return rows


OPEN_STYLES = ("open_ended", "descriptive")


def open_questions(judged) -> None:
    """What the guard does with the questions people ask most: open-ended and descriptive
    questions about real entities (answered by the guard: shown, not abstained or flagged) and
    about invented ones (let through), how many of the raw answers about real ones can be graded
    and are correct, and the share of answers cut by the token limit per style."""
    def answered(rs) -> str:
        shown = sum(r.decision == "answer" and r.grade != Grade.ABSTAINED for r in rs)
        return f"{shown}/{len(rs)} = {shown / max(len(rs), 1):.2f}"

    real = [r for r in judged if r.category == "real_entity" and r.style in OPEN_STYLES]
    invented = [r for r in judged if r.category in ("fictional_entity", "invented_entity")
                and r.style in OPEN_STYLES]
    print(f"  open-ended / descriptive held-out questions: about real entities, the guard answered "
          f"{answered(real)}; about invented ones, it let through {answered(invented)}")
    graded = [r for r in real if r.grade in (Grade.CORRECT, Grade.INCORRECT)]
    print(f"  the raw model on those about real entities: {len(graded)} gradable answers, "
          f"{sum(r.grade == Grade.CORRECT for r in graded)} correct; {len(real) - len(graded)} "
          "ungraded or abstained")
    styles = sorted({r.style for r in judged})
    print("  answers cut at the token limit, by style: " + ", ".join(
        f"{st} {sum(r.finish_reason == 'length' for r in judged if r.style == st) / sum(r.style == st for r in judged):.2f}"
        for st in styles))


def split_spread(model_name: str, args) -> None:
    """The realised rate on unknowns and kept correct for other calibration/held-out splits of
    the same collected answers: one held-out set can land above the target by chance."""
    rates = []
    for split in args.split_seeds:
        c = collected(model_name, size=args.size, seed=args.seed, sample=args.selfaware_sample,
                      test_fraction=args.test_fraction, split_seed=split, run=False)
        guard = Guard.fit_records(load_model(model_name), c.cal, args.target, args.confidence,
                                  outside_bound=args.outside_bound)
        ev = evaluate_records(guard.judge_records(c.test))
        rates.append(ev.hallucination_on_unknowns)
        print(f"  split seed {split}: hallucination on unknowns {ev.hallucination_on_unknowns:.3f}, "
              f"kept correct {ev.kept_correct:.3f}")
    if rates:
        print(f"  mean over {len(rates)} splits: {sum(rates) / len(rates):.3f} (target {args.target})")


def early_abstention_cost(guard: Guard, records, n: int, unanswerable: float = 0.8,
                          repeats: int = 3) -> None:
    """Time `ask_many` with and without pre-generation abstention on `n` held-out questions,
    a share `unanswerable` of them unanswerable (medians of interleaved repeats)."""
    n_un = round(n * unanswerable)
    qs = ([r.question for r in records if not r.answerable][:n_un]
          + [r.question for r in records if r.answerable][:n - n_un])
    early = guard.with_runtime(early_abstain=True)
    t = median_times({"full": lambda: guard.ask_many(qs), "early": lambda: early.ask_many(qs)},
                     repeats=repeats)
    answers = early.ask_many(qs)
    stopped = sum(a.outcome == "before_answer" for a in answers)
    print(f"  early abstention on {len(qs)} questions ({unanswerable:.0%} unanswerable): "
          f"abstained early on {stopped}; time early / full = {t['early'] / t['full']:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["smollm2-135m", "qwen2.5-coder-0.5b"])
    parser.add_argument("--size", type=int, default=3000, help="questions in the generated suite")
    parser.add_argument("--test-fraction", type=float, default=1 / 3,
                        help="held-out share of the generated suite (default: 1/3)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-collect", action="store_true",
                        help="only read collected records (a partial collection: the part done)")
    parser.add_argument("--selfaware-sample", type=int, default=600, help="600: the whole file")
    parser.add_argument("--target", type=float, default=0.10)
    parser.add_argument("--confidence", type=float, default=0.90)
    parser.add_argument("--outside-bound", choices=("flag", "abstain", "answer"), default="flag",
                        help="the guard's policy for answers outside the calibrated bound; "
                             "'answer' lets them through as before that policy existed")
    parser.add_argument("--early-questions", type=int, default=40,
                        help="workload size for timing pre-generation abstention (0: skip)")
    parser.add_argument("--split-seeds", type=int, nargs="*", default=[],
                        help="also refit on these other calibration/held-out splits and print the "
                             "realised hallucination rate on unknowns of each")
    args = parser.parse_args()
    header = ["model", "questions", "n", "acc raw", "acc guard", "halluc raw", "halluc guard",
              "halluc unknowns", "omni raw", "omni guard", "kept correct", "AUROC correct", "AUROC answerable",
              "AUROC P(answerable)", "ECE"]
    rows = [row for m in args.models for row in rows_for(m, args)]
    text = table(header, rows)
    print(f"\ntarget hallucination {args.target} at confidence {args.confidence}; calibrated on "
          f"{1 - args.test_fraction:.0%} of default size {args.size} seed {args.seed}\n\n{text}")
    out = Path("runs/report_card.md")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n")
    Path("runs/report_card.json").write_text(json.dumps({"header": header, "rows": rows}, indent=1))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
