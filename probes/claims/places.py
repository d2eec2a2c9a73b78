"""Places and nationalities by name: which countries a place name or a demonym stands for.

Built from `probes.tables.countries` (countries, their aliases, capitals and demonyms; parts and
historical states with the present countries they belong to) plus the continents and
subregions named there. `place(text)` and `nationality(text)` give the canonical places (a frozenset of names) a
phrase stands for, or None; `within(a, b)` says whether place a lies in place b, `related` whether
two readings can describe the same thing (one lies in the other) and `inside` whether evidence
confirms a claim (the evidence's place lies in the claim's: "Ulm, Germany" confirms "Germany" and
"Europe", not "Bavaria"). Knows nothing about claims or grading; leaves out cities other than
capitals.
"""

from __future__ import annotations

from functools import lru_cache

from probes.normalize import normalize
from probes.tables.countries import COUNTRIES, Country

Places = frozenset[str]  # canonical place names: a country, part, capital, region or continent
CONTINENT_NAMES = ("Europe", "Asia", "Africa", "Americas", "Oceania", "North America", "South America",
                   "Latin America", "Middle East", "Central Asia", "Southeast Asia", "Scandinavia", "Caribbean")
_CONTINENT_REGIONS = {"North America": ("Northern America", "Central America", "Caribbean"),
                      "South America": ("South America",), "Latin America": ("Latin America",),
                      "Middle East": ("Western Asia",), "Southeast Asia": ("South-eastern Asia",),
                      "Scandinavia": ("Northern Europe",), "Caribbean": ("Caribbean",)}
_BY_NAME = {c.name: c for c in COUNTRIES}


def _regions(country: Country) -> set[str]:
    """The subregion, region and continents a country lies in."""
    parts = {r.strip() for r in country.region.split(",") if r.strip()}
    parts |= {c for c in CONTINENT_NAMES if any(r in country.region for r in _CONTINENT_REGIONS.get(c, (c,)))}
    return parts


@lru_cache(maxsize=1)
def _ancestors() -> dict[str, frozenset[str]]:
    """Every canonical place -> the places it lies in (parent countries, regions, continents)."""
    up: dict[str, set[str]] = {}
    for c in COUNTRIES:
        parents = set(c.part_of)
        for name in (c.name, *c.part_of):
            if name in _BY_NAME:
                parents |= _regions(_BY_NAME[name])
        up[c.name] = parents
        if c.capital and not c.part_of:
            up.setdefault(c.capital, set()).update({c.name, *parents})
    for c in COUNTRIES:
        for region in _regions(c):
            up.setdefault(region, set()).update(r for r in _regions(c) if r != region and region not in CONTINENT_NAMES
                                                and r in CONTINENT_NAMES)
    return {k: frozenset(v - {k}) for k, v in up.items()}


@lru_cache(maxsize=1)
def _places() -> dict[str, Places]:
    index: dict[str, set[str]] = {}
    for c in COUNTRIES:
        for name in c.names:
            index.setdefault(normalize(name), set()).add(c.name)
        if c.capital and not c.part_of:
            index.setdefault(normalize(c.capital), set()).add(c.capital)
    for region in _ancestors():
        if region not in _BY_NAME:
            index.setdefault(normalize(region), set()).add(region)
    return {k: frozenset(v) for k, v in index.items() if k}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, Places]:
    index: dict[str, set[str]] = {}
    for c in COUNTRIES:
        for d in c.demonyms:
            index.setdefault(normalize(d), set()).add(c.name)
    return {k: frozenset(v) for k, v in index.items() if k}


def place(text: str) -> Places | None:
    """The places a name stands for ("Bavaria" -> {"Bavaria"}, "Europe" -> {"Europe"}; "Ulm" -> None)."""
    return _places().get(normalize(text))


def nationality(text: str) -> Places | None:
    """The places a demonym stands for ("German" -> {"Germany"}, "Korean" -> both Koreas)."""
    return _demonyms().get(normalize(text))


def within(a: str, b: str) -> bool:
    """Whether place `a` is `b` or lies in it (a part in its country, a country in its region or
    continent, a capital in its country; a historical state in the countries it overlaps)."""
    return a == b or b in _ancestors().get(a, frozenset())


def related(a: Places, b: Places) -> bool:
    """Whether two readings can describe the same thing: one lies in the other ("English" and
    "British"; "Europe" and "France"); "English" and "Scottish" are not related."""
    return any(within(x, y) or within(y, x) for x in a for y in b)


def inside(a: Places, b: Places) -> bool:
    """Whether some reading of `a` lies in some reading of `b` (evidence `a` confirms claim `b`)."""
    return any(within(x, y) for x in a for y in b)


def max_place_words() -> int:
    """The most words in a known place name or demonym (for scanning text)."""
    return max(len(k.split()) for k in (*_places(), *_demonyms()))
