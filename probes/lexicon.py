"""A small shipped word list used to reject generated pseudo-words that are real words.

Common English words (a few thousand, by frequency and by shape: short words that syllable
concatenation can easily produce) and common given names and surnames. `real_words()` adds every
token of the fact tables (countries, cities, people, elements, ...) so an invented name never
collides with a real entity this project references. Deliberately a fixed list, not the host's
dictionary: suites must be identical on every machine.
"""

from __future__ import annotations

import re
from functools import lru_cache

from probes.tables import all_table_text

COMMON_WORDS = """
a able about above accept across act action add after again against age ago agree air all allow almost alone
along already also always am among amount and animal another answer any appear apple area arm army around
arrive art as ask at attack aunt away baby back bad bag ball band bank bar base basket bat bath be bear beat
beautiful because become bed been before began begin behind being bell belong below bench bend best better
between big bird birth bit bite black blade blame blanket blind block blood blow blue board boat body bone book
border born both bottle bottom bowl box boy brain branch brave bread break breath brick bridge bright bring
broad broken brother brown brush build burn bus business busy but butter button buy by cake call calm came camp
can candle cap capital captain car card care carpet carry case castle cat catch cattle cause cave cell center
cent central century certain chain chair chance change charge chart cheap check cheese chest chicken chief
child children choose church circle city claim class clean clear climb clock close cloth cloud club coal coast
coat coin cold collar color colony come common company compare complete condition consider contain continue
control cook cool copper copy corn corner correct cost cotton could count country course cover cow crack
cream create crime crop cross crowd crown cry cup current cut dad dance danger dark date daughter day dead deal
dear death decide deep degree delay depend desert design desk detail develop die differ difficult dinner direct
dirt discover dish distant divide do doctor dog dollar done door double down draw dream dress drink drive drop
dry duck during dust duty each ear early earth east easy eat edge effect egg eight either electric element else
end enemy energy engine enough enter equal even evening event ever every exact example except excite exercise
expect experience eye face fact fair fall family famous far farm fast fat father fear feed feel feet fell felt
fence few field fig fight figure fill final find fine finger finish fire first fish fit five flag flat floor
flow flower fly follow food foot for force forest forget form forward found four free fresh friend from front
fruit full fun game garden gas gate gather gave general gentle get gift girl give glad glass go goal god gold
gone good got govern grand grass gray great green grew ground group grow guard guess guide gun had hair half
hall hand happen happy hard harm hat have he head hear heart heat heavy held hello help her here high hill him
his history hit hold hole home hope horse hot hotel hour house how huge human hundred hunt hurry hurt husband
ice idea if ill important in inch include indeed insect inside instant into iron is island it its job join
joint joke journey joy judge juice jump just keep kept key kick kid kill kind king kitchen knee knife knock know
lady lake land lane language large last late laugh law lay lead leaf learn least leave led left leg lemon less
let letter level lie life lift light like line lion lip list listen little live load loan local lock log long
look lord lose loss lot loud love low luck lunch machine mad made magic mail main major make male man manage
many map march mark market marry mass master match matter may maybe me meal mean measure meat meet melon member
men metal method middle might mile milk mill mind mine minute miss mix model modern moment money monkey month
moon more morning most mother motion motor mount mountain mouse mouth move much mud music must my name narrow
nation nature near neck need neighbor nest net never new news next nice night nine no noble noise none noon nor
north nose not note nothing notice noun now number nurse nut object ocean of off offer office often oil old on
once one only open or orange order other our out over own oxygen page paint pair palace pan paper parent park
part party pass past path pay peace pen pencil people pepper per perhaps person pet pick picture piece pig pilot
pin pine pink pipe place plain plan plane plant plate play please plural poem point police polite pool poor
port position possible post pot potato pound powder power present press pretty price prince print prison prize
problem produce promise proper protect proud prove pull pump pupil push put queen question quick quiet quite
rabbit race radio rail rain raise ran range rank rat rate rather reach read ready real reason receive record
red region remember repeat reply rest result rich ride right ring rise river road rock roll roof room root rope
rose round row rub rule run rush sad safe sail salt same sand sat save saw say scale school science score sea
search season seat second section see seed seem sell send sense sent sentence serve set settle seven shade shake
shall shape share sharp she sheep shell shine ship shirt shoe shop shore short should shoulder shout show side
sight sign silent silk silver simple since sing single sister sit six size skin sky sleep slip slow small smell
smile smoke snake snow so soap soft soil soldier solve some son song soon sort sound south space speak special
speed spell spend spoke spot spread spring square stage stair stand star start state station stay steam steel
step stick still stock stone stood stop store storm story straight strange stream street strong student study
subject success such sudden sugar suit summer sun supply support sure surface swim system table tail take talk
tall tank taste tax tea teach team tear tell temple ten tent term test than thank that the their them then
there these they thick thin thing think third this those though thought thousand three through throw thus
ticket tide tie tiger till time tiny tire to today toe together told tone too took tool tooth top total touch
toward town toy track trade train travel tree trip trouble truck true try tube turn twelve twenty two type uncle
under unit until up upon us use usual valley value very view village visit voice vote wait walk wall want war
warm was wash watch water wave way we wear weather week weight well went were west wet what wheel when where
which while white who whole why wide wife wild will win wind window wine wing winter wire wise wish with woman
women wonder wood word work world worry would write wrong yard year yellow yes yet you young your zero zone
"""

