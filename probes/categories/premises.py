"""True and false premises built from real facts (generator "false_premise_real").

The same question templates carry a true premise (answerable, with gold answers) and a false one
made by putting a real but mismatched person, film or country in: "In which year did Albert
Einstein receive the Nobel Prize in Physics?" (1921) beside "In which year did Nikola Tesla
receive the Nobel Prize in Physics?" (he never did); "When did Steven Spielberg direct Jaws?"
beside "When did Stanley Kubrick direct Jaws?"; "Which sea or ocean does the coast of Peru
face?" beside "... of Bolivia ..." (landlocked). `premise_true` keeps the true sides and
`premise_false` the false ones; both draw one stream (like `probes.categories.pairs`), so the
k-th probes of each share a `pair` id and the generator. Facts: `probes.tables.premises`. The
older `false_premise` category (swapped table facts, classic misconceptions) stays as it was.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

from probes.categories.base import Category, Draft, casual_all, strip_lead_in
from probes.categories.pairs import pair_id
from probes.tables.premises import COAST_ROWS, FILM_ROWS, LANDLOCKED, LAUREATE_ROWS, NON_LAUREATE_ROWS

GENERATOR = "false_premise_real"
NOBEL = (  # (style, text, graded: the true side has the year as gold)
    ("factoid", "In which year did {p} receive {prize}?", True),
    ("factoid", "When was {p} awarded {prize}?", True),
    ("open_ended", "Why did {p} win {prize}?", False),
    ("descriptive", "Describe the work for which {p} received {prize}.", False),
    ("speculative", "If I read {p}'s lecture for {prize}, what would it be about?", False),
)
FILM = (
    ("factoid", "When did {d} direct {f}?", True),
    ("factoid", "In what year did {d} make the film {f}?", True),
    ("open_ended", "Why did {d} decide to direct {f}?", False),
    ("opinion", "What do most critics admire about the way {d} directed {f}?", False),
)
COAST = (
    ("factoid", "Which sea or ocean does the coast of {c} face?", True),
    ("factoid", "What body of water lies along the coastline of {c}?", True),
    ("descriptive", "Describe the beaches along the coast of {c}.", False),
    ("speculative", "If I sailed along the coast of {c}, which waters would I be sailing on?", True),
)


def prize(field: str) -> str:
    """"the Nobel Prize in Physics", "the Nobel Peace Prize", "the Nobel Prize in Economic Sciences"."""
    return "the Nobel Peace Prize" if field == "Peace" else f"the Nobel Prize in {field}"


def _nobel(rng: random.Random) -> tuple[str, str, str, tuple[str, ...] | None]:
    name, field, years = rng.choice(LAUREATE_ROWS)
    other = rng.choice([r for r in NON_LAUREATE_ROWS if r[1] == field] or NON_LAUREATE_ROWS)[0]
    style, text, graded = rng.choice(NOBEL)
    gold = tuple(y for year in years.split(" / ") for y in (year, f"in {year}")) if graded else None
    return style, text.format(p=name, prize=prize(field)), text.format(p=other, prize=prize(field)), gold


def _film(rng: random.Random) -> tuple[str, str, str, tuple[str, ...] | None]:
    title, directors, year = rng.choice(FILM_ROWS)
    other = rng.choice([d for _, d, _ in FILM_ROWS if d[0] != directors[0]])[0]
    style, text, graded = rng.choice(FILM)
    return style, text.format(d=directors[0], f=title), text.format(d=other, f=title), \
        (year, f"in {year}") if graded else None


def _coast(rng: random.Random) -> tuple[str, str, str, tuple[str, ...] | None]:
    country, waters = rng.choice(COAST_ROWS)
    style, text, graded = rng.choice(COAST)
    return style, text.format(c=country), text.format(c=rng.choice(LANDLOCKED)), waters if graded else None


SOURCES = ((_nobel, 0.45), (_film, 0.35), (_coast, 0.2))


def premise_pairs(rng: random.Random, patience: int = 500) -> Iterator[tuple[Draft, Draft]]:
    """Distinct (true premise, false premise) drafts sharing style, pair id and generator; ends
    after `patience` repeats in a row (the tables are finite)."""
    seen: set[str] = set()
    misses = 0
    while misses < patience:
        source = rng.choices([s for s, _ in SOURCES], weights=[w for _, w in SOURCES])[0]
        style, true_q, false_q, gold = source(rng)
        true_q, false_q = casual_all(rng, (true_q, false_q))
        keys = {strip_lead_in(q).casefold() for q in (true_q, false_q)}
        if len(keys) < 2 or keys & seen:
            misses += 1
            continue
        seen, misses = seen | keys, 0
        pid = pair_id(true_q, false_q)
        yield Draft(true_q, gold, style, "", "", GENERATOR, pid), Draft(false_q, None, style, "", "", GENERATOR, pid)


def draw_premises(rng: random.Random, n: int) -> list[tuple[Draft, Draft]]:
    """The first `n` premise pairs (prefix-stable; fewer if the tables run out)."""
    return list(itertools.islice(premise_pairs(rng), n))


premise_true = Category("premise_true", True, lambda rng, n: [a for a, _ in draw_premises(rng, n)],
                        "true premises from real facts: laureates' prizes, films' directors, coasts",
                        stream="real_premises")
premise_false = Category("premise_false", False, lambda rng, n: [b for _, b in draw_premises(rng, n)],
                         "the same questions with a mismatched real person, film or landlocked country",
                         stream="real_premises")
CATEGORIES = (premise_true, premise_false)
