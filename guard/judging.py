"""`Judge`: verdicts from a guard's fitted state, for answers and for prompt passes.

`verdicts` scores observed answers (`guard.scoring`) and decides each (`guard.verdict`), with
the scope rule (`guard.scope`) saying which answers lie outside the calibrated bound. `gate` is
the early-abstention gate a backend shows each question's prompt pass to: it stops the
questions whose before-answer P(knows) is under the scorer's early threshold, recording their
verdicts. Live answers, stored records and guarded runs are all judged here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from guard.backends.base import GenerateOptions, Generation, Model
from guard.fitting import Fitted
from guard.scope import outside_bound
from guard.signals.features import (Observation, before_answer_observation, claim_samples, observe,
                                    observe_claims)
from guard.verdict import ClaimVerdict, GuardedAnswer, Policy, before_answer, decide, judge_claims
from probes.claims import asked_entity, kept_text, split_claims

OnEarly = Callable[[GuardedAnswer], None]


@dataclass(frozen=True)
class Judge:
    """A fitted state and a policy: everything a verdict depends on."""

    fitted: Fitted
    policy: Policy

    def answers(self, model: Model, generations: Sequence[Generation],
                options: GenerateOptions) -> list[GuardedAnswer]:
        """Observe the signals of answers generated with `options`, then judge them (and their
        claims, for a guard calibrated claim by claim)."""
        if not generations:
            return []
        obs = observe(model, generations, self.fitted.scorer.featurizer_.names, options)
        claim_names = self.fitted.claims.scorer.featurizer_.names if self.fitted.claims else ()
        return self.observed(generations, obs, claim_samples(model, generations, claim_names, options))

    def observed(self, generations: Sequence[Generation], obs: Sequence[Observation],
                 samples: Sequence[Sequence[str]] = ()) -> list[GuardedAnswer]:
        """Judge answers whose signals were already observed (and their claims, for a guard
        calibrated claim by claim, with each answer's sampled answers when its claim signals
        read them: `claim_samples`)."""
        answers = self.verdicts([g.question for g in generations], [g.text for g in generations],
                                obs, [g.finish_reason for g in generations])
        if self.fitted.claims is None:
            return answers
        samples = samples or [()] * len(generations)
        return [self.claims(a, g, self.outside(g.question, o), s)
                for a, g, o, s in zip(answers, generations, obs, samples)]

    def outside(self, question: str, o: Observation) -> str:
        """Why an answer lies outside the answer-level bound ("" when it does not)."""
        return outside_bound(question, o.signals.get("length"), self.fitted.info.max_length)

    def claims(self, answer: GuardedAnswer, g: Generation, outside: str,
               samples: Sequence[str] = ()) -> GuardedAnswer:
        """`answer` with its claims judged; one `outside` the answer-level bound is decided by
        them (`guard.verdict.judge_claims`)."""
        fit = self.fitted.claims
        claims = split_claims(g.text, asked_entity(g.question))
        if not claims or answer.outcome in ("model_abstained", "missing_signal"):
            return answer
        obs = observe_claims(g, claims, fit.scorer.featurizer_.names, samples)
        p = fit.scorer.score(obs).p_correct
        keep = [bool(x >= fit.threshold.threshold) for x in p]
        verdicts = [ClaimVerdict(c.text, c.span, float(x), k) for c, x, k in zip(claims, p, keep)]
        return judge_claims(answer, verdicts, fit.threshold.threshold, self.policy,
                            kept_text(g.text, claims, keep), bool(outside))

    def verdicts(self, questions: Sequence[str], texts: Sequence[str], obs: Sequence[Observation],
                 finish: Sequence[str]) -> list[GuardedAnswer]:
        """One verdict per observed answer (before the on-fail policy's raise or callback)."""
        scores = self.fitted.scorer.score(obs)
        return [decide(q, t, scores.row(i), scores.p_correct[i], scores.p_answerable[i],
                       scores.missing[i], self.outside(q, o), self.fitted.threshold, self.policy, f)
                for i, (q, t, o, f) in enumerate(zip(questions, texts, obs, finish))]

    def gate(self, early: dict[str, GuardedAnswer],
             on_early: OnEarly | None = None) -> Callable[[list[Generation]], np.ndarray]:
        """A backend gate keeping the questions whose before-answer P(knows) reaches the early
        threshold; each stopped one's verdict goes into `early` (and to `on_early`)."""
        scorer = self.fitted.scorer

        def gate(prompt_pass: list[Generation]) -> np.ndarray:
            p_know = scorer.know_before_answer([before_answer_observation(g, scorer.featurizer_.before_answer)
                                                for g in prompt_pass])
            stop = p_know < scorer.early_threshold_  # nan (no hidden state): go on
            for g, p in zip(prompt_pass, p_know):
                if p < scorer.early_threshold_:
                    early[g.question] = before_answer(g.question, p, scorer.early_threshold_,
                                                      self.policy.abstain_message)
                    if on_early is not None:
                        on_early(early[g.question])
            return ~stop
        return gate
