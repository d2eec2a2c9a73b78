"""One inference path, one prefill: with early abstention on, `guard serve` in process runs the
model's prompt pass once per question, whether the question is then answered or stopped."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

import probes
from guard import GenerateOptions, Guard
from guard.runner import run_suite
from guard.signals import candidate_layers
from servekit import client, serve

QUESTIONS = [f"Question {i} about {w}?" for i in range(40) for w in ("Hamlet", "Paris")]


@pytest.fixture(scope="module")
def early_guard(tiny) -> Guard:
    """A tiny-model guard whose before-answer probe stops about half the questions."""
    opts = GenerateOptions(max_new_tokens=3, hidden_layers=candidate_layers(tiny.num_layers))
    suite = probes.ProbeSuite("toy", tuple(probes.Probe(f"q{i}", q, ("zzz",), True, "c")
                                           for i, q in enumerate(QUESTIONS)))
    records = run_suite(tiny, suite, options=opts, progress=False)
    score = np.array([r.hidden()["prompt"][-1, 0] for r in records])
    graded = [r.__class__(**{**r.__dict__, "grade": probes.Grade.CORRECT if s > np.median(score)
                             else probes.Grade.INCORRECT}) for r, s in zip(records, score)]
    return Guard.fit_records(tiny, graded, 0.4, 0.6, signals=("mean_logprob", "hidden_prompt"),
                             options=opts, early_abstain=True)


class Passes:
    """Counts the model's forward passes: prompt passes (prefills, by rows) and decode steps."""

    def __init__(self, model) -> None:
        self.prefill_rows = self.decode_steps = 0
        self.handle = model.register_forward_pre_hook(self.count, with_kwargs=True)

    def count(self, module, args, kwargs) -> None:
        ids = kwargs["input_ids"]
        if ids.shape[1] > 1:
            self.prefill_rows += ids.shape[0]
        else:
            self.decode_steps += 1


def test_ask_many_prefills_each_question_once(early_guard, tiny):
    passes = Passes(tiny.model)
    try:
        answers = early_guard.ask_many(QUESTIONS[:16])
    finally:
        passes.handle.remove()
    stopped = sum(a.outcome == "before_answer" for a in answers)
    assert 0 < stopped < 16 and passes.prefill_rows == 16
    assert all(a.finish_reason == "gated" for a in answers if a.outcome == "before_answer")


def test_guard_serve_in_process_prefills_each_question_once(early_guard, tiny):
    server = serve(early_guard, max_wait_ms=50)
    passes = Passes(tiny.model)
    try:
        def ask(q: str):
            return client(server).chat.completions.create(
                model="m", messages=[{"role": "user", "content": q}], max_tokens=3)

        with ThreadPoolExecutor(4) as pool:
            replies = list(pool.map(ask, QUESTIONS[:12]))
    finally:
        passes.handle.remove()
        server.stop()
    reasons = [r.choices[0].guard["reason"] for r in replies]
    assert any(r.startswith("before answering") for r in reasons)
    assert not all(r.startswith("before answering") for r in reasons)
    assert passes.prefill_rows == 12  # one prompt pass per question, answered or stopped
