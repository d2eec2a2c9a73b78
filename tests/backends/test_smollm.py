"""Integration: the embedded real model (SmolLM2-135M-Instruct GGUF) through the whole backend."""
from __future__ import annotations

import numpy as np
import torch

from guard import GenerateOptions, load_model
from guard.backends import cache

QUESTIONS = ["What is the capital of France?", "Who wrote Romeo and Juliet?",
             "What is the chemical symbol for gold?", "Who is Zorbleth Quanmire?"]


def test_answers_paris_with_valid_logprobs(smollm):
    g = smollm.generate([QUESTIONS[0]], GenerateOptions(max_new_tokens=16))[0]
    assert "paris" in g.text.lower()
    assert g.finish_reason == "stop"
    assert np.all(g.logprobs <= 0)
    assert smollm.fingerprint == "gguf-sha256:" + "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"


def test_chosen_token_logprob_matches_a_separate_forward_pass(smollm):
    g = smollm.generate([QUESTIONS[1]], GenerateOptions(max_new_tokens=10))[0]
    ids = smollm.tokenizer(smollm.format_prompt(QUESTIONS[1]), add_special_tokens=False)["input_ids"]
    ids = ids + list(g.token_ids)
    with torch.no_grad():
        logp = torch.log_softmax(smollm.model(torch.tensor([ids])).logits[0].float(), -1)
    n = len(g.token_ids)
    expected = logp[-n - 1 : -1].gather(1, torch.tensor(g.token_ids)[:, None])[:, 0].numpy()
    assert np.allclose(g.logprobs, expected, atol=1e-3)


def test_batched_greedy_equals_one_by_one_on_the_real_model(smollm):
    opts = GenerateOptions(max_new_tokens=12, batch_size=4, hidden_layers=(15,))
    batched = smollm.generate(QUESTIONS, opts)
    for q, b in zip(QUESTIONS, batched):
        single = smollm.generate([q], opts)[0]
        assert single.text == b.text
        assert np.allclose(single.logprobs, b.logprobs, atol=1e-3)


def test_corrupt_cache_entry_is_rebuilt(monkeypatch, tmp_path):
    monkeypatch.setenv("GUARD_CACHE_DIR", str(tmp_path))
    load_model("smollm2-135m")
    (entry,) = (tmp_path / "converted").iterdir()
    weights = entry / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])
    assert not cache.is_valid(entry)
    model = load_model("smollm2-135m")
    assert cache.is_valid(entry)
    assert "paris" in model.generate([QUESTIONS[0]], GenerateOptions(max_new_tokens=12))[0].text.lower()
