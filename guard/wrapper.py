"""`Guard`: wraps a model so every answer carries a calibrated confidence and a decision.

An estimator: `Guard(model, **settings)` holds its configuration (`GuardConfig`, validated when
the guard is made); `fit` asks probe questions and learns the fitted state, `fitted_` (the
scorer, the threshold chosen with a finite-sample bound on the hallucination rate, and how both
were fitted) and `options_` (the generation settings the calibration holds for).
`Guard.fit(model, suite, ...)` does both in one call. An answer is let through when its
P(correct) reaches the threshold; otherwise the policy decides (`guard.verdict`). A missing
signal or an unreachable target fails closed (abstains).

One inference path: `ask_many` generates with the guard's options and judges; with early
abstention, the prompt pass that the answer needs anyway is shown to the before-answer probe
first, and the questions it rejects stop there (one prefill per question). Stored answers
(`judge_records`) and guarded runs (`run`, `evaluate`) are judged by the same code.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from sklearn.exceptions import NotFittedError

import probes
from guard.backends.base import GenerateOptions, Generation, Model, check_prompts
from guard.asking import ask_for_fit
from guard.claim_fitting import claim_signals, fit_claims
from guard.config import GuardConfig
from guard.estimator import FitMethod
from guard.fitting import FitInfo, Fitted, fit_records
from guard.options import default_options
from guard.persistence import guard_digest, read_guard, save_guard
from guard.judging import Judge, OnEarly
from guard.records import Record
from guard.reporting import EvalReport
from guard.reporting.guarded import evaluate_guard
from guard.runner import OnBatch, run_suite
from guard.signals.features import Observation
from guard.signals.plan import SignalPlan, plan
from guard.signals.registry import default_signals
from guard.threshold import ThresholdChoice
from guard.verdict import GuardedAnswer, OnFail, apply_policy


class Guard:
    """A model plus its configuration and, once fitted, its calibration (module docstring)."""

    def __init__(self, model: Model, config: GuardConfig | None = None, **settings: Any) -> None:
        """`settings` (or a whole `config`): the fields of `GuardConfig` (target_hallucination,
        confidence_level, signals, calibrator, prompt, generation, fit_fraction, seed,
        early_abstain) and of its policy (on_fail, outside_bound, abstain_message)."""
        if config is not None and settings:
            raise TypeError("give a config or settings, not both")
        config = config or GuardConfig.of(**settings)
        if config.signals is None:
            config = replace(config, signals=default_signals(model.capabilities))
        self.model, self.config = model, config
        self.plan: SignalPlan = plan(config.signals + self.claim_signals, model).check()
        if config.early_abstain and self.plan.before_answer is None:
            raise ValueError("early_abstain needs a signal read before the answer, such as "
                             "'hidden_prompt' or 'hidden_answerable'")
        self.source: Path | None = None  # the guard file it was loaded from

    @classmethod
    def from_fitted(cls, model: Model, fitted: Fitted, *, options: GenerateOptions | None = None,
                    config: GuardConfig | None = None, source: Path | None = None,
                    **settings: Any) -> "Guard":
        """A guard on `model` with a fitted state made elsewhere (`guard.fitting.fit_records`,
        a guard file, another guard's `fitted_`); `settings` as for `Guard(...)`, defaulting to
        what the fitted state was made with."""
        t = fitted.threshold
        guard = cls(model, config or GuardConfig.of(**{
            "signals": fitted.scorer.featurizer_.names, "target_hallucination": t.target,
            "confidence_level": t.confidence, **settings}))
        guard.fitted_, guard.options_, guard.source = fitted, options or guard.planned_options, source
        return guard

    @property
    def claim_signals(self) -> tuple[str, ...]:
        """The claim signals this guard fits when it judges claim by claim (none otherwise):
        `config.claim_signals`, or every single-pass one the model offers."""
        return (self.config.claim_signals or claim_signals(self.model)) if self.config.claims else ()

    def with_runtime(self, **changes: Any) -> "Guard":
        """This fitted guard with another policy (on_fail, outside_bound, abstain_message) or
        early abstention: a new guard sharing the calibration, never a copy to edit."""
        return Guard.from_fitted(self.model, self._fitted(), options=self.options_,
                                 config=self.config.with_runtime(**changes), source=self.source)

    def __repr__(self) -> str:
        state = (f"threshold={self.threshold.threshold:.4g}" if hasattr(self, "fitted_")
                 else "not fitted")
        return (f"Guard(model={self.model.name!r}, signals={list(self.config.signals)}, {state}, "
                f"target={self.config.target_hallucination})")

    # -- fitting -----------------------------------------------------------------------------
    def _fit(self, suite: probes.ProbeSuite, *, out: str | Path | None = None,
             progress: bool = True, labelled: probes.ProbeSuite | None = None,
             unlabelled: Sequence[str] | None = None, on_batch: OnBatch | None = None,
             claims_suite: probes.ProbeSuite | None = None) -> "Guard":
        """Ask `suite`, grade, fit the scorer on part of it and choose the threshold on the
        rest so that P(hallucination rate on unknowns <= target) >= confidence_level (see
        `guard.threshold.select_threshold` for the exact statement and assumptions).

        For the user's own distribution (`guard.fitting`): `labelled`, a labelled sample of
        their questions, on which alone the threshold is chosen (the scorer learns from all of
        `suite`); `unlabelled`, their questions without answers, toward which the threshold's
        probe questions are importance-weighted (approximate; `info.shift` says how far the
        two differ). `on_batch` follows the asking of `suite` (see `run_suite`). A guard made
        with `claims=True` also asks `claims_suite` (default: `probes.load_suite("claims", 400)`),
        open questions whose claims are labelled against evidence, and calibrates claim by
        claim on them (`guard.claim_fitting`)."""
        asked = ask_for_fit(self, suite, out=out, progress=progress, labelled=labelled,
                            unlabelled=unlabelled, on_batch=on_batch, claims_suite=claims_suite)
        self._fit_records(**asked)
        self.fitted_ = replace(self.fitted_, info=replace(
            self.fitted_.info, suite=suite.name, suite_size=len(suite), suite_seed=suite.seed))
        return self

    def _fit_records(self, records: Sequence[Record], *, labelled: Sequence[Record] = (),
                     user_hidden: np.ndarray | None = None, options: GenerateOptions | None = None,
                     claim_records: Sequence[Record] = ()) -> "Guard":
        """`fit` from records already collected with this model, prompt and `options` (and for
        `labelled`, records of the user's sample made the same way; for `claim_records`, of
        claims questions asked with the claim signals)."""
        c = self.config
        self.fitted_ = fit_records(records, c.signals, calibrator=c.calibrator,
                                   target=c.target_hallucination, confidence_level=c.confidence_level,
                                   fit_fraction=c.fit_fraction, seed=c.seed, labelled=labelled,
                                   user_hidden=user_hidden)
        if c.claims:
            self.fitted_ = replace(self.fitted_, claims=fit_claims(
                claim_records, self.claim_signals, target=c.target_hallucination, confidence_level=c.confidence_level,
                rule=c.claim_rule, fit_fraction=c.fit_fraction, seed=c.seed))
        self.options_ = options or self.planned_options
        return self

    fit = FitMethod(_fit, ("out", "progress", "labelled", "unlabelled", "on_batch", "claims_suite"))
    fit_records = FitMethod(_fit_records, ("labelled", "user_hidden", "options", "claim_records"))

    @property
    def planned_options(self) -> GenerateOptions:
        """The generation options a fit uses: defaults, what the signals read, `generation`."""
        base = default_options(self.model, self.config.prompt)
        return replace(self.plan.options(base), **self.config.generation)

    def _fitted(self) -> Fitted:
        if not hasattr(self, "fitted_"):
            raise NotFittedError("this guard is not fitted: use Guard.fit or Guard.load")
        return self.fitted_

    @property
    def threshold(self) -> ThresholdChoice:
        return self._fitted().threshold

    @property
    def info(self) -> FitInfo:
        return self._fitted().info

    @property
    def options(self) -> GenerateOptions:
        self._fitted()
        return self.options_

    @property
    def signals(self) -> tuple[str, ...]:
        return self.config.signals

    # -- asking ------------------------------------------------------------------------
    def ask(self, question: str, system: str | None = None) -> GuardedAnswer:
        """Answer one question through the guard."""
        return self.ask_many([question], system)[0]

    __call__ = ask

    def ask_many(self, questions: Sequence[str], system: str | None = None, *,
                 on_fail: OnFail | None = None, on_early: OnEarly | None = None) -> list[GuardedAnswer]:
        """Answer many questions in batches (identical to asking them one by one): the judged
        answers, each with its decision, outcome and finish reason. `system` replaces the
        calibration prompt's system text (the guarantee was calibrated for that one, and early
        abstention is off then); `on_fail` replaces the policy for this call; `on_early` is
        called with each answer settled after the prompt pass, before the others end."""
        questions = check_prompts(questions)
        judge = self._judge(on_fail)
        foreign = system is not None and system != self.options_.system
        options = replace(self.options_, system=system) if foreign else self.options_
        early: dict[str, GuardedAnswer] = {}
        gate = judge.gate(early, on_early) if self.config.early_abstain and not foreign else None
        gens = self.model.generate(questions, options, gate=gate)
        judged = iter(judge.answers(self.model, [g for g in gens if g.finish_reason != "gated"], options))
        return apply_policy([early[g.question] if g.finish_reason == "gated" else next(judged)
                             for g in gens], judge.policy.on_fail)

    def _judge(self, on_fail: OnFail | None = None) -> Judge:
        policy = self.config.policy if on_fail is None else replace(self.config.policy, on_fail=on_fail)
        return Judge(self._fitted(), policy)

    def judge_observed(self, generations: Sequence[Generation], observations: Sequence[Observation],
                       samples: Sequence[Sequence[str]] = ()) -> list[GuardedAnswer]:
        """Verdicts (before the on-fail policy's raise or callback) on answers generated with `options_`
        and already observed (`observe`), claims included (`samples`: what their claim signals read)."""
        return self._judge().observed(generations, observations, samples)

    def judge_records(self, records: Sequence[Record]) -> list[Record]:
        """Verdicts on stored answers (records made with this guard's model and options):
        each record gains the guard's confidence, decision and P(answerable)."""
        answers = self._judge().verdicts([r.question for r in records], [r.text for r in records],
                                         [Observation.of_record(r) for r in records],
                                         [r.finish_reason for r in records])
        return [replace(r, confidence=a.confidence, decision=a.decision, p_answerable=a.p_answerable)
                for r, a in zip(records, answers)]

    # -- running suites ---------------------------------------------------------------------
    def run(self, suite: probes.ProbeSuite, *, out: str | Path | None = None,
            progress: bool = True) -> list[Record]:
        """Ask `suite` through the guard: each record carries the raw answer's grade and the
        guard's verdict (resumable in `out`, like `run_suite`)."""
        return run_suite(self.model, suite, prompt=self.config.prompt, options=self.options,
                         out=out, progress=progress, extra=self.plan.extra,
                         judge=self.judge_observed, judge_id=None if out is None else self.digest,
                         claims=self.claim_signals)

    def evaluate(self, suite: probes.ProbeSuite, *, out: str | Path | None = None,
                 progress: bool = True) -> EvalReport:
        """Raw versus guarded on a labelled suite; with `out`, also report.json/.md/.html."""
        return evaluate_guard(self, suite, out=out, progress=progress)

    @property
    def digest(self) -> str:
        """SHA-256 of everything that decides a verdict (calibration, threshold, policy)."""
        return guard_digest(self)

    # -- persistence -----------------------------------------------------------------------
    def save(self, path: str | Path, *, key: str | None = None) -> Path:
        """Write the guard as JSON (no pickle); signed when a key is given or set in
        `GUARD_SIGNING_KEY` (see `guard.persistence`)."""
        self._fitted()
        return save_guard(self, Path(path), key)

    @classmethod
    def load(cls, path: str | Path, model: Model, *, allow_model_mismatch: bool = False,
             key: str | None = None, **runtime: Any) -> "Guard":
        """Read a saved guard for `model`; refuses another model unless explicitly allowed,
        and a file whose checksum or signature does not verify. `runtime` may change the
        policy (on_fail, outside_bound, abstain_message) and early_abstain."""
        saved = read_guard(Path(path), key)
        saved.check_model(model, allow_model_mismatch)
        return cls.from_fitted(model, saved.fitted, options=saved.options,
                               config=saved.config.with_runtime(**runtime), source=saved.path)
