"""The role of a specific in its sentence: the cue word before it, or the list it belongs to.

`cue_of(toks, start)` gives the role family (`lexicon.CUES`) of the nearest cue word up to six
words before a specific, within its clause; "is" after a copula; "creator" only passively.
`creator_after` sees a creator's name just before "wrote"/"painted" (a list's items take its first
item's cue in `probes.claims.specifics.inherit`). Used by `probes.claims.specifics`; knows
nothing about evidence.
"""

from __future__ import annotations

from probes.claims.lexicon import COPULAS, CUES
from probes.claims.tokens import Token


DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest".split())
NEAR_WORDS = frozenset("near outside off beside".split())
CREATOR_WORDS = frozenset("directed written composed painted created designed sculpted authored director author writer"
                          " composer painter creator designer architect sculptor".split())


def cue_of(toks: list[Token], start: int) -> str:
    """Role family of the nearest cue word up to six words before (within the sentence and
    clause); "is" after a copula with only modifiers between. Creator words count only passively
    ("directed by X", "director X"): "wrote The Hobbit" names a work, not the creator. "near" right
    after "near"/"outside" or a direction ("southwest of Paris", not "the north of France"): a
    place the thing is beside, not in."""
    before = [t for t in toks if t.end <= start][-6:]
    words = [t.text.lower() for t in before]
    if (words[-1:] and words[-1] in NEAR_WORDS) or (
            words[-2:-1] and words[-1] == "of" and words[-2] in DIRECTIONS and words[-3:-2] != ["the"]):
        return "near"
    for n, t in enumerate(reversed(before)):
        low = t.text.lower()
        if low in CREATOR_WORDS:
            return "creator" if n == 0 else ""
        if low == "by":
            return "creator" if n == 0 else ""
        if low in CUES:
            return CUES[low]
        if low in COPULAS:
            return "is"
        if t.text in (",", ";", "(", ")", ".", "!", "?", ":") or low == "and":
            break
    return ""


def creator_after(toks: list[Token], end: int) -> bool:
    """A name just before "wrote", "painted", "composed", "directed" (its creator)."""
    after = [t.text.lower() for t in toks if t.start >= end][:2]
    return any(w in ("wrote", "painted", "composed", "directed", "sculpted", "designed") for w in after)
