"""True and false premises from real facts: the same templates, a mismatched real person, film or
landlocked country on the false side; pairs share an id and the generator "false_premise_real"."""

from __future__ import annotations

import random

import probes
from probes import Grade, grade
from probes.categories.premises import draw_premises
from probes.tables.premises import COAST_ROWS, FILM_ROWS, LANDLOCKED, LAUREATE_ROWS, NON_LAUREATE_ROWS

PAIRS = draw_premises(random.Random(0), 300)


def test_tables_keep_true_and_false_apart() -> None:
    laureates = {r[0] for r in LAUREATE_ROWS}
    assert laureates.isdisjoint(r[0] for r in NON_LAUREATE_ROWS)
    fields = {r[1] for r in LAUREATE_ROWS}
    assert all(r[1] in fields for r in NON_LAUREATE_ROWS)
    assert all(year.isdigit() for r in LAUREATE_ROWS for year in r[2].split(" / "))
    assert len({d[0] for _, d, _ in FILM_ROWS}) >= 10 and all(y.isdigit() for *_, y in FILM_ROWS)
    assert {c for c, _ in COAST_ROWS}.isdisjoint(LANDLOCKED)


def test_pairs_share_template_id_and_generator() -> None:
    assert len(PAIRS) == 300 and PAIRS == draw_premises(random.Random(0), 300)
    for true, false in PAIRS:
        assert true.pair == false.pair != "" and true.generator == false.generator == "false_premise_real"
        assert true.style == false.style and false.answers is None
        t, f = true.question.split(), false.question.split()
        assert t != f and (t[0] == f[0] or t[-1] == f[-1])  # one name differs, the frame is the same
        if true.answers:
            p = probes.Probe("t", true.question, true.answers, True, "premise_true")
            assert all(grade(p, f"{a}.") is Grade.CORRECT for a in true.answers), true


def test_false_side_names_a_non_laureate_another_director_or_a_landlocked_country() -> None:
    non = {r[0] for r in NON_LAUREATE_ROWS}
    for true, false in PAIRS:
        q = false.question
        if "Nobel" in q:
            assert any(n in q for n in non), q
        elif "direct" in q or "film" in q:
            title = next(t for t, *_ in FILM_ROWS if t in q)
            directors = next(d for t, d, _ in FILM_ROWS if t == title)
            assert directors[0] not in q, q
        else:
            assert any(c in q for c in LANDLOCKED), q


def test_default_suite_has_both_sides() -> None:
    suite = probes.load_suite("default", size=3000, seed=0)
    true = {p.pair for p in suite if p.category == "premise_true"}
    false = {p.pair for p in suite if p.category == "premise_false"}
    assert len(true) > 50 and len(true ^ false) <= 2
