"""asked_entity: the entity of a live open question, the same as the claims suite's templates."""

from __future__ import annotations

import pytest

from probes.claims import asked_entity, split_claims
from probes.claims.evidence import entity_names
from probes.claims.suite import TEMPLATES, entity_of, question
from probes.suite import Probe


@pytest.mark.parametrize("question, entity", [
    ("Tell me about Casablanca.", "Casablanca"),
    ("Can you tell me a bit about Marie Curie?", "Marie Curie"),
    ("Please describe the Eiffel Tower", "the Eiffel Tower"),
    ("What is salbutamol used for?", "salbutamol"),
    ("What do you know about Ada Lovelace?", "Ada Lovelace"),
    ("Who was Alan Turing?", "Alan Turing"),
    ("Give me a short biography of Frida Kahlo.", "Frida Kahlo"),
    ("Write a brief summary of The Great Gatsby", "the Great Gatsby"),
    ("What is photosynthesis?", "photosynthesis"),
    ("  who is \u201cPrince\u201d ?  ", "Prince"),
])
def test_reads_the_entity_of_an_open_question(question: str, entity: str) -> None:
    assert asked_entity(question) == entity


@pytest.mark.parametrize("question", [
    "What is the capital of France?",  # a fact about something, not the thing itself
    "What is the boiling point of water in Kelvin?",
    "How tall is Mount Everest?",
    "Why did the Roman Empire fall?",
    "What are the three most common reasons people move to a new city in winter?",
    "Tell me about",
    "",
])
def test_none_for_other_questions(question: str) -> None:
    assert asked_entity(question) is None


def test_agrees_with_every_claims_template() -> None:
    """Every entity with evidence ("Apple Inc.", "Kievan Rus'") in every template reads back as
    the suite reads it."""
    for name, _ in entity_names():
        for tid in TEMPLATES:
            q = question(tid, name)
            assert asked_entity(q) == entity_of(Probe("x", q, None, True, "claims", template=tid)), q


def test_a_live_answer_keeps_the_asked_entity() -> None:
    """An answer opening with a pronoun gets the entity from the question, not "It"."""
    claims = split_claims("It is a 1942 film. It stars Humphrey Bogart.", asked_entity("Tell me about Casablanca."))
    assert [c.text for c in claims] == ["Casablanca is a 1942 film.", "Casablanca stars Humphrey Bogart."]
