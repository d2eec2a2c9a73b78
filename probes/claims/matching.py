"""Whether one specific of a claim is found in an entity's evidence, or conflicts with it.

`found(s, evidence)`: the same value among the evidence's specifics of a compatible kind, or for
a place or nationality one of the evidence's lying in it ("Ulm, Germany" confirms "German" and
"Europe"; a place the evidence puts the thing beside, "southwest of Paris", confirms only "near
Paris"), for a year a date, decade or century holding it, for a number one within the claim's
own rounding ("3.2 million" holds 3.22 million, "200" holds 215), for a name the same name or
one ending the other (a surname), or the name's words as a phrase of the evidence text.
`conflicts(s, evidence)`: the evidence gives a value of the same kind for the same role and none
matches (the rules are listed in `probes.claims.grading`). Pure functions of the specific and
the evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from probes.claims.evidence import Evidence
from probes.claims.lexicon import KIND_GROUPS
from probes.claims.places import inside, related
from probes.claims.specifics import Specific
from probes.normalize import normalize

YEAR_ROLES = {"is": "made", "made": "made", "born": "born", "died": "died", "founder": "founded", "began": "began",
              "ended": "ended", "when": "when"}
NAME_ROLES = frozenset("creator cast founder inventor spouse born died".split())
PLACE_ROLES = {"born": "born", "died": "died", "location": "location", "is": "location", "capital": "capital",
               "base": "base"}
NUMBER_ROLES = frozenset("population length height area weight".split())


def found(s: Specific, ev: Evidence) -> bool:
    """Whether the evidence confirms this specific (see the module docstring)."""
    if s.kind in ("year", "date"):
        return any(_year_holds(e, s) for e in ev.specifics if e.kind in ("year", "date"))
    if s.kind in ("place", "nationality"):
        claim = _places(s)
        return any(inside(_places(e), claim) for e in ev.specifics
                   if e.kind in ("place", "nationality") and (e.cue != "near" or s.cue == "near"))
    if s.kind == "number":
        return any(e.kind == "number" and _units_agree(e, s) and _close(e, s) for e in ev.specifics)
    if s.kind == "name":
        return _name_found(s.value, ev)
    return any(e.kind == s.kind and e.value == s.value for e in ev.specifics) or _phrase(s.value, ev)


def conflicts(s: Specific, ev: Evidence) -> bool:
    """Whether the evidence gives another value of this kind for the same role."""
    if found(s, ev):
        return False
    if s.kind in ("year", "date") and s.cue in YEAR_ROLES:
        role = YEAR_ROLES[s.cue]
        return any(YEAR_ROLES.get(e.cue) == role for e in ev.specifics if e.kind in ("year", "date"))
    if s.kind == "nationality" and s.cue in ("is", "born"):
        theirs = [e for e in ev.specifics if e.kind in ("nationality", "place") and e.cue in ("is", "born")]
        return bool(theirs) and not any(related(_places(e), _places(s)) for e in theirs)
    if s.kind == "place" and s.cue in PLACE_ROLES:
        role = PLACE_ROLES[s.cue]
        places = [e for e in ev.specifics if e.kind in ("place", "nationality")]
        theirs = [e for e in places if PLACE_ROLES.get(e.cue) == role] or (places if role == "location" else [])
        return bool(theirs) and not any(related(_places(e), _places(s)) for e in theirs)
    if s.kind == "name" and s.cue in NAME_ROLES:
        return any(e.kind == "name" and e.cue == s.cue for e in ev.specifics)
    if s.kind == "category" and s.cue == "is":
        group = KIND_GROUPS.get(s.value)
        cats = [e for e in ev.specifics if e.kind == "category" and KIND_GROUPS.get(e.value) == group]
        theirs = [e for e in cats if e.cue == "is"] or cats
        return bool(theirs) and all(e.value != s.value for e in theirs)
    if s.kind == "number" and s.cue in NUMBER_ROLES:
        return any(e.kind == "number" and e.cue == s.cue and _units_agree(e, s) for e in ev.specifics)
    return False


def _places(s: Specific) -> frozenset[str]:
    return frozenset(s.value.split("|"))


def _year_holds(e: Specific, s: Specific) -> bool:
    """Whether evidence year/date `e` confirms claim year/date `s`."""
    if s.kind == "date":
        return e.kind == "date" and e.value.startswith(s.value)
    year = e.value[:4] if e.kind == "date" else e.value
    if s.value == year:
        return True
    if not re.fullmatch(r"-?\d+", year):
        return False
    y = int(year)
    if s.value.endswith("s"):  # a decade holds its years
        return int(s.value[:-1]) <= y < int(s.value[:-1]) + 10
    if s.value.startswith("c"):  # a century holds its years
        return 100 * (int(s.value[1:]) - 1) < y <= 100 * int(s.value[1:])
    return False


def _units_agree(e: Specific, s: Specific) -> bool:
    return e.unit == s.unit or not e.unit or not s.unit


def _close(e: Specific, s: Specific) -> bool:
    """Whether evidence number `e` lies within claim `s`'s rounding (half the place of its last
    significant digit; at least 0.5%)."""
    claimed, actual = float(s.value), float(e.value)
    digits = re.match(r"[\d,]*(?:\.(\d+))?", s.text.replace(",", ""))
    head = float(s.text.split()[0].replace(",", "")) if s.text[:1].isdigit() else 0.0
    scale = claimed / head if head else 1.0  # "3.2 million": the rounding is of the 3.2
    decimals = len(digits.group(1) or "") if digits else 0
    step = 10.0 ** -decimals * scale
    if not decimals and s.text[:1].isdigit():
        whole = s.text.split()[0].replace(",", "").split(".")[0]
        step *= 10 ** (len(whole) - len(whole.rstrip("0"))) if whole.strip("0") else 1
    tol = max(step / 2, 0.005 * abs(claimed))
    return abs(actual - claimed) <= tol


def _name_found(value: str, ev: Evidence) -> bool:
    """The same name, or one the other ends with ("Curtiz" for "Michael Curtiz"); a shared last
    word alone is not enough ("Northern Wei" is not "Cao Wei", "John Smith" not "Adam Smith")."""
    words = value.split()
    for e in ev.specifics:
        theirs = e.value.split()
        if e.kind == "name" and words and (theirs[-len(words):] == words or words[-len(theirs):] == theirs):
            return True
    return _phrase(value, ev)


def _phrase(value: str, ev: Evidence) -> bool:
    return bool(value) and f" {value} " in _evidence_text(ev)


@lru_cache(maxsize=256)
def _evidence_text(ev: Evidence) -> str:
    return " " + " ".join(normalize(t) for t in ev.texts) + " "
