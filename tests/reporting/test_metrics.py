import json
import math

import numpy as np
import pytest
from sklearn import metrics as skm

from guard.reporting import metrics as m
from probes import Grade


def test_counts_and_report_card_hand_case():
    outcomes = ["correct"] * 3 + ["incorrect"] * 4 + ["abstained"] * 1 + ["ungraded"] * 2
    c = m.count_outcomes(outcomes)
    assert (c.correct, c.incorrect, c.abstained, c.ungraded, c.n) == (3, 4, 1, 2, 10)
    card = m.report_card(outcomes)
    assert card == m.report_card([Grade(o) for o in outcomes])  # Grade values or their names
    assert (card.n, card.correct, card.incorrect, card.abstained, card.ungraded) == (8, 3, 4, 1, 2)
    assert card.accuracy == pytest.approx(3 / 8)
    assert card.attempted == pytest.approx(7 / 8)
    assert card.hallucination_rate == pytest.approx(4 / 5)
    assert card.omniscience_index == pytest.approx(100 * (3 - 4) / 8)
    assert json.loads(json.dumps(card.to_dict()))["hallucination_rate"] == pytest.approx(0.8)


def test_report_card_undefined_rates_are_nan_and_none_in_dict():
    card = m.report_card(["correct", "correct"])
    assert math.isnan(card.hallucination_rate) and card.omniscience_index == 100.0
    assert card.to_dict()["hallucination_rate"] is None
    only_unknown = m.report_card([Grade.UNGRADED])
    assert only_unknown.n == 0 and only_unknown.ungraded == 1 and math.isnan(only_unknown.accuracy)
    assert m.report_card(["answered"]).ungraded == 1  # the name older records use


def test_outcome_errors():
    with pytest.raises(ValueError, match="empty"):
        m.report_card([])
    with pytest.raises(ValueError, match="unknown outcome"):
        m.count_outcomes(["correct", "right"])
    with pytest.raises(ValueError, match="length mismatch"):
        m.kept_correct(["correct"], ["correct", "abstained"])


def test_kept_correct():
    raw = ["correct", "correct", "correct", "correct", "incorrect"]
    guarded = ["correct", "abstained", "correct", "correct", "abstained"]
    assert m.kept_correct(raw, guarded) == pytest.approx(0.75)
    assert math.isnan(m.kept_correct(["incorrect"], ["abstained"]))


def test_hallucination_on_unknowns():
    raw = ["correct", "incorrect", "incorrect", "abstained", "incorrect"]
    guarded = ["abstained", "incorrect", "abstained", "abstained", "abstained"]
    assert m.hallucination_on_unknowns(raw, guarded) == pytest.approx(1 / 4)
    assert math.isnan(m.hallucination_on_unknowns(["correct"], ["correct"]))
    with pytest.raises(ValueError, match="length mismatch"):
        m.hallucination_on_unknowns(["correct"], [])


def test_auroc_auprc_hand_cases():
    y, s = [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]
    assert m.auroc(y, s) == pytest.approx(0.75)
    # ranked: 0.8 (1), 0.4 (0), 0.35 (1), 0.1 (0): AP = 0.5 * 1 + 0.5 * 2/3
    assert m.auprc(y, s) == pytest.approx(0.5 + 1 / 3)
    assert m.auroc([0, 1], [0.5, 0.5]) == pytest.approx(0.5)  # ties count one half


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_agrees_with_sklearn_including_ties(seed):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, 300)
    s = np.round(rng.random(300) * 0.7 + 0.3 * y, 1)  # many ties
    p = np.clip(s, 0.01, 0.99)
    assert m.auroc(y, s) == pytest.approx(skm.roc_auc_score(y, s), abs=1e-12)
    assert m.auprc(y, s) == pytest.approx(skm.average_precision_score(y, s), abs=1e-12)
    assert m.brier(y, p) == pytest.approx(skm.brier_score_loss(y, p), abs=1e-12)


def test_brier_hand_case():
    assert m.brier([1, 0], [0.8, 0.4]) == pytest.approx((0.04 + 0.16) / 2)


def test_ece_equal_mass_hand_case():
    y = [0, 0, 1, 1, 1, 0]
    p = [0.1, 0.2, 0.3, 0.6, 0.7, 0.9]
    # 2 bins of 3: (0.2 vs 1/3), (0.7333 vs 2/3)
    expected = 0.5 * abs(0.2 - 1 / 3) + 0.5 * abs(2.2 / 3 - 2 / 3)
    assert m.ece(y, p, n_bins=2) == pytest.approx(expected)
    bins = m.reliability_bins(y, p, n_bins=2)
    assert [b[2] for b in bins] == [3, 3]
    assert bins[0][:2] == pytest.approx((0.2, 1 / 3))
    assert m.ece([1, 0], [1.0, 0.0]) == 0.0  # more bins than rows: empty bins dropped
    assert len(m.reliability_bins([1, 0, 1, 0, 1], [0.1, 0.2, 0.3, 0.4, 0.5], n_bins=2)) == 2


def test_risk_coverage_aurc_and_risk_at_coverage():
    y, s = [1, 0, 1, 0], [0.9, 0.8, 0.7, 0.6]
    cov, risk, thr = m.risk_coverage(y, s)
    np.testing.assert_allclose(cov, [0.25, 0.5, 0.75, 1.0])
    np.testing.assert_allclose(risk, [0, 1 / 2, 1 / 3, 1 / 2])
    np.testing.assert_allclose(thr, [0.9, 0.8, 0.7, 0.6])
    assert m.aurc(y, s) == pytest.approx((0 + 1 / 2 + 1 / 3 + 1 / 2) / 4)
    assert m.risk_at_coverage(y, s, 0.5) == pytest.approx(0.5)
    assert m.risk_at_coverage(y, s, 0.6) == pytest.approx(1 / 3)
    assert m.risk_at_coverage(y, s, 1.0) == pytest.approx(0.5)
    # a tie keeps both answers together
    cov, risk, _ = m.risk_coverage([1, 0, 1], [0.9, 0.5, 0.5])
    np.testing.assert_allclose(cov, [1 / 3, 1.0])
    np.testing.assert_allclose(risk, [0.0, 1 / 3])
    with pytest.raises(ValueError, match="coverage"):
        m.risk_at_coverage(y, s, 0.0)


def test_perfect_ranking_has_zero_aurc():
    assert m.aurc([1, 1, 0], [0.9, 0.8, 0.1]) == pytest.approx((0 + 0 + 1 / 3) / 3)
    assert m.auroc([1, 1, 0], [0.9, 0.8, 0.1]) == 1.0


def test_single_class_is_nan():
    assert math.isnan(m.auroc([1, 1, 1], [0.2, 0.5, 0.9]))
    assert math.isnan(m.auprc([0, 0], [0.2, 0.5]))
    assert math.isnan(m.auprc([1, 1], [0.2, 0.5]))


@pytest.mark.parametrize("fn", [m.auroc, m.auprc, m.brier, m.ece, m.aurc, m.risk_coverage])
def test_score_metric_errors(fn):
    with pytest.raises(ValueError, match="empty"):
        fn([], [])
    with pytest.raises(ValueError, match="length mismatch"):
        fn([0, 1], [0.5])
    with pytest.raises(ValueError, match="0/1"):
        fn([0, 2], [0.5, 0.5])
    with pytest.raises(ValueError, match="finite"):
        fn([0, 1], [0.5, float("nan")])


def test_probability_range_checked():
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        m.brier([0, 1], [0.5, 1.5])
    with pytest.raises(ValueError, match="n_bins"):
        m.ece([0, 1], [0.5, 0.5], n_bins=0)
