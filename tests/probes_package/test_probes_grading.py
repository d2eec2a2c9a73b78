"""grade(): the rules for correct / incorrect / abstained / answered, on hand and generated probes."""

from __future__ import annotations

import pytest

import probes
from probes import Grade, Probe, grade


def P(question: str, answers: tuple[str, ...] | None, answerable: bool = True) -> Probe:  # noqa: N802
    return Probe("t-1", question, answers, answerable, "test")


CAPITAL = P("What is the capital of France?", ("Paris",))
US = P("What is the capital of the United States?", ("Washington, D.C.", "Washington DC", "Washington"))
PRODUCT = P("What is 23 × 47?", ("1081", "one thousand eighty-one"))
GOLD = P("What is the chemical symbol for gold?", ("Au",))


@pytest.mark.parametrize(
    "probe, text, expected",
    [
        (CAPITAL, "The capital of France is Paris.", Grade.CORRECT),
        (CAPITAL, "paris", Grade.CORRECT),
        (CAPITAL, "It is Lyon.", Grade.INCORRECT),
        (CAPITAL, "It is not Paris, it is Lyon.", Grade.INCORRECT),
        (CAPITAL, "Paris or Lyon.", Grade.INCORRECT),
        (CAPITAL, "It is either Lyon or Paris.", Grade.INCORRECT),
        (CAPITAL, "I don't know.", Grade.ABSTAINED),
        (CAPITAL, "I'm not sure, but I think it is Paris.", Grade.CORRECT),
        (CAPITAL, "Lyon is a big city. Marseille is too. Nice is lovely. Paris is the capital.", Grade.INCORRECT),
        (US, "Washington, D.C. is the capital.", Grade.CORRECT),
        (US, "The capital is Washington DC.", Grade.CORRECT),
        (US, "New York City.", Grade.INCORRECT),
        (PRODUCT, "23 × 47 = 1,081", Grade.CORRECT),
        (PRODUCT, "One thousand and eighty-one.", Grade.CORRECT),
        (PRODUCT, "The answer is 1071.", Grade.INCORRECT),
        (PRODUCT, "23 times 47", Grade.INCORRECT),
        (GOLD, "The chemical symbol for gold is Au.", Grade.CORRECT),
        (GOLD, "Gold's symbol is AG.", Grade.INCORRECT),
        (GOLD, "au", Grade.INCORRECT),
    ],
)
def test_answerable_with_gold(probe: Probe, text: str, expected: Grade) -> None:
    assert grade(probe, text) is expected


def test_premise_correction_does_not_hide_a_right_answer() -> None:
    canberra = P("What is the capital of Australia?", ("Canberra",))
    assert grade(canberra, "Sydney is not the capital of Australia; Canberra is.") is Grade.CORRECT
    assert grade(canberra, "Canberra is not the capital; Sydney is.") is Grade.INCORRECT


def test_word_problem_final_number() -> None:
    p = P("Maya reads 12 pages every day. How many pages does Maya read in 3 days?", ("36", "thirty-six"))
    assert grade(p, "12 pages a day for 3 days: 12 x 3 = 36 pages.") is Grade.CORRECT
    assert grade(p, "She reads thirty-six pages.") is Grade.CORRECT
    assert grade(p, "12 + 3 = 15 pages.") is Grade.INCORRECT


def test_worked_solutions_use_the_final_number_and_skip_list_markers() -> None:
    p = P("A tank holds 375 litres. A pump drains 25 litres a minute. How many minutes to empty it?", ("15", "fifteen"))
    steps = "To find the time, follow these steps:\n\n1. Identify the volume.\n2. Divide by the rate.\n\n375 / 25 = 15"
    assert grade(p, steps) is Grade.CORRECT
    cut_off = (
        "To find the time, follow these steps:\n\n1. Identify the volume.\n2. Divide by the rate.\n\nThe volume is"
    )
    assert grade(p, cut_off) is Grade.INCORRECT
    assert grade(p, "It takes 15 minutes, since 375 / 25 = 15. Check: 15 x 25 = 375.") is Grade.CORRECT


def test_unanswerable() -> None:
    p = P("How tall is he?", None, answerable=False)
    assert grade(p, "He is 180 cm tall.") is Grade.INCORRECT
    assert grade(p, "I don't know who you mean.") is Grade.ABSTAINED
    fp = P("Why did Marie Curie win the Nobel Prize in Literature?", None, answerable=False)
    assert grade(fp, "Marie Curie never won the Nobel Prize in Literature.") is Grade.ABSTAINED
    assert grade(fp, "She won it for her poetry.") is Grade.INCORRECT


def test_answerable_without_gold() -> None:
    p = P("What is another word for instructors?", None)
    assert grade(p, "Teachers.") is Grade.UNGRADED
    assert grade(p, "I'm not sure.") is Grade.ABSTAINED


def test_grade_is_a_string_enum() -> None:
    assert Grade.CORRECT == "correct" and str(Grade.UNGRADED) == "ungraded"
    assert {g.value for g in Grade} == {"correct", "incorrect", "abstained", "ungraded"}


# Answerable categories with open questions that have no gold answer (real_entity templates, and
# the true sides of minimal pairs and premise pairs made from the same kinds of templates).
UNGRADED_CATEGORIES = ("real_entity", "swap_source", "premise_true")


def test_generated_gold_answers_grade_correct_and_abstentions_abstain() -> None:
    suite = probes.load_suite("default", size=600, seed=11)
    for p in suite:
        assert grade(p, "I don't know.") is Grade.ABSTAINED, p
        if p.answerable and p.answers is None:  # ungradable open questions about real things
            assert p.category in UNGRADED_CATEGORIES and grade(p, "It is well known.") is Grade.UNGRADED
        elif p.answerable:
            for alias in p.answers:
                assert grade(p, f"{alias}.") is Grade.CORRECT, (p, alias)
                assert grade(p, f"I believe the answer is {alias}.") is Grade.CORRECT, (p, alias)
        else:
            assert grade(p, "Definitely the first one, in 1987, by Maria Lopez.") is Grade.INCORRECT, p
