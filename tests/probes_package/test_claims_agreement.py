"""The claim grader against hand labels: the counting rules, and the hand-labelled fixtures
(claims from models' answers, with the evidence they were graded against; tests/fixtures/
claim_labels.md): the first labelled from general knowledge and by a reader of the evidence, the
others by a reader only; the grader's rules were tuned on the first three, never on the held-out
one."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from probes.claims.agreement import agreement, reader_agreement, regrade

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "claim_labels.jsonl"
SECOND = FIXTURES / "claim_labels_2.jsonl"
THIRD = FIXTURES / "claim_labels_3.jsonl"
HELDOUT = FIXTURES / "claim_labels_heldout.jsonl"
# measured with today's grader (README, "Long answers"); a drop means the grader changed
AGREEMENT = {"conservative": 0.70, "lenient": 0.94, "true_contradicted": 0, "supported_precision": 0.90}
READER = {FIXTURE: 0.90, SECOND: 0.89, THIRD: 0.85, HELDOUT: 0.90}


def rows_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_conservative_and_lenient_counting():
    a = agreement([("supported", "true"), ("contradicted", "false"), ("unverifiable", "true"),
                   ("contradicted", "true"), ("supported", "false"), ("unverifiable", "cannot-tell")])
    assert a.claims == 6
    assert a.conservative == pytest.approx(3 / 6)  # supported<->true; the rest <-> not true
    assert a.lenient_claims == 4 and a.lenient == pytest.approx(2 / 4)
    assert (a.true_unverifiable, a.true_contradicted, a.false_supported) == (1, 1, 1)
    assert a.supported_precision == pytest.approx(1 / 2)


def test_reader_counting():
    a = reader_agreement([("supported", "supported"), ("unverifiable", "contradicted"),
                          ("supported", "unverifiable"), ("unverifiable", "supported"),
                          ("contradicted", "contradicted")])
    assert a.claims == 5
    assert a.supported == pytest.approx(3 / 5)  # supported or not: what the conservative rule counts
    assert a.exact == pytest.approx(2 / 5)
    assert a.precision == pytest.approx(1 / 2) and a.recall == pytest.approx(1 / 2)
    assert reader_agreement([("unverifiable", "contradicted")]).precision is None


def test_bad_hand_labels_and_empty_input_are_refused():
    with pytest.raises(ValueError, match="hand label"):
        agreement([("supported", "yes")])
    with pytest.raises(ValueError, match="no labelled claims"):
        agreement([])
    with pytest.raises(ValueError, match="not a valid ClaimLabel"):
        reader_agreement([("supported", "true")])


def test_the_grader_agrees_with_the_hand_labels():
    rows = rows_of(FIXTURE)
    assert len(rows) >= 200 and len({r["model"] for r in rows}) >= 2
    a = agreement((regrade(r), r["hand"]) for r in rows)
    assert a.conservative >= AGREEMENT["conservative"]
    assert a.lenient is not None and a.lenient >= AGREEMENT["lenient"]
    assert a.true_contradicted <= AGREEMENT["true_contradicted"]
    assert a.supported_precision is not None and a.supported_precision >= AGREEMENT["supported_precision"]



@pytest.mark.parametrize("path", [FIXTURE, SECOND, THIRD, HELDOUT], ids=["first", "second", "third", "held-out"])
def test_the_grader_reads_the_evidence_as_a_reader_does(path: Path):
    rows = rows_of(path)
    assert len(rows) >= 200 and len({r["model"] for r in rows}) >= 2
    a = reader_agreement((regrade(r), r["reader"]) for r in rows)
    assert a.supported >= READER[path]
