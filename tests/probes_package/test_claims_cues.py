"""Role cues of specifics: nearest cue word, copula, passive creators only, lists inherit."""

from __future__ import annotations

from probes.claims.cues import creator_after, cue_of
from probes.claims.specifics import inherit
from probes.claims.specifics import Specific
from probes.claims.tokens import tokenize


def cue(text: str, word: str) -> str:
    return cue_of(tokenize(text), text.index(word))


def test_cue_words_and_copula() -> None:
    assert cue("He was born in Ulm in 1879.", "1879") == "born"
    assert cue("Casablanca is a 1942 American romantic drama film.", "film") == "is"
    assert cue("It was directed by Michael Curtiz.", "Michael") == "creator"
    assert cue("He wrote The Hobbit.", "The Hobbit") == ""
    assert cue("It rains, and Paris is big.", "Paris") == ""


def test_creator_after() -> None:
    toks = tokenize("Jane Austen wrote it.")
    assert creator_after(toks, len("Jane Austen")) and not creator_after(toks, len("Jane Austen wrote it"))


def test_lists_inherit_the_first_cue() -> None:
    text = "starring Bogart, Bergman, and Henreid"
    items = [Specific("name", w, w.lower(), (text.index(w), text.index(w) + len(w)), "cast" if w == "Bogart" else "")
             for w in ("Bogart", "Bergman", "Henreid")]
    assert [s.cue for s in inherit(items, text)] == ["cast", "cast", "cast"]


def test_a_place_beside_is_near_not_in() -> None:
    assert cue("It lies southwest of Paris.", "Paris") == "near"
    assert cue("It is a town near Lyon.", "Lyon") == "near"
    assert cue("It lies in the north of France.", "France") == "location"  # the north of France is in it
