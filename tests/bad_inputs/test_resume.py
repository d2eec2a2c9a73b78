"""Resuming never mixes answers or verdicts made differently, and repairs what a killed run left."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import probes
from guard import GenerateOptions, Guard, load_model, run_suite
from guard.cli import main
from guard.records import read_records
from guard.run_manifest import ResumeMismatch
from helpers import quiz_model, quiz_suite

SMALL = ["--size", "6", "--max-new-tokens", "4", "--quiet"]

# -- resuming must not mix answers or verdicts made differently ------------------------------
def test_eval_resumed_with_another_guard_is_refused(quiz_guards, tmp_path):
    strict, loose = quiz_guards
    strict.run(quiz_suite(12), out=tmp_path, progress=False)
    with pytest.raises(ResumeMismatch, match="guard: '[0-9a-f]{64}' there, '[0-9a-f]{64}' now"):
        loose.run(quiz_suite(12), out=tmp_path, progress=False)


def test_cli_eval_resumed_with_another_guard_file_is_refused(tmp_path, capsys, smollm):
    from guard import load_model
    from helpers import quiz_model, quiz_suite

    # a small guard fitted on a scripted model, put onto smollm: the run is what matters
    fitted = Guard.fit(load_model(quiz_model), quiz_suite(80), 0.3, 0.8, signals=("length",),
                       progress=False).fitted_
    options = GenerateOptions(max_new_tokens=4, system="Answer concisely.")
    paths = [Guard.from_fitted(smollm, fitted, options=options, on_fail=policy).save(
        tmp_path / f"{policy}.json") for policy in ("abstain", "flag")]
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
    from fake_servers import FakeEndpoint

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
