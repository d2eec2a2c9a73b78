"""Every bad input and fault a user met, kept as a regression test: each one ends in a clear
error before expensive work, or in a correct result; none crashes with a traceback, gives a
silent wrong result, or loses a finished record. The README's "Bad inputs and faults" counts
the cases here (one test function or parameter each)."""
from __future__ import annotations

import functools
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import probes
from guard import GenerateOptions, Guard, load_model, run_suite
from guard.backends.blackbox import ModelUnidentified
from guard.cli import main
from guard.persistence import GuardFileError, ModelMismatch
from guard.records import read_records
from guard.run_manifest import ResumeMismatch
from helpers import quiz_model, quiz_suite

SMALL = ["--size", "6", "--max-new-tokens", "4", "--quiet"]


def _fit(model, target: float = 0.2) -> Guard:
    return Guard.fit(model, quiz_suite(120), target_hallucination=target, confidence=0.8,
                     signals=("length",), progress=False)


@pytest.fixture(scope="module")
def quiz_guards():
    model = load_model(quiz_model)
    return _fit(model, 0.2), _fit(model, 0.4)


# -- resuming must not mix answers or verdicts made differently ------------------------------
def test_eval_resumed_with_another_guard_is_refused(quiz_guards, tmp_path):
    strict, loose = quiz_guards
    strict.run(quiz_suite(12), out=tmp_path, progress=False)
    with pytest.raises(ResumeMismatch, match="guard: '[0-9a-f]{64}' there, '[0-9a-f]{64}' now"):
        loose.run(quiz_suite(12), out=tmp_path, progress=False)


def test_cli_eval_resumed_with_another_guard_file_is_refused(tmp_path, capsys, smollm):
    import numpy as np

    from guard.calibration import LogisticCalibrator
    from guard.threshold import select_threshold

    rng = np.random.default_rng(0)  # a small hand-built guard for smollm: the run is what matters
    x, y = rng.normal(size=(40, 1)), np.arange(40) % 2
    calibrator = LogisticCalibrator().fit(x, y)
    threshold = select_threshold(rng.random(200), ["incorrect"] * 5 + ["abstained"] * 195, 0.3, 0.8)
    options = GenerateOptions(max_new_tokens=4, system="Answer concisely.")
    paths = [Guard(smollm, calibrator, threshold, signals=("length",), options=options,
                   on_fail=policy).save(tmp_path / f"{policy}.json") for policy in ("abstain", "flag")]
    args = ["eval", "--data", "default", "--size", "4", "--quiet", "--out", str(tmp_path / "ev")]
    assert main([*args, "--guard", str(paths[0])]) == 0
    assert main([*args, "--guard", str(paths[1])]) == 2
    assert "holds a run made with other settings than this one (guard:" in capsys.readouterr().err


def test_cli_probe_resumed_with_other_generation_settings_is_refused(tmp_path, capsys, smollm):
    out = ["--out", str(tmp_path / "p")]
    assert main(["probe", *SMALL, *out]) == 0
    lines = (tmp_path / "p" / "records.jsonl").read_text()
    assert main(["probe", *SMALL[:2], "--max-new-tokens", "2", "--quiet", *out]) == 2
    assert "option max_new_tokens: 4 there, 2 now" in capsys.readouterr().err
    assert (tmp_path / "p" / "records.jsonl").read_text() == lines  # nothing lost or mixed


def test_an_http_alias_equal_to_a_zoo_name_is_another_model(tmp_path, smollm):
    sys.path.insert(0, str(Path(__file__).parent / "backends"))
    from llama_server import FakeEndpoint

    endpoint = FakeEndpoint([(500, b"never asked", 0, {})])  # the mismatch is found first
    try:
        alias = load_model(endpoint.url, model_name="smollm2-135m", timeout=5, retries=0)
        assert alias.name == smollm.name == "smollm2-135m"
        suite = probes.load_suite("capital", size=2, seed=0)
        run_suite(smollm, suite, options=GenerateOptions(max_new_tokens=2), out=tmp_path, progress=False)
        with pytest.raises(ResumeMismatch, match="model fingerprint: 'gguf-sha256:.*' there, 'openai:"):
            run_suite(alias, suite, options=GenerateOptions(max_new_tokens=2), out=tmp_path,
                      progress=False)
        assert endpoint.hits == 0
    finally:
        endpoint.close()


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
    guard = Guard(model, quiz_guards[0].calibrator, quiz_guards[0].threshold, signals=("length",))
    with pytest.raises(ModelUnidentified, match="model_id="):
        guard.save(tmp_path / "g.json")
    assert not (tmp_path / "g.json").exists() and not list(tmp_path.iterdir())
    named = Guard(load_model(make(), model_id="model-a"), guard.calibrator, guard.threshold,
                  signals=("length",))
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


def test_a_last_record_without_its_newline_is_repaired_on_resume(tmp_path):
    model = load_model(quiz_model, model_id="quiz")
    suite = quiz_suite(12)
    first = suite.subset(list(suite.ids)[:6])
    run_suite(model, first, out=tmp_path, progress=False)
    path = tmp_path / "records.jsonl"
    path.write_text(path.read_text().rstrip("\n"))  # killed between a record and its newline
    # the suite grows: the same ids plus six new ones
    run_suite(model, suite, out=tmp_path, progress=False)
    run_suite(model, suite, out=tmp_path, progress=False)
    assert sorted(r.id for r in read_records(path)) == sorted(suite.ids)


