"""Hand labels for the claim grader: export claims to label, and read labels against the grader.

    python benchmarks/claim_labels.py export --models smollm2-135m qwen2.5-coder-0.5b --per-model 110
    python benchmarks/claim_labels.py export --models smollm2-135m qwen2.5-coder-1.5b --seed 3 \
        --exclude tests/fixtures/claim_labels*.jsonl --out runs/claim-labels/fresh.jsonl
    python benchmarks/claim_labels.py agreement [FILE ...]

`export` samples (seeded) claims about real entities from the collected answers of the claims
benchmark (runs/collect/<model>/neutral/claims-<size>-s0, `benchmarks/claims.py`), none already
in `--exclude`, and writes one row per claim with the question, the whole answer, the claim, and
the entity's evidence (name, other names, kind, texts), so the file can be graded again without
the optional data packages. A reader fills each row's "reader" with "supported", "contradicted"
or "unverifiable" from the evidence alone, and/or a person its "hand" with "true", "false" or
"cannot-tell" from general knowledge. `agreement` regrades every row from its stored evidence
and prints `probes.claims.agreement` for the labels each file has (by default the four fixtures
in tests/fixtures: claim_labels.jsonl, claim_labels_2.jsonl and claim_labels_3.jsonl, on which
the grader's rules were tuned, and claim_labels_heldout.jsonl, a fresh sample that was not;
claim_labels.md says how each was made; their tests check the same numbers).
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Sequence

import probes
from collect import RUNS
from guard.records import read_records
from probes.claims import evidence_for
from probes.claims.agreement import agreement, reader_agreement, regrade

FIXTURES = tuple(Path(__file__).resolve().parents[1] / "tests" / "fixtures" / name
                 for name in ("claim_labels.jsonl", "claim_labels_2.jsonl", "claim_labels_3.jsonl",
                              "claim_labels_heldout.jsonl"))


def export(models: list[str], size: int, per_model: int, out: Path, seed: int = 0,
           exclude: Sequence[Path] = ()) -> int:
    """Sample `per_model` claims of each model's answers to write to `out` for labelling, none of
    them a claim (model, id) already in an `exclude` file (labelled: a fresh sample to test on)."""
    suite = {p.id: p for p in probes.load_suite("claims", size=size, seed=0)}
    done = {(r["model"], r["id"]) for path in exclude for r in read_labels(path)}
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
                      "hand": None} for i, c in enumerate(r.claims) if (name, f"{r.id}#{i}") not in done]
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
    ex.add_argument("--exclude", type=Path, nargs="*", default=[],
                    help="labelled files whose claims are not sampled again")
    ex.add_argument("--seed", type=int, default=0)
    ag = sub.add_parser("agreement", help="the grader against labelled files")
    ag.add_argument("paths", type=Path, nargs="*", default=list(FIXTURES))
    args = parser.parse_args()
    if args.command == "export":
        n = export(args.models, args.size, args.per_model, args.out, args.seed, args.exclude)
        print(f"wrote {n} claims to {args.out}")
        return
    for path in args.paths:
        print(path.name)
        print_agreement(read_labels(path))


def print_agreement(rows: list[dict]) -> None:
    """Per model and over all: the grader against the reader's labels and the hand labels the
    rows carry."""
    for model in sorted({r["model"] for r in rows}) + ["all"]:
        mine = [r for r in rows if model in ("all", r["model"])]
        read = [(regrade(r), r["reader"]) for r in mine if r.get("reader")]
        if read:
            a = reader_agreement(read)
            print(f"  {model}: {a.claims} claims against a reader of the evidence: supported or not "
                  f"{a.supported:.2f}, all three labels {a.exact:.2f}; reader-supported among "
                  f"grader-supported {_f(a.precision)}, grader-supported among reader-supported "
                  f"{_f(a.recall)}")
        hand = [(regrade(r), r["hand"]) for r in mine if r.get("hand")]
        if hand:
            a = agreement(hand)
            print(f"  {model}: {a.claims} claims against general knowledge: conservative agreement "
                  f"{a.conservative:.2f}; lenient {_f(a.lenient)} on {a.lenient_claims}; hand-true "
                  f"left unverifiable {a.true_unverifiable}, hand-true called contradicted "
                  f"{a.true_contradicted}, hand-false called supported {a.false_supported}; "
                  f"hand-true among grader-supported {_f(a.supported_precision)}")


def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


if __name__ == "__main__":
    main()
