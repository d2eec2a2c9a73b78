"""What one batch of the in-process backend records: the prompt pass of each row (the question
tokens' log-probabilities, hidden states at the last prompt token, over the question's tokens
and at its least familiar word) and the per-token results of decoding, then each row's fields
of its `Generation`.

The least familiar word is the question word whose tokens the model found most surprising in
all (the sum of their surprisals, -log P(token | prefix)): where an invented name or an odd
word sits, however it is spelt. Its hidden state is read at the word's last token, where the
model has read the whole word.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from guard.backends.base import Generation


@dataclass(frozen=True)
class Encoded:
    """A formatted prompt: token ids, the question's token span, the word index of each question
    token (-1 for punctuation), and whether the question was shortened to fit."""

    ids: list[int]
    span: range
    words: tuple[int, ...]
    truncated: bool = False


def word_ids(text: str, offsets: list[tuple[int, int]], span: range, start: int) -> tuple[int, ...]:
    """Word index of each token of `span` in `text` (tokens without a letter or digit: -1)."""
    out, word = [], -1
    for i in span:
        a, b = offsets[i]
        piece = text[a:b]
        if not any(c.isalnum() for c in piece):
            out.append(-1)
            continue
        starts = a <= start or piece[:1].isspace() or not text[a - 1].isalnum() or not out or out[-1] < 0
        word += bool(starts) or word < 0
        out.append(word)
    return tuple(out)


@dataclass(frozen=True)
class PromptPass:
    """What the prefill gives for each row, before any answer token."""

    logprobs: list[np.ndarray] | None   # the question tokens' own log-probs (tokens after the first prompt token)
    words: list[tuple[int, ...]]        # the word index of each of those tokens
    question: list[np.ndarray] | None   # (layers, d) mean over the question's tokens
    last: np.ndarray | None             # (rows, layers, d) at the last prompt token
    rare: list[np.ndarray | None]       # (layers, d) at the last token of the least familiar word

    @classmethod
    def read(cls, out, input_ids: torch.Tensor, offsets: list[int], encoded: list[Encoded],
             layers: tuple[int, ...], prompt_logprobs: bool) -> "PromptPass":
        spans = [e.span for e in encoded]
        kept = [[i for i in s if i > 0] for s in spans]  # the first prompt token has no log-prob
        words = [tuple(e.words[i - e.span.start] for i in k) for e, k in zip(encoded, kept)]
        lps = _logprobs(out.logits, input_ids, offsets, kept) if prompt_logprobs else None
        hidden = out.hidden_states if layers else None
        rare = [None] * len(encoded)
        if hidden is not None and lps is not None:
            rare = [_at(hidden, layers, b, offsets[b] + pos) if (pos := _rarest(lp, w, k)) is not None
                    else None for b, (lp, w, k) in enumerate(zip(lps, words, kept))]
        return cls(lps, words,
                   _question_hidden(hidden, layers, offsets, spans) if hidden is not None else None,
                   torch.stack([hidden[l][:, -1, :] for l in layers], 1).float().numpy()
                   if hidden is not None else None, rare)

    def fields(self, b: int) -> dict:
        """Row b's prompt-pass fields of its `Generation`."""
        return dict(prompt_hidden=None if self.last is None else self.last[b],
                    question_hidden=None if self.question is None else self.question[b],
                    rare_hidden=self.rare[b],
                    prompt_logprobs=None if self.logprobs is None else self.logprobs[b],
                    question_words=self.words[b])

    def generations(self, questions: list[str]) -> list[Generation]:
        """The prompt pass of each row as an answerless `Generation`, for a gate to judge."""
        return [Generation(question=q, text="", finish_reason="gated", **self.fields(b))
                for b, q in enumerate(questions)]


def _logprobs(logits: torch.Tensor, input_ids: torch.Tensor, offsets: list[int],
              kept: list[list[int]]) -> list[np.ndarray]:
    """log P(token | prefix) of each kept question token."""
    start = input_ids.shape[1] - logits.shape[1]  # logits cover positions start..width-1
    out = []
    for b, idx in enumerate(kept):
        pos = [offsets[b] + i for i in idx]  # left padding shifts positions
        if not pos:
            out.append(np.zeros(0, np.float32))
            continue
        rows = torch.log_softmax(logits[b, [p - 1 - start for p in pos]].float(), dim=-1)
        out.append(rows.gather(1, input_ids[b, pos][:, None])[:, 0].numpy())
    return out


