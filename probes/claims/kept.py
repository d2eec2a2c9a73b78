"""Rebuild an answer from the claims a guard keeps: cut claims disappear, the rest still reads.

Within a sentence, kept claims next to each other keep their own characters. After a cut claim,
a clause that opens with its own connector ("and won three Oscars", "; it ...") joins the text
before it; any other clause (a relative clause, a participle, an appositive, a sentence's
first claim) becomes a sentence of its own from its standalone `text` ("Casablanca was directed by
Michael Curtiz."), keeping the line's list marker. Dangling commas, semicolons and connectors at
the end are removed and the sentence gets its end punctuation back; a sentence whose claims are
all cut disappears with the whitespace before it. Leaves out deciding what to keep.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from probes.claims.claim import Claim
from probes.claims.sentences import list_marker

_JOINS = ("and", "but", "semicolon", "resume")
_DANGLING = re.compile(r"(?:[\s,;\u2013\u2014-]|\b(?:and|but|or|which|who|while|whereas|although|though|yet)\b)+$")


def kept_text(answer: str, claims: Sequence[Claim], keep: Sequence[bool]) -> str:
    """`answer` with the claims whose `keep` is False removed (see the module docstring)."""
    if len(claims) != len(keep):
        raise ValueError(f"{len(claims)} claims but {len(keep)} keep flags")
    groups: dict[int, list[tuple[Claim, bool]]] = {}
    for claim, flag in zip(claims, keep):
        groups.setdefault(claim.sentence, []).append((claim, bool(flag)))
    out: list[str] = []
    for group in groups.values():
        if not any(flag for _, flag in group):
            continue
        start = group[0][0].span[0]
        text = " ".join(_sentence(answer, group))
        if out:
            before = answer[:start]
            gap = before[len(before.rstrip()) :]
            out.append(gap if "\n" in gap else " ")
        out.append(text)
    return "".join(out)


def _sentence(answer: str, group: list[tuple[Claim, bool]]) -> list[str]:
    """The kept text of one sentence, as one or more sentences."""
    first, last = group[0][0].span[0], group[-1][0].span[1]
    raw = answer[first:last]
    marker = list_marker(raw)
    end = raw.rstrip()[-1:] if raw.rstrip()[-1:] in ".!?" else ""
    done: list[str] = []
    current = ""
    about_other = False
    adjacent = False  # the claim before was kept and `current` ends with its own characters
    for i, (claim, flag) in enumerate(group):
        if not flag:
            adjacent = False
            continue
        own = answer[claim.span[0] : claim.span[1]]
        if not current:
            current = own if i == 0 else marker + _bare(claim.text)
            about_other = claim.link in ("relative", "appositive")  # its subject is not the sentence's
        elif adjacent:
            current += answer[group[i - 1][0].span[1] : claim.span[1]]
        elif claim.link in _JOINS and not about_other:
            sep = "" if claim.link == "resume" else _separator(answer, group[i - 1][0])
            current = _finish(current, "") + sep + " " + own
        else:
            done.append(_finish(current, end or "."))
            current = _bare(claim.text)
            about_other = claim.link in ("relative", "appositive")
        adjacent = current.endswith(own)
    done.append(_finish(current, end))
    return done


def _separator(answer: str, claim: Claim) -> str:
    """The comma or semicolon that ended a claim in the answer ("" if none)."""
    tail = answer[claim.span[0] : claim.span[1]].rstrip()[-1:]
    return tail if tail in ",;" else ""


def _bare(text: str) -> str:
    return text[:-1] if text[-1:] in ".!?" else text


def _finish(text: str, end: str) -> str:
    """Without dangling punctuation or connectors at the end, then `end` if it has none."""
    text = _DANGLING.sub("", text.rstrip())
    return text if not end or text[-1:] in ".!?\"'\u201d)" else text + end
