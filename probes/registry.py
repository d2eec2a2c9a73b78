"""Named suites: `load_suite` builds a fresh, deterministic suite from the categories.

"default" is half answerable, half unanswerable, each half spread over its categories in
proportion to their weights (`probes.categories.WEIGHTS`);
"answerable" and "unanswerable" are one half on its own; every category name is a suite of that
category alone; `NAMED` suites ("claims": `probes.claims.suite`) stand apart from "default" and
are loaded on first use. Each category draws from its own rng seeded by (seed, category), so a suite is
a pure function of (name, size, seed). When a finite category runs short, the shortfall moves
to the other categories of the same half. Names that look like files load with `from_file`.
Every generated probe carries a `generator` label (the draft's, else its category's default,
`probes.categories.default_generator`) and, for minimal pairs, the `pair` id of its twin.
"""

from __future__ import annotations

import random
from pathlib import Path

from probes.categories import ALL, ANSWERABLE, BY_NAME, UNANSWERABLE, Category, default_generator
from probes.suite import Probe, ProbeSuite, make_id

GROUPS: dict[str, tuple[Category, ...]] = {"default": ALL, "answerable": ANSWERABLE, "unanswerable": UNANSWERABLE}
# Named suites outside "default", built on first use: name -> (module, attribute) of their categories.
NAMED: dict[str, tuple[str, str]] = {"claims": ("probes.claims.suite", "CATEGORIES")}
FILE_SUFFIXES = (".jsonl", ".json", ".csv", ".ndjson")


def list_suites() -> list[str]:
    """Suite names `load_suite` accepts (besides file paths)."""
    return [*GROUPS, *(c.name for c in ALL), *NAMED]


def load_suite(name: str = "default", size: int = 400, seed: int = 0) -> ProbeSuite:
    """A generated suite of `size` probes (fewer only if the categories run out), or a file."""
    if name in NAMED:
        import importlib

        module, attribute = NAMED[name]
        GROUPS[name] = getattr(importlib.import_module(module), attribute)
    if name not in GROUPS and name not in BY_NAME:
        if name.lower().endswith(FILE_SUFFIXES) or Path(name).is_file():
            from probes.files import from_file

            return from_file(name)
        raise ValueError(f"unknown suite {name!r}; choose from {list_suites()} or give a file path")
    if size < 0:
        raise ValueError("size must be >= 0")
    if name == "default":
        half = _split_half(size, seed)
        probes = _draw_group(ANSWERABLE, half[0], seed) + _draw_group(UNANSWERABLE, half[1], seed)
    else:
        probes = _draw_group(GROUPS.get(name, (BY_NAME.get(name),)), size, seed)  # type: ignore[arg-type]
    random.Random(f"order:{seed}:{name}").shuffle(probes)
    return ProbeSuite(name, tuple(probes), seed)


def _split_half(size: int, seed: int) -> tuple[int, int]:
    """Answerable and unanswerable counts; an odd probe goes to a side chosen by the seed."""
    a = size // 2 + (size % 2 if random.Random(f"half:{seed}").random() < 0.5 else 0)
    return a, size - a


def quotas(categories: tuple[Category, ...], size: int, seed: int) -> dict[str, int]:
    """`size` split over categories in proportion to their weights; the largest remainders get
    what rounding down leaves (ties broken by the seed)."""
    total = sum(c.weight for c in categories)
    exact = {c.name: size * c.weight / total for c in categories}
    out = {name: int(v) for name, v in exact.items()}
    rng = random.Random(f"quota:{seed}:{size}")
    order = sorted(categories, key=lambda c: (out[c.name] - exact[c.name], rng.random()))
    for cat in order[: size - sum(out.values())]:
        out[cat.name] += 1
    return out


def _draw_group(categories: tuple[Category, ...], size: int, seed: int) -> list[Probe]:
    """Fill per-category quotas, re-drawing with larger quotas where other categories ran short."""
    want = quotas(categories, size, seed)
    drawn: dict[str, list[Probe]] = {}
    exhausted: set[str] = set()
    while True:
        for cat in categories:
            if cat.name not in drawn or (len(drawn[cat.name]) < want[cat.name] and cat.name not in exhausted):
                drawn[cat.name] = _draw_category(cat, want[cat.name], seed)
                if len(drawn[cat.name]) < want[cat.name]:
                    exhausted.add(cat.name)
        shortfall = sum(want[c.name] - len(drawn[c.name]) for c in categories)
        open_cats = [c for c in categories if c.name not in exhausted]
        if shortfall <= 0 or not open_cats:
            break
        for cat in categories:
            want[cat.name] = len(drawn[cat.name]) if cat.name in exhausted else want[cat.name]
        for name, extra in quotas(tuple(open_cats), shortfall, seed).items():
            want[name] += extra
    return [p for cat in categories for p in drawn[cat.name]]


def _draw_category(cat: Category, n: int, seed: int) -> list[Probe]:
    """`n` probes of one category; the first k of a larger draw equal a draw of k (prefix-stable)."""
    rng = random.Random(f"{seed}:{cat.stream or cat.name}")
    probes: list[Probe] = []
    ids: set[str] = set()
    for draft in cat.draw(rng, n):
        pid = make_id(cat.name, draft.question)
        if pid in ids:  # hash prefix collision between different questions: lengthen
            pid = make_id(cat.name, draft.question, digits=12)
        ids.add(pid)
        generator = draft.generator or default_generator(cat)
        probes.append(Probe(pid, draft.question, draft.answers, cat.answerable, cat.name, draft.style, draft.topic,
                            draft.template, generator, draft.pair))
    return probes
