"""Grading one answer against one probe: correct, incorrect, abstained, or ungraded.

Rules (every metric in `guard.reporting.metrics` counts these outcomes):
- unanswerable probe: abstention (including rejecting the premise) -> ABSTAINED, anything else -> INCORRECT;
- answerable, no gold answers: abstention -> ABSTAINED, else UNGRADED (correctness unknown);
- answerable with gold: abstention -> ABSTAINED; alias match -> CORRECT; else INCORRECT.
For answerable probes a "premise" abstention ("X is not Y") does not count: correcting a
distractor on the way to the right answer is common ("It is Bishkek, not Osh").

Text aliases must appear as a whole-token phrase in the first sentences of the answer, not
negated ("not Paris", "Paris is not"), not one side of an "X or Y" hedge, and not retracted by a
correction that follows it ("Jupiter, but it's actually Saturn"). Numeric gold (every alias a
number) matches the first number of the answer's lead or the last number of the whole answer (the
result of worked steps), ignoring numbers copied from the question, list markers ("1.") and, in
the lead, operands of a worked expression ("12 * 12 = 144" states 144, not 12).
Aliases of one or two letters (chemical symbols, "UK") match case-sensitively on the raw text.
"""

from __future__ import annotations

import re
from enum import Enum

from probes.abstention import abstention_reason
from probes.normalize import normalize, numbers_in, parse_number
from probes.suite import Probe

LEAD_SENTENCES = 3
NEGATORS = frozenset(
    {
        "not",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "no",
        "never",
        "nor",
        "neither",
        "doesnt",
        "didnt",
        "dont",
        "nt",
        "instead",
    }
)
HEDGE_TOKENS = frozenset({"or", "either"})
DENIED_AFTER = (
    ("is", "not"),
    ("was", "not"),
    ("are", "not"),
    ("isnt",),
    ("wasnt",),
    ("arent",),
    ("is", "incorrect"),
    ("is", "wrong"),
)


_LIST_MARKER = re.compile(r"(?m)^\s*(?:step\s*)?\d+[.):]\s")  # "1. Identify ..." is not an answer
# operands of worked steps are not the result: a number (and its unit) before an operator, and
# every term of an expression that ends in "=" ("12 h * 12 h = 144" states 144)
_NUM = r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?:\s*[A-Za-z]+)?"
_OP = r"\s*(?:[*\u00d7\u00f7/+]|x(?=\s)|times\b|plus\b|divided by\b|multiplied by\b)\s*"
_OPERAND = re.compile(rf"{_NUM}(?:{_OP}{_NUM})+(?=\s*=)|{_NUM}(?={_OP})")
# "X, but it's actually Y": what comes before the correction is retracted
RETRACTION = (("but", "actually"), ("but", "its", "actually"), ("but", "it", "is", "actually"), ("but", "in", "fact"))
RETRACTION_WINDOW = 6


class Grade(str, Enum):
    """The one outcome vocabulary, used by grading, metrics, thresholds and reports."""

    CORRECT = "correct"
    INCORRECT = "incorrect"
    ABSTAINED = "abstained"
    UNGRADED = "ungraded"  # answered, but no gold answer to check it against

    def __str__(self) -> str:
        return self.value

    @classmethod
    def _missing_(cls, value: object) -> "Grade | None":
        return cls.UNGRADED if value == "answered" else None  # the name in older records


def grade(probe: Probe, text: str) -> Grade:
    """Grade a model's answer `text` to `probe` (see the module docstring for the rules)."""
    reason = abstention_reason(text)
    if not probe.answerable:
        return Grade.ABSTAINED if reason is not None else Grade.INCORRECT
    if reason is not None and reason != "premise":
        return Grade.ABSTAINED
    if not probe.answers:
        return Grade.UNGRADED
    return Grade.CORRECT if matches_gold(probe.answers, text, probe.question) else Grade.INCORRECT


def matches_gold(answers: tuple[str, ...], text: str, question: str = "") -> bool:
    """Whether the answer states one of the accepted aliases (numeric or textual rules)."""
    gold_numbers = [parse_number(a) for a in answers]
    if all(g is not None for g in gold_numbers):
        return _numeric_match({g for g in gold_numbers if g is not None}, text, question)
    lead = answer_lead(text)
    lead_tokens = normalize(lead).split()
    return any(_alias_in(alias, lead, lead_tokens) for alias in answers)


# A sentence ends at . ! ? before a capital, digit, quote or bracket, but not after an initial
# ("J. R. R. Tolkien wrote it." is one sentence).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+(?=[A-Z0-9\"'(])|\n+")


def answer_lead(text: str, sentences: int = LEAD_SENTENCES) -> str:
    """The first few sentences of an answer, where the answer itself is expected."""
    parts = [p for p in _SENTENCE_BREAK.split(text.strip()) if p.strip()]
    return " ".join(parts[:sentences])


def _numeric_match(gold: set[float], text: str, question: str) -> bool:
    """First number stated up front, or the last number overall (the result of worked steps)."""
    copied = set(numbers_in(question))

    def fresh(values: list[float]) -> list[float]:
        return [v for v in values if v not in copied] or values

    plain = _LIST_MARKER.sub(" ", text)
    first, last = fresh(numbers_in(_OPERAND.sub(" ", answer_lead(plain)))), fresh(numbers_in(plain))
    return bool(first and _close(first[0], gold)) or bool(last and _close(last[-1], gold))


def _close(value: float, gold: set[float]) -> bool:
    return any(abs(value - g) <= 1e-6 * max(1.0, abs(g)) for g in gold)


def _alias_in(alias: str, lead: str, lead_tokens: list[str]) -> bool:
    raw = alias.strip()
    if len(raw) <= 2 and raw.isalpha():
        return re.search(rf"(?<![A-Za-z]){re.escape(raw)}(?![A-Za-z])", lead) is not None
    target = normalize(raw).split()
    if not target:
        return False
    n = len(target)
    for i in range(len(lead_tokens) - n + 1):
        if lead_tokens[i : i + n] != target:
            continue
        before = lead_tokens[max(0, i - 2) : i]
        after = lead_tokens[i + n : i + n + 2]
        if NEGATORS.intersection(before) or HEDGE_TOKENS.intersection(before[-1:] + after[:1]):
            continue
        if any(tuple(after[: len(d)]) == d for d in DENIED_AFTER):  # "Canberra is not the capital"
            continue
        if _retracted(lead_tokens[i + n : i + n + RETRACTION_WINDOW]):
            continue
        return True
    return False


def _retracted(following: list[str]) -> bool:
    """A correction ("but it's actually ...") shortly after an alias takes it back."""
    return any(
        tuple(following[j : j + len(r)]) == r for r in RETRACTION for j in range(len(following) - len(r) + 1)
    )
