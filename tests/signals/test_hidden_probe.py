"""Hidden-state knowledge probe, learned features, and pre-generation abstention."""
from __future__ import annotations

import json

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score
from sklearn.utils.validation import NotFittedError

import probes
from guard import GenerateOptions, Guard
from guard.signals.features import Featurizer, Observation, before_answer_observation, observe
from guard.signals.plan import candidate_layers
from guard.signals.registry import FAMILIARITY
from guard.reporting.evaluation import evaluate_records
from guard.fitting import fit_records
from guard.records import decode, encode
from guard.signals.hidden_probe import HiddenStateProbe
from guard.records import Record
from guard.runner import record_of


def synthetic_hidden(n=300, layers=3, d=16, informative=1, seed=0):
    """Only layer `informative` carries the label (along one direction)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    H = rng.normal(size=(n, layers, d))
    H[:, informative, 0] += 2.5 * (y - 0.5)
    return H, y


def test_cv_mode_picks_the_informative_layer_and_round_trips():
    H, y = synthetic_hidden()
    probe = HiddenStateProbe(layers="cv").fit(H, y)
    assert probe.layers_ == [1] and probe.cv_auroc_[1] > 0.75 > max(probe.cv_auroc_[[0, 2]])
    assert roc_auc_score(y, probe.oof_) == pytest.approx(probe.cv_auroc_[1])
    again = HiddenStateProbe.from_dict(json.loads(json.dumps(probe.to_dict())))
    assert np.allclose(again.predict_confidence(H), probe.predict_confidence(H))
    with pytest.raises(ValueError, match="another model"):
        probe.predict_confidence(H[:, :2])
    with pytest.raises(NotFittedError):
        HiddenStateProbe().predict_confidence(H)
    with pytest.raises(ValueError, match="both classes"):
        HiddenStateProbe().fit(H, np.ones(len(H), dtype=int))


def test_all_layers_mode_averages_per_layer_logits():
    """The default ensemble: P = sigmoid(mean over layers of each layer's probe logit)."""
    H, y = synthetic_hidden(layers=3, informative=1)
    H[:, 2, 1] += 2.5 * (y - 0.5)  # a second informative layer, along another direction
    probe = HiddenStateProbe().fit(H, y)
    assert probe.layers_ == [0, 1, 2] and probe.coef_.shape == (3, H.shape[2])
    singles = [HiddenStateProbe(layers="cv").fit(H[:, [i]], y) for i in range(3)]
    logit = np.mean([np.log(s.predict_confidence(H[:, [i]]) / (1 - s.predict_confidence(H[:, [i]])))
                     for i, s in enumerate(singles)], axis=0)
    assert np.allclose(probe.predict_confidence(H), 1 / (1 + np.exp(-logit)))
    assert roc_auc_score(y, probe.oof_) > max(probe.cv_auroc_)  # two layers beat either alone
    again = HiddenStateProbe.from_dict(json.loads(json.dumps(probe.to_dict())))
    assert np.allclose(again.predict_confidence(H), probe.predict_confidence(H))
    with pytest.raises(ValueError, match="'all' or 'cv'"):
        HiddenStateProbe(layers="best").fit(H, y)
    bad = {**probe.to_dict(), "intercept": [0.0]}
    with pytest.raises(ValueError, match="do not match"):
        HiddenStateProbe.from_dict(bad)


def test_encoding_is_compact_and_faithful():
    a = np.random.default_rng(0).normal(size=(3, 16)).astype(np.float32)
    text = encode(a)
    assert text.startswith("3x16:") and np.allclose(decode(text), a, atol=1e-2)


def test_candidate_layers():
    assert candidate_layers(24) == (6, 9, 12, 15, 18, 21, 24)
    assert candidate_layers(3) == (1, 2, 3)


@pytest.fixture(scope="module")
def tiny_records(tiny):
    """Records from the tiny model, labelled by a direction in its own hidden states."""
    opts = GenerateOptions(max_new_tokens=3, hidden_layers=candidate_layers(tiny.num_layers),
                           prompt_logprobs=True)
    qs = [f"Question {i} about {w}?" for i in range(60) for w in ("Hamlet", "Paris")]
    gens = tiny.generate(qs, opts)
    score = np.array([g.prompt_hidden[-1, 0] for g in gens])
    cut = np.median(score)
    records = []
    for i, (g, s) in enumerate(zip(gens, score)):
        p = probes.Probe(f"q{i}", g.question, ("zzz",), True, "c")
        r = record_of(p, g, observe(tiny, [g], ("mean_logprob", "length", "hidden_question_answerable"),
                                    opts)[0], tiny, "neutral")
        grade = probes.Grade.CORRECT if s > cut else probes.Grade.INCORRECT
        records.append(Record(**{**r.__dict__, "grade": grade}))
    return qs, opts, records


def test_learned_signal_is_fitted_out_of_fold_and_enables_early_abstention(tiny, tiny_records):
    qs, opts, records = tiny_records
    fitted = fit_records(records, ("mean_logprob", "hidden_prompt"), target=0.3, confidence_level=0.7)
    scorer = fitted.scorer
    assert set(scorer.featurizer_.probes) == {"hidden_prompt"}
    assert scorer.early_threshold_ is not None and 0 < scorer.early_threshold_ < 1
    guard = Guard.from_fitted(tiny, fitted, options=opts, early_abstain=True)
    answers = guard.ask_many(qs[:24])
    early = [a for a in answers if a.outcome == "before_answer"]
    assert early and all(a.decision == "abstain" and a.raw_text == "" for a in early)
    assert all(a.reason.startswith("before answering: P(knows)") for a in early)
    assert all(a.finish_reason == "gated" for a in early)
    assert [a.decision for a in answers] == [guard.ask(q).decision for q in qs[:24]]
    obs = Observation.of_record(records[0])
    assert obs.hidden["prompt"].shape == (3, tiny.model.config.hidden_size)


def test_unfitted_or_unsupported_learned_signals_are_refused(tiny, tiny_records):
    from guard import load_model

    from guard.scoring import Scorer

    _, _, records = tiny_records
    fitted = fit_records(records, ("hidden_prompt",), target=0.3, confidence_level=0.7)
    with pytest.raises(ValueError, match="no fitted probe"):
        Scorer.from_parts(Featurizer(("hidden_prompt",)), fitted.scorer.calibrator_, None)
    with pytest.raises(ValueError, match="needs prompt_hidden"):
        Guard.from_fitted(load_model(lambda p: "x"), fitted)
    plain = fit_records(records, ("length",), target=0.3, confidence_level=0.7)
    with pytest.raises(ValueError, match="early_abstain needs a signal read before the answer"):
        Guard.from_fitted(tiny, plain, early_abstain=True)
    with pytest.raises(ValueError, match="unknown signal"):
        Guard(tiny, signals=("nope",))


def test_answerability_probe_learns_the_question_label_not_correctness():
    """`hidden_answerable` is fitted on answerable labels; `hidden_prompt` on correctness."""
    H, answerable = synthetic_hidden(informative=2, seed=1)
    correct = np.random.default_rng(2).integers(0, 2, len(H))  # unrelated to the hidden states
    obs = [Observation({}, {"prompt": h}, bool(a)) for h, a in zip(H, answerable)]
    feats = Featurizer(["hidden_prompt", "hidden_answerable"])
    X = feats.fit_transform(obs, correct)
    assert np.argmax(feats.probes["hidden_answerable"].probes_[0].cv_auroc_) == 2
    assert feats.before_answer == "hidden_prompt" and feats.answerability == "hidden_answerable"
    assert roc_auc_score(answerable, X[:, 1]) > 0.8 > roc_auc_score(answerable, X[:, 0])
    assert roc_auc_score(answerable, feats.transform(obs)[:, 1]) > 0.8
    unlabelled = [Observation({}, {"prompt": h}) for h in H]
    with pytest.raises(ValueError, match="answerable/unanswerable labels"):
        Featurizer(["hidden_answerable"]).fit_transform(unlabelled, correct)
    one_class = [Observation({}, {"prompt": h}, True) for h in H]
    with pytest.raises(ValueError, match="both answerable and unanswerable"):
        Featurizer(["hidden_answerable"]).fit_transform(one_class, correct)


def test_answerability_signal_gates_the_calibrated_confidence(tiny, tiny_records):
    """With `hidden_answerable` the guard's confidence is P(answerable) * P(correct | answerable)."""
    from dataclasses import replace

    from guard.calibration import GatedCalibrator, LogisticCalibrator

    _, opts, records = tiny_records
    # Answerable where the hidden-state direction says "correct", plus every third other question.
    mixed = [replace(r, answerable=r.grade == probes.Grade.CORRECT or i % 3 == 0)
             for i, r in enumerate(records)]
    names = ("mean_logprob", "hidden_answerable")
    fitted = fit_records(mixed, names, target=0.3, confidence_level=0.7)
    calibrator = fitted.scorer.calibrator_
    assert isinstance(calibrator, GatedCalibrator) and calibrator.gate == 1
    ungated = fit_records(mixed, names, target=0.3, confidence_level=0.7, gate=False)
    assert isinstance(ungated.scorer.calibrator_, LogisticCalibrator)
    obs = [Observation.of_record(r) for r in mixed]
    X = fitted.scorer.featurizer_.transform(obs)
    p_answerable = 1 / (1 + np.exp(-X[:, 1]))
    assert np.all(calibrator.predict_confidence(X) <= p_answerable + 1e-12)
    assert np.allclose(fitted.scorer.score(obs).p_answerable, p_answerable)
    guard = Guard.from_fitted(tiny, fitted, options=opts)
    judged = guard.judge_records(mixed)
    assert np.allclose([r.p_answerable for r in judged], p_answerable)
    assert guard.ask(mixed[0].question).p_answerable == pytest.approx(p_answerable[0], abs=1e-2)  # float16 records
    ev = evaluate_records(judged)
    assert ev.auroc_p_answerable == pytest.approx(roc_auc_score([r.answerable for r in mixed], p_answerable))
    logprob_only = fit_records(mixed, ("mean_logprob",), target=0.3, confidence_level=0.7)
    plain = Guard.from_fitted(tiny, logprob_only)
    assert plain.judge_records(mixed[:3])[0].p_answerable is None


def test_answerability_also_learns_from_questions_without_a_graded_answer():
    """Only answerable questions get graded answers here; the unanswerable ones the model
    abstained on still teach the answerability probe (their label is known)."""
    H, answerable = synthetic_hidden(informative=2, seed=3)
    graded = [Observation({}, {"prompt": h}, True) for h, a in zip(H, answerable) if a]
    others = [Observation({}, {"prompt": h}, False) for h, a in zip(H, answerable) if not a]
    y = np.arange(len(graded)) % 2
    with pytest.raises(ValueError, match="both answerable and unanswerable"):
        Featurizer(["hidden_answerable"]).fit_transform(graded, y)
    feats = Featurizer(["hidden_answerable"])
    X = feats.fit_transform(graded, y, others)
    assert X.shape == (len(graded), 1)  # out-of-fold scores for the graded rows only
    scores = feats.transform(graded + others)[:, 0]
    labels = [1] * len(graded) + [0] * len(others)
    assert roc_auc_score(labels, scores) > 0.8


def test_the_question_token_probe_reads_both_positions_and_fails_closed_without_one():
    """`hidden_question_answerable` is one ensemble over the last prompt token's layers and the
    question tokens' layers: the label carried by either position is learned, and an answer
    missing the question position (a record from before it was captured) scores NaN."""
    H, answerable = synthetic_hidden(informative=2, seed=4)
    Q, _ = synthetic_hidden(informative=0, seed=5)
    Q[:, 0, 0] += 2.5 * (answerable - 0.5)  # the question tokens carry the label too
    familiar = np.random.default_rng(6).normal(size=(len(H), len(FAMILIARITY)))  # uninformative here
    obs = [Observation(dict(zip(FAMILIARITY, f)), {"prompt": h, "question": q}, bool(a))
           for h, q, f, a in zip(H, Q, familiar, answerable)]
    feats = Featurizer(["hidden_answerable", "hidden_question_answerable"])
    X = feats.fit_transform(obs, answerable)
    probe = feats.probes["hidden_question_answerable"]
    assert probe.n_layers_in_ == 2 * H.shape[1] and len(probe.probes_[0].layers_) == 6
    assert roc_auc_score(answerable, X[:, 1]) > roc_auc_score(answerable, X[:, 0]) > 0.8
    assert feats.answerability == "hidden_answerable"
    assert Featurizer(["hidden_question_answerable"]).before_answer == "hidden_question_answerable"
    assert Featurizer(["hidden_answer", "mean_logprob"]).before_answer is None
    prompt_only = [Observation(o.signals, {"prompt": o.hidden["prompt"]}, True) for o in obs[:3]]
    assert np.isnan(feats.transform(prompt_only)[:, 1]).all()
    with pytest.raises(ValueError, match=r"\(prompt, question\), missing for 3"):
        Featurizer(["hidden_question_answerable"]).fit_transform(
            prompt_only + obs, np.r_[[1, 1, 1], answerable])


def test_a_guard_with_the_question_token_probe_judges_live_answers_like_its_records(tiny, tiny_records):
    """End to end on the tiny model: records carry the question position, the guard gates on
    `hidden_question_answerable`, and a live answer gets the P(answerable) its record got."""
    from dataclasses import replace

    _, opts, records = tiny_records
    assert all(r.hidden_question for r in records)
    mixed = [replace(r, answerable=r.grade == probes.Grade.CORRECT or i % 3 == 0)
             for i, r in enumerate(records)]
    fitted = fit_records(mixed, ("mean_logprob", "hidden_question_answerable"), target=0.3,
                         confidence_level=0.7)
    assert fitted.scorer.featurizer_.answerability == "hidden_question_answerable"
    guard = Guard.from_fitted(tiny, fitted, options=opts)
    judged = guard.judge_records(mixed[:4])
    live = guard.ask_many([r.question for r in mixed[:4]])
    assert [a.p_answerable for a in live] == pytest.approx([r.p_answerable for r in judged], abs=1e-2)
    # the early gate sees the prompt pass alone: hidden states and the question's familiarity
    prompt_pass = tiny.generate([r.question for r in mixed[:4]], replace(guard.options, max_new_tokens=1))
    early = fitted.scorer.know_before_answer(
        [before_answer_observation(g, "hidden_question_answerable") for g in prompt_pass])
    assert early == pytest.approx([r.p_answerable for r in judged], abs=1e-2)
