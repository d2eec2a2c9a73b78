"""The no_consensus and hypothetical categories (and their template families): size, determinism,
style, no overlap, grading."""

from __future__ import annotations

import random
import re

import pytest

import probes
from probes import Grade, Probe, grade
from probes.categories import UNANSWERABLE
from probes.categories.base import Category, strip_lead_in
from probes.categories import hypothetical, no_consensus
from probes.tables import hypothetical as hypothetical_bank, no_consensus as no_consensus_bank
from probes.categories.families import pool_of
from probes.suite import make_id

CATEGORIES = no_consensus.CATEGORIES + hypothetical.CATEGORIES
POOLS = {"no_consensus": no_consensus_bank.FAMILIES, "hypothetical": hypothetical_bank.FAMILIES}
NO_CONSENSUS_BANK, HYPOTHETICAL_BANK = no_consensus_bank.BANK, hypothetical_bank.BANK
BY_NAME: dict[str, Category] = {c.name: c for c in CATEGORIES}
STYLE = {"no_consensus": "factoid", "hypothetical": "speculative"}
NAMES = sorted(STYLE)


def pool(name: str) -> list[str]:
    return pool_of(POOLS[name])


def draw(name: str, n: int, seed: str = "0") -> list[str]:
    return [d.question for d in BY_NAME[name].draw(random.Random(f"{seed}:{name}"), n)]


def core(question: str) -> str:
    return strip_lead_in(question).casefold()


def test_categories_and_styles() -> None:
    assert [c.name for c in CATEGORIES] == ["no_consensus", "hypothetical"]
    for cat in CATEGORIES:
        assert not cat.answerable and cat.description
        drafts = cat.draw(random.Random(f"3:{cat.name}"), 300)
        assert {d.style for d in drafts} == {STYLE[cat.name]}
        assert all(d.answers is None for d in drafts)


@pytest.mark.parametrize("name", NAMES)
def test_at_least_400_distinct_questions(name: str) -> None:
    questions = draw(name, 400)
    assert len(questions) == 400
    assert len({core(q) for q in questions}) == 400
    assert len(pool(name)) >= 500


def test_hand_written_banks() -> None:
    assert len(NO_CONSENSUS_BANK) >= 80 and len(HYPOTHETICAL_BANK) >= 60
    for bank in (NO_CONSENSUS_BANK, HYPOTHETICAL_BANK):
        assert len({q.casefold() for q in bank}) == len(bank)


@pytest.mark.parametrize("name", NAMES)
def test_deterministic_and_prefix_stable(name: str) -> None:
    full = BY_NAME[name].draw(random.Random(f"7:{name}"), 300)
    assert full == BY_NAME[name].draw(random.Random(f"7:{name}"), 300)
    for k in (0, 1, 50, 299):
        assert BY_NAME[name].draw(random.Random(f"7:{name}"), k) == full[:k]
    assert draw(name, 300, seed="8") != [d.question for d in full]


@pytest.mark.parametrize("name", NAMES)
def test_questions_are_well_formed_and_drawn_from_the_pool(name: str) -> None:
    questions = pool(name)
    for q in questions:
        assert q[0].isupper() and q.endswith("?") and q.count("?") == 1, q
        assert "{" not in q and "  " not in q and not re.search(r"\b(a|an) (a|an|the)\b", q), q
        assert not re.search(r"\ba [aeio]|\ban (?!hour)[b-df-hj-np-tv-z]", q.lower()), q  # a/an agreement
    known = {core(q) for q in questions}
    assert all(core(q) in known for q in draw(name, 1000))


def test_no_overlap_with_existing_unanswerable_categories() -> None:
    ours = {core(q) for name in NAMES for q in pool(name)}
    assert not {core(q) for q in pool("no_consensus")} & {core(q) for q in pool("hypothetical")}
    others = [c.name for c in UNANSWERABLE if c.name not in POOLS]
    assert {"opinion", "philosophical", "open_problem", "private_fact"} <= set(others)
    for name in others:
        drawn = {core(p.question) for p in probes.load_suite(name, size=2000, seed=0)}
        assert drawn and not drawn & ours, (name, sorted(drawn & ours)[:5])


@pytest.mark.parametrize("name", NAMES)
def test_grading_hedges_abstain_and_claims_are_hallucinations(name: str) -> None:
    for question in draw(name, 40):
        probe = Probe(make_id(name, question), question, None, False, name, STYLE[name])
        assert grade(probe, "Nobody knows for sure; there is no scientific consensus on this.") is Grade.ABSTAINED
        assert grade(probe, "It depends on too many unknowns, so it is impossible to predict.") is Grade.ABSTAINED
        assert grade(probe, "Yes, ghosts exist.") is Grade.INCORRECT
        assert grade(probe, "The answer is definitely the second one.") is Grade.INCORRECT
