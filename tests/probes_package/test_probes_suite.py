"""ProbeSuite behaviour: indexing, subset, split (disjoint, covering, stratified), JSONL round trip."""

from __future__ import annotations

from collections import Counter

import pytest

import probes
from probes import Probe, ProbeSuite


def _suite(n: int = 40) -> ProbeSuite:
    rows = [
        Probe(f"c{i % 4}-{i}", f"question {i}?", ("a",) if i % 2 else None, bool(i % 2), f"c{i % 4}") for i in range(n)
    ]
    return ProbeSuite("toy", tuple(rows), seed=1)


def test_sequence_protocol_and_lookup() -> None:
    s = _suite()
    assert len(s) == 40 and s[3].id == "c3-3" and list(s)[0] is s[0]
    assert s.get("c1-5").question == "question 5?"
    assert "c1-5" in s and "nope" not in s
    assert s.categories() == ["c0", "c1", "c2", "c3"]


def test_duplicate_ids_rejected() -> None:
    p = Probe("a-1", "q?", None, False, "a")
    with pytest.raises(ValueError, match="duplicate"):
        ProbeSuite("dup", (p, p))


def test_unanswerable_probe_cannot_have_answers() -> None:
    with pytest.raises(ValueError):
        Probe("a-1", "q?", ("x",), False, "a")


def test_probe_is_frozen() -> None:
    p = Probe("a-1", "q?", ["x"], True, "a")  # type: ignore[arg-type]
    assert p.answers == ("x",)
    with pytest.raises(AttributeError):
        p.question = "other"  # type: ignore[misc]


def test_subset_by_predicate_and_ids() -> None:
    s = _suite()
    answerable = s.subset(lambda p: p.answerable)
    assert len(answerable) == 20 and all(p.answerable for p in answerable)
    picked = s.subset(["c0-0", "c2-2"])
    assert picked.ids == ("c0-0", "c2-2")
    with pytest.raises(KeyError):
        s.subset(["missing"])


@pytest.mark.parametrize("fraction", [0.0, 0.3, 0.5, 1.0])
def test_split_disjoint_covering_and_sized(fraction: float) -> None:
    s = probes.load_suite("default", size=200, seed=3)
    calib, test = s.split(test_fraction=fraction, seed=7)
    assert set(calib.ids).isdisjoint(test.ids)
    assert set(calib.ids) | set(test.ids) == set(s.ids)
    assert abs(len(test) - fraction * len(s)) <= 1


def test_split_is_stratified_and_deterministic() -> None:
    s = probes.load_suite("default", size=380, seed=0)
    calib, test = s.split(0.5, seed=0)
    assert s.split(0.5, seed=0) == (calib, test)
    assert s.split(0.5, seed=1)[1].ids != test.ids
    whole = Counter((p.category, p.answerable) for p in s)
    part = Counter((p.category, p.answerable) for p in test)
    for key, n in whole.items():
        assert abs(part[key] - n / 2) <= 1, key


def test_to_jsonl_round_trips(tmp_path) -> None:
    s = probes.load_suite("default", size=60, seed=5)
    back = probes.from_file(s.to_jsonl(tmp_path / "suite.jsonl"))
    assert back.probes == s.probes


def test_sample_is_stratified_seeded_and_bounded():
    from probes import load_suite

    suite = load_suite("default", size=200, seed=0)
    a, b = suite.sample(60, seed=1), suite.sample(60, seed=1)
    assert a == b and len(a) == 60 and a.name == "default/sample60"
    assert abs(sum(p.answerable for p in a) - 30) <= 1  # strata round one probe at a time
    assert set(a.ids) <= set(suite.ids) and suite.sample(60, seed=2) != a
    assert suite.sample(10_000) is suite
