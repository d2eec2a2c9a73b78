"""Inputs that would silently do the wrong thing, bad numbers and paths, and guard files: clear
errors, before any model loads, never a traceback."""
from __future__ import annotations

import functools
import json
import subprocess
import sys

import pytest

import probes
from guard import Guard, load_model, run_suite
from guard.backends.blackbox import ModelUnidentified
from guard.cli import main
from guard.persistence import GuardFileError, ModelMismatch
from guard.run_manifest import ResumeMismatch
from helpers import quiz_model, quiz_suite


# -- inputs that would silently do the wrong thing -------------------------------------------
def test_ask_many_refuses_a_bare_string(quiz_guards):
    with pytest.raises(TypeError, match="not a single string; wrap it"):
        quiz_guards[0].ask_many("Paris?")


def _factory(answer: str):
    return lambda prompt: answer


class _Answerer:
    def __call__(self, prompt: str) -> str:
        return "42"


@pytest.mark.parametrize("make", [lambda: _factory("a"), lambda: functools.partial(quiz_model),
                                  _Answerer], ids=["closure", "partial", "callable-object"])
def test_a_callable_that_cannot_be_identified_needs_a_model_id(make, tmp_path, quiz_guards):
    model = load_model(make())
    guard = Guard.from_fitted(model, quiz_guards[0].fitted_)
    with pytest.raises(ModelUnidentified, match="model_id="):
        guard.save(tmp_path / "g.json")
    assert not (tmp_path / "g.json").exists() and not list(tmp_path.iterdir())
    named = Guard.from_fitted(load_model(make(), model_id="model-a"), guard.fitted_)
    path = named.save(tmp_path / "g.json")
    with pytest.raises(ModelMismatch):
        Guard.load(path, load_model(make(), model_id="model-b"))
    assert Guard.load(path, load_model(make(), model_id="model-a")).ask("What is 1 plus 2?")


def test_closures_of_one_factory_are_not_one_model(tmp_path):
    run_suite(load_model(_factory("a"), model_id="a"), quiz_suite(4), out=tmp_path, progress=False)
    with pytest.raises(ResumeMismatch, match="'callable-id:a' there, 'callable-id:b' now"):
        run_suite(load_model(_factory("b"), model_id="b"), quiz_suite(4), out=tmp_path, progress=False)
    with pytest.raises(ModelUnidentified):
        run_suite(load_model(_factory("b")), quiz_suite(4), out=tmp_path, progress=False)


def test_empty_answers_without_answerable_is_an_error(tmp_path):
    bad = tmp_path / "q.jsonl"
    bad.write_text('{"question": "Who?", "answers": []}\n')
    with pytest.raises(probes.ProbeFileError, match=r"q.jsonl:1: field 'answers': .*empty"):
        probes.from_file(bad)
    ok = tmp_path / "ok.jsonl"
    ok.write_text('{"question": "Who?", "answers": [], "answerable": true}\n')
    assert probes.from_file(ok)[0].answerable and probes.from_file(ok)[0].answers is None


@pytest.mark.parametrize("argv, message", [
    (["calibrate", "--target", "10", "--out", "g.json"], "did you mean 0.1"),
    (["calibrate", "--confidence", "1.5", "--out", "g.json"], "strictly between 0 and 1"),
    (["probe", "--size", "0"], "must be >= 1"),
    (["probe", "--sample", "-3"], "must be >= 0"),
    (["probe", "--batch-size", "0"], "must be >= 1"),
    (["probe", "--max-new-tokens", "x"], "not a whole number"),
], ids=["target-10", "confidence", "size-0", "sample-negative", "batch-0", "tokens-text"])
def test_bad_numbers_fail_at_once(argv, message, capsys, no_model):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2 and message in capsys.readouterr().err


@pytest.mark.parametrize("case", ["out-is-a-file", "out-under-a-file", "calibrate-out-is-a-dir"])
def test_bad_output_paths_fail_before_the_model_loads(case, tmp_path, capsys, no_model):
    afile = tmp_path / "file.txt"
    afile.write_text("keep me")
    argv = {"out-is-a-file": ["probe", "--out", str(afile)],
            "out-under-a-file": ["probe", "--out", str(afile / "run")],
            "calibrate-out-is-a-dir": ["calibrate", "--out", str(tmp_path)]}[case]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "--out" in err and "Traceback" not in err
    assert afile.read_text() == "keep me" and not list(tmp_path.glob("*.tmp"))


def test_guard_save_into_a_directory_leaves_no_tmp(quiz_guards, tmp_path):
    with pytest.raises(IsADirectoryError, match="is a directory"):
        quiz_guards[0].save(tmp_path)
    assert list(tmp_path.iterdir()) == []


# -- no traceback for a user's mistake ---------------------------------------------------------
@pytest.mark.parametrize("content, message", [
    ("[1, 2, 3]", "is not a hallucination-guard/4 guard file"),
    ('{"format": "hallucination-guard/3"}', "fails its checksum"),
    ('{"format": "hallucination-guard/3", "model"', "not valid JSON"),
], ids=["json-list", "lacks-fields", "truncated"])
def test_bad_guard_files_are_one_line_errors(content, message, tmp_path, capsys, no_model):
    path = tmp_path / "guard.json"
    path.write_text(content)
    assert main(["ask", "--guard", str(path), "Hi?"]) == 2
    err = capsys.readouterr().err
    assert message in err and str(path) in err and "Traceback" not in err


