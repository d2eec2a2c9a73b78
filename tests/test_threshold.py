import json
import math

import numpy as np
import pytest
from scipy.stats import binom

from guard.threshold import ThresholdChoice, clopper_pearson_upper, select_threshold


def naive_threshold(scores, outcomes, target, confidence):
    """Reference: walk distinct scores strict -> loose, stop at the first failing bound."""
    n = sum(o != "correct" for o in outcomes)
    best = math.inf
    for t in sorted(set(scores), reverse=True):
        k = sum(o == "incorrect" and s >= t for s, o in zip(scores, outcomes))
        if clopper_pearson_upper(k, n, 1 - confidence) > target:
            break
        best = t
    return best


def test_clopper_pearson_upper():
    assert clopper_pearson_upper(0, 20, 0.1) == pytest.approx(1 - 0.1 ** (1 / 20))
    assert clopper_pearson_upper(5, 5, 0.1) == 1.0
    assert clopper_pearson_upper(0, 0, 0.1) == 1.0
    # the defining property: at p = bound, P(Binomial(n, p) <= k) = delta
    ub = clopper_pearson_upper(7, 50, 0.05)
    assert binom.cdf(7, 50, ub) == pytest.approx(0.05)
    bounds = clopper_pearson_upper(np.arange(11), 10, 0.1)
    assert np.all(np.diff(bounds) > 0) and bounds[-1] == 1.0
    with pytest.raises(ValueError, match="0 <= k <= n"):
        clopper_pearson_upper(3, 2, 0.1)
    with pytest.raises(ValueError, match="delta"):
        clopper_pearson_upper(0, 2, 1.0)


def test_wrong_answers_all_low_confidence_gives_a_loose_threshold():
    scores = list(np.linspace(0.6, 1.0, 40)) + list(np.linspace(0.0, 0.3, 50))
    outcomes = ["correct"] * 40 + ["incorrect"] * 50
    choice = select_threshold(scores, outcomes, target=0.10, confidence=0.90)
    assert choice.reachable and choice.threshold <= 0.3
    assert choice.kept_correct == 1.0 and choice.n_not_correct == 50
    # k = 1 passes (bound 0.076), k = 2 does not (0.102): the two highest wrong answers decide
    assert choice.n_hallucinated_passed == 1 and choice.threshold == pytest.approx(0.3)
    assert choice.upper_bound == pytest.approx(clopper_pearson_upper(1, 50, 0.1)) and choice.upper_bound <= 0.1
    assert choice.coverage == pytest.approx(41 / 90)
    assert "next looser" in choice.reason


def test_model_abstentions_are_not_hallucinations():
    rng = np.random.default_rng(0)
    scores = rng.random(60)
    outcomes = ["correct"] * 30 + ["abstained"] * 30
    choice = select_threshold(scores, outcomes)
    assert choice.reachable and choice.threshold == scores.min() and choice.coverage == 1.0
    assert choice.n_hallucinated_passed == 0 and "loosest passes" in choice.reason


def test_unreachable_with_too_few_not_correct_questions():
    scores = [0.9, 0.8, 0.7, 0.2, 0.1, 0.05]
    outcomes = ["correct"] * 3 + ["incorrect"] * 3
    choice = select_threshold(scores, outcomes, target=0.10, confidence=0.90)
    assert not choice.reachable and choice.threshold == math.inf
    assert choice.coverage == 0.0 and choice.kept_correct == 0.0 and choice.n_hallucinated_passed == 0
    assert "unreachable" in choice.reason and ">= 22 not-correct" in choice.reason


@pytest.mark.parametrize("n_not_correct, reachable", [(21, False), (22, True)])
def test_zero_hallucination_needs_log_delta_over_log_one_minus_target(n_not_correct, reachable):
    scores = [1.0] * 5 + [0.0] * n_not_correct
    outcomes = ["correct"] * 5 + ["incorrect"] * n_not_correct
    choice = select_threshold(scores, outcomes, target=0.10, confidence=0.90)
    assert choice.reachable is reachable
    assert choice.threshold == (1.0 if reachable else math.inf)


def test_no_not_correct_questions_is_unreachable():
    choice = select_threshold([0.3, 0.9], ["correct", "correct"])
    assert not choice.reachable and "no calibration question has a not-correct" in choice.reason


@pytest.mark.parametrize("seed", range(5))
def test_matches_naive_reference(seed):
    rng = np.random.default_rng(seed)
    n = 300
    scores = np.round(rng.random(n), 2).tolist()  # ties
    outcomes = rng.choice(["correct", "incorrect", "abstained"], size=n, p=[0.5, 0.35, 0.15])
    outcomes = [o if o != "incorrect" or rng.random() < 1.2 - s else "correct" for o, s in zip(outcomes, scores)]
    for target in (0.05, 0.2, 0.4):
        assert select_threshold(scores, outcomes, target, 0.9).threshold == naive_threshold(scores, outcomes, target, 0.9)


def test_monotonicity_and_thinned_candidates():
    rng = np.random.default_rng(1)
    s = rng.random(500)
    outcomes = np.where(rng.random(500) < s, "correct", np.where(rng.random(500) < 0.3, "abstained", "incorrect"))
    thresholds = [select_threshold(s, outcomes, target=t).threshold for t in (0.05, 0.1, 0.2, 0.4)]
    assert all(a >= b for a, b in zip(thresholds, thresholds[1:]))
    by_conf = [select_threshold(s, outcomes, target=0.1, confidence=c).threshold for c in (0.5, 0.8, 0.9, 0.99)]
    assert all(a <= b for a, b in zip(by_conf, by_conf[1:]))
    full = select_threshold(s, outcomes, target=0.1)
    thin = select_threshold(s, outcomes, target=0.1, max_candidates=20)
    assert thin.threshold >= full.threshold and thin.upper_bound <= 0.1
    assert "of 20 candidate" in thin.reason


