"""The `guard` command's argument parser, and the checks that run before any model loads.

Every number, question and output path a user types is checked here, so a typo (`--target
10` for 0.10, an output directory that is a file) fails in under a second with a message that
says what to do, instead of after a model load or a thousand generated answers.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from guard.backends.zoo import DEFAULT_MODEL, ZOO
from guard.backends.base import DEFAULT_MAX_NEW_TOKENS
from guard.calibration import CALIBRATORS
from guard.demo import DEMO_SIZE
from guard.prompts import DEFAULT_PROMPT, PROMPTS
from guard.verdict import OUTSIDE_BOUND


class UsageError(ValueError):
    """A user's input that cannot work; the message says what to do instead."""


def probability(text: str) -> float:
    """An argparse type: a number strictly between 0 and 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value < 1:
        hint = f" (did you mean {value / 100:g}?)" if 1 <= value < 100 else ""
        raise argparse.ArgumentTypeError(f"must be strictly between 0 and 1, got {text}{hint}")
    return value


def count(minimum: int):
    """An argparse type: a whole number >= `minimum`."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be >= {minimum}, got {value}")
        return value
    parse.__name__ = f"whole number >= {minimum}"
    return parse


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be > 0 seconds, got {text}")
    return value


def check_output_dir(path: Path) -> Path:
    """A directory that exists or can be created, and is writable."""
    if path.exists() and not path.is_dir():
        raise UsageError(f"--out {path} is an existing file; give a directory for the report files")
    _check_writable_ancestor(path, "--out")
    return path


def check_output_file(path: Path) -> Path:
    """A file path (not a directory) whose directory exists or can be created, and is writable."""
    if path.is_dir():
        raise UsageError(f"--out {path} is a directory; give a file name such as {path / 'guard.json'}")
    _check_writable_ancestor(path.parent, "--out")
    return path


def _check_writable_ancestor(path: Path, flag: str) -> None:
    probe = path
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir() or not os.access(probe, os.W_OK | os.X_OK):
        raise UsageError(f"{flag} {path}: cannot write there ({probe} is not a writable directory)")


def check_questions(questions: list[str]) -> list[str]:
    """Questions given on the command line: non-empty, valid UTF-8 text."""
    for i, q in enumerate(questions, start=1):
        try:
            q.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(f"question {i} is not valid UTF-8 text (check the terminal's or the "
                             "file's encoding)") from None
        if not q.strip():
            raise UsageError(f"question {i} is empty")
    return questions


