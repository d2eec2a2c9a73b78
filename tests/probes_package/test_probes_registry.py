"""Generated suites: determinism, balance, category coverage, distinct questions, named suites."""

from __future__ import annotations

from collections import Counter

import pytest

import probes
from probes.categories import ANSWERABLE, UNANSWERABLE
from probes.categories.base import strip_lead_in


def test_same_seed_same_suite_different_seed_differs() -> None:
    a = probes.load_suite("default", size=400, seed=0)
    assert a == probes.load_suite("default", size=400, seed=0)
    b = probes.load_suite("default", size=400, seed=1)
    assert len(set(a.ids) & set(b.ids)) < 0.5 * len(a)


def test_ids_depend_on_question_not_seed() -> None:
    a = probes.load_suite("default", size=400, seed=0)
    b = probes.load_suite("default", size=400, seed=1)
    by_question = {p.question: p.id for p in a}
    shared = [p for p in b if p.question in by_question]
    assert all(by_question[p.question] == p.id for p in shared)
    assert all(p.id.startswith(p.category + "-") for p in a)


def test_default_is_balanced_over_answerability_and_weighted_categories() -> None:
    s = probes.load_suite("default", size=400, seed=0)
    assert len(s) == 400
    assert sum(p.answerable for p in s) == 200
    per_cat = Counter(p.category for p in s)
    assert set(per_cat) == {c.name for c in ANSWERABLE + UNANSWERABLE}
    for half in (ANSWERABLE, UNANSWERABLE):  # quotas follow the weights, within one question
        total = sum(c.weight for c in half)
        assert all(abs(per_cat[c.name] - 200 * c.weight / total) < 1 for c in half)


STYLES = ("factoid", "open_ended", "descriptive", "opinion", "speculative", "word_problem")


@pytest.mark.parametrize("seed", [0, 1])
def test_style_does_not_predict_the_label(seed: int) -> None:
    """Every style is as common among answerable questions as among unanswerable ones (within
    a factor 4/3), so wording alone cannot tell a probe which questions have an answer."""
    s = probes.load_suite("default", size=3000, seed=seed)
    for answerable in (True, False):
        assert {p.style for p in s if p.answerable == answerable} == set(STYLES)
    share = {a: Counter(p.style for p in s if p.answerable == a) for a in (True, False)}
    for style in STYLES:
        ratio = share[True][style] / share[False][style]
        assert 0.75 <= ratio <= 4 / 3, (style, ratio)


def test_category_counts() -> None:
    assert len(UNANSWERABLE) >= 7 and len(ANSWERABLE) >= 6
    ungraded = ("real_entity", "swap_source", "premise_true")  # open questions without gold
    assert all(p.answers or p.category in ungraded for p in probes.load_suite("answerable", size=300))
    assert all(p.answers is None and not p.answerable for p in probes.load_suite("unanswerable", size=300))


def test_questions_are_distinct_within_a_suite() -> None:
    s = probes.load_suite("default", size=1000, seed=2)
    cores = [strip_lead_in(p.question).casefold() for p in s]
    assert len(set(cores)) == len(cores) == 1000


@pytest.mark.parametrize("name", [c.name for c in ANSWERABLE + UNANSWERABLE])
def test_named_category_suites(name: str) -> None:
    s = probes.load_suite(name, size=40, seed=4)
    assert len(s) == 40 and {p.category for p in s} == {name}
    assert s == probes.load_suite(name, size=40, seed=4)
    assert all(p.question.strip() and not p.question[0].islower() for p in s)


def test_odd_sizes_and_small_sizes() -> None:
    for size in (0, 1, 7, 19, 401):
        s = probes.load_suite("default", size=size, seed=size)
        assert len(s) == size
        assert abs(2 * sum(p.answerable for p in s) - size) <= 1


def test_short_category_shortfall_moves_within_its_half() -> None:
    s = probes.load_suite("unanswerable", size=3000, seed=0)
    assert len(s) == 3000 and not any(p.answerable for p in s)
    small = probes.load_suite("underspecified", size=5000)
    assert 100 < len(small) < 5000  # a finite pool returns what it has


def test_list_suites_and_unknown_names(tmp_path) -> None:
    names = probes.list_suites()
    assert names[:3] == ["default", "answerable", "unanswerable"] and "capital" in names
    with pytest.raises(ValueError, match="unknown suite"):
        probes.load_suite("no-such-suite")
    path = probes.load_suite("capital", size=5).to_jsonl(tmp_path / "five.jsonl")
    assert len(probes.load_suite(str(path))) == 5


def test_numeric_answers_carry_digits_and_words() -> None:
    s = probes.load_suite("arithmetic", size=60, seed=0)
    small = [p for p in s if int(p.answers[0]) < 10_000]
    assert small and all(len(p.answers) == 2 and p.answers[0].isdigit() for p in small)
    assert all(probes.grade(p, f"The answer is {p.answers[0]}.") is probes.Grade.CORRECT for p in s)


def test_generation_is_fast() -> None:
    import time

    start = time.perf_counter()
    probes.load_suite("default", size=2000, seed=9)
    assert time.perf_counter() - start < 5.0


def test_generated_probes_do_not_copy_the_selfaware_dev_questions():
    """SelfAware is the carry-over check: no generated probe may be one of its questions."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "shared" / "data" / "selfaware-dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is not beside this checkout")
    key = lambda q: " ".join(strip_lead_in(q).casefold().split())  # noqa: E731
    external = {key(p.question) for p in probes.from_file(path)}
    suite = probes.load_suite("default", size=6000, seed=0)
    copied = [p.question for p in suite if key(p.question) in external]
    assert not copied, copied[:5]
