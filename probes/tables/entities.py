"""Real, well-known entities of ten kinds with key facts by aspect, for the `real_entity` category.

Each entity is written as it appears inside a sentence ("the snow leopard", "ibuprofen", "the
Eiffel Tower", "the novel Pride and Prejudice"), with a `group` (its sub-type within the kind:
animal or plant, drug or disease, ...) and facts as aliases per aspect. The question templates
in `probes.categories.entities` ask about one aspect; an entity is asked a graded template only
if it has that aspect. Aspects per kind:

    animal        is, range (where it lives or grows wild); animals also diet
    medicine      is; drugs also use (what it treats), diseases also affects (part of the body)
    food          is, ingredient (main ingredient), origin (country or region)
    sport         is, gear (equipment), origin (where it was invented, where settled)
    organisation  does (what it makes or does), base (headquarters: city, country)
    place         where (country, region, city); landmarks is, rivers sea, mountains chain
    person        known (what for), born (birthplace: town, region, country)
    technology    does (what it does or is for), inventor (where it is settled)
    event         when (years, decades), where, what (what happened: key names and facts)
    work          creator, about (plot or subject, where it has a clear one)

Aliases are what a correct free-text answer almost surely says in its first sentences: several
synonyms, plural forms written out (normalisation does not stem), nationality adjectives next to
countries. None is generic enough for a made-up answer to contain anyway ("animal", "food",
"people"), none contains a negation, and none repeats a word of the entity's own name (an answer
restates the name, so "leopard" would grade any answer about the snow leopard correct). Dates are
always given with a non-numeric alias too ("1815", "June 1815"), so they are matched as text
anywhere in the lead rather than as the answer's first number. Facts are settled and stable;
where the record is disputed (an invention, a dish's origin) the aspect is left out or every
commonly credited answer is accepted. Written for this project; difficulty runs from entities
every model knows to ones small models miss.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entity:
    """A real entity: name as written mid-sentence, kind, group within the kind, aliases per aspect."""

    name: str
    kind: str
    group: str
    facts: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def aspects(self) -> tuple[str, ...]:
        return tuple(aspect for aspect, _ in self.facts)

    def aliases(self, aspect: str) -> tuple[str, ...] | None:
        """Accepted answers for one aspect, or None if the entity has no such fact."""
        return dict(self.facts).get(aspect)


def parse_entities(kind: str, block: str) -> tuple[Entity, ...]:
    """Parse "name [group]" header lines, each followed by indented "aspect = alias / alias" lines."""
    entities: list[Entity] = []
    name = group = ""
    facts: list[tuple[str, tuple[str, ...]]] = []

    def flush() -> None:
        if name:
            entities.append(Entity(name, kind, group, tuple(facts)))

    for line in block.strip("\n").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            flush()
            name, _, rest = line.rstrip().rpartition(" [")
            group, facts = rest.rstrip("]"), []
            continue
        aspect, _, aliases = line.strip().partition(" = ")
        facts.append((aspect.strip(), tuple(a.strip() for a in aliases.split(" / "))))
    flush()
    return tuple(entities)


ANIMAL = """
the snow leopard [animal]
    is = big cat / cat / feline / wild cat / Panthera
    diet = meat / carnivore / carnivorous / ibex / blue sheep / bharal / wild goats / wild sheep / marmots / argali
    range = Himalayas / Himalaya / Central Asia / Tibet / Tibetan Plateau / mountains / mountainous / high mountains / Mongolia / Altai
the giant panda [animal]
    is = bear / bears / Ursidae
    diet = bamboo / bamboo shoots
    range = China / Chinese / Sichuan / Shaanxi / Gansu
the bald eagle [animal]
    is = bird of prey / birds of prey / raptor / bird
    diet = fish / salmon / carrion / waterfowl / ducks
    range = North America / United States / USA / US / Canada / Alaska
the emperor penguin [animal]
    is = flightless bird / seabird / bird
    diet = fish / krill / squid / crustaceans
    range = Antarctica / Antarctic / Southern Ocean
the Komodo dragon [animal]
    is = lizard / monitor lizard / monitor / reptile / varanid
    diet = meat / carnivore / carnivorous / carrion / deer / pigs / wild boar / water buffalo
    range = Indonesia / Indonesian / Rinca / Flores / Lesser Sunda Islands
the blue whale [animal]
    is = marine mammal / cetacean / rorqual / baleen
    diet = krill / plankton / zooplankton
    range = oceans / ocean / every ocean / all oceans / worldwide / open ocean / Antarctic / Southern Ocean
the cheetah [animal]
    is = big cat / cat / feline / wild cat
    diet = meat / carnivore / carnivorous / gazelles / gazelle / antelope / antelopes / impala / impalas
    range = Africa / African / sub-Saharan Africa / savanna / savannah / savannas / grasslands / Iran
the koala [animal]
    is = marsupial / marsupials
    diet = eucalyptus / eucalyptus leaves / gum leaves / gum trees
    range = Australia / Australian / Queensland / New South Wales
the platypus [animal]
    is = monotreme / monotremes / egg-laying mammal / egg-laying mammals
    diet = shrimp / crayfish / yabbies / insect larvae / larvae / aquatic invertebrates / freshwater invertebrates
    range = Australia / Australian / Tasmania / eastern Australia
the axolotl [animal]
    is = salamander / salamanders / amphibian / amphibians
    range = Mexico / Mexican / Mexico City / Xochimilco / Lake Xochimilco
the okapi [animal]
    is = giraffe / giraffes / giraffid / Giraffidae
    range = Congo / Democratic Republic of the Congo / DRC / Ituri / Central Africa
the monarch butterfly [animal]
    is = insect / insects
    diet = milkweed / nectar
    range = North America / Mexico / United States / USA / Canada
the great white shark [animal]
    diet = seals / seal / sea lions / sea lion / marine mammals / dolphins / tuna / fish
    range = oceans / ocean / coastal waters / coasts / temperate waters / South Africa / Australia / California
the red fox [animal]
    is = canid / canids / Canidae / dog family / canine
    diet = omnivore / omnivorous / rodents / mice / voles / rabbits / small mammals
    range = Northern Hemisphere / Europe / North America / Asia / Eurasia / worldwide
the polar bear [animal]
    diet = seals / seal / ringed seals / bearded seals / meat / carnivore / carnivorous
    range = Arctic / North Pole / sea ice / Greenland / Svalbard / Alaska / Canada / Russia / Norway
the gorilla [animal]
    is = great ape / great apes / ape / apes / primate / primates
    diet = leaves / stems / shoots / vegetation / herbivore / herbivorous / wild celery / fruit
    range = Africa / African / Central Africa / Congo / Cameroon / Gabon / Rwanda / Uganda
the orangutan [animal]
    is = great ape / great apes / ape / apes / primate / primates
    diet = fruit / fruits / figs / durian
    range = Borneo / Sumatra / Indonesia / Malaysia / Southeast Asia
the vampire bat [animal]
    diet = blood
    range = Central America / South America / Latin America / Mexico
the narwhal [animal]
    is = whale / whales / toothed whale / cetacean / cetaceans
    diet = fish / squid / halibut / Greenland halibut / cod / shrimp
    range = Arctic / Arctic Ocean / Greenland / Canada / Canadian Arctic / Baffin Bay / Norway / Russia
the pangolin [animal]
    is = scaly anteater / scaly mammal / scales / scaly / Pholidota
    diet = ants / termites
    range = Africa / Asia / Southeast Asia / sub-Saharan Africa / China / India
the capybara [animal]
    is = rodent / rodents
    diet = grass / grasses / aquatic plants / water plants / herbivore / herbivorous
    range = South America / Brazil / Venezuela / Colombia / Argentina / Amazon / Pantanal
the wombat [animal]
    is = marsupial / marsupials
    diet = grass / grasses / roots / herbivore / herbivorous
    range = Australia / Australian / Tasmania
the hummingbird [animal]
    is = bird / birds
    diet = nectar
    range = Americas / North America / South America / Central America
