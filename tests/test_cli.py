"""The `guard` command end to end on the embedded model, plus help and error handling."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from guard.cli import main

QUESTIONS = Path(__file__).resolve().parents[1] / "examples" / "questions.jsonl"


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in ("probe", "calibrate", "ask", "eval"):
        assert command in out


def test_python_dash_m_guard_runs():
    done = subprocess.run([sys.executable, "-m", "guard", "probe", "--help"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and "--suite" in done.stdout


def test_missing_guard_file_is_a_clear_error(capsys, tmp_path):
    code = main(["ask", "--guard", str(tmp_path / "none.json"), "--model", "smollm2-135m", "Hi?"])
    assert code == 2
    assert "guard file not found" in capsys.readouterr().err


def test_bad_suite_file_is_a_clear_error(capsys, tmp_path, smollm):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "ok?", "answerable": true}\n{"answers": ["x"]}\n')
    code = main(["probe", "--model", "smollm2-135m", "--suite", str(bad), "--out", str(tmp_path / "o")])
    assert code == 2
    err = capsys.readouterr().err
    assert "bad.jsonl:2" in err and "question" in err


@pytest.fixture(scope="module")
def calibrated(tmp_path_factory, smollm):
    out = tmp_path_factory.mktemp("cli")
    code = main(["calibrate", "--model", "smollm2-135m", "--size", "120", "--target", "0.3",
                 "--confidence", "0.8", "--out", str(out / "guard.json"), "--quiet"])
    assert code == 0
    return out


def test_probe_writes_report_files_consistent_with_records(tmp_path, capsys, smollm):
    out = tmp_path / "probe"
    assert main(["probe", "--model", "smollm2-135m", "--suite", str(QUESTIONS), "--out", str(out),
                 "--quiet"]) == 0
    assert "Report card" in capsys.readouterr().out
    report = json.loads((out / "report.json").read_text())
    records = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    assert len(records) == report["overall"]["n"] == 16
    assert report["overall"]["correct"] == sum(r["grade"] == "correct" for r in records)
    assert report["prompt"] == "neutral"
    assert (out / "report.md").is_file() and (out / "report.html").is_file()


def test_calibrate_ask_and_eval(calibrated, capsys):
    guard_file = calibrated / "guard.json"
    saved = json.loads(guard_file.read_text())
    assert saved["model"]["name"] == "smollm2-135m" and saved["config"]["target_hallucination"] == 0.3
    assert main(["ask", "--guard", str(guard_file), "--json", "What is the capital of France?"]) == 0
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert line["decision"] in ("answer", "flag", "abstain") and 0 <= line["confidence"] <= 1
    qs = ["What is the capital of France?", "What did the Zorblaxian emperor eat in 3012?", "Is 7 prime?"]
    assert main(["ask", "--guard", str(guard_file), "--json", *qs]) == 0
    full = [json.loads(x) for x in capsys.readouterr().out.strip().splitlines()[-3:]]
    assert main(["ask", "--guard", str(guard_file), "--json", "--early-abstain", *qs]) == 0
    early = [json.loads(x) for x in capsys.readouterr().out.strip().splitlines()[-3:]]
    for e, f in zip(early, full):  # early abstention only ever replaces an answer by abstaining
        if e["outcome"] == "before_answer":
            assert e["decision"] == "abstain" and e["raw_answer"] == ""
        else:
            assert e == f
    out = calibrated / "eval"
    assert main(["eval", "--guard", str(guard_file), "--data", str(QUESTIONS), "--out", str(out),
                 "--quiet"]) == 0
    report = json.loads((out / "report.json").read_text())
    assert report["raw"]["n"] == report["guarded"]["n"] == 16
    assert report["guarded"]["correct"] <= report["raw"]["correct"]
    assert "Raw vs guarded" in capsys.readouterr().out


def test_calibrate_on_a_labelled_sample_and_refuse_unlabelled_without_hidden_states(tmp_path, capsys,
                                                                                   smollm):
    small = ["calibrate", "--size", "60", "--max-new-tokens", "8", "--quiet", "--target", "0.3",
             "--confidence", "0.8", "--signals", "mean_logprob,length"]
    out = tmp_path / "g.json"
    assert main([*small, "--labelled", str(QUESTIONS), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "threshold chosen on the user's labelled sample: 16 questions" in printed
    assert json.loads(out.read_text())["fitted"]["info"]["threshold_on"] == "the user's labelled sample"
    traffic = tmp_path / "traffic.txt"
    traffic.write_text("What does a snow leopard eat?\nWho founded Velmoria Labs?\n")
    assert main([*small, "--unlabelled", str(traffic), "--out", str(tmp_path / "h.json")]) == 2
    assert "use an in-process model and a hidden-state signal" in capsys.readouterr().err
