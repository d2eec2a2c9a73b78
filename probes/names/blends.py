"""Invented names that blend real words and name parts: "Carlisbourne", "Pembrokeshaw",
"Margaret Whitlingham" (a real first name and a blended surname).

A blend joins the head of one real name to a real name's ending: a head is the whole name or its
front up to a consonant after a vowel ("Carlis|le", "Pembrok|e"), an ending is one of `TAILS`
("bourne", "shaw", "ford", "wick", ...), each the back of many real English place names and
surnames. Heads come from the English place and surname lists of `probes.tables.name_lists`, so
the blends read like English names; a person keeps a real given name of the same list. A blend is kept only if it has 8 to 11 letters (shorter ones often spell a real village,
longer ones are longer than real names), no three consonants running across the seam, no letter three times in a
row, and `probes.names.reality` knows no real word or name spelled that way. Deterministic for a
caller's `random.Random`. Leaves out blends of other languages (the Markov chains cover those).
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

from probes.names.reality import is_real_token
from probes.tables.name_lists import names

VOWELS = frozenset("aeiouy")
# Endings of real English place names and surnames.
TAILS = ("bourne", "borough", "bury", "by", "caster", "chester", "combe", "dale", "den", "don", "field", "ford",
         "gate", "ham", "hampton", "hurst", "ington", "leigh", "ley", "minster", "mouth", "more", "shaw", "stead",
         "stoke", "stow", "thorpe", "ton", "wich", "wick", "worth", "well", "holme", "brook", "wood", "ridge")


def heads(word: str) -> tuple[str, ...]:
    """Front parts of a real name that end in a consonant after a vowel (at least three letters),
    and the whole name: "Carlisle" -> ("car", "carlis", "carlisle")."""
    w = word.lower()
    cuts = [i + 1 for i in range(2, len(w) - 1) if w[i - 1] in VOWELS and w[i] not in VOWELS]
    return tuple(w[:i] for i in cuts) + (w,)


@lru_cache(maxsize=1)
def _pools() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Real English place names and surnames to take heads from, and real English given names."""
    sources = tuple(n for n in names("PLACE_NAMES", "en") + names("SURNAMES", "en") if n.isalpha())
    return sources, names("GIVEN_NAMES", "en")


def join(head: str, tail: str) -> str:
    """Head + tail, dropping a doubled seam letter ("carlis" + "shaw" stays, "ash" + "ham" -> "asham")."""
    if head[-1] == tail[0]:
        tail = tail[1:]
    return head + tail


def acceptable(word: str, sources: tuple[str, ...], seam: int = 0) -> bool:
    """Length, no triple letters or three consonants across the seam (at index `seam`), not a
    real name, and not simply one of its sources."""
    across = word[max(0, seam - 2) : seam + 2]
    return (8 <= len(word) <= 11 and not re.search(r"(.)\1\1|[^aeiouy]{4}", word)
            and not re.search(r"[^aeiouy]{3}", across) and word.capitalize() not in sources
            and not is_real_token(word))


def blend_word(rng: random.Random) -> str:
    """A capitalised blend: the head of one real name and a real name ending it does not have."""
    sources, _ = _pools()
    while True:
        source = rng.choice(sources)
        head, tail = rng.choice(heads(source)), rng.choice(TAILS)
        word = join(head, tail)
        if not source.lower().endswith(tail) and acceptable(word, sources, len(head)):
            return word.capitalize()


def blend_name(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """A real English given name and a blended surname; the parts are the invented surname only."""
    _, given = _pools()
    surname = blend_word(rng)
    return f"{rng.choice(given)} {surname}", (surname,)
