"""Contrastive entity probes: one set of question templates, filled with real or invented entities.

Elsewhere the answerable questions are mostly short factoids about a few fact tables, and open,
descriptive questions exist only about invented things, so a classifier can learn "table-shaped
factoid" versus "everything else" and then abstains on every open question a real user asks
("What does a snow leopard eat?", "What are the basic rules of cricket?"). Here the same
templates are filled with a real entity (`real_entity`, answerable) and with an invented entity
of the same kind and surface shape (`fictional_entity`, unanswerable), so only whether the entity
exists separates a pair: same template text, same style, same topic and template id.

Ten kinds (`probes.tables.entities.KINDS`). Each template has a style (factoid, open_ended,
descriptive, opinion-like phrasing with a consensus answer, speculative phrasing with a known
answer), a stable id "entity.<kind>.<aspect-or-name>", the aspect it asks about (graded with the
entity's aliases for it) or none (about a quarter: "Tell me about X.", "What are the basic rules
of X?"; graded answered/abstained), and the groups of the kind its wording suits ("What does X
eat?" fits animals, not plants). A draw picks a kind, then a style (so styles are equally
common), then a template of that kind and style; the real side then picks an entity that has the
template's aspect, the invented side a group with the same odds and a name shaped like that
group's real names ("the <pseudoword> leopard", "<stem>profen", "Lake <Pseudoword>",
"the Battle of <Pseudoword>"). Invented names use checked pseudo-words (`probes.pseudowords`)
that are also no word of the real-entity table.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from probes.categories.base import Category, Draft, casual, draw_distinct, forever, sentence_case, strip_lead_in
from probes.normalize import fold
from probes.pseudowords import pseudo_name, pseudo_word
from probes.tables.entities import BY_KIND, ENTITIES, KINDS, Entity

STYLE_ORDER = ("factoid", "open_ended", "descriptive", "opinion", "speculative")


@dataclass(frozen=True)
class Template:
    """A question with an {e} slot (and maybe group slots), its style, and the aspect it grades."""

    id: str
    style: str
    text: str
    aspect: str | None = None
    groups: tuple[str, ...] = ()  # empty: every group of the kind

    @property
    def kind(self) -> str:
        return self.id.split(".")[1]

    def suits(self, entity: Entity) -> bool:
        """Whether the wording fits the entity's group and the entity has the asked aspect."""
        in_group = not self.groups or entity.group in self.groups
        return in_group and (self.aspect is None or entity.aliases(self.aspect) is not None)


def _templates(kind: str, rows: str) -> tuple[Template, ...]:
    """Rows "name | style | aspect or - | groups or - | text" -> templates with id entity.<kind>.<name>."""
    out = []
    for line in rows.strip().splitlines():
        name, style, aspect, groups, text = (part.strip() for part in line.split("|"))
        out.append(
            Template(
                f"entity.{kind}.{name}",
                style,
                text,
                None if aspect == "-" else aspect,
                () if groups == "-" else tuple(g.strip() for g in groups.split(",")),
            )
        )
    return tuple(out)


