"""Calibrate a guard on the embedded model and ask it questions.

    python examples/quickstart.py [--size 160]

Fits on generated probe questions (half fits the calibrator, half picks the threshold), then
answers a few questions: known facts should pass, made-up entities should be withheld.
"""
import argparse

import probes
from guard import Guard, load_model

parser = argparse.ArgumentParser(description="calibrate and ask on the embedded model")
parser.add_argument("--size", type=int, default=160, help="probe questions to calibrate on")
args = parser.parse_args()

model = load_model("smollm2-135m")  # the embedded default; any zoo name, path or URL works
suite = probes.load_suite("default", size=args.size, seed=0)
guard = Guard.fit(model, suite, target_hallucination=0.25, confidence_level=0.80)
print(guard, "\n")

for answer in guard.ask_many([
    "What is the capital of France?",
    "What is the chemical symbol for gold?",
    "Who founded the Veltrasko Institute of Marine Acoustics?",
    "What did my neighbour eat for breakfast last Tuesday?",
]):
    print(f"[{answer.decision:7s} {answer.confidence:.2f}] {answer.question}\n    {answer.text}")
    if answer.decision != "answer" and answer.raw_text != answer.text:
        print(f"    (withheld: {answer.raw_text[:80]})")