SHAPE_WORDS = """
bandit banter barber baron barrel basin beacon belt berry blend bolt border bramble brand brandy bronze
cabin camel canal candy canon canvas caramel cargo carol carton cedar cello chant charm chapel cinder citadel
clamor comet condor coral cosmos cradle crater crystal dagger dandy delta denim derby dinosaur domino donor
dragon drama drill drone ember emblem falcon feather felon fennel fiber fiddle fjord flint folly forge fossil
gala galaxy garnet gazelle gecko genome giant ginger glacier goblin gondola gorilla granite gravel griffin
guitar hammer harbor harvest hazel helmet hermit hero honey hornet hydra jargon jasmine javelin jungle kayak
kernel kettle kingdom kiwi koala lagoon lantern laser lava legend lemur lentil lily linen lotus lumber lyric
magnet mango mantle marble marina marrow meadow melody mentor merit meteor mirror monarch mongoose monsoon
mosaic mural myrtle nectar nimbus novel oasis omen onyx opal opera orbit orchid otter oxen paddle panda panther
parrot pasta pastel pebble pelican pendant pepper petal pharaoh piano pilgrim pillar pirate pistol planet plaza
polka pollen pony portal potion prism pulsar puma python quartz quiver radar raven relic rhino ribbon rival
robot rocket rodeo salmon samba sandal satin saturn scarab sonar spider spiral squid sultan summit talon tango
tavern temper tender terra thunder tiara timber titan toga tomato topaz torch tornado trombone tulip tundra
turtle tuxedo ulcer umber vandal vanilla velvet venom vertex viking villa violin viper volcano voltage vortex
walrus wander willow wizard yeti yoga zebra zenith zeta zinc zodiac
alpha beta gamma kappa lambda sigma omega theta delta iota nova luna sola terra vera vita mira astra
bora kona lima roma sara tara dara mara nora lena mina nina tina vina zara zena
"""

NAMES = """
aaron adam alan albert alex alice amelia amy andrew anna anne anthony arthur barbara ben benjamin betty bill
bob brian carl carol catherine charles charlotte chris christopher claire daniel david deborah dennis diana
donald dorothy edward elizabeth ella emily emma eric ethan eva frank gary george grace hannah harry helen henry
isabella jack jacob james jane jason jennifer jessica joan john jonathan joseph joshua julia karen kate kevin
laura linda lisa louis lucy margaret maria mark martha mary matthew michael nancy nicholas oliver olivia paul
peter philip rachel richard robert roger rose ruth ryan samuel sandra sarah scott sophia stephen steven susan
thomas timothy victoria walter william zoe
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson
anderson taylor moore jackson martin lee thompson white harris clark lewis robinson walker young allen king
wright hill green adams baker nelson carter mitchell roberts turner phillips campbell parker evans edwards
collins stewart morris rogers reed cook morgan bell murphy bailey cooper richardson cox howard ward torres
peterson gray ramirez watson brooks kelly sanders price bennett wood barnes ross henderson coleman jenkins perry
powell long patterson hughes flores washington butler simmons foster bryant alexander russell griffin hayes
"""


def _tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"[a-z]+", text.lower()) if t}


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The common English words of the lists above (no names, no table tokens)."""
    return frozenset(_tokens(COMMON_WORDS) | _tokens(SHAPE_WORDS))


@lru_cache(maxsize=1)
def real_words() -> frozenset[str]:
    """Every word this project knows to be real: the lists above plus fact-table tokens."""
    return frozenset(_tokens(COMMON_WORDS) | _tokens(SHAPE_WORDS) | _tokens(NAMES) | _tokens(all_table_text()))


def is_real_word(word: str) -> bool:
    """True if the word, or the word minus a common ending, is in the shipped lists."""
    w = word.lower()
    words = real_words()
    stems = {w, w[:-1], w[:-2], w[:-3]} if len(w) > 4 else {w}
    return any(s in words for s in stems if len(s) >= 3) or w in words
