"""Question bank and template families of the `no_consensus` category (`probes.categories.no_consensus`)."""

from __future__ import annotations

from probes.categories.base import words
from probes.categories.families import Family, bank, grid

BANK = (
    "Is there life after death?",
    "Does God exist?",
    "Do humans have free will?",
    "Is there intelligent life elsewhere in the universe?",
    "Does the soul exist apart from the body?",
    "Is there a heaven?",
    "Is there a hell?",
    "Does reincarnation really happen?",
    "Does prayer actually change anything?",
    "Do miracles happen?",
    "Is there a purpose behind the universe?",
    "Did the universe have a creator?",
    "Do near-death experiences show a glimpse of the afterlife?",
    "Can the human mind survive without a brain?",
    "Is consciousness nothing more than brain activity?",
    "Will machines ever become truly conscious?",
    "Could a computer ever have a soul?",
    "Is morality objective?",
    "Are there moral truths that hold in every culture?",
    "Is there such a thing as absolute good?",
    "Does evil exist as a real force in the world?",
    "Does everything happen for a reason?",
    "Is our fate written in advance?",
    "Is there a God who answers prayers?",
    "Why would a good God allow suffering?",
    "When does a human being first become a person?",
    "Is it ever right to go to war?",
    "Is the death penalty ever justified?",
    "Do we owe anything to future generations?",
    "Do animals have rights?",
    "Is there a meaning to suffering?",
    "Can people remember their past lives?",
    "Are dreams messages from the spirit world?",
    "Do our dead relatives watch over us?",
    "Is there a spiritual world beyond the physical one?",
    "Is the mind the same thing as the brain?",
    "Can consciousness exist without a body?",
    "Do plants have some form of consciousness?",
    "Do insects have feelings?",
    "Is love just chemistry?",
    "Is cooperation or competition more natural to humans?",
    "Is war part of human nature?",
    "Will humans ever achieve lasting world peace?",
    "Is it possible to build a perfectly fair society?",
    "Is happiness the point of being alive?",
    "Is there a right way to live?",
    "Is there an objective standard of beauty?",
    "Do people have a duty to help strangers?",
    "Is it morally wrong to be rich while others go hungry?",
    "Is there a soulmate for everyone?",
    "Can true love last forever?",
    "Can people truly change who they are?",
    "Are people responsible for their actions if their choices are determined?",
    "Is the universe fundamentally random?",
    "Is the future already fixed?",
    "Is there a multiverse?",
    "Are there other universes besides ours?",
    "Was the universe fine-tuned for life?",
    "Is there a limit to what humans can ever understand?",
    "Could all of life be a dream?",
    "Are other people conscious in the same way I am?",
    "Can we ever know what another person really feels?",
    "Does the human spirit live on after death?",
    "Can religion and science both be true?",
    "Do all religions point to the same truth?",
    "Which religion is the true one?",
    "Is there a divine plan for each person?",
    "Can a place be cursed?",
    "Can an object be haunted?",
    "Do curses actually work?",
    "Can a person be possessed by a spirit?",
    "Is there a universal consciousness connecting all living things?",
    "Will religion ever disappear?",
    "Is it possible to live a completely moral life?",
    "Is there a higher power guiding history?",
    "Do ghosts haunt the places where they died?",
    "Is deja vu a memory from a past life?",
    "Can the dead send signs to the living?",
    "Is the self an illusion?",
    "Does a person stay the same person throughout their life?",
    "Would a perfect copy of you really be you?",
    "Do people deserve what happens to them?",
    "Is suffering necessary for personal growth?",
    "Would living forever be a blessing or a curse?",
    "Is there more good than evil in the world?",
    "Are humans becoming better people over time?",
    "Is it natural for humans to eat meat?",
    "Is human life worth more than animal life?",
    "Are people born with a sense of right and wrong?",
    "Did time have a beginning?",
    "Do you think there is a God?",
    "Do you think we will ever find out what consciousness is?",
    "Do you think the universe was made for us?",
)
BEINGS = words("""
ghosts, demons, spirits of the dead, guardian angels, poltergeists, fairies, djinn, ancestral spirits,
nature spirits, evil spirits, immortal souls, spirit guides, household spirits
""")
BEING_T = (
    "Do {b} exist?",
    "Are {b} real?",
    "Do you think {b} are real?",
    "Is there any truth in the belief in {b}?",
    "Can {b} communicate with the living?",
    "Do {b} have any influence on our lives?",
)
ANIMALS = words("""
dogs, cats, horses, dolphins, elephants, crows, octopuses, chimpanzees, pigs, parrots, bees, fish, whales,
rats, cows, ants
""")
ANIMAL_T = (
    "Do {g} have souls?",
    "Do {g} have free will?",
    "Do {g} go to heaven when they die?",
    "Do {g} have a sense of right and wrong?",
    "Do {g} understand that they will die one day?",
    "Is there an afterlife for {g}?",
    "Do you think {g} have souls?",
    "Are {g} aware of their own existence?",
)
CLAIMS = words("""
there is life after death, we are living in a simulation, free will is real, the universe has a
purpose, there are other universes, the soul survives death, reincarnation happens, prayers are ever
answered, everything happens for a reason, morality is objective, the mind can exist without the brain,
machines can ever be conscious, there is a heaven, humans are good at heart, our fate is fixed in advance,
ghosts are the spirits of the dead, the universe was designed, there is a spiritual realm, consciousness
continues after death, the self is real, human life has a special value, the dead can contact the living,
we have lived before, beauty is objective
""")
CLAIM_T = (
    "Is it possible to know whether {c}?",
    "Will science ever prove whether {c}?",
    "Do you think {c}?",
    "Is it true that {c}?",
)
TRAITS = words("""
selfish, violent, monogamous, cooperative, competitive, religious, lazy, tribal, trustworthy, greedy,
peaceful, kind, aggressive, generous
""")
TRAIT_T = (
    "Are humans naturally {t}?",
    "Are people {t} by nature?",
    "Is human nature fundamentally {t}?",
    "Do you think people are naturally {t}?",
)
PROBLEMS = words("""
war, crime, racism, corruption, hunger, inequality, loneliness, prejudice, violence, terrorism,
homelessness, greed, injustice, unemployment, addiction
""")
PROBLEM_T = (
    "Can {p} ever be fully eliminated?",
    "Will humanity ever put an end to {p}?",
    "Is {p} an unavoidable part of human society?",
    "Do you think {p} will ever disappear completely?",
)
ACTS = words("""
eat meat, keep animals in zoos, keep pets, lie to protect someone's feelings, break the law for a good cause,
have children in a world full of suffering, spend money on luxuries while others go hungry, use animals in
medical research, tell a white lie, kill one person to save five, steal food to feed your family, bring back
extinct species
""")
ACT_T = (
    "Is it morally wrong to {a}?",
    "Is it ethical to {a}?",
    "Can it ever be right to {a}?",
)
SELVES = words("consciousness, the mind, the soul, the self, the spirit, personality, memory, awareness")
SELF_T = (
    "What happens to {s} when we die?",
    "Does {s} survive death?",
    "Where does {s} go after death?",
)

FAMILIES: tuple[Family, ...] = (
    Family(0.24, ("{q}",), bank(BANK)),
    Family(0.14, BEING_T, grid(b=BEINGS)),
    Family(0.14, ANIMAL_T, grid(g=ANIMALS)),
    Family(0.14, CLAIM_T, grid(c=CLAIMS)),
    Family(0.1, TRAIT_T, grid(t=TRAITS)),
    Family(0.1, PROBLEM_T, grid(p=PROBLEMS)),
    Family(0.08, ACT_T, grid(a=ACTS)),
    Family(0.06, SELF_T, grid(s=SELVES)),
)
