"""Contrastive entity probes: one set of question templates, filled with real or invented entities.

Elsewhere the answerable questions are mostly short factoids about a few fact tables, and open,
descriptive questions exist only about invented things, so a classifier can learn "table-shaped
factoid" versus "everything else" and then abstains on every open question a real user asks
("What does a snow leopard eat?", "What are the basic rules of cricket?"). Here the same
templates are filled with a real entity (`real_entity`, answerable) and with an invented entity
of the same kind and surface shape (`fictional_entity`, unanswerable), so only whether the entity
exists separates a pair: same template text, same style, same topic and template id.

Ten kinds (`probes.tables.entities.KINDS`). Each template has a style (factoid, open_ended,
descriptive, opinion-like phrasing with a consensus answer, speculative phrasing with a known
answer), a stable id "entity.<kind>.<aspect-or-name>", the aspect it asks about (graded with the
entity's aliases for it) or none (about a quarter: "Tell me about X.", "What are the basic rules
of X?"; graded answered/abstained), and the groups of the kind its wording suits ("What does X
eat?" fits animals, not plants). A draw picks a kind, then a style (so styles are equally
common), then a template of that kind and style; the real side then picks an entity that has the
template's aspect, the invented side a group with the same odds and a name shaped like that
group's real names ("the <word> leopard", "<stem>profen", "Lake <Word>", "the Battle of <Word>"),
the words made by one of the four name procedures of `probes.names` (syllable pseudo-words,
Markov names, blends, compounds: equal odds, each draft labelled with its `generator`), every
one checked to be no real word and no word of the real-entity table.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from probes.categories.base import (
    Category,
    Draft,
    casual,
    draw_distinct,
    forever,
    reserved_for_pairs,
    sentence_case,
    strip_lead_in,
)
from probes.categories.entity_names import Invented, invent
from probes.names import PROCEDURES

# The name procedures of `probes.names`, in a fixed order (also `probes.categories.NAME_GENERATORS`).
NAME_GENERATORS: tuple[str, ...] = ("pseudoword", "markov", "blend", "compound")
from probes.tables.entities import KINDS, Entity
from probes.tables.entity_templates import BY_CELL, GROUP_SLOTS, STYLE_ORDER, SUITABLE, TEMPLATES, Template


def fill(template: Template, name: str, group: str, by: str = "") -> str:
    """The question text of a template for an entity name of a group (sentence-cased)."""
    return sentence_case(template.text.format(e=name, by=by, **GROUP_SLOTS.get(group, {})))


def pick_template(rng: random.Random) -> Template:
    """A kind, then a style (equal shares), then a template of that kind and style."""
    kind = rng.choice(KINDS)
    style = rng.choice(STYLE_ORDER)
    return rng.choice(BY_CELL[(kind, style)])


def real_sample(rng: random.Random) -> tuple[Draft, Entity]:
    """One answerable draft and the real entity it asks about."""
    template = pick_template(rng)
    entity = rng.choice(SUITABLE[template.id])
    answers = entity.aliases(template.aspect) if template.aspect else None
    by = (entity.aliases("creator") or ("",))[0]
    question = casual(rng, fill(template, entity.name, entity.group, by))
    return Draft(question, answers, template.style, template.kind, template.id), entity


def fictional_sample(rng: random.Random) -> tuple[Draft, Invented]:
    """One unanswerable draft and the invented entity in it (group odds as on the real side; the
    name procedure drawn with equal odds from `NAME_GENERATORS`, which labels the draft)."""
    template = pick_template(rng)
    group = rng.choice(SUITABLE[template.id]).group
    generator = rng.choice(NAME_GENERATORS)
    invented = invent(rng, template.kind, group, generator)
    by = PROCEDURES[generator].person(rng)[0] if "{by}" in template.text else ""
    question = casual(rng, fill(template, invented.name, group, by))
    return Draft(question, None, template.style, template.kind, template.id, generator), invented


def _distinct(sample: Callable[[random.Random], tuple[Draft, object]], rng: random.Random, n: int,
              skip: Callable[[str], bool] | None = None) -> list:
    """Up to `n` (draft, entity) pairs with distinct questions (see `draw_distinct`)."""
    made: dict[str, object] = {}

    def make() -> Draft:
        draft, entity = sample(rng)
        made.setdefault(strip_lead_in(draft.question).casefold(), entity)
        return draft

    return [(d, made[strip_lead_in(d.question).casefold()]) for d in draw_distinct(forever(make), n, skip=skip)]


def draw_real(rng: random.Random, n: int) -> list[tuple[Draft, Entity]]:
    """Up to `n` distinct answerable drafts, each with its real entity (prefix-stable); questions
    reserved for the minimal pairs are left to them."""
    return _distinct(real_sample, rng, n, reserved_for_pairs)


def draw_fictional(rng: random.Random, n: int) -> list[tuple[Draft, Invented]]:
    """Up to `n` distinct unanswerable drafts, each with its invented entity (prefix-stable)."""
    return _distinct(fictional_sample, rng, n)


def real_pool() -> list[tuple[Draft, Entity]]:
    """Every (template, real entity) question without lead-ins: the finite answerable pool."""
    out = []
    for t in TEMPLATES:
        for e in SUITABLE[t.id]:
            by = (e.aliases("creator") or ("",))[0]
            answers = e.aliases(t.aspect) if t.aspect else None
            out.append((Draft(fill(t, e.name, e.group, by), answers, t.style, t.kind, t.id), e))
    return out


real_entity = Category(
    "real_entity",
    True,
    lambda rng, n: [d for d, _ in draw_real(rng, n)],
    "factoid, open, descriptive, opinion-like and speculative questions about real, well-known entities",
)
fictional_entity = Category(
    "fictional_entity",
    False,
    lambda rng, n: [d for d, _ in draw_fictional(rng, n)],
    "the real_entity templates filled with invented entities of the same kind and name shape",
)

CATEGORIES = (real_entity, fictional_entity)
