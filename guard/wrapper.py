"""`Guard`: wraps a model so every answer carries a calibrated confidence and a decision.

An answer is let through when its calibrated P(correct) reaches the threshold chosen with a
finite-sample bound on the hallucination rate (`guard.threshold`); otherwise the on-fail policy
decides: return the abstention message, return the answer flagged, raise `GuardAbstained`, or
call a user function. A missing signal or an unreachable target fails closed (abstains).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Literal, Sequence, Union

import numpy as np
from scipy.special import expit

import probes
from guard import extra_pass, signals as sig
from guard.backends.base import GenerateOptions, Generation, Model, check_prompts
from guard.features import Featurizer, Observation, candidate_layers
from guard.fitting import confidence_of, fit_records
from guard.prompts import DEFAULT_PROMPT
from guard.records import Record
from guard.runner import default_options, run_suite
from guard.threshold import ThresholdChoice

Decision = Literal["answer", "flag", "abstain"]
OnFail = Union[Literal["abstain", "flag", "raise"], Callable[["GuardedAnswer"], object]]
DEFAULT_ABSTAIN_MESSAGE = "I don't know."


@dataclass(frozen=True)
class GuardedAnswer:
    """What the guard returns: the text to show, P(correct), the decision and the signals."""

    text: str
    confidence: float
    decision: Decision
    signals: dict[str, float] = field(default_factory=dict)
    question: str = ""
    raw_text: str = ""
    reason: str = ""
    p_answerable: float | None = None  # P(question answerable at all), with an answerability signal

    @property
    def passed(self) -> bool:
        return self.decision == "answer"


def guard_options(model: Model, prompt: str, signals: Sequence[str]) -> GenerateOptions:
    """Generation settings that capture exactly what `signals` need."""
    learned = any(n in sig.LEARNED for n in signals)
    return default_options(
        model, prompt, prompt_logprobs=sig.needs_prompt_logprobs(signals),
        hidden_layers=candidate_layers(model.num_layers) if learned else ())


class GuardAbstained(RuntimeError):
    """Raised by the "raise" policy; `.answers` holds every answer of the call."""

    def __init__(self, answers: list[GuardedAnswer]) -> None:
        failed = [a for a in answers if not a.passed]
        super().__init__(f"guard abstained on {len(failed)} of {len(answers)} question(s): "
                         + "; ".join(f"{a.question!r} ({a.reason})" for a in failed[:3]))
        self.answers = answers


class Guard:
    """A model plus a fitted calibrator and threshold. Build with `Guard.fit` or `Guard.load`."""

    def __init__(self, model: Model, calibrator, threshold: ThresholdChoice, *,
                 signals: Sequence[str] | Featurizer = ("length",),
                 prompt: str = DEFAULT_PROMPT, options: GenerateOptions | None = None,
                 abstain_message: str = DEFAULT_ABSTAIN_MESSAGE, on_fail: OnFail = "abstain",
                 early_threshold: float | None = None, early_abstain: bool = False,
                 info: dict | None = None) -> None:
        self.featurizer = signals if isinstance(signals, Featurizer) else Featurizer(signals)
        self.signals = self.featurizer.names
        sig.check_signals(self.signals, model.capabilities, model.name)
        extra_pass.check_backend(model, self.signals)
        unfitted = [n for n in self.featurizer.learned if n not in self.featurizer.probes]
        if unfitted:
            raise ValueError(f"learned signal(s) {unfitted} have no fitted probe: use Guard.fit")
        if not (callable(on_fail) or on_fail in ("abstain", "flag", "raise")):
            raise ValueError(f"on_fail must be 'abstain', 'flag', 'raise' or a callable, got {on_fail!r}")
        if early_abstain and (early_threshold is None or self.featurizer.pre_generation is None):
            raise ValueError("early_abstain needs a pre-generation signal ('hidden_prompt' or "
                             "'hidden_answerable', fitted by Guard.fit)")
        self.model = model
        self.calibrator = calibrator
        self.threshold = threshold
        self.prompt = prompt
        self.options = options or guard_options(model, prompt, self.signals)
        self.abstain_message = abstain_message
        self.on_fail = on_fail
        self.early_threshold = early_threshold
        self.early_abstain = early_abstain
        self.info = info or {}

    def __repr__(self) -> str:
        return (f"Guard(model={self.model.name!r}, signals={list(self.signals)}, "
                f"threshold={self.threshold.threshold:.4g}, target={self.threshold.target})")

    @classmethod
    def fit(cls, model: Model, suite: probes.ProbeSuite, target_hallucination: float = 0.10,
            confidence: float = 0.90, *, signals: Sequence[str] | None = None,
            calibrator: str = "logistic", prompt: str = DEFAULT_PROMPT, fit_fraction: float = 0.5,
            seed: int = 0, out: str | Path | None = None, progress: bool = True,
            generation: dict | None = None, **guard_kwargs) -> "Guard":
        """Ask `suite`, grade, fit the calibrator on part of it and choose the threshold on the
        rest so that P(hallucination rate on unknowns <= target) >= confidence (see
        `guard.threshold.select_threshold` for the exact statement and assumptions).
        `signals` defaults to the best set the backend can provide (`default_signals`);
        `generation` changes generation settings from the defaults (e.g. max_new_tokens)."""
        check_target(target_hallucination, confidence)
        if not len(suite):
            raise ValueError(f"suite '{suite.name}' has no questions to calibrate on")
        signals = tuple(signals or sig.default_signals(model.capabilities))
        sig.check_signals(signals, model.capabilities, model.name)
        extra_pass.check_backend(model, signals)
        options = replace(guard_options(model, prompt, signals), **(generation or {}))
        records = run_suite(model, suite, prompt=prompt, options=options, out=out, progress=progress,
                            extra=extra_pass.extra_names(signals))
        info = {"suite": suite.name, "suite_size": len(suite), "suite_seed": suite.seed}
        return cls.fit_records(model, records, target_hallucination, confidence, signals=signals,
                               calibrator=calibrator, prompt=prompt, options=options,
                               fit_fraction=fit_fraction, seed=seed, info=info, **guard_kwargs)

    @classmethod
    def fit_records(cls, model: Model, records: Sequence[Record], target_hallucination: float = 0.10,
                    confidence: float = 0.90, *, signals: Sequence[str] | None = None,
                    calibrator: str = "logistic", prompt: str = DEFAULT_PROMPT,
                    options: GenerateOptions | None = None, fit_fraction: float = 0.5,
                    seed: int = 0, info: dict | None = None, **guard_kwargs) -> "Guard":
        """`fit` from records already collected with this model, prompt and options."""
        check_target(target_hallucination, confidence)
        signals = tuple(signals or sig.default_signals(model.capabilities))
        fitted = fit_records(records, signals, calibrator=calibrator, target=target_hallucination,
                             confidence=confidence, fit_fraction=fit_fraction, seed=seed)
        info = {**(info or {}), "fit_seed": seed, "fit_fraction": fit_fraction,
                "n_fit": fitted.n_fit, "n_threshold": fitted.n_threshold,
                "n_dropped": fitted.n_dropped, "calibrator": calibrator}
        return cls(model, fitted.calibrator, fitted.threshold, signals=fitted.featurizer,
                   prompt=prompt, options=options or guard_options(model, prompt, signals),
                   early_threshold=fitted.early_threshold, info=info, **guard_kwargs)

    # -- asking ------------------------------------------------------------------------
    def ask(self, question: str) -> GuardedAnswer:
        """Answer one question through the guard."""
        return self.ask_many([question])[0]

    __call__ = ask

    def ask_many(self, questions: Sequence[str]) -> list[GuardedAnswer]:
        """Answer many questions in batches; identical to asking them one by one."""
        questions = check_prompts(questions)
        early = self._early_abstentions(questions) if self.early_abstain else {}
        todo = [q for i, q in enumerate(questions) if i not in early]
        judged = iter(self.judge(self.model.generate(todo, self.options)) if todo else [])
        return self._apply_policy([early[i] if i in early else next(judged)
                                   for i in range(len(questions))])

    def judge(self, generations: Sequence[Generation]) -> list[GuardedAnswer]:
        """Confidence and decision for answers already generated with `self.options`
        (before the on-fail policy's raise or callback)."""
        questions, texts = [g.question for g in generations], [g.text for g in generations]
        extras = extra_pass.compute(self.model, self.signals, questions, texts, self.options.system)
        obs = [Observation.of_generation(g, self.featurizer.scalar, x) for g, x in zip(generations, extras)]
        return self._judge_all(questions, texts, obs)

    def judge_records(self, records: Sequence[Record]) -> list[Record]:
        """`judge` for stored answers (records made with this guard's model and options):
        each record gains the guard's confidence and decision."""
        answers = self._judge_all([r.question for r in records], [r.text for r in records],
                                  [Observation.of_record(r) for r in records])
        return [replace(r, confidence=a.confidence, decision=a.decision, p_answerable=a.p_answerable)
                for r, a in zip(records, answers)]

    def _judge_all(self, questions: Sequence[str], texts: Sequence[str],
                   obs: Sequence[Observation]) -> list[GuardedAnswer]:
        X = self.featurizer.transform(obs)
        p = confidence_of(self.calibrator, X)
        gate = self.featurizer.answerability
        p_ans = expit(X[:, self.featurizer.columns.index(gate)]) if gate else [None] * len(X)
        return [self._judge(q, t, x, c, a) for q, t, x, c, a in zip(questions, texts, X, p, p_ans)]

    def _early_abstentions(self, questions: list[str]) -> dict[int, GuardedAnswer]:
        """Abstain before generating where the pre-generation knowledge probe is confident the
        model does not know (one prompt-only pass instead of a whole answer)."""
        gens = self.model.generate(questions, replace(self.options, max_new_tokens=1))
        H = np.stack([g.prompt_hidden for g in gens])
        p_know = self.featurizer.probes[self.featurizer.pre_generation].predict_confidence(H)
        return {i: GuardedAnswer(self.abstain_message, 0.0, "abstain", question=q,
                                 reason=f"pre-generation: P(knows) {pk:.3f} < {self.early_threshold:.3f}")
                for i, (q, pk) in enumerate(zip(questions, p_know)) if pk < self.early_threshold}

    def _judge(self, question: str, text: str, x: np.ndarray, p: float,
               p_answerable: float | None) -> GuardedAnswer:
        base = GuardedAnswer(text=text, confidence=float(p), decision="answer",
                             signals=dict(zip(self.featurizer.columns, map(float, x))), question=question,
                             raw_text=text,
                             p_answerable=None if p_answerable is None or not np.isfinite(p_answerable)
                             else float(p_answerable))
        if probes.is_abstention(text):
            return replace(base, decision="abstain", reason="the model abstained")
        if not np.isfinite(x).all():
            return replace(base, text=self.abstain_message, decision="abstain",
                           reason="a confidence signal is missing")
        if p >= self.threshold.threshold:
            return base
        why = ("target unreachable: " + self.threshold.reason) if not self.threshold.reachable \
            else f"confidence {p:.3f} below threshold {self.threshold.threshold:.3f}"
        if self.on_fail == "flag":
            return replace(base, decision="flag", reason=why)
        return replace(base, text=self.abstain_message, decision="abstain", reason=why)

    def _apply_policy(self, answers: list[GuardedAnswer]) -> list[GuardedAnswer]:
        if self.on_fail == "raise" and any(not a.passed for a in answers):
            raise GuardAbstained(answers)
        if callable(self.on_fail):
            return [a if a.passed else _from_callback(a, self.on_fail(a)) for a in answers]
        return answers

    # -- running suites ---------------------------------------------------------------------
    def run(self, suite: probes.ProbeSuite, *, out: str | Path | None = None,
            progress: bool = True) -> list[Record]:
        """Ask `suite` through the guard: each record carries the raw answer's grade and the
        guard's verdict (resumable in `out`, like `run_suite`)."""
        return run_suite(self.model, suite, prompt=self.prompt, options=self.options, out=out,
                         progress=progress, extra=extra_pass.extra_names(self.signals),
                         judge=self.judge, judge_id=None if out is None else self.digest)

    @property
    def digest(self) -> str:
        """SHA-256 of everything that decides a verdict (calibration, threshold, policy)."""
        from guard.persistence import guard_digest

        return guard_digest(self)

    # -- persistence -----------------------------------------------------------------------
    def save(self, path: str | Path, *, key: str | None = None) -> Path:
        """Write the guard as JSON (no pickle); signed when a key is given or set in
        `GUARD_SIGNING_KEY` (see `guard.persistence`)."""
        from guard.persistence import save_guard

        return save_guard(self, Path(path), key)

    @classmethod
    def load(cls, path: str | Path, model: Model, *, allow_model_mismatch: bool = False,
             key: str | None = None, **overrides) -> "Guard":
        """Read a saved guard for `model`; refuses another model unless explicitly allowed,
        and a file whose checksum or signature does not verify."""
        from guard.persistence import load_guard

        return load_guard(Path(path), model, allow_model_mismatch=allow_model_mismatch, key=key,
                          **overrides)


def _from_callback(answer: GuardedAnswer, result: object) -> GuardedAnswer:
    if isinstance(result, GuardedAnswer):
        return result
    if isinstance(result, str):
        return replace(answer, text=result)
    raise TypeError(f"on_fail callback must return a GuardedAnswer or str, got {type(result).__name__}")


def check_target(target: float, confidence: float) -> None:
    """Refuse a target or confidence outside (0, 1) before any question is asked."""
    for name, value in (("target_hallucination", target), ("confidence", confidence)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1:
            raise ValueError(f"{name} must be a number strictly between 0 and 1 (e.g. 0.10), "
                             f"got {value!r}")