the Arctic tern [animal]
    is = seabird / seabirds / bird / migratory bird
    diet = fish / small fish / crustaceans / krill
    range = Antarctic / Antarctica / pole to pole / both poles / North Atlantic
the Tasmanian devil [animal]
    is = marsupial / marsupials / carnivorous marsupial
    diet = carrion / meat / carnivore / carnivorous / wallabies / scavenger / scavenges
    range = Australia / Australian
the baobab [plant]
    is = tree / trees
    range = Africa / African / Madagascar / Australia / Arabian Peninsula
the giant sequoia [plant]
    is = tree / trees / conifer / coniferous / redwood / redwoods
    range = California / Sierra Nevada / United States / USA
the Venus flytrap [plant]
    is = carnivorous plant / carnivorous / insectivorous / insectivorous plant
    range = North Carolina / South Carolina / Carolinas / United States / USA / US
the lotus [plant]
    is = aquatic plant / aquatic / water plant / flowering plant
    range = Asia / Asian / India / China / Southeast Asia
bamboo [plant]
    is = grass / grasses / giant grass / woody grass
the saguaro [plant]
    is = cactus / cacti
    range = Sonoran Desert / Arizona / Mexico / Sonora
the welwitschia [plant]
    is = gymnosperm / desert plant / living fossil
    range = Namib Desert / Namib / Namibia / Angola
the rafflesia [plant]
    is = parasitic plant / parasitic / parasite / flowering plant / largest flower / corpse flower
    range = Southeast Asia / Borneo / Sumatra / Indonesia / Malaysia / Philippines / Thailand
the edelweiss [plant]
    is = flower / flowering plant / alpine flower / alpine plant / mountain flower
    range = Alps / Alpine / Europe / European / Switzerland / Austria / mountains
the mangrove [plant]
    is = tree / trees / shrub / shrubs / salt-tolerant
    range = coasts / coastal / coastline / coastlines / intertidal / tidal / estuaries / tropics / tropical
"""

MEDICINE = """
ibuprofen [drug]
    is = painkiller / pain reliever / pain medication / pain medicine / analgesic / anti-inflammatory / NSAID / pain
    use = pain / fever / inflammation / headache / headaches / aches / arthritis / period pain / menstrual cramps
paracetamol [drug]
    is = painkiller / pain reliever / pain medication / analgesic / fever reducer / antipyretic / acetaminophen / pain
    use = pain / fever / headache / headaches / aches / high temperature
aspirin [drug]
    is = painkiller / pain reliever / analgesic / anti-inflammatory / NSAID / blood thinner / antiplatelet / salicylate / pain
    use = pain / fever / inflammation / headache / headaches / heart attack / heart attacks / stroke / strokes / blood clots
amoxicillin [drug]
    is = antibiotic / antibiotics / penicillin / penicillins / beta-lactam
    use = bacterial infections / bacterial infection / bacteria / bacterial / ear infections / strep throat / pneumonia / chest infections / urinary tract infections
penicillin [drug]
    is = antibiotic / antibiotics / beta-lactam
    use = bacterial infections / bacterial infection / bacteria / bacterial / strep throat / syphilis / pneumonia / scarlet fever
insulin [drug]
    is = hormone / peptide hormone
    use = diabetes / blood sugar / blood glucose / type 1 diabetes
morphine [drug]
    is = opioid / opiate / painkiller / pain reliever / analgesic / narcotic / pain
    use = pain / severe pain
metformin [drug]
    is = diabetes / antidiabetic / biguanide / blood sugar
    use = type 2 diabetes / diabetes / blood sugar / high blood sugar
omeprazole [drug]
    is = proton pump inhibitor / PPI / stomach acid / acid reducer
    use = heartburn / acid reflux / reflux / GERD / stomach ulcers / ulcers / indigestion / stomach acid
salbutamol [drug]
    is = bronchodilator / reliever / asthma / beta agonist / beta-2 agonist / albuterol / inhaler
    use = asthma / COPD / wheezing / bronchospasm / shortness of breath / airways
warfarin [drug]
    is = anticoagulant / blood thinner / blood thinners / vitamin K antagonist
    use = blood clots / clots / clotting / deep vein thrombosis / DVT / thrombosis / stroke / strokes / atrial fibrillation / pulmonary embolism
diazepam [drug]
    is = benzodiazepine / sedative / tranquilliser / tranquilizer / tranquiliser / anxiolytic / Valium
    use = anxiety / seizures / muscle spasms / alcohol withdrawal / insomnia
fluoxetine [drug]
    is = antidepressant / SSRI / selective serotonin reuptake inhibitor / Prozac
    use = depression / OCD / obsessive-compulsive disorder / bulimia / panic disorder
loratadine [drug]
    is = antihistamine / antihistamines
    use = allergies / allergy / hay fever / allergic rhinitis / hives / sneezing
atorvastatin [drug]
    is = statin / statins / Lipitor / cholesterol
    use = high cholesterol / cholesterol / heart disease / heart attacks / strokes / cardiovascular disease
lisinopril [drug]
    is = ACE inhibitor / blood pressure / antihypertensive
    use = high blood pressure / hypertension / blood pressure / heart failure
levothyroxine [drug]
    is = thyroid hormone / thyroxine / hormone / thyroid
    use = hypothyroidism / underactive thyroid / thyroid
malaria [disease]
    is = mosquito / mosquitoes / mosquito-borne / parasite / parasites / parasitic / Plasmodium
    affects = blood / red blood cells / liver / bloodstream
tuberculosis [disease]
    is = bacterial infection / bacteria / bacterium / bacterial / Mycobacterium / lungs / lung
    affects = lungs / lung
measles [disease]
    is = viral infection / virus / viral / rash / morbillivirus
    affects = respiratory system / respiratory tract / skin / rash / lungs
diabetes [disease]
    is = blood sugar / blood glucose / insulin / glucose
    affects = pancreas / blood sugar / blood glucose / insulin / metabolism
asthma [disease]
    is = airways / lungs / lung / breathing / respiratory
    affects = lungs / lung / airways / bronchial tubes / respiratory system / breathing
Parkinson's disease [disease]
    is = brain / nervous system / neurodegenerative / tremor / tremors / movement / dopamine
    affects = brain / nervous system / movement / dopamine / nerve cells / neurons
Alzheimer's disease [disease]
    is = dementia / memory / brain / neurodegenerative / memory loss
    affects = brain / memory
osteoporosis [disease]
    is = bones / bone / bone density / brittle bones / fractures
    affects = bones / bone / skeleton
gout [disease]
    is = arthritis / uric acid / joints / joint
    affects = joints / joint / big toe / toe / feet / foot
cholera [disease]
    is = bacterial infection / bacteria / bacterial / Vibrio / diarrhoea / diarrhea / contaminated water / intestines
    affects = intestines / intestine / small intestine / gut / bowels / digestive system / digestive tract
glaucoma [disease]
    is = eye / eyes / optic nerve / vision / eye pressure / blindness
    affects = eyes / eye / optic nerve / vision
rabies [disease]
    is = virus / viral / bites / bite / dogs / bats
    affects = brain / nervous system / central nervous system / spinal cord / nerves
tetanus [disease]
    is = bacteria / bacterial / bacterial infection / Clostridium / lockjaw / muscle / muscles / spasms / stiffness
    affects = muscles / muscle / nervous system / nerves / jaw
eczema [disease]
    is = skin / skin condition / dermatitis / itchy / rash
    affects = skin
anaemia [disease]
    is = red blood cells / haemoglobin / hemoglobin / iron / blood
    affects = blood / red blood cells / haemoglobin / hemoglobin
Lyme disease [disease]
    is = ticks / tick / tick-borne / bacteria / bacterial / Borrelia
    affects = skin / joints / nervous system / heart
appendicitis [disease]
    is = appendix / inflammation
    affects = appendix / abdomen
chickenpox [disease]
    is = varicella / varicella-zoster / virus / viral / rash / blisters / itchy
    affects = skin
"""

FOOD = """
paella [dish]
    is = rice dish / rice / saffron
    ingredient = rice / saffron / bomba rice
    origin = Spain / Spanish / Valencia / Valencian
