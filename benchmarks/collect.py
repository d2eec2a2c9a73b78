"""Collect graded records with every signal and hidden states, for the signal and report-card
benchmarks (resumable: rerunning continues where it stopped).

    python benchmarks/collect.py --model qwen2.5-0.5b [--size 400] [--seed 0] [--selfaware PATH]

Writes runs/collect/<model>/<set>/records.jsonl for the generated suite and the SelfAware file.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import probes
from guard import load_model, run_suite
from guard.runner import default_options

SELFAWARE = Path(__file__).resolve().parents[2] / "shared" / "data" / "selfaware-dev.jsonl"


def candidate_layers(n_layers: int) -> tuple[int, ...]:
    """Seven layers from a quarter of the depth to the top: where knowledge probes look."""
    return tuple(sorted({max(1, round(n_layers * f)) for f in (0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0)}))


def collect(model, suite, out: Path, prompt: str = "neutral"):
    options = default_options(model, prompt, hidden_layers=candidate_layers(model.num_layers),
                              prompt_logprobs=True, batch_size=16)
    return run_suite(model, suite, prompt=prompt, options=options, out=out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-0.5b")
    parser.add_argument("--size", type=int, default=400)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--selfaware", type=Path, default=SELFAWARE)
    parser.add_argument("--prompt", default="neutral")
    parser.add_argument("--out", type=Path, default=Path("runs/collect"))
    args = parser.parse_args()
    model = load_model(args.model)
    base = args.out / args.model / args.prompt
    collect(model, probes.load_suite("default", size=args.size, seed=args.seed),
            base / f"default-{args.size}-s{args.seed}", args.prompt)
    if args.selfaware.is_file():
        collect(model, probes.from_file(args.selfaware), base / "selfaware-dev", args.prompt)


if __name__ == "__main__":
    main()
