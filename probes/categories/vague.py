"""Unanswerable: underspecified questions and nonsensical ones.

Underspecified questions lack their referent ("How tall is he?", "What time does the shop
close?"); nonsensical ones apply a property to something that cannot have it ("What does
Thursday taste like?") or ask for what does not exist ("What is the largest prime number?").
"""

from __future__ import annotations

import random

from probes.categories.base import Category, Draft, casual, generated, sentence_case, words

HE = (("he", "his"), ("she", "her"))
PRONOUN_T = (
    "How tall is {he}?",
    "How old is {his} {rel}?",
    "When did {he} {event}?",
    "Where does {he} live now?",
    "What's {his} phone number?",
    "Why did {he} leave so early?",
    "What did {he} say about it?",
    "Is {he} coming to the party?",
    "What is {his} {rel}'s name?",
    "How much does {he} earn?",
    "Which school did {he} go to?",
    "What was the last thing {he} said to you?",
    "Is {he} still angry?",
)
RELS = words("brother, daughter, mother, dog, boss, husband, wife, best friend, son")
EVENTS = words("arrive, move here, graduate, start working there, get married, leave, call, buy it")
THING_T = (
    "How much does the {item} cost?",
    "What time does the {place} close?",
    "When does the next {vehicle} leave?",
    "How many pages does the book have?",
    "What was the score?",
    "Who is the author of this article?",
    "Which platform does it leave from?",
    "What is the value of x?",
    "How far is it from here?",
    "Where is the meeting?",
    "What did the teacher say?",
    "Which one should I buy?",
    "Is it going to rain there tomorrow?",
    "What's the name of that song from the advert?",
    "How long does it take to get there?",
    "Who won the game last night?",
    "What is the answer to question {n}?",
    "What is x if y equals {n}?",
    "How long is the film?",
    "What floor is the office on?",
    "What does the sign say?",
    "How many people came?",
    "What was the name of the hotel?",
    "What is the population of the city?",
    "Who was in charge at the time?",
    "When does the course start?",
    "What colour was the car?",
    "How much did it weigh?",
    "Which way should I turn at the junction?",
    "What size should I order?",
    "What is the price of the second one?",
    "Is the {place} open on Sundays?",
)
ITEMS = words("ticket, blue one, new model, repair, bigger one, upgrade, subscription")
PLACES = words("shop, bank, library, museum, pharmacy, post office, gym, pool")
VEHICLES = words("bus, train, ferry, flight, tram")

ABSTRACT = words("""
the number seven, Thursday, jealousy, the letter Q, the square root of two, a forgotten dream, the concept
of justice, silence, the past tense, the alphabet, nostalgia, the colour blue, an empty set, the smell of
rain, the word 'maybe', a Tuesday afternoon, the speed of thought, the middle of nowhere, the number zero,
next Wednesday
""")
PROPERTY_T = (
    "What does {x} taste like?",
    "How much does {x} weigh in kilograms?",
    "What colour is {x}?",
    "How tall is {x}?",
    "What is the melting point of {x}?",
    "What is the phone number of {x}?",
    "What is the nationality of {x}?",
    "How many legs does {x} have?",
    "What is {x}'s favourite food?",
    "In what year was {x} born?",
    "How fast can {x} run?",
    "What is the boiling point of {x} in degrees Celsius?",
)
NONSENSE_OPEN = (
    "Explain why {x} is heavier than {y}.",
    "Describe the childhood of {x}.",
    "Compare the flavour of {x} with that of {y}.",
    "What are some of the hobbies of {x}?",
)
NONSENSE = (
    "What is the capital of the Pacific Ocean?",
    "Who was the first president of Antarctica?",
    "What is the last digit of pi?",
    "What is the largest prime number?",
    "What is the largest integer?",
    "How many minutes are in a triangle?",
    "What is the square root of a banana?",
    "What did the colour blue eat for dinner yesterday?",
    "Which month comes after December the 40th?",
    "What is north of the North Pole?",
    "What is the opposite of a giraffe?",
    "How loud is the colour red?",
    "Who won the war between Tuesday and Wednesday?",
    "How much does the shadow of a cloud weigh?",
    "How many corners does the number zero have?",
    "What is the smell of the number four?",
    "What time is it on the Sun?",
    "Which vowel is the heaviest?",
    "How many hours are in a kilometre?",
    "What is the surname of the wind?",
)


def underspecified_draft(rng: random.Random) -> Draft:
    he, his = rng.choice(HE)
    slots = {
        "he": he,
        "his": his,
        "rel": rng.choice(RELS),
        "event": rng.choice(EVENTS),
        "n": rng.randint(2, 30),
        "item": rng.choice(ITEMS),
        "place": rng.choice(PLACES),
        "vehicle": rng.choice(VEHICLES),
    }
    template = rng.choice(PRONOUN_T if rng.random() < 0.45 else THING_T)
    return Draft(casual(rng, sentence_case(template.format(**slots))), None)


def nonsense_draft(rng: random.Random) -> Draft:
    roll = rng.random()
    if roll < 0.2:
        x, y = rng.sample(ABSTRACT, 2)
        return Draft(sentence_case(rng.choice(NONSENSE_OPEN).format(x=x, y=y)), None, "open_ended")
    if roll < 0.45:
        return Draft(casual(rng, rng.choice(NONSENSE)), None)
    return Draft(casual(rng, rng.choice(PROPERTY_T).format(x=rng.choice(ABSTRACT))), None)


CATEGORIES: tuple[Category, ...] = (
    generated(
        "underspecified", False, underspecified_draft, "questions missing their referent (who is 'he'? which shop?)"
    ),
    generated("nonsensical", False, nonsense_draft, "category errors and impossible questions"),
)