def test_to_dict_round_trip_is_strict_json():
    for choice in (select_threshold([0.9, 0.1], ["correct", "incorrect"]),  # unreachable: inf threshold
                   select_threshold([0.1] * 30, ["abstained"] * 30)):  # no correct answer: nan kept_correct
        data = json.loads(json.dumps(choice.to_dict(), allow_nan=False))
        back = ThresholdChoice.from_dict(data)
        assert back.to_dict() == choice.to_dict() and back.threshold == choice.threshold
    assert back.reachable and math.isnan(back.kept_correct)


def test_input_errors():
    with pytest.raises(ValueError, match="correctness is unknown"):
        select_threshold([0.1, 0.2], ["correct", "answered"])
    with pytest.raises(ValueError, match="length mismatch"):
        select_threshold([0.1], ["correct", "incorrect"])
    with pytest.raises(ValueError, match="none"):
        select_threshold([], [])
    with pytest.raises(ValueError, match="finite"):
        select_threshold([float("nan")], ["correct"])
    with pytest.raises(ValueError, match=r"\(0, 1\)"):
        select_threshold([0.1], ["correct"], target=1.5)
    with pytest.raises(ValueError, match="max_candidates"):
        select_threshold([0.1], ["correct"], max_candidates=0)


# --- simulation of the guarantee -------------------------------------------------------------
A, B, ABSTAIN = 6.0, -2.0, 0.3  # s ~ U(0, 1); P(correct | s) = sigmoid(A s + B); not correct: abstain 30%


def _tail_not_correct(t):
    """Integral over [t, 1] of P(not correct | s) ds, in closed form."""
    t = np.asarray(t, dtype=float)
    return (np.logaddexp(0.0, -(A * t + B)) - np.logaddexp(0.0, -(A + B))) / A


def true_rate_on_unknowns(t):
    """P(raw incorrect and s >= t | raw not correct) for the synthetic scorer."""
    return (1 - ABSTAIN) * _tail_not_correct(np.clip(t, 0.0, 1.0)) / _tail_not_correct(0.0)


def draw(n, rng):
    s = rng.random(n)
    correct = rng.random(n) < 1 / (1 + np.exp(-(A * s + B)))
    abstain = rng.random(n) < ABSTAIN
    return s, np.where(correct, "correct", np.where(abstain, "abstained", "incorrect"))


def test_true_rate_formula_matches_a_large_sample():
    s, outcomes = draw(400_000, np.random.default_rng(123))
    not_correct = outcomes != "correct"
    for t in (0.0, 0.3, 0.6, 0.9):
        empirical = np.mean((outcomes[not_correct] == "incorrect") & (s[not_correct] >= t))
        assert empirical == pytest.approx(float(true_rate_on_unknowns(t)), abs=0.005)


@pytest.mark.parametrize("target, confidence", [(0.10, 0.90), (0.20, 0.80)])
def test_guarantee_holds_in_simulation(target, confidence):
    draws, n_cal = 1000, 400
    rng = np.random.default_rng(2024)
    violations, reachable, kept = 0, 0, []
    for _ in range(draws):
        choice = select_threshold(*draw(n_cal, rng), target=target, confidence=confidence)
        reachable += choice.reachable
        kept.append(choice.kept_correct)
        violations += float(true_rate_on_unknowns(choice.threshold)) > target
    delta = 1 - confidence
    frequency = violations / draws
    print(f"target={target} confidence={confidence}: violation frequency {frequency:.3f} (delta {delta})")
    assert frequency <= delta + 3 * math.sqrt(delta * (1 - delta) / draws)
    # not vacuous: the threshold is almost always reachable and keeps most correct answers
    assert reachable >= 0.95 * draws and np.mean(kept) > 0.5


def test_equal_weights_give_the_unweighted_threshold():
    rng = np.random.default_rng(4)
    s = rng.random(400)
    outcomes = np.where(rng.random(400) < s, "correct", np.where(rng.random(400) < 0.7, "incorrect", "abstained"))
    plain = select_threshold(s, outcomes, 0.1, 0.9)
    weighted = select_threshold(s, outcomes, 0.1, 0.9, weights=np.full(400, 3.0))
    assert weighted.threshold == plain.threshold and weighted.upper_bound == pytest.approx(plain.upper_bound)
    assert weighted.method == "weighted (approximate)" and plain.method == "exact"
    assert weighted.n_effective == pytest.approx(plain.n_not_correct)


def test_weights_move_the_threshold_with_the_user_distribution_and_cost_sample_size():
    """A user whose questions look like the confident ones (high scores) meets more confident
    wrong answers among their unknowns: a stricter threshold. One whose questions look like the
    hard ones meets fewer: a looser one. Uneven weights shrink the effective sample."""
    rng = np.random.default_rng(5)
    s = rng.random(2000)
    outcomes = np.where(rng.random(2000) < s, "correct", "incorrect")
    plain = select_threshold(s, outcomes, 0.1, 0.9)
    confident = select_threshold(s, outcomes, 0.1, 0.9, weights=np.where(s >= 0.5, 4.0, 1.0))
    hard = select_threshold(s, outcomes, 0.1, 0.9, weights=np.where(s < 0.5, 4.0, 1.0))
    assert hard.threshold < plain.threshold < confident.threshold
    assert confident.n_effective < plain.n_not_correct and hard.n_effective < plain.n_not_correct
    w = np.ones(2000)
    with pytest.raises(ValueError, match="weights"):
        select_threshold(s, outcomes, 0.1, 0.9, weights=-w)
