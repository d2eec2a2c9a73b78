"""Guard files: round trip, refusal of other models and backends, corrupt files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from guard import Guard, load_model
from guard.persistence import GuardFileError, ModelMismatch
from helpers import quiz_model, quiz_suite


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    model = load_model(quiz_model)
    guard = Guard.fit(model, quiz_suite(160), target_hallucination=0.2, confidence_level=0.8,
                      signals=("length",), progress=False)
    path = tmp_path_factory.mktemp("g") / "guard.json"
    guard.save(path)
    return guard, path


QUESTIONS = ["What is 4 plus 7?", "What is 10 plus 13?", "Who is Zarnik Vell number 3?"]


def test_round_trip_gives_identical_answers(saved):
    guard, path = saved
    loaded = Guard.load(path, guard.model)
    assert loaded.ask_many(QUESTIONS) == guard.ask_many(QUESTIONS)
    data = json.loads(path.read_text())
    assert data["library_version"] and data["config"]["signals"] == ["length"]
    assert data["config"]["target_hallucination"] == 0.2 and data["config"]["confidence_level"] == 0.8
    assert data["fitted"]["threshold"]["target"] == 0.2 and data["fitted"]["scorer"]["calibrator"]
    assert data["model"]["fingerprint"] == guard.model.fingerprint
    assert "pickle" not in path.read_text()


def test_other_model_is_refused_unless_overridden(saved):
    _, path = saved
    other = load_model(lambda p: "42", name="other")
    with pytest.raises(ModelMismatch, match="calibrated on 'quiz_model'"):
        Guard.load(path, other)
    assert Guard.load(path, other, allow_model_mismatch=True).ask("What is 1 plus 4?").text


def test_backend_without_a_needed_signal_is_refused(saved, tiny, tmp_path):
    guard, path = saved
    data = json.loads(path.read_text())
    data["config"]["signals"] = ["mean_logprob"]
    data.pop("checksum")
    from guard.persistence import _checksum

    data["checksum"] = _checksum(data)
    p = tmp_path / "g.json"
    p.write_text(json.dumps(data))
    with pytest.raises(ValueError, match="needs logprobs"):
        Guard.load(p, guard.model, allow_model_mismatch=True)


@pytest.mark.parametrize("damage", ["truncate", "edit", "garbage", "other"])
def test_corrupt_files_are_clear_errors(saved, tmp_path, damage):
    guard, path = saved
    text = path.read_text()
    bad = tmp_path / "bad.json"
    bad.write_text({"truncate": text[: len(text) // 2],
                    "edit": text.replace('"target": 0.2', '"target": 0.5'),
                    "garbage": "\x00\x01",
                    "other": json.dumps({"hello": 1})}[damage])
    with pytest.raises(GuardFileError):
        Guard.load(bad, guard.model)


def test_missing_file(saved, tmp_path):
    with pytest.raises(FileNotFoundError, match="guard file not found"):
        Guard.load(tmp_path / "nope.json", saved[0].model)


def test_a_guard_file_of_the_previous_format_loads_and_answers_as_it_did(tiny, tmp_path):
    """tests/fixtures/guard_v3: a tiny-model guard (hidden-state probes, gated calibrator, early
    abstention) saved by the format-3 code, with the answers that code gave."""
    fixture = Path(__file__).parent / "fixtures" / "guard_v3"
    expected = json.loads((fixture / "answers.json").read_text())
    guard = Guard.load(fixture / "guard.json", tiny)
    assert guard.config.early_abstain and guard.config.policy.on_fail == "flag"
    assert guard.config.signals == ("mean_logprob", "length", "hidden_prompt", "hidden_question_answerable")
    answers = guard.ask_many([e["question"] for e in expected])
    assert [a.decision for a in answers] == [e["decision"] for e in expected]
    assert [a.confidence for a in answers] == pytest.approx([e["confidence"] for e in expected], abs=1e-4)
    assert sum(a.outcome == "before_answer" for a in answers) == sum(
        e["confidence"] == 0.0 and e["text"] == "I don't know." for e in expected) > 0
    resaved = Guard.load(guard.save(tmp_path / "v4.json"), tiny)  # saved in the new format
    assert json.loads((tmp_path / "v4.json").read_text())["format"] == "hallucination-guard/4"
    assert resaved.ask_many([e["question"] for e in expected]) == answers
