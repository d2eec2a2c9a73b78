"""The checkable specifics of a text, typed: what a claim commits to that evidence can confirm or refute.

`specifics(text)` returns, in reading order:
- "date": "28 June 1919", "June 28, 1919", "June 1919" (value "1919-06-28", "1919-06");
- "year": a year 1000-2099 not grouped or followed by a unit, "79 AD", "300 BC" (value "-300"), a
  decade ("1920s", value "1920s") or a century ("17th century", value "c17");
- "number": other numbers, digits or words ("3.5 million", "three"; not "one"), value in plain
  digits after the scale, with the `unit` that follows ("km", "m", "kg", "%", "people", ...);
- "place": a country, part, historical state, capital, continent or subregion
  (`probes.claims.places`), "nationality": a demonym, alone or in "German-born";
- "name": any other run of capitalised words (initials, "of"/"de"/"van" inside), leaving out a
  sentence's first word when it is a function word, months, and weekdays;
- "role": a profession ("physicist"), "category": a kind of thing in `lexicon.KIND_GROUPS` ("film").
Each carries a `cue` (`probes.claims.cues`): the role family of the nearest cue word up to six
words before it in its clause ("born in 1879" -> "born"); "creator" only for a name right after
"by" or a creator noun ("directed by X") or just before "wrote" ("wrote The Hobbit" names a work);
"is" after a copula with only modifiers between ("is a 1942 American film"); "born"/"died" for
"(1879-1955)" and "German-born"; list items ("starring A, B, and C", "born in Ulm, Germany") share
the first item's cue. Pure functions; leaves out judging (`probes.claims.grading`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from probes.claims.tokens import Token, tokenize
from probes.claims.cues import creator_after, cue_of
from probes.claims.lexicon import FUNCTION_WORDS, KIND_GROUPS, KIND_SYNONYMS, PROFESSIONS, VERBS
from probes.claims.places import max_place_words, nationality, place
from probes.normalize import normalize

MONTHS = ("january february march april may june july august september october november december").split()
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER_WORDS.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
                     "dozen": 12, "million": 10**6, "billion": 10**9})
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
UNITS = {"km": "km", "kilometres": "km", "kilometers": "km", "mi": "mi", "miles": "mi", "m": "m", "metres": "m",
         "meters": "m", "ft": "ft", "feet": "ft", "kg": "kg", "kilograms": "kg", "lb": "lb", "pounds": "lb",
         "tonnes": "t", "tons": "t", "%": "%", "percent": "%", "km2": "km2", "sq": "sq", "square": "sq",
         "people": "people", "inhabitants": "people", "residents": "people", "species": "species",
         "years": "years", "°c": "C", "°f": "F", "c": "C", "cm": "cm", "mm": "mm", "hectares": "ha"}
YEARS_AGO = {"k": 1e3, "m": 1e6, "g": 1e9, "b": 1e9}  # geology's ka / Ma / Ga (kya, mya, bya)
NAME_JOINERS = frozenset("of the de da di del der van von la le du bin al y".split())
_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th) century\b", re.I)
_DECADE = re.compile(r"\b(1\d|20)(\d)0s\b")
_ERA = re.compile(r"\b(\d{1,4}) ?(BC|BCE|AD|CE)\b|\b(AD) ?(\d{1,4})\b")
_LIFESPAN = re.compile(r"\((?:born |b\. )?(?:c\. ?)?(\d{3,4})(?: ?[\u2013-] ?(?:c\. ?)?(\d{3,4}))?\)")
_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"
_DATE = re.compile(rf"\b(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)? )?(?P<m>{_MONTH}),? (?P<y>\d{{3,4}})\b"
                   rf"|\b(?P<m2>{_MONTH}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y2>\d{{3,4}})\b")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w])")


@dataclass(frozen=True)
class Specific:
    """One checkable specific: its kind, the text as written, a canonical value, its character
    span in the text, its role family (`cue`, "" if none) and, for numbers, its `unit`."""

    kind: str
    text: str
    value: str
    span: tuple[int, int]
    cue: str = ""
    unit: str = ""


def specifics(text: str) -> tuple[Specific, ...]:
    """Every specific of `text` in reading order (see the module docstring)."""
    toks = tokenize(text)
    found: list[Specific] = []
    taken = [False] * (len(text) + 1)

    def add(kind: str, start: int, end: int, value: str, cue: str = "", unit: str = "") -> None:
        if not any(taken[start:end]):
            taken[start:end] = [True] * (end - start)
            cue_ = cue or cue_of(toks, start) or ("creator" if kind == "name" and creator_after(
                toks, end) else "")
            found.append(Specific(kind, text[start:end], value, (start, end), cue_, unit))

    for m in _LIFESPAN.finditer(text):
        add("year", m.start(1), m.end(1), m.group(1), "born")
        if m.group(2):
            add("year", m.start(2), m.end(2), m.group(2), "died")
    for m in _DATE.finditer(text):
        day, month, year = m.group("d") or m.group("d2"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2")
        add("date", m.start(), m.end(), f"{year}-{MONTHS.index(month.lower()) + 1:02d}" + (f"-{int(day):02d}" if day else ""))
    for m in _ERA.finditer(text):
        year, era = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        add("year", m.start(), m.end(), f"-{year}" if era.startswith("B") else year)
    for m in _CENTURY.finditer(text):
        add("year", m.start(), m.end(), f"c{int(m.group(1))}")
    for m in _DECADE.finditer(text):
        add("year", m.start(), m.end(), m.group()[:-1] + "s")
    for m in _NUMBER.finditer(text):
        whole = m.group(1)
        if "," not in whole and not m.group(2) and 1000 <= int(whole) <= 2099 and not _unit_after(text, m.end()):
            add("year", m.start(), m.end(), whole)
    for m in _NUMBER.finditer(text):
        value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        end, unit = m.end(), _unit_after(text, m.end())
        scale = re.match(r"\s*(thousand|million|billion|trillion)\b", text[end:], re.I)
        if scale:
            value *= SCALES[scale.group(1).lower()]
            end += scale.end()
            unit = _unit_after(text, end)
        ago = re.match(r"\s*(ka|Ma|Ga|kya|mya|Mya|bya)\b", text[end:])  # "66 Ma": 66 million years ago
        if ago:
            value *= YEARS_AGO[ago.group(1).lower()[0]]
            end, unit = end + ago.end(), "years"
        add("number", m.start(), end, _fmt(value), unit=unit)
    _words(text, toks, add)
    return tuple(inherit(found, text))


def _words(text: str, toks: list[Token], add) -> None:
    """Places, nationalities, names, number words, roles and categories from the tokens."""
    i = 0
    while i < len(toks):
        tok, low = toks[i], toks[i].text.lower()
        if low.endswith("-born") and nationality(tok.text[:-5]):
            add("nationality", tok.start, tok.end - 5, _countries(nationality(tok.text[:-5])), "born")
        elif low in NUMBER_WORDS and low not in ("one", "hundred", "thousand", "million", "billion", "zero"):
            add("number", tok.start, tok.end, _fmt(NUMBER_WORDS[low]), unit=_unit_after(text, tok.end))
        elif low in VERBS and not _capitalised(tok.text):
            pass  # "stars", "plays", "works": a verb, not a category or role
        elif low in PROFESSIONS or low.rstrip("s") in PROFESSIONS:
            add("role", tok.start, tok.end, low.rstrip("s") if low not in PROFESSIONS else low)
        elif low in KIND_GROUPS or low.rstrip("s") in KIND_GROUPS:
            kind = low if low in KIND_GROUPS else low.rstrip("s")
            add("category", tok.start, tok.end, KIND_SYNONYMS.get(kind, kind))
        elif _capitalised(tok.text) and not _skip_initial(toks, i):
            j = _run_end(toks, i)
            i = _classify(text, toks, i, j, add)
            continue
        i += 1


def _classify(text: str, toks: list[Token], i: int, j: int, add) -> int:
    """Type the capitalised run toks[i:j]: the longest known place or demonym from its start,
    else a name. Returns the index to go on from."""
    for k in range(min(j, i + max_place_words()), i, -1):
        phrase = text[toks[i].start : toks[k - 1].end]
        if k == j or k < j:
            countries = place(phrase)
            if countries and k == j:
                add("place", toks[i].start, toks[k - 1].end, _countries(countries))
                return k
            demonym = nationality(phrase)
            if demonym and (k == j or not _capitalised(toks[k].text)):
                add("nationality", toks[i].start, toks[k - 1].end, _countries(demonym))
                return k
    name = text[toks[i].start : toks[j - 1].end]
    if name.lower() not in MONTHS and name.lower() not in DAYS:
        add("name", toks[i].start, toks[j - 1].end, normalize(name))
    return j


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) > 1 or word.isalpha())


def _skip_initial(toks: list[Token], i: int) -> bool:
    """A sentence's first word that is a function word or a verb ("The", "It", "He's", "In", "Was")."""
    first = i == 0 or toks[i - 1].text in (".", "!", "?", ":", "\n", "-", "*", '"')
    low = re.sub(r"['’]s$", "", toks[i].text.lower())  # "He's", "It's"
    return first and (low in FUNCTION_WORDS or low in VERBS) or low in ("i",)


