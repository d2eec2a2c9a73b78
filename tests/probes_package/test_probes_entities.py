"""Contrastive entity probes: real and invented entities through one set of templates.

Checks the table (size, kinds, usable aliases), grading (every alias of every real question grades
correct when stated, plausible wrong answers grade incorrect), the invented names (checked
pseudo-words, never a real entity), that both categories share template ids, texts and styles,
balanced styles, deterministic draws of 600, and the new optional `topic`/`template` fields.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

import probes
from probes import Grade, Probe, grade, normalize
from probes.categories import BY_NAME
from probes.categories.base import Draft, sentence_case, strip_lead_in
from probes.categories.entities import CATEGORIES, NAME_GENERATORS, draw_fictional, draw_real, real_pool
from probes.names.pseudo import table_words
from probes.tables.entity_templates import BY_CELL, BY_ID, GROUP_SLOTS, STYLE_ORDER, SUITABLE, TEMPLATES
from probes.grading import NEGATORS
from probes.names.reality import is_real_token
from probes.pseudowords import is_acceptable
from probes.tables.entities import BY_KIND, ENTITIES, KINDS

REAL, FICTIONAL = CATEGORIES
GENERIC = frozenset(
    "animal animals plant plants food foods dish thing things people person place places stuff species company"
    " organisation organization event work object something someone".split()
)
POOL = real_pool()


def as_probe(draft: Draft, answerable: bool, category: str) -> Probe:
    """A gradable probe from a draft (the registry does the same with a hashed id)."""
    return Probe(probes.make_id(category, draft.question), draft.question, draft.answers, answerable, category,
                 draft.style, draft.topic, draft.template)


def _contains(text: str, alias: str) -> bool:
    t, a = normalize(text).split(), normalize(alias).split()
    return any(t[i : i + len(a)] == a for i in range(len(t) - len(a) + 1))


# ---- the table --------------------------------------------------------------------------------


def test_table_size_and_kinds() -> None:
    assert len(KINDS) == 10 and set(KINDS) == set(BY_KIND)
    assert len(ENTITIES) >= 250
    for kind in KINDS:
        assert 25 <= len(BY_KIND[kind]) <= 35, kind
    names = [normalize(e.name) for e in ENTITIES]
    assert len(set(names)) == len(names), "duplicate entity"
    for e in ENTITIES:
        assert e.aspects and len(set(e.aspects)) == len(e.aspects), e.name


def test_aliases_are_usable() -> None:
    for e in ENTITIES:
        for aspect, aliases in e.facts:
            where = f"{e.name}/{aspect}"
            assert aliases and all(a.strip() for a in aliases), where
            assert len({normalize(a) for a in aliases}) == len(aliases), f"duplicate alias: {where}"
            assert any(normalize(a) and not normalize(a).replace(".", "").isdigit() for a in aliases), (
                f"{where}: all-numeric aliases would be matched as the answer's first number, not as text"
            )
            for alias in aliases:
                tokens = normalize(alias).split()
                assert tokens, where
                assert not NEGATORS.intersection(tokens), f"negation in alias {alias!r}"
                assert not {"or", "either"}.intersection(tokens), f"hedge word in alias {alias!r}"
                assert normalize(alias) not in GENERIC, f"generic alias {alias!r} ({where})"
                assert not (alias.isalpha() and len(alias) <= 2) or alias.isupper(), f"short alias {alias!r}"


def test_no_alias_repeats_the_question() -> None:
    """An answer restates the question (and the entity's name), so such an alias would always match."""
    assert len(POOL) >= 2000
    for draft, _ in POOL:
        for alias in draft.answers or ():
            assert not _contains(draft.question, alias), (draft.question, alias)


# ---- templates --------------------------------------------------------------------------------


def test_templates_cover_every_kind_and_style() -> None:
    assert len(BY_ID) == len(TEMPLATES)
    for t in TEMPLATES:
        assert re.fullmatch(r"entity\.[a-z]+\.[a-z_]+", t.id) and t.kind in KINDS, t.id
        assert t.style in STYLE_ORDER and t.text.rstrip().endswith(("?", ".")), t.id
        assert len(SUITABLE[t.id]) >= 5, f"{t.id}: too few real entities"
        groups = {e.group for e in BY_KIND[t.kind]}
        assert set(t.groups) <= groups, t.id
        for slot in re.findall(r"{(\w+)}", t.text):
            assert slot in ("e", "by") or all(slot in GROUP_SLOTS[e.group] for e in SUITABLE[t.id]), (t.id, slot)
    for kind in KINDS:
        for style in STYLE_ORDER:
            assert BY_CELL[(kind, style)], (kind, style)
    ungraded = sum(t.aspect is None for t in TEMPLATES) / len(TEMPLATES)
    assert 0.2 <= ungraded <= 0.3, "about a quarter of the templates have no gradeable aspect"


# ---- grading the real side --------------------------------------------------------------------

FRAMES = ("{name} is {alias}.", "The answer is {alias}.", "Well, {name} is mostly about {alias}, as sources agree.")


def test_every_alias_grades_correct_and_abstention_abstains() -> None:
    # Text aliases grade the same whatever the question (only numeric gold reads it, and every
    # aspect has a text alias), so a grade is computed once per (answers, answer text).
    graded: dict[tuple[tuple[str, ...], str], Grade] = {}
    failures = []
    for draft, entity in POOL:
        p = as_probe(draft, True, REAL.name)
        assert grade(p, "I don't know.") is Grade.ABSTAINED
        if draft.answers is None:
            assert grade(p, f"{sentence_case(entity.name)} is well known.") is Grade.UNGRADED
            continue
        for alias in draft.answers:
            for frame in FRAMES:
                text = frame.format(name=sentence_case(entity.name), alias=alias)
                if (draft.answers, text) not in graded:
                    graded[(draft.answers, text)] = grade(p, text)
                if graded[(draft.answers, text)] is not Grade.CORRECT:
                    failures.append((draft.question, text))
    assert not failures, failures[:10]


# (template id, entity name, a plausible wrong answer, a right one)
WRONG = (
    ("entity.animal.diet", "the snow leopard", "The snow leopard mainly eats fish and berries.",
     "The snow leopard hunts blue sheep and ibex."),
    ("entity.animal.range", "the koala", "The koala lives in the rainforests of South America.",
     "Koalas live in the eucalyptus forests of eastern Australia."),
    ("entity.medicine.use", "ibuprofen", "Ibuprofen is an antibiotic used to treat bacterial infections.",
     "Ibuprofen is used to relieve pain and reduce fever."),
    ("entity.medicine.affects", "glaucoma", "Glaucoma mainly affects the liver and the kidneys.",
     "Glaucoma damages the optic nerve of the eye."),
    ("entity.food.origin", "paella", "Paella is a traditional dish from Mexico.", "Paella comes from Valencia in Spain."),
    ("entity.sport.gear", "curling", "To play curling you need a bat, a ball and a pair of gloves.",
     "You need curling stones and a broom."),
    ("entity.organisation.base", "Nokia", "Nokia is based in Stockholm, Sweden.", "Nokia is based in Espoo, Finland."),
    ("entity.place.country", "Timbuktu", "Timbuktu is a city in Nepal.", "Timbuktu is a city in Mali."),
    ("entity.person.known", "Marie Curie", "Marie Curie is best known as a novelist who wrote romantic fiction.",
     "Marie Curie is known for her research on radioactivity."),
    ("entity.technology.inventor", "the telephone", "The telephone was invented by Thomas Edison.",
     "Alexander Graham Bell is credited with inventing it."),
    ("entity.event.when", "the Battle of Hastings", "The Battle of Hastings took place in 1215.",
     "It was fought on 14 October 1066."),
    ("entity.work.creator", "the novel Pride and Prejudice", "Pride and Prejudice was written by Charlotte Brontë.",
     "It was written by Jane Austen."),
)


@pytest.mark.parametrize(("template_id", "name", "wrong", "right"), WRONG)
def test_plausible_wrong_answers_grade_incorrect(template_id: str, name: str, wrong: str, right: str) -> None:
    draft = next(d for d, e in POOL if d.template == template_id and e.name == name)
    p = as_probe(draft, True, REAL.name)
    assert grade(p, wrong) is Grade.INCORRECT
    assert grade(p, right) is Grade.CORRECT


# ---- the invented side ------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1])
def test_invented_names_are_checked_and_not_real(seed: int) -> None:
    """Every name procedure's words are no real word or table word; pseudo-words also keep their
    shape rules. (Before the Markov, blend and compound procedures every part was a pseudo-word.)"""
    real_names = {normalize(e.name) for e in ENTITIES}
    generators = Counter()
    for draft, invented in draw_fictional(random.Random(seed), 600):
        assert invented.name in draft.question
        assert normalize(invented.name) not in real_names
        assert invented.kind == draft.topic and invented.group in {e.group for e in BY_KIND[invented.kind]}
        assert invented.parts and draft.generator == invented.generator
        generators[invented.generator] += 1
        for part in invented.parts:
            assert not is_real_token(part), part  # the shipped lexicon, name lists and table words
            if invented.generator == "pseudoword":
                assert is_acceptable(part), part  # shape and taste
            assert part.lower() not in table_words(), part
            assert part.lower().rstrip("aeiouy") in invented.name.lower()  # compounds may drop a final vowel
        assert draft.answers is None
    assert set(generators) == set(NAME_GENERATORS) and min(generators.values()) > 100, generators


# ---- the pair: same templates, same styles ----------------------------------------------------


def _template_match(draft: Draft, name: str, group: str) -> bool:
    """Whether the question is exactly its template with `name` for {e} (and any name for {by})."""
    t = BY_ID[draft.template]
    filled = sentence_case(t.text.format(e="\0E\0", by="\0B\0", **GROUP_SLOTS.get(group, {})))
    pattern = re.escape(filled).replace(re.escape("\0E\0"), "(?P<e>.+)").replace(re.escape("\0B\0"), ".+")
    m = re.fullmatch(pattern, sentence_case(strip_lead_in(draft.question)))  # casual() may lowercase it
    return m is not None and m.group("e").casefold() == name.casefold()


def test_both_categories_share_template_ids_texts_and_styles() -> None:
    real = draw_real(random.Random(5), 2000)
    fictional = draw_fictional(random.Random(5), 2000)
    assert len(real) == len(fictional) == 2000
    styles: dict[str, set[str]] = {}
    for (draft, entity), (fdraft, invented) in zip(real, fictional):
        assert _template_match(draft, entity.name, entity.group), draft.question
        assert _template_match(fdraft, invented.name, invented.group), fdraft.question
        for d in (draft, fdraft):
            styles.setdefault(d.template, set()).add(d.style)
            assert d.style == BY_ID[d.template].style and d.template.startswith(f"entity.{d.topic}.")
    assert {d.template for d, _ in real} == {d.template for d, _ in fictional} == set(BY_ID)
    assert all(len(s) == 1 for s in styles.values())


@pytest.mark.parametrize("category", CATEGORIES, ids=lambda c: c.name)
def test_draw_of_600_is_distinct_balanced_and_covers_all_kinds(category) -> None:
    drafts = category.draw(random.Random(0), 600)
    assert len(drafts) == 600
    cores = {strip_lead_in(d.question).casefold() for d in drafts}
    assert len(cores) == 600
    shares = Counter(d.style for d in drafts)
    assert set(shares) == set(STYLE_ORDER)
    assert all(0.10 <= shares[s] / 600 <= 0.30 for s in STYLE_ORDER), shares
    assert {d.topic for d in drafts} == set(KINDS)
    with_lead = sum(d.question != strip_lead_in(d.question) for d in drafts)
    assert 0.05 * 600 < with_lead < 0.3 * 600, "lead-ins at the usual casual() rate"
    if category.answerable:
        ungraded = sum(d.answers is None for d in drafts) / 600
        assert 0.15 <= ungraded <= 0.35
    else:
        assert all(d.answers is None for d in drafts)


@pytest.mark.parametrize("category", CATEGORIES, ids=lambda c: c.name)
def test_draws_are_deterministic_and_prefix_stable(category) -> None:
    a = category.draw(random.Random(7), 80)
    assert a == category.draw(random.Random(7), 80)
    assert a[:30] == category.draw(random.Random(7), 30)
    assert a != category.draw(random.Random(8), 80)


# ---- the new optional fields and the registry ---------------------------------------------------


def test_registered_pairs_carry_topic_and_template() -> None:
    suite = probes.load_suite("default", 600, seed=3)
    pairs = [p for p in suite if p.category in ("real_entity", "fictional_entity")]
    assert len(pairs) > 120 and all(p.topic in KINDS and p.template in BY_ID for p in pairs)
    # the minimal pairs and obscure places reuse the entity templates (and label theirs)
    labelled = ("real_entity", "fictional_entity", "swap_source", "swap_twin", "obscure")
    assert all(p.topic == "" and p.template == "" for p in suite if p.category not in labelled)
    assert all(p.template for p in suite if p.category == "obscure")
    assert {p.answerable for p in pairs} == {True, False} and BY_NAME["real_entity"].weight > 1
