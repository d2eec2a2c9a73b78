"""Blends: a real name's head and a real name ending, deterministic, never a known real name."""

from __future__ import annotations

import random

from probes.names.blends import TAILS, blend_name, blend_word, heads, join
from probes.names.reality import REAL_COMPOUNDS, is_real_token
from probes.tables.name_lists import names


def test_heads_cut_after_a_consonant_that_follows_a_vowel() -> None:
    assert heads("Carlisle") == ("car", "carlis", "carlisle")
    assert heads("Pembroke") == ("pem", "pembrok", "pembroke")
    assert join("carlis", "bourne") == "carlisbourne" and join("ash", "ham") == "asham"


def test_deterministic_by_seed() -> None:
    assert [blend_word(random.Random(7)) for _ in range(5)] == [blend_word(random.Random(7)) for _ in range(5)]
    assert blend_name(random.Random(8)) == blend_name(random.Random(8))


def test_blends_are_real_heads_with_real_endings_and_not_real() -> None:
    sources = [n for n in names("PLACE_NAMES", "en") + names("SURNAMES", "en") if n.isalpha()]
    all_heads = {h for n in sources for h in heads(n)}
    rng = random.Random(0)
    words = [blend_word(rng) for _ in range(800)]
    assert len(set(words)) > 0.9 * len(words)
    for w in words:
        low = w.lower()
        tail = next(t for t in sorted(TAILS, key=len, reverse=True) if low.endswith(t) or low.endswith(t[1:]))
        assert any(low.startswith(h) and len(low) - len(h) in (len(tail), len(tail) - 1) for h in all_heads), w
        assert 8 <= len(w) <= 11 and w[0].isupper() and w[1:].islower(), w
        assert not is_real_token(w) and low not in REAL_COMPOUNDS, w


def test_people_have_a_real_given_name_and_a_blended_surname() -> None:
    rng = random.Random(1)
    given = set(names("GIVEN_NAMES", "en"))
    for _ in range(100):
        name, parts = blend_name(rng)
        first, surname = name.rsplit(" ", 1)
        assert first in given and parts == (surname,) and not is_real_token(surname)
