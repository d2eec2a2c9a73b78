"""The claims question set: registered apart from "default", deterministic, evidence for every probe."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import probes
from probes.claims import evidence
from probes.claims.suite import entity_of, evidence_for
from probes.suite import Probe

FIXTURE = Path(__file__).with_name("wiki_fixture.json")


@pytest.fixture(autouse=True)
def tables_only(monkeypatch):
    """The suite as it is without the optional extra (the shipped tables only)."""
    monkeypatch.setenv("CLAIMS_WIKI_SUMMARIES", str(FIXTURE.with_name("absent.json")))
    evidence.clear_cache()
    yield
    evidence.clear_cache()


def test_registered_apart_from_default() -> None:
    assert "claims" in probes.list_suites() and probes.list_suites()[:3] == ["default", "answerable", "unanswerable"]
    assert not {"claims", "claims_invented"} & {p.category for p in probes.load_suite("default", size=300)}


def test_shape_and_determinism() -> None:
    s = probes.load_suite("claims", size=200, seed=3)
    assert len(s) == 200 and s == probes.load_suite("claims", size=200, seed=3)
    assert Counter(p.answerable for p in s) == {True: 150, False: 50}
    assert {p.style for p in s} == {"open_ended", "descriptive"}
    assert all(p.answers is None for p in s)
    assert {p.generator for p in s if p.answerable} == {"claims"}
    assert {p.generator for p in s if not p.answerable} <= {"pseudoword", "markov", "blend", "compound"}
    other = probes.load_suite("claims", size=200, seed=4)
    assert len(set(s.ids) & set(other.ids)) < 100


def test_every_probe_has_evidence_and_real_entities_are_distinct() -> None:
    s = probes.load_suite("claims", size=400, seed=0)
    real = [p for p in s if p.answerable]
    names = [entity_of(p) for p in real]
    assert len(set(names)) == len(names)
    for p in s:
        ev = evidence_for(p)
        assert ev.exists == p.answerable and (bool(ev.texts) == p.answerable)


def test_tables_only_pool_runs_out_near_650() -> None:
    s = probes.load_suite("claims", size=4000, seed=0)
    assert 500 < sum(p.answerable for p in s) < 800 and len(s) > 1500


def test_with_wiki_summaries(monkeypatch) -> None:
    monkeypatch.setenv("CLAIMS_WIKI_SUMMARIES", str(FIXTURE))
    evidence.clear_cache()
    questions = {p.question for p in probes.load_suite("claims", size=4000, seed=0) if p.answerable}
    assert any("algebraic geometry" in q for q in questions)


def test_entity_of_and_errors() -> None:
    probe = Probe("claims-x", "Tell me about the film Casablanca.", None, True, "claims", "open_ended", "work",
                  "claims.tell", "claims")
    assert entity_of(probe) == "the film Casablanca" and evidence_for(probe).sources == ("table",)
    with pytest.raises(ValueError, match="not a claims question"):
        entity_of(Probe("x-1", "What is 2+2?", ("4",), True, "arithmetic"))
    missing = Probe("claims-y", "Describe algebraic geometry.", None, True, "claims", "descriptive", "concept",
                    "claims.describe", "claims")
    with pytest.raises(LookupError, match="claims"):
        evidence_for(missing)
