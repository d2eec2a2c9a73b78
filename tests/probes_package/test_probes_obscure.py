"""Obscure real places: answerable, labelled "obscure", every gold alias grades correct, the names
are real names of the shapes the invented-name procedures make, asked through shared templates."""

from __future__ import annotations

import random
from collections import Counter

import probes
from probes import Grade, grade
from probes.categories.base import reserved_for_pairs
from probes.categories.obscure import TOWN_TEMPLATES, draw_obscure
from probes.lexicon import is_real_word
from probes.normalize import normalize
from probes.tables import capitals
from probes.tables.entity_templates import BY_ID
from probes.tables.obscure_places import COUNTRY_ALIASES, COUNTY_ROWS, CURRENCY_ROWS, TERRITORY_ROWS, TOWN_ROWS

DRAFTS = draw_obscure(random.Random(0), 400)


def test_tables_are_well_formed() -> None:
    assert len(TOWN_ROWS) >= 400 and len(COUNTY_ROWS) >= 150 and len(TERRITORY_ROWS) >= 30 and len(CURRENCY_ROWS) >= 40
    assert len({r.name for r in TOWN_ROWS}) == len(TOWN_ROWS) and len(COUNTRY_ALIASES) >= 150
    capital_names = {normalize(a) for r in capitals.ROWS for a in r.answers}
    countries = {normalize(s) for r in capitals.ROWS for s in r.subject}
    for row in TOWN_ROWS:
        assert row.name.replace(" ", "").replace("-", "").replace("'", "").isalpha() and row.name.isascii(), row
        assert normalize(row.name) not in capital_names | countries, row
        assert not set(normalize(row.name).split()) & set(normalize(" ".join(row.answers)).split()), row
        assert not all(is_real_word(w) for w in normalize(row.name).split()), row
    assert {r.answers[0] for r in TOWN_ROWS} >= {"Peru", "Mali", "Norway", "Indonesia"}


def test_drafts_are_answerable_labelled_and_deterministic() -> None:
    assert DRAFTS == draw_obscure(random.Random(0), 400) and DRAFTS[:50] == draw_obscure(random.Random(0), 50)
    templates = Counter(d.template.split(".")[1] if d.template.startswith("obscure.") else "town" for d in DRAFTS)
    assert set(templates) == {"town", "county", "territory", "currency"} and templates["town"] > 150
    styles = Counter(d.style for d in DRAFTS)
    assert set(styles) == {"factoid", "open_ended", "descriptive", "opinion", "speculative"}
    for d in DRAFTS:
        assert d.generator == "obscure" and d.answers and not reserved_for_pairs(d.question)
        if not d.template.startswith("obscure."):
            assert d.template in {t.id for t in TOWN_TEMPLATES} and BY_ID[d.template].aspect == "where"


def test_every_alias_grades_correct_and_wrong_answers_do_not() -> None:
    for i, d in enumerate(DRAFTS):
        p = probes.Probe(f"o-{i}", d.question, d.answers, True, "obscure", d.style)
        for alias in d.answers:
            assert grade(p, f"{alias}.") is Grade.CORRECT, (d.question, alias)
            assert grade(p, f"It is in {alias}, as far as I know.") is Grade.CORRECT, (d.question, alias)
        assert grade(p, "I have no idea.") is Grade.ABSTAINED
    town = next(d for d in DRAFTS if "Skien" in d.question or d.template == "entity.place.country")
    p = probes.Probe("o-x", town.question, town.answers, True, "obscure")
    assert grade(p, "It is a small town in Atlantis.") is Grade.INCORRECT


def test_default_suite_gains_obscure_questions() -> None:
    suite = probes.load_suite("default", size=3000, seed=0)
    obscure = [p for p in suite if p.category == "obscure"]
    assert len(obscure) > 100 and all(p.answerable and p.answers and p.generator == "obscure" for p in obscure)
