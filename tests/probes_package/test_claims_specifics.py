"""Typed specifics: years, dates, numbers, places, nationalities, names, roles, categories, cues."""

from __future__ import annotations

from probes.claims.specifics import specifics


def typed(text: str) -> list[tuple[str, str, str, str]]:
    return [(s.kind, s.text, s.value, s.cue) for s in specifics(text)]


def test_casablanca_lead() -> None:
    got = typed("Casablanca is a 1942 American romantic drama film directed by Michael Curtiz and starring "
                "Humphrey Bogart, Ingrid Bergman, and Paul Henreid.")
    assert ("year", "1942", "1942", "is") in got
    assert ("name", "Michael Curtiz", "michael curtiz", "creator") in got
    assert [g[1] for g in got if g[3] == "cast"] == ["Humphrey Bogart", "Ingrid Bergman", "Paul Henreid"]
    assert any(k == "nationality" and t == "American" and c == "is" for k, t, _, c in got)
    assert ("category", "film", "film", "is") in got


def test_nationalities_born_and_lifespans() -> None:
    got = typed("German-born theoretical physicist (1879\u20131955)")
    assert ("nationality", "German", "Germany", "born") in got and ("role", "physicist", "physicist", "") in got
    assert ("year", "1879", "1879", "born") in got and ("year", "1955", "1955", "died") in got


def test_dates_eras_decades_centuries() -> None:
    got = typed("It was signed on 28 June 1919, in the 1910s and the 20th century; Vesuvius erupted in 79 AD.")
    values = {(k, v) for k, _, v, _ in got}
    assert {("date", "1919-06-28"), ("year", "1910s"), ("year", "c20"), ("year", "79")} <= values
    assert ("date", "1919-06") in {(s.kind, s.value) for s in specifics("It opened in June 1919.")}


def test_numbers_with_scale_and_unit() -> None:
    got = {(s.kind, s.text, s.value, s.unit, s.cue) for s in specifics(
        "It has a population of about 3.22 million and covers 220 km2. It has three ports and 1,500 people.")}
    assert ("number", "3.22 million", "3220000", "", "population") in got
    assert ("number", "220", "220", "km2", "") in got and ("number", "three", "3", "", "") in got
    assert ("number", "1,500", "1500", "people", "") in got
    assert not [s for s in specifics("One of the most famous films, it was released in 1,942 copies.") if s.kind == "year"]


def test_names_skip_sentence_initial_function_words_and_months() -> None:
    got = typed("The film stars Bogart. In March, J. R. R. Tolkien wrote The Hobbit in the United States.")
    names = [t for k, t, _, _ in got if k == "name"]
    assert names == ["Bogart", "J. R. R. Tolkien", "The Hobbit"]
    assert ("place", "United States", "United States", "") in got
    assert [t for k, t, _, _ in got if k == "category"] == ["film"]  # "stars" is a verb here


def test_creator_only_passively() -> None:
    assert ("name", "Jane Austen", "jane austen", "creator") in typed("It is a novel by Jane Austen.")
    assert ("name", "The Silmarillion", "silmarillion", "") in typed("Tolkien wrote The Silmarillion.")


def test_pure_and_ordered() -> None:
    text = "Einstein was born in Ulm, Germany, in 1879."
    first = specifics(text)
    assert first == specifics(text) and [s.span for s in first] == sorted(s.span for s in first)
    assert [s.cue for s in first if s.kind in ("name", "place")] == ["", "born", "born"]
