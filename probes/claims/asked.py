"""The entity an open question asks about, read from the question's text alone.

A live question has no template or metadata, yet its answer's claims need the entity to stand
alone ("He was born in Lyon" -> "Marie Curie was born in Lyon"). `asked_entity` reads it from the
usual shapes of open questions: "Tell me (something / a bit) about X", "What do you know about
X", "Who was/is X", "What is/are X (known / famous / used for)", "Describe X", "Explain X", "Give
me an overview / a (short) biography / a summary of X", "Write a short bio of X", with or without
"Can you / Could you / Please". "What is X?" counts only for a short X without a relation in it
("What is the capital of France?" asks for a fact, not about the capital). None for any other
question. On every question of the claims suite it reads the same entity as the suite's templates
(`probes.claims.suite.entity_of`).
"""

from __future__ import annotations

import re

_POLITE = r"(?:(?:can|could|would|will) you\s+(?:please\s+)?|please\s+)?"
_SHAPES = (
    r"tell me (?:(?:something|a (?:little )?bit|more) )?about (?P<e>.+?)",
    r"what (?:do|can) you (?:know|tell me) about (?P<e>.+?)",
    r"(?:describe|explain|summari[sz]e|introduce) (?P<e>.+?)",
    r"give me (?:an overview|a (?:short |brief )?(?:biography|bio|summary|description|profile)) of (?P<e>.+?)",
    r"write (?:a|an) (?:short |brief )?(?:biography|bio|summary|description|profile|overview) of (?P<e>.+?)",
    r"what (?:is|was|are|were) (?P<e>.+?) (?:known|famous|best known|remembered|used) for",
    r"who (?:is|was|are|were) (?P<e>.+?)",
)
_WHAT_IS = r"what (?:is|are) (?P<e>.+?)"  # only for a short name without a relation in it
_PATTERNS = tuple((re.compile(r"^\s*" + _POLITE + shape + r"\s*[.?!]?\s*$", re.I), short)
                  for shape, short in [(s, False) for s in _SHAPES] + [(_WHAT_IS, True)])
_RELATION = re.compile(r"\b(of|in|on|at|for|from|between|by|with|to|than|does|did|do|has|had|"
                       r"the (?:best|most|first|last))\b", re.I)
_ARTICLE = re.compile(r"^(The|A|An)\s")
_QUOTED = re.compile(r"^[\"\u201c](.*)[\"\u201d]$")  # a name in quotes, not "Kievan Rus'"


def asked_entity(question: str) -> str | None:
    """The entity `question` asks about (see the module docstring), or None."""
    for pattern, short in _PATTERNS:
        m = pattern.match(question or "")
        if m:
            break
    else:
        return None
    name = _QUOTED.sub(r"\1", m.group("e").strip())
    if not name or short and (len(name.split()) > 4 or _RELATION.search(name)):
        return None
    return name[:1].lower() + name[1:] if _ARTICLE.match(name) else name
