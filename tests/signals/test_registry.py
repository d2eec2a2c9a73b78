"""The signal registry: single-pass signals are pure functions of a Generation (checked against
hand computations), kinds and capability checks, and `observe`, the one path to observations."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from guard.backends.base import Capabilities, GenerateOptions, Generation
from guard.signals import (LOGPROB_SIGNALS, SIGNALS, available, check_signals, default_signals,
                           of_kind)
from guard.signals.features import claim_samples, observe, observe_claims
from probes.claims import split_claims
from guard.signals.registry import provides, with_inputs


def compute(g: Generation, names) -> np.ndarray:
    return np.array([SIGNALS[n].value(g) for n in names])


def backend(**caps) -> SimpleNamespace:
    return SimpleNamespace(name="srv", capabilities=Capabilities(**caps))


def gen(**kw) -> Generation:
    base = dict(question="Q?", text="Paris is it", token_ids=(5, 6, 7),
                logprobs=np.array([-0.1, -2.0, -0.3]), entropies=np.array([0.5, 1.5, 1.0]),
                top_ids=np.array([[5, 1], [6, 2], [7, 3]]),
                top_logprobs=np.array([[-0.1, -2.5], [-2.0, -2.1], [-0.3, -1.3]]),
                prompt_logprobs=np.array([-1.0, -9.0, -0.5, -4.0, -6.0]))
    return Generation(**{**base, **kw})


def test_hand_computed_values():
    single = [n for n in of_kind(list(SIGNALS), "single_pass") if SIGNALS[n].unit == "answer"]
    v = dict(zip(single, compute(gen(), single)))
    assert v["mean_logprob"] == pytest.approx(-0.8)
    assert v["min_logprob"] == pytest.approx(-2.0)
    assert v["first_logprob"] == pytest.approx(-0.1)
    assert v["mean_entropy"] == pytest.approx(1.0)
    assert v["max_entropy"] == pytest.approx(1.5)
    assert v["mean_margin"] == pytest.approx((2.4 + 0.1 + 1.0) / 3)
    assert v["min_margin"] == pytest.approx(0.1)
    assert v["length"] == 3
    assert v["question_surprisal"] == pytest.approx((9 + 6 + 4) / 3)
    assert v["question_mean_logprob"] == pytest.approx(-4.1)
    assert v["rare_word_surprisal"] == pytest.approx(9.0)  # no word map: each token on its own
    worded = gen(question_words=(0, 0, 1, 1, -1))  # two words of two tokens, then punctuation
    assert SIGNALS["rare_word_surprisal"].value(worded) == pytest.approx(10.0)


def test_empty_answer_and_text_only_generation():
    empty = gen(text="", token_ids=(), logprobs=np.zeros(0), entropies=np.zeros(0), top_ids=np.zeros((0, 2)),
                top_logprobs=np.zeros((0, 2)))
    assert compute(empty, ["mean_logprob", "length"]).tolist() == [0.0, 0.0]
    text_only = Generation(question="Q?", text="three words here")
    assert compute(text_only, ["length"]).tolist() == [3.0]
    with pytest.raises(ValueError, match="log-probabilities"):
        compute(text_only, ["mean_logprob"])


def test_capability_checks():
    check_signals(LOGPROB_SIGNALS, backend(logprobs=True, top_k=True))
    with pytest.raises(ValueError, match="needs prompt_logprobs, which srv cannot"):
        check_signals(["question_surprisal"], backend(logprobs=True, top_k=True))
    with pytest.raises(ValueError, match="needs prompt_hidden"):
        check_signals(["hidden_prompt"], backend(logprobs=True))
    with pytest.raises(ValueError, match="needs hidden_states"):  # an embedding has no answer tokens
        check_signals(["hidden_answer"], backend(logprobs=True, prompt_hidden=True))
    check_signals(["hidden_prompt", "hidden_answerable"], backend(prompt_hidden=True))
    with pytest.raises(ValueError, match="'hidden_question_answerable' needs hidden_states and prompt_logprobs"):
        check_signals(["hidden_question_answerable"], backend(logprobs=True, prompt_hidden=True))
    with pytest.raises(ValueError, match="'hidden_question_answerable' needs prompt_logprobs,"):
        check_signals(["hidden_question_answerable"], backend(logprobs=True, hidden_states=True))
    with pytest.raises(ValueError, match="unknown signal"):
        check_signals(["vibes"], backend())


def test_every_signal_is_declared_once_with_what_its_kind_needs():
    for name, s in SIGNALS.items():
        assert s.name == name and s.doc
        # a claim's sampling signal reads the samples its slice carries; an answer's is batched
        assert (s.value is not None) == (s.kind == "single_pass" or (s.kind, s.unit) == ("sampling", "claim"))
        assert (s.batch is not None) == (s.kind in ("extra_pass", "sampling") and s.unit == "answer")
        assert (s.target is not None) == bool(s.reads.positions) == (s.kind == "hidden_probe")
        assert bool(s.reads.extra_passes or s.reads.samples) == (s.kind in ("extra_pass", "sampling"))
        # a probe's inputs (answerability probes only) are single-pass answer signals its own
        # reads already capture
        assert not s.inputs or s.target == "answerable"
        assert all(SIGNALS[i].kind == "single_pass" and SIGNALS[i].unit == "answer" and
                   provides(Capabilities(True, True, True, True, True), SIGNALS[i].reads) and
                   s.reads.prompt_logprobs >= SIGNALS[i].reads.prompt_logprobs for i in s.inputs)
    assert of_kind(list(SIGNALS), "extra_pass") == ("p_ik", "p_true")
    assert of_kind(list(SIGNALS), "sampling") == ("claim_agreement", "agreement")
    assert available(Capabilities()) == ("length",)
    assert "question_surprisal" in available(Capabilities(True, True, True, True))


def test_observe_gives_single_pass_values_hidden_states_and_batched_signals():
    g = gen(prompt_hidden=np.ones((2, 3)), answer_hidden=np.arange(18.0).reshape(2, 3, 3))
    calls = []
    model = SimpleNamespace(generate=lambda prompts, options: calls.append((prompts, options)) or [
        Generation(question="q", text=t) for t in ["Paris is it"] * 2 + ["Rome"] * 3] * len(prompts))
    obs = observe(model, [g, gen(logprobs=None)], ["mean_logprob", "length", "agreement"],
                  GenerateOptions(max_new_tokens=3))
    assert obs[0].signals["mean_logprob"] == pytest.approx(-0.8) and obs[0].signals["length"] == 3
    assert "mean_logprob" not in obs[1].signals  # cannot be computed: missing, not invented
    assert obs[0].signals["agreement"] == pytest.approx(0.4)  # 2 of 5 samples agree
    # a probe's inputs are computed beside it (here: none captured, so missing)
    assert with_inputs(["hidden_known", "question_surprisal"]) == (
        "hidden_known", "question_surprisal", "rare_word_surprisal", "question_mean_logprob")
    probed = observe(model, [gen(prompt_logprobs=np.array([-1.0, -3.0]))], ["hidden_question_answerable"],
                     GenerateOptions(max_new_tokens=3))[0]
    assert set(probed.signals) == {"rare_word_surprisal", "question_surprisal", "question_mean_logprob"}
    assert len(calls) == 1 and calls[0][1].n == 5 and calls[0][1].temperature == 1.0
    assert np.allclose(obs[0].hidden["answer"], np.arange(18.0).reshape(2, 3, 3).mean(1))
    assert np.allclose(obs[0].hidden["prompt"], 1) and obs[1].hidden == {}
    assert "question" not in obs[0].hidden  # not captured here: missing, not invented
    q = observe(model, [gen(prompt_hidden=np.ones((2, 3)), question_hidden=np.zeros((2, 3)))], [],
                GenerateOptions(max_new_tokens=3))[0]
    assert set(q.hidden) == {"prompt", "question"}


def test_default_signals_follow_the_backend():
    full = default_signals(Capabilities(True, True, True, True))
    assert {"hidden_prompt", "hidden_question_answerable", "mean_logprob"} <= set(full)
    assert default_signals(Capabilities(logprobs=True, top_k=True)) == LOGPROB_SIGNALS
    assert default_signals(Capabilities()) == ("length",)


def test_claim_agreement_reads_samples_drawn_once_per_batch():
    calls = []
    samples = ["Ada Lovelace was an English mathematician and writer.",
               "Ada Lovelace was a Welsh poet born in 1815.", "I am not sure."]
    model = SimpleNamespace(generate=lambda prompts, options: calls.append(options) or [
        Generation(question=q, text=t) for q in prompts for t in samples])
    text = "Ada Lovelace was an English mathematician. She was born in 1900."
    g = Generation(question="Tell me about Ada Lovelace.", text=text)
    claims = split_claims(text)
    assert claim_samples(model, [g], ["claim_mean_logprob"], GenerateOptions()) == [()] and not calls
    drawn = claim_samples(model, [g, g], ["claim_length", "claim_agreement"], GenerateOptions(max_new_tokens=9))
    assert len(calls) == 1 and calls[0].n == 3 and calls[0].temperature == 1.0 and calls[0].max_new_tokens == 9
    assert drawn == [tuple(samples)] * 2
    first, second = observe_claims(g, claims, ["claim_length", "claim_agreement"], drawn[0])
    assert first.signals["claim_agreement"] == pytest.approx(1 / 3)  # one of three says it
    assert second.signals["claim_agreement"] == 0.0  # none says 1900
    alone = observe_claims(g, claims, ["claim_agreement"])  # not drawn: missing, not invented
    assert all("claim_agreement" not in o.signals for o in alone)
