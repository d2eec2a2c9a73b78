"""Minimal pairs: a real, answerable question and its twin with one word or name swapped.

Each pair takes a real question from the tables - a real-entity template (`entities`), a capital
(`places`), a book's author (`people`), an element (`science`) or an obscure town (`obscure`) -
and makes its twin with `probes.swaps`: the swapped word is invented by one of the name
procedures ("What is the capital of Peru?" -> "What is the capital of Pelundria?", generator
"swap_invented") or is a mismatched real one ("Lima is the capital of which country?" -> "Skien is
the capital of which country?", "What is the atomic number of bronze?", generator "swap_real").
Everything else - template, casing, punctuation, lead-in - is the same. `swap_source` keeps the
answerable sides (with their gold answers), `swap_twin` the unanswerable ones; both draw the same
stream of pairs (same rng stream), so the k-th probe of each is one pair, sharing a `pair` id and a
generator. Only questions `reserved_for_pairs` are used as real sides; the source categories skip
them, so no question appears twice in a suite.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from probes.categories import obscure
from probes.categories.base import Category, Draft, casual_all, reserved_for_pairs, sentence_case, strip_lead_in
from probes.categories.entities import NAME_GENERATORS, fill, pick_template
from probes.categories.people import AUTHOR_OF
from probes.categories.places import CAPITAL_OF, COUNTRY_OF, THE_COUNTRIES, _reversible
from probes.categories.science import NUMBER_OF, SYMBOL_OF
from probes.names import PROCEDURES
from probes.swaps import Swap, invented_swap, real_swap
from probes.tables import books, capitals, elements
from probes.tables.elements import AMBIGUOUS_SYMBOLS
from probes.tables.entities import ENTITIES
from probes.tables.entity_templates import SUITABLE
from probes.tables.obscure_places import TOWN_ROWS

# Real materials that are no element: "the atomic number of bronze" has a false premise.
MATERIALS = ("bronze", "granite", "steel", "brass", "quartz", "marble", "porcelain", "concrete", "glass",
             "limestone", "sandstone", "basalt", "ivory", "amber", "jade", "pewter", "cement", "plaster", "clay")
REAL_SHARE = 0.5  # of the pairs whose source allows a real swap
TITLES = tuple(t for row in books.ROWS for t in row.subject if any(c.isalpha() for c in t))
ENTITY_NAMES = tuple(e.name for e in ENTITIES)


@dataclass(frozen=True)
class Real:
    """A real question before the swap: the name in it, how to write the question for any name,
    its gold answers and labels."""

    name: str
    write: Callable[[str], str]
    answers: tuple[str, ...] | None
    style: str = "factoid"
    topic: str = ""
    template: str = ""


def _invented(rng: random.Random, name: str) -> Swap | None:
    return invented_swap(rng, name, PROCEDURES[rng.choice(NAME_GENERATORS)])


def _whole(rng: random.Random, name: str) -> Swap:
    """The whole name swapped for an invented one-word name."""
    new = PROCEDURES[rng.choice(NAME_GENERATORS)].word(rng)
    return Swap(name, new, name, new, "swap_invented")


def _entity(rng: random.Random) -> tuple[Real, Swap | None]:
    template = pick_template(rng)
    entity = rng.choice(SUITABLE[template.id])
    by = (entity.aliases("creator") or ("",))[0]
    swap = None
    if rng.random() < REAL_SHARE:
        donors = [e.name for e in ENTITIES if e.kind == entity.kind and e.name != entity.name]
        swap = real_swap(rng, entity.name, donors, ENTITY_NAMES)
    answers = entity.aliases(template.aspect) if template.aspect else None
    real = Real(entity.name, lambda name: fill(template, name, entity.group, by), answers, template.style,
                template.kind, template.id)
    return real, swap or _invented(rng, entity.name)


def _capital(rng: random.Random) -> tuple[Real, Swap | None]:
    row = rng.choice([r for r in capitals.ROWS if r.name not in THE_COUNTRIES])
    if rng.random() < REAL_SHARE and _reversible(row):  # a real town that is no capital
        text, city, town = rng.choice(COUNTRY_OF), row.answers[0], rng.choice(TOWN_ROWS).name
        return Real(city, lambda name: text.format(city=name), row.subject), Swap(city, town, city, town, "swap_real")
    text = rng.choice(CAPITAL_OF)
    return Real(row.name, lambda name: text.format(c=name), row.answers), _whole(rng, row.name)


def _author(rng: random.Random) -> tuple[Real, Swap | None]:
    row = rng.choice(books.ROWS)
    title = rng.choice([t for t in row.subject if any(c.isalpha() for c in t)] or [row.name])
    swap = real_swap(rng, title, TITLES, TITLES) if rng.random() < REAL_SHARE else None
    text = rng.choice(AUTHOR_OF)
    real = Real(title, lambda name: text.format(t=name, T=sentence_case(name)), row.answers)
    return real, swap or _invented(rng, title)


def _element(rng: random.Random) -> tuple[Real, Swap | None]:
    e = rng.choice(elements.ROWS)
    text = rng.choice(NUMBER_OF + (SYMBOL_OF if e.symbol not in AMBIGUOUS_SYMBOLS else ()))
    name = e.name.lower()
    answers = (e.symbol,) if text in SYMBOL_OF else (str(e.number),)
    new = (rng.choice(MATERIALS) if rng.random() < REAL_SHARE
           else PROCEDURES[rng.choice(NAME_GENERATORS)].stem(rng).lower().rstrip("aeiouy") + "ium")
    swap = Swap(name, new, name, new, "swap_real" if new in MATERIALS else "swap_invented")
    return Real(name, lambda n: text.format(name=n), answers), swap


def _town(rng: random.Random) -> tuple[Real, Swap | None]:
    template, row = obscure.pick_town(rng)
    real = Real(row.name, lambda name: obscure.fill_town(template, name), row.answers, template.style, "place",
                template.id)
    return real, _whole(rng, row.name)


SOURCES: tuple[tuple[Callable[[random.Random], tuple[Real, Swap | None]], float], ...] = (
    (_entity, 0.45), (_capital, 0.15), (_author, 0.15), (_element, 0.1), (_town, 0.15))


def pair_id(real: str, twin: str) -> str:
    """The id a pair's two probes share: "pair-" and a hash of both questions without lead-ins."""
    key = f"{strip_lead_in(real).casefold()}\n{strip_lead_in(twin).casefold()}"
    return "pair-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def make_pair(rng: random.Random) -> tuple[Draft, Draft, Swap] | None:
    """One minimal pair (real draft, twin draft, the swap), or None when the source made none."""
    source = rng.choices([s for s, _ in SOURCES], weights=[w for _, w in SOURCES])[0]
    real, swap = source(rng)
    if swap is None:
        return None
    question, twin = casual_all(rng, (real.write(real.name), real.write(swap.twin)))
    pid, labels = pair_id(question, twin), (real.style, real.topic, real.template, swap.generator)
    return Draft(question, real.answers, *labels, pid), Draft(twin, None, *labels, pid), swap


def pairs(rng: random.Random) -> Iterator[tuple[Draft, Draft, Swap]]:
    """Endless distinct pairs whose real side is reserved for pairs (neither side repeats)."""
    seen: set[str] = set()
    while True:
        pair = make_pair(rng)
        if pair is None or not reserved_for_pairs(pair[0].question):
            continue
        keys = {strip_lead_in(d.question).casefold() for d in pair[:2]}
        if len(keys) == 2 and not keys & seen:
            seen |= keys
            yield pair


def draw_pairs(rng: random.Random, n: int) -> list[tuple[Draft, Draft, Swap]]:
    """The first `n` pairs of the stream (prefix-stable)."""
    stream = pairs(rng)
    return [next(stream) for _ in range(n)]


swap_source = Category("swap_source", True, lambda rng, n: [p[0] for p in draw_pairs(rng, n)],
                       "real questions from the tables that a minimal-pair twin was made from", stream="minimal_pairs")
swap_twin = Category("swap_twin", False, lambda rng, n: [p[1] for p in draw_pairs(rng, n)],
                     "the twins: a real question with one word or name swapped for an invented or mismatched one",
                     stream="minimal_pairs")
CATEGORIES = (swap_source, swap_twin)