TEMPLATES: tuple[Template, ...] = (
    *_templates("animal", """
is               | factoid     | is    | -      | What kind of {noun} is {e}?
diet             | factoid     | diet  | animal | What does {e} eat?
range            | factoid     | range | -      | Where in the world is {e} found in the wild?
overview         | open_ended  | -     | -      | Tell me about {e}.
origins          | open_ended  | range | -      | Explain where {e} comes from and where it can be found today.
looks            | descriptive | -     | -      | What does {e} look like?
describe         | descriptive | is    | -      | Describe {e} in a couple of sentences.
describe_diet    | descriptive | diet  | animal | Describe the diet of {e}.
remarkable       | opinion     | -     | -      | What do most people find most remarkable about {e}?
opinion_kind     | opinion     | is    | -      | What kind of {noun} would most people say {e} is?
opinion_diet     | opinion     | diet  | animal | What do most wildlife experts say {e} mainly eats?
hungry           | speculative | diet  | animal | If {e} were hungry, what would it look for to eat?
see_wild         | speculative | range | -      | If I wanted to see {e} in the wild, where would I have to go?
"""),
    *_templates("medicine", """
is               | factoid     | is      | -       | What is {e}?
use              | factoid     | use     | drug    | What is {e} used to treat?
affects          | factoid     | affects | disease | Which part of the body does {e} mainly affect?
overview         | open_ended  | -       | -       | Tell me about {e}.
prescribed       | open_ended  | use     | drug    | What do doctors usually prescribe {e} for?
explain          | open_ended  | is      | disease | Explain what {e} is and what causes it.
taken            | descriptive | -       | drug    | How is {e} usually taken?
symptoms         | descriptive | -       | disease | What are the symptoms of {e}?
describe         | descriptive | is      | -       | Describe {e} in a few sentences.
why_take         | opinion     | use     | drug    | Why do many people take {e}?
opinion_affects  | opinion     | affects | disease | Which part of the body do most doctors associate {e} with?
opinion_know     | opinion     | -       | -       | What do most doctors consider the most important thing to know about {e}?
prescribed_if    | speculative | use     | drug    | If a doctor prescribed me {e}, what would they most likely be treating?
cabinet          | speculative | is      | drug    | If I found {e} in my medicine cabinet, what kind of medicine would it be?
diagnosed        | speculative | affects | disease | If someone were diagnosed with {e}, which part of their body would be affected?
"""),
    *_templates("food", """
is                 | factoid     | is         | - | What kind of food is {e}?
ingredient         | factoid     | ingredient | - | What is the main ingredient of {e}?
origin             | factoid     | origin     | - | Which country does {e} come from?
overview           | open_ended  | -          | - | Tell me about {e}.
prepare            | open_ended  | -          | - | How do people usually prepare {e}?
history            | open_ended  | origin     | - | Explain where {e} originally comes from.
describe           | descriptive | is         | - | Describe {e}.
taste              | descriptive | -          | - | What does {e} taste like?
made_of            | descriptive | ingredient | - | Describe what goes into {e}.
opinion_ingredient | opinion     | ingredient | - | What do most cooks consider the essential ingredient of {e}?
opinion_origin     | opinion     | origin     | - | Which country do most people associate {e} with?
order              | speculative | is         | - | If I ordered {e} at a restaurant, what would I be served?
home               | speculative | origin     | - | If I wanted to eat {e} in the country it comes from, where would I have to travel?
"""),
    *_templates("sport", """
is               | factoid     | is     | - | What kind of {noun} is {e}?
gear             | factoid     | gear   | - | What equipment do you need to play {e}?
origin           | factoid     | origin | - | Where did {e} originate?
rules            | open_ended  | -      | - | What are the basic rules of {e}?
overview         | open_ended  | -      | - | Tell me about {e}.
how_played       | open_ended  | gear   | - | Explain how {e} is played.
describe         | descriptive | is     | - | Describe {e}.
describe_gear    | descriptive | gear   | - | Describe the equipment used in {e}.
opinion_hard     | opinion     | -      | - | What do most players consider the hardest part of {e}?
opinion_origin   | opinion     | origin | - | Which country do most people credit with inventing {e}?
take_up          | speculative | gear   | - | If I wanted to take up {e}, what equipment would I need?
invited          | speculative | is     | - | If a friend invited me to play {e}, what kind of {noun} would I be playing?
"""),
    *_templates("organisation", """
does             | factoid     | does | -       | What does {e} do?
base             | factoid     | base | -       | Where is {e} based?
kind             | factoid     | does | -       | What kind of {noun} is {e}?
overview         | open_ended  | -    | -       | Tell me about {e}.
known            | open_ended  | does | -       | What is {e} known for?
history          | open_ended  | -    | -       | What is the history of {e}?
describe         | descriptive | does | -       | Describe {e}.
headquarters     | descriptive | base | -       | Describe where {e} has its headquarters.
work_there       | descriptive | -    | -       | What is it like to work at {e}?
opinion_best     | opinion     | does | -       | What do most people consider {e} best known for?
opinion_base     | opinion     | base | -       | In which country do most people think {e} has its headquarters?
visit            | speculative | base | -       | If I wanted to visit the headquarters of {e}, where would I travel to?
buy              | speculative | does | company | If I bought something from {e}, what would it most likely be?
job              | speculative | does | body    | If I took a job at {e}, what kind of work would the organisation be doing?
"""),
    *_templates("place", """
country           | factoid     | where | -        | Which country is {e} in?
structure         | factoid     | is    | landmark | What kind of structure is {e}?
sea               | factoid     | sea   | river    | Which sea or ocean does {e} flow into?
chain             | factoid     | chain | mountain | Which mountain range is {e} part of?
overview          | open_ended  | -     | -        | Tell me about {e}.
famous            | open_ended  | -     | -        | What is {e} famous for?
located           | open_ended  | where | -        | Can you explain where {e} is located?
like              | descriptive | -     | -        | What is {e} like?
describe_location | descriptive | where | -        | Describe the location of {e}.
opinion_country   | opinion     | where | -        | Which country do most people associate {e} with?
opinion_structure | opinion     | is    | landmark | What kind of structure would most architects call {e}?
visited           | speculative | where | -        | If I visited {e}, which country would I be in?
trip              | speculative | where | -        | If I planned a trip to see {e}, where would I need to go?
"""),
    *_templates("person", """
who              | factoid     | known | - | Who is {e}?
born             | factoid     | born  | - | Where was {e} born?
field            | factoid     | known | - | In which field did {e} make their name?
known            | open_ended  | known | - | What is {e} known for?
overview         | open_ended  | -     | - | Tell me about {e}.
life             | descriptive | -     | - | Describe the life of {e}.
describe         | descriptive | known | - | Describe {e} in a few sentences.
opinion_known    | opinion     | known | - | What do most people consider {e} best known for?
admire           | opinion     | -     | - | Why do so many people admire {e}?
biography        | speculative | known | - | If I read a biography of {e}, what achievement would it focus on?
birthplace       | speculative | born  | - | If I wanted to visit the place where {e} was born, where would I go?
"""),
    *_templates("technology", """
does             | factoid     | does     | - | What does {e} do?
used_for         | factoid     | does     | - | What is {e} used for?
inventor         | factoid     | inventor | - | Who invented {e}?
overview         | open_ended  | -        | - | Tell me about {e}.
explain          | open_ended  | does     | - | Explain what {e} is for.
how              | descriptive | -        | - | How does {e} work?
describe         | descriptive | does     | - | Describe {e} in simple terms.
opinion_useful   | opinion     | does     | - | Why do many experts consider {e} so useful?
opinion_credit   | opinion     | inventor | - | Who do most historians credit with inventing {e}?
child            | speculative | does     | - | If you had to explain {e} to a child, what would you say it does?
without          | speculative | -        | - | What would everyday life be like without {e}?
"""),
    *_templates("event", """
when             | factoid     | when  | - | When did {e} happen?
where            | factoid     | where | - | Where did {e} take place?
overview         | open_ended  | -     | - | Tell me about {e}.
what             | open_ended  | what  | - | What happened during {e}?
describe         | descriptive | what  | - | Describe {e}.
live_through     | descriptive | -     | - | What was it like to live through {e}?
significance     | opinion     | -     | - | Why do historians consider {e} so important?
opinion_when     | opinion     | when  | - | In which year do most historians date {e}?
opinion_where    | opinion     | where | - | Where do most historians say {e} took place?
time_travel      | speculative | when  | - | If I could travel back in time to witness {e}, which year should I go to?
visit_site       | speculative | where | - | If I wanted to visit the place where {e} happened, where would I go?
"""),
    *_templates("work", """
creator           | factoid     | creator | -                 | Who {made} {e}?
about             | factoid     | about   | book, film, song  | What is {e} about?
depicts           | factoid     | about   | painting          | What does {e} show?
facts             | open_ended  | -       | -                 | What are some interesting facts about {e}?
maker             | open_ended  | creator | -                 | Tell me about the person who created {e}.
story             | descriptive | about   | book, film        | Describe the story of {e}.
describe_painting | descriptive | about   | painting          | Describe what {e} shows.
like              | descriptive | -       | -                 | What is {e} like?
opinion_about     | opinion     | about   | -                 | What do most critics say {e} is about?
opinion_creator   | opinion     | creator | -                 | Who do most people think of as the creator of {e}?
love              | opinion     | -       | -                 | Why do so many people love {e}?
more_by           | speculative | creator | -                 | If I enjoyed {e}, whose other work should I look for?
plot_by           | speculative | about   | book, film        | If I {consume} {e} by {by}, what would it be about?
"""),
)
BY_ID: dict[str, Template] = {t.id: t for t in TEMPLATES}
BY_CELL: dict[tuple[str, str], tuple[Template, ...]] = {
    (k, s): tuple(t for t in TEMPLATES if t.kind == k and t.style == s) for k in KINDS for s in STYLE_ORDER
}
# Real entities each template can be asked about (fixed order: draws are deterministic).
SUITABLE: dict[str, tuple[Entity, ...]] = {t.id: tuple(e for e in BY_KIND[t.kind] if t.suits(e)) for t in TEMPLATES}

