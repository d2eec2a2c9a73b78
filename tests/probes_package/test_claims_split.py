"""split_claims: spans cover the answer without overlap, claims keep their subject, pronouns."""

from __future__ import annotations

import itertools

import pytest

from probes.claims.split import Claim, split_claims, standalone

ANSWERS = [
    ("Casablanca is a French film directed by Jean-Luc Picard. It stars Humphrey Bogart and Ingrid Bergman, and it "
     "won three Oscars.", "Casablanca"),
    ("Albert Einstein was a German-born physicist who developed the theory of relativity. He was born in Ulm in "
     "1879, moved to Switzerland and died in Princeton in 1955.", None),
    ("Casablanca, a 1942 film, won three Oscars; it is set in Morocco.", None),
    ("Key facts:\n1. It was founded in 1850.\n2. It is the capital.\n- **Paris** is in France.", "Paris"),
    ("Dr. Smith works at St. Mary's Hospital in the U.S. It has 3.5 million visitors.", None),
    ("J. R. R. Tolkien wrote The Hobbit, which was published in 1937.", None),
    ("", None),
    ("   ", None),
    ("no verb, no capital, no end", None),
]


@pytest.mark.parametrize("answer, subject", ANSWERS)
def test_spans_cover_the_answer_in_order_without_overlap(answer: str, subject: str | None) -> None:
    claims = split_claims(answer, subject)
    covered = [False] * len(answer)
    prev = 0
    for c in claims:
        s, e = c.span
        assert prev <= s < e and not any(covered[s:e])
        covered[s:e] = [True] * (e - s)
        prev = e
        assert c.text and c.text[-1] in ".!?"
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(answer))
    assert [c.sentence for c in claims] == sorted(c.sentence for c in claims)


def test_casablanca_claims_keep_their_subject() -> None:
    answer, subject = ANSWERS[0]
    claims = split_claims(answer, subject)
    assert [c.text for c in claims] == [
        "Casablanca is a French film.",
        "Casablanca was directed by Jean-Luc Picard.",
        "Casablanca stars Humphrey Bogart and Ingrid Bergman.",
        "Casablanca won three Oscars.",
    ]
    assert answer[slice(*claims[1].span)] == "directed by Jean-Luc Picard."
    assert [c.sentence for c in claims] == [0, 0, 1, 1]


def test_subject_falls_back_to_the_first_sentence() -> None:
    claims = split_claims(ANSWERS[1][0])
    assert claims[1].text == "Albert Einstein developed the theory of relativity."
    assert [c.text for c in claims[2:]] == ["Albert Einstein was born in Ulm in 1879.",
                                            "Albert Einstein moved to Switzerland.",
                                            "Albert Einstein died in Princeton in 1955."]


def test_list_items_and_markdown() -> None:
    claims = split_claims(*ANSWERS[3])
    assert [c.text for c in claims] == ["Key facts.", "Paris was founded in 1850.", "Paris is the capital.",
                                        "Paris is in France."]


def test_abbreviations_and_numbers_do_not_split() -> None:
    claims = split_claims(ANSWERS[4][0])
    assert [c.text for c in claims] == ["Dr. Smith works at St. Mary's Hospital in the U.S.",
                                        "Dr. Smith has 3.5 million visitors."]


def test_standalone() -> None:
    assert standalone("it is said that he left", about="X") == "It is said that he left."
    assert standalone("its capital is Rabat,", about="Morocco") == "Morocco's capital is Rabat."
    assert standalone("won three Oscars and", lead="Casablanca") == "Casablanca won three Oscars."
    assert standalone("Was he German?") == "Was he German?"
    assert standalone("He's a poet and novelist.", about="Gjergj Fishta") == "Gjergj Fishta is a poet and novelist."
    assert standalone("She's been famous.", about="X") == "She's been famous."  # "'s" for "has": left


def test_claim_rejects_empty_span() -> None:
    with pytest.raises(ValueError):
        Claim("x", (3, 3), 0)


def test_pairs_of_clauses_never_share_characters() -> None:
    for answer, subject in ANSWERS:
        for a, b in itertools.combinations(split_claims(answer, subject), 2):
            assert a.span[1] <= b.span[0]
