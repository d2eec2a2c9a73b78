"""Clauses of one sentence: where a sentence that carries several facts is cut, and what each
split-off clause needs in front of it to read standing alone.

The rule (outside brackets and quotes only; never inside a name or a number, since every cut
is at one of these words):
- "; " always starts a new clause;
- ", and" / ", but" / ", while" / ", whereas" / ", although" / ", though" / ", yet" start one when
  a verb phrase ("..., and won three Oscars") or a clause ("..., and it won ...") follows;
- "and" without a comma, and a bare comma, start one when a verb follows and the part before
  already has its verb ("was born in Ulm, moved to Bern and died in Princeton");
- ", which" / ", who" start a relative clause (about the name before the comma for "who"; for
  "which", about the sentence's subject after a copula, else about the object before it);
- a participle with "by" after a noun ("a film directed by X"), ", born", "starring", "featuring";
- an appositive after a name (", a Hungarian director,"), and the rest of the sentence after it.
Lists ("three sides, four corners and four angles", "Bogart, Bergman, and Henreid") stay one
clause: no verb follows their commas. The subject of a sentence is the text before its first
verb (after a leading "In 1942," and without an appositive). Leaves out pronouns: a clause that
opens with "it" or "he" keeps it here (`probes.claims.split` replaces it).
"""

from __future__ import annotations

from dataclasses import dataclass

from probes.claims.lexicon import COPULAS, PARTICIPLES_BY, SUBJECT_PRONOUNS
from probes.claims.tokens import Token, is_verb, tokenize

CONNECTORS = ("and", "but", "while", "whereas", "although", "though", "yet")
_OPEN, _CLOSE = "([\"\u201c", ")]\"\u201d"
_AUX = frozenset("is are was were be been being has have had".split())
_PAST = frozenset("was were had did became wrote won led made took gave found went came saw fought left taught sang"
                  " lost held kept ran brought began grew ate fed sold stood sat told meant lay".split())
_DETERMINERS = frozenset("the a an this that its his her their".split())


@dataclass(frozen=True)
class Piece:
    """A clause of a sentence: offsets into the sentence, how it attaches to the clause before it
    ("" for the first, "and", "semicolon", "relative", "participle", "appositive", "resume"), the
    words to put before it to read alone (`lead`) and how many of its first characters to drop
    then (a connector such as "and " or "starring ")."""

    start: int
    end: int
    link: str = ""
    lead: str = ""
    drop: int = 0


def _depths(toks: list[Token]) -> list[int]:
    """Bracket/quote depth of each token (quotes toggle)."""
    depth, quoted, out = 0, False, []
    for t in toks:
        if t.text in ('"', "\u201c", "\u201d"):
            quoted = not quoted if t.text == '"' else t.text == "\u201c"
        elif t.text in "([":
            depth += 1
        elif t.text in ")]":
            depth = max(0, depth - 1)
        out.append(depth + quoted)
    return out


def _name_start(toks: list[Token], i: int) -> int:
    """Index of the first token of the capitalised run ending just before token i (i if none)."""
    j = i
    while j > 0 and (toks[j - 1].text[:1].isupper() or (toks[j - 1].text == "." and j > 1 and len(toks[j - 2].text) == 1)):
        j -= 1
    return j


def _name_before(toks: list[Token], i: int) -> str:
    """The capitalised run of words ending just before token i ("Michael Curtiz"), or ""."""
    j = _name_start(toks, i)
    return " ".join(t.text for t in toks[j:i]).replace(" .", ".") if j < i else ""


