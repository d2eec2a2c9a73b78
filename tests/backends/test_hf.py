"""The transformers backend on a tiny random model: shapes, consistency, batching, errors."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from guard.backends.base import GenerateOptions
from guard.backends.base import PromptTooLong

QUESTIONS = ["What is the capital of France?", "Who wrote Hamlet?", "How many legs?",
             "Who is the person with no record at all in any book?"]


def test_generation_fields_are_consistent(tiny):
    opts = GenerateOptions(max_new_tokens=6, top_k=4, hidden_layers=(0, -1), prompt_logprobs=True)
    gens = tiny.generate(QUESTIONS, opts)
    assert [g.question for g in gens] == QUESTIONS
    d = tiny.model.config.hidden_size
    for g in gens:
        t = len(g.token_ids)
        assert g.logprobs.shape == (t,) and g.entropies.shape == (t,)
        assert np.all(g.logprobs <= 0) and np.all(g.entropies >= 0)
        assert g.top_ids.shape == (t, 4) and g.top_logprobs.shape == (t, 4)
        assert np.all(np.diff(g.top_logprobs, axis=1) <= 0)  # sorted, most likely first
        # greedy: the chosen token is the top-1 alternative
        assert np.array_equal(g.top_ids[:, 0], np.array(g.token_ids, dtype=g.top_ids.dtype))
        assert g.prompt_hidden.shape == (2, d) and g.answer_hidden.shape == (2, t, d)
        if t:
            assert np.allclose(g.answer_hidden[:, 0], g.prompt_hidden)
        assert g.prompt_logprobs is not None and np.all(g.prompt_logprobs <= 0)
        assert g.finish_reason in ("stop", "length")


def test_logprobs_match_a_separate_forward_pass(tiny):
    g = tiny.generate([QUESTIONS[0]], GenerateOptions(max_new_tokens=5))[0]
    prompt = tiny.format_prompt(QUESTIONS[0])
    ids = tiny.tokenizer(prompt, add_special_tokens=False)["input_ids"] + list(g.token_ids)
    with torch.no_grad():
        logits = tiny.model(torch.tensor([ids])).logits[0].float()
    logp = torch.log_softmax(logits, -1)
    n = len(g.token_ids)
    expected = logp[-n - 1 : -1].gather(1, torch.tensor(g.token_ids)[:, None])[:, 0].numpy()
    assert np.allclose(g.logprobs, expected, atol=1e-4)


def test_question_hidden_is_the_mean_over_the_question_tokens_only(tiny):
    """The question's own tokens, not the chat template around it, from the prompt pass."""
    q = QUESTIONS[0]
    g = tiny.generate([q], GenerateOptions(max_new_tokens=2, hidden_layers=(1, -1)))[0]
    encoded = tiny._encode(q, GenerateOptions(max_new_tokens=2))
    ids, span = encoded.ids, encoded.span
    with torch.no_grad():
        hs = tiny.model(torch.tensor([ids]), output_hidden_states=True).hidden_states
    expected = torch.stack([hs[layer][0, span.start : span.stop].mean(0) for layer in (1, -1)]).numpy()
    assert 0 < len(span) < len(ids) and g.question_hidden.shape == expected.shape
    assert np.allclose(g.question_hidden, expected, atol=1e-4)
    assert not np.allclose(g.question_hidden, g.prompt_hidden, atol=1e-2)


def test_batched_greedy_equals_one_by_one(tiny):
    opts = GenerateOptions(max_new_tokens=8, batch_size=4, hidden_layers=(-1,))
    batched = tiny.generate(QUESTIONS, opts)
    single = [tiny.generate([q], opts)[0] for q in QUESTIONS]
    for a, b in zip(batched, single):
        assert a.token_ids == b.token_ids and a.text == b.text
        assert np.allclose(a.logprobs, b.logprobs, atol=1e-4)
        assert np.allclose(a.prompt_hidden, b.prompt_hidden, atol=1e-4)
        assert np.allclose(a.question_hidden, b.question_hidden, atol=1e-4)


def test_sampling_is_seeded_and_batch_invariant(tiny):
    opts = GenerateOptions(max_new_tokens=6, temperature=1.5, n=3, seed=7)
    a = tiny.generate(QUESTIONS[:2], opts)
    assert [g.sample_index for g in a] == [0, 1, 2, 0, 1, 2]
    assert [g.question for g in a] == [QUESTIONS[0]] * 3 + [QUESTIONS[1]] * 3
    assert len({g.token_ids for g in a[:3]}) > 1  # samples differ
    b = tiny.generate(QUESTIONS[1:2], opts)
    assert [g.token_ids for g in b] == [g.token_ids for g in a[3:]]
    c = tiny.generate(QUESTIONS[:2], GenerateOptions(max_new_tokens=6, temperature=1.5, n=3, seed=8))
    assert [g.token_ids for g in c] != [g.token_ids for g in a]


@pytest.mark.parametrize("bad, error", [([], ValueError), ("a question", TypeError),
                                        ([1, "x"], TypeError), (["  "], ValueError)])
def test_bad_prompts_raise_clear_errors(tiny, bad, error):
    with pytest.raises(error, match="prompt"):
        tiny.generate(bad)


