"""Question bank and template families of the `hypothetical` category (`probes.categories.hypothetical`)."""

from __future__ import annotations

from probes.categories.base import words
from probes.categories.families import Family, bank, bare, grid, unordered_pairs

BANK = (
    "What would a dog say about its owner if it could talk for one minute?",
    "If dinosaurs were alive today, which one would make the best pet?",
    "What would aliens think of pineapple on pizza?",
    "If cats ruled the world, what would their national anthem sound like?",
    "If a unicorn ran in the Grand National, what place would it finish?",
    "If humans had tails, what would count as polite tail etiquette?",
    "If trees could walk, where would they go first?",
    "If the ocean were made of soup, what flavour would it be?",
    "If Santa Claus went on strike, who would deliver the presents?",
    "If the tooth fairy retired, who would take over the job?",
    "What would dragons eat if they lived in a modern city?",
    "If a robot fell in love with a toaster, would the relationship last?",
    "If Sherlock Holmes investigated the sinking of Atlantis, whom would he accuse?",
    "If time travel were invented tomorrow, which year would be the most popular destination?",
    "If mermaids were real, what subjects would their schools teach?",
    "If the ancient Egyptians had invented the internet, what would their first website have been about?",
    "What would a ghost do on its day off?",
    "If a vampire became a vegetarian, what would it drink instead?",
    "If a dragon and a phoenix raced around the world, which would arrive first?",
    "If gravity were optional, what would the most popular sport be?",
    "If everyone woke up with the same face tomorrow, how would people tell each other apart?",
    "If aliens landed in my town tomorrow, what would they ask for first?",
    "If plants could scream, would people still mow their lawns?",
    "If my shadow came to life, would it be friendly?",
    "If books could choose their readers, which one would pick me?",
    "What would an octopus invent if it lived as long as a human?",
    "If a time traveller from the year 3000 visited today, what would surprise them most?",
    "If people could hibernate, which month would everyone choose to sleep through?",
    "If money grew on trees, what would people use as currency instead?",
    "If the Mona Lisa could speak, what would she say about her visitors?",
    "If a snowman came to life in July, how long would it take to find a freezer?",
    "If a knight from the year 1200 drove a car, how far would he get before crashing?",
    "If cartoon physics applied in real life, what would change first?",
    "If all the world's cats formed a government, who would be prime minister?",
    "If a werewolf moved to the Moon, would it stay a wolf all the time?",
    "If a haunted house were let out, how much rent would the ghost charge?",
    "If the alphabet lost a letter tomorrow, which one would people miss most?",
    "If a giant used the Eiffel Tower as a toothpick, what would Parisians do?",
    "If every animal on Earth swapped habitats overnight, which would adapt first?",
    "If humans had been born with wings, what would cities look like today?",
    "If a pirate captain took over a modern cruise ship, where would he sail first?",
    "If I could talk to my ten-year-old self, what would they think of me?",
    "If the stars spelled out a message tonight, what would it say?",
    "If fairies were discovered in a garden in Kent, how would the government respond?",
    "If the Loch Ness Monster gave an interview, what would it reveal?",
    "If an elephant could paint like a master, what would it paint first?",
    "If chess pieces came to life, which piece would lead the rebellion?",
    "If dreams were broadcast on television, which ones would get the highest ratings?",
    "If a dragon attacked London today, how would the army fight it?",
    "If a ghost testified in court, would the jury believe it?",
    "If Atlantis rose from the sea tomorrow, which country would claim it first?",
    "If dogs could drive, which breed would be the best driver?",
    "If the Greek gods returned today, which one would become the most famous influencer?",
    "If a wizard ran for president, would he win?",
    "If toys came alive at night, what would they argue about?",
    "If a cat inherited a fortune, how would it spend the money?",
    "If my car could choose where to go, where would it take me?",
    "If Bigfoot opened a restaurant, what would be on the menu?",
    "If someone built a ladder to the Moon, how long would the queue be on the first day?",
    "If the ancient Romans had had video games, what would their favourite game have been?",
    "If the tortoise and the hare had a rematch today, who would win?",
    "If every person had a personal dragon, how would traffic change?",
    "If an alien civilisation watched our television, what would they think of us?",
    "What would happen to a football league if every player were a clone of the same person?",
    "If the seven dwarfs started a mining company today, would it make a profit?",
    "If the Sun could talk, what would it think of the planets?",
    "If a dolphin wrote a novel, what would the plot be?",
    "If your reflection stopped copying you, what would it do first?",
)
CREATURES = words("""
a zombie, a vampire, a werewolf, a ghost, a mummy, a dragon, a unicorn, a mermaid, a troll, a goblin, a yeti,
a phoenix, a minotaur, a centaur, a kraken, a griffin, a cyclops, a leprechaun, an ogre, an elf
""")
PAIR_T = (
    "Who would win in a fight between {a} and {b}?",
    "If {a} and {b} had a baby, what would it be like?",
    "If {a} and {b} shared a flat, what would they argue about?",
)
FIGURES = words("""
Napoleon, Julius Caesar, Cleopatra, Genghis Khan, Leonardo da Vinci, William Shakespeare, Mozart, Queen
Elizabeth I, Alexander the Great, Isaac Newton, Joan of Arc, Christopher Columbus, Marco Polo, Charlemagne,
Hannibal, Galileo, Beethoven, Confucius, Attila the Hun, Henry VIII
""")
GADGETS = words("""
a smartphone, the internet, a helicopter, a drone, GPS, a laptop, a social media account, a television
station, a satellite, a video camera, an electric car, a pocket calculator, a submarine, a jet plane, a radio
""")
GADGET_T = (
    "How would world history have gone if {f} had had {o}?",
    "What would {f} have done first with {o}?",
    "Would {f} have been more successful with {o}?",
)
MODERN = words("""
video games, reality television, fast food, emojis, electronic dance music, self-driving cars, space tourism,
online dating, modern art, skyscrapers, internet memes, selfies
""")
MODERN_T = (
    "What would {f} think of {m}?",
    "What would {f} make of {m}?",
)
EVENTS = words("""
the Moon disappeared, every clock on Earth stopped, all the world's cats learnt to talk, everyone on Earth
forgot how to read, nobody on Earth could tell a lie, the colour red vanished from the world, every phone on
Earth stopped working, everyone woke up speaking a different language, it started raining upwards, the Sun
turned green, everyone became invisible, all the money in the world vanished, the oceans turned to jelly,
every building turned to glass, everyone swapped bodies with a stranger, all the world's bees learnt to write,
gravity went sideways for an hour, every song ever written was forgotten, all the dogs on Earth learnt to
read, the sky turned permanently orange
""")
EVENT_T = (
    "If {e} tomorrow, who would be the very first person to notice?",
    "If {e} tomorrow, exactly how many people would notice within the first hour?",
    "If {e} tomorrow, what would the first news headline say?",
    "If {e} tomorrow, which country would cope best?",
    "If {e} tomorrow, what would people be talking about most a year later?",
)
POWERS = words("""
read minds, fly, turn invisible, teleport, stop time, breathe underwater, live for five hundred years, go
without sleep forever, speak every language, talk to animals, see a week into the future, change shape, walk
through walls, control the weather, heal any wound instantly, remember everything perfectly, make copies of
themselves, shrink to the size of a mouse
""")
POWER_T = (
    "How would society change if everyone could {p}?",
    "If one person on Earth could {p}, how would governments react?",
    "Would the world be better or worse if everyone could {p}?",
    "Which job would disappear first if everyone could {p}?",
)
SELF_POWERS = tuple(p.replace("themselves", "yourself") for p in POWERS)
SELF_POWER_T = ("What would you do first if you could {p}?",)
ADJECTIVES = words("""
rudest, funniest, most polite, most boring, most dramatic, most sarcastic, biggest gossip, best storyteller,
worst liar, most philosophical, grumpiest, most optimistic, best negotiator, most likely to complain, best
teacher, most annoying, wisest, vainest, kindest, laziest
""")
TALK_T = ("If animals could talk, which species would be the {adj}?",)
TALKERS = words("""
cats, dogs, pigeons, goldfish, cows, horses, squirrels, penguins, octopuses, crows, sheep, hamsters, owls,
goats, llamas, sloths, ducks, pandas, bees, snails
""")
TALKER_T = (
    "If {g} could talk, what would they complain about most?",
    "If {g} could talk, what would they say about humans?",
    "If {g} ran the world, what would be their first law?",
)
SHAPES = words("""
a cat, a goldfish, a pigeon, a dragon, a houseplant, a tree, an ant, a famous pop star, a medieval king, a
penguin, a teapot, a robot, a ghost, a sloth, an eagle, a dolphin, a snowman, a dinosaur, a mosquito, a
garden gnome
""")
SHAPE_T = (
    "What would you do if you woke up as {x}?",
    "How would you spend your first day as {x}?",
    "If you woke up as {x}, who would you tell first?",
)
OBJECTS = words("""
a toaster, an umbrella, a sofa, a fridge, an alarm clock, a bicycle, a teapot, a washing machine, a laptop,
a mirror, a car, a pillow, a lamp, a doorbell, a piano, a kettle, a toothbrush, a wardrobe, a vacuum
cleaner, a pair of shoes
""")
OBJECT_T = (
    "If my {o_noun} could talk, what would it say about me?",
    "What would {o} dream about if it could dream?",
    "If {o} came to life, what would it do first?",
    "If my {o_noun} had feelings, would it be happy?",
)

FAMILIES: tuple[Family, ...] = (
    Family(0.2, ("{q}",), bank(BANK)),
    Family(0.08, PAIR_T, unordered_pairs(CREATURES)),
    Family(0.12, GADGET_T, grid(f=FIGURES, o=GADGETS)),
    Family(0.07, MODERN_T, grid(f=FIGURES, m=MODERN)),
    Family(0.1, EVENT_T, grid(e=EVENTS)),
    Family(0.08, POWER_T, grid(p=POWERS)),
    Family(0.04, SELF_POWER_T, grid(p=SELF_POWERS)),
    Family(0.04, TALK_T, grid(adj=ADJECTIVES)),
    Family(0.06, TALKER_T, grid(g=TALKERS)),
    Family(0.07, SHAPE_T, grid(x=SHAPES)),
    Family(0.08, OBJECT_T, tuple({"o": o, "o_noun": bare(o)} for o in OBJECTS)),
)
