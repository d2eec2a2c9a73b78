"""Split a free-text answer into claims: each a clause that states one fact or a few together.

`split_claims(answer, subject)` cuts the answer into sentences (`probes.claims.sentences`: line
breaks, then syntok) and sentences into clauses (`probes.claims.clauses`: "; ", ", and" + verb,
", which", participles with "by", appositives, ...). A claim's `span` is the clause's own
characters in the answer; spans are in order, never overlap, and with the whitespace between them
cover the whole answer (a list marker belongs to its line's first claim). A claim's `text` reads
standing alone: a split-off clause gets its sentence's subject ("and was directed by Michael
Curtiz" -> "Casablanca was directed by Michael Curtiz."), an opening "It"/"He"/"She"/"They" (not
an expletive "It is said that") and "Its"/"His"/"Her"/"Their" become the entity (`subject`, else
the first sentence's subject); markdown emphasis and list markers are dropped and the text ends in
punctuation. `kept_text` (from `probes.claims.kept`) rebuilds the answer from the kept claims.
Leaves out judging claims (`probes.claims.grading`) and coreference beyond those pronouns.
"""

from __future__ import annotations

import re

from probes.claims.claim import Claim
from probes.claims.clauses import Piece, split_sentence, subject_of
from probes.claims.tokens import is_verb, tokenize
from probes.claims.kept import kept_text
from probes.claims.lexicon import EXPLETIVE_AFTER
from probes.claims.sentences import list_marker, sentence_spans

__all__ = ["Claim", "kept_text", "split_claims", "standalone"]

_PRONOUN = re.compile(r"^(It|He|She|They)\s+(?=\w)")
_CONTRACTED = re.compile(r"^(He|She)['\u2019]s\s+(?!been\b|got\b)(?=\w)")  # "He's a poet"
_POSSESSIVE = re.compile(r"^(Its|His|Her|Their)\s+(?=\w)")
_MARKDOWN = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)|`")


def split_claims(answer: str, subject: str | None = None) -> tuple[Claim, ...]:
    """The claims of `answer` in order (see the module docstring); `subject` is the entity asked
    about, used where a clause has no subject of its own."""
    claims: list[Claim] = []
    about = (subject or "").strip()
    for n, (start, end) in enumerate(sentence_spans(answer)):
        raw = answer[start:end]
        marker = len(list_marker(raw))
        body = raw[marker:]
        toks = tokenize(body)
        own = _clean(subject_of(body, toks))
        if not about and own:
            about = own  # the first sentence's subject stands for the entity when none is given
        pieces = split_sentence(body, own or about) if body.strip() else [Piece(0, len(body))]
        last = body.rstrip()[-1:] if body.rstrip()[-1:] in "?!" else "."
        for k, piece in enumerate(pieces):
            text = standalone(body[piece.start + piece.drop : piece.end], piece.lead, about,
                              last if k == len(pieces) - 1 else ".")
            span = (start if k == 0 else start + marker + piece.start, start + marker + piece.end)
            claims.append(Claim(text, span, n, piece.link))
    return tuple(claims)


def standalone(words: str, lead: str = "", about: str = "", end: str = ".") -> str:
    """A clause as a sentence of its own: `lead` in front, an opening pronoun made `about`,
    markdown and dangling punctuation removed, capitalised, ending in `end` unless it has an end."""
    text = _clean(f"{lead} {words}" if lead else words)
    text = re.sub(r"^[,;:\s]+|[,;:\s]+$", "", text)
    text = re.sub(r"\s+(and|but|or|which|who)$", "", text)
    if about:
        m = _PRONOUN.match(text[:1].upper() + text[1:])
        if m and not _expletive(text):
            text = about + " " + text[m.end() :]
        m = _CONTRACTED.match(text[:1].upper() + text[1:])
        if m:
            text = f"{about} is {text[m.end():]}"
        m = _POSSESSIVE.match(text[:1].upper() + text[1:])
        if m:
            text = f"{about}'s {text[m.end():]}"
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?\"'\u201d)" else text + end


def _expletive(text: str) -> bool:
    """'It is said that ...', 'It was thought to ...': "it" stands for nothing."""
    toks = tokenize(text)
    if len(toks) < 2 or toks[0].text.lower() != "it" or not is_verb(toks, 1):
        return len(toks) < 2
    return len(toks) > 2 and toks[2].text.lower() in EXPLETIVE_AFTER


def _clean(text: str) -> str:
    """Without markdown emphasis, with single spaces."""
    return " ".join(_MARKDOWN.sub("", text).split())
