"""Question embeddings from an HTTP `/embeddings` endpoint, for measuring the answerability
probe a served model gets (`OpenAIModel(embeddings_url=...)`) beside the in-process one.

The vectors come from the same `PromptEmbeddings` client the HTTP backend uses, on the same
"<system>\\n\\n<question>" text, and are cached per endpoint model next to the collected records
(runs/collect/<model>/neutral/embeddings-<served model>.npz), so a rerun asks only for new
questions. Start the endpoint on the same GGUF first, for example:

    python -m llama_cpp.server --model "$(python -c 'from guard.backends.zoo import resolve; \\
        print(resolve("qwen2.5-coder-0.5b")[0])')" --embedding True --port 8090
"""
from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from guard.backends.embeddings_http import PromptEmbeddings
from guard.prompts import DEFAULT_PROMPT, system_prompt
from guard.records import Record
from guard.signals.features import Observation
from probes.categories import unknown_family


@dataclass(frozen=True)
class Embedded:
    """Observations whose only hidden state is the endpoint's question embedding (one layer at
    the prompt position, none for the answer), as an HTTP backend with embeddings has."""

    vectors: dict[str, np.ndarray]  # key(question) -> (1, d)

    def __call__(self, r: Record) -> Observation:
        return Observation(r.signals, {"prompt": self.vectors[key(r.question)]}, r.answerable,
                           unknown_family(r.generator))


def key(question: str) -> str:
    return hashlib.sha256(question.encode()).hexdigest()[:20]


def embedded(url: str, records: list[Record], cache: Path, prompt: str = DEFAULT_PROMPT) -> Embedded:
    """Every record's question embedded by the endpoint at `url` (cached in `cache`)."""
    failed = threading.Event()
    client = PromptEmbeddings(url, "", timeout=120.0, retries=3, backoff=0.5, api_key=None)
    name = client.model  # the endpoint's first served model
    path = cache / f"embeddings-{name.replace('/', '_')}.npz"
    vectors = dict(np.load(path)) if path.is_file() else {}
    system = system_prompt(prompt)
    todo = [q for q in dict.fromkeys(r.question for r in records) if key(q) not in vectors]
    for i, q in enumerate(tqdm(todo, desc=f"embedding with {name}", disable=not todo)):
        vectors[key(q)] = client(q, system, failed)
        if (i + 1) % 50 == 0 or i + 1 == len(todo):
            np.savez(path, **vectors)
    return Embedded({k: np.asarray(v, dtype=np.float32) for k, v in vectors.items()})
