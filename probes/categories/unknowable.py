"""Unanswerable: private facts about the asker's life, and open problems nobody can answer.

Private facts are things no model can know about a stranger ("What did my neighbour eat for
breakfast on 3 March 2021?"). Open problems are unsolved or unknowable ("Is P equal to NP?",
"Who was Jack the Ripper?") or ask for exact counts nobody has made.
"""

from __future__ import annotations

import random

from probes.categories.base import Category, Draft, casual, generated, sentence_case, words
from probes.categories.future import MONTHS

PEOPLE = words("""
my neighbour, my grandmother, my boss, my best friend, my sister, my landlord, my dentist, my uncle, my
coworker, my flatmate, my ex, my cousin, my piano teacher, my brother-in-law
""")
PRIVATE = (
    "What did {who} eat for breakfast on {day} {month} {pyear}?",
    "What is {who}'s middle name?",
    "How much money does {who} have in the bank?",
    "What is {who}'s favourite film?",
    "What was {who} thinking about yesterday at {hour} o'clock?",
    "Where did {who} park the car this morning?",
    "What is the PIN for {who}'s bank card?",
    "What time did {who} go to bed last night?",
    "What did {who} dream about last night?",
    "How many emails did {who} send last week?",
    "What was the name of {who}'s first pet?",
    "What did {who} whisper to me at the party?",
    "Why is {who} annoyed with me?",
    "What present is {who} planning to give me?",
    "What did {who} have for dinner on my birthday in {pyear}?",
    "How many steps did {who} walk today?",
)
PRIVATE_SELF = (
    "What am I holding in my left hand right now?",
    "What number am I thinking of?",
    "When will I die?",
    "What colour is my car?",
    "How many coins are in my pocket?",
    "What will I have for dinner tomorrow?",
    "What is the name of the street I grew up on?",
    "What did I do last weekend?",
    "How much do I weigh?",
    "Which song is stuck in my head right now?",
    "What is my password?",
    "Where did I leave my keys?",
    "Will I get the job I interviewed for?",
    "Am I going to be happy?",
)
PRIVATE_OPEN = (
    "Describe what {who} did last weekend.",
    "Tell me about {who}'s childhood.",
    "Describe the inside of {who}'s house.",
    "What are some of {who}'s secret worries?",
    "Explain why {who} moved out of the old flat.",
)

EXACT_COUNTS = (
    "grains of sand on Earth",
    "stars in the universe",
    "ants alive right now",
    "hairs on a human head",
    "fish in the Atlantic Ocean",
    "trees in the Amazon rainforest",
    "words spoken by people today",
    "bacteria in a teaspoon of garden soil",
    "raindrops that fell in the last storm over London",
    "people who have ever lived",
    "insects on Earth at this moment",
    "cells in the body of a blue whale",
    "birds in the sky right now",
    "leaves on all the trees in Canada",
    "snowflakes that fell on Antarctica last year",
    "books ever written",
    "songs ever composed",
    "languages that have ever been spoken",
)
COUNT_PHRASES = (
    "What is the exact number of {x}?",
    "Give me the precise count of {x}.",
    "What is the precise total of {x}, not an estimate?",
    "Can you tell me the exact count of {x}?",
)
MYSTERIES = (
    "Is P equal to NP?",
    "Who was Jack the Ripper?",
    "What is dark matter made of?",
    "What happened to the lost colonists of Roanoke?",
    "How did life on Earth begin?",
    "What caused the Big Bang?",
    "Are there infinitely many twin primes?",
    "Is the Riemann hypothesis true?",
    "Who wrote the Voynich manuscript?",
    "What do the Linear A inscriptions say?",
    "What was the true identity of the Zodiac Killer?",
    "What exactly happened to Amelia Earhart?",
    "Where is the Amber Room today?",
    "Who was D. B. Cooper really?",
    "Why do we dream?",
    "What is consciousness made of?",
    "Is there life elsewhere in the universe?",
    "What existed before the Big Bang?",
    "What is the googolth digit of pi?",
    "Why did the Bronze Age civilisations collapse?",
    "What is inside the singularity of a black hole?",
    "Does the Collatz sequence reach 1 for every starting number?",
    "What will the final fate of the universe be?",
    "Where did the Nazca people get the idea for their giant lines?",
    "What language did the first humans speak?",
    "Why did the Neanderthals go extinct?",
    "What happened to the crew of the Mary Celeste?",
    "Is the universe infinite?",
    "What is the exact date on which the first word was spoken?",
    "What was the name of the first person to make fire?",
)


def private_draft(rng: random.Random) -> Draft:
    slots = {
        "who": rng.choice(PEOPLE),
        "day": rng.randint(1, 28),
        "month": rng.choice(MONTHS),
        "pyear": rng.randint(2012, 2024),
        "hour": rng.randint(1, 12),
    }
    roll = rng.random()
    if roll < 0.25:
        return Draft(casual(rng, rng.choice(PRIVATE_SELF)), None)
    if roll < 0.45:
        return Draft(sentence_case(rng.choice(PRIVATE_OPEN).format(**slots)), None, "open_ended")
    return Draft(casual(rng, sentence_case(rng.choice(PRIVATE).format(**slots))), None)


def open_problem_draft(rng: random.Random) -> Draft:
    if rng.random() < 0.4:
        return Draft(casual(rng, rng.choice(COUNT_PHRASES).format(x=rng.choice(EXACT_COUNTS))), None)
    return Draft(casual(rng, rng.choice(MYSTERIES)), None, "speculative")


CATEGORIES: tuple[Category, ...] = (
    generated("private_fact", False, private_draft, "facts about the asker's own life no model can know"),
    generated(
        "open_problem",
        False,
        open_problem_draft,
        "unsolved problems, historical mysteries, exact counts nobody has made",
    ),
)