def subject_of(sentence: str, toks: list[Token] | None = None) -> str:
    """The words before the sentence's first verb, after a leading adverbial ("In 1942,") and
    without an appositive; "" when there is no verb, no subject, a pronoun or more than 10 words."""
    toks = tokenize(sentence) if toks is None else toks
    verb = next((k for k in range(len(toks)) if is_verb(toks, k)), None)
    if not verb:
        return ""
    part = toks[:verb]
    commas = [k for k, t in enumerate(part) if t.text == ","]
    if commas and commas[0] + 1 < len(part) and part[commas[0] + 1].text.lower() in ("a", "an", "the"):
        part = part[: commas[0]]  # "Casablanca, a 1942 film, won ..."
    elif commas:
        part = part[commas[-1] + 1 :]  # "In 1942, Casablanca won ..."
    words = [t for t in part if t.text not in ("*", "_", "-", "\u2022")]
    if not words or len(words) > 10 or (len(words) == 1 and words[0].text.lower() in SUBJECT_PRONOUNS):
        return ""
    return sentence[words[0].start : words[-1].end]


def is_past(toks: list[Token]) -> bool:
    verb = next((toks[k].text.lower() for k in range(len(toks)) if is_verb(toks, k)), "")
    return verb in _PAST or verb.endswith("ed")


def split_sentence(sentence: str, subject: str) -> list[Piece]:
    """The clauses of one sentence (see the module docstring); `subject` is what a clause without
    its own subject is about (the sentence's subject, else the entity asked about)."""
    cutter = _Cutter(sentence, subject)
    for i in range(1, len(cutter.toks)):
        if not cutter.depth[i]:
            cutter.cut(i)
    return _pieces(sentence, cutter.toks, cutter.cuts)


class _Cutter:
    """Walks a sentence's tokens and records where clauses start (`cuts`: token index ->
    (link, lead, characters to drop)); `last` is where the current clause began."""

    def __init__(self, sentence: str, subject: str) -> None:
        self.sentence, self.subject = sentence, subject
        self.toks = tokenize(sentence)
        self.depth = _depths(self.toks)
        self.be = "was" if is_past(self.toks) else "is"
        self.cuts: dict[int, tuple[str, str, int]] = {}
        self.last = 0

    def verb_since(self, i: int) -> bool:
        return any(is_verb(self.toks, k) for k in range(self.last, i))

    def clause_at(self, j: int) -> str:
        """"vp", "clause" or "" for the words starting at token j."""
        toks = self.toks
        if is_verb(toks, j) or (j + 1 < len(toks) and toks[j].text in ("also", "later") and is_verb(toks, j + 1)):
            return "vp"
        if j < len(toks) and toks[j].text.lower() in SUBJECT_PRONOUNS | _DETERMINERS | {"she", "he"}:
            for k in range(j + 1, min(j + 6, len(toks))):
                if toks[k].text == ",":
                    return ""
                if is_verb(toks, k):
                    return "clause"
        return ""

    def cut(self, i: int) -> None:
        """Record the clause that starts at or after token i, if one does."""
        toks, cuts, subject = self.toks, self.cuts, self.subject
        tok, before = toks[i], len(cuts)
        nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        if tok.text == ";" and i + 1 < len(toks):
            cuts[i + 1] = ("semicolon", subject if self.clause_at(i + 1) == "vp" else "", 0)
        elif tok.text == "," and nxt in CONNECTORS and self.verb_since(i) and self.clause_at(i + 2):
            lead = subject if self.clause_at(i + 2) == "vp" else ""
            cuts[i + 1] = (nxt if nxt == "and" else "but", lead, len(nxt) + 1)
        elif tok.text == "and" and toks[i - 1].text != "," and self.verb_since(i) and self.clause_at(i + 1) == "vp":
            cuts[i] = ("and", subject, 4)
        elif tok.text == "," and self.verb_since(i) and self.clause_at(i + 1) == "vp":
            cuts[i + 1] = ("and", subject, 0)
        elif tok.text == "," and nxt in ("which", "who"):
            lead = (_name_before(toks, i) if nxt == "who"
                    else _object_before(self.sentence, toks, self.last, i, subject))
            cuts[i + 1] = ("relative", lead or subject, len(nxt) + 1)
        elif tok.text.lower() in PARTICIPLES_BY and nxt == "by" and toks[i - 1].text.lower() not in _AUX | {","} \
                and self.verb_since(i):
            cuts[i] = ("participle", f"{subject} was", 0)
        elif tok.text in ("starring", "featuring") and self.verb_since(i):
            cuts[i] = ("participle", f"{subject} {'stars' if tok.text == 'starring' else 'features'}", len(tok.text) + 1)
        elif tok.text == "," and nxt == "born":
            cuts[i + 1] = ("participle", f"{subject} was", 0)
        elif tok.text == "who" and toks[i - 1].text != "," and is_verb(toks, i + 1) and self.last == 0 \
                and any(toks[k].text.lower() in COPULAS for k in range(i)):
            cuts[i] = ("relative", subject, 4)  # "X was a physicist who developed ..." is about X
        elif tok.text == "," and nxt in ("a", "an", "the") and _name_before(toks, i):
            self.appositive(i)
        if len(cuts) > before and cuts[max(cuts)][0] not in ("appositive", "resume", ""):
            self.last = max(cuts)  # an appositive has no verb: what follows it continues the clause before

    def appositive(self, i: int) -> None:
        """", a 1942 film," after a name: its own claim about the name."""
        toks, cuts = self.toks, self.cuts
        end = _appositive_end(toks, self.depth, i + 1)
        if end is None:
            return
        name = _name_before(toks, i)
        if _name_start(toks, i) == 0:
            cuts[0] = ("", f"{name} {self.be}", toks[i + 1].start)  # "Casablanca, a 1942 film," opens it
        else:
            cuts[i + 1] = ("appositive", f"{name} {self.be}", 0)
        if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].text not in CONNECTORS:
            cuts[end + 1] = ("resume", self.subject if self.clause_at(end + 1) == "vp" else "", 0)


