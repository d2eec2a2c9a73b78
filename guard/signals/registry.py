"""The one registry of confidence signals: each is declared once with its kind, what it reads
(`Reads`) and how it is computed. What a set of signals makes the backend capture is worked
out from these declarations alone (`guard.signals.plan`).

Kinds:
- "single_pass": a pure function of one answer's `Generation` (`guard.signals.single_pass`).
- "hidden_probe": a logistic probe on the model's hidden states at `reads.positions`, fitted by
  the guard to predict `target`: "correct" (this answer is right) or "answerable" (the
  question can be answered at all); an answerability probe may also read single-pass signals
  (`inputs`: the question's familiarity, `FAMILIARITY`), computed beside it.
- "extra_pass": one more prompt-only forward pass per answer (P(IK), P(True)), opt-in.
- "sampling": k more sampled answers per question (agreement with the greedy one), opt-in.
Extra-pass and sampling answer signals are `batch(model, questions, answers, options) -> values`;
a sampling claim signal is a `value` of a claim slice that carries the samples.
A signal's `unit` is the answer, or one claim of it ("claim": computed on a
`guard.signals.claim_pass.ClaimSlice` of the same generation; `CLAIM_SIGNALS`).
A guard refuses a signal its backend cannot provide instead of feeding the calibrator garbage.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal, Sequence

import numpy as np

from guard.backends.base import Capabilities, GenerateOptions, Generation, Model, Position
from guard.signals import claim_pass, consistency, self_eval, single_pass as sp

Kind = Literal["single_pass", "hidden_probe", "extra_pass", "sampling"]
Target = Literal["correct", "answerable"]
Batch = Callable[[Model, list[str], list[str], GenerateOptions], np.ndarray]

BEFORE_ANSWER: frozenset[str] = frozenset({"prompt", "question", "rare"})  # from the prompt pass


@dataclass(frozen=True)
class Reads:
    """What a signal reads from the backend, beyond the answer text.

    `capability`: the `Capabilities` field it needs ("" for text only). `positions`: where it
    reads hidden states (the last prompt token, the question's own tokens mean-pooled, the
    answer tokens mean-pooled). `prompt_logprobs`: the question tokens' own log-probabilities.
    `extra_passes`: prompt-only passes per answer; `samples`: sampled answers per question.
    """

    capability: str = ""
    positions: tuple[Position, ...] = ()
    prompt_logprobs: bool = False
    extra_passes: int = 0
    samples: int = 0


@dataclass(frozen=True)
class Signal:
    name: str
    kind: Kind
    reads: Reads
    doc: str
    value: Callable[[Generation], float] | None = None  # single_pass; a claim's (on a ClaimSlice)
    batch: Batch | None = None                          # extra_pass, sampling
    target: Target | None = None                        # hidden_probe
    unit: Literal["answer", "claim"] = "answer"
    inputs: tuple[str, ...] = ()  # hidden_probe: single-pass signals it reads beside the states

    @property
    def before_answer(self) -> bool:
        """A probe read entirely from the prompt pass, so it can decide before generating."""
        return self.kind == "hidden_probe" and set(self.reads.positions) <= BEFORE_ANSWER


def _single(fn: Callable[[Generation], float], reads: Reads, doc: str) -> Signal:
    return Signal(fn.__name__, "single_pass", reads, doc, value=fn)


def _claim(name: str, fn: Callable[[Generation], float], reads: Reads, doc: str,
           part: str = "tokens") -> Signal:
    """A single-pass signal read on one claim's tokens (or its content tokens)."""
    return Signal(name, "single_pass", reads, doc, value=lambda s: fn(getattr(s, part)), unit="claim")


def _probe(name: str, positions: tuple[Position, ...], target: Target, doc: str,
           inputs: tuple[str, ...] = ()) -> Signal:
    capability = "prompt_hidden" if positions == ("prompt",) else "hidden_states"
    # the least familiar word and the familiarity inputs come from the question tokens' log-probs
    return Signal(name, "hidden_probe", Reads(capability, positions, "rare" in positions or bool(inputs)),
                  doc, target=target, inputs=inputs)


