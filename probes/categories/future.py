"""Unanswerable: events after any training cut-off, asked in the past and future tense.

Years run from 2031 on. Past-tense questions ("Who won the 2034 FIFA World Cup?") are a trap a
model should notice; future-tense and speculative ones ("What will the stock market do next
year?") are how users actually ask about the future.
"""

from __future__ import annotations

import random

from probes.categories.base import Category, Draft, casual, generated, words
from probes.tables.capitals import ROWS as CAPITAL_ROWS

EVENTS = words("""
FIFA World Cup, Wimbledon men's singles title, Tour de France, Eurovision Song Contest, Nobel Prize in
Physics, Nobel Prize in Literature, Nobel Peace Prize, Ballon d'Or, UEFA Champions League final, Booker
Prize, Academy Award for Best Picture, Formula One World Championship, NBA Finals, Cricket World Cup, Boston
Marathon, Super Bowl, US presidential election, Olympic men's 100 metres final, World Chess Championship,
Rugby World Cup
""")
PAST_TENSE = (
    "Who won the {year} {event}?",
    "Which country hosted the {year} {event}?",
    "Who came second in the {year} {event}?",
    "What was the final result of the {year} {event}?",
    "Remind me, who won the {year} {event}?",
)
FUTURE_TENSE = (
    "Who will win the {year} {event}?",
    "Which country will win the next {event}?",
    "Who is going to win the {event} in {year}?",
)
FUTURE_FACTS = (
    "What was the best-selling car in the world in {year}?",
    "How many people lived in {city} on 1 January {year}?",
    "What was the highest temperature recorded in {city} in {year}?",
    "Which song topped the charts in {month} {year}?",
    "What was the price of gold on {day} {month} {year}?",
    "Who was the Prime Minister of the United Kingdom in {year}?",
    "What will the weather be like in {city} on {day} {month} {year}?",
    "What was the most popular baby name in {year}?",
)
FUTURE_OPEN = (
    "Describe the opening ceremony of the {oyear} Summer Olympics.",
    "Summarise the main storylines of the {year} {event}.",
    "What were the biggest news stories of {month} {year}?",
    "Explain the outcome of the {year} {event} and why it surprised people.",
    "Describe the fashion trends of {year}.",
)
SPECULATIVE = (
    "What will the stock market do next year?",
    "What will the price of Bitcoin be on {day} {month} {year}?",
    "Who will be the next person to walk on the Moon?",
    "When will humans first land on Mars?",
    "How long will it be before most cars on the road drive themselves?",
    "Will it rain in {city} on {day} {month} {year}?",
    "What will the world population be on 1 January {year}, exactly?",
    "Which company will be the most valuable in {year}?",
    "What will be the biggest invention of the {decade}s?",
    "Which language will most people speak in {year}?",
    "Will {city} still be the capital in {year}?",
    "What will the next big technology trend be?",
    "Which team will win the league next season?",
    "What will house prices in {city} be in {year}?",
)
MONTHS = words("""
January, February, March, April, May, June, July, August, September, October, November, December
""")


def _slots(rng: random.Random) -> dict[str, object]:
    year = rng.randint(2031, 2075)
    return {
        "year": year,
        "oyear": 2032 + 4 * rng.randint(1, 10),
        "decade": year // 10 * 10,
        "event": rng.choice(EVENTS),
        "month": rng.choice(MONTHS),
        "day": rng.randint(1, 28),
        "city": rng.choice(CAPITAL_ROWS).answers[0],
    }


def future_draft(rng: random.Random) -> Draft:
    s = _slots(rng)
    roll = rng.random()
    if roll < 0.3:
        return Draft(casual(rng, rng.choice(PAST_TENSE).format(**s)), None)
    if roll < 0.42:
        return Draft(rng.choice(FUTURE_OPEN).format(**s), None, "open_ended")
    if roll < 0.55:
        return Draft(casual(rng, rng.choice(FUTURE_FACTS).format(**s)), None)
    if roll < 0.7:
        return Draft(rng.choice(FUTURE_TENSE).format(**s), None, "speculative")
    return Draft(rng.choice(SPECULATIVE).format(**s), None, "speculative")


CATEGORIES: tuple[Category, ...] = (
    generated("future_event", False, future_draft, "events after any training cut-off, in past and future tense"),
)
