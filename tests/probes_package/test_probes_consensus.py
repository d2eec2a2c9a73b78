"""The consensus and known_outcome banks: answerable questions in opinion and what-if wording.

Checks size and topic spread, distinct questions (also against every other category), the
wording each category exists to supply, well-formed aliases, that every alias grades CORRECT in
a plain sentence, that "I don't know." abstains, that hand-written plausible wrong answers grade
INCORRECT, and seeded, prefix-stable draws.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

import pytest

from probes import Grade, Probe, grade
from probes.categories import ALL
from probes.categories import consensus, known_outcome
from probes.categories.base import strip_lead_in
from probes.grading import NEGATORS
from probes.normalize import normalize, parse_number
from probes.tables import consensus as consensus_table
from probes.tables import known_outcome as known_outcome_table

Item = tuple[str, tuple[str, ...]]
MODULES = (consensus, known_outcome)
TABLES = {"consensus": consensus_table, "known_outcome": known_outcome_table}
STYLES = {"consensus": "opinion", "known_outcome": "speculative"}
MIN_TOPICS = {"consensus": 10, "known_outcome": 8}
# the wording each category supplies: a view or recommendation, or a would-be outcome
VIEW = re.compile(
    r"\b(most|generally|widely|regards?|regarded|consider|says?|agree|believe|think|credit|associate|recommend"
    r"|advise|according|call|know|blame|see|point|tell|accept)\b",
    re.IGNORECASE,
)
WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
TEMPLATES = ("Most would say {}.", "{}.", "I'm fairly sure it's {}. That is well established.")


def bank(name: str) -> tuple[Item, ...]:
    return {"consensus": consensus.BANK, "known_outcome": known_outcome.BANK}[name]


def probe(name: str, question: str, answers: tuple[str, ...]) -> Probe:
    return Probe(f"{name}-1", question, answers, True, name, STYLES[name])


def item(name: str, start: str) -> Item:
    """The one bank item whose question starts with `start`."""
    found = [it for it in bank(name) if it[0].startswith(start)]
    assert len(found) == 1, (name, start, len(found))
    return found[0]


def _tokens_in(phrase: str, text: str) -> bool:
    """Whether `phrase` occurs in `text` as a whole-token phrase after normalisation."""
    t, p = normalize(text).split(), normalize(phrase).split()
    return bool(p) and any(t[i : i + len(p)] == p for i in range(len(t) - len(p) + 1))


@lru_cache(maxsize=1)
def _other_questions() -> frozenset[str]:
    ours = {m.CATEGORIES[0].name for m in MODULES}
    return frozenset(
        normalize(strip_lead_in(d.question))
        for category in ALL
        if category.name not in ours
        for d in category.draw(random.Random(0), 400)
    )


@pytest.mark.parametrize("module", MODULES)
def test_category_shape(module) -> None:
    assert len(module.CATEGORIES) == 1
    category = module.CATEGORIES[0]
    assert category.answerable and category.name in STYLES and category.description
    drafts = category.draw(random.Random(0), 40)
    assert len(drafts) == 40
    assert all(d.style == STYLES[category.name] and d.answers for d in drafts)


@pytest.mark.parametrize("name", ["consensus", "known_outcome"])
def test_bank_size_and_topic_spread(name: str) -> None:
    topics = TABLES[name].TOPICS
    sizes = [len(items) for items in topics.values()]
    assert len(topics) >= MIN_TOPICS[name]
    assert sum(sizes) >= 200 and len(bank(name)) == sum(sizes)
    assert min(sizes) >= 15 and max(sizes) <= 2 * min(sizes), "topics should be roughly balanced"


def test_questions_are_distinct_within_and_across_categories() -> None:
    keys = [q.casefold() for name in STYLES for q, _ in bank(name)]
    assert len(set(keys)) == len(keys), "duplicate question (case-insensitive)"
    normal = [normalize(q) for name in STYLES for q, _ in bank(name)]
    assert len(set(normal)) == len(normal), "duplicate question after normalisation"
    clashes = set(normal) & _other_questions()
    assert not clashes, sorted(clashes)


@pytest.mark.parametrize("name", ["consensus", "known_outcome"])
def test_questions_use_the_wording_the_category_supplies(name: str) -> None:
    wording = VIEW if name == "consensus" else WOULD
    off = [q for q, _ in bank(name) if not wording.search(q)]
    assert not off
    assert all(q[0].isupper() and q.endswith("?") for q, _ in bank(name))


@pytest.mark.parametrize("name", ["consensus", "known_outcome"])
def test_aliases_are_well_formed(name: str) -> None:
    for question, answers in bank(name):
        assert answers and all(a.strip() == a and a for a in answers), question
        assert len({a.casefold() for a in answers}) == len(answers), f"duplicate alias: {question}"
        numeric = [parse_number(a) is not None for a in answers]  # all numeric: numeric rules, else token rules
        if all(numeric):
            assert any(a[:1].isdigit() for a in answers), f"numeric gold written as digits: {question}"
        for alias in answers:
            short_word = alias.isalpha() and len(alias) <= 2  # matched case-sensitively: acronyms only
            assert not short_word or alias.isupper(), f"short alias {alias!r} grades unreliably"
            assert not NEGATORS.intersection(normalize(alias).split()), f"negation in alias {alias!r}"
            if not all(numeric):  # restating the question must not score
                assert not _tokens_in(alias, question), f"alias {alias!r} appears in {question!r}"


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("name", ["consensus", "known_outcome"])
def test_every_alias_grades_correct(name: str, template: str) -> None:
    failures = [
        (question, alias)
        for question, answers in bank(name)
        for alias in answers
        if grade(probe(name, question, answers), template.format(alias)) is not Grade.CORRECT
    ]
    assert not failures


@pytest.mark.parametrize("name", ["consensus", "known_outcome"])
def test_dont_know_abstains(name: str) -> None:
    for question, answers in bank(name):
        p = probe(name, question, answers)
        assert grade(p, "I don't know.") is Grade.ABSTAINED, question
        assert grade(p, "I'm not sure, sorry.") is Grade.ABSTAINED, question


# (category, start of the question, a plausible wrong answer)
WRONG: tuple[tuple[str, str, str], ...] = (
    ("consensus", "What do most astronomers say causes Earth's seasons",
     "The seasons happen because Earth moves closer to and further from the Sun during the year."),
    ("consensus", "Which year do most historians give for the fall", "It fell in 410 AD, when Rome was sacked."),
    ("consensus", "What do most doctors say causes the common cold", "Getting cold and wet, for example going out "
     "with wet hair."),
    ("consensus", "Which class of animals do most biologists say whales", "Whales are fish, since they live in the "
     "sea."),
    ("consensus", "What do most biologists say is the part of the cell", "The nucleus is the powerhouse of the cell."),
    ("consensus", "What do most physicists call the lowest possible", "Zero degrees Celsius, the freezing point of "
     "water."),
    ("consensus", "Which continent do most scientists consider the coldest", "The Arctic is the coldest continent."),
    ("consensus", "Who do most historians of computing regard", "Charles Babbage was the first programmer."),
    ("consensus", "What do most botanists say a tomato is", "A tomato is a vegetable."),
    ("consensus", "What do most astronomers say is the hottest part", "The corona is the hottest part of the Sun."),
    ("consensus", "Which country do most historians regard as the birthplace of the Industrial",
     "It began in France in the 1700s."),
    ("consensus", "What do most chemists say the pH", "Pure water has a pH of 5."),
    ("consensus", "Which epic do most scholars regard", "Homer's Iliad is the oldest great work of literature."),
    ("consensus", "Which lake do most geographers consider the largest freshwater", "Lake Baikal is the largest."),
    ("consensus", "How old do most cosmologists say", "About 4.5 billion years old."),
    ("consensus", "Who do most historians credit with leading the first voyage", "Christopher Columbus led it."),
    ("known_outcome", "Ignoring air resistance, if you let go of a heavy ball",
     "The heavy ball would reach the ground first because it weighs more."),
    ("known_outcome", "If a glass were filled to the brim", "The water would overflow as the ice melted."),
    ("known_outcome", "What would happen to the time a pendulum takes", "It would swing faster."),
    ("known_outcome", "What would happen to the pitch of an ambulance siren",
     "The pitch would get higher as it drives away."),
    ("known_outcome", "What would happen to your pupils", "Your pupils would shrink."),
    ("known_outcome", "If you kept whisking double cream", "It would turn into whipped cream."),
    ("known_outcome", "If you saw a lightning flash", "The storm would be about 9 kilometres away."),
    ("known_outcome", "If you saw a lightning flash", "Roughly 1 kilometre."),
    ("known_outcome", "What would happen to a bird sitting", "The bird would be electrocuted instantly."),
    ("known_outcome", "What would happen to clear limewater", "It would turn bright pink."),
    ("known_outcome", "If you stood on the Moon in daylight", "The sky would be blue, just like on Earth."),
    ("known_outcome", "If you stood exactly at the North Pole", "You would be walking north."),
    ("known_outcome", "In a leap year", "February would have 28 days."),
    ("known_outcome", "In rugby union", "A try is worth 3 points."),
    ("known_outcome", "If you rolled two ordinary", "The most common total would be 12."),
    ("known_outcome", "If you put a drop of lemon juice", "It would turn blue."),
    ("known_outcome", "What would an ice cube do", "It would float or sink, depending on the water."),
    ("known_outcome", "What would an ice cube do", "It would not float; it would sink to the bottom."),
)


def test_hand_written_wrong_answers_grade_incorrect() -> None:
    assert len(WRONG) >= 20
    failures = []
    for name, start, wrong in WRONG:
        question, answers = item(name, start)
        if grade(probe(name, question, answers), wrong) is not Grade.INCORRECT:
            failures.append((question, wrong))
    assert not failures


def test_spelled_numbers_and_worked_answers_grade_correct() -> None:
    question, answers = item("known_outcome", "If you saw a lightning flash")
    assert grade(probe("known_outcome", question, answers), "About three kilometres away.") is Grade.CORRECT
    question, answers = item("known_outcome", "If you added 1 to the largest")
    assert grade(probe("known_outcome", question, answers), "99 + 1 = 100.") is Grade.CORRECT
    question, answers = item("consensus", "How old do most cosmologists say")
    assert grade(probe("consensus", question, answers), "About 13.8 billion years.") is Grade.CORRECT


@pytest.mark.parametrize("module", MODULES)
def test_draws_are_deterministic_prefix_stable_and_finite(module) -> None:
    draw = module.CATEGORIES[0].draw
    a = draw(random.Random(7), 150)
    assert len(a) == 150 and a == draw(random.Random(7), 150)
    assert a[:40] == draw(random.Random(7), 40)
    assert [d.question for d in a] != [d.question for d in draw(random.Random(8), 150)]
    everything = draw(random.Random(1), 10_000)
    cores = [strip_lead_in(d.question).casefold() for d in everything]
    assert len(everything) == len(module.BANK) and len(set(cores)) == len(module.BANK)
    answers = {q.casefold(): a for q, a in module.BANK}
    assert set(cores) == set(answers)
    assert all(d.answers == answers[core] for d, core in zip(everything, cores))
    with_lead = sum(d.question != strip_lead_in(d.question) for d in everything)
    assert 0.05 * len(module.BANK) < with_lead < 0.3 * len(module.BANK), "lead-ins at the usual casual() rate"
