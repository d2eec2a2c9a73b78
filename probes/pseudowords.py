"""Pronounceable pseudo-words for invented entities, checked not to be real words.

Words are built from onset + vowel + coda syllables drawn with a caller's `random.Random`, so
the same seed gives the same words. Each candidate is rejected if it (or it minus a short
ending) is in the shipped lexicon (`probes.lexicon`), contains an offensive fragment, or has
awkward letter runs. Invented names therefore never coincide with an entity the answerable
tables reference or with a common English word.
"""

from __future__ import annotations

import random
import re

from probes.lexicon import is_real_word

ONSETS = (
    "b",
    "br",
    "d",
    "dr",
    "f",
    "fl",
    "g",
    "gl",
    "gr",
    "k",
    "kr",
    "kv",
    "l",
    "m",
    "n",
    "p",
    "pr",
    "r",
    "s",
    "sk",
    "st",
    "t",
    "tr",
    "v",
    "vr",
    "z",
    "zh",
    "th",
    "sh",
    "ch",
    "j",
    "h",
    "y",
    "qu",
    "x",
    "",
)
VOWELS = ("a", "e", "i", "o", "u", "a", "e", "o", "i", "a", "ai", "ei", "ou", "y")
CODAS = ("", "", "", "", "", "", "n", "r", "l", "s", "th", "k", "m", "x", "nd", "rn", "v", "z")
BLOCKED = (
    "fuck",
    "shit",
    "cunt",
    "nig",
    "fag",
    "cum",
    "dick",
    "cock",
    "tit",
    "puss",
    "rape",
    "slut",
    "whor",
    "porn",
    "anus",
    "anal",
    "sex",
    "kkk",
    "nazi",
    "jew",
    "gay",
    "piss",
    "poo",
    "fart",
    "butt",
    "turd",
    "twat",
    "wank",
    "hitl",
    "kill",
    "dead",
    "die",
)
_BAD_RUNS = re.compile(
    r"(.)\1|[aeiouy]{3}|(?!th|sh|ch|zh)[^aeiouy]{2}[^aeiouy]|q(?!u)|[xj]h|h[^aeiouy]|y[aeiou]|[aeiou]y"
)


def syllable(rng: random.Random) -> str:
    """One onset-vowel-coda syllable."""
    return rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)


def is_acceptable(word: str) -> bool:
    """Shape, taste and reality checks for a candidate pseudo-word (lowercase or not)."""
    w = word.lower()
    return (
        5 <= len(w) <= 11
        and w.isalpha()
        and not _BAD_RUNS.search(w)
        and not any(b in w for b in BLOCKED)
        and not is_real_word(w)
    )


def pseudo_word(rng: random.Random, syllables: tuple[int, int] = (2, 3)) -> str:
    """A capitalised pseudo-word of 2-3 syllables that passes `is_acceptable`."""
    while True:
        n = rng.randint(*syllables)
        word = "".join(syllable(rng) for _ in range(n))
        if is_acceptable(word):
            return word.capitalize()


def pseudo_name(rng: random.Random) -> str:
    """A two-part personal name, e.g. "Velkaro Drisbane": given name and surname both invented."""
    given = pseudo_word(rng, (2, 2))
    family = pseudo_word(rng, (2, 3))
    while family == given:
        family = pseudo_word(rng, (2, 3))
    return f"{given} {family}"