sushi [dish]
    is = rice / vinegared rice / raw fish / fish / seafood
    ingredient = rice / vinegared rice / raw fish / fish
    origin = Japan / Japanese
kimchi [dish]
    is = fermented cabbage / fermented vegetables / cabbage / fermented
    ingredient = cabbage / napa cabbage / Chinese cabbage / radish / chili / chilli / chili pepper / gochugaru
    origin = Korea / Korean / South Korea
hummus [dish]
    is = dip / spread / chickpeas / chickpea
    ingredient = chickpeas / chickpea / garbanzo beans / tahini
    origin = Middle East / Middle Eastern / Levant / Levantine / Lebanon / Syria / Egypt / Israel / Palestine
tiramisu [dish]
    is = dessert / cake / coffee / mascarpone / ladyfingers
    ingredient = mascarpone / ladyfingers / savoiardi / coffee / espresso
    origin = Italy / Italian / Veneto / Treviso
goulash [dish]
    is = stew / soup / meat stew / paprika
    ingredient = beef / meat / paprika
    origin = Hungary / Hungarian
borscht [dish]
    is = soup / beetroot soup / beet soup / beetroot / beets / beet
    ingredient = beetroot / beetroots / beets / beet
croissant [dish]
    is = pastry / viennoiserie / bread / crescent / crescent-shaped
    ingredient = butter / laminated dough / layered dough
    origin = France / French / Austria / Austrian / Vienna
falafel [dish]
    is = fritter / fritters / deep-fried / chickpeas / fava beans
    ingredient = chickpeas / chickpea / fava beans / broad beans / faba beans
    origin = Middle East / Middle Eastern / Egypt / Egyptian / Levant / Levantine
ramen [dish]
    is = noodle soup / noodles / soup
    ingredient = noodles / wheat noodles / broth
    origin = Japan / Japanese / China / Chinese
pho [dish]
    is = noodle soup / soup / noodles / rice noodles
    ingredient = rice noodles / noodles / broth / beef
    origin = Vietnam / Vietnamese / Hanoi
moussaka [dish]
    is = casserole / baked dish / eggplant / aubergine / layered
    ingredient = eggplant / eggplants / aubergine / aubergines / minced meat / lamb
    origin = Greece / Greek / Balkans / Eastern Mediterranean
haggis [dish]
    is = pudding / savoury pudding / savory pudding / sausage / offal
    ingredient = sheep / offal / heart / liver / lungs / oatmeal / oats / suet
    origin = Scotland / Scottish
ceviche [dish]
    is = seafood / raw fish / fish / marinated fish
    ingredient = raw fish / fish / lime juice / lime / citrus / seafood
    origin = Peru / Peruvian / Latin America / South America
poutine [dish]
    is = fries / french fries / chips / cheese curds / gravy
    ingredient = fries / french fries / chips / potatoes / cheese curds / gravy
    origin = Canada / Canadian / Quebec
pierogi [dish]
    is = dumplings / dumpling
    origin = Poland / Polish / Central Europe / Eastern Europe / Ukraine
tofu [dish]
    is = bean curd / soy / soybeans / soya / soybean
    ingredient = soybeans / soybean / soy / soya / soy milk / soya milk
    origin = China / Chinese
guacamole [dish]
    is = dip / avocado / avocados / sauce / spread
    ingredient = avocado / avocados
    origin = Mexico / Mexican / Aztec / Aztecs
gazpacho [dish]
    is = cold soup / soup / chilled soup / tomato / tomatoes
    ingredient = tomato / tomatoes
    origin = Spain / Spanish / Andalusia / Andalusian
feta [dish]
    is = cheese / brined cheese / white cheese
    ingredient = sheep's milk / sheep milk / goat's milk / goat milk / sheep / goats
    origin = Greece / Greek
couscous [dish]
    is = pasta / semolina / granules
    ingredient = semolina / durum wheat / wheat
    origin = North Africa / North African / Maghreb / Morocco / Moroccan / Algeria / Tunisia / Berber / Berbers / Amazigh
risotto [dish]
    is = rice dish / rice
    ingredient = rice / arborio / carnaroli
    origin = Italy / Italian / Milan / Lombardy / northern Italy
miso [dish]
    is = paste / fermented paste / seasoning / soybean paste / soybeans / soy
    ingredient = soybeans / soybean / soy / koji / fermented soybeans
    origin = Japan / Japanese / China / Chinese
churros [dish]
    is = fried dough / dough / pastry / doughnut / doughnuts / fritters
    origin = Spain / Spanish / Portugal / Portuguese
injera [dish]
    is = flatbread / bread / sourdough / pancake
    ingredient = teff / teff flour
    origin = Ethiopia / Ethiopian / Eritrea / Eritrean
pesto [dish]
    is = sauce / basil
    ingredient = basil / pine nuts / garlic
    origin = Italy / Italian / Genoa / Liguria / Genoese / Ligurian
biryani [dish]
    is = rice dish / rice / mixed rice
    ingredient = rice / basmati / basmati rice
    origin = India / Indian / Indian subcontinent / South Asia / Persia / Persian / Mughal / Mughals / Hyderabad
mochi [dish]
    is = rice cake / rice / glutinous rice
    ingredient = glutinous rice / rice / sticky rice / mochigome
    origin = Japan / Japanese
sauerkraut [dish]
    is = fermented cabbage / cabbage / pickled cabbage
    ingredient = cabbage
"""

SPORT = """
cricket [sport]
    is = bat-and-ball
    gear = bat / bats / wicket / wickets / stumps / bails / pads
    origin = England / English / southeast England
tennis [sport]
    is = racket sport / racquet sport / racket / racquet
    gear = racket / racquet / rackets / racquets
golf [sport]
    is = club-and-ball / clubs
    gear = clubs / club / putter / driver / tee / tees / irons
    origin = Scotland / Scottish
baseball [sport]
    is = bat-and-ball
    gear = bat / bats / glove / gloves / mitt / mitts
    origin = United States / USA / US / America / American
ice hockey [sport]
    is = winter sport / skating / skates / puck / contact sport
    gear = skates / stick / sticks / puck / pucks
    origin = Canada / Canadian / Montreal
lacrosse [sport]
    is = stick / sticks / stick-and-ball
    gear = stick / sticks / crosse / helmet
    origin = Native Americans / Native American / Indigenous / Haudenosaunee / Iroquois / First Nations / North America
curling [sport]
    is = winter sport / ice / stones / sliding
    gear = stones / stone / brooms / broom / brushes / granite
    origin = Scotland / Scottish
polo [sport]
    is = equestrian / horseback / horses / horse
    gear = horse / horses / mallet / mallets / pony / ponies
    origin = Persia / Persian / Iran / Central Asia
badminton [sport]
    is = racket sport / racquet sport / racket / racquet
    gear = shuttlecock / shuttlecocks / shuttle / birdie / racket / racquet / rackets / racquets
rugby [sport]
    is = contact sport / oval ball / football
    gear = oval ball / oval / scrum cap / mouthguard / gum shield
    origin = England / English / Warwickshire
hurling [sport]
    is = stick-and-ball / Gaelic game / Gaelic
    gear = hurley / hurleys / sliotar / stick / helmet
    origin = Ireland / Irish
snooker [sport]
    is = cue sport / cue / billiards
    gear = cue / cues
    origin = India / British Army / British army officers / Jabalpur / Ooty
table tennis [sport]
    is = racket sport / racquet sport / ping pong / indoor
    gear = paddle / paddles / bat / bats / racket / racquet / rackets
    origin = England / English / Britain / British
sepak takraw [sport]
    is = kick volleyball / volleyball / net sport
    gear = rattan ball / rattan / net
    origin = Southeast Asia / Malaysia / Thailand / Indonesia / Laos / Myanmar
kabaddi [sport]
    is = contact sport / tag / wrestling / raider / raid
    origin = India / Indian / South Asia / Tamil Nadu
