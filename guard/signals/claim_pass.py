"""Claim-level signals from the generation already made: no extra pass.

A `ClaimSlice` is one claim of an answer seen as two answers of its own: `tokens`, the
`Generation` cut down to the claim's tokens, and `content`, cut further to its content tokens
(the tokens of its names, numbers, dates and places, minus words copied from the question, which
carry no doubt; the claim's tokens when it has none). Every single-pass signal of
`guard.signals.single_pass` then reads a claim as it reads an answer, and the hidden-state probe
reads the claim tokens' mean (`hidden_claim`). `claim_slices` maps the claims of
`probes.claims.split_claims` onto the tokens through the generation's `token_spans`. A slice may
also carry k sampled answers to the same question (drawn only for the opt-in
`claim_agreement`), read as evidence once per answer (`probes.claims.consistency`).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

import numpy as np

from guard.backends.base import Generation
from probes.claims import Claim, Evidence, consistency, specifics


@dataclass(frozen=True)
class ClaimSlice:
    """One claim of one answer: its tokens and its content tokens, each as a `Generation`."""

    claim: Claim
    tokens: Generation
    content: Generation
    index: int        # the claim's place in its answer
    n_claims: int
    samples: tuple[Evidence, ...] = ()  # sampled answers to the question, as evidence


def claim_slices(g: Generation, claims: Sequence[Claim], samples: Sequence[str] = ()) -> list[ClaimSlice]:
    """Each claim of `g.text` with the answer tokens that overlap its span (a claim no token
    covers, e.g. from an answer without token spans, gets none: its signals read as missing),
    and the sampled answers `samples` when there are any."""
    read = consistency.as_evidence(samples, g.question)
    copied = {w.lower() for w in g.question.replace("?", " ").split()}
    content_spans = [s.span for s in specifics(g.text) if g.text[s.span[0]:s.span[1]].lower() not in copied]
    out = []
    for i, claim in enumerate(claims):
        mine = [t for t, (a, b) in enumerate(g.token_spans) if a < claim.span[1] and b > claim.span[0]]
        content = [t for t in mine if any(a < g.token_spans[t][1] and b > g.token_spans[t][0]
                                          for a, b in content_spans)]
        out.append(ClaimSlice(claim, _cut(g, mine, claim.text), _cut(g, content or mine, claim.text),
                              i, len(claims), read))
    return out


def _cut(g: Generation, idx: list[int], text: str) -> Generation:
    """`g` restricted to the answer tokens `idx` (hidden states, log-probs and alternatives)."""
    take = np.asarray(idx, dtype=int)

    def part(a: np.ndarray | None, axis: int = 0) -> np.ndarray | None:
        return None if a is None else np.take(a, take, axis=axis)

    return replace(g, text=text, token_ids=tuple(g.token_ids[i] for i in idx),
                   token_spans=tuple(g.token_spans[i] for i in idx), logprobs=part(g.logprobs),
                   entropies=part(g.entropies), top_ids=part(g.top_ids),
                   top_logprobs=part(g.top_logprobs), answer_hidden=part(g.answer_hidden, axis=1))


def claim_hidden(s: ClaimSlice) -> np.ndarray | None:
    """(layers, d) mean over the claim's tokens; None without hidden states or tokens."""
    h = s.tokens.answer_hidden
    return None if h is None or not h.shape[1] else h.mean(axis=1)


def position(s: ClaimSlice) -> float:
    """Where the claim sits in its answer, 0 (first) to 1 (last): later claims drift more."""
    return s.index / max(s.n_claims - 1, 1)


def sample_agreement(s: ClaimSlice) -> float:
    """How far the sampled answers confirm the claim (`probes.claims.consistency`); ValueError
    when none were drawn, so the signal reads as missing."""
    if not s.samples:
        raise ValueError("claim_agreement needs sampled answers to the question")
    return consistency.sample_agreement(s.claim.text, s.samples, s.tokens.question)
