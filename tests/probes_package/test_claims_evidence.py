"""Evidence lookup: merged sources, names people ask about, the fallback without the extra."""

from __future__ import annotations

from pathlib import Path

import pytest

from probes.claims import evidence
from probes.claims.evidence import Evidence, entity_names, lookup, wiki_name

FIXTURE = Path(__file__).with_name("wiki_fixture.json")


@pytest.fixture
def with_wiki(monkeypatch):
    monkeypatch.setenv("CLAIMS_WIKI_SUMMARIES", str(FIXTURE))
    evidence.clear_cache()
    yield
    evidence.clear_cache()


@pytest.fixture
def without_wiki(monkeypatch):
    monkeypatch.setenv("CLAIMS_WIKI_SUMMARIES", str(FIXTURE.with_name("absent.json")))
    evidence.clear_cache()
    yield
    evidence.clear_cache()


def test_wiki_names() -> None:
    assert wiki_name("Casablanca (film)", {}) == "the film Casablanca"
    assert wiki_name("Breathless (1960 film)", {}) == "the 1960 film Breathless"
    assert wiki_name("Guernica (Picasso)", {}) == "Guernica by Picasso"
    assert wiki_name("Leviathan (Hobbes book)", {}) is None
    assert wiki_name("Algebraic geometry", {"extract": "Algebraic geometry is ..."}) == "algebraic geometry"
    assert wiki_name("French cuisine", {"extract": "French cuisine is ..."}) == "French cuisine"
    assert wiki_name("Komodo dragon", {"extract": "The Komodo dragon is a lizard."}) == "the Komodo dragon"
    assert wiki_name("Tomato", {"extract": "The tomato is a plant; tomatoes are red."}) == "the tomato"


def test_lookup_merges_table_and_wiki(with_wiki) -> None:
    film = lookup("the film Casablanca")
    assert film is not None and film.sources == ("table", "wiki") and film.kind == "work"
    assert lookup("Casablanca (film)") == film
    city = lookup("Casablanca")
    assert city is not None and city.kind == "place" and "Morocco" in city.texts[1]
    einstein = lookup("albert einstein")
    assert einstein is not None and any("German-born" in t for t in einstein.texts)
    assert any(s.kind == "year" and s.value == "1879" and s.cue == "born" for s in einstein.specifics)
    assert lookup("Guernica by Picasso") is not None and lookup("Leviathan") is None


def test_fallback_without_the_extra(without_wiki) -> None:
    names = entity_names()
    assert 500 <= len(names) <= 800
    film = lookup("the film Casablanca")
    assert film is not None and film.sources == ("table",)
    assert lookup("France") is not None and lookup("oxygen") is not None and lookup("algebraic geometry") is None


def test_entity_names_are_distinct_and_ordered(with_wiki) -> None:
    names = entity_names()
    assert len(names) == len({evidence.key(n) for n, _ in names}) and names == entity_names()
    assert ("algebraic geometry", "concept") in names and ("the film Casablanca", "work") in names


def test_evidence_validation() -> None:
    with pytest.raises(ValueError):
        Evidence(" ")
    with pytest.raises(ValueError):
        Evidence("Velkaro", texts=("something",), exists=False)
    assert Evidence("Velkaro", exists=False).specifics == ()
    assert [s.value for s in Evidence("X", texts=("X was born in 1900.",)).specifics if s.kind == "year"] == ["1900"]
