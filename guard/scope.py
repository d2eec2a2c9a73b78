"""Whether an answer is of a kind the guard's threshold was calibrated on.

The bound covers answers graded by a key fact (a name, a number, a place). A request for a
description or an explanation ("Tell me about X", "Describe X", "What is X like?") gets an
answer with many statements, most of which no key fact checks, so a high confidence there is
not covered by the bound; so is an answer longer than nearly all of the answers the threshold
was chosen on (longer than their 99th percentile, `FitInfo.max_length`). `outside_bound` says
why an answer is outside, or "" when it is inside. The rule reads the request's form only,
never the answer's content, and is the same for every model.
"""
from __future__ import annotations

import re

_DESCRIBE = re.compile(
    r"^((can|could|would|will) you (please )?|please )?(tell me (about|more)|describe|explain|summari[sz]e|give (me )?(an? )?(overview|summary|"
    r"description|account)|write|list|outline|what (are|were) (some|the main|the key)|"
    r"what (is|was|are|were) (it|\w+( \w+){0,6}) like|what does .+ (look|taste|sound|feel) like|"
    r"what (do|should) (i|you|we) (need to )?know about|how does .+ work|why do so many)\b",
    re.IGNORECASE)


def asks_for_description(question: str) -> bool:
    """The request asks for a description or explanation rather than a fact (in any of its
    sentences, so a lead-in such as "Quick question:" does not hide it)."""
    return any(_DESCRIBE.match(s) for s in re.split(r"(?<=[.?!:,])\s+", question.strip()) if s)


def outside_bound(question: str, length: float | None, max_length: float | None) -> str:
    """Why the answer to `question` (`length` tokens) is outside the calibrated bound ("" if not)."""
    if asks_for_description(question):
        return "the question asks for a description, whose statements no key fact checks"
    if length is not None and max_length is not None and length > max_length:
        return (f"the answer ({length:.0f} tokens) is longer than the answers the threshold was "
                f"calibrated on ({max_length:.0f})")
    return ""
