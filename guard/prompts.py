"""The instructions sent with every question. The prompt is part of the measurement, so each
run records which one it used.

`neutral` asks for a concise answer and says nothing about abstaining; `abstain` tells the model
that saying "I don't know" is allowed and better than guessing, as AA-Omniscience does.
"""
from __future__ import annotations

PROMPTS: dict[str, str] = {
    "neutral": "Answer the user's question concisely, in one or two sentences.",
    "abstain": (
        "Answer the user's question concisely, in one or two sentences. If you do not know the "
        "answer, or the question cannot be answered, say \"I don't know\" instead of guessing: "
        "a wrong answer is worse than no answer."
    ),
}
DEFAULT_PROMPT = "neutral"


def system_prompt(name: str) -> str:
    """The system text for a prompt name, with a clear error for an unknown one."""
    try:
        return PROMPTS[name]
    except KeyError:
        raise ValueError(f"unknown prompt '{name}'; choose one of: {', '.join(PROMPTS)}") from None
