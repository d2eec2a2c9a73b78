"""Evaluate a guard on your own labelled questions (JSONL, JSON or CSV).

    python examples/external_dataset.py [FILE] [--limit 60]

Rows: {"question": ..., "answers": [...] or null, "answerable": true|false}. Defaults to the
SelfAware development file in ../shared/data when present, else examples/questions.jsonl.
Prints raw versus guarded side by side.
"""
import argparse
from pathlib import Path

import probes
from guard import Guard, load_model
from guard.reporting.evaluation import evaluate_records

here = Path(__file__).resolve().parent
shared = here.parent.parent / "shared" / "data" / "selfaware-dev.jsonl"
parser = argparse.ArgumentParser(description="raw vs guarded on a labelled file")
parser.add_argument("file", nargs="?", type=Path, default=shared if shared.exists() else here / "questions.jsonl")
parser.add_argument("--limit", type=int, default=60, help="questions to evaluate (0: all)")
parser.add_argument("--size", type=int, default=160, help="probe questions to calibrate on")
args = parser.parse_args()

data = probes.from_file(args.file)
if args.limit:
    data = data.subset(lambda p: p.id in {q.id for q in data.probes[: args.limit]})
model = load_model("smollm2-135m")
guard = Guard.fit(model, probes.load_suite("default", size=args.size, seed=0),
                  target_hallucination=0.25, confidence_level=0.80)
ev = evaluate_records(guard.run(data))
print(f"{args.file.name}: {ev.raw.n} questions")
for name in ("accuracy", "hallucination_rate", "omniscience_index"):
    print(f"  {name:20s} raw {getattr(ev.raw, name):7.3f}   guarded {getattr(ev.guarded, name):7.3f}")
print(f"  kept correct {ev.kept_correct:.2f}, AUROC {ev.auroc_correct:.2f}, ECE {ev.ece:.3f}")