def test_a_guard_file_lacking_fields_with_a_valid_checksum(quiz_guards, tmp_path):
    from guard.persistence import _checksum

    path = quiz_guards[0].save(tmp_path / "g.json")
    data = json.loads(path.read_text())
    del data["checksum"], data["fitted"]
    path.write_text(json.dumps({**data, "checksum": _checksum(data)}))
    with pytest.raises(GuardFileError, match=r"g.json lacks the field\(s\) \['fitted'\]"):
        Guard.load(path, quiz_guards[0].model)


def test_a_non_utf8_question_argument(tmp_path):
    question = b"Caf\xe9?".decode("utf-8", "surrogateescape")  # what Python makes of such argv
    done = subprocess.run([sys.executable, "-m", "guard", "ask", "--guard", str(tmp_path / "g.json"),
                           question], capture_output=True, timeout=60,
                          env={"PYTHONIOENCODING": "utf-8", "PATH": "/usr/bin:/bin"})
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2 and "not valid UTF-8" in err and "Traceback" not in err


def test_debug_shows_the_traceback(tmp_path):
    with pytest.raises(FileNotFoundError, match="guard file not found"):
        main(["--debug", "ask", "--guard", str(tmp_path / "none.json"), "Hi?"])


def test_a_json_file_of_json_lines_is_read(tmp_path):
    path = tmp_path / "questions.json"
    path.write_text('{"question": "Who wrote Hamlet?", "answers": ["Shakespeare"]}\n'
                    '{"question": "Who is Zorblax?", "answers": null}\n')
    suite = probes.from_file(path)
    assert [p.answerable for p in suite] == [True, False]


# -- a labelled sample that labels nothing -------------------------------------------------------
NO_LABELS = {"jsonl": '{"question": "What is 1 plus 2?"}\n'
                      '{"question": "Who is Zarnik Vell number 1?"}\n',
             "csv": "question,category\nWhat is 1 plus 2?,sums\nWho is Zarnik Vell number 1?,people\n"}


@pytest.fixture
def stop_at_model(monkeypatch):
    """Loading a model ends the command with a known error (after the input checks)."""
    import guard

    def stop(*args, **kwargs):
        raise RuntimeError("stopped where the model would load")

    monkeypatch.setattr(guard, "load_model", stop)


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_calibrate_refuses_an_unlabelled_file_before_the_model_loads(suffix, tmp_path, capsys, no_model):
    """Before the fix every row counted as unanswerable and each correct answer as a hallucination."""
    path = tmp_path / f"mine.{suffix}"
    path.write_text(NO_LABELS[suffix])
    argv = ["calibrate", "--size", "10", "--labelled", str(path), "--out", str(tmp_path / "g.json")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "no row says whether" in err
    assert '"answers"' in err and '"answerable"' in err and not (tmp_path / "g.json").exists()


def test_calibrate_warns_about_labelled_rows_without_a_label(tmp_path, capsys, stop_at_model):
    path = tmp_path / "mine.jsonl"
    path.write_text('{"question": "What is 1 plus 2?", "answers": ["3"]}\n'
                    '{"question": "Who is Zarnik Vell number 1?"}\n'
                    '{"question": "Who is Zarnik Vell number 2?", "answers": null}\n')
    argv = ["calibrate", "--size", "10", "--labelled", str(path), "--out", str(tmp_path / "g.json")]
    assert main(argv) == 2
    warning, loading, error = capsys.readouterr().err.splitlines()  # warned before the model loads
    assert warning.startswith(f"guard calibrate: warning: {path}: 1 of 3 rows (line 2) say neither")
    assert loading.startswith("loading model") and error.endswith("stopped where the model would load")


def _counting_fit(asked: list):
    def counting(prompt: str) -> str:
        asked.append(prompt)
        return quiz_model(prompt)

    return functools.partial(Guard.fit, load_model(counting, model_id="counting-quiz"), quiz_suite(40),
                             0.3, 0.8, signals=("length",), progress=False)


def test_fit_refuses_an_empty_labelled_sample():
    """Before the fix the threshold was silently chosen on the probes instead."""
    asked = []
    with pytest.raises(probes.ProbeFileError, match="labelled sample 'empty': no questions"):
        _counting_fit(asked)(labelled=probes.ProbeSuite("empty", ()))
    assert asked == []


def test_fit_refuses_an_unlabelled_sample_and_warns_on_unlabelled_rows(tmp_path):
    asked, path = [], tmp_path / "mine.jsonl"
    path.write_text(NO_LABELS["jsonl"])
    with pytest.raises(probes.ProbeFileError, match="labelled sample 'mine': no row says whether"):
        _counting_fit(asked)(labelled=probes.from_file(path))
    assert asked == []  # refused before any question was asked
    path.write_text(NO_LABELS["jsonl"] + '{"question": "What is 2 plus 5?", "answers": ["7"]}\n')
    with pytest.warns(probes.UnlabelledRowsWarning, match=r"2 of 3 rows \(lines 1, 2\)"):
        guard = _counting_fit(asked)(labelled=probes.from_file(path))
    assert guard.info.threshold_on == "the user's labelled sample"


def test_claim_agreement_without_claims_fails_before_the_model_loads(tmp_path, capsys, no_model):
    code = main(["calibrate", "--claim-agreement", "--out", str(tmp_path / "g.json")])
    assert code == 2 and "give it with --claims" in capsys.readouterr().err
