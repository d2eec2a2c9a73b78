"""The `guard` command: a thin shell over the Python API.

    guard probe     [--model M] [--suite default|NAME|FILE] [--size N] [--out DIR]
    guard calibrate [--model M] [--suite ...] [--target 0.10] --out guard.json
    guard ask       --guard guard.json [--model M] "question" ...
    guard eval      --guard guard.json [--model M] --data FILE|SUITE [--out DIR]

`probe` and `eval` print a summary and write report.json, report.md, report.html and
records.jsonl into their output directory; `calibrate` writes the guard file (and records.jsonl
with --records); `ask` prints one line per answer (JSON with --json). A user's mistake ends in
a one-line error that says what to do (exit code 2); --debug shows the traceback.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from guard.backends.zoo import DEFAULT_MODEL
from guard.cli_args import (UsageError, build_parser, check_output_dir, check_output_file,
                            check_questions)


def _suite(args):
    import probes

    suite = probes.load_suite(args.suite, size=args.size, seed=args.seed)
    if args.sample:
        suite = suite.sample(args.sample, seed=args.seed)
    if args.split != "all":
        cal, test = suite.split(test_fraction=0.5, seed=args.seed)
        suite = cal if args.split == "cal" else test
    if not len(suite):
        raise UsageError(f"suite '{suite.name}' has no questions (check --size, --sample, --split)")
    return suite


def _model(args, spec: str):
    from guard import load_model

    http = spec.startswith(("http://", "https://"))
    kwargs = {k: v for k, v in (("timeout", args.timeout), ("retries", args.retries)) if v is not None}
    if kwargs and not http:
        raise UsageError("--timeout and --retries apply to http(s):// models only")
    print(f"loading model {spec} ...", file=sys.stderr)
    return load_model(spec, **kwargs)


def _generation(args) -> dict:
    return {"max_new_tokens": args.max_new_tokens, "batch_size": args.batch_size,
            "truncate_prompt": args.too_long == "truncate"}


def cmd_probe(args) -> int:
    from guard.report import probe_markdown, probe_report
    from guard.runner import default_options, run_suite

    suite = _suite(args)  # bad input fails before the slow model load
    if args.out is not None:
        check_output_dir(args.out)
    model = _model(args, args.model)
    out = args.out or Path(f"runs/probe-{model.name}-{Path(args.suite).stem}-{args.size}-s{args.seed}")
    options = default_options(model, args.prompt, **_generation(args))
    records = run_suite(model, suite, prompt=args.prompt, options=options, out=out,
                        progress=not args.quiet)
    report = probe_report(records, model=model.name, suite=suite.name, prompt=args.prompt,
                          seed=suite.seed)
    return _publish(out, "probe", records, report, probe_markdown(report))


def cmd_calibrate(args) -> int:
    from guard import Guard

    check_output_file(args.out)
    if args.records is not None:
        check_output_dir(args.records)
    suite = _suite(args)
    model = _model(args, args.model)
    signals = tuple(s.strip() for s in args.signals.split(",")) if args.signals else None
    guard = Guard.fit(model, suite, target_hallucination=args.target, confidence=args.confidence,
                      signals=signals, calibrator=args.calibrator, prompt=args.prompt,
                      out=args.records, progress=not args.quiet, generation=_generation(args))
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
    from guard.persistence import read_guard_file

    saved = read_guard_file(args.guard)  # a bad guard file fails before the model loads
    spec = args.model or saved["model"]["name"] or DEFAULT_MODEL
    overrides = {"early_abstain": True} if getattr(args, "early_abstain", False) else {}
    return Guard.load(args.guard, _model(args, spec), allow_model_mismatch=args.allow_model_mismatch,
                      **overrides)


def cmd_ask(args) -> int:
    questions = check_questions(args.question)
    guard = _load_guard(args)
    for a in guard.ask_many(questions):
        line = {"question": a.question, "answer": a.text, "decision": a.decision,
                "confidence": round(a.confidence, 4), "raw_answer": a.raw_text, "reason": a.reason,
                "p_answerable": None if a.p_answerable is None else round(a.p_answerable, 4)}
        withheld = a.decision != "answer" and a.raw_text != a.text
        print(json.dumps(line, ensure_ascii=False) if args.json else
              f"[{a.decision} {a.confidence:.2f}] {a.text}" + (f"  (raw: {a.raw_text})" if withheld else ""))
    return 0


def cmd_eval(args) -> int:
    from guard.evaluation import evaluate_records
    from guard.report import eval_markdown, eval_report

    if args.data is None:
        raise UsageError("eval needs --data FILE or a suite name")
    args.suite = args.data
    suite = _suite(args)
    if args.out is not None:
        check_output_dir(args.out)
    guard = _load_guard(args)
    out = args.out or Path(f"runs/eval-{guard.model.name}-{Path(args.data).stem}")
    records = guard.run(suite, out=out, progress=not args.quiet)
    t = guard.threshold
    report = eval_report(evaluate_records(records), model=guard.model.name, data=suite.name,
                         guard_path=str(args.guard), target=t.target, confidence=t.confidence,
                         threshold=t.threshold if t.reachable else None)
    return _publish(out, "eval", records, report, eval_markdown(report))


def _publish(out: Path, kind: str, records, report: dict, markdown: str) -> int:
    """Write report.json/.md/.html with the plots, and print the summary."""
    from guard.html_report import write_html_report
    from guard.report import write_report
    from guard.runner import read_skipped

    skipped = read_skipped(out)
    report["skipped"] = [s.__dict__ for s in skipped]
    if skipped:
        markdown += (f"\nSkipped {len(skipped)} question(s) too long for the model (see "
                     f"{out}/skipped.jsonl; --too-long truncate shortens them instead).\n")
    write_report(out, report, markdown)
    write_html_report(out, kind, records, report)
    print(markdown)
    print(f"wrote {out}/report.json, report.md, report.html, records.jsonl")
    return 0


COMMANDS = {"probe": cmd_probe, "calibrate": cmd_calibrate, "ask": cmd_ask, "eval": cmd_eval}
USER_ERRORS = (ValueError, OSError, LookupError, RuntimeError, TypeError)


def main(argv: list[str] | None = None) -> int:
    args = build_parser(__doc__).parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("interrupted; rerun the same command to resume", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns errors into messages
        if args.debug:
            raise
        known = isinstance(exc, USER_ERRORS)
        message = str(exc).strip() or type(exc).__name__
        print(f"guard {args.command}: error: {message}" + ("" if known else
              f" ({type(exc).__name__}; an internal error: rerun with --debug and report it)"),
              file=sys.stderr)
        return 2 if known else 1


if __name__ == "__main__":
    sys.exit(main())
