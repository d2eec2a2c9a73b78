"""One specific against evidence: found (values, places lying in, rounding, surnames) or in conflict."""

from __future__ import annotations

from probes.claims.evidence import Evidence
from probes.claims.matching import conflicts, found
from probes.claims.specifics import specifics

FILM = Evidence("the film Casablanca", texts=(
    "Casablanca is a 1942 American romantic drama film directed by Michael Curtiz and starring Humphrey Bogart, "
    "Ingrid Bergman, and Paul Henreid.",))
CITY = Evidence("Casablanca", texts=("Casablanca is the largest city in Morocco. The city has a population of about "
                                     "3.22 million and covers 220 km2.",))
PERSON = Evidence("Albert Einstein", texts=("German-born theoretical physicist (1879\u20131955)",))


def first(text: str, kind: str):
    return next(s for s in specifics(text) if s.kind == kind)


def test_found() -> None:
    assert found(first("It is an American film.", "nationality"), FILM)
    assert found(first("It was directed by Curtiz.", "name"), FILM)
    assert found(first("It is in Africa.", "place"), CITY)  # Morocco lies in Africa
    assert found(first("It has 3.2 million people.", "number"), CITY)
    assert found(first("It has 3 million people.", "number"), CITY)
    assert not found(first("It has 3.5 million people.", "number"), CITY)
    assert found(first("It was made in the 1940s.", "year"), FILM)
    assert found(first("He was born in 1879.", "year"), PERSON)


def test_conflicts() -> None:
    assert conflicts(first("It is a French film.", "nationality"), FILM)
    assert conflicts(first("It was directed by Jean-Luc Picard.", "name"), FILM)
    assert conflicts(first("It is a 1943 film.", "year"), FILM)
    assert conflicts(first("It is a novel.", "category"), FILM)
    assert conflicts(first("It is located in Algeria.", "place"), CITY)
    assert conflicts(first("It has a population of 8 million.", "number"), CITY)
    assert conflicts(first("He was an Italian physicist.", "nationality"), PERSON)
    assert conflicts(first("He died in 1950.", "year"), PERSON)


def test_no_conflict_without_a_value_for_the_role() -> None:
    assert not conflicts(first("It won three Oscars.", "number"), FILM)
    assert not conflicts(first("It was filmed in 1941.", "year"), CITY)
    assert not conflicts(first("He was born in Bavaria.", "place"), PERSON)  # Germany holds Bavaria
    assert not conflicts(first("Its mayor is Nabila Rmili.", "name"), CITY)


def test_a_zero_is_compared_not_divided_by() -> None:
    """"0 million" once crashed the rounding rule (a model wrote it about a city's population)."""
    assert not found(first("The city has a population of 0 million.", "number"), CITY)
    assert not found(first("It has a population of 0,000 people.", "number"), CITY)


def test_a_shared_last_word_is_not_the_same_name() -> None:
    cao = Evidence("Cao Cao", texts=("He laid the foundation for the state of Cao Wei, established by his son Cao Pi.",))
    assert found(first("His son was Cao Pi.", "name"), cao)
    assert not found(first("He established the Northern Wei dynasty.", "name"), cao)
    assert not found(first("It was directed by Peter Curtiz.", "name"), FILM)


def test_a_place_the_evidence_puts_beside_the_thing_does_not_confirm_it_is_there() -> None:
    palace = Evidence("Palace of Versailles", texts=(
        "The Palace of Versailles is a historic monument in Versailles, France, southwest of Paris.",))
    assert not found(first("It is a royal palace in Paris.", "place"), palace)
    assert found(first("It lies near Paris.", "place"), palace)
    assert found(first("It is a royal palace in France.", "place"), palace)