def build_parser(doc: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guard", description=doc.split("\n\n")[0])
    parser.add_argument("--debug", action="store_true", help="show Python tracebacks on errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("demo", help="the main job in minutes: raw report card, a calibrated "
                                    "guard, raw vs guarded on held-out questions, live examples")
    _model_args(p)
    p.add_argument("--size", type=count(30), default=DEMO_SIZE,
                   help="generated questions for the report card and the small guard fitted "
                        "live (default: %(default)s; a real calibration asks 2000)")
    p.add_argument("--out", type=Path, default=Path("runs/demo"), help="output directory (resumable)")

    p = sub.add_parser("probe", help="the raw model's report card on a probe suite")
    _model_args(p)
    _suite_args(p, 200)
    _generation_args(p)
    p.add_argument("--out", type=Path, help="output directory (resumes a run found there)")

    _calibrate_parser(sub)

    for name, help_ in (("ask", "ask questions through a saved guard"),
                        ("eval", "raw vs guarded on a labelled question set")):
        p = sub.add_parser(name, help=help_)
        _model_args(p, default=None)  # None: the model named in the guard file
        p.add_argument("--guard", type=Path, required=True, help="guard file from `guard calibrate`")
        p.add_argument("--allow-model-mismatch", action="store_true",
                       help="use the guard on a model it was not calibrated on (not advised)")
    ask, ev = sub.choices["ask"], sub.choices["eval"]
    ask.add_argument("question", nargs="*", help="question(s) to ask (none: read one per line "
                                                 "from standard input, loading the model once)")
    for p in (ask, ev):
        outside_bound_arg(p, None)
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("--claims", action="store_true",
                     help="show the whole answer with the claims the guard cut [bracketed] "
                          "(a guard calibrated with --claims)")
    ask.add_argument("--early-abstain", action="store_true",
                     help="abstain before generating where the guard's pre-generation probe is "
                          "confident the model does not know (saves the generation)")
    _suite_args(ev, 400, flag="--data", default=None)
    ev.add_argument("--out", type=Path, help="output directory (resumes a run found there)")
    from guard.serve.cli import add_parser as add_serve_parser  # light: FastAPI loads on use

    add_serve_parser(sub)
    return parser


def _calibrate_parser(sub) -> None:
    p = sub.add_parser("calibrate", help="fit a guard and save it as JSON")
    _model_args(p)
    _suite_args(p, 2000)
    _generation_args(p)
    p.add_argument("--target", type=probability, default=0.10,
                   help="max hallucination rate on unknowns, in (0, 1) (default: %(default)s)")
    p.add_argument("--confidence", type=probability, default=0.90,
                   help="probability the bound holds, in (0, 1) (default: %(default)s)")
    p.add_argument("--signals", help="comma-separated signal names (default: the best set the model offers)")
    p.add_argument("--calibrator", default="logistic", choices=tuple(CALIBRATORS))
    p.add_argument("--claims", action="store_true",
                   help="also calibrate claim by claim on open questions with evidence (the "
                        "'claims' suite), so long answers keep the claims the model knows")
    p.add_argument("--claim-agreement", action="store_true",
                   help="with --claims, also score each claim by how far 3 answers sampled at "
                        "temperature 1 confirm it (opt-in: 3 more answers generated per question)")
    outside_bound_arg(p, "flag")
    p.add_argument("--labelled", type=Path, help="a labelled sample of your own questions "
                   "(JSONL/JSON/CSV like --suite): the threshold is chosen on it alone, so the bound "
                   "holds for questions like it")
    p.add_argument("--unlabelled", type=Path, help="your own questions without answers (.txt, one "
                   "per line, or JSONL/CSV): the probes are weighted to look like them (approximate) "
                   "and the shift between the two is reported")
    p.add_argument("--records", type=Path, help="directory for records.jsonl (resumable)")
    p.add_argument("--out", type=Path, required=True, help="guard file to write, e.g. guard.json")


def _model_args(p: argparse.ArgumentParser, default: str | None = DEFAULT_MODEL) -> None:
    p.add_argument("--model", default=default,
                   help=f"zoo name ({', '.join(ZOO)}), .gguf path, model dir, hub id or "
                        "http(s)://host:port/v1 (default: %(default)s)")
    p.add_argument("--timeout", type=seconds, default=None,
                   help="http(s) models: seconds to wait for each attempt (default 60); the "
                        "command gives up after (retries + 1) x timeout plus short back-offs")
    p.add_argument("--retries", type=count(0), default=None,
                   help="http(s) models: retries after a timeout, refused connection, 429 or 5xx "
                        "(default 3)")
    p.add_argument("--embeddings", metavar="URL", default=None,
                   help="http(s) models: an OpenAI-compatible /embeddings endpoint serving the "
                        "same weights, for the answerability probe over HTTP")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def _suite_args(p: argparse.ArgumentParser, size: int, flag: str = "--suite",
                default: str | None = "default") -> None:
    p.add_argument(flag, default=default, help="generated suite name or a JSONL/JSON/CSV file")
    p.add_argument("--size", type=count(1), default=size, help="questions in a generated suite")
    p.add_argument("--seed", type=int, default=0, help="seed of the generated suite and split")
    p.add_argument("--split", choices=("all", "cal", "test"), default="all",
                   help="use half of the suite: 'cal' to calibrate, 'test' to evaluate held out")
    p.add_argument("--sample", type=count(0), default=0,
                   help="a seeded sample of about N questions, stratified by category (0: all)")


def outside_bound_arg(p: argparse.ArgumentParser, default: str | None) -> None:
    p.add_argument("--outside-bound", choices=OUTSIDE_BOUND, default=default,
                   help="what to do with a confident answer of a kind the threshold was not "
                        "calibrated on (a description asked for, or an unusually long answer): "
                        "flag it, abstain, or answer" + (f" (default: {default})" if default else
                                                         " (default: the guard file's)"))


def _generation_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--prompt", choices=tuple(PROMPTS), default=DEFAULT_PROMPT,
                   help="instruction sent with each question (default: %(default)s)")
    p.add_argument("--max-new-tokens", type=count(1), default=DEFAULT_MAX_NEW_TOKENS)
    p.add_argument("--batch-size", type=count(1), default=8)
    p.add_argument("--too-long", choices=("skip", "truncate"), default="skip",
                   help="a question too long for the model's context window: skip it (listed "
                        "in skipped.jsonl and the report) or shorten it to fit (default: %(default)s)")
