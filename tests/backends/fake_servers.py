"""Small HTTP servers on 127.0.0.1 for fault tests: a scripted endpoint (`FakeEndpoint`) and a
proxy that counts the questions its upstream answered and can outlive it (`CountingProxy`)."""
from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeEndpoint:
    """A threaded HTTP server on 127.0.0.1. POSTs get `steps[i]` = (status, body, delay,
    headers) for the i-th request (the last step repeats), or `respond(request_json)`; GET
    /models lists `models`."""

    def __init__(self, steps=(), respond=None,
                 models=({"id": "fake-model", "root": "fake-root"},)) -> None:
        self.steps, self.respond, self.models = list(steps), respond, list(models)
        self.hits, self.inflight, self.max_inflight = 0, 0, 0
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                self._send(200, json.dumps({"data": outer.models}).encode())

            def do_POST(self) -> None:
                request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with outer.lock:
                    i = outer.hits
                    outer.hits += 1
                    outer.inflight += 1
                    outer.max_inflight = max(outer.max_inflight, outer.inflight)
                status, body, delay, headers = (outer.respond(request) if outer.respond
                                                else outer.steps[min(i, len(outer.steps) - 1)])
                time.sleep(delay)
                with outer.lock:  # before answering: the client's next request may come at once
                    outer.inflight -= 1
                self._send(status, body, headers)

            def _send(self, status: int, body: bytes, headers: dict | None = None) -> None:
                self.send_response(status)
                for key, value in {"Content-Type": "application/json", **(headers or {})}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda *args: None  # a client that timed out closed its end
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class CountingProxy:
    """Forwards to a real server (`upstream`, swappable) and counts the questions it answered.
    When the upstream is gone it drops the connection, as a dead server does."""

    def __init__(self, upstream: str) -> None:
        self.upstream, self.answered, self.lock = upstream, Counter(), threading.Lock()
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                self._forward(None)

            def do_POST(self) -> None:
                self._forward(self.rfile.read(int(self.headers["Content-Length"])))

            def _forward(self, body: bytes | None) -> None:
                url = outer.upstream.removesuffix("/v1") + self.path
                req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
                try:
                    with opener.open(req, timeout=60) as resp:
                        status, data = resp.status, resp.read()
                except urllib.error.HTTPError as exc:
                    status, data = exc.code, exc.read()
                except OSError:
                    self.close_connection = True  # no response at all
                    return
                if body is not None and status == 200:
                    with outer.lock:
                        outer.answered[json.loads(body)["messages"][-1]["content"]] += 1
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda *args: None
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
