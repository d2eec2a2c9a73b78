"""The examples run as written (on the embedded model, with small sizes to keep CI short)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(EXAMPLES / script), *args], capture_output=True,
                          text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_guard_any_callable():
    out = run("guard_any_callable.py")
    assert "[answer" in out and "-> 42" in out
    assert "Quellborne" in out and "[abstain" in out


def test_quickstart(smollm):
    out = run("quickstart.py", "--size", "120")
    assert out.count("[") >= 4 and "Guard(model='smollm2-135m'" in out


def test_external_dataset(smollm):
    out = run("external_dataset.py", str(EXAMPLES / "questions.jsonl"), "--size", "120")
    assert "questions.jsonl: 16 questions" in out and "hallucination_rate" in out
