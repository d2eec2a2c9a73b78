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
