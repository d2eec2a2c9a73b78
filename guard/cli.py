"""The `guard` command: a thin shell over the Python API.

    guard demo      [--model M] [--size N] [--out DIR]                    # the main job, in minutes
    guard probe     [--model M] [--suite default|NAME|FILE] [--size N] [--out DIR]
    guard calibrate [--model M] [--suite ...] [--target 0.10] --out guard.json
    guard ask       --guard guard.json [--model M] "question" ...
    guard eval      --guard guard.json [--model M] --data FILE|SUITE [--out DIR]
    guard serve     --guard guard.json [--model M|http://host:port/v1] [--port 8080]

`demo` writes a raw report card, a guard and raw versus guarded into one report.html;
`probe` and `eval` print a summary and write report.json, report.md, report.html and
records.jsonl into their output directory; `calibrate` writes the guard file (and records.jsonl
with --records); `ask` prints one line per answer (JSON with --json). A user's mistake ends in
a one-line error that says what to do (exit code 2); --debug shows the traceback.
"""
from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

from guard.backends.zoo import DEFAULT_MODEL
from guard.eta import Estimate
from guard.verdict import marked
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
    kwargs = {k: v for k, v in (("timeout", args.timeout), ("retries", args.retries),
                                ("embeddings_url", args.embeddings)) if v is not None}
    if kwargs and not http:
        raise UsageError("--timeout, --retries and --embeddings apply to http(s):// models only")
    print(f"loading model {spec} ...", file=sys.stderr)
    return load_model(spec, **kwargs)


def _generation(args) -> dict:
    return {"max_new_tokens": args.max_new_tokens, "batch_size": args.batch_size,
            "truncate_prompt": args.too_long == "truncate"}


def cmd_demo(args) -> int:
    from guard.demo import comparison, demo
    from guard.reporting.markdown import markdown

    check_output_dir(args.out)
    result = demo(_model(args, args.model), args.out, size=args.size, progress=not args.quiet)
    print(markdown(result.raw.to_dict()).split("## Per category")[0])
    print(comparison(result))
    print(f"\nwrote {args.out}/report.html (all of the above, with plots) and {result.guard_file}")
    return 0


def cmd_probe(args) -> int:
    from guard import probe
    from guard.reporting.markdown import markdown

    suite = _suite(args)  # bad input fails before the slow model load
    if args.out is not None:
        check_output_dir(args.out)
    model = _model(args, args.model)
    out = args.out or Path(f"runs/probe-{model.name}-{Path(args.suite).stem}-{args.size}-s{args.seed}")
    report = probe(model, suite, prompt=args.prompt, generation=_generation(args), out=out,
                   progress=not args.quiet)
    return _published(out, markdown(report.to_dict()))


def cmd_calibrate(args) -> int:
    from guard import Guard
    from guard.claim_fitting import claim_signals as default_claim_signals

    import probes

    check_output_file(args.out)
    if args.claim_agreement and not args.claims:
        raise UsageError("--claim-agreement scores claims: give it with --claims")
    if args.records is not None:
        check_output_dir(args.records)
    suite = _suite(args)
    labelled = _labelled(args.labelled) if args.labelled else None
    unlabelled = probes.questions_from_file(args.unlabelled) if args.unlabelled else None
    model = _model(args, args.model)
    signals = tuple(s.strip() for s in args.signals.split(",")) if args.signals else None
    claim_signals = (*default_claim_signals(model), "claim_agreement") if args.claim_agreement else None
    guard = Guard(model, target_hallucination=args.target, confidence_level=args.confidence,
                  signals=signals, calibrator=args.calibrator, prompt=args.prompt,
                  generation=_generation(args), outside_bound=args.outside_bound, claims=args.claims,
                  claim_signals=claim_signals)
    print(f"calibrating {model.name}: asking {len(suite)} questions of '{suite.name}' (up to "
          f"{guard.planned_options.max_new_tokens} new tokens each), then fitting the guard",
          file=sys.stderr)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", probes.UnlabelledRowsWarning)  # printed by _labelled
        guard.fit(suite, out=args.records, progress=not args.quiet, labelled=labelled,
                  unlabelled=unlabelled, on_batch=Estimate("calibration"))
    guard.save(args.out)
    t, info = guard.threshold, guard.info
    print(f"calibrated {model.name} on {len(suite)} questions of '{suite.name}' (fit "
          f"{info.n_fit}); threshold chosen on {info.threshold_on}: {info.n_threshold} questions"
          + (f", effective sample size {t.n_effective:.0f}" if t.n_effective is not None else ""))
    if info.shift is not None:
        print(f"shift: {info.shift.summary()}")
    if t.reachable:
        print(f"threshold {t.threshold:.4f}: hallucination rate on unknowns <= {t.target} with "
              f"confidence {t.confidence} (calibration bound {t.upper_bound:.3f}); keeps "
              f"{t.kept_correct:.0%} of correct answers, answers {t.coverage:.0%} of questions")
    else:
        print(f"target unreachable, the guard will abstain on everything: {t.reason}")
    print(f"wrote {args.out}")
    return 0


