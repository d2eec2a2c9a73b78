"""Compounds: two real English words as one name, deterministic, never a known real name."""

from __future__ import annotations

import random

from probes.names.compounds import FIRSTS, SECONDS, compound_name, compound_word
from probes.names.reality import REAL_COMPOUNDS, is_real_token
from probes.tables.name_lists import names


def _split(word: str) -> bool:
    low = word.lower()
    return any(low == f + s or (f[-1] == s[0] and low == f + s[1:]) for f in FIRSTS for s in SECONDS)


def test_deterministic_by_seed() -> None:
    assert [compound_word(random.Random(2)) for _ in range(5)] == [compound_word(random.Random(2)) for _ in range(5)]
    assert compound_name(random.Random(3)) == compound_name(random.Random(3))


def test_compounds_are_two_real_words_and_not_a_known_name() -> None:
    rng = random.Random(0)
    words = [compound_word(rng) for _ in range(1000)]
    assert len(set(words)) > 500
    for w in words:
        assert _split(w) and 7 <= len(w) <= 13 and w[0].isupper() and w[1:].islower(), w
        assert not is_real_token(w) and w.lower() not in REAL_COMPOUNDS, w
    for real in ("Silverstone", "Northampton", "Blackpool", "Greenwich", "Moonlight", "Sandstone", "Waterfall"):
        assert is_real_token(real), real


def test_people_have_a_real_given_name_and_a_compound_surname() -> None:
    given = set(names("GIVEN_NAMES", "en"))
    rng = random.Random(1)
    for _ in range(100):
        name, parts = compound_name(rng)
        first, surname = name.rsplit(" ", 1)
        assert first in given and parts == (surname,) and _split(surname)