squash [sport]
    is = racket sport / racquet sport / racket / racquet / indoor
    gear = racket / racquet / rackets / racquets / goggles
    origin = England / English / Harrow School / Harrow / London
netball [sport]
    gear = hoop / ring / post / goalpost / goalposts / net
    origin = England / English / Britain / British / United Kingdom / UK
croquet [sport]
    is = lawn game / lawn sport / mallet / mallets
    gear = mallet / mallets / hoops / hoop / wickets / peg
    origin = Ireland / Irish / England / English / Britain / British
darts [sport]
    is = throwing / pub game / dartboard / target
    gear = dartboard / board / flights
    origin = England / English / Britain / British
petanque [sport]
    is = boules / bowls / boules game
    gear = boules / steel balls / metal balls / jack / cochonnet
    origin = France / French / Provence / La Ciotat
chess [game]
    is = board game / strategy game / strategy / two-player
    gear = board / chessboard / pieces / pawns / king / queen / knights / bishops / rooks
    origin = India / Indian / chaturanga / Persia
Go [game]
    is = board game / strategy game / strategy / abstract strategy
    gear = board / stones / grid / goban
    origin = China / Chinese
poker [game]
    is = card game / cards / gambling / betting
    gear = cards / deck / deck of cards / playing cards / chips
    origin = United States / USA / America / American / New Orleans / Mississippi
Monopoly [game]
    is = board game / property / real estate / trading
    gear = board / dice / money / play money / tokens / houses / hotels
    origin = United States / USA / America / American / Elizabeth Magie / Landlord's Game
Scrabble [game]
    is = word game / board game / words
    gear = tiles / letter tiles / board / rack / racks
    origin = United States / USA / America / American / Alfred Butts
backgammon [game]
    is = board game / dice
    gear = board / dice / checkers / counters
    origin = Mesopotamia / Persia / Iran / Middle East / ancient
mahjong [game]
    is = tile game / tile-based / tiles
    gear = tiles / dice
    origin = China / Chinese
sudoku [game]
    is = puzzle / number puzzle / logic puzzle / number-placement
    gear = pencil / pen / grid
    origin = United States / USA / Japan / American / Japanese
Tetris [game]
    is = video game / puzzle / puzzle game / falling blocks / tile-matching
    origin = Soviet Union / USSR / Russia / Russian / Moscow / Alexey Pajitnov / Pajitnov
dominoes [game]
    is = tile game / tiles / tile-based
    gear = tiles / bones
"""

ORGANISATION = """
Toyota [company]
    does = cars / car / automobiles / vehicles / carmaker / car manufacturer / automaker / automotive / Prius / Corolla / Lexus
    base = Japan / Japanese / Aichi / Nagoya
IKEA [company]
    does = furniture / flat-pack / home furnishings / furnishings
    base = Sweden / Swedish / Almhult / Netherlands / Delft / Leiden
Nike [company]
    does = shoes / sneakers / trainers / footwear / sportswear / athletic / sports apparel
    base = Beaverton / Oregon / United States / USA / US / American
Samsung [company]
    does = electronics / smartphones / phones / Galaxy / semiconductors / chips / televisions / TVs / appliances
    base = South Korea / Korea / Korean / Seoul / Suwon
Nestlé [company]
    does = food and drink / food and beverage / Nescafé / Nespresso / KitKat / Maggi / coffee / baby formula / chocolate / confectionery
    base = Switzerland / Swiss / Vevey
Lego [company]
    does = toys / toy / bricks / plastic bricks / construction toys / building blocks
    base = Denmark / Danish / Billund
Boeing [company]
    does = aircraft / airplanes / aeroplanes / planes / jets / airliners / aerospace / 747 / 737
    base = United States / USA / US / American / Seattle / Chicago / Arlington / Virginia
Airbus [company]
    does = aircraft / airplanes / aeroplanes / planes / airliners / aerospace / jets / A380 / helicopters
    base = France / French / Toulouse / Netherlands / Leiden / Europe / European
Netflix [company]
    does = streaming / films / movies / TV shows / television series / series / video on demand
    base = Los Gatos / California / United States / USA / US / American
McDonald's [company]
    does = fast food / hamburgers / burgers / Big Mac / fries
    base = Chicago / Illinois / Oak Brook / United States / USA / US / American
Sony [company]
    does = electronics / PlayStation / televisions / cameras / video games / entertainment
    base = Japan / Japanese / Tokyo
Nokia [company]
    does = phones / mobile phones / telecommunications / telecom / networks / network equipment / 5G
    base = Finland / Finnish / Espoo / Helsinki
Spotify [company]
    does = music streaming / streaming / music / podcasts / audio streaming
    base = Sweden / Swedish / Stockholm
Adidas [company]
    does = sportswear / shoes / footwear / trainers / sneakers / sports apparel / athletic
    base = Germany / German / Herzogenaurach / Bavaria
Rolex [company]
    does = watches / watch / wristwatches / luxury watches / timepieces
    base = Switzerland / Swiss / Geneva
Heineken [company]
    does = beer / brewer / brewery / brewing / lager
    base = Netherlands / Dutch / Amsterdam / Holland
Michelin [company]
    does = tyres / tires / tyre / tire / restaurant guide / guides
    base = France / French / Clermont-Ferrand
Intel [company]
    does = chips / microchips / processors / microprocessors / semiconductors / CPUs / CPU / x86 / Pentium
    base = Santa Clara / California / Silicon Valley / United States / USA / US / American
Nintendo [company]
    does = video games / games consoles / consoles / console / Mario / Switch / Game Boy / Zelda / Pokémon
    base = Japan / Japanese / Kyoto
Maersk [company]
    does = shipping / container shipping / containers / logistics / ships
    base = Denmark / Danish / Copenhagen
Huawei [company]
    does = telecommunications / telecom / phones / smartphones / network equipment / networking equipment / 5G
    base = China / Chinese / Shenzhen
Ferrari [company]
    does = sports cars / cars / racing / Formula One / F1 / supercars
    base = Italy / Italian / Maranello
Pfizer [company]
    does = pharmaceuticals / pharmaceutical / drugs / medicines / vaccines / vaccine / Viagra
    base = New York / United States / USA / US / American
Alibaba [company]
    does = e-commerce / online shopping / online marketplace / Taobao / AliExpress / Tmall / Alipay
    base = China / Chinese / Hangzhou
Greenpeace [body]
    does = environmental / environment / environmentalism / climate / conservation / activism / activist
    base = Amsterdam / Netherlands / Dutch / Vancouver / Canada
Amnesty International [body]
    does = human rights
    base = London / United Kingdom / UK / Britain / British
the Red Cross [body]
    does = humanitarian / humanitarian aid / disaster relief / relief / medical aid / first aid / wounded / war victims
    base = Geneva / Switzerland / Swiss
NASA [body]
    does = space / space exploration / spaceflight / space agency / astronauts / rockets / aeronautics
    base = Washington / Washington DC / United States / USA / US / American
UNESCO [body]
    does = education / science / culture / cultural / World Heritage / heritage
    base = Paris / France / French
the World Health Organization [body]
    does = United Nations / UN / diseases / pandemics / vaccination / epidemics
    base = Geneva / Switzerland / Swiss
FIFA [body]
    does = football / soccer / World Cup
    base = Zurich / Switzerland / Swiss
NATO [body]
    does = military alliance / alliance / defence / defense / collective defence / collective defense / security
    base = Brussels / Belgium / Belgian
OPEC [body]
    does = oil / petroleum / crude oil / oil prices / oil production
    base = Vienna / Austria / Austrian
Interpol [body]
    does = police / policing / law enforcement / crime / criminals
    base = Lyon / France / French
Doctors Without Borders [body]
    does = medical care / medical aid / humanitarian / healthcare / health care / emergency medical / Médecins Sans Frontières / MSF
    base = Geneva / Switzerland / Swiss / Paris / France / French
"""

PLACE = """
Kyoto [city]
    where = Japan / Japanese / Honshu / Kansai
Timbuktu [city]
    where = Mali / Malian / Sahara / West Africa / Niger River