def _rarest(lp: np.ndarray, words: tuple[int, ...], kept: list[int]) -> int | None:
    """Prompt position of the last token of the word with the largest total surprisal."""
    total: dict[int, float] = {}
    for w, x in zip(words, lp):
        if w >= 0:
            total[w] = total.get(w, 0.0) - float(x)
    if not total:
        return None
    word = max(total, key=lambda w: (total[w], w))
    return max(k for k, w in zip(kept, words) if w == word)


def _at(hidden, layers: tuple[int, ...], b: int, position: int) -> np.ndarray:
    return torch.stack([hidden[l][b, position] for l in layers]).float().numpy()


def _question_hidden(hidden, layers: tuple[int, ...], offsets: list[int],
                     spans: list[range]) -> list[np.ndarray]:
    """(layers, d) mean over each question's own tokens (its last token when it has none)."""
    out = []
    for b, span in enumerate(spans):
        pos = [offsets[b] + i for i in span] or [-1]
        out.append(torch.stack([hidden[l][b, pos].float().mean(0) for l in layers]).numpy())
    return out


class Rows:
    """Per-row decoding results, appended step by step for the rows still in the batch."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.gated = np.zeros(n, dtype=bool)
        self.tok: list[list[int]] = [[] for _ in range(n)]
        self.lp: list[list[float]] = [[] for _ in range(n)]
        self.ent: list[list[float]] = [[] for _ in range(n)]
        self.tid: list[list] = [[] for _ in range(n)]
        self.tlp: list[list] = [[] for _ in range(n)]
        self.hid: list[list[np.ndarray]] = [[] for _ in range(n)]

    def record(self, active: torch.Tensor, tok: torch.Tensor, lp: torch.Tensor, ent: torch.Tensor,
               top, hid: torch.Tensor | None) -> None:
        tok, lp, ent = tok.tolist(), lp.tolist(), ent.tolist()
        tid = top.indices.numpy() if top is not None else None
        tlp = top.values.numpy() if top is not None else None
        hid = hid.float().numpy() if hid is not None else None
        for j, b in enumerate(active.tolist()):
            self.tok[b].append(tok[j])
            self.lp[b].append(lp[j])
            self.ent[b].append(ent[j])
            if tid is not None:
                self.tid[b].append(tid[j])
                self.tlp[b].append(tlp[j])
            if hid is not None:
                self.hid[b].append(hid[j])

    def fields(self, b: int, eos: set[int], k: int, decode, prompt: PromptPass,
               want_hidden: bool) -> dict:
        """Row b's `Generation` fields: the answer up to its end token, and its prompt pass."""
        row = [int(t) for t in self.tok[b]]
        end = next((t for t, x in enumerate(row) if x in eos), None)
        n = len(row) if end is None else end
        hid = np.stack(self.hid[b], 1) if self.hid[b] else None  # (layers, T, d)
        first = prompt.fields(b)
        empty = (np.zeros((*first["prompt_hidden"].shape[:1], 0, first["prompt_hidden"].shape[-1]),
                          np.float32) if want_hidden else None)
        text, spans = decoded(row[:n], decode)
        return dict(
            text=text, token_ids=tuple(row[:n]), token_spans=spans,
            logprobs=np.array(self.lp[b][:n], dtype=np.float32),
            entropies=np.array(self.ent[b][:n], dtype=np.float32),
            top_ids=np.array(self.tid[b][:n], dtype=np.int64).reshape(n, k) if k else None,
            top_logprobs=np.array(self.tlp[b][:n], dtype=np.float32).reshape(n, k) if k else None,
            answer_hidden=hid[:, :n] if hid is not None else empty,
            finish_reason="gated" if self.gated[b] else "length" if end is None else "stop",
            **first)


def decoded(ids: list[int], decode) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The answer text (stripped) and each token's character span in it, from the decoded
    prefixes (a token that completes a multi-byte character owns it; one of only whitespace at
    either end has an empty span)."""
    full = decode(ids)
    lead = len(full) - len(full.lstrip())
    text = full.strip()
    spans, before = [], 0
    for i in range(len(ids)):
        upto = len(decode(ids[: i + 1])) if i + 1 < len(ids) else len(full)
        a, b = (min(max(x - lead, 0), len(text)) for x in (before, upto))
        spans.append((a, max(a, b)))
        before = max(before, upto)
    return text, tuple(spans)
