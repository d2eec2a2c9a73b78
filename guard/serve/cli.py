"""`guard serve`: the command line of the guarding OpenAI-compatible server.

Hooked into `guard.cli` with `add_parser(subparsers)`; the command loads the model (in process
from any `load_model` spec, or an upstream `http(s)://host:port/v1` server), loads the guard
onto it (refusing another model), and runs uvicorn until interrupted.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from guard.serve.settings import (API_KEY_ENV, CLIENT_POLICIES, POLICIES, ServeSettings,
                                  api_key_from)
from guard.verdict import OUTSIDE_BOUND

UPSTREAM_KEY_ENV = "GUARD_UPSTREAM_API_KEY"


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser("serve", help="an OpenAI-compatible server that guards every answer")
    p.add_argument("--guard", required=True, help="guard file from `guard calibrate`")
    p.add_argument("--model", help="model spec (default: the one named in the guard file), or "
                                   "http(s)://host:port/v1: the upstream server it was calibrated on")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--on-fail", choices=POLICIES, help="policy below the threshold (default: the "
                   "guard file's)")
    p.add_argument("--client-policy", choices=CLIENT_POLICIES, default="deny",
                   help="whether a request's `guard_on_fail` field may override the policy; deny: "
                        "a request naming another policy gets a 400 (default: %(default)s)")
    p.add_argument("--api-key", help=f"require `Authorization: Bearer KEY` (default: ${API_KEY_ENV})")
    p.add_argument("--protect-status", action="store_true",
                   help="require the API key on /health and /metrics too (default: open)")
    p.add_argument("--early-abstain", action="store_true",
                   help="abstain after the prompt pass where the before-answer probe says so")
    p.add_argument("--outside-bound", choices=OUTSIDE_BOUND,
                   help="a confident answer of a kind the threshold was not calibrated on (a "
                        "description asked for, an unusually long answer): flag, abstain or "
                        "answer (default: the guard file's)")
    p.add_argument("--allow-model-mismatch", action="store_true",
                   help="serve a guard on a model it was not calibrated on (not advised)")
    d = ServeSettings()
    p.add_argument("--max-body-bytes", type=int, default=d.max_body_bytes)
    p.add_argument("--max-tokens-cap", type=int, default=d.max_tokens_cap,
                   help="largest max_tokens a request may send (default: %(default)s)")
    p.add_argument("--max-n", type=int, default=d.max_n, help="largest n (default: %(default)s)")
    p.add_argument("--max-batch", type=int, help="micro-batch size in process (default: the "
                                                 "guard's batch size)")
    p.add_argument("--min-wait-ms", type=float, default=d.min_wait_ms,
                   help="how long a micro-batch waits for a burst of requests (default: %(default)s)")
    p.add_argument("--max-wait-ms", type=float, default=d.max_wait_ms,
                   help="longest a request waits for a micro-batch to reach the previous batch's size "
                        "(default: %(default)s)")
    p.add_argument("--drift-window", type=int, default=d.drift_window)
    p.add_argument("--upstream-workers", type=int, default=d.upstream_workers)
    p.add_argument("--upstream-timeout", type=float, default=60.0)
    p.add_argument("--upstream-retries", type=int, default=3)
    p.add_argument("--upstream-extra-body", type=json.loads, default=None,
                   help="JSON fields added to every upstream request, as at calibration")
    p.add_argument("--upstream-embeddings", metavar="URL", default=None,
                   help="the /embeddings endpoint the guard was calibrated with, if any")
    p.set_defaults(fn=cmd_serve)
    return p


def settings_of(args: argparse.Namespace) -> ServeSettings:
    return ServeSettings(on_fail=args.on_fail, client_policy=args.client_policy,
                         api_key=api_key_from(args.api_key), protect_status=args.protect_status,
                         max_body_bytes=args.max_body_bytes, max_tokens_cap=args.max_tokens_cap,
                         max_n=args.max_n, max_batch=args.max_batch,
                         min_wait_ms=args.min_wait_ms, max_wait_ms=args.max_wait_ms,
                         drift_window=args.drift_window, drift_min=min(50, args.drift_window),
                         upstream_workers=args.upstream_workers)


def load_served_guard(args: argparse.Namespace):
    """The model named by --model (or the guard file), and the guard loaded onto it."""
    from guard import Guard, load_model
    from guard.persistence import read_guard

    saved = read_guard(Path(args.guard))  # a bad guard file fails before the model loads
    spec = args.model or saved.model_name
    if not args.model and saved.fingerprint.startswith("openai:"):
        raise ValueError(f"{args.guard} was calibrated on an OpenAI-compatible server: pass "
                         "--model http://host:port/v1, the endpoint it was calibrated on")
    print(f"loading model {spec} ...", file=sys.stderr)
    if spec.startswith(("http://", "https://")):
        model = load_model(spec, model_name=saved.model_name, concurrency=1,
                           timeout=args.upstream_timeout, retries=args.upstream_retries,
                           api_key=os.environ.get(UPSTREAM_KEY_ENV),
                           extra_body=args.upstream_extra_body,
                           embeddings_url=args.upstream_embeddings)
    else:
        model = load_model(spec)
    runtime = {"early_abstain": True} if args.early_abstain else {}
    if args.outside_bound:
        runtime["outside_bound"] = args.outside_bound
    return Guard.load(args.guard, model, allow_model_mismatch=args.allow_model_mismatch, **runtime)


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from guard.serve.app import create_app
    except ImportError as exc:
        raise RuntimeError(f"guard serve needs the serve extra ({exc.name} is missing): "
                           "pip install 'hallucination-guard[serve]'") from None

    settings = settings_of(args)
    guard = load_served_guard(args)
    if not args.host.startswith(("127.", "localhost", "::1")) and settings.api_key is None:
        print(f"warning: serving on {args.host} without an API key; anyone who can reach it can "
              f"use it (set --api-key or ${API_KEY_ENV})", file=sys.stderr)
    t = guard.threshold
    print(f"guarding {guard.model.name}: threshold {t.threshold:.4f}, hallucination rate on "
          f"unknowns <= {t.target} with confidence {t.confidence}; serving "
          f"http://{args.host}:{args.port}/v1", file=sys.stderr)
    uvicorn.run(create_app(guard, settings), host=args.host, port=args.port, log_level="info")
    return 0

