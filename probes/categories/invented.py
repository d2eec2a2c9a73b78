"""Unanswerable: questions about invented entities (people, places, organisations, species,
products, works, concepts) named by one of the four name procedures of `probes.names`
(pseudo-words, Markov names, blends, compounds; equal odds, recorded as the draft's generator).

Many templates deliberately mirror the answerable ones ("What is the capital of X?", "Who wrote
X?", "What is the chemical symbol for X?") so that wording alone does not reveal answerability.
About a third are open-ended ("Describe ...", "What are some ...") the way users ask.
"""

from __future__ import annotations

import random

from probes.categories.base import Draft, casual, generated, words
from probes.names import PROCEDURES, Procedure

ROLES = words("""
physicist, novelist, painter, composer, footballer, chess grandmaster, philosopher, explorer, architect,
mathematician, senator, poet, chef, economist, film director, astronaut, inventor, marine biologist, jazz
saxophonist, Olympic sprinter
""")
FIELDS = words("""
physics, literature, painting, music, football, chess, philosophy, exploration, architecture, mathematics,
politics, poetry, cooking, economics, cinema, space flight, engineering, biology, jazz, athletics
""")
NATIONALITIES = words("""
Danish, Brazilian, Nigerian, Austrian, Chilean, Korean, Scottish, Czech, Canadian, Portuguese, Indonesian,
Hungarian, Egyptian, Finnish, Peruvian
""")

PERSON = (
    "In what year was the {role} {p} born?",
    "Where was {p}, the {nat} {role}, born?",
    "Which university did the {role} {p} attend?",
    "What award did the {role} {p} win in {year}?",
    "Who was the {role} {p} married to?",
    "How old was {p} when they became a {role}?",
    "What was the title of {p}'s first major work?",
    "Who is {p}?",
    "What is {p} famous for?",
)
PERSON_OPEN = (
    "Describe the main contributions of the {role} {p}.",
    "Explain the key ideas of the {nat} {role} {p} in simple terms.",
    "What are some of the best-known works of the {role} {p}?",
    "Tell me about the life of {p}, the {role}.",
    "Summarise the career of the {nat} {role} {p}.",
    "Why is {p} considered important in the history of {field}?",
)
PLACE = (
    "What is the capital of {country}?",
    "What is the population of {town}?",
    "How high is Mount {w}?",
    "What is the official language of {country}?",
    "What is the currency of {country}?",
    "Which river flows through {town}?",
    "On which continent is {country}?",
    "How deep is Lake {w}?",
    "In which country is the {w} Valley?",
    "{city} is the capital of which country?",
)
PLACE_OPEN = (
    "Describe the climate of the {w} Valley.",
    "What are some popular tourist attractions in {town}?",
    "Explain the history of {country}.",
    "What is daily life like in {town}?",
    "What are some traditional dishes from {country}?",
    "Describe the wildlife around Lake {w}.",
)
ORG = (
    "When was {org} founded?",
    "Who founded {org}?",
    "Where is {org} headquartered?",
    "Who is the current CEO of {org}?",
    "How many employees does {org} have?",
    "What does {org} sell?",
)
ORG_OPEN = (
    "What does {org} do?",
    "Describe the history of {org}.",
    "What are some controversies involving {org}?",
    "Explain the business model of {org}.",
)
ORG_FORMS = (
    "{w} Industries",
    "the {w} Institute",
    "{w} Corporation",
    "the {w} Foundation",
    "{w} Airlines",
    "{w} University",
    "the {w} Group",
    "{w} Pharmaceuticals",
    "{w} Bank",
    "the {w} Trust",
)
SPECIES = (
    "How long does the {sp} live?",
    "What does the {sp} eat?",
    "Where is the {sp} found in the wild?",
    "How big does the {sp} grow?",
    "What is the scientific name of the {sp}?",
    "How many eggs does the {sp} lay?",
)
SPECIES_OPEN = (
    "Describe the mating behaviour of the {sp}.",
    "What are some adaptations of the {sp}?",
    "Explain how the {sp} survives the winter.",
    "What threats does the {sp} face in the wild?",
)
ANIMALS = words("""
beetle, frog, orchid, deer, parrot, lizard, moth, salamander, fern, eel, finch, monkey, spider, cactus,
shark
""")
PRODUCT = (
    "What is the battery life of the {prod}?",
    "How much does the {prod} cost?",
    "When was the {prod} released?",
    "Which company makes the {prod}?",
    "How much does the {prod} weigh?",
)
PRODUCT_OPEN = (
    "What are the main features of the {prod}?",
    "What are some common complaints about the {prod}?",
    "Compare the {prod} with its main competitors.",
    "Explain how to set up the {prod}.",
)
PRODUCTS = (
    "{w} Z{n} smartphone",
    "{w} {n}000 vacuum cleaner",
    "{w} electric car",
    "{w} fitness tracker",
    "{w} X{n} laptop",
    "{w} coffee machine",
    "{w} {n} headphones",
    "{w} drone",
)
WORK = (
    "Who wrote the novel {W}?",
    "Who painted {W} at Dusk?",
    "Who composed the {W} Symphony?",
    "Who invented the {W} engine?",
    "Who discovered the element {w}ium?",
    "What is the chemical symbol for {w}ium?",
    "What is the atomic number of {w}ium?",
    "Who directed the film {W}?",
    "In what year was the {W} Treaty signed?",
    "Which planet is the moon {W} orbiting?",
)
CONCEPT_OPEN = (
    "Explain the {W} effect in psychology.",
    "What is the {W} principle in economics?",
    "Describe the symptoms of {W} syndrome.",
    "How does the {W} algorithm work?",
    "What are some criticisms of the {W} theorem?",
    "Explain {W}'s law of thermodynamics.",
)
CONCEPT = (
    "Who discovered the {W} effect?",
    "In what year was the {W} theorem proved?",
    "How common is {W} syndrome?",
    "Who first described the {W} principle?",
)


