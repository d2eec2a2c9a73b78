"""A claim's agreement with sampled answers, read by the claim grader."""
from __future__ import annotations

import pytest

from probes.claims.consistency import as_evidence, confirmed_share, sample_agreement

Q = "Tell me about Casablanca."
SAMPLES = as_evidence(["Casablanca is a 1942 American film directed by Michael Curtiz.",
                       "Casablanca is a 1942 film starring Humphrey Bogart.", "I don't know.", ""], Q)


def test_a_claim_every_sample_repeats_agrees_more_than_one_guessed_once():
    repeated = sample_agreement("Casablanca is a 1942 film.", SAMPLES, Q)
    once = sample_agreement("It was directed by Michael Curtiz.", SAMPLES, Q)
    guessed = sample_agreement("It was directed by Jean-Luc Picard.", SAMPLES, Q)
    assert repeated == pytest.approx(0.5) and once == pytest.approx(0.25) and guessed == 0.0


def test_a_conflicting_or_empty_sample_confirms_nothing():
    american, bogart, abstains, empty = SAMPLES
    assert confirmed_share("It is a French film.", american, Q) == 0.0  # conflicts: American
    assert confirmed_share("It is a French film.", bogart, Q) == pytest.approx(0.5)  # film, not French
    assert confirmed_share("Casablanca is a 1942 film.", abstains, Q) == 0.0
    assert confirmed_share("Casablanca is a 1942 film.", empty, Q) == 0.0
    assert confirmed_share("Tell me about Casablanca.", american, Q) == 0.0  # copies the question


def test_agreement_needs_samples():
    with pytest.raises(ValueError, match="at least one"):
        sample_agreement("Casablanca is a film.", (), Q)
