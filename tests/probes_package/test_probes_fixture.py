"""grade() against hand labels: real answers of the packaged models, each labelled by a person.

`tests/fixtures/graded_answers.jsonl` holds one answer per line (model, question, gold answers,
answerable, category, the model's text, and the hand label correct / incorrect / abstained, with
an optional note for tricky cases). The labels were written before looking at what `grade` says;
this test measures how often it agrees and prints every disagreement when it falls short.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import probes
from probes import Grade, Probe, grade

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "graded_answers.jsonl"
MIN_ROWS = 150
MIN_AGREEMENT = 0.95
LABELS = {"correct", "incorrect", "abstained"}


def _rows() -> list[dict]:
    rows = []
    with FIXTURE.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if line.strip():
                row = json.loads(line)
                row["line"] = line_no
                rows.append(row)
    return rows


def _probe(row: dict) -> Probe:
    answers = tuple(row["answers"]) if row["answers"] is not None else None
    pid = probes.make_id(row["category"], row["question"])
    return Probe(pid, row["question"], answers, bool(row["answerable"]), row["category"])


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return _rows()


def test_fixture_shape(rows: list[dict]) -> None:
    assert len(rows) >= MIN_ROWS
    assert len({r["model"] for r in rows}) >= 2
    labels = Counter(r["label"] for r in rows)
    assert set(labels) == LABELS, labels
    for r in rows:
        assert r["label"] in LABELS, r
        assert isinstance(r["text"], str), r
        if r["label"] == "correct":
            assert r["answerable"] and r["answers"], f"line {r['line']}: correct needs gold answers"
        _probe(r)  # every row is a valid probe


def test_grade_agrees_with_hand_labels(rows: list[dict]) -> None:
    disagreements = []
    for r in rows:
        got = grade(_probe(r), r["text"])
        if got is not Grade(r["label"]):
            disagreements.append(r | {"got": got.value})
    agreement = 1 - len(disagreements) / len(rows)
    report = "\n".join(
        f"  line {d['line']} [{d['model']}/{d['category']}] label={d['label']} grade={d['got']}: "
        f"Q={d['question']!r} A={d['text'][:160]!r}" + (f" ({d['note']})" if d.get("note") else "")
        for d in disagreements
    )
    print(f"grade agrees with {len(rows) - len(disagreements)}/{len(rows)} hand labels ({agreement:.1%})")
    if report:
        print(report)
    assert agreement >= MIN_AGREEMENT, f"agreement {agreement:.1%} < {MIN_AGREEMENT:.0%}:\n{report}"
