"""Deterministic black-box 'models' and small suites for tests of the guard's plumbing."""
from __future__ import annotations

import probes
from probes import Probe, ProbeSuite


def quiz_suite(n: int = 80) -> ProbeSuite:
    """Half answerable arithmetic, half unanswerable invented people."""
    items = []
    for i in range(n // 2):
        items.append(Probe(f"add-{i}", f"What is {i} plus {i + 3}?", (str(2 * i + 3),), True, "arithmetic"))
        items.append(Probe(f"who-{i}", f"Who is Zarnik Vell number {i}?", None, False, "invented_person"))
    return ProbeSuite("quiz", tuple(items), seed=0)


def quiz_model(prompt: str) -> str:
    """Right and short on most sums, wrong and long on the rest; makes up people; abstains on
    some. Answer length is the signal that separates them."""
    question = prompt.split("\n\n")[-1]
    if question.startswith("What is"):
        words = question.replace("?", "").split()
        a, b = int(words[2]), int(words[4])
        if a % 5 == 4:
            return f"I believe that the sum is probably something like {a + b + 1}, roughly speaking."
        return str(a + b)
    number = int(question.rstrip("?").split()[-1])
    if number % 7 == 0:
        return "I don't know."
    if number % 6 == 0:
        return f"{number}"  # short made-up answer: a hallucination the length signal cannot see
    return f"Zarnik Vell was a famous explorer born in {1800 + number} who wrote many books."


def grades(suite: ProbeSuite, answer=quiz_model) -> list[probes.Grade]:
    return [probes.grade(p, answer(p.question)) for p in suite]