Marrakesh [city]
    where = Morocco / Moroccan
Cusco [city]
    where = Peru / Peruvian / Andes
Dubrovnik [city]
    where = Croatia / Croatian / Dalmatia / Dalmatian / Adriatic
Samarkand [city]
    where = Uzbekistan / Uzbek / Central Asia / Silk Road
Venice [city]
    where = Italy / Italian / Veneto / northeastern Italy
the Eiffel Tower [landmark]
    where = Paris / France / French / Champ de Mars
    is = wrought-iron / iron / lattice
the Taj Mahal [landmark]
    where = Agra / India / Indian / Uttar Pradesh
    is = mausoleum / tomb / marble mausoleum
the Colosseum [landmark]
    where = Rome / Italy / Italian
    is = amphitheatre / amphitheater / arena / stadium
Stonehenge [landmark]
    where = England / English / Wiltshire / Salisbury / Salisbury Plain / United Kingdom / UK / Britain
    is = stone circle / prehistoric monument / standing stones / megaliths / megalithic / monument
Machu Picchu [landmark]
    where = Peru / Peruvian / Andes / Cusco / Urubamba
    is = citadel / Inca / Incan / fortress
the Alhambra [landmark]
    where = Granada / Spain / Spanish / Andalusia
    is = palace / palaces / fortress / citadel
Angkor Wat [landmark]
    where = Cambodia / Cambodian / Siem Reap
    is = temple / temples / temple complex / Hindu temple / Buddhist temple
the Golden Gate Bridge [landmark]
    where = San Francisco / California / United States / USA / US / American
    is = suspension
the Sagrada Família [landmark]
    where = Barcelona / Spain / Spanish / Catalonia / Catalan
    is = basilica / church / cathedral / temple
Petra [landmark]
    where = Jordan / Jordanian
    is = ancient city / city / rock-cut / Nabataean / Nabataeans / carved
the Parthenon [landmark]
    where = Athens / Greece / Greek / Acropolis
    is = temple / ancient temple / Greek temple
the Nile [river]
    where = Egypt / Egyptian / Sudan / Uganda / Ethiopia / South Sudan
    sea = Mediterranean / Mediterranean Sea
the Danube [river]
    where = Germany / Austria / Hungary / Romania / Slovakia / Serbia / Croatia / Bulgaria / Moldova / Ukraine / Central Europe / Vienna / Budapest / Belgrade
    sea = Black Sea
the Amazon River [river]
    where = Brazil / Brazilian / Peru / Colombia / South America
    sea = Atlantic / Atlantic Ocean
the Mississippi River [river]
    where = United States / USA / US / American / Louisiana / Minnesota / New Orleans
    sea = Gulf of Mexico
the Thames [river]
    where = England / English / London / United Kingdom / UK / Britain / Oxford
    sea = North Sea
the Ganges [river]
    where = India / Indian / Bangladesh / Himalayas
    sea = Bay of Bengal
the Mekong [river]
    where = Vietnam / Cambodia / Laos / Thailand / Myanmar / China / Tibet / Southeast Asia
    sea = South China Sea
Mount Everest [mountain]
    where = Nepal / Nepalese / Tibet / China / Chinese
    chain = Himalayas / Himalaya / Mahalangur
Mount Kilimanjaro [mountain]
    where = Tanzania / Tanzanian / East Africa
Mont Blanc [mountain]
    where = France / French / Italy / Italian / Chamonix
    chain = Alps / Alpine / Graian Alps
the Matterhorn [mountain]
    where = Switzerland / Swiss / Italy / Italian / Zermatt
    chain = Alps / Alpine / Pennine Alps
Mount Fuji [mountain]
    where = Japan / Japanese / Honshu / Shizuoka / Yamanashi
Denali [mountain]
    where = Alaska / United States / USA / US / American
    chain = Alaska Range
Aconcagua [mountain]
    where = Argentina / Argentine / Argentinian / Mendoza
    chain = Andes
Lake Baikal [lake]
    where = Russia / Russian / Siberia / Siberian
Lake Titicaca [lake]
    where = Peru / Bolivia / Peruvian / Bolivian / Andes
Lake Victoria [lake]
    where = Uganda / Kenya / Tanzania / East Africa
"""

PERSON = """
Albert Einstein [person]
    known = physicist / physics / theory of relativity / relativity / E=mc2 / mass-energy equivalence / photoelectric effect
    born = Ulm / Germany / German / Württemberg
Marie Curie [person]
    known = radioactivity / radium / polonium / physicist / chemist / physics / chemistry / Nobel Prize / Nobel Prizes
    born = Warsaw / Poland / Polish
Isaac Newton [person]
    known = gravity / gravitation / laws of motion / calculus / physicist / physics / mathematician / mathematics / Principia
    born = Woolsthorpe / Lincolnshire / England / English
Charles Darwin [person]
    known = evolution / natural selection / On the Origin of Species / naturalist / natural history / biology / Beagle
    born = Shrewsbury / Shropshire / England / English
Leonardo da Vinci [person]
    known = Mona Lisa / Last Supper / painter / painting / art / artist / inventor / polymath / Renaissance
    born = Anchiano / Tuscany / Italy / Italian / Florence
Wolfgang Amadeus Mozart [person]
    known = composer / symphonies / operas / The Magic Flute / classical music / classical / music
    born = Salzburg / Austria / Austrian
Ludwig van Beethoven [person]
    known = composer / symphonies / Ninth Symphony / Moonlight Sonata / classical music / classical / music / deafness / deaf
    born = Bonn / Germany / German
William Shakespeare [person]
    known = playwright / plays / poet / poetry / Hamlet / Romeo and Juliet / Macbeth / sonnets / dramatist / drama / theatre / theater / literature
    born = Stratford-upon-Avon / Stratford / England / English / Warwickshire
Cleopatra [person]
    known = queen / pharaoh / Egypt / ruler / ruling / Mark Antony / Julius Caesar / Ptolemaic
    born = Alexandria / Egypt / Egyptian
Napoleon Bonaparte [person]
    known = emperor / military / general / Waterloo / conquests / French Revolution / France / politics
    born = Corsica / Ajaccio / Corsican / France
Mahatma Gandhi [person]
    known = independence / Indian independence / nonviolence / non-violence / nonviolent / civil disobedience / Salt March / India / activism / activist
    born = Porbandar / Gujarat / India / Indian
Nelson Mandela [person]
    known = apartheid / anti-apartheid / president / South Africa / prison / imprisonment / Robben Island
    born = Mvezo / Qunu / Eastern Cape / Transkei / South Africa / South African
Frida Kahlo [person]
    known = painter / paintings / painting / art / self-portraits / self-portrait / artist
    born = Coyoacán / Mexico City / Mexico / Mexican
Vincent van Gogh [person]
    known = painter / paintings / painting / art / artist / The Starry Night / Sunflowers / ear / Post-Impressionism / post-impressionist
    born = Zundert / Groot-Zundert / Netherlands / Dutch / Holland
Florence Nightingale [person]
    known = nursing / nurse / Crimean War / Lady with the Lamp / hospitals
    born = Italy / Italian / Tuscany
Galileo Galilei [person]
    known = astronomer / astronomy / telescope / physicist / physics / heliocentrism / moons of Jupiter / Jupiter's moons
    born = Pisa / Italy / Italian / Tuscany
Nikola Tesla [person]
    known = alternating current / AC / electricity / inventor / electrical engineer / electrical engineering / induction motor
    born = Smiljan / Croatia / Lika / Austrian Empire
Ada Lovelace [person]
    known = computer programmer / programmer / programming / Analytical Engine / Charles Babbage / Babbage / algorithm / mathematician / mathematics / computing
    born = London / England / English
Alan Turing [person]
    known = computer science / computing / computer / computers / Enigma / codebreaking / codebreaker / Bletchley Park / mathematician / mathematics / artificial intelligence / cryptography / cryptanalysis
    born = London / Maida Vale / England / English
Amelia Earhart [person]
    known = aviator / aviation / pilot / flight / flying / Atlantic / disappearance / disappeared
    born = Atchison / Kansas / United States / USA / US / American
