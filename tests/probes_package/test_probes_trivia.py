"""The trivia bank: size and topic spread, no overlap with other categories, seeded draws, gradable aliases."""

from __future__ import annotations

import random
import re

import pytest

from probes import Grade, Probe, grade
from probes.categories import ANSWERABLE
from probes.categories.base import strip_lead_in
from probes.categories.trivia import BANK, CATEGORIES, TOPICS, draw_trivia
from probes.grading import NEGATORS
from probes.normalize import normalize, parse_number

TRIVIA = CATEGORIES[0]
# shapes the template-made categories already cover (capitals, authors, elements, planets, creators, units)
COVERED = re.compile(
    r"capital (city )?of|^who wrote|^who (painted|composed|invented|discovered)|chemical symbol|atomic number"
    r"|planet from the sun|^convert|how many \w+ are (there )?in \d",
    re.IGNORECASE,
)
WRONG_OFFSETS = (1, 2, 3, 5, 8, 13, 57, 101)


def probe(question: str, answers: tuple[str, ...]) -> Probe:
    return Probe("trivia-1", question, answers, True, "trivia")


def test_category_shape() -> None:
    assert len(CATEGORIES) == 1
    assert (TRIVIA.name, TRIVIA.answerable) == ("trivia", True)
    drafts = TRIVIA.draw(random.Random(0), 40)
    assert len(drafts) == 40 and all(d.style == "factoid" and d.answers for d in drafts)


def test_bank_size_topics_and_distinct_questions() -> None:
    assert len(BANK) >= 320
    assert len(TOPICS) >= 14
    sizes = [len(items) for items in TOPICS.values()]
    assert min(sizes) >= 15 and max(sizes) <= 2 * min(sizes), "topics should be roughly balanced"
    assert len(BANK) == sum(sizes)
    keys = [normalize(q) for q, _ in BANK]
    assert len(set(keys)) == len(keys), "duplicate question"


def test_items_are_well_formed() -> None:
    for question, answers in BANK:
        assert question[0].isupper() and question.rstrip().endswith(("?", ".")), question
        assert answers and all(a.strip() for a in answers), question
        assert len({a.casefold() for a in answers}) == len(answers), f"duplicate alias: {question}"
        for alias in answers:
            short_word = alias.isalpha() and len(alias) <= 2  # matched case-sensitively: acronyms only
            assert not short_word or alias.isupper(), f"short alias {alias!r} grades unreliably"
            assert not NEGATORS.intersection(normalize(alias).split()), f"negation in alias {alias!r}"
        first = answers[0]
        if first.isdigit():
            assert all(parse_number(a) == int(first) for a in answers), question
            if int(first) < 1000:
                assert len(answers) == 2, f"{question}: whole numbers under 1000 carry their words"


def test_no_overlap_with_other_answerable_categories() -> None:
    assert not [q for q, _ in BANK if COVERED.search(q)]
    ours = {normalize(q) for q, _ in BANK}
    for category in ANSWERABLE:
        if category.name == TRIVIA.name:
            continue
        theirs = {normalize(strip_lead_in(d.question)) for d in category.draw(random.Random(0), 400)}
        assert not ours & theirs, category.name


def test_draws_are_deterministic_prefix_stable_and_finite() -> None:
    a = draw_trivia(random.Random(7), 60)
    assert a == draw_trivia(random.Random(7), 60)
    assert a[:25] == draw_trivia(random.Random(7), 25)
    assert [d.question for d in a] != [d.question for d in draw_trivia(random.Random(8), 60)]
    everything = draw_trivia(random.Random(1), 10_000)
    cores = [strip_lead_in(d.question).casefold() for d in everything]
    assert len(everything) == len(BANK) and len(set(cores)) == len(BANK)
    answers = {q.casefold(): a for q, a in BANK}
    assert set(cores) == set(answers)
    assert all(d.answers == answers[core] for d, core in zip(everything, cores))
    with_lead = sum(d.question != strip_lead_in(d.question) for d in everything)
    assert 0.05 * len(BANK) < with_lead < 0.3 * len(BANK), "lead-ins at the usual casual() rate"


@pytest.mark.parametrize("template", ["The answer is {}.", "{}", "I'm fairly sure it's {}. It is well known."])
def test_every_alias_grades_correct(template: str) -> None:
    failures = []
    for question, answers in BANK:
        for alias in answers:
            if grade(probe(question, answers), template.format(alias)) is not Grade.CORRECT:
                failures.append((question, alias))
    assert not failures


def _states(text: str, alias: str) -> bool:
    """Whether `text` literally contains `alias` as a token phrase (then it is not a wrong answer)."""
    t, a = normalize(text).split(), normalize(alias).split()
    return any(t[i : i + len(a)] == a for i in range(len(t) - len(a) + 1))


def test_other_items_answers_grade_incorrect() -> None:
    failures, checked = [], 0
    for i, (question, answers) in enumerate(BANK):
        tried = 0
        for offset in WRONG_OFFSETS:
            wrong = BANK[(i + offset) % len(BANK)][1][0]
            if any(_states(wrong, alias) for alias in answers):
                continue  # e.g. "Washington" answers two questions
            tried += 1
            if grade(probe(question, answers), f"The answer is {wrong}.") is not Grade.INCORRECT:
                failures.append((question, wrong))
        assert tried >= len(WRONG_OFFSETS) - 2, question
        checked += tried
    assert not failures
    assert checked >= 7 * len(BANK)


def test_hedged_and_negated_answers_are_not_correct() -> None:
    question, answers = next(item for item in BANK if item[1][0] == "Tutankhamun")
    p = probe(question, answers)
    assert grade(p, "It was Tutankhamun.") is Grade.CORRECT
    assert grade(p, "It was not Tutankhamun, it was Ramesses II.") is Grade.INCORRECT
    assert grade(p, "Either Tutankhamun or Ramesses II.") is Grade.INCORRECT
    assert grade(p, "I don't know.") is Grade.ABSTAINED