def test_an_unreadable_record_line_says_how_to_repair(tmp_path):
    model = load_model(quiz_model, model_id="quiz")
    run_suite(model, quiz_suite(8), out=tmp_path, progress=False)
    path = tmp_path / "records.jsonl"
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(lines[:2]) + "{oops\n" + "".join(lines[2:]))
    with pytest.raises(ValueError, match=r"line 3: .*sed -i '3d'.*or move the file away"):
        run_suite(model, quiz_suite(8), out=tmp_path, progress=False)


# -- bad numbers and paths fail before any model loads ---------------------------------------
@pytest.fixture
def no_model(monkeypatch):
    """Loading a model fails the test: these errors must come first."""
    import guard

    def refuse(*args, **kwargs):
        raise AssertionError("the model was loaded before the bad input was noticed")

    monkeypatch.setattr(guard, "load_model", refuse)


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
    ("[1, 2, 3]", "is not a hallucination-guard/2 guard file"),
    ('{"format": "hallucination-guard/2"}', "fails its checksum"),
    ('{"format": "hallucination-guard/2", "model"', "not valid JSON"),
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
    del data["checksum"], data["calibrator"]
    path.write_text(json.dumps({**data, "checksum": _checksum(data)}))
    with pytest.raises(GuardFileError, match=r"g.json lacks the field\(s\) \['calibrator'\]"):
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


# -- faults while running ----------------------------------------------------------------------
def test_a_question_too_long_for_the_model_is_skipped_and_the_batch_answered(tiny, tmp_path):
    qs = [probes.Probe(f"q{i}", f"Who wrote Hamlet number {i}?", ("Shakespeare",), True, "author")
          for i in range(5)]
    qs.insert(2, probes.Probe("long", "Who wrote Hamlet? " * 40, ("Shakespeare",), True, "author"))
    suite = probes.ProbeSuite("mixed", tuple(qs))
    opts = GenerateOptions(max_new_tokens=4, batch_size=8)
    with pytest.warns(UserWarning, match="skipped 1 question.*long"):
        records = run_suite(tiny, suite, options=opts, out=tmp_path, progress=False)
    assert [r.id for r in records] == ["q0", "q1", "q2", "q3", "q4"]
    assert len(read_records(tmp_path / "records.jsonl")) == 5
    from guard.runner import read_skipped

    assert [s.id for s in read_skipped(tmp_path)] == ["long"]
    with pytest.warns(UserWarning, match="skipped 1"):  # a rerun resumes instead of failing again
        assert len(run_suite(tiny, suite, options=opts, out=tmp_path, progress=False)) == 5
    truncated = run_suite(tiny, suite, options=GenerateOptions(max_new_tokens=4, truncate_prompt=True),
                          progress=False)
    assert len(truncated) == 6 and truncated[2].truncated


def test_an_endpoint_that_never_answers_times_out_within_the_stated_time(capsys):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)  # connections are accepted by the kernel; nothing is ever sent back
    url = f"http://127.0.0.1:{silent.getsockname()[1]}/v1"
    start = time.monotonic()
    try:
        code = main(["probe", "--model", url, "--timeout", "0.5", "--retries", "1", "--size", "2"])
    finally:
        silent.close()
    assert code == 2 and time.monotonic() - start < 10  # 2 attempts x 0.5 s plus back-off
    assert "no answer within the 0.5 s timeout (2 attempt(s)" in capsys.readouterr().err


def test_timeout_flags_are_for_http_models_only(capsys, no_model):
    assert main(["probe", "--timeout", "3"]) == 2
    assert "apply to http(s):// models only" in capsys.readouterr().err


# -- guard-file integrity ------------------------------------------------------------------------
def test_checksum_detects_corruption_not_tampering(quiz_guards, tmp_path, monkeypatch):
    """Without a key an edit with a recomputed checksum loads: the README says so exactly."""
    from guard.persistence import _checksum

    monkeypatch.delenv("GUARD_SIGNING_KEY", raising=False)
    path = quiz_guards[0].save(tmp_path / "g.json")
    data = json.loads(path.read_text())
    del data["checksum"]
    data["threshold"]["threshold"] = 0.0
    path.write_text(json.dumps({**data, "checksum": _checksum(data)}))
    assert Guard.load(path, quiz_guards[0].model).threshold.threshold == 0.0


def test_signed_guards_refuse_unsigned_edited_or_other_key_files(quiz_guards, tmp_path, monkeypatch):
    from guard.persistence import _checksum

    guard = quiz_guards[0]
    monkeypatch.setenv("GUARD_SIGNING_KEY", "k1")
    path = guard.save(tmp_path / "signed.json")
    assert Guard.load(path, guard.model).ask_many(["What is 1 plus 2?"])
    data = json.loads(path.read_text())
    assert len(data.pop("signature")) == 64 and data.pop("checksum")
    data["threshold"]["threshold"] = 0.0
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps({**data, "checksum": _checksum(data)}))
    with pytest.raises(GuardFileError, match="not signed"):
        Guard.load(edited, guard.model)
    with pytest.raises(GuardFileError, match="does not match the signing key"):
        Guard.load(path, guard.model, key="k2")
    monkeypatch.delenv("GUARD_SIGNING_KEY")
    with pytest.raises(GuardFileError, match="is signed: set GUARD_SIGNING_KEY"):
        Guard.load(path, guard.model)