Neil Armstrong [person]
    known = Moon / astronaut / Apollo 11 / moon landing / lunar / space exploration / spaceflight / space
    born = Wapakoneta / Ohio / United States / USA / US / American
Yuri Gagarin [person]
    known = space / first human in space / cosmonaut / Vostok / orbit
    born = Klushino / Smolensk / Russia / Russian / Soviet Union / USSR / Soviet
Genghis Khan [person]
    known = Mongol Empire / Mongol / Mongols / conqueror / conquest / conquests / emperor / founder / military
    born = Mongolia / Mongolian / Khentii / Onon River
Confucius [person]
    known = philosopher / philosophy / Confucianism / teacher / Analects / ethics
    born = Qufu / China / Chinese / Shandong
Joan of Arc [person]
    known = Hundred Years' War / Orléans / saint / heroine / martyr / visions / burned at the stake / military
    born = Domrémy / France / French / Lorraine
Rosa Parks [person]
    known = civil rights / bus / Montgomery bus boycott / Montgomery / boycott / seat / segregation
    born = Tuskegee / Alabama / United States / USA / US / American
Louis Pasteur [person]
    known = pasteurisation / pasteurization / vaccines / vaccine / rabies / germ theory / microbiology / chemist / chemistry / microbiologist
    born = Dole / Jura / France / French
Marco Polo [person]
    known = explorer / exploration / traveller / traveler / travels / Silk Road / China / Kublai Khan / merchant
    born = Venice / Venetian / Italy / Italian / Republic of Venice
Usain Bolt [person]
    known = sprinter / sprinting / 100 metres / 100m / 100 meters / fastest / Olympic / world records / athletics
    born = Jamaica / Jamaican / Sherwood Content / Trelawny
Pelé [person]
    known = footballer / football / soccer / Brazil / World Cup / World Cups / Santos
    born = Três Corações / Brazil / Brazilian / Minas Gerais
Muhammad Ali [person]
    known = boxer / boxing / heavyweight / champion
    born = Louisville / Kentucky / United States / USA / US / American
Coco Chanel [person]
    known = fashion / fashion designer / designer / little black dress / perfume / couture / haute couture
    born = Saumur / France / French
Dmitri Mendeleev [person]
    known = periodic table / chemist / chemistry / elements
    born = Tobolsk / Siberia / Russia / Russian
Srinivasa Ramanujan [person]
    known = mathematician / mathematics / number theory / infinite series / Hardy / partitions
    born = Erode / Tamil Nadu / India / Indian / Madras
Jane Goodall [person]
    known = chimpanzees / chimpanzee / primatologist / primatology / primates / Gombe / conservationist / conservation / anthropologist
    born = London / England / English / United Kingdom / UK / British
"""

TECHNOLOGY = """
the telephone [device]
    does = talk / speak / voice / voices / conversations / calls / communicate / communication / speech
    inventor = Alexander Graham Bell / Graham Bell / Bell / Antonio Meucci / Meucci / Elisha Gray
the printing press [device]
    does = print / prints / books / text / copies / mass-produce / movable type
    inventor = Johannes Gutenberg / Gutenberg
the steam engine [device]
    does = mechanical work / mechanical energy / mechanical power / pistons / piston / heat energy / power machines / locomotives / trains
    inventor = Thomas Newcomen / Newcomen / James Watt / Watt / Thomas Savery / Savery
the transistor [device]
    does = amplify / amplifies / amplifying / amplifier / switch / switches / switching / electronic signals / electrical signals / current
    inventor = John Bardeen / Walter Brattain / William Shockley / Bardeen / Brattain / Shockley / Bell Labs
the laser [device]
    does = light / beam / coherent light / focused light / amplified light
    inventor = Theodore Maiman / Maiman / Charles Townes / Townes / Gordon Gould
GPS [concept]
    does = location / position / positioning / navigation / navigate / satellites / satellite / where you are
    inventor = US Department of Defense / Department of Defense / US military / United States military / Roger Easton / Ivan Getting / Bradford Parkinson
the compass [device]
    does = direction / directions / north / magnetic north / navigation / navigate / orientation
    inventor = China / Chinese / Han dynasty
the microwave oven [device]
    does = heat / heats / heating / cook / cooks / cooking / reheat / reheats / microwaves
    inventor = Percy Spencer / Spencer / Raytheon
the jet engine [device]
    does = thrust / propel / propels / propulsion / aircraft / planes / aeroplanes / airplanes
    inventor = Frank Whittle / Whittle / Hans von Ohain / von Ohain / Ohain
radar [concept]
    does = detect / detects / detection / radio waves / locate / distance / speed / aircraft / ships
    inventor = Robert Watson-Watt / Watson-Watt / Christian Hülsmeyer / Hülsmeyer
the stethoscope [device]
    does = listen / listening / heart / heartbeat / lungs / breathing / body sounds / internal sounds
    inventor = René Laennec / Laennec
the thermometer [device]
    does = temperature / measure temperature / measures temperature
    inventor = Galileo / Galileo Galilei / Santorio / Daniel Fahrenheit / Fahrenheit / Cornelis Drebbel / Ferdinand II
the seismograph [device]
    does = earthquakes / earthquake / seismic waves / ground motion / ground shaking / tremors
    inventor = Zhang Heng / John Milne / Milne / Filippo Cecchi
the telescope [device]
    does = distant objects / far away / magnify / magnifies / magnification / stars / planets
    inventor = Hans Lipperhey / Lipperhey / Lippershey / Galileo / Galileo Galilei / Zacharias Janssen / Jacob Metius
the microscope [device]
    does = magnify / magnifies / magnification / small objects / tiny / cells / microorganisms / bacteria / enlarge / enlarges
    inventor = Zacharias Janssen / Janssen / Hans Janssen / Antonie van Leeuwenhoek / Leeuwenhoek / Robert Hooke / Hooke / Galileo
the pacemaker [device]
    does = heartbeat / heart rhythm / heart rate / heart / electrical pulses / electrical impulses
    inventor = Wilson Greatbatch / Greatbatch / Rune Elmqvist / Elmqvist / Åke Senning / John Hopps / Earl Bakken
the barcode [device]
    does = scan / scanned / scanning / scanner / product information / identify products / checkout / price
    inventor = Norman Joseph Woodland / Norman Woodland / Woodland / Bernard Silver
the abacus [device]
    does = calculate / calculation / calculations / calculating / counting / count / arithmetic / sums
the lightning rod [device]
    does = protect / protects / protecting / buildings / ground / grounding / electrical charge / strikes
    inventor = Benjamin Franklin / Franklin
the cotton gin [device]
    does = seeds / separate / separates / separating / fibres / fibers / fibre / fiber
    inventor = Eli Whitney / Whitney
Bluetooth [concept]
    does = wireless / short-range / connect / connects / headphones / radio
    inventor = Jaap Haartsen / Haartsen / Ericsson
the World Wide Web [concept]
    does = web pages / webpages / websites / hypertext / hyperlinks / links / internet / browser / browsers
    inventor = Tim Berners-Lee / Berners-Lee / CERN
recursion [concept]
    does = calls itself / call itself / calling itself / self-referential / self-reference / base case / smaller instances / subproblems
encryption [concept]
    does = encode / encodes / encoding / scramble / scrambles / scrambling / unreadable / ciphertext / cipher / secret / unauthorized / unauthorised
blockchain [concept]
    does = ledger / distributed ledger / cryptocurrency / cryptocurrencies / Bitcoin / transactions / decentralized / decentralised
    inventor = Satoshi Nakamoto / Nakamoto / Stuart Haber / Scott Stornetta / Haber / Stornetta
machine learning [concept]
    does = learn / learns / patterns / predictions / predict / training data / trained / artificial intelligence / AI
cloud computing [concept]
    does = remote servers / servers / over the internet / internet / on-demand / data centres / data centers / storage
the QR code [device]
    does = scan / scanned / scanning / smartphone / smartphones / URL / website / link
    inventor = Masahiro Hara / Hara / Denso Wave / Denso
