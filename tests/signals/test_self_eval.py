"""P(IK) and P(True): yes/no mass arithmetic on a scripted backend, the real HF path on the
tiny model, refusal of backends without top-k, and one check on a packaged model."""
from __future__ import annotations

import numpy as np
import pytest

from guard.backends.base import Capabilities, GenerateOptions, Generation
from guard.backends.blackbox import CallableModel
from guard.signals.self_eval import P_IK_TEMPLATE, p_ik, p_true, token_label, yes_no_mass, yes_scores

VOCAB = {0: " Yes", 1: "no", 2: "The", 3: "YES.", 4: " No", 5: "yesterday"}


class _Tok:
    def decode(self, ids):
        return "".join(VOCAB[i] for i in ids)


class Scripted:
    """Returns a fixed first-token top-k per prompt (looked up by prompt text)."""

    name = "scripted"
    fingerprint = "scripted"
    capabilities = Capabilities(logprobs=True, top_k=True)
    tokenizer = _Tok()

    def __init__(self, tops: dict[str, list[tuple[int, float]]]) -> None:
        self.tops = tops
        self.calls: list[GenerateOptions] = []

    def generate(self, prompts, options=GenerateOptions()):
        self.calls.append(options)
        out = []
        for p in prompts:
            top = self.tops[p]
            ids = np.array([[i for i, _ in top]]) if top else np.zeros((0, 3), int)
            lps = np.log(np.array([[q for _, q in top]])) if top else np.zeros((0, 3))
            out.append(Generation(question=p, text="", top_ids=ids, top_logprobs=lps))
        return out


def test_yes_score_sums_variants_and_normalises() -> None:
    model = Scripted({
        "a": [(0, 0.3), (3, 0.1), (1, 0.2), (2, 0.3)],   # yes 0.4, no 0.2
        "b": [(2, 0.9), (5, 0.05)],                       # neither ("yesterday" is not yes)
        "c": [(4, 0.6), (0, 0.2)],                        # yes 0.2, no 0.6
        "d": [],                                          # first token was end-of-sequence
    })
    yes, no = yes_no_mass(model, ["a", "b", "c", "d"])
    np.testing.assert_allclose(yes, [0.4, 0.0, 0.2, 0.0])
    np.testing.assert_allclose(no, [0.2, 0.0, 0.6, 0.0])
    np.testing.assert_allclose(yes_scores(model, ["a", "b", "c", "d"]), [2 / 3, 0.5, 0.25, 0.5])
    opts = model.calls[-1]
    assert opts.max_new_tokens == 1 and opts.greedy and opts.top_k == 50


def test_token_label() -> None:
    assert [token_label(t) for t in [" Yes", "YES.", "no", " No,", "Nope", "yes!"]] == \
        ["yes", "yes", "no", "no", "no", "yes"]
    assert [token_label(t) for t in ["Yesterday", "Not", "", " I"]] == [None] * 4


def test_prompts_reach_the_model() -> None:
    q = "Who wrote Hamlet?"
    model = Scripted({P_IK_TEMPLATE.format(question=q): [(0, 0.5), (1, 0.5)]})
    assert p_ik(model, [q]).tolist() == [0.5]
    seen = {}

    class Spy(Scripted):
        def generate(self, prompts, options=GenerateOptions()):
            seen["prompt"], seen["system"] = prompts[0], options.system
            return [Generation(question=p, text="", top_ids=np.array([[1]]),
                               top_logprobs=np.log([[0.7]])) for p in prompts]

    assert p_true(Spy({}), [q], ["Shakespeare"], system="Be brief.").tolist() == [0.0]
    assert "Proposed answer: Shakespeare" in seen["prompt"] and q in seen["prompt"]
    assert seen["system"] == "Be brief."


def test_tiny_model_runs_the_real_backend(tiny) -> None:
    qs = ["What is the capital of France?", "Who wrote Hamlet?", "How many legs does a spider have?"]
    ik = p_ik(tiny, qs)
    tr = p_true(tiny, qs, ["Paris", "Shakespeare", ""])
    for scores in (ik, tr):
        assert scores.shape == (3,) and np.all((scores >= 0) & (scores <= 1))
    np.testing.assert_allclose(p_ik(tiny, qs[::-1]), ik[::-1], atol=1e-5)  # batching-independent
    assert p_ik(tiny, []).shape == (0,)


def test_errors() -> None:
    with pytest.raises(ValueError, match="tokenizer"):
        p_ik(CallableModel(lambda p: "yes", name="echo"), ["q?"])
    model = Scripted({})
    with pytest.raises(ValueError, match="2 questions but 1 answers"):
        p_true(model, ["a?", "b?"], ["x"])
    with pytest.raises(TypeError, match="single string"):
        p_ik(model, "What?")

    class NoTop(Scripted):
        def generate(self, prompts, options=GenerateOptions()):
            return [Generation(question=p, text="yes") for p in prompts]

    with pytest.raises(ValueError, match="top-k"):
        p_ik(NoTop({}), ["q?"])


@pytest.mark.slow
def test_smollm_prefers_the_true_answer(smollm) -> None:
    q = "What is the capital of France?"
    tr = p_true(smollm, [q, q], ["Paris", "Berlin"])
    ik = p_ik(smollm, [q, "What did Zorblax Quintaro eat for breakfast on 3 May 1802?"])
    assert np.all((tr >= 0) & (tr <= 1)) and np.all((ik >= 0) & (ik <= 1))
    assert tr[0] > tr[1]
