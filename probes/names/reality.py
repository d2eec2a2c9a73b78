"""Whether a generated name is (or contains as its own name) something real.

Every invented-name procedure rejects its candidates here: a token is real if it is a word of
the shipped lexicon (`probes.lexicon`, which also holds every word of the fact tables), a word of
the real-entity table, a name of the shipped name lists (`probes.tables.name_lists`) or of the
obscure-places table, or one of `REAL_COMPOUNDS` (well-known compound names the lists miss). The
lexicon check also catches a real word with a short ending ("bandits"). Parts of a name that are
real on purpose (a real first name before a blended surname, the words of a compound) are not
passed here; only the invented token is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from probes.lexicon import is_real_word
from probes.normalize import fold

# Well-known places, brands and compounds that two real words (or a blend) can spell by accident.
REAL_COMPOUNDS = frozenset("""
silverstone stonehenge blackpool greenwich westminster northampton southampton oakland redwood ashford
blackburn blackwood whitehall whitehaven greenfield brookfield redhill stonehaven silverlake starbucks
goldcrest bluebell blackbird oakwood elmwood ashwood greenwood hollywood bollywood lakewood westwood
eastwood northwood southwood kingston queensland sunderland northumberland cumberland westmorland
riverside brookside lakeside hillside woodside greenside eastgate westgate northgate southgate highgate
moorgate aldgate bishopsgate ironbridge stonebridge cambridge oxbridge redbridge woodbridge
silverton ashton easton weston norton sutton wolverhampton sheffield huddersfield mansfield springfield
fairfield westfield northfield southfield bradford stratford watford hertford guildford oxford
stamford salford dartford chelmsford wexford waterford bedford hereford blackrock greystone
whitestone redstone bluestone firestone brimstone moonstone sunstone flagstone keystone gladstone
goldstone silverstein goldman rockefeller fairbanks newcastle highland lowland midland
brentford newstead whitworth burleigh barmouth walworth walbrook balham chesham harley
sandstone sandbank ironwood moonlight sunlight starlight waterfall millstone rosewood firewood driftwood
ironstone limestone milestone hailstone cornerstone snowfall rainfall nightfall landfall woodland highland
marshland moorland heathland frostbite thornbury greenford summerfield southwell oakford birchwood southwold
heathrow gatwick warwick norwick berwick alnwick keswick brunswick greenpeace microsoft
""".split())


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    """Every single-token name the project knows to be real, lowercase ASCII."""
    from probes.names.pseudo import table_words
    from probes.tables import obscure_places as places
    from probes.tables.name_lists import all_names

    rows = (*places.TOWN_ROWS, *places.COUNTY_ROWS, *places.TERRITORY_ROWS, *places.CURRENCY_ROWS)
    text = " ".join(" ".join(r.subject + r.answers) for r in rows)
    return frozenset(re.findall(r"[a-z]+", fold(text))) | all_names() | table_words() | REAL_COMPOUNDS


def is_real_token(token: str) -> bool:
    """True if one invented token ("Northgate", "Bergholm") is a real word or name we know."""
    t = fold(token).replace("'", "")
    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", t):
        return True  # not a clean word: treat as unusable
    parts = t.split("-")
    return t.replace("-", "") in known_names() or any(p in known_names() or is_real_word(p) for p in parts)