# Words the templates put around a group's entity ("What kind of {noun} is ...", "Who {made} ...").
GROUP_SLOTS: dict[str, dict[str, str]] = {
    "animal": {"noun": "animal"},
    "plant": {"noun": "plant"},
    "sport": {"noun": "sport"},
    "game": {"noun": "game"},
    "company": {"noun": "company"},
    "body": {"noun": "organisation"},
    "book": {"made": "wrote", "consume": "read"},
    "film": {"made": "directed", "consume": "watched"},
    "painting": {"made": "painted"},
    "song": {"made": "sang"},
}


def fill(template: Template, name: str, group: str, by: str = "") -> str:
    """The question text of a template for an entity name of a group (sentence-cased)."""
    return sentence_case(template.text.format(e=name, by=by, **GROUP_SLOTS.get(group, {})))


# ---- invented names -------------------------------------------------------------------------


@dataclass(frozen=True)
class Invented:
    """An invented entity: its name as written, the pseudo-words it is built from, kind and group."""

    name: str
    parts: tuple[str, ...]
    kind: str
    group: str


@lru_cache(maxsize=1)
def table_words() -> frozenset[str]:
    """Every word of the real-entity table (names and aliases), folded to lowercase ASCII."""
    text = " ".join(e.name + " " + " ".join(a for _, aliases in e.facts for a in aliases) for e in ENTITIES)
    return frozenset(re.findall(r"[a-z]+", fold(text)))


