"""`Guard`: wraps a model so every answer carries a calibrated confidence and a decision.

An answer is let through when its calibrated P(correct) reaches the threshold chosen with a
finite-sample bound on the hallucination rate (`guard.threshold`); otherwise the on-fail policy
decides (`guard.verdict`). A missing signal or an unreachable target fails closed (abstains).
The same `judge_observed` judges live answers (`ask`), stored ones (`judge_records`) and the
answers of a guarded run (`run`, `evaluate`).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Sequence

import numpy as np
from scipy.special import expit

import probes
from guard.backends.base import GenerateOptions, Generation, Model, check_prompts
from guard.calibration import Calibrator
from guard.fitting import FitInfo, confidence_of, fit_records
from guard.options import options_for
from guard.persistence import guard_digest, read_guard, save_guard
from guard.prompts import DEFAULT_PROMPT
from guard.records import Record
from guard.reporting import EvalReport, Evaluation, evaluate_records, write_reports
from guard.runner import read_skipped, run_suite
from guard.signals import check_signals, default_signals, of_kind
from guard.signals.features import Featurizer, Observation, observe
from guard.threshold import ThresholdChoice
from guard.verdict import (DEFAULT_ABSTAIN_MESSAGE, GuardedAnswer, OnFail, apply_policy,
                           check_policy, decide, early_abstention)


class Guard:
    """A model plus a fitted calibrator and threshold. Build with `Guard.fit` or `Guard.load`."""

    def __init__(self, model: Model, calibrator: Calibrator, threshold: ThresholdChoice, *,
                 signals: Sequence[str] | Featurizer | None = None,
                 prompt: str = DEFAULT_PROMPT, options: GenerateOptions | None = None,
                 abstain_message: str = DEFAULT_ABSTAIN_MESSAGE, on_fail: OnFail = "abstain",
                 early_threshold: float | None = None, early_abstain: bool = False,
                 info: FitInfo | None = None) -> None:
        """`signals` defaults to the set `Guard.fit` uses for this backend (`default_signals`)."""
        if signals is None:
            signals = default_signals(model.capabilities)
        self.featurizer = signals if isinstance(signals, Featurizer) else Featurizer(signals)
        self.signals = self.featurizer.names
        check_signals(self.signals, model)
        unfitted = [n for n in self.featurizer.learned if n not in self.featurizer.probes]
        if unfitted:
            raise ValueError(f"learned signal(s) {unfitted} have no fitted probe: use Guard.fit")
        check_policy(on_fail)
        if early_abstain and (early_threshold is None or self.featurizer.pre_generation is None):
            raise ValueError("early_abstain needs a pre-generation signal ('hidden_prompt' or "
                             "'hidden_answerable', fitted by Guard.fit)")
        self.model, self.calibrator, self.threshold = model, calibrator, threshold
        self.prompt = prompt
        self.options = options or options_for(model, prompt, self.signals)
        self.abstain_message, self.on_fail = abstain_message, on_fail
        self.early_threshold, self.early_abstain = early_threshold, early_abstain
        self.info = info
        self.source: Path | None = None  # the guard file it was loaded from

    def __repr__(self) -> str:
        return (f"Guard(model={self.model.name!r}, signals={list(self.signals)}, "
                f"threshold={self.threshold.threshold:.4g}, target={self.threshold.target})")

    @classmethod
    def fit(cls, model: Model, suite: probes.ProbeSuite, target_hallucination: float = 0.10,
            confidence: float = 0.90, *, signals: Sequence[str] | None = None,
            calibrator: str = "logistic", prompt: str = DEFAULT_PROMPT, fit_fraction: float = 0.5,
            seed: int = 0, out: str | Path | None = None, progress: bool = True,
            generation: dict | None = None, labelled: probes.ProbeSuite | None = None,
            unlabelled: Sequence[str] | None = None, **guard_kwargs) -> "Guard":
        """Ask `suite`, grade, fit the calibrator on part of it and choose the threshold on the
        rest so that P(hallucination rate on unknowns <= target) >= confidence (see
        `guard.threshold.select_threshold` for the exact statement and assumptions).
        `signals` defaults to the best set the backend can provide (`default_signals`);
        `generation` changes generation settings from the defaults (e.g. max_new_tokens).

        For the user's own distribution (`guard.fitting`): `labelled`, a labelled sample of
        their questions, on which alone the threshold is chosen (the calibrator learns from all
        of `suite`); `unlabelled`, their questions without answers, toward which the threshold's
        probe questions are importance-weighted (approximate; `guard.info.shift` says how far
        the two differ)."""
        probes.check_labelled(labelled)  # a sample that labels nothing fails before any work
        check_target(target_hallucination, confidence)
        if not len(suite):
            raise ValueError(f"suite '{suite.name}' has no questions to calibrate on")
        signals = tuple(signals or default_signals(model.capabilities))
        check_signals(signals, model)
        options = options_for(model, prompt, signals, **(generation or {}))
        extra = of_kind(signals, "extra_pass", "sampling")
        records = run_suite(model, suite, prompt=prompt, options=options, out=out, progress=progress,
                            extra=extra)
        sample = () if labelled is None else run_suite(
            model, labelled, prompt=prompt, options=options, progress=progress, extra=extra,
            out=None if out is None else Path(out) / "labelled")
        hidden = None if unlabelled is None else prompt_hidden_states(model, unlabelled, options)
        guard = cls.fit_records(model, records, target_hallucination, confidence, signals=signals,
                                calibrator=calibrator, prompt=prompt, options=options,
                                fit_fraction=fit_fraction, seed=seed, labelled=sample,
                                user_hidden=hidden, **guard_kwargs)
        guard.info = replace(guard.info, suite=suite.name, suite_size=len(suite), suite_seed=suite.seed)
        return guard

    @classmethod
    def fit_records(cls, model: Model, records: Sequence[Record], target_hallucination: float = 0.10,
                    confidence: float = 0.90, *, signals: Sequence[str] | None = None,
                    calibrator: str = "logistic", prompt: str = DEFAULT_PROMPT,
                    options: GenerateOptions | None = None, fit_fraction: float = 0.5,
                    seed: int = 0, labelled: Sequence[Record] = (),
                    user_hidden: np.ndarray | None = None, **guard_kwargs) -> "Guard":
        """`fit` from records already collected with this model, prompt and options (and for
        `labelled`, records of the user's sample made the same way)."""
        check_target(target_hallucination, confidence)
        signals = tuple(signals or default_signals(model.capabilities))
        fitted = fit_records(records, signals, calibrator=calibrator, target=target_hallucination,
                             confidence=confidence, fit_fraction=fit_fraction, seed=seed,
                             labelled=labelled, user_hidden=user_hidden)
        return cls(model, fitted.calibrator, fitted.threshold, signals=fitted.featurizer,
                   prompt=prompt, options=options or options_for(model, prompt, signals),
                   early_threshold=fitted.early_threshold, info=fitted.info, **guard_kwargs)

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
        return apply_policy([early[i] if i in early else next(judged)
                             for i in range(len(questions))], self.on_fail)

    def judge(self, generations: Sequence[Generation]) -> list[GuardedAnswer]:
        """Verdicts on answers already generated with `self.options` (before the on-fail
        policy's raise or callback)."""
        return self.judge_observed(generations, observe(self.model, generations,
                                                        self.featurizer.scalar, self.options))

    def judge_observed(self, generations: Sequence[Generation],
                       observations: Sequence[Observation]) -> list[GuardedAnswer]:
        """`judge`, for answers whose signals were already observed (`observe`)."""
        return self._judge_all([g.question for g in generations], [g.text for g in generations],
                               observations)

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
        return [decide(q, t, dict(zip(self.featurizer.columns, map(float, x))), c, a, self.threshold,
                       self.on_fail, self.abstain_message)
                for q, t, x, c, a in zip(questions, texts, X, p, p_ans)]

    def _early_abstentions(self, questions: list[str]) -> dict[int, GuardedAnswer]:
        """Abstain before generating where the pre-generation knowledge probe is confident the
        model does not know (one prompt-only pass instead of a whole answer)."""
        gens = self.model.generate(questions, replace(self.options, max_new_tokens=1))
        H = np.stack([g.prompt_hidden for g in gens])
        p_know = self.featurizer.probes[self.featurizer.pre_generation].predict_confidence(H)
        return {i: early_abstention(q, pk, self.early_threshold, self.abstain_message)
                for i, (q, pk) in enumerate(zip(questions, p_know)) if pk < self.early_threshold}

    # -- running suites ---------------------------------------------------------------------
    def run(self, suite: probes.ProbeSuite, *, out: str | Path | None = None,
            progress: bool = True) -> list[Record]:
        """Ask `suite` through the guard: each record carries the raw answer's grade and the
        guard's verdict (resumable in `out`, like `run_suite`)."""
        return run_suite(self.model, suite, prompt=self.prompt, options=self.options, out=out,
                         progress=progress, extra=of_kind(self.signals, "extra_pass", "sampling"),
                         judge=self.judge_observed, judge_id=None if out is None else self.digest)

    def evaluate(self, suite: probes.ProbeSuite, *, out: str | Path | None = None,
                 progress: bool = True) -> EvalReport:
        """Raw versus guarded on a labelled suite; with `out`, also report.json/.md/.html."""
        records = self.run(suite, out=out, progress=progress)
        report = self.report(evaluate_records(records), suite.name,
                             read_skipped(out) if out is not None else ())
        if out is not None:
            write_reports(Path(out), report, records)
        return report

    def report(self, evaluation: Evaluation, data: str, skipped: Sequence = ()) -> EvalReport:
        """An `EvalReport` of this guard for an evaluation on `data`."""
        t = self.threshold
        return EvalReport(evaluation, self.model.name, data,
                          str(self.source) if self.source else "in memory", t.target, t.confidence,
                          t.threshold if t.reachable else None, tuple(s.__dict__ for s in skipped),
                          self.info.threshold_on if self.info else "not recorded", t.method)

    @property
    def digest(self) -> str:
        """SHA-256 of everything that decides a verdict (calibration, threshold, policy)."""
        return guard_digest(self)

    # -- persistence -----------------------------------------------------------------------
    def save(self, path: str | Path, *, key: str | None = None) -> Path:
        """Write the guard as JSON (no pickle); signed when a key is given or set in
        `GUARD_SIGNING_KEY` (see `guard.persistence`)."""
        return save_guard(self, Path(path), key)

    @classmethod
    def load(cls, path: str | Path, model: Model, *, allow_model_mismatch: bool = False,
             key: str | None = None, **overrides) -> "Guard":
        """Read a saved guard for `model`; refuses another model unless explicitly allowed,
        and a file whose checksum or signature does not verify."""
        saved = read_guard(Path(path), key)
        saved.check_model(model, allow_model_mismatch)
        kwargs = dict(signals=saved.featurizer, prompt=saved.prompt, options=saved.options,
                      early_threshold=saved.early_threshold, early_abstain=saved.early_abstain,
                      abstain_message=saved.abstain_message, on_fail=saved.on_fail, info=saved.info)
        guard = cls(model, saved.calibrator, saved.threshold, **{**kwargs, **overrides})
        guard.source = saved.path
        return guard


def prompt_hidden_states(model: Model, questions: Sequence[str], options: GenerateOptions) -> np.ndarray:
    """(n, layers, d) hidden states at the last prompt token of each question (one prompt-only
    pass), as the guard captures them."""
    if not options.hidden_layers:
        raise ValueError("unlabelled questions are compared with the probes on the model's hidden "
                         "states: use an in-process model and a hidden-state signal")
    gens = model.generate(check_prompts(questions), replace(options, max_new_tokens=1))
    return np.stack([g.prompt_hidden for g in gens])


def check_target(target: float, confidence: float) -> None:
    """Refuse a target or confidence outside (0, 1) before any question is asked."""
    for name, value in (("target_hallucination", target), ("confidence", confidence)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1:
            raise ValueError(f"{name} must be a number strictly between 0 and 1 (e.g. 0.10), "
                             f"got {value!r}")
