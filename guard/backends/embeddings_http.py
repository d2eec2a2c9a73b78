"""A question's hidden state over HTTP: the last-prompt-token embedding from an OpenAI-compatible
`/embeddings` endpoint serving the same weights as the completions endpoint.

Serving engines do not return hidden states with completions, but they can embed text with the
same model: llama.cpp's `llama-server --embeddings --pooling last`, llama-cpp-python's server
with `--embedding True` (per-token vectors, of which the last is taken here), vLLM's pooling
runner with last-token pooling. The text embedded is the system instruction and the question,
as "<system>\\n\\n<question>" (no chat template): the answerability probe is fitted on exactly
these vectors, so it only needs them to be the same at calibration and at serving time.
"""
from __future__ import annotations

import json
import threading

import numpy as np

from guard.backends.http_json import EndpointError, JsonClient


class PromptEmbeddings:
    """Last-token embeddings of prompts, one (1, d) array each (one "layer").

    The model asked for is `model` (the completions endpoint's) when the embeddings endpoint
    lists it, else the one it serves first (e.g. a separate pooling server under its own id);
    `identity` names it for the guard's model fingerprint, so a guard fitted on one embedding
    model refuses another one's vectors even when they have the same size."""

    def __init__(self, base_url: str, model: str, *, timeout: float, retries: int,
                 backoff: float, api_key: str | None) -> None:
        self.base_url = base_url.strip().rstrip("/")
        self._wanted = model
        self._client = JsonClient(self.base_url, timeout=timeout, retries=retries, backoff=backoff,
                                  api_key=api_key)
        self._served: dict | None = None

    def _entry(self) -> dict:
        """The served model's /models entry (asked once)."""
        if self._served is None:
            data = self._client.request("/models", None, threading.Event())
            models = data.get("data") if isinstance(data, dict) else None
            if not models or not all(isinstance(m, dict) and "id" in m for m in models):
                raise EndpointError(self.base_url + "/models", "no served model listed",
                                    json.dumps(data)[:300])
            self._served = next((m for m in models if m["id"] == self._wanted), models[0])
        return self._served

    @property
    def model(self) -> str:
        return str(self._entry()["id"])

    @property
    def identity(self) -> str:
        """The embedding model's id, plus its root where reported."""
        entry = self._entry()
        return self.model + (f"@{entry['root']}" if entry.get("root") else "")

    def __call__(self, question: str, system: str | None, failed: threading.Event) -> np.ndarray:
        text = f"{system}\n\n{question}" if system else question
        data = self._client.request("/embeddings", {"model": self.model, "input": text}, failed)
        try:
            vector = np.asarray(data["data"][0]["embedding"], dtype=np.float32)
            if vector.ndim == 2:  # per-token vectors (no pooling): the last token's
                vector = vector[-1]
            if vector.ndim != 1 or not vector.size or not np.isfinite(vector).all():
                raise ValueError(f"an embedding of shape {vector.shape}")
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise EndpointError(self.base_url + "/embeddings", f"unexpected embedding format ({exc!r})",
                                json.dumps(data)[:300]) from None
        return vector[None, :]