the compiler [concept]
    does = translates / translate / translating / source code / machine code / programming language / executable
    inventor = Grace Hopper / Hopper
3D printing [concept]
    does = three-dimensional / objects / layer by layer / layers / additive manufacturing / prototypes
    inventor = Chuck Hull / Hull / Hideo Kodama
the lithium-ion battery [device]
    does = store / stores / storing / energy / electricity / rechargeable / charge / power
    inventor = John Goodenough / Goodenough / Stanley Whittingham / Whittingham / Akira Yoshino / Yoshino
"""

EVENT = """
the French Revolution [event]
    when = 1789 / 1799 / 1790s / 1780s / late 18th century
    where = France / Paris / Versailles
    what = monarchy / king / Louis XVI / Bastille / republic / guillotine / Reign of Terror / aristocracy / Napoleon
the Battle of Waterloo [event]
    when = 1815 / June 1815 / 18 June 1815
    where = Belgium / Belgian / Brussels / United Kingdom of the Netherlands
    what = Napoleon / Napoleon Bonaparte / Wellington / Duke of Wellington / Blücher / Prussia / Prussian / Prussians
the Battle of Hastings [event]
    when = 1066 / October 1066 / 14 October 1066
    where = England / English / East Sussex / Sussex / Senlac Hill / Senlac
    what = William the Conqueror / William / Duke of Normandy / Normans / Norman / Norman Conquest / Harold / Harold Godwinson / King Harold / Anglo-Saxon / Anglo-Saxons
the sinking of the Titanic [event]
    when = 1912 / April 1912 / 15 April 1912
    where = North Atlantic / Atlantic / Atlantic Ocean / Newfoundland
    what = iceberg / lifeboats / maiden voyage
the fall of the Berlin Wall [event]
    when = 1989 / November 1989 / 9 November 1989
    where = Germany / German / East Germany / West Germany / GDR
    what = East Germany / East German / East Germans / border / reunification / Cold War / GDR / Iron Curtain / checkpoints
the Apollo 11 moon landing [event]
    when = 1969 / July 1969 / 20 July 1969
    what = Neil Armstrong / Armstrong / Buzz Aldrin / Aldrin / Michael Collins / astronauts / one small step / lunar module
the Black Death [event]
    when = 1346 / 1347 / 1348 / 1349 / 1350 / 1351 / 1353 / 1340s / 14th century / fourteenth century / mid-14th century
    where = Europe / European / Asia / Middle East / North Africa / Eurasia
    what = plague / bubonic plague / bubonic / pandemic / Yersinia pestis / fleas / rats
the Boston Tea Party [event]
    when = 1773 / December 1773 / 16 December 1773
    where = Massachusetts / Griffin's Wharf / American colonies / colonial America / United States / America
    what = East India Company / tax / taxes / taxation / Tea Act / Sons of Liberty / colonists / protest / dumped
the American Civil War [event]
    when = 1861 / 1865 / 1860s / 1861-1865
    where = United States / USA / US / America / the South / Southern states / Virginia
    what = Union / Confederacy / Confederate / Confederates / slavery / secession / Abraham Lincoln / Lincoln / Gettysburg
the Russian Revolution [event]
    when = 1917 / October 1917 / February 1917
    where = Russia / Petrograd / Saint Petersburg / St Petersburg / Moscow
    what = Bolsheviks / Bolshevik / Lenin / Vladimir Lenin / tsar / czar / Nicholas II / Romanov / Romanovs / communist / communists / Soviet
the Chernobyl disaster [event]
    when = 1986 / April 1986 / 26 April 1986
    where = Ukraine / Ukrainian / Soviet Union / USSR / Pripyat
    what = nuclear / reactor / explosion / radiation / radioactive / meltdown / nuclear power plant
the Cuban Missile Crisis [event]
    when = 1962 / October 1962
    where = Cuba / Caribbean / United States / Soviet Union
    what = Soviet / Soviets / Soviet Union / USSR / nuclear / nuclear missiles / Kennedy / Khrushchev / standoff / Cold War / blockade / quarantine
the Great Fire of London [event]
    when = 1666 / September 1666 / 2 September 1666
    where = England / English / Pudding Lane
    what = Pudding Lane / bakery / baker / Thomas Farriner / Farriner / St Paul's / St Paul's Cathedral
the destruction of Pompeii [event]
    when = 79 / AD 79 / 79 AD / 79 CE
    where = Italy / Italian / Naples / Bay of Naples / Campania / Roman Empire
    what = Vesuvius / Mount Vesuvius / eruption / erupted / volcano / volcanic / ash / buried / pyroclastic
the D-Day landings [event]
    when = 1944 / June 1944 / 6 June 1944
    where = Normandy / France / French / Omaha Beach / Utah Beach / Gold Beach / Juno Beach / Sword Beach
    what = Allied / Allies / invasion / Normandy / Operation Overlord / Overlord / Nazi / Second World War / World War II / WWII
the storming of the Bastille [event]
    when = 1789 / July 1789 / 14 July 1789
    where = Paris / France / French
    what = prison / fortress / armoury / armory / gunpowder / revolutionaries / French Revolution / crowd / Parisians / mob / insurgents
the Wall Street Crash [event]
    when = 1929 / October 1929 / Black Tuesday / Black Thursday
    where = New York / New York City / New York Stock Exchange / United States / USA / US / America
    what = stock market / stock prices / share prices / stocks / Great Depression / Depression / Black Tuesday / Black Thursday / panic
the sealing of Magna Carta [event]
    when = 1215 / June 1215 / 15 June 1215
    where = Runnymede / England / English / Surrey / Windsor / Thames
    what = King John / barons / charter / liberties / rule of law / royal power
the Battle of Trafalgar [event]
    when = 1805 / October 1805 / 21 October 1805
    where = Spain / Spanish / Cádiz / Atlantic / southwest Spain
    what = Nelson / Horatio Nelson / Admiral Nelson / Royal Navy / British navy / naval / Franco-Spanish / Napoleon / fleet / fleets
the Meiji Restoration [event]
    when = 1868 / 1860s
    where = Japan / Japanese / Tokyo / Edo / Kyoto
    what = emperor / imperial rule / shogunate / Tokugawa / shogun / modernisation / modernization / samurai / industrialisation / industrialization
the Partition of India [event]
    when = 1947 / August 1947
    where = Pakistan / Punjab / Bengal / British India / South Asia / Indian subcontinent
    what = Pakistan / Hindu / Hindus / Muslim / Muslims / British India / migration / refugees / independence / British Raj / Raj
the fall of Constantinople [event]
    when = 1453 / May 1453 / 29 May 1453
    where = Istanbul / Turkey / Turkish / Bosphorus / Byzantine
    what = Ottoman / Ottomans / Ottoman Empire / Mehmed / Mehmed II / Byzantine / Byzantine Empire / siege / Turks / sultan
the California Gold Rush [event]
    when = 1848 / 1849 / 1855 / 1840s / 1850s
    where = United States / USA / US / Sutter's Mill / Sierra Nevada / Coloma / San Francisco / American West
    what = prospectors / miners / forty-niners / 49ers / Sutter's Mill / migration / settlers
the Spanish Armada [event]
    when = 1588 / July 1588 / August 1588
    where = English Channel / England / Channel / Gravelines / Britain / British Isles / North Sea
    what = Philip II / invade / invasion / Elizabeth I / Queen Elizabeth / English fleet / fire ships / fireships / Francis Drake / Drake / storms
the Boxer Rebellion [event]
    when = 1899 / 1900 / 1901 / 1890s / turn of the 20th century
    where = China / Chinese / Beijing / Peking / northern China
    what = foreigners / foreign / missionaries / Christians / Qing / Empress Dowager / Cixi / Eight-Nation Alliance / anti-foreign / anti-imperialist / Boxers
the Irish Potato Famine [event]
    when = 1845 / 1849 / 1852 / 1840s
    where = Ireland
    what = blight / Phytophthora / starvation / starved / emigration / emigrated / emigrate
