"""Helpers of the serve tests: fitting a test guard, serving it with real uvicorn on 127.0.0.1,
the official `openai` client for it, and a scripted upstream for fault injection."""
from __future__ import annotations

import json
import os
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import openai
import pytest

import probes
from guard import Guard
from guard.serve.app import create_app
from guard.serve.background import BackgroundServer
from guard.serve.settings import ServeSettings

sys.path.insert(0, str(Path(__file__).parents[1] / "backends"))
import fake_servers  # noqa: E402
import llama_server  # noqa: E402, F401 (re-exported to the serve tests)

LOGPROB_SIGNALS = ("mean_logprob", "min_logprob", "first_logprob", "mean_entropy", "mean_margin", "length")
PLAIN = {"top_k": 0, "min_p": 0.0, "repeat_penalty": 1.0}  # llama.cpp: greedy like in process
SUITE = dict(size=120, seed=0)
MAX_NEW_TOKENS = 12  # the test guards are calibrated (and so answer) at 12 tokens: a short run


def client(server: BackgroundServer, **kwargs) -> openai.OpenAI:
    """The official client, without its own retries (a test must see the first answer)."""
    return openai.OpenAI(base_url=server.url, api_key=kwargs.pop("api_key", "unused"),
                         max_retries=0, timeout=kwargs.pop("timeout", 300), **kwargs)


def serve(guard: Guard, **settings) -> BackgroundServer:
    return BackgroundServer(create_app(guard, ServeSettings(**settings))).start()


def need(condition: bool, message: str) -> None:
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs everything: a skip there would hide a broken install
        pytest.skip(message)


def fit(model, signals: tuple[str, ...] | None = None) -> Guard:
    """`Guard.fit` on 120 generated questions (target 0.3 at confidence 0.8), answering in at
    most `MAX_NEW_TOKENS` tokens."""
    with one_torch_thread():
        return Guard.fit(model, probes.load_suite("default", **SUITE), 0.3, 0.8, signals=signals,
                         progress=False, generation={"max_new_tokens": MAX_NEW_TOKENS})


@contextmanager
def one_torch_thread() -> Iterator[None]:
    """One intra-op thread while fitting: on 2 cores shared with other jobs, torch's spinning
    threads made the fit 8-10x slower (804 s vs about 100 s); the served model keeps the default."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def chat_body(content: str, logprob: float) -> bytes:
    """A chat completion of three tokens, each with the given log-prob and a runner-up."""
    tokens = [{"token": f"t{i}", "logprob": logprob,
               "top_logprobs": [{"token": f"t{i}", "logprob": logprob},
                                {"token": "x", "logprob": logprob - 1.0}]} for i in range(3)]
    return json.dumps({"choices": [{"index": 0, "finish_reason": "stop",
                                    "message": {"role": "assistant", "content": content},
                                    "logprobs": {"content": tokens}}]}).encode()


class ScriptedUpstream:
    """Answers like `helpers.quiz_model`, sure only of its right short sums; with `fail_every`
    > 0 the first attempt at every fail_every-th new question gets an HTTP 500."""

    def __init__(self) -> None:
        self.fail_every, self.failed, self.lock = 0, 0, threading.Lock()
        self.seen: set[str] = set()
        self.endpoint = fake_servers.FakeEndpoint(respond=self.respond)

    @staticmethod
    def answer(question: str) -> str:
        from helpers import quiz_model

        return quiz_model(question)

    def respond(self, request: dict) -> tuple[int, bytes, float, dict]:
        question = request["messages"][-1]["content"]
        with self.lock:
            new = question not in self.seen
            self.seen.add(question)
            if new and self.fail_every and len(self.seen) % self.fail_every == 0:
                self.failed += 1
                return 500, b'{"error": "injected failure"}', 0.0, {}
        text = self.answer(question)
        sure = question.startswith("What is") and len(text) < 8
        return 200, chat_body(text, -0.05 if sure else -2.0), 0.0, {}
