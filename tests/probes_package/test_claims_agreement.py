"""The claim grader against hand labels: the counting rules, and the hand-labelled fixture
(claims from two models' answers, with the evidence they were graded against)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from probes.claims.agreement import agreement, regrade

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "claim_labels.jsonl"
# measured when the fixture was labelled (README, "Long answers"); a drop means the grader changed
AGREEMENT = {"conservative": 0.68, "lenient": 0.80, "true_contradicted": 0, "supported_precision": 0.72}


def test_conservative_and_lenient_counting():
    a = agreement([("supported", "true"), ("contradicted", "false"), ("unverifiable", "true"),
                   ("contradicted", "true"), ("supported", "false"), ("unverifiable", "cannot-tell")])
    assert a.claims == 6
    assert a.conservative == pytest.approx(3 / 6)  # supported<->true; the rest <-> not true
    assert a.lenient_claims == 4 and a.lenient == pytest.approx(2 / 4)
    assert (a.true_unverifiable, a.true_contradicted, a.false_supported) == (1, 1, 1)
    assert a.supported_precision == pytest.approx(1 / 2)


def test_bad_hand_labels_and_empty_input_are_refused():
    with pytest.raises(ValueError, match="hand label"):
        agreement([("supported", "yes")])
    with pytest.raises(ValueError, match="no labelled claims"):
        agreement([])


def test_the_grader_agrees_with_the_hand_labels():
    rows = [json.loads(line) for line in FIXTURE.read_text().splitlines() if line.strip()]
    assert len(rows) >= 200 and len({r["model"] for r in rows}) >= 2
    a = agreement((regrade(r), r["hand"]) for r in rows)
    assert a.conservative >= AGREEMENT["conservative"]
    assert a.lenient is not None and a.lenient >= AGREEMENT["lenient"]
    assert a.true_contradicted <= AGREEMENT["true_contradicted"]
    assert a.supported_precision is not None and a.supported_precision >= AGREEMENT["supported_precision"]

