"""Clause rules of one sentence: where it is cut, what it is never cut inside, which subject."""

from __future__ import annotations

import pytest

from probes.claims.clauses import split_sentence, subject_of


def parts(sentence: str, subject: str = "X") -> list[tuple[str, str]]:
    return [(p.link, sentence[p.start : p.end]) for p in split_sentence(sentence, subject)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Casablanca is a French film directed by Jean-Luc Picard.",
         [("", "Casablanca is a French film"), ("participle", "directed by Jean-Luc Picard.")]),
        ("It stars Bogart, and it won three Oscars.", [("", "It stars Bogart,"), ("and", "and it won three Oscars.")]),
        ("He was born in Ulm, moved to Bern and died in Princeton.",
         [("", "He was born in Ulm,"), ("and", "moved to Bern"), ("and", "and died in Princeton.")]),
        ("It won three Oscars; it is set in Morocco.", [("", "It won three Oscars;"), ("semicolon", "it is set in Morocco.")]),
        ("He developed relativity, which changed physics.",
         [("", "He developed relativity,"), ("relative", "which changed physics.")]),
        ("It was directed by Michael Curtiz, a Hungarian director, and stars Bogart.",
         [("", "It was directed by Michael Curtiz,"), ("appositive", "a Hungarian director,"), ("and", "and stars Bogart.")]),
    ],
)
def test_cuts(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert parts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It has three sides, four corners and four angles.",
        "It stars Humphrey Bogart, Ingrid Bergman, and Paul Henreid.",
        "The capital is Washington, D.C., and the population is 3,500,000 (about 3.5 million).",
        "Its largest cities are Bosnia and Herzegovina's Sarajevo and Trinidad and Tobago's Port of Spain.",
        "She wrote Pride and Prejudice and Sense and Sensibility.",
        "He said (and wrote) that it was \"short, and it was sweet\".",
    ],
)
def test_lists_names_numbers_and_brackets_stay_whole(sentence: str) -> None:
    cut = parts(sentence)
    whole = "".join(text for _, text in cut)
    for keep in ("Washington, D.C.", "3,500,000", "3.5 million", "Pride and Prejudice", "short, and it was sweet"):
        if keep in sentence:
            assert any(keep in text for _, text in cut), (keep, cut)
    assert len(whole) <= len(sentence)
    if "three sides" in sentence or "Henreid" in sentence or "Pride" in sentence:
        assert len(cut) == 1


def test_subject_of() -> None:
    assert subject_of("Casablanca is a film.") == "Casablanca"
    assert subject_of("In 1942, Casablanca won three Oscars.") == "Casablanca"
    assert subject_of("Casablanca, a 1942 film, won three Oscars.") == "Casablanca"
    assert subject_of("It is a film.") == "" and subject_of("No verb here.") == ""


def test_subject_appositive_opens_the_first_claim() -> None:
    pieces = split_sentence("Casablanca, a 1942 film, won three Oscars.", "Casablanca")
    assert [p.link for p in pieces] == ["", "resume"] and pieces[0].lead == "Casablanca was"
