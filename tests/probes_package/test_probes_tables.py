"""Fact tables are well formed: unique subjects, usable aliases, numbers that parse."""

from __future__ import annotations

import pytest

from probes.normalize import normalize, parse_number
from probes.tables import Row, astronomy, books, capitals, culture, elements, geography, units

TABLES = {
    "capitals": capitals.ROWS,
    "books": books.ROWS,
    "paintings": culture.PAINTING_ROWS,
    "music": culture.MUSIC_ROWS,
    "inventions": culture.INVENTION_ROWS,
    "astronomy": astronomy.ROWS,
    "geography": geography.ROWS,
    "units": units.ROWS,
}
MINIMUM = {
    "capitals": 150,
    "books": 90,
    "paintings": 25,
    "music": 25,
    "inventions": 30,
    "astronomy": 40,
    "geography": 55,
    "units": 45,
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_rows(name: str) -> None:
    rows: tuple[Row, ...] = TABLES[name]
    assert len(rows) >= MINIMUM[name]
    subjects = [normalize(r.name) for r in rows]
    assert len(set(subjects)) == len(subjects), "duplicate subject"
    for r in rows:
        assert r.answers and all(a.strip() for a in r.answers) and all(s.strip() for s in r.subject)


def test_capitals_have_unique_countries_and_known_hard_cases() -> None:
    by_country = {r.name: r.answers for r in capitals.ROWS}
    assert by_country["Burkina Faso"] == ("Ouagadougou",)
    assert "Washington DC" in by_country["United States"]
    assert set(by_country["Bolivia"]) == {"Sucre", "La Paz"}


def test_elements_consistent() -> None:
    rows = elements.ROWS
    assert len(rows) >= 55
    assert len({e.symbol for e in rows}) == len(rows) and len({e.number for e in rows}) == len(rows)
    gold = next(e for e in rows if e.name == "Gold")
    assert (gold.symbol, gold.number) == ("Au", 79)


def test_numeric_answers_parse_and_conversions_are_exact() -> None:
    numeric = [r for r in units.ROWS if parse_number(r.answers[0]) is not None]
    assert len(numeric) > 25
    assert all(isinstance(f, int) and f > 1 for _, _, f in units.FACTORS)
