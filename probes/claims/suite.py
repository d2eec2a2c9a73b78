"""The claims question set: open questions about real entities with evidence, and invented twins.

`load_suite("claims", size, seed)` (registered in `probes.registry`, not part of "default") draws
two categories, three real questions to one invented:
- "claims" (answerable, answers None, generator "claims"): every entity that `lookup` can give
  evidence for (`probes.claims.evidence.entity_names`), shuffled by the seed, each asked once with
  one of the templates of its kind ("Who was X?", "Tell me about X.", "What is X known for?",
  "Describe X.", "Give me an overview of X."; style "open_ended" or "descriptive"). With the
  optional `claims` extra about 9,900 entities; without it about 650 (entity, country and
  element tables). The pool and so the suite differ with and without the extra.
- "claims_invented" (unanswerable, generator: the name procedure): the same templates about an
  invented entity of a group like the real ones (`probes.categories.entity_names.invent`).
  Every informative claim about one is labelled contradicted by `probes.claims.grading`.
`evidence_for(probe)` reads the entity back from the question through its template and returns its
`Evidence` (for an invented one, `exists=False`). Deterministic by seed; prefix-stable.
"""

from __future__ import annotations

import random
import re

from probes.categories.base import Category, Draft, draw_distinct, sentence_case
from probes.claims.evidence import Evidence, entity_names, lookup
from probes.claims.grading import label_claim
from probes.suite import Probe

TEMPLATES: dict[str, tuple[str, str]] = {  # id -> (style, text)
    "claims.who_was": ("open_ended", "Who was {e}?"),
    "claims.who_is": ("open_ended", "Who is {e}?"),
    "claims.tell": ("open_ended", "Tell me about {e}."),
    "claims.known_for": ("open_ended", "What is {e} known for?"),
    "claims.describe": ("descriptive", "Describe {e}."),
    "claims.biography": ("descriptive", "Give me a short biography of {e}."),
    "claims.overview": ("descriptive", "Give me an overview of {e}."),
}
PERSON_TEMPLATES = ("claims.who_was", "claims.tell", "claims.known_for", "claims.biography")
THING_TEMPLATES = ("claims.tell", "claims.known_for", "claims.describe", "claims.overview")
# Groups of invented names (`probes.categories.entity_names.NAMERS`) for each kind of real entity.
INVENTED_GROUPS: dict[str, tuple[str, ...]] = {
    "person": ("person",), "place": ("city", "river", "mountain", "lake", "landmark"),
    "work": ("film", "book", "painting", "song"), "event": ("event",), "technology": ("device", "concept"),
    "living": ("animal", "plant", "disease", "drug"), "animal": ("animal", "plant"), "medicine": ("drug", "disease"),
    "food": ("dish",), "sport": ("sport", "game"), "organisation": ("company", "body"), "everyday": ("dish", "game"),
    "element": ("concept",), "concept": ("concept",),
}
_PATTERNS = {tid: re.compile("^" + re.escape(text).replace(re.escape("{e}"), "(?P<e>.+)") + "$", re.I)
             for tid, (_, text) in TEMPLATES.items()}
NAME_GENERATORS = ("pseudoword", "markov", "blend", "compound")


def question(template: str, name: str) -> str:
    return sentence_case(TEMPLATES[template][1].format(e=name))


def draw_real(rng: random.Random, n: int) -> list[Draft]:
    """Up to `n` questions about distinct real entities (prefix-stable for a seed)."""
    pool = entity_names()
    order = list(range(len(pool)))
    rng.shuffle(order)

    def stream():
        for i in order:
            name, kind = pool[i]
            tid = rng.choice(PERSON_TEMPLATES if kind == "person" else THING_TEMPLATES)
            yield Draft(question(tid, name), None, TEMPLATES[tid][0], kind, tid, "claims")

    return draw_distinct(stream(), n)


def draw_invented(rng: random.Random, n: int) -> list[Draft]:
    """Up to `n` questions about invented entities shaped like the real ones (prefix-stable)."""
    from probes.categories.entity_names import invent

    kinds = [kind for _, kind in entity_names()]

    def stream():
        while True:
            kind = rng.choice(kinds)
            group = rng.choice(INVENTED_GROUPS.get(kind, ("concept",)))
            generator = rng.choice(NAME_GENERATORS)
            made = invent(rng, kind, group, generator)
            tid = rng.choice(PERSON_TEMPLATES if group == "person" else THING_TEMPLATES)
            if tid == "claims.who_was" and rng.random() < 0.3:
                tid = "claims.who_is"
            yield Draft(question(tid, made.name), None, TEMPLATES[tid][0], kind, tid, generator)

    return draw_distinct(stream(), n)


def entity_of(probe: Probe) -> str:
    """The entity a claims question asks about, read back through its template."""
    pattern = _PATTERNS.get(probe.template)
    m = pattern.match(probe.question.strip()) if pattern else None
    if not m:
        raise ValueError(f"probe {probe.id}: not a claims question (template {probe.template!r})")
    name = m.group("e")
    return name[:1].lower() + name[1:] if name.startswith(("The ", "A ", "An ")) else name


def evidence_for(probe: Probe) -> Evidence:
    """The evidence for a claims probe: looked up for a real entity, empty (`exists=False`) for an
    invented one. LookupError when a real entity has none here (e.g. a suite drawn with the
    optional extra, read without it)."""
    name = entity_of(probe)
    if not probe.answerable:
        return Evidence(name, exists=False)
    found = lookup(name)
    if found is None:
        raise LookupError(f"no evidence for {name!r} (probe {probe.id}); a suite drawn with the optional "
                          "Wikipedia summaries needs them installed: pip install 'hallucination-guard[claims]'")
    return found


CATEGORIES: tuple[Category, ...] = (
    Category("claims", True, draw_real, "open questions about real entities that have evidence", weight=3.0),
    Category("claims_invented", False, draw_invented, "the same open questions about invented entities", weight=1.0),
)


CLAIM_CATEGORIES = ("claims", "claims_invented")


def claim_labels(probe: Probe, claim_texts: list[str]) -> tuple[str | None, ...]:
    """Each claim's label against the probe's evidence ("supported", "contradicted",
    "unverifiable"), or None each for a question without evidence."""
    if probe.category not in CLAIM_CATEGORIES:
        return (None,) * len(claim_texts)
    evidence = evidence_for(probe)
    return tuple(label_claim(t, evidence, probe.question).value for t in claim_texts)
