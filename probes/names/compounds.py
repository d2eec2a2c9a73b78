"""Invented names compounded from real English words: "Northgate", "Silverfern", "Ashbrook"; the
frames around them ("the {} Institute", "{} Industries", "the {} Treaty", "{}'s theorem") come from
the invented-entity templates, so they read "the Northgate Institute", "Ashbrook's theorem".

A compound is a first part (a direction, colour, metal, tree, landform: `FIRSTS`) and a second
part (a place-name or nature word: `SECONDS`) written as one capitalised word. Every word is
checked with `probes.names.reality` (the lexicon holds "moonlight", "blackbird"; the lists hold real
places such as "Silverstone"; `REAL_COMPOUNDS` the well-known rest), so it sounds real but is not
a name we know (about 8% still spell some real village or suburb, as English place names are
built the same way). A person is a real English given name and a compound surname. Deterministic
for a caller's `random.Random`. Leaves out compounds of other languages and real surnames used
alone (too many are also real places: Austin, Sutton).
"""

from __future__ import annotations

import random

from probes.categories.base import words
from probes.names.reality import is_real_token
from probes.tables.name_lists import names

FIRSTS = words("""
north, south, east, west, silver, gold, stone, oak, ash, elm, red, black, white, green, iron, copper, bright, high,
star, sun, moon, river, lake, hill, wood, mill, bridge, fern, thorn, rose, raven, hawk, fox, wolf, deer, amber,
frost, storm, cloud, rain, snow, winter, summer, maple, willow, birch, cedar, pine, heather, bramble, marsh, moss,
glen, cliff, sand, salt, crown, king, queen, bell, church, castle, harbour, haven, meadow, orchard, long, broad
""")
SECONDS = words("""
gate, fern, brook, field, wood, stone, ford, wick, haven, crest, vale, mere, holm, ridge, moor, bury, light,
water, fall, watch, wright, combe, dale, hurst, leigh, more, shaw, stead, thorne, well, worth, bridge, point,
reach, hollow, mount, cross, march, hold, bank, view, croft, fold, garth, hythe, wold, spire, lock, hall, yard
""")


def compound_word(rng: random.Random) -> str:
    """A capitalised compound of two real words ("Northgate") that is no real word or name we know."""
    while True:
        first, second = rng.choice(FIRSTS), rng.choice(SECONDS)
        word = first + second[1:] if first[-1] == second[0] else first + second
        if first != second and 7 <= len(word) <= 13 and not is_real_token(word):
            return word.capitalize()


def compound_name(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """A real English given name and a compound surname ("Eleanor Ashbrook"); parts: the surname."""
    surname = compound_word(rng)
    return f"{rng.choice(names('GIVEN_NAMES', 'en'))} {surname}", (surname,)
