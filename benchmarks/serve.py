"""Benchmark of `guard serve` (issue: OpenAI-compatible guarding server), one run:

- in process (smollm2-135m, the guard's default signals): requests/s from official `openai`
  clients at concurrency 1 and 8, and the ratio (target: c8 >= 2.5x c1, from micro-batching);
- in front of a llama.cpp server (llama-cpp-python, the same GGUF; a guard fitted on log-prob
  signals over that endpoint): the latency of a request through the guard server over the same
  request sent to the upstream directly, at concurrency 1 (target: <= 1.10x). Also shown: the
  direct call with the log-probs the guard asks for, which splits the overhead into the
  upstream's log-prob cost and the proxy's own.

Every time is the median of interleaved repeats (`common.median_times`). Guards are fitted on
`--fit-size` generated questions (seed 0) at `--tokens` new tokens and cached under
`--cache` (reused while the model's fingerprint matches); the benchmark questions are another
draw (seed 1).

    python benchmarks/serve.py [--questions 16] [--tokens 48] [--repeats 3] [--fit-size 120]
                               [--torch-threads N] [--only in-process|proxy]
"""
from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "backends"))

import llama_server  # noqa: E402
import openai  # noqa: E402
import probes  # noqa: E402
from common import median_times  # noqa: E402
from guard import Guard, load_model, run_suite  # noqa: E402
from guard.backends.openai_http import LLAMA_CPP_PLAIN_SAMPLING  # noqa: E402
from guard.serve.app import create_app  # noqa: E402
from guard.serve.background import BackgroundServer  # noqa: E402
from guard.serve.settings import ServeSettings  # noqa: E402

LOGPROB_SIGNALS = ("mean_logprob", "min_logprob", "first_logprob", "mean_entropy", "mean_margin", "length")


def cached_guard(model, path: Path, fit_size: int, tokens: int, signals=None) -> Guard:
    """The guard saved at `path` if it fits this model, else a fresh fit (then saved)."""
    from guard.options import options_for
    from guard.persistence import ModelMismatch
    from guard.signals import default_signals

    if path.exists():
        try:
            return Guard.load(path, model)
        except ModelMismatch:
            pass
    signals = signals or default_signals(model.capabilities)
    options = options_for(model, "neutral", signals, max_new_tokens=tokens)
    print(f"fitting a guard for {model.name} on {fit_size} questions ...", file=sys.stderr, flush=True)
    records = run_suite(model, probes.load_suite("default", size=fit_size, seed=0), options=options,
                        progress=False)
    guard = Guard.fit_records(model, records, 0.10, 0.90, signals=signals, options=options)
    guard.save(path)
    return guard


def ask_all(client: openai.OpenAI, questions: list[str], concurrency: int, **kwargs) -> None:
    def one(q: str) -> None:
        client.chat.completions.create(model="m", messages=[*kwargs.get("head", []),
                                                            {"role": "user", "content": q}],
                                       **{k: v for k, v in kwargs.items() if k != "head"})

    if concurrency == 1:
        for q in questions:
            one(q)
        return
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, questions))


def in_process(args, questions: list[str]) -> dict[int, float]:
    """Requests/s at concurrency 1 and 8 through the guard server with the model in process."""
    guard = cached_guard(load_model("smollm2-135m"), args.cache / f"smollm2-135m-{args.tokens}.json",
                         args.fit_size, args.tokens)
    with BackgroundServer(create_app(guard, ServeSettings())) as server:
        client = openai.OpenAI(base_url=server.url, api_key="x", max_retries=0, timeout=600)
        times = median_times({c: (lambda c=c: ask_all(client, questions, c)) for c in (1, 8)},
                             repeats=args.repeats)
    return {c: len(questions) / t for c, t in times.items()}


def proxy_overhead(args, questions: list[str]) -> dict[str, float]:
    """Seconds per request at concurrency 1: direct to the upstream, direct with the guard's
    log-prob fields, and through the guard server."""
    with llama_server.LlamaServer() as upstream:
        model = load_model(upstream.url, extra_body=LLAMA_CPP_PLAIN_SAMPLING, timeout=300)
        guard = cached_guard(model, args.cache / f"llama-cpp-{args.tokens}.json", args.fit_size,
                             args.tokens, LOGPROB_SIGNALS)
        same = dict(head=[{"role": "system", "content": guard.options.system}],
                    max_tokens=guard.options.max_new_tokens, temperature=0.0,
                    extra_body=LLAMA_CPP_PLAIN_SAMPLING)
        direct = openai.OpenAI(base_url=upstream.url, api_key="x", max_retries=0, timeout=600)
        with BackgroundServer(create_app(guard, ServeSettings())) as server:
            proxied = openai.OpenAI(base_url=server.url, api_key="x", max_retries=0, timeout=600)
            times = median_times({
                "direct": lambda: ask_all(direct, questions, 1, **same),
                "direct + logprobs": lambda: ask_all(direct, questions, 1, logprobs=True,
                                                     top_logprobs=guard.options.top_k, **same),
                "through guard serve": lambda: ask_all(proxied, questions, 1)}, repeats=args.repeats)
    return {k: t / len(questions) for k, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=16)
    parser.add_argument("--tokens", type=int, default=48, help="max new tokens (calibrated length)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--fit-size", type=int, default=120)
    parser.add_argument("--cache", type=Path, default=ROOT / "runs" / "serve-bench")
    parser.add_argument("--only", choices=("in-process", "proxy"), help="run one part")
    parser.add_argument("--torch-threads", type=int, help="intra-op threads of the in-process "
                        "model (default: torch's; 1 helps on cores shared with other jobs)")
    args = parser.parse_args()
    if args.torch_threads:
        import torch

        torch.set_num_threads(args.torch_threads)
    if not llama_server.python_server_available():
        sys.exit("llama-cpp-python[server] is not installed (make install-dev)")
    questions = [p.question for p in probes.load_suite("default", size=args.questions, seed=1)]
    qps = in_process(args, questions) if args.only != "proxy" else None
    lat = proxy_overhead(args, questions) if args.only != "in-process" else None
    print(f"guard serve, smollm2-135m, {len(questions)} questions, up to {args.tokens} new tokens, "
          f"median of {args.repeats} interleaved repeats, load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores, {_torch_threads()} torch thread(s)")
    if qps:
        print(f"in process: {qps[1]:.2f} req/s at concurrency 1, {qps[8]:.2f} at 8: "
              f"{qps[8] / qps[1]:.2f}x (target >= 2.5x)")
    if not lat:
        return
    base = lat["direct"]
    for name, t in lat.items():
        print(f"upstream llama-cpp-python, concurrency 1, {name:20s} {t * 1000:8.1f} ms/request "
              f"{t / base:5.2f}x" + ("  (target <= 1.10x)" if name.startswith("through") else ""))


def _torch_threads() -> int:
    import torch

    return torch.get_num_threads()


if __name__ == "__main__":
    main()