def _labelled(path: Path):
    """The --labelled file, refused before the model loads when no row is labelled; a warning
    line for rows without a label."""
    import probes

    labelled = probes.from_file(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", probes.UnlabelledRowsWarning)
        probes.check_labelled(labelled, path)
    for w in caught:
        print(f"guard calibrate: warning: {w.message}", file=sys.stderr)
    return labelled


def _load_guard(args):
    from guard import Guard
    from guard.persistence import read_guard

    saved = read_guard(args.guard)  # a bad guard file fails before the model loads
    return Guard.load(args.guard, _model(args, args.model or saved.model_name or DEFAULT_MODEL),
                      allow_model_mismatch=args.allow_model_mismatch, **runtime_of(args))


def cmd_ask(args) -> int:
    questions = check_questions(args.question)
    guard = _load_guard(args)
    if questions:
        for a in guard.ask_many(questions):
            print(answer_line(a, args.json, args.claims), flush=True)
        return 0
    if sys.stdin.isatty():
        print("one question per line; an empty line or Ctrl-D ends", file=sys.stderr)
    for line in sys.stdin:  # the model loads once for every question
        if not line.strip():
            break
        print(answer_line(guard.ask(check_questions([line.strip()])[0]), args.json, args.claims),
              flush=True)
    return 0


def answer_line(a, as_json: bool, claims: bool = False) -> str:
    """One answer as `guard ask` prints it: the decision, the confidence, and what it means
    (`claims`: the raw answer with the claims the guard cut bracketed)."""
    if as_json:
        return json.dumps({"question": a.question, "answer": a.text, "decision": a.decision,
                           "outcome": a.outcome, "confidence": round(a.confidence, 4),
                           "raw_answer": a.raw_text, "reason": a.reason,
                           "p_answerable": None if a.p_answerable is None else round(a.p_answerable, 4),
                           "claims": [{"text": c.text, "span": list(c.span), "kept": c.kept,
                                       "confidence": round(c.confidence, 4)} for c in a.claims]},
                          ensure_ascii=False)
    if claims and a.claims:
        return (f"[{a.decision} {a.confidence:.2f}, {sum(c.kept for c in a.claims)} of "
                f"{len(a.claims)} claims kept] {marked(a.raw_text, a.claims)}")
    mark = " OUTSIDE THE BOUND" if a.outcome == "outside_bound" else ""
    withheld = f"\n    withheld: {a.raw_text}" if a.decision == "abstain" and a.raw_text not in ("", a.text) else ""
    why = f"\n    ({a.reason})" if a.reason else ""
    return f"[{a.decision} {a.confidence:.2f}{mark}] {a.text}{withheld}{why}"


def runtime_of(args) -> dict:
    """The policy settings a command line changes on a loaded guard."""
    out = {"outside_bound": args.outside_bound} if getattr(args, "outside_bound", None) else {}
    return {**out, "early_abstain": True} if getattr(args, "early_abstain", False) else out


def cmd_eval(args) -> int:
    from guard.reporting.markdown import markdown

    if args.data is None:
        raise UsageError("eval needs --data FILE or a suite name")
    args.suite = args.data
    suite = _suite(args)
    if args.out is not None:
        check_output_dir(args.out)
    guard = _load_guard(args)
    out = args.out or Path(f"runs/eval-{guard.model.name}-{Path(args.data).stem}")
    report = guard.evaluate(suite, out=out, progress=not args.quiet)
    return _published(out, markdown(report.to_dict()))


def _published(out: Path, text: str) -> int:
    print(text)
    print(f"wrote {out}/report.json, report.md, report.html, records.jsonl")
    return 0


def cmd_serve(args) -> int:
    from guard.serve.cli import cmd_serve as serve

    return serve(args)


COMMANDS = {"demo": cmd_demo, "serve": cmd_serve, "probe": cmd_probe, "calibrate": cmd_calibrate, "ask": cmd_ask, "eval": cmd_eval}
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
