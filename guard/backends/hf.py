"""In-process transformers backend: greedy or sampled generation that captures, per token,
the chosen log-probability, the full-distribution entropy, the top-k alternatives and,
on request, hidden states of chosen layers and the question's own token log-probabilities.

A hand-written KV-cached decoding loop gives all of that from the forward passes the answer
needs anyway. Batches are left-padded; a row leaves the batch (and its cache) as soon as its
answer ends, and a `gate` may stop rows right after the prompt pass, so nothing is computed
for them twice or in vain. Sampling uses a per-(question, sample) random stream, so results do
not depend on how questions were batched.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Sequence

import numpy as np
import torch

from guard.backends.base import (Capabilities, GenerateOptions, Gate, Generation, PromptTooLong,
                                 check_prompts)
from guard.backends.hf_batch import Encoded, PromptPass, Rows, word_ids


class HFModel:
    """A transformers causal LM with its tokenizer, behind the `Model` protocol."""

    def __init__(self, model, tokenizer, *, name: str, fingerprint: str) -> None:
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.name = name
        self._fingerprint = fingerprint
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        eos = model.generation_config.eos_token_id
        eos = eos if isinstance(eos, list) else [eos]
        self.eos_ids = sorted({e for e in [*eos, tokenizer.eos_token_id] if e is not None})
        self.num_layers: int = model.config.num_hidden_layers
        self.context_window: int | None = getattr(model.config, "max_position_embeddings", None)

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(logprobs=True, top_k=True, hidden_states=True, prompt_logprobs=True,
                            prompt_hidden=True)

    @property
    def fingerprint(self) -> str:
        return self._fingerprint

    def __repr__(self) -> str:
        return f"HFModel({self.name!r}, layers={self.num_layers})"

    # -- prompt formatting -------------------------------------------------------------
    def format_prompt(self, question: str, system: str | None = None) -> str:
        """The exact text the model sees: its chat template, or a plain Q/A prompt."""
        if self.tokenizer.chat_template:
            messages = ([{"role": "system", "content": system}] if system else []) + [
                {"role": "user", "content": question}
            ]
            return self.tokenizer.apply_chat_template(
                messages, tokenize=False, add_generation_prompt=True
            )
        head = f"{system}\n\n" if system else ""
        return f"{head}Question: {question}\nAnswer:"

    def _encode(self, question: str, options: GenerateOptions) -> Encoded:
        """Token ids of the formatted prompt, the question's token span and words, truncation."""
        text = self.format_prompt(question, options.system)
        enc = self.tokenizer(
            text, add_special_tokens=not self.tokenizer.chat_template, return_offsets_mapping=True
        )
        ids = list(enc["input_ids"])
        start = text.rfind(question)
        end = start + len(question)
        span = [i for i, (a, b) in enumerate(enc["offset_mapping"]) if a < end and b > start]
        budget = (self.context_window or 10**9) - options.max_new_tokens
        if len(ids) <= budget:
            span_range = range(span[0], span[-1] + 1) if span else range(0)
            return Encoded(ids, span_range, word_ids(text, enc["offset_mapping"], span_range, start))
        if not options.truncate_prompt or len(ids) - len(span) >= budget:
            raise PromptTooLong(
                f"prompt of {len(ids)} tokens plus max_new_tokens={options.max_new_tokens} "
                f"exceeds {self.name}'s context window of {self.context_window} tokens; "
                "shorten the question or pass truncate_prompt=True"
            )
        keep = budget - (len(ids) - len(span))
        q_ids = self.tokenizer(question, add_special_tokens=False)["input_ids"][:keep]
        return replace(self._encode(self.tokenizer.decode(q_ids), options), truncated=True)

    def _layers(self, layers: tuple[int, ...]) -> tuple[int, ...]:
        n = self.num_layers + 1  # hidden_states[0] is the embedding output
        for layer in layers:
            if not -n <= layer < n:
                raise ValueError(f"hidden layer {layer} out of range for {n - 1} layers")
        return tuple(layer % n for layer in layers)

    # -- generation ----------------------------------------------------------------------
    def generate(self, prompts: Sequence[str], options: GenerateOptions = GenerateOptions(),
                 gate: Gate | None = None) -> list[Generation]:
        """Answers to `prompts`; with `gate`, each batch's prompt pass is shown to it first and
        the rows it rejects stop there (finish_reason "gated", no answer tokens)."""
        prompts = check_prompts(prompts)
        layers = self._layers(options.hidden_layers)
        encoded = [self._encode(q, options) for q in prompts]
        jobs = [(i, s) for i in range(len(prompts)) for s in range(options.n)]
        jobs.sort(key=lambda job: -len(encoded[job[0]].ids))  # similar lengths pad less
        results: dict[tuple[int, int], Generation] = {}
        for b in range(0, len(jobs), options.batch_size):
            batch = jobs[b : b + options.batch_size]
            outs = self._run_batch([encoded[i] for i, _ in batch],
                                   [self._stream(prompts[i], s, options) for i, s in batch],
                                   options, layers, [prompts[i] for i, _ in batch], gate)
            for (i, s), out in zip(batch, outs):
                results[(i, s)] = Generation(
                    question=prompts[i], sample_index=s, prompt_truncated=encoded[i].truncated,
                    **out,
                )
        return [results[job] for job in sorted(results)]

    def _stream(self, question: str, sample: int, options: GenerateOptions) -> torch.Generator | None:
        if options.greedy:
            return None
        key = hashlib.sha256(f"{options.seed}|{sample}|{question}".encode()).hexdigest()
        return torch.Generator().manual_seed(int(key[:15], 16))

    @torch.inference_mode()
    def _run_batch(self, encoded: list[Encoded], streams: list, options: GenerateOptions,
                   layers: tuple[int, ...], questions: list[str], gate: Gate | None) -> list[dict]:
        """One prefill, then decoding from its cache; a row leaves the batch as soon as it ends
        (or the gate stops it), so short answers never wait on long ones' compute."""
        ids, spans = [e.ids for e in encoded], [e.span for e in encoded]
        width = max(map(len, ids))
        pad = self.tokenizer.pad_token_id
        input_ids = torch.tensor([[pad] * (width - len(x)) + x for x in ids])
        mask = torch.tensor([[0] * (width - len(x)) + [1] * len(x) for x in ids])
        positions = (mask.cumsum(-1) - 1).clamp(min=0)
        want_hidden = bool(layers)
        offsets = [width - len(x) for x in ids]
        # the LM head runs only where needed: the last position, plus the question tokens
        first = min((o + s.start for o, s in zip(offsets, spans) if len(s)), default=width)
        keep = width - max(first - 1, 0) if options.prompt_logprobs else 1
        out = self.model(input_ids=input_ids, attention_mask=mask, position_ids=positions,
                         use_cache=True, output_hidden_states=want_hidden, logits_to_keep=keep)
        prompt = PromptPass.read(out, input_ids, offsets, encoded, layers, options.prompt_logprobs)
        rows = Rows(len(ids))
        if gate is not None:
            rows.gated = ~np.asarray(gate(prompt.generations(questions)), dtype=bool)
        eos = torch.tensor(self.eos_ids)
        k = options.top_k
        active = torch.tensor([b for b in range(len(ids)) if not rows.gated[b]], dtype=torch.long)
        last = active  # the rows of `out` that are still decoding
        if len(active) < len(ids):
            mask, positions, streams = self._select(out.cache, mask, positions, streams, active)
        for step in range(options.max_new_tokens if len(active) else 0):
            logits = out.logits[last, -1, :].float()
            logp = torch.log_softmax(logits, dim=-1)
            tok = self._choose(logits, streams, options)
            top = logp.topk(k, dim=-1) if k else None
            hid = (torch.stack([out.hidden_states[l][last, -1, :] for l in layers], 1)
                   if want_hidden else None)
            rows.record(active, tok, logp.gather(1, tok[:, None])[:, 0], -(logp.exp() * logp).sum(-1),
                        top, hid)
            going = ~torch.isin(tok, eos)
            if not going.any() or step == options.max_new_tokens - 1:
                break
            mask = torch.cat([mask, torch.ones(len(active), 1, dtype=mask.dtype)], dim=1)
            positions = positions[:, -1:] + 1
            tok = tok[going]
            if not going.all():
                kept = going.nonzero()[:, 0]
                mask, positions, streams = self._select(out.cache, mask, positions, streams, kept)
                active = active[kept]
            out = self.model(input_ids=tok[:, None], attention_mask=mask, position_ids=positions,
                             cache=out.cache, use_cache=True, output_hidden_states=want_hidden)
            last = slice(None)
        decode = lambda row: self.tokenizer.decode(row, skip_special_tokens=True)  # noqa: E731
        return [rows.fields(b, set(self.eos_ids), k, decode, prompt, want_hidden) for b in range(len(ids))]

    @staticmethod
    def _select(cache, mask: torch.Tensor, positions: torch.Tensor, streams: list,
                kept: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, list]:
        """Keep only the rows `kept` (indices into the current batch) in the cache and inputs."""
        cache.batch_select_indices(kept)
        return mask[kept], positions[kept], [streams[i] for i in kept.tolist()]

    def _choose(self, logits: torch.Tensor, streams: list, options: GenerateOptions) -> torch.Tensor:
        if options.greedy:
            return logits.argmax(-1)
        noise = torch.stack([torch.rand(logits.shape[-1], generator=g) for g in streams])
        gumbel = -torch.log(-torch.log(noise.clamp(1e-12, 1 - 1e-7)))
        return (logits / options.temperature + gumbel).argmax(-1)
