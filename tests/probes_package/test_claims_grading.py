"""Claim labels on hand-made examples; question words carry nothing; invented entities; policies."""

from __future__ import annotations

from pathlib import Path

import pytest

from probes.claims import evidence
from probes.claims.evidence import Evidence, lookup
from probes.claims.grading import ClaimLabel, grade_claim, label_claim, support_rate, unsupported
from probes.claims.split import split_claims

S, C, U = ClaimLabel.SUPPORTED, ClaimLabel.CONTRADICTED, ClaimLabel.UNVERIFIABLE
FIXTURE = Path(__file__).with_name("wiki_fixture.json")


@pytest.fixture(autouse=True)
def wiki(monkeypatch):
    monkeypatch.setenv("CLAIMS_WIKI_SUMMARIES", str(FIXTURE))
    evidence.clear_cache()
    yield
    evidence.clear_cache()


def test_casablanca_answer_claim_by_claim() -> None:
    film = lookup("the film Casablanca")
    question = "Tell me about the film Casablanca."
    answer = "Casablanca is a French film directed by Jean-Luc Picard. It stars Humphrey Bogart and Ingrid Bergman."
    labels = [label_claim(c.text, film, question) for c in split_claims(answer, "Casablanca")]
    assert labels == [C, C, S]
    assert label_claim("Casablanca is a 1942 American film directed by Michael Curtiz.", film, question) is S
    assert label_claim("Casablanca is a 1943 film.", film, question) is C
    assert label_claim("Casablanca is a novel.", film, question) is C
    assert label_claim("Casablanca won three Oscars.", film, question) is U


def test_einstein() -> None:
    einstein = lookup("Albert Einstein")
    question = "Who was Albert Einstein?"
    assert label_claim("Einstein was an Italian physicist.", einstein, question) is C
    assert label_claim("Albert Einstein was a German physicist.", einstein, question) is S
    assert label_claim("He was born in Ulm in 1879.", einstein, question) is S
    assert label_claim("He was born in 1880.", einstein, question) is C
    assert label_claim("He was born in France.", einstein, question) is C
    assert label_claim("He developed the theory of relativity.", einstein, question) is S
    assert label_claim("He loved sailing.", einstein, question) is U


def test_table_only_evidence() -> None:
    salbutamol = lookup("salbutamol")
    question = "What is salbutamol used for?"
    assert label_claim("Salbutamol is used to treat asthma.", salbutamol, question) is S
    assert label_claim("Salbutamol is used to treat diabetes.", salbutamol, question) is U


def test_restating_the_question_is_unverifiable() -> None:
    film = lookup("the film Casablanca")
    assert label_claim("Casablanca is a film.", film, "Tell me about the film Casablanca.") is U
    grade = grade_claim("Casablanca is a 1942 film.", film, "Was Casablanca a 1942 film?")
    assert grade.label is U and grade.reason == "nothing informative"
    assert label_claim("Casablanca is a 1942 film.", film) is S


def test_invented_entity_claims_are_contradicted() -> None:
    made_up = Evidence("the film Velkaro", exists=False)
    question = "Tell me about the film Velkaro."
    assert label_claim("Velkaro was directed by Michael Bay in 1999.", made_up, question) is C
    assert label_claim("Velkaro is a film.", made_up, question) is U
    assert label_claim("I'm not sure what that is.", made_up, question) is U


def test_grade_lists_its_reasons() -> None:
    grade = grade_claim("Casablanca was directed by Jean-Luc Picard.", lookup("the film Casablanca"))
    assert grade.label is C and [s.text for s in grade.conflicting] == ["Jean-Luc Picard"]


def test_policies() -> None:
    labels = [S, S, C, U]
    assert [unsupported(x) for x in labels] == [False, False, True, True]
    assert [unsupported(x, "lenient") for x in labels] == [False, False, True, None]
    assert support_rate(labels) == 0.5 and support_rate(labels, "lenient") == pytest.approx(2 / 3)
    assert support_rate([U], "lenient") is None
    with pytest.raises(ValueError):
        unsupported(S, "generous")


