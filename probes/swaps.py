"""One-word swaps that turn a real name into a name of nothing: the twin side of a minimal pair.

`slot` picks the word of a name to swap: its last capitalised word that is no head noun, frame
word or common English word ("Curie" in "Marie Curie", "Eiffel" in "the Eiffel Tower", "Boston"
in "the Boston Tea Party"), else its last capitalised content word ("Prejudice" in "the novel
Pride and Prejudice"), else its first lowercase content word ("snow" in "the snow leopard"); a
one-word name is swapped whole. `invented_swap` puts an invented word there (from one of the name
procedures of `probes.names`, capitalised like the word it replaces; a drug keeps its ending:
"ibuprofen" -> "carlisprofen"); `real_swap` puts the same slot's word of another real name there
("Pride and Punishment", "Marie Darwin"), and only if the result is no real name. Pure functions
of a caller's `random.Random`; which questions they go into lives in `probes.categories.pairs`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from probes.categories.entity_names import DRUG_SUFFIXES, REAL_DRUG_NAMES, join
from probes.lexicon import common_words
from probes.names import Procedure

FRAME_WORDS = frozenset("""
the of and a an in on at to for by with from novel film song painting de von van da di del la le du el al
tower bridge palace castle cathedral temple river lake mount battle treaty siege fire revolution war crisis
wall canal falls desert ocean sea mountains islands island park square gate house opera museum church abbey
empire kingdom republic great golden united new saint st north south east west city state states statue
organization organisation association union company society institute university foundation council party
code cup games prize award
""".split())


@dataclass(frozen=True)
class Swap:
    """A real name, its twin with one word swapped, the words swapped, and how ("swap_invented",
    "swap_real")."""

    real: str
    twin: str
    old: str
    new: str
    generator: str


def slot(name: str) -> str | None:
    """The word of `name` to swap, or None when it has no word of letters to swap."""
    words = [w for w in name.split() if re.fullmatch(r"[A-Za-z][A-Za-z'-]*[A-Za-z]", w)]
    content = [w for w in words if w.lower() not in FRAME_WORDS]
    if not content:
        return None
    capitalised = [w for w in content if w[0].isupper()]
    proper = [w for w in capitalised if w.lower() not in common_words()]
    return (proper or capitalised or content)[-1 if capitalised else 0]


def replace_word(name: str, old: str, new: str) -> str:
    """`name` with its word `old` (the last whole-word occurrence) replaced by `new`."""
    matches = list(re.finditer(rf"(?<![\w'-]){re.escape(old)}(?![\w'-])", name))
    if not matches:
        raise ValueError(f"{old!r} is no word of {name!r}")
    m = matches[-1]
    return name[: m.start()] + new + name[m.end() :]


def like(word: str, model: str) -> str:
    """`word` capitalised as `model` is: "Velka"/"velka" for "Curie"/"snow"."""
    return word[:1].upper() + word[1:].lower() if model[:1].isupper() else word.lower()


def invented_swap(rng: random.Random, name: str, proc: Procedure) -> Swap | None:
    """`name` with its slot word replaced by an invented word of `proc` (None without a slot)."""
    old = slot(name)
    if old is None:
        return None
    suffix = next((s for s in DRUG_SUFFIXES if old.lower().endswith(s)), "") if " " not in name else ""
    while True:
        new = join(proc.stem(rng), suffix) if suffix else like(proc.word(rng), old)
        if new.lower() != old.lower() and new.lower() not in REAL_DRUG_NAMES:
            return Swap(name, replace_word(name, old, new), old, new, "swap_invented")


def real_swap(rng: random.Random, name: str, donors: Sequence[str], real_names: Collection[str]) -> Swap | None:
    """`name` with its slot word replaced by the slot word of another real name among `donors`,
    written with the same capitalisation; None for a one-word name (nothing of it would be left)
    or if no donor gives a name outside `real_names`."""
    old = slot(name)
    if old is None or len([w for w in name.split() if w.lower() not in FRAME_WORDS]) < 2:
        return None
    known = {n.casefold() for n in real_names}
    for donor in rng.sample(list(donors), min(len(donors), 12)):
        new = slot(donor)
        if new is None or new.lower() == old.lower() or new.lower() in name.lower():
            continue
        new = like(new, old) if new[:1].isupper() == old[:1].isupper() else None
        if new is None:
            continue
        twin = replace_word(name, old, new)
        if twin.casefold() not in known:
            return Swap(name, twin, old, new, "swap_real")
    return None
