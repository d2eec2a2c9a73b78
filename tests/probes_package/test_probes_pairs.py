"""Minimal pairs: a real question and its twin differ in one word or name and nothing else; the
real side keeps its gold answers, both sides share a pair id and a generator, and no question of a
pair is asked by another category of the suite."""

from __future__ import annotations

import difflib
import random
import re
from collections import Counter

import pytest

import probes
from probes.categories.base import reserved_for_pairs, strip_lead_in
from probes.categories.pairs import draw_pairs
from probes.names import PROCEDURES
from probes.names.reality import is_real_token
from probes.swaps import invented_swap, real_swap, replace_word, slot
from probes.tables import books
from probes.tables.entities import ENTITIES

PAIRS = draw_pairs(random.Random(0), 600)


def _changed_spans(a: str, b: str) -> list[tuple[list[str], list[str]]]:
    wa, wb = re.findall(r"[\w'-]+|[^\w\s]", a), re.findall(r"[\w'-]+|[^\w\s]", b)
    ops = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes()
    return [(wa[i1:i2], wb[j1:j2]) for tag, i1, i2, j1, j2 in ops if tag != "equal"]


@pytest.mark.parametrize(("name", "word"), [
    ("Marie Curie", "Curie"), ("the Eiffel Tower", "Eiffel"), ("the novel Pride and Prejudice", "Prejudice"),
    ("the snow leopard", "snow"), ("the Boston Tea Party", "Boston"), ("ibuprofen", "ibuprofen"), ("1984", None)])
def test_slot_picks_the_proper_word(name: str, word: str | None) -> None:
    assert slot(name) == word


def test_swaps_replace_one_word_and_keep_its_case() -> None:
    rng = random.Random(1)
    proc = PROCEDURES["markov"]
    swap = invented_swap(rng, "the novel Pride and Prejudice", proc)
    assert swap.twin == replace_word(swap.real, swap.old, swap.new) and swap.new[0].isupper()
    assert swap.twin.startswith("the novel Pride and ") and not is_real_token(swap.new)
    drug = invented_swap(rng, "ibuprofen", proc)
    assert drug.new.endswith("profen") and drug.new.islower() and drug.new != "ibuprofen"
    titles = [t for r in books.ROWS for t in r.subject]
    real = real_swap(rng, "The Catcher in the Rye", titles, titles)
    assert real and real.twin not in titles and real.generator == "swap_real"
    assert real_swap(rng, "Dracula", titles, titles) is None  # nothing of a one-word name would be left


def test_pairs_differ_in_exactly_one_span() -> None:
    for real, twin, swap in PAIRS:
        spans = _changed_spans(real.question, twin.question)
        assert len(spans) == 1, (real.question, twin.question)
        assert real.question.replace(swap.old, swap.new) == twin.question or \
            replace_word(real.question, swap.old, swap.new) == twin.question, (real.question, twin.question)


def test_pairs_keep_template_lead_in_labels_and_gold() -> None:
    generators = Counter()
    for real, twin, swap in PAIRS:
        assert (real.style, real.topic, real.template) == (twin.style, twin.topic, twin.template)
        assert real.generator == twin.generator == swap.generator and real.pair == twin.pair != ""
        lead = real.question[: len(real.question) - len(strip_lead_in(real.question))]
        assert twin.question[: len(twin.question) - len(strip_lead_in(twin.question))] == lead
        assert twin.answers is None and (real.answers or real.template.startswith("entity."))
        assert reserved_for_pairs(real.question)
        generators[swap.generator] += 1
    assert set(generators) == {"swap_invented", "swap_real"} and generators["swap_real"] > 0.15 * len(PAIRS)


def test_real_swaps_are_no_real_names() -> None:
    names = {e.name.casefold() for e in ENTITIES} | {t.casefold() for r in books.ROWS for t in r.subject}
    for _, twin, swap in PAIRS:
        if swap.generator == "swap_real":
            assert swap.twin.casefold() not in names, swap


def test_draws_are_deterministic_and_prefix_stable() -> None:
    again = draw_pairs(random.Random(0), 100)
    assert [(a, b) for a, b, _ in again] == [(a, b) for a, b, _ in PAIRS[:100]]


def test_default_suite_holds_both_sides_of_every_pair_and_no_question_twice() -> None:
    suite = probes.load_suite("default", size=3000, seed=0)
    by_pair: dict[str, list[probes.Probe]] = {}
    for p in suite:
        if p.category in ("swap_source", "swap_twin"):
            by_pair.setdefault(p.pair, []).append(p)
    assert len(by_pair) > 150
    assert all(sorted(q.answerable for q in ps) == [False, True] for ps in by_pair.values())
    cores = Counter(strip_lead_in(p.question).casefold() for p in suite)
    assert cores.most_common(1)[0][1] == 1
    sources = ("capital", "author", "chemistry", "real_entity", "obscure")
    assert not any(reserved_for_pairs(p.question) for p in suite if p.category in sources)
