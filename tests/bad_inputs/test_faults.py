"""Faults while running (a question too long, an endpoint that never answers) and guard-file
integrity (checksum versus signature)."""
from __future__ import annotations

import json
import socket
import time

import pytest

import probes
from guard import GenerateOptions, Guard, run_suite
from guard.cli import main
from guard.persistence import GuardFileError
from guard.records import read_records


# -- faults while running ----------------------------------------------------------------------
def test_a_question_too_long_for_the_model_is_skipped_and_the_batch_answered(tiny, tmp_path):
    rows = [{"id": f"q{i}", "question": f"Who wrote Hamlet number {i}?", "answers": ["Shakespeare"]}
            for i in range(5)]
    rows.insert(2, {"id": "long", "question": "Who wrote Hamlet? " * 40, "answers": ["Shakespeare"]})
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    suite, out = probes.from_file(path), tmp_path / "run"
    opts = GenerateOptions(max_new_tokens=4, batch_size=8)
    with pytest.warns(UserWarning, match=r"skipped 1 question.*long \(line 3\)"):
        records = run_suite(tiny, suite, options=opts, out=out, progress=False)
    assert [r.id for r in records] == ["q0", "q1", "q2", "q3", "q4"]
    assert len(read_records(out / "records.jsonl")) == 5
    from guard.runner import read_skipped

    assert [(s.id, s.line) for s in read_skipped(out)] == [("long", 3)]
    with pytest.warns(UserWarning, match="skipped 1"):  # a rerun resumes instead of failing again
        assert len(run_suite(tiny, suite, options=opts, out=out, progress=False)) == 5
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
    data["fitted"]["threshold"]["threshold"] = 0.0
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
    data["fitted"]["threshold"]["threshold"] = 0.0
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps({**data, "checksum": _checksum(data)}))
    with pytest.raises(GuardFileError, match="not signed"):
        Guard.load(edited, guard.model)
    with pytest.raises(GuardFileError, match="does not match the signing key"):
        Guard.load(path, guard.model, key="k2")
    monkeypatch.delenv("GUARD_SIGNING_KEY")
    with pytest.raises(GuardFileError, match="is signed: set GUARD_SIGNING_KEY"):
        Guard.load(path, guard.model)


@pytest.mark.parametrize("signature", [12345, "é" * 64], ids=["number", "non-ascii"])
def test_a_signature_that_is_not_hex_text_is_a_guard_file_error(signature, quiz_guards, tmp_path):
    """Before the fix a number or non-ASCII text reached `hmac.compare_digest`: a bare TypeError."""
    path = quiz_guards[0].save(tmp_path / "g.json", key="k1")
    data = json.loads(path.read_text())
    path.write_text(json.dumps({**data, "signature": signature}))
    with pytest.raises(GuardFileError, match=f"{path} has a signature that does not match"):
        Guard.load(path, quiz_guards[0].model, key="k1")


def test_a_guard_file_nested_100k_levels_deep_is_a_one_line_error(tmp_path, capsys, no_model):
    path = tmp_path / "deep.json"
    path.write_text('{"format": "hallucination-guard/3", "info": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(GuardFileError, match=f"{path} is nested too deeply"):
        Guard.load(path, None)
    assert main(["ask", "--guard", str(path), "Hi?"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nested too deeply" in err and str(path) in err


@pytest.mark.parametrize("key", ["", "   "], ids=["empty", "blank"])
def test_an_empty_signing_key_is_refused(key, quiz_guards, tmp_path, monkeypatch):
    """Before the fix `key=""` signed with an empty HMAC key and loaded with it, while an empty
    GUARD_SIGNING_KEY meant no key at all."""
    guard = quiz_guards[0]
    with pytest.raises(ValueError, match="signing key must be a non-empty string"):
        guard.save(tmp_path / "g.json", key=key)
    assert not (tmp_path / "g.json").exists()
    path = guard.save(tmp_path / "signed.json", key="k1")
    with pytest.raises(ValueError, match="signing key must be a non-empty string"):
        Guard.load(path, guard.model, key=key)
    monkeypatch.setenv("GUARD_SIGNING_KEY", key)
    with pytest.raises(ValueError, match="GUARD_SIGNING_KEY is set but empty"):
        guard.save(tmp_path / "h.json")
    with pytest.raises(ValueError, match="GUARD_SIGNING_KEY is set but empty"):
        Guard.load(path, guard.model)
    monkeypatch.delenv("GUARD_SIGNING_KEY")  # unset: no key, as before
    assert guard.save(tmp_path / "plain.json") and Guard.load(tmp_path / "plain.json", guard.model)
