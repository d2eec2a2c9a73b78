"""Pseudo-words are pronounceable inventions, never real words or names the tables reference."""

from __future__ import annotations

import random
import re

from probes import load_suite
from probes.lexicon import is_real_word, real_words
from probes.pseudowords import is_acceptable, pseudo_name, pseudo_word

# Real words and names a syllable generator could easily produce; none may come out.
TRICKY_REAL = {
    "banter",
    "carpet",
    "dragon",
    "monarch",
    "zebra",
    "paris",
    "london",
    "bishkek",
    "tokyo",
    "helium",
    "venus",
    "mars",
    "homer",
    "dante",
    "volta",
    "canberra",
    "lima",
    "sofia",
    "morning",
}


def test_pseudo_words_are_not_real_words() -> None:
    rng = random.Random(0)
    words = [pseudo_word(rng) for _ in range(3000)]
    assert all(re.fullmatch(r"[A-Z][a-z]{4,10}", w) for w in words)
    assert not any(is_real_word(w) for w in words)
    assert not {w.lower() for w in words} & (real_words() | TRICKY_REAL)
    assert len(set(words)) > 2900


def test_pseudo_words_are_deterministic() -> None:
    assert [pseudo_word(random.Random(5)) for _ in range(3)] == [pseudo_word(random.Random(5)) for _ in range(3)]
    assert pseudo_name(random.Random(1)) == pseudo_name(random.Random(1))


def test_filter_rejects_real_words_and_table_names() -> None:
    for w in ("bandit", "kingdom", "Ouagadougou", "Tolstoy", "Tungsten", "Ganymede", "Bandits"):
        assert is_real_word(w) and not is_acceptable(w)
    assert not is_acceptable("shitak")  # offensive fragment
    assert is_acceptable("Vorbelin")


def test_lexicon_includes_table_entities() -> None:
    words = real_words()
    assert {"paris", "ouagadougou", "tolstoy", "antimony", "ganymede", "zloty", "hertz"} <= words
    assert len(words) > 2500


def test_invented_entities_use_no_real_names() -> None:
    suite = load_suite("invented_entity", size=300, seed=0)
    capitalised = {w for p in suite for w in re.findall(r"\b[A-Z][a-z]{4,}\b", p.question)}
    invented = {w for w in capitalised if not is_real_word(w)}
    assert len(invented) > 250
