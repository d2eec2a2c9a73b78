"""kept_text: cut claims disappear and what is left still reads."""

from __future__ import annotations

import itertools
import re

import pytest

from probes.claims.kept import kept_text
from probes.claims.split import split_claims

CASABLANCA = ("Casablanca is a French film directed by Jean-Luc Picard. It stars Humphrey Bogart and Ingrid "
              "Bergman, and it won three Oscars.")
EINSTEIN = "Albert Einstein was born in Ulm in 1879, moved to Switzerland and died in Princeton in 1955."
CURTIZ = "It was directed by Michael Curtiz, a Hungarian director, and stars Bogart."
LIST = "Key facts:\n1. It was founded in 1850.\n2. It is the capital.\n- **Paris** is in France."


def cut(answer: str, *drop: int, subject: str | None = None) -> str:
    claims = split_claims(answer, subject)
    return kept_text(answer, claims, [i not in drop for i in range(len(claims))])


def test_keep_all_gives_the_answer_and_keep_none_gives_nothing() -> None:
    for answer in (CASABLANCA, EINSTEIN, CURTIZ, LIST):
        claims = split_claims(answer, "Casablanca")
        assert kept_text(answer, claims, [True] * len(claims)) == answer
        assert kept_text(answer, claims, [False] * len(claims)) == ""


def test_casablanca_cuts() -> None:
    assert cut(CASABLANCA, 1) == ("Casablanca is a French film. It stars Humphrey Bogart and Ingrid Bergman, and it "
                                  "won three Oscars.")
    assert cut(CASABLANCA, 0) == ("Casablanca was directed by Jean-Luc Picard. It stars Humphrey Bogart and Ingrid "
                                  "Bergman, and it won three Oscars.")
    assert cut(CASABLANCA, 0, 1) == "It stars Humphrey Bogart and Ingrid Bergman, and it won three Oscars."
    assert cut(CASABLANCA, 2, subject="Casablanca") == ("Casablanca is a French film directed by Jean-Luc Picard. "
                                                        "Casablanca won three Oscars.")
    assert cut(CASABLANCA, 3) == ("Casablanca is a French film directed by Jean-Luc Picard. It stars Humphrey Bogart "
                                  "and Ingrid Bergman.")


def test_verb_phrase_series() -> None:
    assert cut(EINSTEIN, 1) == "Albert Einstein was born in Ulm in 1879 and died in Princeton in 1955."
    assert cut(EINSTEIN, 2) == "Albert Einstein was born in Ulm in 1879, moved to Switzerland."
    assert cut(EINSTEIN, 0) == "Albert Einstein moved to Switzerland and died in Princeton in 1955."


def test_appositive() -> None:
    assert cut(CURTIZ, 1, subject="Casablanca") == "It was directed by Michael Curtiz, and stars Bogart."
    assert cut(CURTIZ, 0, subject="Casablanca") == "Michael Curtiz was a Hungarian director. Casablanca stars Bogart."


def test_list_lines_keep_their_markers_and_line_breaks() -> None:
    assert cut(LIST, 2, subject="Paris") == "Key facts:\n1. It was founded in 1850.\n- **Paris** is in France."
    assert cut(LIST, 0, subject="Paris") == "1. It was founded in 1850.\n2. It is the capital.\n- **Paris** is in France."


@pytest.mark.parametrize("answer", [CASABLANCA, EINSTEIN, CURTIZ, LIST])
def test_every_subset_reads(answer: str) -> None:
    """No dangling commas or connectors, sentences end in punctuation, no doubled spaces."""
    claims = split_claims(answer, "Casablanca")
    for keep in itertools.product([True, False], repeat=len(claims)):
        text = kept_text(answer, claims, keep)
        if not any(keep):
            assert text == ""
            continue
        assert not re.search(r"[,;]\s*[.!?]|\s[,.;]|  |\b(and|but|which)[.!?]", text), (keep, text)
        assert text[-1] in ".!?:" and (text[0].isupper() or text[0] in "-*0123456789"), (keep, text)


def test_mismatched_lengths_raise() -> None:
    with pytest.raises(ValueError, match="keep flags"):
        kept_text(CASABLANCA, split_claims(CASABLANCA), [True])