def _run_end(toks: list[Token], i: int) -> int:
    """End of a run of capitalised words from i: initials ("J. R. R."), joiners between capitals."""
    j = i + 1
    while j < len(toks):
        t = toks[j].text
        if _capitalised(t) or (t == "." and len(toks[j - 1].text) == 1 and toks[j - 1].text.isupper()):
            j += 1
        elif t.lower() in NAME_JOINERS and j + 1 < len(toks) and _capitalised(toks[j + 1].text) and t.islower():
            j += 2
        else:
            break
    return j


def _unit_after(text: str, end: int) -> str:
    m = re.match(r"\s*(%|°[CF]|[A-Za-z]+\d?)", text[end:])
    return UNITS.get(m.group(1).lower(), "") if m else ""


def _countries(countries: frozenset[str] | None) -> str:
    return "|".join(sorted(countries or ()))


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def inherit(found: list[Specific], text: str) -> list[Specific]:
    """A list inherits its first item's cue: "starring A, B, and C" makes all three cast, "born in
    Ulm, Germany" both born (roles and categories only from their own kind)."""
    out: list[Specific] = []
    for s in sorted(found, key=lambda s: s.span):
        prev = out[-1] if out else None
        if prev and not s.cue and prev.cue and (prev.kind == s.kind or s.kind not in ("role", "category")) and \
                re.fullmatch(r"\s*(,|,?\s*and|,?\s*or)\s*", text[prev.span[1] : s.span[0]]):
            s = Specific(s.kind, s.text, s.value, s.span, prev.cue, s.unit)
        out.append(s)
    return out
