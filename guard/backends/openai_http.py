"""OpenAI-compatible HTTP backend: a model served by vLLM, TGI, SGLang or a llama.cpp server,
through `/chat/completions` (default) or `/completions`, as a `Model`.

Standard library only: one request per question, at most `concurrency` in flight on a thread
pool, results in order, with the retries and errors of `guard.backends.http_json` (a response
that is not a completion raises `EndpointError` too).

Per token: the chosen log-prob, the top-k alternatives (k capped at `max_top_logprobs`, 20 as
in OpenAI's API) and an entropy *estimate* from them: -sum p_i log p_i over the top-k, with the
leftover mass r counted as one outcome (-r log r). It is a lower bound on the true entropy,
tight when the top-k hold nearly all the mass. With `top_k=0` entropies are None, and entropy
signals are reported missing (a guard abstains on such answers).

Hidden states: with `embeddings_url` (an `/embeddings` endpoint serving the same weights), each
answer carries the question's last-token embedding as a one-layer `prompt_hidden`
(`guard.backends.embeddings_http`), so the answerability probe works over HTTP; hidden states
of the answer tokens and question-token log-probs have no such API (`capabilities` says so and
asking raises ValueError). Left out: streaming, prompt truncation (a 400 that says the prompt is too
long raises `EndpointPromptTooLong`, a `PromptTooLong`), and token ids
unless sent as "token_id:N" (vLLM's `return_tokens_as_token_ids`); otherwise `token_ids` is
empty and the token strings are in `meta["tokens"]`. A trailing end-of-turn token is not
counted (as in-process). `batch_size` is unused. Server-specific request fields (sampling
filters, penalties) go in `extra_body`; see `LLAMA_CPP_PLAIN_SAMPLING`.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any, Sequence

import numpy as np

from guard.backends.base import Capabilities, GenerateOptions, Gate, Generation, check_prompts
from guard.backends.embeddings_http import PromptEmbeddings
from guard.backends.http_json import (EndpointError, EndpointPromptTooLong, EndpointTimeout,
                                      JsonClient)

__all__ = ["EndpointError", "EndpointPromptTooLong", "EndpointTimeout", "LLAMA_CPP_PLAIN_SAMPLING",
           "OpenAIModel"]

_TOKEN_ID = re.compile(r"^token_id:(\d+)$")
# llama.cpp servers filter (top_k 40, min_p 0.05) and penalise repeats (llama-cpp-python: 1.1,
# even greedy) by default; pass this as `extra_body` there to decode like the in-process backend.
LLAMA_CPP_PLAIN_SAMPLING = {"top_k": 0, "min_p": 0.0, "repeat_penalty": 1.0}


class OpenAIModel:
    """A model behind an OpenAI-compatible endpoint, e.g. `http://127.0.0.1:8080/v1`."""

    def __init__(self, base_url: str, model_name: str | None = None, *, chat: bool = True,
                 concurrency: int = 8, timeout: float = 60.0, retries: int = 3,
                 backoff: float = 0.5, api_key: str | None = None,
                 max_top_logprobs: int = 20, extra_body: dict | None = None,
                 embeddings_url: str | None = None) -> None:
        if concurrency < 1 or retries < 0 or timeout <= 0 or backoff < 0:
            raise ValueError("need concurrency >= 1, retries >= 0, timeout > 0 and backoff >= 0")
        parts = urllib.parse.urlsplit(base_url.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not an http(s) endpoint URL: {base_url!r}")
        self.base_url = base_url.strip().rstrip("/") + ("" if parts.path.strip("/") else "/v1")
        self.chat, self.concurrency, self.timeout = chat, concurrency, timeout
        self.retries, self.backoff, self.api_key = retries, backoff, api_key
        self.max_top_logprobs, self.extra_body = max_top_logprobs, dict(extra_body or {})
        self._client = JsonClient(self.base_url, timeout=timeout, retries=retries,
                                  backoff=backoff, api_key=api_key)
        self._models: list[dict] | None = None
        self.name = model_name or self._served_models()[0]["id"]
        self._embed = None if embeddings_url is None else PromptEmbeddings(
            embeddings_url, self.name, timeout=timeout, retries=retries, backoff=backoff,
            api_key=api_key)
        self.num_layers = 1  # an embedding is the one "layer" a hidden-state probe reads

    def __repr__(self) -> str:
        return f"OpenAIModel({self.base_url!r}, {self.name!r}, chat={self.chat})"

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(logprobs=True, top_k=True, hidden_states=False, prompt_logprobs=False,
                            prompt_hidden=self._embed is not None)

    @property
    def fingerprint(self) -> str:
        """"openai:" + the served model id, plus its root / context length where reported, and
        the embedding model's identity when there is an embeddings endpoint."""
        entry = next((m for m in self._served_models() if m.get("id") == self.name), None)
        if entry is None:  # e.g. llama.cpp serves one model under any requested name
            parts = [f"openai:{self.name}", f"served={self._served_models()[0]['id']}"]
        else:
            parts = [f"openai:{self.name}",
                     *(f"{k}={entry[k]}" for k in ("root", "max_model_len") if entry.get(k))]
        if self._embed is not None:
            parts.append(f"embeddings={self._embed.identity}")
        return "|".join(parts)

    # -- generation ----------------------------------------------------------------------
    def generate(self, prompts: Sequence[str], options: GenerateOptions = GenerateOptions(),
                 gate: Gate | None = None) -> list[Generation]:
        """With a `gate` (and an embeddings endpoint), every question's embedding is fetched
        first and only the questions the gate keeps are sent for completion."""
        prompts = check_prompts(prompts)
        if options.hidden_layers and self._embed is None:
            raise ValueError(f"{self.name} is served over HTTP, which returns no hidden states "
                             f"(hidden_layers={options.hidden_layers}); give an embeddings endpoint "
                             "serving the same weights (embeddings_url) or use an in-process model")
        if options.prompt_logprobs:
            raise ValueError(f"{self.name} is served over HTTP, which returns no question-token "
                             "log-probabilities; use an in-process model or drop that signal")
        failed = threading.Event()  # the first failure stops the other requests' retries
        pool = ThreadPoolExecutor(min(self.concurrency, len(prompts)), "openai-http")
        try:
            hidden = [None] * len(prompts)
            if options.hidden_layers:
                hidden = [f.result() for f in [pool.submit(self._embed, q, options.system, failed)
                                               for q in prompts]]
            prompt_pass = [Generation(question=q, text="", prompt_hidden=h, finish_reason="gated")
                           for q, h in zip(prompts, hidden)]
            go = [True] * len(prompts) if gate is None else [bool(k) for k in gate(prompt_pass)]
            futures = [pool.submit(self._answer, q, options, failed, h) if keep else None
                       for q, h, keep in zip(prompts, hidden, go)]
            return [g for f, p in zip(futures, prompt_pass)
                    for g in (f.result() if f is not None else [p] * options.n)]
        except BaseException:
            failed.set()  # raise now; requests still in flight end on their own
            raise
        finally:
            pool.shutdown(wait=not failed.is_set(), cancel_futures=True)

    def _answer(self, question: str, options: GenerateOptions, failed: threading.Event,
                hidden: np.ndarray | None) -> list[Generation]:
        """All `options.n` samples of one question; topped up one by one if the server
        returns fewer choices than asked (llama-cpp-python ignores `n`)."""
        path = "/chat/completions" if self.chat else "/completions"
        gens: list[Generation] = []
        while len(gens) < options.n:
            want = options.n - len(gens)
            body = self._body(question, options, want, _seed(options.seed, len(gens), question))
            data = self._client.request(path, body, failed)
            url = self.base_url + path
            try:
                choices = sorted(data["choices"], key=lambda c: c.get("index", 0))[:want]
                if not choices:
                    raise ValueError("no choices")
                gens += [self._parse(question, c, len(gens) + i, options.top_k)
                         for i, c in enumerate(choices)]
            except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
                raise EndpointError(url, f"unexpected completion format ({exc!r})",
                                    json.dumps(data)) from None
        return [replace(g, prompt_hidden=hidden) for g in gens] if hidden is not None else gens

    def _body(self, question: str, options: GenerateOptions, n: int, seed: int) -> dict:
        k = min(options.top_k, self.max_top_logprobs)
        body: dict[str, Any] = {"model": self.name, "max_tokens": options.max_new_tokens,
                                "temperature": options.temperature, "top_p": 1.0, "seed": seed,
                                **self.extra_body}
        if n > 1:
            body["n"] = n
        if self.chat:
            body["messages"] = ([{"role": "system", "content": options.system}]
                                if options.system else []) + [{"role": "user", "content": question}]
            body["logprobs"] = True
            if k:
                body["top_logprobs"] = k
        else:
            head = f"{options.system}\n\n" if options.system else ""
            body["prompt"] = f"{head}Question: {question}\nAnswer:"
            body["logprobs"] = max(k, 1)
            body["stop"] = ["\nQuestion:"]
        return body

    def _parse(self, question: str, choice: dict, index: int, top_k: int) -> Generation:
        k = min(top_k, self.max_top_logprobs)
        lp = choice["logprobs"]
        if lp is None:
            raise ValueError("the server returned no logprobs")
        if self.chat:
            text = choice["message"].get("content") or ""
            content = lp["content"] or []
            tokens = [c["token"] for c in content]
            chosen = [float(c["logprob"]) for c in content]
            alts = [[(a["token"], float(a["logprob"])) for a in c.get("top_logprobs") or []]
                    for c in content]
        else:
            text, tokens = choice["text"], list(lp["tokens"])
            chosen = [float(x) for x in lp["token_logprobs"]]
            alts = [[(t, float(v)) for t, v in (d or {}).items()] for d in lp.get("top_logprobs") or []]
        if len(chosen) != len(tokens) or (alts and len(alts) != len(tokens)):
            raise ValueError("token, log-prob and top-log-prob lists differ in length")
        if tokens and choice.get("finish_reason") == "stop" and _is_end_token(tokens[-1], text):
            tokens, chosen, alts = tokens[:-1], chosen[:-1], alts[:-1]
        top_ids, top_lp, ent = _top_arrays(alts, k, len(tokens))
        ids = [_TOKEN_ID.match(t) for t in tokens]
        return Generation(
            question=question, text=text.strip(),
            token_ids=tuple(int(m.group(1)) for m in ids) if all(ids) else (),
            logprobs=np.minimum(np.array(chosen, np.float32), 0.0),  # rounding can give +1e-7
            entropies=ent, top_ids=top_ids, top_logprobs=top_lp,
            finish_reason="length" if choice.get("finish_reason") == "length" else "stop",
            sample_index=index, meta={"tokens": tuple(tokens)},
        )

    # -- HTTP ----------------------------------------------------------------------------
    def _served_models(self) -> list[dict]:
        if self._models is None:
            data = self._client.request("/models", None, threading.Event())
            models = data.get("data") if isinstance(data, dict) else None
            if not models or not all(isinstance(m, dict) and "id" in m for m in models):
                raise EndpointError(self.base_url + "/models", "no served model listed",
                                    json.dumps(data))
            self._models = models
        return self._models


