"""Building blocks shared by the category generators: drafts, categories, sampling helpers.

A category turns a `random.Random` and a count into `Draft`s (question, answers, style). The
registry gives each category its own generator seeded from (suite seed, category name), so
categories do not disturb each other's draws. `draw_distinct` pulls drafts from a stream until
it has `n` distinct questions or the stream stops producing new ones (a finite table).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")



@dataclass(frozen=True)
class Draft:
    """A generated question before it gets an id and a category.

    `topic` (entity type, e.g. "animal") and `template` (a stable template id, e.g.
    "entity.animal.diet") are optional; categories that do not fill them leave "".
    `generator` names the procedure that made it (`probes.categories.GENERATORS`; "" lets the
    registry use the category's default) and `pair` is the id a minimal pair's two questions share.
    """

    question: str
    answers: tuple[str, ...] | None = None
    style: str = "factoid"
    topic: str = ""
    template: str = ""
    generator: str = ""
    pair: str = ""


@dataclass(frozen=True)
class Category:
    """A named probe category: answerable or not, how to draw `n` drafts from an rng, and its
    weight (its share of its half of a mixed suite, relative to the other categories). Two
    categories naming the same `stream` get identically seeded rngs, so one can keep the
    answerable side and the other the unanswerable side of the same sequence of pairs."""

    name: str
    answerable: bool
    draw: Callable[[random.Random, int], list[Draft]]
    description: str
    weight: float = 1.0
    stream: str = ""  # categories with the same stream draw from equally seeded rngs (twins)


# Conversational lead-ins used by every category alike, so none of them marks answerability.
LEAD_INS = (
    "Quick question: ",
    "Do you happen to know this? ",
    "I was wondering: ",
    "Hey, ",
    "Can you help me with something? ",
    "Out of curiosity, ",
    "Settle a debate for me: ",
)
_QUESTION_WORDS = frozenset(
    {
        "what",
        "what's",
        "who",
        "which",
        "how",
        "why",
        "when",
        "where",
        "in",
        "on",
        "is",
        "does",
        "do",
        "did",
        "can",
        "could",
        "name",
        "tell",
        "describe",
        "explain",
        "was",
        "will",
        "would",
        "are",
        "add",
        "subtract",
        "multiply",
        "convert",
        "calculate",
        "compute",
        "give",
        "summarise",
        "compare",
        "if",
        "should",
        "at",
        "of",
        "the",
    }
)


def words(text: str) -> tuple[str, ...]:
    """A word list written as comma-separated text (line breaks allowed): "a, b c, d" -> ("a", "b c", "d")."""
    return tuple(w.strip() for w in text.replace("\n", " ").split(",") if w.strip())


def casual(rng: random.Random, question: str, rate: float = 0.15) -> str:
    """With probability `rate`, prefix a conversational lead-in (lowercasing a question word)."""
    return casual_all(rng, (question,), rate)[0]


def casual_all(rng: random.Random, questions: tuple[str, ...], rate: float = 0.15) -> tuple[str, ...]:
    """`casual` with one draw for several questions: all get the same lead-in, or none does (the
    two questions of a minimal pair)."""
    if rng.random() >= rate:
        return questions
    lead = rng.choice(LEAD_INS)
    return tuple(lead + _after_lead(lead, q) for q in questions)


def _after_lead(lead: str, question: str) -> str:
    first, _, rest = question.partition(" ")
    if lead.endswith(", ") and first.lower() in _QUESTION_WORDS:
        return f"{first.lower()} {rest}"
    return question


def strip_lead_in(question: str) -> str:
    """The question without a conversational lead-in added by `casual`."""
    for lead in LEAD_INS:
        if question.startswith(lead):
            return question[len(lead) :]
    return question


def with_number_words(answers: tuple[str, ...]) -> tuple[str, ...]:
    """Add the spelled-out form of whole-number answers ("12" -> "12", "twelve")."""
    from probes.normalize import spell_number

    extra = tuple(spell_number(int(a)) for a in answers if a.isdigit() and int(a) < 1000)
    return tuple(dict.fromkeys(answers + extra))


def reserved_for_pairs(question: str) -> bool:
    """Whether a question text is kept for the minimal pairs (`probes.categories.pairs`): a fixed
    quarter of all texts by a hash of the question without lead-in. The categories the pairs take
    their real questions from (capital, author, chemistry, real_entity, obscure) skip these, so
    no suite asks the same question twice."""
    return hashlib.sha1(strip_lead_in(question).casefold().encode()).digest()[0] % 4 == 0


def draw_distinct(stream: Iterator[Draft], n: int, patience: int = 200,
                  skip: Callable[[str], bool] | None = None) -> list[Draft]:
    """Up to `n` drafts with distinct questions (ignoring lead-ins), leaving out those `skip` names;
    stops after `patience` repeats or skips in a row."""
    seen: set[str] = set()
    out: list[Draft] = []
    misses = 0
    for draft in stream:
        if len(out) >= n or misses >= patience:
            break
        key = strip_lead_in(draft.question).casefold()
        if key in seen or (skip is not None and skip(draft.question)):
            misses += 1
            continue
        seen.add(key)
        out.append(draft)
        misses = 0
    return out


def cycle_shuffled(rng: random.Random, items: Sequence[T], rounds: int = 4) -> Iterator[T]:
    """Every item once in random order, then again in a new order, `rounds` times."""
    for _ in range(rounds):
        order = list(items)
        rng.shuffle(order)
        yield from order


def fact_rows(rng: random.Random, rows: Sequence) -> Iterator[Draft]:
    """Drafts from fact-table rows (one of each row's `subject` phrasings, its `answers` with
    whole numbers also spelled out), every row once per shuffled round."""
    return (Draft(casual(rng, rng.choice(row.subject)), with_number_words(row.answers))
            for row in cycle_shuffled(rng, rows))


Item = tuple[str, tuple[str, ...]]  # a hand-written question and its accepted answers


def bank_of(topics: dict[str, Sequence[Item]]) -> tuple[Item, ...]:
    """Every (question, aliases) of a bank by topic, whole-number answers also spelled out."""
    return tuple((q, with_number_words(a)) for items in topics.values() for q, a in items)


def bank_category(name: str, bank: Sequence[Item], style: str, description: str) -> Category:
    """An answerable category drawing a hand-written bank in a seeded order (prefix-stable), each
    question once; it runs out at the bank size."""

    def draw(rng: random.Random, n: int) -> list[Draft]:
        return draw_distinct((Draft(casual(rng, q), answers, style)
                              for q, answers in cycle_shuffled(rng, bank, rounds=1)), n)

    return Category(name, True, draw, description)


def forever(make: Callable[[], Draft]) -> Iterator[Draft]:
    """An endless stream from a zero-argument draft maker (for combinatorial templates)."""
    while True:
        yield make()


def generated(name: str, answerable: bool, make: Callable[[random.Random], Draft], description: str) -> Category:
    """A category whose drafts come from an endless generator `make(rng)`, deduplicated."""
    return Category(name, answerable, lambda rng, n: draw_distinct(forever(lambda: make(rng)), n), description)


def pick(rng: random.Random, options: Iterable[T]) -> T:
    """`rng.choice` over any iterable (tuples, generators)."""
    return rng.choice(tuple(options))


def sentence_case(text: str) -> str:
    """Capitalise the first letter only ("the telephone" -> "The telephone")."""
    return text[:1].upper() + text[1:]
