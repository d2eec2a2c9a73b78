"""Names for invented entities, shaped like the real names of each group (`probes.tables.entities`).

"the <word> leopard" for an animal, "<stem>profen" for a drug, "Lake <Word>" for a lake, "the
Battle of <Word>" for an event. The word, stem or person's name comes from one of the name
procedures of `probes.names` (syllable pseudo-words by default; Markov, blend and compound names
alike), each checked not to be a real word or any word of the real-entity table; drug names also
avoid a list of real medicines with the same endings.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from probes.names.pseudo import table_words

if TYPE_CHECKING:
    from probes.names import Procedure

Maker = Callable[[random.Random, "Procedure"], tuple[str, tuple[str, ...]]]

@dataclass(frozen=True)
class Invented:
    """An invented entity: its name as written, the invented words it is built from, kind, group
    and the name procedure (generator) that made them."""

    name: str
    parts: tuple[str, ...]
    kind: str
    group: str
    generator: str = "pseudoword"


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


def _drug(rng: random.Random, proc: Procedure) -> tuple[str, tuple[str, ...]]:
    while True:
        stem = proc.stem(rng)
        name = join(stem, rng.choice(DRUG_SUFFIXES))
        if name not in REAL_DRUG_NAMES and name not in table_words():
            return name, (stem,)


def _compound(*forms: tuple[str, str]) -> Maker:
    """One-word names from a stem and an ending: ("the {x}", "scope") -> "the velkascope"."""

    def make(rng: random.Random, proc: Procedure) -> tuple[str, tuple[str, ...]]:
        stem = proc.stem(rng)
        frame, suffix = rng.choice(forms)
        word = join(stem, suffix)
        return frame.format(x=word, X=word.capitalize()), (stem,)

    return make


def _formed(*forms: str, heads: tuple[str, ...] = ()) -> Maker:
    """A maker filling one of `forms`: {W} is the invented word capitalised, {w} in lowercase, {head}
    one of `heads` (real head nouns: "the {w} {head}" -> "the velka leopard")."""

    def make(rng: random.Random, proc: Procedure) -> tuple[str, tuple[str, ...]]:
        word = proc.word(rng)
        head = rng.choice(heads) if heads else ""
        return rng.choice(forms).format(W=word, w=word.lower(), head=head), (word,)

    return make


def _person(rng: random.Random, proc: Procedure) -> tuple[str, tuple[str, ...]]:
    if rng.random() < 0.1:  # single-name figures exist too (Cleopatra, Confucius, Pele)
        word = proc.word(rng)
        return word, (word,)
    return proc.person(rng)


ANIMAL_HEADS = ("leopard", "beetle", "frog", "eagle", "owl", "lizard", "snake", "shark", "bat", "deer", "monkey",
                "parrot", "tortoise", "crab", "moth", "antelope", "hawk", "seal", "whale", "salamander", "lemur",
                "gecko", "finch", "heron")
PLANT_HEADS = ("tree", "orchid", "lily", "fern", "palm", "cactus", "vine", "moss", "pine", "shrub", "creeper")

NAMERS: dict[str, Maker] = {
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


def invent(rng: random.Random, kind: str, group: str, generator: str = "pseudoword") -> Invented:
    """An invented entity of a kind and group, named like the real ones of that group with the
    words of one name procedure (`probes.names.PROCEDURES`)."""
    from probes.names import PROCEDURES  # late: probes.names reads probes.categories.base

    compound = rng.random() < COMPOUND_SHARE.get(group, 0.0)
    name, parts = NAMERS[f"{group}_compound" if compound else group](rng, PROCEDURES[generator])
    return Invented(name, parts, kind, group, generator)