def _clashes(word: str) -> bool:
    w = word.lower()
    return any(stem in table_words() for stem in {w, w[:-1], w[:-2]} if len(stem) >= 4)


def fresh_word(rng: random.Random, syllables: tuple[int, int] = (2, 3)) -> str:
    """A checked pseudo-word (capitalised) that is also no word of the real-entity table."""
    while True:
        word = pseudo_word(rng, syllables)
        if not _clashes(word):
            return word


def _fresh_name(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    while True:
        name = pseudo_name(rng)
        parts = tuple(name.split())
        if not any(_clashes(p) for p in parts):
            return name, parts


# Drug-name endings shared with real medicines (ibuprofen, amoxicillin, omeprazole, lisinopril ...).
DRUG_SUFFIXES = ("profen", "cillin", "azole", "mab", "pril", "olol", "statin", "vir", "mycin", "sartan", "tidine",
                 "azepam", "oxetine", "afil")
# Real medicines with those endings, never to be produced by accident.
REAL_DRUG_NAMES = frozenset("""
ibuprofen ketoprofen flurbiprofen fenoprofen dexibuprofen loxoprofen zaltoprofen pirprofen indoprofen carprofen
amoxicillin ampicillin penicillin cloxacillin dicloxacillin flucloxacillin oxacillin piperacillin ticarcillin
methicillin nafcillin carbenicillin azlocillin mezlocillin omeprazole esomeprazole lansoprazole pantoprazole
rabeprazole fluconazole itraconazole ketoconazole voriconazole posaconazole miconazole clotrimazole econazole
metronidazole tinidazole albendazole mebendazole adalimumab infliximab rituximab trastuzumab bevacizumab
pembrolizumab nivolumab cetuximab omalizumab denosumab lisinopril enalapril ramipril captopril perindopril
quinapril benazepril fosinopril trandolapril propranolol atenolol metoprolol bisoprolol carvedilol labetalol
nadolol sotalol timolol nebivolol atorvastatin simvastatin rosuvastatin pravastatin lovastatin fluvastatin
pitavastatin acyclovir aciclovir valacyclovir ganciclovir oseltamivir zanamivir tenofovir ritonavir lopinavir
remdesivir sofosbuvir erythromycin azithromycin clarithromycin streptomycin neomycin vancomycin clindamycin
losartan valsartan irbesartan candesartan telmisartan olmesartan ranitidine cimetidine famotidine nizatidine
diazepam lorazepam clonazepam temazepam oxazepam fluoxetine paroxetine duloxetine sildenafil tadalafil
vardenafil
""".split())
VOWELS = frozenset("aeiouy")


def join(stem: str, suffix: str) -> str:
    """Stem + ending joined like drug names: "velka"+"azole" -> "velkazole", "kran"+"pril" -> "kranopril"."""
    base = stem.lower()
    if suffix[0] in VOWELS:
        return base.rstrip("aeiouy") + suffix
    return base + suffix if base[-1] in VOWELS else base + "o" + suffix


def _drug(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    while True:
        stem = fresh_word(rng, (2, 2))
        name = join(stem, rng.choice(DRUG_SUFFIXES))
        if name not in REAL_DRUG_NAMES and name not in table_words():
            return name, (stem,)


def _compound(*forms: tuple[str, str]) -> Callable[[random.Random], tuple[str, tuple[str, ...]]]:
    """One-word names from a pseudo-word and an ending: ("the {x}", "scope") -> "the velkascope"."""

    def make(rng: random.Random) -> tuple[str, tuple[str, ...]]:
        stem = fresh_word(rng, (2, 2))
        frame, suffix = rng.choice(forms)
        word = join(stem, suffix)
        return frame.format(x=word, X=word.capitalize()), (stem,)

    return make


def _formed(*forms: str, heads: tuple[str, ...] = ()) -> Callable[[random.Random], tuple[str, tuple[str, ...]]]:
    """A maker filling one of `forms`: {W} is the pseudo-word capitalised, {w} in lowercase, {head} one
    of `heads` (real head nouns: "the {w} {head}" -> "the velka leopard")."""

    def make(rng: random.Random) -> tuple[str, tuple[str, ...]]:
        word = fresh_word(rng)
        head = rng.choice(heads) if heads else ""
        return rng.choice(forms).format(W=word, w=word.lower(), head=head), (word,)

    return make


def _person(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    if rng.random() < 0.1:  # single-name figures exist too (Cleopatra, Confucius, Pele)
        word = fresh_word(rng)
        return word, (word,)
    return _fresh_name(rng)


ANIMAL_HEADS = ("leopard", "beetle", "frog", "eagle", "owl", "lizard", "snake", "shark", "bat", "deer", "monkey",
                "parrot", "tortoise", "crab", "moth", "antelope", "hawk", "seal", "whale", "salamander", "lemur",
                "gecko", "finch", "heron")
PLANT_HEADS = ("tree", "orchid", "lily", "fern", "palm", "cactus", "vine", "moss", "pine", "shrub", "creeper")

NAMERS: dict[str, Callable[[random.Random], tuple[str, tuple[str, ...]]]] = {
    "animal": _formed("the {w} {head}", "the {w} {head}", "the {W} {head}", "the {W} {head}", "the {w}",
                      heads=ANIMAL_HEADS),
    "plant": _formed("the {w} {head}", "the {W} {head}", "the {w}", heads=PLANT_HEADS),
    "drug": _drug,
    "disease": _formed("{w}", "{W}'s disease", "{W} disease", "{W} syndrome"),
    "disease_compound": _compound(("{x}", "osis"), ("{x}", "itis")),
    "dish": _formed("{w}"),
    "sport": _formed("{w}"),
    "sport_compound": _compound(("{x}", "ball")),
    "game": _formed("{W}", "{w}"),
    "company": _formed("{W}", "{W}", "{W}", "{W} Industries", "{W}soft", "{W} Motors", "{W} Group", "{W} Airlines"),
    "body": _formed("{W}", "{W} International", "the {W} Foundation", "the {W} Institute", "the {W} Society"),
    "city": _formed("{W}"),
    "landmark": _formed("the {W} Tower", "the {W} Palace", "the Temple of {W}", "the {W} Bridge", "{W}",
                        "{W} Castle", "the {W} Cathedral"),
    "river": _formed("the {W}", "the {W} River"),
    "mountain": _formed("Mount {W}", "Mount {W}", "Mount {W}", "{W}", "Mont {W}"),
    "mountain_compound": _compound(("the {X}", "horn")),
    "lake": _formed("Lake {W}"),
    "person": _person,
    "device": _formed("the {W} engine", "the {W} press", "the {W} battery"),
    "device_compound": _compound(("the {x}", "scope"), ("the {x}", "graph"), ("the {x}", "meter")),
    "concept": _formed("{W}", "{W}", "{w} computing", "{w} learning", "{w} printing", "the {W} protocol"),
    "event": _formed("the Battle of {W}", "the Treaty of {W}", "the {W} Rebellion", "the Siege of {W}",
                     "the Great Fire of {W}", "the fall of {W}", "the {W} disaster", "the {W} Crisis",
                     "the {W} Revolution"),
    "book": _formed("the novel {W}", "the novel The {W} Garden", "the novel The House of {W}",
                    "the novel Letters from {W}", "the novel The Last Days of {W}"),
    "film": _formed("the film {W}", "the film The {W} Affair", "the film Return to {W}", "the film The {W} Code",
                    "the film Night in {W}"),
    "painting": _formed("{W}", "{W} at Dusk", "The {W} Bridge", "Portrait of {W}", "The Garden at {W}",
                        "View of {W}"),
    "song": _formed("the song {W}", "the song {W} Nights", "the song Dancing in {W}", "the song {W} Blues",
                    "the song Goodbye {W}"),
}


# Share of a group's invented names built as one compound word ("velkosis", "the velkascope").
COMPOUND_SHARE = {"disease": 0.3, "device": 0.5, "sport": 0.2, "mountain": 0.15}


def invent(rng: random.Random, kind: str, group: str) -> Invented:
    """An invented entity of a kind and group, named like the real ones of that group."""
    compound = rng.random() < COMPOUND_SHARE.get(group, 0.0)
    name, parts = NAMERS[f"{group}_compound" if compound else group](rng)
    return Invented(name, parts, kind, group)


# ---- drawing ---------------------------------------------------------------------------------


def pick_template(rng: random.Random) -> Template:
    """A kind, then a style (equal shares), then a template of that kind and style."""
    kind = rng.choice(KINDS)
    style = rng.choice(STYLE_ORDER)
    return rng.choice(BY_CELL[(kind, style)])


def real_sample(rng: random.Random) -> tuple[Draft, Entity]:
    """One answerable draft and the real entity it asks about."""
    template = pick_template(rng)
    entity = rng.choice(SUITABLE[template.id])
    answers = entity.aliases(template.aspect) if template.aspect else None
    by = (entity.aliases("creator") or ("",))[0]
    question = casual(rng, fill(template, entity.name, entity.group, by))
    return Draft(question, answers, template.style, template.kind, template.id), entity


def fictional_sample(rng: random.Random) -> tuple[Draft, Invented]:
    """One unanswerable draft and the invented entity in it (group odds as on the real side)."""
    template = pick_template(rng)
    group = rng.choice(SUITABLE[template.id]).group
    invented = invent(rng, template.kind, group)
    by = _fresh_name(rng)[0] if "{by}" in template.text else ""
    question = casual(rng, fill(template, invented.name, group, by))
    return Draft(question, None, template.style, template.kind, template.id), invented


def _distinct(sample: Callable[[random.Random], tuple[Draft, object]], rng: random.Random, n: int) -> list:
    """Up to `n` (draft, entity) pairs with distinct questions (see `draw_distinct`)."""
    made: dict[str, object] = {}

    def make() -> Draft:
        draft, entity = sample(rng)
        made.setdefault(strip_lead_in(draft.question).casefold(), entity)
        return draft

    return [(d, made[strip_lead_in(d.question).casefold()]) for d in draw_distinct(forever(make), n)]


def draw_real(rng: random.Random, n: int) -> list[tuple[Draft, Entity]]:
    """Up to `n` distinct answerable drafts, each with its real entity (prefix-stable)."""
    return _distinct(real_sample, rng, n)


def draw_fictional(rng: random.Random, n: int) -> list[tuple[Draft, Invented]]:
    """Up to `n` distinct unanswerable drafts, each with its invented entity (prefix-stable)."""
    return _distinct(fictional_sample, rng, n)


def real_pool() -> list[tuple[Draft, Entity]]:
    """Every (template, real entity) question without lead-ins: the finite answerable pool."""
    out = []
    for t in TEMPLATES:
        for e in SUITABLE[t.id]:
            by = (e.aliases("creator") or ("",))[0]
            answers = e.aliases(t.aspect) if t.aspect else None
            out.append((Draft(fill(t, e.name, e.group, by), answers, t.style, t.kind, t.id), e))
    return out


real_entity = Category(
    "real_entity",
    True,
    lambda rng, n: [d for d, _ in draw_real(rng, n)],
    "factoid, open, descriptive, opinion-like and speculative questions about real, well-known entities",
)
fictional_entity = Category(
    "fictional_entity",
    False,
    lambda rng, n: [d for d, _ in draw_fictional(rng, n)],
    "the real_entity templates filled with invented entities of the same kind and name shape",
)

CATEGORIES = (real_entity, fictional_entity)
