"""normalize: case, accents, quotes, punctuation, articles, number words <-> digits."""

from __future__ import annotations

import pytest

from probes.normalize import normalize, numbers_in, parse_number, spell_number


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The answer is Twenty-One.", "answer is 21"),
        ("Washington, D.C.", "washington dc"),
        ("  A   Tale of Two Cities ", "tale of 2 cities"),
        ("Brasília", "brasilia"),
        ("C\u00f4te d\u2019Ivoire", "cote divoire"),
        ("\u201cParis\u201d", "paris"),
        ("one hundred and five", "105"),
        ("a thousand years", "1000 years"),
        ("1,081 apples", "1081 apples"),
        ("It's 3.5 million", "its 3500000"),
        ("nineteen hundred", "1900"),
        ("two and three", "2 and 3"),
        ("Guinea-Bissau", "guinea bissau"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_numbers_in_reading_order() -> None:
    assert numbers_in("23 × 47 = 1,081, or about one thousand") == [23.0, 47.0, 1081.0, 1000.0]
    assert numbers_in("2.50 dollars and 5kg") == [2.5, 5.0]
    assert numbers_in("no digits here") == []


@pytest.mark.parametrize("n", [0, 7, 13, 21, 40, 105, 999, 1000, 1081, 5280, 300000, 123456789])
def test_spell_number_round_trips(n: int) -> None:
    assert parse_number(spell_number(n)) == n


def test_parse_number_rejects_text() -> None:
    assert parse_number("Paris") is None and parse_number("21 apples") is None
    assert parse_number("twenty-one") == 21 and parse_number("1,000") == 1000
