"""Places and nationalities: names and demonyms to places, lying in, related, inside."""

from __future__ import annotations

from probes.claims.places import inside, max_place_words, nationality, place, related, within
from probes.tables.countries import BY_NAME, COUNTRIES


def test_table_is_consistent() -> None:
    assert len(COUNTRIES) >= 260
    for c in COUNTRIES:
        assert all(p in BY_NAME for p in c.part_of), c.name
    assert BY_NAME["United Kingdom"].demonyms[0] == "British" and "Britain" in BY_NAME["United Kingdom"].aliases


def test_names_and_demonyms() -> None:
    assert place("France") == {"France"} and place("the UK") == {"United Kingdom"} and place("Ulm") is None
    assert place("Paris") == {"Paris"} and place("Europe") == {"Europe"}
    assert nationality("German") == {"Germany"} and nationality("Korean") == {"North Korea", "South Korea"}
    assert nationality("english") == {"England"} and nationality("Germany") is None
    assert max_place_words() >= 3


def test_within_and_related() -> None:
    assert within("Bavaria", "Germany") and not within("Germany", "Bavaria")
    assert within("Paris", "France") and within("Paris", "Europe") and within("United States", "North America")
    assert related(nationality("English"), nationality("British"))
    assert not related(nationality("English"), nationality("Scottish"))
    assert not related(nationality("Italian"), nationality("German"))
    assert inside(place("Bavaria"), place("Germany")) and not inside(place("Germany"), place("Bavaria"))
