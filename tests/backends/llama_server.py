"""A real OpenAI-compatible llama.cpp server on a free port of 127.0.0.1 (`LlamaServer`), for the
HTTP backend's tests and `benchmarks/serving.py`, and `Watched`, which names the server's death
when a call fails because of it (scripted endpoints: `fake_servers`).

Two servers: llama-cpp-python's (`python -m llama_cpp.server`, the one `.ci/run` installs;
it answers one request at a time) and, when a `llama-server` binary of llama.cpp is given or
found (`LLAMA_SERVER` env var or PATH), the native one with parallel slots and continuous
batching. Leaves out downloading or building anything: it only runs what is installed.

`python tests/backends/llama_server.py --smoke` completes one prompt with the installed
llama-cpp-python in a child process and fails in one line if the build crashes (the Makefile
runs it once after building).
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ALIAS = "smollm2-135m"


def python_server_available() -> bool:
    """True when llama-cpp-python and its [server] extra are importable."""
    return all(importlib.util.find_spec(m) for m in ("llama_cpp", "uvicorn", "fastapi",
                                                     "sse_starlette", "pydantic_settings"))


def native_server_binary() -> str | None:
    """Path of llama.cpp's `llama-server`: $LLAMA_SERVER, else on PATH, else None."""
    path = os.environ.get("LLAMA_SERVER") or shutil.which("llama-server")
    return path if path and os.access(path, os.X_OK) else None


def smollm_gguf() -> Path:
    from guard.backends import zoo

    return Path(zoo.resolve(ALIAS)[0])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LlamaServer:
    """One server process. `native=False`: llama-cpp-python; `native=True`: llama-server with
    `parallel` slots sharing one continuous batch. Use as a context manager, or start/stop."""

    def __init__(self, model: Path | str | None = None, *, port: int | None = None,
                 n_ctx: int = 2048, threads: int | None = None, native: bool = False,
                 parallel: int = 1, binary: str | None = None, alias: str = ALIAS,
                 extra: tuple[str, ...] = ()) -> None:
        self.model = Path(model) if model else smollm_gguf()
        self.alias = alias
        self.port = port or free_port()
        self.n_ctx, self.native, self.parallel, self.extra = n_ctx, native, parallel, extra
        self.threads = threads or self.default_threads()
        self.binary = (binary or native_server_binary()) if native else None
        if native and not self.binary:
            raise RuntimeError("no llama-server binary: set LLAMA_SERVER or put it on PATH")
        self.proc: subprocess.Popen | None = None
        self.log = Path(tempfile.mkstemp(prefix="llama-server-", suffix=".log")[1])

    @staticmethod
    def default_threads() -> int:
        """Cores - 1: ggml threads spin-wait, so leave a core to the HTTP and client threads
        (on 2 busy cores, 2 threads ran 10x slower than 1)."""
        return max(1, (os.cpu_count() or 2) - 1)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def command(self) -> list[str]:
        if self.native:  # every slot gets n_ctx tokens: -c is the total
            return [str(self.binary), "-m", str(self.model), "--host", "127.0.0.1",
                    "--port", str(self.port), "-c", str(self.n_ctx * self.parallel),
                    "-np", str(self.parallel), "-t", str(self.threads), "--alias", self.alias,
                    "--no-webui", *self.extra]
        return [sys.executable, "-m", "llama_cpp.server", "--model", str(self.model),
                "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", str(self.n_ctx),
                "--n_threads", str(self.threads), "--model_alias", self.alias,
                "--interrupt_requests", "False", "--verbose", "False", *self.extra]

    def start(self, wait: float = 120.0) -> "LlamaServer":
        """Start the process and return once it has listed its model and completed a prompt."""
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            self.raise_if_dead()
            if self.ready():
                self._first_completion(deadline - time.monotonic())
                return self
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"server not ready within {wait:g} s:\n{self.log_tail()}")

    def _first_completion(self, timeout: float) -> None:
        """One short completion (an embedding for an embedding server), so a build that crashes
        on its first prompt fails here."""
        embedding = "--embedding" in self.extra
        path, body = (("/embeddings", {"input": "The capital of France"}) if embedding else
                      ("/completions", {"prompt": "The capital of France is", "max_tokens": 2}))
        req = urllib.request.Request(self.url + path, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(
                    req, timeout=max(timeout, 1.0)) as resp:
                resp.read()
        except OSError as exc:
            self.raise_if_dead()
            self.stop()
            raise RuntimeError(f"server did not answer a first request ({exc}):\n{self.log_tail()}")

    def exit_status(self) -> str | None:
        """None while the process runs; else one line: its exit code (and signal) and log tail."""
        code = None if self.proc is None else self.proc.poll()
        if code is None:
            return None
        how = f"exit code {code}" + (f" ({signal.Signals(-code).name})" if code < 0 else "")
        tail = " | ".join(self.log_tail(600).strip().splitlines()[-3:])
        return f"llama.cpp server (pid {self.proc.pid}) died with {how}; log: {tail}"

    def raise_if_dead(self) -> None:
        if (status := self.exit_status()) is not None:
            raise RuntimeError(status)

    def ready(self) -> bool:
        try:
            with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(
                    self.url + "/models", timeout=2) as resp:
                return bool(json.loads(resp.read()).get("data"))
        except (OSError, ValueError):
            return False

    def stop(self, crash: bool = False) -> None:
        """Terminate the process (kill after 10 s), or with `crash` kill it at once."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill() if crash else self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def log_tail(self, chars: int = 3000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""

    def __enter__(self) -> "LlamaServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class Watched:
    """A model served by `server`: when a call fails because the server died, the error says
    so in one line (exit code, signal, log tail) instead of reporting a refused connection."""

    def __init__(self, model, server: LlamaServer) -> None:
        self.model, self.server = model, server

    def __getattr__(self, name: str):
        return getattr(self.model, name)

    def generate(self, prompts, *args, **kwargs):
        self.server.raise_if_dead()
        try:
            return self.model.generate(prompts, *args, **kwargs)
        except Exception:
            if (status := self.server.exit_status()) is not None:
                raise RuntimeError(status) from None
            raise


def smoke(timeout: float = 300.0) -> int:
    """Complete one prompt with llama-cpp-python in a child process; 0 when it works."""
    code = ("import sys; from llama_cpp import Llama; "
            "llm = Llama(sys.argv[1], n_ctx=256, verbose=False); "
            "print(repr(llm('The capital of France is', max_tokens=4)['choices'][0]['text']))")
    done = subprocess.run([sys.executable, "-c", code, str(smollm_gguf())], capture_output=True,
                          text=True, timeout=timeout)
    if done.returncode == 0:
        print(f"llama-cpp-python completed a prompt: {done.stdout.strip()}")
        return 0
    how = (f"signal {signal.Signals(-done.returncode).name}" if done.returncode < 0
           else f"exit code {done.returncode}")
    tail = " | ".join(done.stderr.strip().splitlines()[-3:])
    print(f"llama-cpp-python crashed on its first completion ({how}): {tail}\n"
          "The build does not run on this CPU: delete the stamp and wheel the Makefile names and "
          "rebuild with fewer GGML_* instruction sets in CMAKE_ARGS.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    if sys.argv[1:] != ["--smoke"]:
        sys.exit("usage: python tests/backends/llama_server.py --smoke")
    sys.exit(smoke())
