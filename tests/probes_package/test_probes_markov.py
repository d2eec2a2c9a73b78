"""Markov names: deterministic by seed, never a training name or a known real word, and shaped
like the real names of their language (every four-letter window was seen in that language)."""

from __future__ import annotations

import random
import statistics

import pytest

from probes.lexicon import is_real_word
from probes.names.markov import ORDER, START, chain, markov_name, markov_word, train
from probes.names.reality import is_real_token
from probes.tables.name_lists import LANGUAGES, all_names, names


def test_deterministic_by_seed() -> None:
    assert [markov_word(random.Random(3)) for _ in range(5)] == [markov_word(random.Random(3)) for _ in range(5)]
    a = [markov_word(random.Random(3)) for _ in range(20)]
    assert markov_name(random.Random(4)) == markov_name(random.Random(4))
    rng = random.Random(5)
    assert [markov_word(rng) for _ in range(20)] != a


def test_train_counts_contexts() -> None:
    model = train(("Anna", "Anne"))
    letters, cum = model.table[START * ORDER]
    assert letters == ("a",) and cum == (2,)
    assert model.table["ann"] == (("a", "e"), (1, 2))
    assert model.trained_on == {"anna", "anne"}


@pytest.mark.parametrize("table", ["SURNAMES", "PLACE_NAMES", "GIVEN_NAMES"])
def test_samples_are_novel_and_not_real(table: str) -> None:
    rng = random.Random(0)
    words = [markov_word(rng, table) for _ in range(600)]
    assert len(set(words)) > 0.85 * len(words)
    for w in words:
        assert w[0].isupper() and w.replace("-", "").isalpha() and 6 <= len(w.replace("-", "")) <= 12, w
        assert w.lower() not in all_names() and not is_real_token(w) and not is_real_word(w.lower()), w


@pytest.mark.parametrize("language", LANGUAGES)
def test_samples_look_like_their_language(language: str) -> None:
    """Order 3: every window of four letters (with start and end marks) occurs in the training
    names of that language, and lengths are like the real names'."""
    rng = random.Random(1)
    model = chain("PLACE_NAMES", language)
    words = [markov_word(rng, "PLACE_NAMES", language) for _ in range(80)]
    for w in words:
        padded = START * ORDER + w.lower() + "$"
        assert all(padded[i - ORDER : i] in model.table and padded[i] in model.table[padded[i - ORDER : i]][0]
                   for i in range(ORDER, len(padded))), w
    real = [len(n) for n in names("PLACE_NAMES", language) if len(n) >= 6]
    assert abs(statistics.mean(len(w) for w in words) - statistics.mean(real)) < 2.5


def test_person_names_keep_one_language() -> None:
    rng = random.Random(2)
    for _ in range(50):
        name, parts = markov_name(rng, "fi")
        assert name == " ".join(parts) and len(parts) == 2
        assert all(not is_real_token(p) for p in parts)
