"""Fitting on probe records: the answerability label of a real but obscure thing is what the
model did with it."""
from __future__ import annotations

from guard.fitting import known
from guard.records import Record
from probes import Grade


def rec(grade: Grade, generator: str, answerable: bool = True) -> Record:
    return Record("q", "In which country is the town of Mentiri?", "obscure", "factoid", answerable,
                  ("Brunei",) if answerable else None, "m", "neutral", "x", grade, generator=generator)


def test_an_obscure_thing_counts_as_known_only_when_the_model_got_it_right():
    assert known(rec(Grade.CORRECT, "obscure")).answerable is True
    assert known(rec(Grade.INCORRECT, "obscure")).answerable is False
    assert known(rec(Grade.ABSTAINED, "obscure")).answerable is False
    assert known(rec(Grade.INCORRECT, "control")).answerable is True  # a control is answerable
    assert known(rec(Grade.INCORRECT, "markov", answerable=False)).answerable is False


def test_records_carry_the_generator_of_their_probe():
    import probes

    p = next(p for p in probes.load_suite("default", size=300, seed=0) if p.generator == "obscure")
    r = Record.of(p, model="m", prompt="neutral", text="x", grade=Grade.INCORRECT)
    assert r.generator == "obscure" and Record.from_json(r.to_json()) == r