the Battle of Thermopylae [event]
    when = 480 BC / 480 BCE / 480
    where = Greece / Greek / central Greece
    what = Spartans / Spartan / Sparta / Leonidas / 300 / Persians / Persian / Persian Empire / Xerxes
the Protestant Reformation [event]
    when = 1517 / 16th century / sixteenth century / 1500s
    where = Germany / German / Wittenberg / Europe / European
    what = Martin Luther / Luther / Ninety-five Theses / Catholic Church / Catholic / Pope / papacy / indulgences
the Wright brothers' first flight [event]
    when = 1903 / December 1903 / 17 December 1903
    where = Kitty Hawk / North Carolina / Kill Devil Hills / United States / USA / US
    what = airplane / aeroplane / aircraft / Flyer / Orville / Wilbur / 12 seconds / heavier-than-air
the assassination of Archduke Franz Ferdinand [event]
    when = 1914 / June 1914 / 28 June 1914
    where = Sarajevo / Bosnia / Bosnia and Herzegovina / Austria-Hungary
    what = Gavrilo Princip / Princip / Black Hand / shot / First World War / World War I / WWI / Serbian nationalist / Bosnian Serb
"""

WORK = """
the novel Pride and Prejudice [book]
    creator = Jane Austen / Austen
    about = Elizabeth Bennet / Bennet / Bennets / Mr Darcy / Darcy / marriage / Bennet sisters
the novel Nineteen Eighty-Four [book]
    creator = George Orwell / Orwell / Eric Blair
    about = totalitarian / totalitarianism / surveillance / Big Brother / Winston Smith / Winston / Oceania / dystopia / dystopian
the novel Moby-Dick [book]
    creator = Herman Melville / Melville
    about = whale / white whale / Captain Ahab / Ahab / whaling / Ishmael / Pequod
the novel Frankenstein [book]
    creator = Mary Shelley / Shelley / Mary Wollstonecraft Shelley
    about = monster / creature / scientist / Victor
the novel The Great Gatsby [book]
    creator = F. Scott Fitzgerald / Scott Fitzgerald / Fitzgerald
    about = Daisy / Daisy Buchanan / Nick Carraway / Jazz Age / Long Island / wealth / American Dream / 1920s / West Egg
the novel To Kill a Mockingbird [book]
    creator = Harper Lee
    about = racism / racial injustice / racial inequality / Atticus Finch / Atticus / Scout / Tom Robinson / trial / Maycomb / Alabama / Boo Radley
the novel War and Peace [book]
    creator = Leo Tolstoy / Tolstoy
    about = Napoleon / Napoleonic / Russia / Russian / aristocracy / aristocratic / Pierre / Natasha / Andrei / Bolkonsky / Rostov / 1812
the novel One Hundred Years of Solitude [book]
    creator = Gabriel García Márquez / García Márquez / Márquez / Gabo
    about = Buendía / Macondo / seven generations / magical realism
the novel Things Fall Apart [book]
    creator = Chinua Achebe / Achebe
    about = Okonkwo / Igbo / colonialism / colonial / missionaries / Nigeria / Umuofia
the novel Dracula [book]
    creator = Bram Stoker / Stoker
    about = vampire / vampires / Transylvania / Jonathan Harker / Harker / Van Helsing / Mina
the novel The Hobbit [book]
    creator = J.R.R. Tolkien / Tolkien
    about = Bilbo Baggins / Bilbo / Baggins / Smaug / dragon / dwarves / Gandalf / treasure / Lonely Mountain / Middle-earth
the film Jaws [film]
    creator = Steven Spielberg / Spielberg
    about = shark / great white shark / Amity / Amity Island / police chief / Brody
the film The Godfather [film]
    creator = Francis Ford Coppola / Coppola
    about = Mafia / Corleone / Corleones / Vito Corleone / Michael Corleone / crime family / organized crime / organised crime / mob
the film Casablanca [film]
    creator = Michael Curtiz / Curtiz
    about = Rick / Rick Blaine / Ilsa / Ilsa Lund / Victor Laszlo / Laszlo / letters of transit / nightclub / Nazis / Second World War / World War II / Morocco
the film Psycho [film]
    creator = Alfred Hitchcock / Hitchcock
    about = Norman Bates / Bates / Bates Motel / motel / Marion Crane / Marion / shower
the film Spirited Away [film]
    creator = Hayao Miyazaki / Miyazaki / Studio Ghibli / Ghibli
    about = Chihiro / spirit world / spirits / bathhouse / Yubaba / witch / Haku / pigs
the film Citizen Kane [film]
    creator = Orson Welles / Welles
    about = Rosebud / newspaper / newspaper tycoon / publisher / media tycoon / tycoon / magnate
the film The Wizard of Oz [film]
    creator = Victor Fleming / Fleming
    about = Dorothy / Dorothy Gale / Kansas / Toto / yellow brick road / Scarecrow / Tin Man / Cowardly Lion / Emerald City / tornado
the film The Matrix [film]
    creator = the Wachowskis / Wachowski / Lana Wachowski / Lilly Wachowski
    about = Neo / simulation / simulated reality / machines / Morpheus / Trinity / hacker / virtual reality
the film Seven Samurai [film]
    creator = Akira Kurosawa / Kurosawa
    about = village / villagers / bandits / farmers / ronin
the film Schindler's List [film]
    creator = Steven Spielberg / Spielberg
    about = Holocaust / Jews / Jewish / Nazi / Nazis / factory / Kraków / Poland
the Mona Lisa [painting]
    creator = Leonardo da Vinci / Leonardo / da Vinci
    about = woman / portrait / Lisa Gherardini / Lisa del Giocondo / smile / Gherardini / Giocondo
The Starry Night [painting]
    creator = Vincent van Gogh / van Gogh / Vincent
    about = sky / swirling sky / stars / moon / village / cypress / cypress tree / Saint-Rémy
The Last Supper [painting]
    creator = Leonardo da Vinci / Leonardo / da Vinci
    about = Jesus / Christ / apostles / disciples / Judas / betrayal / twelve apostles
The Scream [painting]
    creator = Edvard Munch / Munch
    about = anguish / anxiety / despair / agonised / agonized / screaming / red sky / orange sky / bridge / existential
Guernica [painting]
    creator = Pablo Picasso / Picasso
    about = bombing / bombed / Spanish Civil War / civil war / Luftwaffe / civilians / Basque
The Persistence of Memory [painting]
    creator = Salvador Dalí / Dalí
    about = melting clocks / melting watches / clocks / watches / soft watches / pocket watches / melting
American Gothic [painting]
    creator = Grant Wood
    about = farmer / pitchfork / farmhouse / daughter / couple
The Great Wave off Kanagawa [painting]
    creator = Hokusai / Katsushika Hokusai
    about = Mount Fuji / Fuji / boats / boat / rowers / fishermen
the song Imagine [song]
    creator = John Lennon / Lennon
    about = peace / world peace / unity / utopia / utopian / brotherhood / humanity
the song Bohemian Rhapsody [song]
    creator = Queen / Freddie Mercury / Mercury
the song Billie Jean [song]
    creator = Michael Jackson / Jackson
the song Smells Like Teen Spirit [song]
    creator = Nirvana / Kurt Cobain / Cobain
the song Hey Jude [song]
    creator = the Beatles / Paul McCartney / McCartney
the song Dancing Queen [song]
    creator = ABBA
"""

BLOCKS = {
    "animal": ANIMAL,
    "medicine": MEDICINE,
    "food": FOOD,
    "sport": SPORT,
    "organisation": ORGANISATION,
    "place": PLACE,
    "person": PERSON,
    "technology": TECHNOLOGY,
    "event": EVENT,
    "work": WORK,
}
KINDS: tuple[str, ...] = tuple(BLOCKS)
ENTITIES: tuple[Entity, ...] = tuple(e for kind, block in BLOCKS.items() for e in parse_entities(kind, block))
BY_KIND: dict[str, tuple[Entity, ...]] = {k: tuple(e for e in ENTITIES if e.kind == k) for k in KINDS}
