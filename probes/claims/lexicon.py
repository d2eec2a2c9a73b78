"""Word lists the claim splitter, the specifics extractor and the claim grader share.

Plain data, written for this project: function words, finite verbs common in encyclopedic
answers, pronouns, the cue words that give a specific its role ("directed by", "born in",
"released in"), professions, and kinds of things with the groups in which two kinds exclude each
other (a film is not a novel). Leaves out places and nationalities (`probes.tables.countries`).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS = _words(
    "a an the this that these those it its he she his her they their them we our you your i my me him who whom whose"
    " which what when where why how there here and or but nor so yet if then than as of in on at by for from to with"
    " without into onto over under about above below between among through during before after since until while"
    " although though because also too very not no only just such both either neither each every all some any many"
    " much more most less least other another one is are was were be been being am has have had do does did can could"
    " will would may might must should shall"
)
SUBJECT_PRONOUNS = _words("it he she they")
POSSESSIVES = {"its": "", "his": "", "her": "", "their": ""}
COPULAS = _words("is are was were")
VERBS = _words(
    "is are was were has have had does did do can could will would may might must should shall remains remained"
    " becomes became lived lives died dies wrote writes won wins led leads made makes founded developed develops"
    " discovered discovers invented invents created creates designed designs built builds ruled rules served serves"
    " moved moves studied studies worked works played plays composed composes painted paints produced produces"
    " released releases published publishes received receives married marries starred stars directed directs lies"
    " lay flows flowed contains contained includes included covers covered means meant refers referred describes"
    " described features featured follows followed tells told focuses focused uses used treats treated causes caused"
    " helps helped eats ate feeds fed grows grew occurs occurred sells sold operates operated began begins started"
    " starts ended ends took takes gave gives found finds went goes came comes saw sees fought fights killed kills"
    " defeated defeats established establishes introduced introduces formed forms joined joins left leaves returned"
    " returns taught teaches sang sings recorded records reached reaches connects connected borders bordered stands"
    " stood consists consisted represents represented depicts depicted shows showed explores explored portrays"
    " portrayed earned earns attracted attracts hosts hosted houses housed spans spanned inhabits inhabited hunts"
    " hunted weighs weighed measures measured affects affected spreads infects prevents prevented reduces reduced"
    " lowers relieves opens opened blocks acts acted belongs belonged originated originates emerged emerges invaded"
    " conquered signed lasted lasts happened happens marked marks involves involved allows allowed provides provided"
    " produces supports supported survived survives remains sits sat lost loses held holds kept keeps ran runs"
    " brought brings inspired inspires changed changes"
)
PARTICIPLES_BY = _words(
    "directed written composed painted founded invented discovered designed built created produced developed"
    " published owned led performed sung played sculpted authored edited illustrated narrated commissioned"
)
EXPLETIVE_AFTER = _words("believed said thought known estimated likely possible important unclear clear true worth")
# Generic words that say nothing checkable on their own (never a term to look up in the evidence).
WEAK = _words(
    "known famous well best great greatest important major main many several various large small big used use uses"
    " called named made make makes also often usually generally widely one type kind form part way people thing"
    " things something someone time times year years first including include includes such like notable popular"
    " considered regarded remains remain became become work works world different new old long high good early late"
    " century based found located refer refers referred considered example called lot number role"
    # evaluative words: they praise, they do not state a fact the evidence could hold
    " significant significance vital critical crucial key vibrant rich stunning beautiful profound"
    " fascinating renowned influential prominent iconic remarkable unique essential fundamental"
    " contribution contributions"
    # words that frame a statement without stating anything checkable
    " phenomenon natural ability aspect aspects effect effects amount figure responsible depending"
    " individual individuals specific"
)

# Role families: a cue word before a specific gives its role (creators: `probes.claims.specifics`).
CUES: dict[str, str] = {
    "born": "born", "birth": "born", "birthplace": "born", "native": "born",
    "died": "died", "death": "died", "dies": "died", "killed": "died", "executed": "died", "assassinated": "died",
    "starring": "cast", "stars": "cast", "starred": "cast", "featuring": "cast", "cast": "cast",
    "founded": "founder", "founder": "founder", "established": "founder", "co-founded": "founder",
    "invented": "inventor", "inventor": "inventor", "discovered": "inventor", "discoverer": "inventor",
    "married": "spouse", "wife": "spouse", "husband": "spouse", "spouse": "spouse",
    "released": "made", "published": "made", "premiered": "made", "completed": "made", "built": "made",
    "constructed": "made", "opened": "made", "erected": "made",
    "began": "began", "started": "began", "outbreak": "began",
    "ended": "ended", "end": "ended",
    "place": "when", "happened": "when", "occurred": "when", "fought": "when", "erupted": "when", "signed": "when",
    "won": "award", "awarded": "award", "received": "award",
    "located": "location", "lies": "location", "situated": "location", "endemic": "location",
    "found": "location", "lives": "location", "inhabits": "location",
    "capital": "capital", "headquartered": "base", "headquarters": "base", "based": "base",
    "population": "population", "inhabitants": "population", "residents": "population",
    "long": "length", "length": "length", "tall": "height", "high": "height", "height": "height",
    "elevation": "height", "area": "area", "weighs": "weight", "weighing": "weight", "weight": "weight",
}
# A year right after the copula ("is a 1942 film") dates the thing itself.
YEAR_FAMILIES_OF_IS = "made"

PROFESSIONS = _words(
    "physicist chemist biologist mathematician astronomer philosopher economist engineer inventor scientist"
    " naturalist physician doctor nurse surgeon psychologist sociologist historian geographer painter sculptor"
    " architect artist photographer composer pianist violinist conductor singer songwriter musician rapper"
    " guitarist writer novelist poet playwright dramatist author journalist essayist screenwriter director"
    " filmmaker actor actress comedian dancer choreographer producer politician statesman president king queen"
    " emperor empress pharaoh pope prince princess general admiral soldier explorer navigator aviator astronaut"
    " cosmonaut athlete footballer cricketer boxer wrestler swimmer sprinter cyclist golfer businessman"
    " businesswoman entrepreneur industrialist banker lawyer judge activist revolutionary reformer theologian"
    " priest monk saint prophet missionary teacher linguist philologist archaeologist anthropologist geologist"
    " botanist zoologist geneticist physiologist programmer diplomat monarch ruler dictator chancellor"
)
KIND_GROUPS: dict[str, str] = {
    **dict.fromkeys("film movie novel play poem opera symphony song album painting sculpture statue".split(), "work"),
    **dict.fromkeys("city town village country island river lake mountain volcano desert sea ocean continent".split(),
                    "place"),
    **dict.fromkeys("bird mammal fish reptile amphibian insect plant tree".split(), "living"),
    **dict.fromkeys("element metal gas planet star moon galaxy".split(), "matter"),
}
KIND_SYNONYMS: dict[str, str] = {"movie": "film", "statue": "sculpture", "town": "city", "village": "city"}
