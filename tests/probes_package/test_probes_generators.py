"""Generator labels: every probe names the procedure that made it, from one documented vocabulary,
and the labels (and minimal-pair ids) survive a round trip through a probe file."""

from __future__ import annotations

import json
from collections import Counter

import pytest

import probes
from probes.categories import (
    ALL,
    ANSWERABLE_NAMES,
    GENERATORS,
    UNKNOWN_GENERATORS,
    UNKNOWN_NAMES,
    default_generator,
)


@pytest.fixture(scope="module")
def suite() -> probes.ProbeSuite:
    return probes.load_suite("default", size=3000, seed=0)


def test_vocabulary_is_documented_once() -> None:
    names = [name for name, _ in UNKNOWN_GENERATORS]
    assert len(names) == len(set(names)) and set(names) <= set(GENERATORS)
    assert all(text.strip() for text in GENERATORS.values())
    defaults = {default_generator(cat) for cat in ALL}  # categories whose drafts name no generator
    assert "control" in defaults and {"future_event", "private_fact", "nonsensical"} <= defaults


def test_every_probe_has_a_generator_from_the_vocabulary(suite: probes.ProbeSuite) -> None:
    for p in suite:
        assert p.generator, p
        assert p.generator in (ANSWERABLE_NAMES if p.answerable else UNKNOWN_NAMES), (p.category, p.generator)


def test_generator_and_pair_round_trip(tmp_path) -> None:
    p = probes.Probe("t-1", "What is the capital of Peru?", ("Lima",), True, "swap_source", "factoid",
                     generator="swap_invented", pair="pair-1a2b3c")
    plain = probes.Probe("a-1", "q?", None, False, "a")
    row = p.to_row()
    assert (row["generator"], row["pair"]) == ("swap_invented", "pair-1a2b3c")
    assert "generator" not in plain.to_row() and "pair" not in plain.to_row()
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (row, plain.to_row())) + "\n", encoding="utf-8")
    assert probes.from_file(path).probes == (p, plain)
    path.write_text(json.dumps({"question": "q?", "answers": None, "generator": 3}) + "\n", encoding="utf-8")
    with pytest.raises(probes.ProbeFileError, match="generator"):
        probes.from_file(path)


def test_suite_round_trip_keeps_labels(suite: probes.ProbeSuite, tmp_path) -> None:
    small = suite.subset(suite.ids[:300])
    back = probes.from_file(small.to_jsonl(tmp_path / "s.jsonl"))
    assert [(p.generator, p.pair) for p in back] == [(p.generator, p.pair) for p in small]


def test_false_premise_category_is_relabelled(suite: probes.ProbeSuite) -> None:
    labels = Counter(p.generator for p in suite if p.category == "false_premise")
    assert set(labels) == {"false_premise_real", "misconception"} and labels["false_premise_real"] > labels["misconception"]


def test_unknowns_are_spread_over_the_generators(suite: probes.ProbeSuite) -> None:
    """No procedure makes more than ~35% of the unknowns (today none makes more than 15%); each
    name procedure, swap and premise generator has a real share; every documented unknown
    generator occurs."""
    unknown = Counter(p.generator for p in suite if not p.answerable)
    total = sum(unknown.values())
    assert set(unknown) == UNKNOWN_NAMES
    assert max(unknown.values()) / total < 0.15, unknown.most_common(3)
    for name in ("pseudoword", "markov", "blend", "compound", "swap_invented", "false_premise_real"):
        assert unknown[name] / total > 0.05, (name, unknown[name])
    assert unknown["swap_real"] / total > 0.02


def test_answerable_half_gains_obscure_entities_and_twins(suite: probes.ProbeSuite) -> None:
    answerable = Counter(p.generator for p in suite if p.answerable)
    total = sum(answerable.values())
    assert answerable["obscure"] / total > 0.06
    assert (answerable["swap_invented"] + answerable["swap_real"]) / total > 0.12
    assert answerable["false_premise_real"] / total > 0.04


def test_holding_out_a_generator_holds_out_both_sides_of_its_pairs(suite: probes.ProbeSuite) -> None:
    by_pair: dict[str, set[str]] = {}
    for p in suite:
        if p.pair:
            by_pair.setdefault(p.pair, set()).add(p.generator)
    assert len(by_pair) > 250 and all(len(gens) == 1 for gens in by_pair.values())
    paired = {p.generator for p in suite if p.pair}
    assert paired == {"swap_invented", "swap_real", "false_premise_real"}


def test_default_suite_is_still_deterministic_unique_and_fast() -> None:
    import time

    start = time.perf_counter()
    a = probes.load_suite("default", size=3000, seed=0)
    assert time.perf_counter() - start < 5.0
    assert len(a) == 3000 and len(set(a.ids)) == 3000 and a == probes.load_suite("default", size=3000, seed=0)