def test_prompt_longer_than_context_raises_or_truncates_and_reports(tiny):
    long_question = "Who wrote Hamlet? " * 40
    with pytest.raises(PromptTooLong, match="context window of 128"):
        tiny.generate([long_question], GenerateOptions(max_new_tokens=8))
    g = tiny.generate([long_question], GenerateOptions(max_new_tokens=8, truncate_prompt=True))[0]
    assert g.prompt_truncated
    assert not tiny.generate(["Who wrote Hamlet?"], GenerateOptions(max_new_tokens=8))[0].prompt_truncated


def test_bad_options():
    with pytest.raises(ValueError, match="n > 1"):
        GenerateOptions(n=2)
    with pytest.raises(ValueError, match="max_new_tokens"):
        GenerateOptions(max_new_tokens=0)


def test_hidden_layer_out_of_range(tiny):
    with pytest.raises(ValueError, match="out of range"):
        tiny.generate(["Hi?"], GenerateOptions(hidden_layers=(9,)))


def test_plain_prompt_without_chat_template(tiny):
    from guard.backends.hf import HFModel

    from tiny import tiny_tokenizer

    tok = tiny_tokenizer()
    tok.chat_template = None
    plain = HFModel(tiny.model, tok, name="plain", fingerprint="x")
    assert plain.format_prompt("Who?", "Be brief.") == "Be brief.\n\nQuestion: Who?\nAnswer:"
    assert plain.generate(["Who wrote Hamlet?"], GenerateOptions(max_new_tokens=3))[0].logprobs.shape[0] <= 3


def test_question_logprobs_match_a_separate_forward_pass(tiny):
    questions = ["Who wrote Hamlet?", "What is the capital of France? Tell me now."]
    gens = tiny.generate(questions, GenerateOptions(max_new_tokens=2, prompt_logprobs=True))
    for q, g in zip(questions, gens):
        text = tiny.format_prompt(q)
        enc = tiny.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        start = text.rfind(q)
        span = [i for i, (a, b) in enumerate(enc["offset_mapping"]) if a < start + len(q) and b > start]
        with torch.no_grad():
            logp = torch.log_softmax(tiny.model(torch.tensor([enc["input_ids"]])).logits[0], -1)
        expected = [float(logp[i - 1, enc["input_ids"][i]]) for i in span if i > 0]
        assert len(g.prompt_logprobs) == len(expected) > 2
        assert np.allclose(g.prompt_logprobs, expected, atol=1e-4)


def test_a_gate_stops_rows_after_the_prompt_pass_and_leaves_the_others_unchanged(tiny):
    opts = GenerateOptions(max_new_tokens=6, batch_size=4, hidden_layers=(1, -1), prompt_logprobs=True)
    plain = tiny.generate(QUESTIONS, opts)
    seen = []

    def gate(prompt_pass):
        seen.append([g.question for g in prompt_pass])
        assert all(g.text == "" and g.prompt_hidden is not None for g in prompt_pass)
        return [g.question != QUESTIONS[1] for g in prompt_pass]

    gated = tiny.generate(QUESTIONS, opts, gate=gate)
    assert sorted(q for batch in seen for q in batch) == sorted(QUESTIONS)  # one prompt pass each
    stopped = gated[1]
    assert stopped.finish_reason == "gated" and stopped.text == "" and stopped.token_ids == ()
    assert np.allclose(stopped.prompt_hidden, plain[1].prompt_hidden, atol=1e-4)
    for a, b in zip(gated[:1] + gated[2:], plain[:1] + plain[2:]):
        assert a.token_ids == b.token_ids and np.allclose(a.logprobs, b.logprobs, atol=1e-4)
    assert all(g.finish_reason == "gated" for g in tiny.generate(QUESTIONS, opts, gate=lambda p: [False] * len(p)))


def test_the_least_familiar_word_is_the_most_surprising_one_and_its_hidden_state_is_read(tiny):
    from guard.backends.hf_batch import word_ids

    q = "Who founded the Veltrasko Institute?"
    text = tiny.format_prompt(q)
    enc = tiny.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    start = text.rfind(q)
    span = tiny._encode(q, GenerateOptions(max_new_tokens=2)).span
    words = word_ids(text, enc["offset_mapping"], span, start)
    spelled = {}
    for i, w in zip(span, words):
        a, b = enc["offset_mapping"][i]
        spelled[w] = spelled.get(w, "") + text[a:b]
    assert [spelled[w].strip() for w in sorted(spelled) if w >= 0] == q.rstrip("?").split()
    opts = GenerateOptions(max_new_tokens=2, hidden_layers=(1, -1), prompt_logprobs=True)
    g = tiny.generate([q], opts)[0]
    surprisal = {}
    for w, lp in zip(g.question_words, g.prompt_logprobs):
        if w >= 0:
            surprisal[w] = surprisal.get(w, 0.0) - lp
    rarest = max(surprisal, key=surprisal.get)
    last = max(i for i, w in zip(span, words) if w == rarest)
    with torch.no_grad():
        hs = tiny.model(torch.tensor([enc["input_ids"]]), output_hidden_states=True).hidden_states
    assert np.allclose(g.rare_hidden, torch.stack([hs[1][0, last], hs[-1][0, last]]).numpy(), atol=1e-4)
    assert tiny.generate([q], GenerateOptions(max_new_tokens=2, hidden_layers=(1,)))[0].rare_hidden is None
