"""`load_model` dispatch, the black-box backend, and bad specs."""
from __future__ import annotations

import pytest

from guard import GenerateOptions, Model, load_model
from guard.backends.blackbox import CallableModel


def echo_model(prompt: str) -> str:
    return "  I think the answer is 42.  "


def test_callable_backend_is_a_model_with_no_internal_signals():
    model = load_model(echo_model)
    assert isinstance(model, CallableModel) and isinstance(model, Model)
    assert model.name == "echo_model"
    caps = model.capabilities
    assert not (caps.logprobs or caps.hidden_states or caps.top_k)
    gens = model.generate(["Q1?", "Q2?"], GenerateOptions(temperature=1.0, n=2))
    assert [g.text for g in gens] == ["I think the answer is 42."] * 4
    assert [g.sample_index for g in gens] == [0, 1, 0, 1]
    assert gens[0].logprobs is None
    assert model.fingerprint.startswith("callable:echo_model:")


def test_callable_gets_the_system_text_and_must_return_str():
    seen = []
    model = load_model(lambda p: seen.append(p) or "ok", name="lam")
    model.generate(["Who?"], GenerateOptions(system="Be brief."))
    assert seen == ["Be brief.\n\nWho?"]
    with pytest.raises(TypeError, match="returned int"):
        load_model(lambda p: 3).generate(["x"])


@pytest.mark.parametrize("spec, error, match", [
    ("", ValueError, "empty"),
    (3.5, TypeError, "model spec"),
    ("./no/such/dir", ValueError, "cannot load model"),
    ("not-a-zoo-name", ValueError, "zoo name"),
    ("/tmp/definitely-missing.gguf", FileNotFoundError, "GGUF file not found"),
])
def test_bad_specs_get_clear_errors(spec, error, match):
    with pytest.raises(error, match=match):
        load_model(spec)


def test_directory_without_config_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError, match="no config.json"):
        load_model(tmp_path)


def test_local_hf_directory_round_trip(tiny, tmp_path):
    tiny.model.save_pretrained(tmp_path)
    tiny.tokenizer.save_pretrained(tmp_path)
    model = load_model(tmp_path)
    assert model.fingerprint.startswith("sha256:")
    a = model.generate(["Who wrote Hamlet?"], GenerateOptions(max_new_tokens=5))[0]
    b = tiny.generate(["Who wrote Hamlet?"], GenerateOptions(max_new_tokens=5))[0]
    assert a.token_ids == b.token_ids


def test_hub_id_offline_gives_a_clear_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(OSError, match="hub"):
        load_model("someorg/somemodel-that-is-not-cached")
