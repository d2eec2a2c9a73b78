"""1000 requests from 16 concurrent official clients, in front of an upstream that fails 5% of
its requests with HTTP 500: every client request succeeds (the backend's retries absorb the
failures) and every client gets the answer to its own question."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

from servekit import client, serve


def test_1000_requests_at_concurrency_16_with_5_percent_upstream_failures(fake_upstream, fake_guard):
    from helpers import quiz_suite

    questions = [p.question for p in quiz_suite(1000)]
    for q in questions:  # none seen during fitting (quiz_suite(120) is a prefix): all new
        fake_upstream.seen.discard(q)
    server = serve(fake_guard, upstream_workers=32, client_policy="allow")
    fake_upstream.fail_every, fake_upstream.failed = 20, 0
    c = client(server, timeout=60)

    def ask(question: str) -> tuple[str, str, str]:
        r = c.chat.completions.create(model="m", messages=[{"role": "user", "content": question}],
                                      extra_body={"guard_on_fail": "flag"})
        return question, r.choices[0].message.content, r.choices[0].guard["decision"]

    try:
        with ThreadPoolExecutor(16) as pool:
            results = list(pool.map(ask, questions))
        metrics = httpx.get(server.base + "/metrics").text
    finally:
        fake_upstream.fail_every = 0
        server.stop()
    assert fake_upstream.failed == 50  # 5% of the upstream's new questions got an HTTP 500
    mixed = [(q, text) for q, text, _ in results if text != fake_upstream.answer(q)]
    assert len(results) == 1000 and mixed == []
    assert 'guard_requests_total{endpoint="/v1/chat/completions",status="200"} 1000.0' in metrics
    assert "guard_upstream_errors_total 0.0" in metrics
    decisions = {d for _, _, d in results}
    assert decisions >= {"answer", "flag"}  # the guard judged them, it did not just pass them on
