"""`guard demo` and the guard shipped for the embedded model."""
from __future__ import annotations

import hashlib
import json

import pytest

import probes
from guard import Guard, load_model
from guard.demo import EXAMPLES, comparison, demo
from guard.persistence import GuardFileError, ModelMismatch
from helpers import quiz_model, quiz_suite


def scripted(size: int):
    """A callable model that knows half of the default suite's gold answers and makes up the
    rest (long, so the length signal can tell)."""
    gold = {p.question: p.answers[0] for p in probes.load_suite("default", size=size, seed=0) if p.answers}

    def answer(prompt: str) -> str:
        question = prompt.split("\n\n")[-1]
        if question in gold and len(question) % 2:
            return gold[question]
        return "It is widely believed to be the famous one that everybody talks about nowadays."
    return answer


def test_the_demo_runs_the_main_job_and_counts_the_same_questions_raw_and_guarded(tmp_path):
    said = []
    result = demo(load_model(scripted(90), model_id="scripted"), tmp_path, size=90, progress=False,
                  say=said.append)
    assert said[0].startswith("hallucination-guard demo on ") and "A real calibration asks 2000" in said[0]
    assert "report card on 90 freshly generated questions" in said[0]
    assert result.shipped is None and len(result.examples) == len(EXAMPLES)  # asked through the small guard
    ev = result.guarded.evaluation
    assert ev.raw.n == ev.guarded.n and ev.raw.n + ev.raw.ungraded == 30  # the held-out third
    table = comparison(result)
    assert "| n " in table and "guard fitted here" in table
    assert (tmp_path / "report.html").is_file() and (tmp_path / "guard.json").is_file()
    assert json.loads((tmp_path / "guarded" / "report.json").read_text())["raw"]["n"] == ev.raw.n


@pytest.fixture
def shipped_file(tmp_path, monkeypatch):
    """A guard for the quiz model, registered as shipped for it."""
    import guard.shipped as shipped

    model = load_model(quiz_model)
    path = Guard.fit(model, quiz_suite(200), 0.2, 0.8, signals=("length",), progress=False).save(
        tmp_path / "quiz.guard.json")
    monkeypatch.setattr(shipped, "DATA", tmp_path)
    monkeypatch.setitem(shipped.SHIPPED, model.name,
                        (path.name, hashlib.sha256(path.read_bytes()).hexdigest()))
    return model, path


def test_a_shipped_guard_is_checked_before_it_is_read_and_refuses_other_models(shipped_file):
    from guard.shipped import shipped_guard

    model, path = shipped_file
    assert shipped_guard(model).ask("What is 10 plus 13?").decision == "answer"
    assert shipped_guard(load_model(lambda p: "x", name="other")) is None  # none shipped for it
    with pytest.raises(ModelMismatch):
        shipped_guard(load_model(lambda p: "42", name=model.name))  # same name, other weights
    path.write_text(path.read_text().replace('"abstain_message": "I don', '"abstain_message": "I do not'))
    with pytest.raises(GuardFileError, match="does not match its checksum"):
        shipped_guard(model)


@pytest.mark.slow
def test_the_guard_shipped_for_the_embedded_model_passes_obvious_facts(smollm):
    """What `make demo` shows first: the shipped guard (2000 calibration questions) answers
    what the model knows and withholds made-up things."""
    from guard.shipped import shipped_guard

    guard = shipped_guard(smollm)
    assert guard is not None, "no guard is shipped for smollm2-135m"
    paris, veltrasko = guard.ask_many(["What is the capital of France?",
                                       "Who founded the Veltrasko Institute of Marine Acoustics?"])
    assert paris.decision == "answer" and "Paris" in paris.text, paris
    assert veltrasko.decision != "answer", veltrasko
