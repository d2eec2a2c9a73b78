"""In-process transformers backend: greedy or sampled generation that captures, per token,
the chosen log-probability, the full-distribution entropy, the top-k alternatives and,
on request, hidden states of chosen layers and the question's own token log-probabilities.

A hand-written KV-cached decoding loop gives all of that from the forward passes the answer
needs anyway. Batches are left-padded; sampling uses a per-(question, sample) random stream,
so results do not depend on how questions were batched.
"""
from __future__ import annotations

import hashlib
from typing import Sequence

import numpy as np
import torch

from guard.backends.base import (Capabilities, GenerateOptions, Generation, PromptTooLong,
                                 check_prompts)


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

    def _encode(self, question: str, options: GenerateOptions) -> tuple[list[int], range, bool]:
        """Token ids of the formatted prompt, the question's token span, and truncation."""
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
            return ids, range(span[0], span[-1] + 1) if span else range(0), False
        if not options.truncate_prompt or len(ids) - len(span) >= budget:
            raise PromptTooLong(
                f"prompt of {len(ids)} tokens plus max_new_tokens={options.max_new_tokens} "
                f"exceeds {self.name}'s context window of {self.context_window} tokens; "
                "shorten the question or pass truncate_prompt=True"
            )
        keep = budget - (len(ids) - len(span))
        q_ids = self.tokenizer(question, add_special_tokens=False)["input_ids"][:keep]
        shorter = self.tokenizer.decode(q_ids)
        ids, span, _ = self._encode(shorter, options)
        return ids, span, True

    def _layers(self, layers: tuple[int, ...]) -> tuple[int, ...]:
        n = self.num_layers + 1  # hidden_states[0] is the embedding output
        for layer in layers:
            if not -n <= layer < n:
                raise ValueError(f"hidden layer {layer} out of range for {n - 1} layers")
        return tuple(layer % n for layer in layers)

    # -- generation ----------------------------------------------------------------------
    def generate(
        self, prompts: Sequence[str], options: GenerateOptions = GenerateOptions()
    ) -> list[Generation]:
        prompts = check_prompts(prompts)
        layers = self._layers(options.hidden_layers)
        encoded = [self._encode(q, options) for q in prompts]
        jobs = [(i, s) for i in range(len(prompts)) for s in range(options.n)]
        jobs.sort(key=lambda job: -len(encoded[job[0]][0]))  # similar lengths pad less
        results: dict[tuple[int, int], Generation] = {}
        for b in range(0, len(jobs), options.batch_size):
            batch = jobs[b : b + options.batch_size]
            outs = self._run_batch([encoded[i][0] for i, _ in batch], [encoded[i][1] for i, _ in batch],
                                   [self._stream(prompts[i], s, options) for i, s in batch],
                                   options, layers)
            for (i, s), out in zip(batch, outs):
                results[(i, s)] = Generation(
                    question=prompts[i], sample_index=s, prompt_truncated=encoded[i][2],
                    **out,
                )
        return [results[job] for job in sorted(results)]

    def _stream(self, question: str, sample: int, options: GenerateOptions) -> torch.Generator | None:
        if options.greedy:
            return None
        key = hashlib.sha256(f"{options.seed}|{sample}|{question}".encode()).hexdigest()
        return torch.Generator().manual_seed(int(key[:15], 16))

    @torch.inference_mode()
    def _run_batch(self, ids: list[list[int]], spans: list[range], streams: list,
                   options: GenerateOptions, layers: tuple[int, ...]) -> list[dict]:
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
        prompt_lp = (self._prompt_logprobs(out.logits, input_ids, offsets, spans)
                     if options.prompt_logprobs else None)
        question_hidden = (self._question_hidden(out.hidden_states, layers, offsets, spans)
                           if want_hidden else None)
        eos = torch.tensor(self.eos_ids)
        k = options.top_k
        steps: dict[str, list[torch.Tensor]] = {key: [] for key in ("tok", "lp", "ent", "tid", "tlp", "hid")}
        done = torch.zeros(len(ids), dtype=torch.bool)
        for step in range(options.max_new_tokens):
            logits = out.logits[:, -1, :].float()
            logp = torch.log_softmax(logits, dim=-1)
            tok = self._choose(logits, streams, options)
            steps["tok"].append(tok)
            steps["lp"].append(logp.gather(1, tok[:, None])[:, 0])
            steps["ent"].append(-(logp.exp() * logp).sum(-1))
            if k:
                top = logp.topk(k, dim=-1)
                steps["tid"].append(top.indices)
                steps["tlp"].append(top.values)
            if want_hidden:
                steps["hid"].append(torch.stack([out.hidden_states[l][:, -1, :] for l in layers], 1))
            done |= torch.isin(tok, eos)
            if done.all() or step == options.max_new_tokens - 1:
                break
            mask = torch.cat([mask, torch.ones(len(ids), 1, dtype=mask.dtype)], dim=1)
            positions = positions[:, -1:] + 1
            out = self.model(input_ids=tok[:, None], attention_mask=mask, position_ids=positions,
                             cache=out.cache, use_cache=True,
                             output_hidden_states=want_hidden)
        return self._unbatch(steps, prompt_lp, question_hidden, k, options, len(ids))

    def _choose(self, logits: torch.Tensor, streams: list, options: GenerateOptions) -> torch.Tensor:
        if options.greedy:
            return logits.argmax(-1)
        noise = torch.stack([torch.rand(logits.shape[-1], generator=g) for g in streams])
        gumbel = -torch.log(-torch.log(noise.clamp(1e-12, 1 - 1e-7)))
        return (logits / options.temperature + gumbel).argmax(-1)

    @staticmethod
    def _prompt_logprobs(logits: torch.Tensor, input_ids: torch.Tensor, offsets: list[int],
                         spans: list[range]) -> list[np.ndarray]:
        """log P(token | prefix) for each question token (the first prompt token has none)."""
        start = input_ids.shape[1] - logits.shape[1]  # logits cover positions start..width-1
        out = []
        for b, span in enumerate(spans):
            pos = [offsets[b] + i for i in span if i > 0]  # left padding shifts positions
            if not pos:
                out.append(np.zeros(0, np.float32))
                continue
            rows = torch.log_softmax(logits[b, [p - 1 - start for p in pos]].float(), dim=-1)
            out.append(rows.gather(1, input_ids[b, pos][:, None])[:, 0].numpy())
        return out

    @staticmethod
    def _question_hidden(hidden: tuple[torch.Tensor, ...], layers: tuple[int, ...], offsets: list[int],
                         spans: list[range]) -> list[np.ndarray]:
        """(layers, d) mean over each question's own tokens (its last token when it has none)."""
        out = []
        for b, span in enumerate(spans):
            pos = [offsets[b] + i for i in span] or [-1]
            out.append(torch.stack([hidden[l][b, pos].float().mean(0) for l in layers]).numpy())
        return out

    def _unbatch(self, steps: dict, prompt_lp, question_hidden, k: int, options: GenerateOptions,
                 batch: int) -> list[dict]:
        tok = torch.stack(steps["tok"], 1)
        stacked = {key: torch.stack(v, 1).numpy() for key, v in steps.items() if v and key != "tok"}
        eos = set(self.eos_ids)
        outs = []
        for b in range(batch):
            row = tok[b].tolist()
            end = next((t for t, x in enumerate(row) if x in eos), None)
            n = len(row) if end is None else end
            hid = stacked.get("hid")
            outs.append(dict(
                text=self.tokenizer.decode(row[:n], skip_special_tokens=True).strip(),
                token_ids=tuple(row[:n]),
                logprobs=stacked["lp"][b, :n].astype(np.float32),
                entropies=stacked["ent"][b, :n].astype(np.float32),
                top_ids=stacked["tid"][b, :n] if k else None,
                top_logprobs=stacked["tlp"][b, :n].astype(np.float32) if k else None,
                prompt_hidden=hid[b, 0].astype(np.float32) if hid is not None else None,
                question_hidden=question_hidden[b].astype(np.float32) if question_hidden else None,
                answer_hidden=np.swapaxes(hid[b, :n], 0, 1).astype(np.float32) if hid is not None else None,
                prompt_logprobs=prompt_lp[b] if prompt_lp is not None else None,
                finish_reason="length" if end is None else "stop",
            ))
        return outs
