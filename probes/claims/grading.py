"""Label one claim against an entity's evidence: supported, contradicted or unverifiable.

A claim's informative items are its specifics (`probes.claims.specifics`) and its terms (content
words outside any specific, `lexicon.WEAK` and verbs), less whatever it copies from the question
or the entity's names: a claim that only restates the question has none and is unverifiable.
- contradicted: a specific conflicts with a specific of the same kind and role in the evidence:
  another year for the same role (born, died, made/"is a 1942 film", founded, began, ended, when);
  a nationality or place that is not related (`probes.claims.places.related`) to any the evidence
  gives for the same role ("is"/"born" for nationalities; born, died, location, capital, base for
  places, a location claim falling back to every place in the evidence); another name where the
  evidence names one for that role (creator, cast, founder, inventor, spouse, born, died); another
  kind of the same group after the copula ("is a novel" when the evidence says film); a number of
  the same role and unit outside rounding (population, length, height, area, weight). About an
  invented entity (`Evidence.exists` False) every claim with an informative item is contradicted.
- supported: no conflict, every specific is found in the evidence (same value, a place lying
  in the claimed one, a number within the claim's rounding, a name or its surname), and more
  than `MIN_CONFIRMED` (60%) of the claim's informative items (specifics and terms) are: a
  descriptive word beside two checked specifics ("a multicultural city in Indonesia") does not
  make a claim unverifiable, but a claim whose substance is unchecked words around one right
  specific ("a famous Italian car manufacturer", "the first to conquer the Byzantines") is. Words
  that only praise or frame ("significant", "vibrant", "phenomenon": `lexicon.WEAK`) are not
  terms, and a kind of thing named outside "is a ..." ("the city", "the country") refers to the
  entity and confirms nothing. A claim with no specific at all is supported when at least
  `MIN_TERMS_CONFIRMED` (80%) of its terms' stems are in the evidence (one word in five may be a
  paraphrase: "memory loss" beside "problems with memory, thinking"). (Measured on hand-labelled
  fixtures, README: the half rule raised the share of grader-supported claims that are hand-true
  from 0.59 to 0.76; these rules were then tuned on three samples labelled by a reader of the
  evidence, and a fourth, never tuned on, measures them.)
- unverifiable: otherwise (nothing informative, an abstention, a claim cut off on a function
  word, or something not in the evidence).
The label never depends on any model signal: only the claim's text, the question and the evidence.

Counting unverifiable claims: `unsupported(label, "conservative")` counts them as unsupported (a
guard's bound then holds against everything the evidence does not confirm); `"lenient"` counts only
contradicted claims, leaving unverifiable ones out of the denominator (`support_rate`). Report both.

Reading hand labels against the grader (for a fixture made from model answers): a person labels
each claim true, false or cannot-tell from general knowledge. Agreement is read per policy:
conservative - grader supported <-> hand true, grader contradicted or unverifiable <-> hand false or
cannot-tell; lenient - only claims the grader marks supported or contradicted are compared (true
<-> supported, false <-> contradicted), and the share of hand-true claims the grader leaves
unverifiable is reported apart (the evidence's coverage, not a grading error). A grader
"contradicted" on a hand-true claim is the error that matters most (a lead summary that omits a
second nationality or an award); count it separately. Claims a person splits differently are
matched by span overlap, not text. A reader's label from the evidence alone (supported,
contradicted, unverifiable) is compared label for label (`probes.claims.agreement`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from probes.abstention import is_abstention
from probes.claims.tokens import tokenize
from probes.claims.evidence import Evidence
from probes.claims.lexicon import FUNCTION_WORDS, KIND_GROUPS, PARTICIPLES_BY, VERBS, WEAK
from probes.claims.matching import conflicts, found
from probes.claims.specifics import Specific, specifics
from probes.normalize import normalize

POLICIES = ("conservative", "lenient")
MIN_CONFIRMED = 0.6  # share of a claim's informative items the evidence must confirm
MIN_TERMS_CONFIRMED = 0.8  # the same for a claim without specifics, which has only its terms
# a claim ending on one of these was cut off before saying anything ("The Ottoman Empire was the.")
UNFINISHED_ENDS = frozenset(
    "a an the is are was were of in on at by for from to with and or but than into its their".split())


class ClaimLabel(str, Enum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class ClaimGrade:
    """A label with its reasons: the informative specifics found, in conflict and missing, and
    the terms found and missing."""

    label: ClaimLabel
    found: tuple[Specific, ...] = ()
    conflicting: tuple[Specific, ...] = ()
    missing: tuple[Specific, ...] = ()
    terms_found: tuple[str, ...] = ()
    terms_missing: tuple[str, ...] = ()
    reason: str = ""


def label_claim(claim_text: str, evidence: Evidence, question: str | None = None) -> ClaimLabel:
    """The label of one claim about `evidence`'s entity (see the module docstring)."""
    return grade_claim(claim_text, evidence, question).label