def _appositive_end(toks: list[Token], depth: list[int], j: int) -> int | None:
    """Index of the comma or end closing an appositive starting at j (no verb, <= 12 words)."""
    for k in range(j, min(j + 13, len(toks) + 1)):
        if k == len(toks) or (toks[k].text in ".!?" and k == len(toks) - 1):
            return k
        if is_verb(toks, k) or toks[k].text in (";", "and") and not depth[k]:
            return None
        if toks[k].text == "," and not depth[k]:
            after = k + 2 if k + 1 < len(toks) and toks[k + 1].text in CONNECTORS else k + 1
            return k if clause_at_vp(toks, after) else None
    return None


def clause_at_vp(toks: list[Token], j: int) -> bool:
    return is_verb(toks, j) or (j + 1 < len(toks) and toks[j].text == "also" and is_verb(toks, j + 1))


def _object_before(sentence: str, toks: list[Token], start: int, i: int, subject: str) -> str:
    """What a ", which" after tokens start..i is about: the subject after a copula, else the words
    after the last verb ("developed the theory of relativity, which" -> "the theory of relativity")."""
    verbs = [k for k in range(start, i) if is_verb(toks, k)]
    if not verbs or toks[verbs[-1]].text.lower() in COPULAS:
        return subject
    k = verbs[-1] + 1
    return sentence[toks[k].start : toks[i - 1].end] if k < i else subject


def _pieces(sentence: str, toks: list[Token], cuts: dict[int, tuple[str, str, int]]) -> list[Piece]:
    starts = sorted(k for k in cuts if 0 < k < len(toks) and toks[k].text not in ".!?")
    bounds = [0, *(toks[k].start for k in starts), len(sentence)]
    pieces = []
    for n, k in enumerate([None, *starts]):
        start, end = bounds[n], bounds[n + 1]
        end = start + len(sentence[start:end].rstrip())
        link, lead, drop = cuts[k] if k is not None else cuts.get(0, ("", "", 0))
        pieces.append(Piece(start, end, link, lead.strip(), drop))
    return [p for p in pieces if p.end > p.start]
