"""Tokens with offsets, and finite verbs by word list and position."""

from __future__ import annotations

from probes.claims.tokens import is_verb, tokenize


def test_tokens_keep_offsets_names_and_numbers_whole() -> None:
    text = "Jean-Luc Picard's 3,500 fans (about 3.5%) didn't."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["Jean-Luc", "Picard's", "3,500", "fans", "(", "about", "3.5", "%", ")", "didn't",
                                      "."]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_is_verb() -> None:
    toks = tokenize("The renowned physicist moved to Bern and founded the journal")
    assert [t.text for k, t in enumerate(toks) if is_verb(toks, k)] == ["moved", "founded"]
    toks = tokenize("Was he German? Stars shine.")
    assert is_verb(toks, 0) and not is_verb(toks, 5) and not is_verb(toks, 99)
