"""The shared word lists: disjoint where they must be, cue families known to the matcher."""

from __future__ import annotations

from probes.claims.lexicon import CUES, FUNCTION_WORDS, KIND_GROUPS, KIND_SYNONYMS, PROFESSIONS, VERBS, WEAK
from probes.claims.matching import NAME_ROLES, NUMBER_ROLES, PLACE_ROLES, YEAR_ROLES


def test_lists_are_lowercase_words() -> None:
    for words in (FUNCTION_WORDS, VERBS, WEAK, PROFESSIONS, frozenset(KIND_GROUPS)):
        assert all(w == w.lower() and " " not in w for w in words)


def test_professions_and_kinds_are_not_weak_or_function_words() -> None:
    assert not (PROFESSIONS | frozenset(KIND_GROUPS)) & (WEAK | FUNCTION_WORDS)
    assert all(v in KIND_GROUPS for v in KIND_SYNONYMS.values())


def test_every_cue_family_is_used_by_the_matcher() -> None:
    used = set(YEAR_ROLES) | NAME_ROLES | set(PLACE_ROLES) | NUMBER_ROLES | {"award", "location"}
    assert set(CUES.values()) <= used | {"cast", "spouse", "inventor", "capital", "base"}
