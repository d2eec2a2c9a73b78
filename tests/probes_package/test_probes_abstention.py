"""Abstention detection from the head of an answer; hedged guesses and late caveats are answers."""

from __future__ import annotations

import pytest

from probes.abstention import PATTERNS, abstention_reason, is_abstention

ABSTAINS = [
    "I don't know.",
    "I'm not sure.",
    "Unknown",
    "",
    "   ",
    "idk",
    "I'm sorry, but I don't have any information about Velkaro Drisbane.",
    "There is no known person named Velkaro Drisbane.",
    "There is no record of a town called Port Rymxer.",
    "I couldn't find any information on the Zorbin effect.",
    "The Zorbin Institute does not exist as far as I know.",
    "It appears to be a fictional place.",
    "The 2041 Tour de France has not taken place yet.",
    "I cannot predict the future, so I can't say who will win.",
    "It is impossible to know the exact number of grains of sand.",
    "The exact number cannot be determined.",
    "Nobody knows who Jack the Ripper was.",
    "Jack the Ripper's identity remains unknown.",
    "Whether the universe is a simulation has been debated by physicists for decades.",
    "As an AI, I don't have personal preferences.",
    "I don't have access to your neighbour's breakfast.",
    "The answer is subjective and depends on personal taste.",
    "There is no single best programming language.",
    'It\'s not clear who "he" refers to.',
    "Could you clarify who you are asking about?",
    "I need more context to answer that.",
    "Marie Curie never won the Nobel Prize in Literature.",
    "Albert Einstein did not walk on the Moon.",
    "Sydney is not the capital of Australia.",
    "This question is based on a false premise.",
    "Great question! Unfortunately, nobody knows.",
    "I am not able to answer that.",
]
ANSWERS = [
    "Paris.",
    "The capital of France is Paris.",
    "42",
    "Velkaro Drisbane is a Danish physicist known for his work on superconductors.",
    "Brazil won the 2034 World Cup.",
    "The best programming language is Python.",
    "He is about 180 cm tall.",
    "I'm not sure, but I think it is Paris.",
    "I don't know for sure, but it's probably 42.",
    "I'm sorry, but Zorblat was a French painter of the 1890s.",
    "Zorblat was a physicist who never married.",
    "The Zorbin effect describes how people overrate rare events. However, I don't know who named it.",
    "Bishkek, not Osh.",
    "It is estimated to be around 7.5 quintillion grains.",
    "I am not sure.\nIt might be Lima.",
]


@pytest.mark.parametrize("text", ABSTAINS)
def test_abstentions(text: str) -> None:
    assert is_abstention(text), abstention_reason(text)


@pytest.mark.parametrize("text", ANSWERS)
def test_answers_are_not_abstentions(text: str) -> None:
    assert not is_abstention(text), abstention_reason(text)


def test_reasons_and_extensible_phrase_lists() -> None:
    assert abstention_reason("") == "empty"
    assert abstention_reason("I don't know.") == "uncertain"
    assert abstention_reason("Marie Curie never won it.") == "premise"
    assert set(PATTERNS) >= {
        "uncertain",
        "no_information",
        "unknowable",
        "subjective",
        "ai_limits",
        "underspecified",
        "refusal",
        "premise",
    }
    assert all(isinstance(p, str) for group in PATTERNS.values() for p in group)


def test_phrase_block_parsing() -> None:
    from probes.phrases import expand, parse

    groups = parse("[mine]\n\\bno clue\\b\n\\bi <NEG> remember\\b\n")
    assert list(groups) == ["mine"] and groups["mine"][0] == "\\bno clue\\b"
    assert "<NEG>" not in groups["mine"][1] and "don't" in groups["mine"][1]
    assert "<" not in expand("<GUESS>")
    with pytest.raises(ValueError, match="header"):
        parse("\\bno clue\\b\n")
