"""Answerable: real but little-known places and facts (generator "obscure").

Small towns asked through the real-entity place templates ("Which country is Skien in?", "If I
visited Kolokani, which country would I be in?", five styles; gold: the country's names and
adjective), US counties ("Which US state is Yoakum County in?"), the seats of dependent
territories ("What is the capital of Wallis and Futuna?") and currencies only one country uses
("What is the currency of Vanuatu?"), from `probes.tables.obscure_places`. A model may or may not
know them: the guard labels them by what the model answers (a wrong answer to an obscure but
real question counts as "does not know"), so their value is real names of every shape - the same
shapes the invented-name procedures make - on the answerable side. Questions reserved for the
minimal pairs (`probes.categories.pairs`, which twin the towns) are left to them.
"""

from __future__ import annotations

import random
from dataclasses import replace

from probes.categories.base import Category, Draft, casual, draw_distinct, forever, reserved_for_pairs
from probes.categories.entities import fill
from probes.categories.places import CAPITAL_OF, CAPITAL_OPEN
from probes.tables import Row
from probes.tables.entity_templates import TEMPLATES, Template
from probes.tables.obscure_places import COUNTY_ROWS, CURRENCY_ROWS, TERRITORY_ROWS, TOWN_ROWS

TOWN_TEMPLATES: tuple[Template, ...] = tuple(t for t in TEMPLATES if t.kind == "place" and t.aspect == "where")
COUNTY_TEMPLATES = (  # (style, text)
    ("factoid", "Which US state is {e} in?"),
    ("factoid", "In which state is {e}?"),
    ("open_ended", "Can you explain where {e} is located?"),
    ("descriptive", "Describe the location of {e}."),
    ("opinion", "Which state do most people associate {e} with?"),
    ("speculative", "If I drove through {e}, which state would I be in?"),
)
CURRENCY_TEMPLATES = (
    ("factoid", "What is the currency of {c}?"),
    ("factoid", "What money is used in {c}?"),
    ("open_ended", "Tell me about the currency of {c}: what is it called?"),
    ("speculative", "If I travelled to {c}, which currency would I need?"),
)
SHARES = (("town", 0.55), ("county", 0.2), ("territory", 0.12), ("currency", 0.13))


def pick_town(rng: random.Random) -> tuple[Template, Row]:
    """A place template that asks for the country, and a town."""
    return rng.choice(TOWN_TEMPLATES), rng.choice(TOWN_ROWS)


def fill_town(template: Template, name: str) -> str:
    """A town template's question for a town name."""
    return fill(template, name, "city")


def _town(rng: random.Random) -> Draft:
    template, row = pick_town(rng)
    return Draft(casual(rng, fill_town(template, row.name)), row.answers, template.style, "place", template.id)


def _county(rng: random.Random) -> Draft:
    style, text = rng.choice(COUNTY_TEMPLATES)
    row = rng.choice(COUNTY_ROWS)
    return Draft(casual(rng, text.format(e=row.name)), row.answers, style, "place", "obscure.county")


def _territory(rng: random.Random) -> Draft:
    row = rng.choice(TERRITORY_ROWS)
    if rng.random() < 0.2:
        return Draft(rng.choice(CAPITAL_OPEN).format(c=row.name), row.answers, "open_ended", "place", "obscure.territory")
    return Draft(casual(rng, rng.choice(CAPITAL_OF).format(c=row.name)), row.answers, "factoid", "place",
                 "obscure.territory")


def _currency(rng: random.Random) -> Draft:
    style, text = rng.choice(CURRENCY_TEMPLATES)
    row = rng.choice(CURRENCY_ROWS)
    return Draft(casual(rng, text.format(c=rng.choice(row.subject))), row.answers, style, "place", "obscure.currency")


MAKERS = {"town": _town, "county": _county, "territory": _territory, "currency": _currency}


def obscure_draft(rng: random.Random) -> Draft:
    """One obscure question: a town, county, territory or currency by `SHARES`."""
    kind = rng.choices([k for k, _ in SHARES], weights=[w for _, w in SHARES])[0]
    return MAKERS[kind](rng)


def draw_obscure(rng: random.Random, n: int) -> list[Draft]:
    """Up to `n` distinct obscure questions labelled generator "obscure" (prefix-stable)."""
    drafts = draw_distinct(forever(lambda: obscure_draft(rng)), n, skip=reserved_for_pairs)
    return [replace(d, generator="obscure") for d in drafts]


CATEGORIES = (
    Category("obscure", True, draw_obscure, "real but little-known towns, counties, territories' capitals and currencies"),
)
