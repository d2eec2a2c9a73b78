"""`guard serve` as a command: its options, and a real run (`python -m guard.serve`, the same
command) serving a saved guard in front of an upstream, with the API key from the environment."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

import httpx
import openai
import pytest

from guard.cli import main as guard_main
from guard.serve.cli import add_parser, settings_of
from servekit import llama_server


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["serve", *argv])


def test_defaults_bind_loopback_and_the_key_comes_from_flag_or_environment(monkeypatch):
    args = parse("--guard", "g.json")
    assert (args.host, args.port, args.on_fail, args.model) == ("127.0.0.1", 8080, None, None)
    monkeypatch.delenv("GUARD_SERVE_API_KEY", raising=False)
    assert settings_of(args).api_key is None
    monkeypatch.setenv("GUARD_SERVE_API_KEY", "from-env")
    assert settings_of(args).api_key == "from-env"
    s = settings_of(parse("--guard", "g.json", "--api-key", "flag", "--on-fail", "block", "--max-n", "2"))
    assert (s.api_key, s.on_fail, s.max_n) == ("flag", "block", 2)
    with pytest.raises(SystemExit):
        parse("--guard", "g.json", "--on-fail", "raise")


def test_the_policy_lock_and_protected_status_endpoints_are_options(monkeypatch):
    monkeypatch.delenv("GUARD_SERVE_API_KEY", raising=False)
    s = settings_of(parse("--guard", "g.json"))
    assert (s.client_policy, s.protect_status) == ("deny", False)
    s = settings_of(parse("--guard", "g.json", "--client-policy", "allow", "--api-key", "k",
                          "--protect-status"))
    assert (s.client_policy, s.api_key, s.protect_status) == ("allow", "k", True)
    with pytest.raises(ValueError, match=r"protect_status \(--protect-status\) needs an API key"):
        settings_of(parse("--guard", "g.json", "--protect-status"))
    with pytest.raises(SystemExit):
        parse("--guard", "g.json", "--client-policy", "maybe")


def test_a_guard_calibrated_over_http_needs_its_endpoint(fake_guard, tmp_path, capsys):
    path = fake_guard.save(tmp_path / "guard.json")
    assert guard_main(["serve", "--guard", str(path)]) == 2
    assert "pass --model http://host:port/v1" in capsys.readouterr().err


def test_the_command_serves_a_saved_guard(fake_guard, fake_upstream, tmp_path):
    path = fake_guard.save(tmp_path / "guard.json")
    port = llama_server.free_port()
    env = {**os.environ, "GUARD_SERVE_API_KEY": "k3y"}
    proc = subprocess.Popen([sys.executable, "-m", "guard.serve", "--guard", str(path), "--model",
                             fake_upstream.endpoint.url, "--port", str(port), "--on-fail", "flag"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base + "/health", proc)
        c = openai.OpenAI(base_url=base + "/v1", api_key="k3y", max_retries=0, timeout=30)
        r = c.chat.completions.create(model="m", messages=[{"role": "user", "content": "Who is Zarnik Vell number 5?"}])
        assert r.choices[0].guard["decision"] == "flag"  # --on-fail flag: the raw answer, marked
        assert r.choices[0].message.content == fake_upstream.answer("Who is Zarnik Vell number 5?")
        assert httpx.get(base + "/v1/models").status_code == 401
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert b"guarding fake-model: threshold" in err and b"Traceback" not in err


def _wait_for(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"guard serve exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError("guard serve did not come up")
