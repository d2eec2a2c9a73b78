"""The name procedures behind one interface, and the shared reality check."""

from __future__ import annotations

import random

import pytest

from probes.names import PROCEDURES, stem_of
from probes.names.reality import is_real_token
from probes.categories import NAME_GENERATORS


def test_every_name_generator_has_a_procedure() -> None:
    assert tuple(PROCEDURES) == NAME_GENERATORS


@pytest.mark.parametrize("name", NAME_GENERATORS)
def test_procedures_are_deterministic_and_invent(name: str) -> None:
    proc = PROCEDURES[name]
    for make in (proc.word, proc.stem, proc.person):
        assert make(random.Random(9)) == make(random.Random(9))
    rng = random.Random(0)
    for _ in range(100):
        word, stem = proc.word(rng), proc.stem(rng)
        person, parts = proc.person(rng)
        assert word[0].isupper() and not is_real_token(word), word
        assert stem.isalpha() and 3 <= len(stem) <= 11, stem
        assert all(p in person for p in parts) and not any(is_real_token(p) for p in parts), person


def test_stem_of_cuts_after_a_consonant() -> None:
    assert stem_of("Falmingdean") == "falmin" and stem_of("Carlisbourne") == "carlis"


def test_reality_check() -> None:
    for real in ("Paris", "Tolstoy", "bandits", "Abeokuta", "Ackermann", "Silverstone", "Whangarei"):
        assert is_real_token(real), real
    for invented in ("Vorbelin", "Carlisbourne", "Northythe"):
        assert not is_real_token(invented), invented