# How familiar the question reads to the model, however its names are spelt: what the
# answerability probes' "names" family reads beside the hidden states (`guard.signals.family_probe`).
FAMILIARITY: tuple[str, ...] = ("rare_word_surprisal", "question_surprisal", "question_mean_logprob")


TOKENS, TOP_K = Reads("logprobs"), Reads("top_k")
CLAIM_SAMPLES = 3  # sampled answers per question for the opt-in claim_agreement
QUESTION_LOGPROBS = Reads("prompt_logprobs", prompt_logprobs=True)
SIGNALS: dict[str, Signal] = {s.name: s for s in [
    _single(sp.mean_logprob, TOKENS, "mean token log-prob"),
    _single(sp.min_logprob, TOKENS, "least likely token's log-prob"),
    _single(sp.first_logprob, TOKENS, "first token's log-prob"),
    _single(sp.mean_entropy, TOKENS, "mean full-distribution entropy (nats)"),
    _single(sp.max_entropy, TOKENS, "largest per-token entropy"),
    _single(sp.mean_margin, TOP_K, "mean top-1/top-2 log-prob gap"),
    _single(sp.min_margin, TOP_K, "smallest top-1/top-2 gap"),
    _single(sp.length, Reads(), "answer length (tokens, or words for text-only backends)"),
    _single(sp.question_surprisal, QUESTION_LOGPROBS,
            "surprisal of the question's rarest tokens (free from the prefill)"),
    _single(sp.question_mean_logprob, QUESTION_LOGPROBS,
            "mean log-prob of the question's own tokens: how familiar the whole question reads"),
    _single(sp.rare_word_surprisal, QUESTION_LOGPROBS,
            "total surprisal of the question's least familiar word, however it is spelt"),
    _probe("hidden_prompt", ("prompt",), "correct",
           "P(correct) from the hidden state at the last prompt token (before generating)"),
    _probe("hidden_answer", ("answer",), "correct",
           "P(correct) from the hidden states of the answer tokens (mean-pooled)"),
    _probe("hidden_answerable", ("prompt",), "answerable",
           "P(question answerable at all) from the last prompt token's hidden state"),
    _probe("hidden_question_answerable", ("prompt", "question"), "answerable",
           "P(question answerable) from the question's own tokens (mean-pooled) and the last "
           "prompt token, one probe per position and layer averaged, and the question's "
           "familiarity (before generating)", FAMILIARITY),
    _probe("hidden_rare_answerable", ("rare",), "answerable",
           "P(question answerable) from the hidden state at the question's least familiar word "
           "and the question's familiarity", FAMILIARITY),
    _probe("hidden_known", ("prompt", "question", "rare"), "answerable",
           "P(question answerable) from the last prompt token, the question's tokens and its "
           "least familiar word, one probe per position and layer averaged, and the question's "
           "familiarity (before generating)", FAMILIARITY),
    _claim("claim_mean_logprob", sp.mean_logprob, TOKENS, "a claim's mean token log-prob"),
    _claim("claim_min_logprob", sp.min_logprob, TOKENS, "a claim's least likely token"),
    _claim("claim_mean_entropy", sp.mean_entropy, TOKENS, "a claim's mean token entropy"),
    _claim("claim_max_entropy", sp.max_entropy, TOKENS, "a claim's largest token entropy"),
    _claim("claim_mean_margin", sp.mean_margin, TOP_K, "a claim's mean top-1/top-2 gap"),
    _claim("claim_length", sp.length, Reads(), "a claim's length in tokens"),
    _claim("claim_content_min_logprob", sp.min_logprob, TOKENS,
           "least likely token among a claim's names, numbers, dates and places", "content"),
    _claim("claim_content_mean_logprob", sp.mean_logprob, TOKENS,
           "mean log-prob of a claim's content tokens", "content"),
    _claim("claim_content_max_entropy", sp.max_entropy, TOKENS,
           "largest entropy at a claim's content tokens", "content"),
    Signal("claim_position", "single_pass", Reads(), "where the claim sits in its answer (0-1)",
           value=claim_pass.position, unit="claim"),
    Signal("hidden_claim", "hidden_probe", Reads("hidden_states", ("claim",)),
           "P(claim supported) from the hidden states of the claim's tokens (mean-pooled)",
           target="correct", unit="claim"),
    Signal("claim_agreement", "sampling", Reads(samples=CLAIM_SAMPLES), f"how far {CLAIM_SAMPLES} "
           "sampled answers (temperature 1) confirm a claim's items (opt-in)",
           value=claim_pass.sample_agreement, unit="claim"),
    Signal("p_ik", "extra_pass", Reads("top_k", extra_passes=1),
           "P(I know): the model's yes-odds to 'do you know?'",
           batch=lambda m, q, a, o: self_eval.p_ik(m, q, o.system, batch_size=o.batch_size)),
    Signal("p_true", "extra_pass", Reads("top_k", extra_passes=1),
           "P(True): the model's yes-odds that its answer is true",
           batch=lambda m, q, a, o: self_eval.p_true(m, q, a, o.system, batch_size=o.batch_size)),
    Signal("agreement", "sampling", Reads(samples=5), "share of 5 sampled answers (temperature "
           "1) that agree with the greedy one",
           batch=lambda m, q, a, o: consistency.agreement_scores(m, q, a, o)),
]}

