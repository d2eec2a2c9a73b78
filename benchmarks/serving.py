"""Serving benchmark of the OpenAI-compatible HTTP backend (issue 6) on a zoo GGUF file.

Starts local llama.cpp servers on loopback and prints, from one run:
- questions/s with client concurrency 1 versus 8 (median of interleaved repeats), for
  llama-cpp-python's server (one request at a time: a global lock, no batching across requests)
  and, when a `llama-server` binary is found ($LLAMA_SERVER or PATH), llama.cpp's native server
  with 8 parallel slots sharing one continuous batch;
- agreement with the in-process transformers backend on the same questions and instruction:
  share of identical greedy answers and the correlation of mean token log-prob.

    python benchmarks/serving.py [--model smollm2-135m] [--questions 16] [--tokens 24]
                                 [--repeats 3] [--server auto] [--threads N]

The native server is not installed by the project: `bash benchmarks/build_llama_server.sh`
builds it from the llama.cpp that llama-cpp-python vendors.

Leaves out: GPU engines (vLLM, TGI), which this CPU machine cannot run.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np
from scipy import stats

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "backends"))

import llama_server  # noqa: E402
import probes  # noqa: E402
from common import median_times  # noqa: E402
from guard import load_model  # noqa: E402
from guard.backends import zoo  # noqa: E402
from guard.backends.base import GenerateOptions, Generation  # noqa: E402
from guard.backends.openai_http import LLAMA_CPP_PLAIN_SAMPLING, OpenAIModel  # noqa: E402
from guard.prompts import system_prompt  # noqa: E402


def throughput(url: str, questions: list[str], options: GenerateOptions,
               repeats: int) -> dict[int, float]:
    """Questions per second at client concurrency 1 and 8 (medians of interleaved repeats)."""
    models = {c: OpenAIModel(url, concurrency=c, timeout=300, extra_body=LLAMA_CPP_PLAIN_SAMPLING)
              for c in (1, 8)}
    times = median_times({c: (lambda m=m: m.generate(questions, options))
                          for c, m in models.items()}, repeats=repeats)
    return {c: len(questions) / t for c, t in times.items()}


def agreement(served: list[Generation], local: list[Generation]) -> tuple[float, float, float, int]:
    """(share of identical answers, Pearson r and Spearman rho of mean token log-prob, n)."""
    same = float(np.mean([a.text == b.text for a, b in zip(served, local)]))
    pairs = [(a.logprobs.mean(), b.logprobs.mean()) for a, b in zip(served, local)
             if len(a.logprobs) and len(b.logprobs)]
    x, y = map(np.array, zip(*pairs))
    return same, float(stats.pearsonr(x, y)[0]), float(stats.spearmanr(x, y)[0]), len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=llama_server.ALIAS, choices=tuple(zoo.ZOO),
                        help="zoo model whose GGUF file the servers load (default: %(default)s)")
    parser.add_argument("--questions", type=int, default=16)
    parser.add_argument("--tokens", type=int, default=24)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--agreement-questions", type=int, default=60)
    parser.add_argument("--threads", type=int, default=None,
                        help="ggml threads per server (default: cores - 1)")
    parser.add_argument("--server", choices=["auto", "python", "native", "both"], default="auto",
                        help="auto: both when a llama-server binary is found, else python")
    args = parser.parse_args()
    kinds = {"auto": ["python"] + (["native"] if llama_server.native_server_binary() else []),
             "both": ["python", "native"]}.get(args.server, [args.server])
    if "python" in kinds and not llama_server.python_server_available():
        sys.exit("llama-cpp-python[server] is not installed (see .ci/run)")
    opts = GenerateOptions(max_new_tokens=args.tokens, system=system_prompt("neutral"), top_k=5)
    bench_qs = [p.question for p in probes.load_suite("default", size=args.questions, seed=1)]
    agree_qs = [p.question for p in probes.load_suite("default", size=args.agreement_questions,
                                                      seed=2)] if args.agreement_questions else []
    rows, served = [], {}
    for kind in kinds:
        native = kind == "native"
        with llama_server.LlamaServer(zoo.resolve(args.model)[0], native=native, alias=args.model,
                                      parallel=8 if native else 1, threads=args.threads) as server:
            qps = throughput(server.url, bench_qs, opts, args.repeats)
            if agree_qs:
                model = OpenAIModel(server.url, extra_body=LLAMA_CPP_PLAIN_SAMPLING)
                served[kind] = model.generate(agree_qs, opts)
        name = "llama-server -np 8" if native else "llama-cpp-python"
        rows.append((name, qps[1], qps[8]))

    threads = args.threads or llama_server.LlamaServer.default_threads()
    print(f"{zoo.ZOO[args.model].description}: {len(bench_qs)} questions x {args.tokens} tokens max, greedy, "
          f"top-5 log-probs, {threads} server thread(s), median of {args.repeats} interleaved "
          f"repeats, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'server':22s} {'c=1 q/s':>8s} {'c=8 q/s':>8s} {'c8/c1':>6s}  (target >= 2x)")
    for name, one, eight in rows:
        print(f"{name:22s} {one:8.2f} {eight:8.2f} {eight / one:5.2f}x")

    if not agree_qs:
        return
    local = load_model(args.model).generate(agree_qs, opts)
    print(f"\nagreement with in-process transformers on {len(agree_qs)} probe questions:")
    print(f"{'server':22s} {'same answer':>11s} {'r(mean lp)':>10s} {'rho':>6s}")
    for kind, gens in served.items():
        same, r, rho, n = agreement(gens, local)
        name = "llama-server -np 8" if kind == "native" else "llama-cpp-python"
        print(f"{name:22s} {same:10.0%} {r:10.3f} {rho:6.3f}" + (f"  (n={n})" if n < len(gens) else ""))


if __name__ == "__main__":
    main()