def _top_arrays(alts: list[list[tuple[str, float]]], k: int,
                length: int) -> tuple[np.ndarray | None, np.ndarray | None, np.ndarray | None]:
    """(top_ids, top_logprobs, entropy estimate); rows cut to the shortest row the server sent
    (a server merging duplicate token strings can send fewer than k)."""
    if not k:
        return None, None, None
    rows = [sorted(r, key=lambda a: -a[1]) for r in alts] or [[] for _ in range(length)]
    width = min([k, *map(len, rows)])
    if length and not width:
        return None, None, None
    lp = np.array([[v for _, v in r[:width]] for r in rows], np.float32).reshape(length, width)
    lp = np.minimum(lp, 0.0)
    ids = [[_TOKEN_ID.match(t) for t, _ in r[:width]] for r in rows]
    top_ids = (np.array([[int(m.group(1)) for m in r] for r in ids], np.int64).reshape(length, width)
               if all(all(r) for r in ids) else None)
    p = np.exp(lp.astype(np.float64))
    rest = np.clip(1.0 - p.sum(-1), 0.0, 1.0)
    ent = -(p * lp).sum(-1) - np.where(rest > 0, rest * np.log(np.maximum(rest, 1e-300)), 0.0)
    return top_ids, lp, ent.astype(np.float32)


def _is_end_token(token: str, text: str) -> bool:
    """An end-of-turn token some servers (llama.cpp's llama-server) list last: empty or a
    special "<...>" string absent from the text. Dropped, as the in-process backend does."""
    return token == "" or (token.startswith("<") and token.endswith(">") and token not in text)


def _seed(seed: int, sample: int, question: str) -> int:
    """A per-(seed, sample, question) request seed, so results do not depend on batching."""
    return int(hashlib.sha256(f"{seed}|{sample}|{question}".encode()).hexdigest()[:7], 16)