# The best single-pass sets measured by benchmarks/signals.py, by what the backend offers.
LOGPROB_SIGNALS: tuple[str, ...] = (
    "mean_logprob", "min_logprob", "first_logprob", "mean_entropy", "mean_margin", "length",
)
PROMPT_PROBES: tuple[str, ...] = ("hidden_prompt", "hidden_answerable")  # need prompt_hidden only
CLAIM_LOGPROB_SIGNALS: tuple[str, ...] = (
    "claim_mean_logprob", "claim_min_logprob", "claim_mean_entropy", "claim_max_entropy",
    "claim_length", "claim_content_min_logprob", "claim_content_mean_logprob",
    "claim_content_max_entropy", "claim_position")
CLAIM_SIGNALS: tuple[str, ...] = CLAIM_LOGPROB_SIGNALS + ("hidden_claim",)
DEFAULT_SIGNALS: tuple[str, ...] = LOGPROB_SIGNALS + ("hidden_prompt", "hidden_answer",
                                                      "hidden_question_answerable")


def known() -> tuple[str, ...]:
    """Every signal name a guard accepts."""
    return tuple(SIGNALS)


def with_inputs(names: Sequence[str]) -> tuple[str, ...]:
    """`names` and then the inputs of the probes among them: every signal an answer must give."""
    out = list(names)
    for n in names:
        out += [i for i in SIGNALS[n].inputs if i not in out]
    return tuple(out)


def of_kind(names: Sequence[str], *kinds: Kind) -> tuple[str, ...]:
    """The names among `names` whose signals are of one of `kinds`, in order."""
    return tuple(n for n in names if SIGNALS[n].kind in kinds)


def available(capabilities: Capabilities) -> tuple[str, ...]:
    """Every single-pass answer signal a backend with these capabilities can provide."""
    return tuple(n for n, s in SIGNALS.items()
                 if s.kind == "single_pass" and s.unit == "answer" and provides(capabilities, s.reads))


def provides(capabilities: Capabilities, reads: Reads) -> bool:
    """Whether a backend with these capabilities can give what `reads` asks for."""
    return ((not reads.capability or bool(getattr(capabilities, reads.capability)))
            and (not reads.prompt_logprobs or capabilities.prompt_logprobs))


def default_signals(capabilities: Capabilities) -> tuple[str, ...]:
    """The default set a backend can provide: log-probs plus the hidden-state probes in process,
    log-probs plus the prompt-position probes over HTTP with an embeddings endpoint, log-probs
    alone over plain HTTP, answer length for a black box."""
    if capabilities.hidden_states and capabilities.logprobs and capabilities.top_k:
        return DEFAULT_SIGNALS
    if capabilities.prompt_hidden and capabilities.logprobs and capabilities.top_k:
        return LOGPROB_SIGNALS + PROMPT_PROBES
    if capabilities.logprobs and capabilities.top_k:
        return LOGPROB_SIGNALS
    return ("length",)
