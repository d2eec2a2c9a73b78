"""Hand labels for the claim grader: export claims to label, and read labels against the grader.

    python benchmarks/claim_labels.py export --models smollm2-135m qwen2.5-coder-0.5b --per-model 110
    python benchmarks/claim_labels.py agreement [tests/fixtures/claim_labels.jsonl]

`export` samples (seeded) claims about real entities from the collected answers of the claims
benchmark (runs/collect/<model>/neutral/claims-<size>-s0, `benchmarks/claims.py`) and writes one
row per claim with the question, the whole answer, the claim, and the entity's evidence (name,
other names, kind, texts), so the file can be graded again without the optional data packages.
A person fills each row's "hand" with "true", "false" or "cannot-tell" from general knowledge
(not from the evidence). `agreement` regrades every row from its stored evidence and prints
`probes.claims.agreement` (the fixture's test checks the same numbers).
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import probes
from collect import RUNS
from guard.records import read_records
from probes.claims import evidence_for
from probes.claims.agreement import agreement, regrade

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "claim_labels.jsonl"


def export(models: list[str], size: int, per_model: int, out: Path, seed: int = 0) -> int:
    suite = {p.id: p for p in probes.load_suite("claims", size=size, seed=0)}
    rows = []
    for name in models:
        mine = []
        for r in read_records(RUNS / name / "neutral" / f"claims-{size}-s0" / "records.jsonl"):
            probe = suite.get(r.id)
            if probe is None or not probe.answerable:
                continue
            ev = evidence_for(probe)
            mine += [{"id": f"{r.id}#{i}", "model": name, "question": r.question, "answer": r.text,
                      "claim": c.text, "span": list(c.span),
                      "evidence": {"name": ev.name, "aliases": list(ev.aliases), "kind": ev.kind,
                                   "texts": list(ev.texts)},
                      "hand": None} for i, c in enumerate(r.claims)]
        rows += random.Random(seed).sample(mine, min(per_model, len(mine)))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    return len(rows)


def read_labels(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export", help="claims to label, with their evidence")
    ex.add_argument("--models", nargs="+", default=["smollm2-135m", "qwen2.5-coder-0.5b"])
    ex.add_argument("--size", type=int, default=400)
    ex.add_argument("--per-model", type=int, default=110)
    ex.add_argument("--out", type=Path, default=Path("runs/claim-labels/to-label.jsonl"))
    ag = sub.add_parser("agreement", help="the grader against a labelled file")
    ag.add_argument("path", type=Path, nargs="?", default=FIXTURE)
    args = parser.parse_args()
    if args.command == "export":
        print(f"wrote {export(args.models, args.size, args.per_model, args.out)} claims to {args.out}")
        return
    rows = read_labels(args.path)
    for model in sorted({r["model"] for r in rows}) + ["all"]:
        mine = [r for r in rows if model in ("all", r["model"])]
        a = agreement((regrade(r), r["hand"]) for r in mine)
        lenient = "n/a" if a.lenient is None else f"{a.lenient:.2f}"
        print(f"{model}: {a.claims} claims; conservative agreement {a.conservative:.2f}; lenient "
              f"{lenient} on {a.lenient_claims}; hand-true left unverifiable {a.true_unverifiable}, "
              f"hand-true called contradicted {a.true_contradicted}, hand-false called supported "
              f"{a.false_supported}; hand-true among grader-supported "
              f"{'n/a' if a.supported_precision is None else f'{a.supported_precision:.2f}'}")


if __name__ == "__main__":
    main()
