"""The `guard` command: a thin shell over the Python API.

    guard probe     [--model M] [--suite default|NAME|FILE] [--size N] [--out DIR]
    guard calibrate [--model M] [--suite ...] [--target 0.10] --out guard.json
    guard ask       --guard guard.json [--model M] "question" ...
    guard eval      --guard guard.json [--model M] --data FILE|SUITE [--out DIR]

Every command that writes a report prints a short summary and writes report.json, report.md
and records.jsonl into its output directory.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from guard.backends.zoo import DEFAULT_MODEL, ZOO
from guard.prompts import DEFAULT_MAX_NEW_TOKENS, PROMPTS


def _suite(args):
    import probes

    suite = probes.load_suite(args.suite, size=args.size, seed=args.seed)
    if args.sample:
        suite = suite.sample(args.sample, seed=args.seed)
    if args.split == "all":
        return suite
    cal, test = suite.split(test_fraction=0.5, seed=args.seed)
    return cal if args.split == "cal" else test


def _model(spec: str):
    from guard import load_model

    print(f"loading model {spec} ...", file=sys.stderr)
    return load_model(spec)


def _options(model, args):
    from guard.runner import default_options

    return default_options(model, args.prompt, max_new_tokens=args.max_new_tokens,
                           batch_size=args.batch_size)


def cmd_probe(args) -> int:
    from guard.report import probe_markdown, probe_report
    from guard.runner import run_suite

    suite = _suite(args)  # bad input fails before the slow model load
    model = _model(args.model)
    out = Path(args.out or f"runs/probe-{model.name}-{Path(args.suite).stem}-{args.size}-s{args.seed}")
    records = run_suite(model, suite, prompt=args.prompt, options=_options(model, args), out=out,
                        progress=not args.quiet)
    report = probe_report(records, model=model.name, suite=suite.name, prompt=args.prompt,
                          seed=suite.seed)
    return _publish(out, "probe", records, report, probe_markdown(report))


def cmd_calibrate(args) -> int:
    from guard import Guard

    suite = _suite(args)
    model = _model(args.model)
    signals = tuple(s.strip() for s in args.signals.split(",")) if args.signals else None
    guard = Guard.fit(model, suite, target_hallucination=args.target, confidence=args.confidence,
                      signals=signals, calibrator=args.calibrator, prompt=args.prompt,
                      out=args.records, progress=not args.quiet)
    guard.save(args.out)
    t = guard.threshold
    print(f"calibrated {model.name} on {len(suite)} questions of '{suite.name}' "
          f"(fit {guard.info['n_fit']}, threshold {guard.info['n_threshold']})")
    if t.reachable:
        print(f"threshold {t.threshold:.4f}: hallucination rate on unknowns <= {t.target} with "
              f"confidence {t.confidence} (calibration bound {t.upper_bound:.3f}); keeps "
              f"{t.kept_correct:.0%} of correct answers, answers {t.coverage:.0%} of questions")
    else:
        print(f"target unreachable, the guard will abstain on everything: {t.reason}")
    print(f"wrote {args.out}")
    return 0


def _load_guard(args):
    from guard import Guard

    saved = json.loads(Path(args.guard).read_text()) if Path(args.guard).is_file() else {}
    spec = args.model or saved.get("model", {}).get("name") or DEFAULT_MODEL
    overrides = {"early_abstain": True} if getattr(args, "early_abstain", False) else {}
    return Guard.load(args.guard, _model(spec), allow_model_mismatch=args.allow_model_mismatch,
                      **overrides)


def cmd_ask(args) -> int:
    guard = _load_guard(args)
    answers = guard.ask_many(args.question)
    for a in answers:
        line = {"question": a.question, "answer": a.text, "decision": a.decision,
                "confidence": round(a.confidence, 4), "raw_answer": a.raw_text, "reason": a.reason,
                "p_answerable": None if a.p_answerable is None else round(a.p_answerable, 4)}
        print(json.dumps(line, ensure_ascii=False) if args.json else
              f"[{a.decision} {a.confidence:.2f}] {a.text}" + (f"  (raw: {a.raw_text})" if a.decision != "answer" and a.raw_text != a.text else ""))
    return 0


def cmd_eval(args) -> int:
    from guard.evaluation import evaluate_records
    from guard.report import eval_markdown, eval_report
    from guard.runner import run_suite

    args.suite = args.data
    suite = _suite(args)
    guard = _load_guard(args)
    out = Path(args.out or f"runs/eval-{guard.model.name}-{Path(args.data).stem}")
    records = run_suite(guard.model, suite, out=out, progress=not args.quiet, guard=guard)
    evaluation = evaluate_records(records)
    t = guard.threshold
    report = eval_report(evaluation, model=guard.model.name, data=suite.name, guard_path=args.guard,
                         target=t.target, confidence=t.confidence,
                         threshold=t.threshold if t.reachable else None)
    return _publish(out, "eval", records, report, eval_markdown(report))


def _publish(out: Path, kind: str, records, report: dict, markdown: str) -> int:
    """Write report.json/.md/.html with the plots, and print the summary."""
    from guard.html_report import write_html_report
    from guard.report import write_report

    write_report(out, report, markdown)
    write_html_report(out, kind, records, report)
    print(markdown)
    print(f"wrote {out}/report.json, report.md, report.html, records.jsonl")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guard", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p, model_default=DEFAULT_MODEL):
        p.add_argument("--model", default=model_default,
                       help=f"zoo name ({', '.join(ZOO)}), .gguf path, model dir, hub id or "
                            "http(s)://host:port/v1 (default: %(default)s)")
        p.add_argument("--quiet", action="store_true", help="no progress bar")

    def suite_args(p, size, flag="--suite", default="default"):
        p.add_argument(flag, default=default, help="generated suite name or a JSONL/JSON/CSV file")
        p.add_argument("--size", type=int, default=size, help="questions in a generated suite")
        p.add_argument("--seed", type=int, default=0, help="seed of the generated suite and split")
        p.add_argument("--split", choices=("all", "cal", "test"), default="all",
                       help="use half of the suite: 'cal' to calibrate, 'test' to evaluate held out")
        p.add_argument("--sample", type=int, default=0,
                       help="a seeded sample of about N questions, stratified by category (0: all)")

    def gen_args(p):
        p.add_argument("--prompt", choices=tuple(PROMPTS), default="neutral",
                       help="instruction sent with each question (default: %(default)s)")
        p.add_argument("--max-new-tokens", type=int, default=DEFAULT_MAX_NEW_TOKENS)
        p.add_argument("--batch-size", type=int, default=8)

    p = sub.add_parser("probe", help="the raw model's report card on a probe suite")
    common(p)
    suite_args(p, 200)
    gen_args(p)
    p.add_argument("--out", help="output directory (resumes a run found there)")
    p.set_defaults(fn=cmd_probe)

    p = sub.add_parser("calibrate", help="fit a guard and save it as JSON")
    common(p)
    suite_args(p, 2000)
    p.add_argument("--prompt", choices=tuple(PROMPTS), default="neutral")
    p.add_argument("--target", type=float, default=0.10, help="max hallucination rate on unknowns")
    p.add_argument("--confidence", type=float, default=0.90, help="probability the bound holds")
    p.add_argument("--signals", help="comma-separated signal names (default: the best set the model offers)")
    p.add_argument("--calibrator", default="logistic",
                   choices=("logistic", "platt", "isotonic", "temperature"))
    p.add_argument("--records", help="directory for records.jsonl (resumable)")
    p.add_argument("--out", required=True, help="guard file to write, e.g. guard.json")
    p.set_defaults(fn=cmd_calibrate)

    for name, fn, help_ in (("ask", cmd_ask, "ask questions through a saved guard"),
                            ("eval", cmd_eval, "raw vs guarded on a labelled question set")):
        p = sub.add_parser(name, help=help_)
        common(p, model_default=None)  # None: the model named in the guard file
        p.add_argument("--guard", required=True, help="guard file from `guard calibrate`")
        p.add_argument("--allow-model-mismatch", action="store_true",
                       help="use the guard on a model it was not calibrated on (not advised)")
        p.set_defaults(fn=fn)
    ask, ev = sub.choices["ask"], sub.choices["eval"]
    ask.add_argument("question", nargs="+", help="question(s) to ask")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("--early-abstain", action="store_true",
                     help="abstain before generating where the guard's pre-generation probe is "
                          "confident the model does not know (saves the generation)")
    suite_args(ev, 400, flag="--data", default=None)
    ev.add_argument("--out", help="output directory (resumes a run found there)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "data", "") is None:
        build_parser().error("eval needs --data FILE or a suite name")
    try:
        return args.fn(args)
    except KeyboardInterrupt:
        print("interrupted; rerun the same command to resume", file=sys.stderr)
        return 130
    except (ValueError, FileNotFoundError, OSError, RuntimeError) as exc:
        print(f"guard {args.command}: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