def _slots(rng: random.Random, proc: Procedure) -> dict[str, object]:
    w = proc.word(rng)
    return {
        "w": w,
        "W": w,
        "p": proc.person(rng)[0],
        "role": rng.choice(ROLES),
        "field": rng.choice(FIELDS),
        "nat": rng.choice(NATIONALITIES),
        "year": rng.randint(1950, 2020),
        "n": rng.randint(2, 9),
        "country": rng.choice((f"the Republic of {w}", w, f"{w}ia", f"the Kingdom of {w}")),
        "town": rng.choice((f"the town of {w}", f"{w}", f"{w}ville", f"Port {w}")),
        "city": w,
        "org": rng.choice(ORG_FORMS).format(w=w),
        "sp": f"{w.lower()} {rng.choice(ANIMALS)}" if rng.random() < 0.5 else f"{w} {rng.choice(ANIMALS)}",
        "prod": rng.choice(PRODUCTS).format(w=w, n=rng.randint(2, 9)),
    }


KINDS = (
    (PERSON, PERSON_OPEN),
    (PLACE, PLACE_OPEN),
    (ORG, ORG_OPEN),
    (SPECIES, SPECIES_OPEN),
    (PRODUCT, PRODUCT_OPEN),
    (WORK, CONCEPT_OPEN),
    (CONCEPT, CONCEPT_OPEN),
)


def invented_draft(rng: random.Random) -> Draft:
    factoid, open_ended = rng.choice(KINDS)
    generator = rng.choice(tuple(PROCEDURES))
    slots = _slots(rng, PROCEDURES[generator])
    if rng.random() < 0.45:
        return Draft(rng.choice(open_ended).format(**slots), None, "open_ended", generator=generator)
    return Draft(casual(rng, rng.choice(factoid).format(**slots)), None, generator=generator)


CATEGORIES = (
    generated("invented_entity", False, invented_draft,
              "people, places, organisations, species, products and works that do not exist"),
)