def test_specifics_decide_and_descriptive_words_beside_them_do_not() -> None:
    """A claim's specifics must all be found; its other words may go unchecked while they are
    under 40% of what it says, and words that only praise ("vibrant") are not checked."""
    bandung = Evidence("Bandung", texts=("Bandung is the capital city of the West Java province of "
                                         "Indonesia, on the western highland of Java island.",))
    question = "Describe Bandung."
    assert label_claim("Bandung is a multicultural city in Indonesia.", bandung, question) is S
    assert label_claim("Bandung is a vibrant city in Indonesia.", bandung, question) is S
    # "the city" refers to Bandung: it confirms nothing, so one unchecked word of two is too many
    assert label_claim("The city is multicultural and lies in Indonesia.", bandung, question) is U
    assert grade_claim("The city is.", bandung, question).reason == "unfinished"
    # two found of four is not enough
    assert label_claim("Bandung is a city in Indonesia with multicultural festivals.", bandung, question) is U
    assert label_claim("Bandung is a vibrant city in Malaysia.", bandung, question) is C
    assert label_claim("Bandung is a major tourist destination.", bandung, question) is U  # nothing to check
    assert label_claim("Bandung lies on a highland of Java.", bandung, question) is S
    assert label_claim("Bandung is a vibrant and multicultural city in Indonesia, known for its "
                       "textile factories and fashion outlets.", bandung, question) is U


def test_one_right_specific_does_not_carry_unchecked_substance() -> None:
    caravaggio = Evidence("Caravaggio", texts=("Caravaggio was an Italian painter active in Rome "
                                               "for most of his artistic life.",))
    question = "Who was Caravaggio?"
    assert label_claim("Caravaggio is a famous Italian car manufacturer.", caravaggio, question) is U
    assert label_claim("Caravaggio was an Italian painter.", caravaggio, question) is S
    # the entity's own name with a possessive is copied, not a found specific
    grade = grade_claim("Caravaggio's paintings hang in Rome.", caravaggio, question)
    assert [s.text for s in grade.found] == ["Rome"]
    # and so is its plural: "Tides" restates the entity Tide, whose stem it shares
    tide = Evidence("Tide", texts=("Tides are the rise and fall of sea levels caused by the Moon.",))
    grade = grade_claim("Tides change the Earth's atmosphere.", tide, "Tell me about Tide.")
    assert "Tides" not in [s.text for s in grade.found + grade.missing] and grade.label is U


def test_praise_is_not_checked_and_a_hyphenated_entity_name_is_copied() -> None:
    cauchy = Evidence("Augustin-Louis Cauchy", texts=(
        "Augustin-Louis Cauchy was a French mathematician who pioneered the field of complex analysis.",))
    question = "Who was Augustin-Louis Cauchy?"
    assert label_claim("Augustin-Louis Cauchy made significant contributions to the field of complex "
                       "analysis.", cauchy, question) is S
    grade = grade_claim("Augustin-Louis Cauchy is a cornerstone of modern music.", cauchy, question)
    assert grade.found == () and grade.label is U


def test_a_claim_without_specifics_needs_four_terms_in_five() -> None:
    """Without a specific, a claim is its terms: one word in five may be a paraphrase the
    evidence words differently, two in five may not."""
    dementia = Evidence("Dementia", texts=(
        "Dementia is a syndrome with problems with memory and thinking, and a decline in cognitive "
        "processes such as reasoning.",))
    question = "What is dementia?"
    # memory, thinking, cognitive, problems, reasoning found; "loss" is the reader's paraphrase
    assert label_claim("Dementia causes memory loss, thinking problems and cognitive reasoning "
                       "problems.", dementia, question) is S
    assert label_claim("Dementia causes memory loss and hallucinations.", dementia, question) is U


def test_geological_ages_match_millions_of_years_ago() -> None:
    paleogene = Evidence("the Paleogene", texts=(
        "The Paleogene Period is a geologic period that spans from the end of the Cretaceous "
        "Period 66 Ma to the beginning of the Neogene Period 23.04 Ma.",))
    question = "Describe the Paleogene."
    assert label_claim("The Paleogene lasted from about 66 million years ago to 23 million years "
                       "ago.", paleogene, question) is S
    assert label_claim("The Paleogene began 145 million years ago.", paleogene, question) is not S
