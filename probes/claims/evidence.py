"""Evidence about an entity that ships as data, and looking it up by name.

`Evidence` is what a claim about one entity is checked against: the entity's name, its other
names, its evidence texts and their typed specifics (`probes.claims.specifics`). `lookup(name)`
finds it by any of its names, case, accents and a leading "the" aside, merging every source that
knows the entity (`probes.claims.sources`: the shipped entity, country and element tables always;
the offline Wikipedia summaries, countryinfo and mendeleev when the `claims` extras are
installed, read from their data files). `evidence_for(probe)` gives the evidence of a question
of the claims suite (`probes.claims.suite`), and for an invented entity an `Evidence` with
`exists=False` and no texts. Wikipedia titles with a disambiguation become the names people ask
about: "Casablanca (film)" -> "the film Casablanca", "Breathless (1960 film)" -> "the 1960 film
Breathless", "Guernica (Picasso)" -> "Guernica by Picasso"; "Casablanca" alone is the city.
Leaves out judging claims (`probes.claims.grading`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from probes.claims.sources import (Entry, country_entries, countryinfo_texts, element_entries, mendeleev_texts,
                                   table_entries, wiki_records)
from probes.claims.places import nationality, place
from probes.claims.specifics import Specific, specifics
from probes.normalize import normalize

DISAMBIGUATIONS = frozenset(
    "film novel play opera painting sculpture statue song album band poem book novella musical character planet"
    " element river city country state ship game instrument mythology deity language programming language"
    " magazine newspaper company board game television series".split(" ")
) | {"musical instrument", "programming language", "board game", "television series"}
_LIFESPAN = re.compile(r"\(\s*(?:c\.\s*)?\d{1,4}(?:\s*BC)?\s*[\u2013-]")


@dataclass(frozen=True)
class Evidence:
    """What is known about one entity: names, kind, evidence texts and their specifics, the
    sources they came from; `exists` is False for an invented entity (no evidence at all)."""

    name: str
    aliases: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()
    kind: str = ""
    sources: tuple[str, ...] = ()
    exists: bool = True
    specifics: tuple[Specific, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("evidence needs the entity's name")
        if not self.exists and self.texts:
            raise ValueError(f"invented entity {self.name!r} cannot have evidence texts")
        if self.texts and not self.specifics:
            object.__setattr__(self, "specifics", tuple(s for t in self.texts for s in specifics(t)))

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def key(name: str) -> str:
    """The lookup key of a name: normalised, without a leading article."""
    return normalize(name)


def lookup(name: str) -> Evidence | None:
    """The evidence about the entity called `name` (any of its names), or None if none is known."""
    entries = _index().get(key(name))
    return _merge_key(key(entries[0].name)) if entries else None


def entity_names() -> list[tuple[str, str]]:
    """(name as asked, kind) of every entity with evidence, in a fixed order (by key)."""
    return [v for _, v in sorted({key(g[0].name): (g[0].name, g[0].kind) for g in _index().values()}.items())]


def wiki_name(title: str, record: dict[str, str]) -> str | None:
    """The name a person would ask about for a Wikipedia title (None if it has no natural one)."""
    extract = record.get("extract", "")
    m = re.fullmatch(r"(.+?) \((.+)\)", title)
    if m:
        base, dis = m.groups()
        words = dis.split()
        noun = " ".join(words[1:]) if words[0].isdigit() else dis
        if noun in DISAMBIGUATIONS:
            return f"the {dis} {base}"
        if all(w[:1].isupper() for w in words) and len(words) <= 2:
            return f"{base} by {dis}"
        return None
    first, *rest = title.split()
    lower = title[:1].lower() + title[1:]
    common = bool(rest) and all(w[:1].islower() or not w[:1].isalpha() for w in rest) and first[1:].islower() \
        and not (nationality(first) or place(first))  # "Algebraic geometry", not "French cuisine"
    common = common and not re.search(rf"(?:\b[Tt]he |[a-z,] ){re.escape(title)}", extract)  # "the Komodo dragon"
    if common or (first[1:].islower() and re.search(rf"(?<= ){re.escape(lower)}(?:s|es)?\b", extract)):
        title = lower
    if re.match(rf"(?:The|A|An) {re.escape(title)}\b", extract, re.I):
        return f"the {title}"
    return title


def wiki_kind(record: dict[str, str]) -> str:
    topic = record.get("topic", "")
    if topic == "People" or _LIFESPAN.search(record.get("description", "")) or "(born" in record.get("description", ""):
        return "person"
    return {"Geography": "place", "Arts": "work", "History": "event", "Technology": "technology",
            "Biology and health sciences": "living", "Everyday life": "everyday"}.get(topic, "concept")


@lru_cache(maxsize=1)
def _index() -> dict[str, list[Entry]]:
    """key -> the entries of every source for that entity (optional sources merged in)."""
    entries = [*table_entries(), *country_entries(), *element_entries()]
    for label, extra in (("countryinfo", countryinfo_texts()), ("mendeleev", mendeleev_texts())):
        entries += [Entry(e.name, (), e.kind, extra[e.name], label) for e in entries
                    if e.source in ("countries", "elements") and e.name in extra]
    for title, record in sorted(wiki_records().items()):
        name = wiki_name(title, record)
        if name:
            texts = tuple(t for t in (record.get("description", ""), record["extract"]) if t)
            entries.append(Entry(name, (title,) if key(title) != key(name) else (), wiki_kind(record), texts, "wiki",
                                 title))
    by_name: dict[str, list[Entry]] = {}
    for e in entries:
        by_name.setdefault(key(e.name), []).append(e)
    for k, group in list(by_name.items()):  # "the novel X" with no twin of its name joins "X"
        for e in list(group):
            for alias in e.aliases:
                other = by_name.get(key(alias))
                if len(group) == 1 and other is not None and other is not group:
                    other.append(e)
                    by_name[k] = other
    index = dict(by_name)
    for group in by_name.values():  # other names point at the entity unless they name another one
        for e in group:
            for alias in e.aliases:
                index.setdefault(key(alias), group)
    return index


@lru_cache(maxsize=4096)
def _merge_key(k: str) -> Evidence:
    entries = _index()[k]
    first = entries[0]
    aliases = tuple(dict.fromkeys(a for e in entries for a in (e.name, *e.aliases) if a != first.name))
    texts = tuple(dict.fromkeys(t for e in entries for t in e.texts))
    return Evidence(first.name, aliases, texts, first.kind, tuple(dict.fromkeys(e.source for e in entries)))




def clear_cache() -> None:
    """Forget the loaded sources (after installing or removing an optional extra)."""
    _index.cache_clear()
    _merge_key.cache_clear()