def grade_claim(claim_text: str, evidence: Evidence, question: str | None = None) -> ClaimGrade:
    """`label_claim` with the items behind the label."""
    if is_abstention(claim_text):
        return ClaimGrade(ClaimLabel.UNVERIFIABLE, reason="abstains")
    if _unfinished(claim_text):
        return ClaimGrade(ClaimLabel.UNVERIFIABLE, reason="unfinished")
    known = _known_words(evidence, question or "")
    items = [s for s in specifics(claim_text) if not _copied(s, known)]
    terms = [t for t in _terms(claim_text, items) if t not in known]
    if not items and not terms:
        return ClaimGrade(ClaimLabel.UNVERIFIABLE, reason="nothing informative")
    if not evidence.exists:
        return ClaimGrade(ClaimLabel.CONTRADICTED, missing=tuple(items), terms_missing=tuple(terms),
                          reason="invented entity")
    bad = tuple(s for s in items if conflicts(s, evidence))
    hit = {s: s not in bad and found(s, evidence) for s in items}
    items = [s for s in items if not (_reference(s) and hit[s])]
    if not items and not terms:
        return ClaimGrade(ClaimLabel.UNVERIFIABLE, reason="nothing informative but a reference")
    good = tuple(s for s in items if hit[s])
    missing = tuple(s for s in items if s not in bad and not hit[s])
    stems = _evidence_stems(evidence)
    t_found = tuple(t for t in terms if t in stems)
    t_missing = tuple(t for t in terms if t not in stems)
    if bad:
        label, reason = ClaimLabel.CONTRADICTED, "conflicting " + ", ".join(f"{s.kind} {s.text!r}" for s in bad)
    elif not missing and (_confirmed(good, t_found, t_missing) if good else _terms_confirmed(t_found, t_missing)):
        label, reason = ClaimLabel.SUPPORTED, "specifics found" if good else "terms found"
    else:
        label, reason = ClaimLabel.UNVERIFIABLE, "not in the evidence"
    return ClaimGrade(label, good, bad, missing, t_found, t_missing, reason)


def _unfinished(text: str) -> bool:
    """A claim cut off before saying anything: it ends on an article, a copula, a preposition or
    a conjunction ("The city is.", "The Ottoman Empire was the.")."""
    words = [t.text.lower() for t in tokenize(text) if t.text[:1].isalnum()]
    return bool(words) and words[-1] in UNFINISHED_ENDS


def _confirmed(good: tuple, t_found: tuple, t_missing: tuple) -> bool:
    """More than `MIN_CONFIRMED` of a claim's informative items are found in the evidence."""
    found_n = len(good) + len(t_found)
    return found_n > MIN_CONFIRMED * (found_n + len(t_missing))


def _terms_confirmed(t_found: tuple, t_missing: tuple) -> bool:
    """A claim without specifics: at least `MIN_TERMS_CONFIRMED` of its terms are found."""
    return bool(t_found) and len(t_found) >= MIN_TERMS_CONFIRMED * (len(t_found) + len(t_missing))


def _reference(s: Specific) -> bool:
    """A kind of thing named outside "is a ..." ("the city", "the country") refers to the entity
    or its place rather than saying what it is: found, it confirms nothing."""
    return s.kind == "category" and s.cue != "is"


def unsupported(label: ClaimLabel | str, policy: str = "conservative") -> bool | None:
    """Whether a label counts against the answer: conservative - contradicted and unverifiable;
    lenient - contradicted only (None for unverifiable: left out of the count)."""
    if policy not in POLICIES:
        raise ValueError(f"policy must be one of {POLICIES}, got {policy!r}")
    label = ClaimLabel(label)
    if label is ClaimLabel.UNVERIFIABLE and policy == "lenient":
        return None
    return label is not ClaimLabel.SUPPORTED


def support_rate(labels: list[ClaimLabel | str], policy: str = "conservative") -> float | None:
    """Share of counted claims that are supported (None when no claim counts)."""
    counted = [u for u in (unsupported(lab, policy) for lab in labels) if u is not None]
    return sum(not u for u in counted) / len(counted) if counted else None


def _stem(word: str) -> str:
    """One form for a word and its plural ("cities"/"city", "tides"/"tide", "boxes"/"box"): a
    plural s and then a final e are dropped."""
    word = normalize(word)
    if len(word) < 4:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:-1] if word.endswith("e") and len(word) >= 4 else word


def _known_words(evidence: Evidence, question: str) -> frozenset[str]:
    """Stems of the question's words and the entity's names, hyphenated words also in parts
    ("Augustin-Louis"): copying them says nothing."""
    text = " ".join((question, *evidence.names))
    words = [t.text for t in tokenize(text) if t.text[:1].isalnum()] + re.findall(r"\w+", text)
    return frozenset(map(_stem, words))


def _copied(s: Specific, known: frozenset[str]) -> bool:
    words = [_stem(w) for w in re.findall(r"\w+", re.sub(r"['’]s\b", "", s.text))]  # "Hardy's" is copied
    return bool(words) and all(w in known for w in words)


def _terms(text: str, items: list[Specific]) -> list[str]:
    """Content words outside the specifics: not function words, verbs or weak words."""
    inside = [s.span for s in items]
    out = []
    for t in tokenize(text):
        low = t.text.lower()
        if not t.text.isalpha() or len(low) < 3 or any(a <= t.start < b for a, b in inside):
            continue
        if low in FUNCTION_WORDS or low in VERBS or low in WEAK or low in PARTICIPLES_BY or low in KIND_GROUPS:
            continue
        out.append(_stem(low))
    return list(dict.fromkeys(out))


def _evidence_stems(evidence: Evidence) -> frozenset[str]:
    return frozenset(_stem(t.text) for text in evidence.texts for t in tokenize(text) if t.text.isalpha())
