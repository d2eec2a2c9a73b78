"""Question templates for the contrastive entity probes (`probes.categories.entities`).

Each template has an id "entity.<kind>.<name>", a style, the aspect of the entity it asks about
(graded with the entity's aliases for that aspect; "-" for none: graded answered/abstained) and
the groups of its kind its wording suits ("-" for all). The same templates are filled with real
entities (answerable) and with invented ones (unanswerable).
"""
from __future__ import annotations

from dataclasses import dataclass

from probes.tables.entities import BY_KIND, KINDS, Entity

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
