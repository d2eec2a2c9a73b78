"""Words of a sentence with their character offsets, and whether a word reads as a finite verb.

`tokenize` cuts text into words (letters with inner apostrophes and hyphens), numbers ("3,500",
"3.5") and single punctuation marks, each with its offsets; `is_verb` says whether a token is a
finite verb by the word list (`lexicon.VERBS`) or, for an "-ed" word, by its position (not after an
article or adverb, and before a function word, a capital or a digit). No part-of-speech model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from probes.claims.lexicon import FUNCTION_WORDS, VERBS

_TOKEN = re.compile(r"[^\W\d_][\w'\u2019-]*|\d(?:[\d,.]*\d)?|\S")
_NOT_VERB_BEFORE = frozenset("the a an very well most highly widely its his her their this".split())


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def is_verb(toks: list[Token], k: int) -> bool:
    """Whether token k reads as a finite verb (the word list, or an "-ed" word in verb position)."""
    if k >= len(toks):
        return False
    word = toks[k].text
    if not (word.islower() or (k == 0 and word[:1].isupper() and word[1:].islower())):
        return False
    low = word.lower()
    if low in VERBS:
        return True
    if len(low) >= 5 and low.endswith("ed") and k > 0 and toks[k - 1].text.lower() not in _NOT_VERB_BEFORE:
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        return nxt.lower() in FUNCTION_WORDS or nxt[:1].isupper() or nxt[:1].isdigit()
    return False
