"""From answers to the calibrator's feature matrix.

`observe` is the one path from generated answers to `Observation`s (signal values and hidden
states by position), used by runs that store records and by the guard that judges live
answers, so both compute every signal the same way. A stored `Record` gives the same
`Observation` back. A value a backend or run could not give is left out of the observation: it
is missing, never invented (what a missing value does is `guard.scoring`'s one policy).
`Featurizer` turns observations into the matrix: scalar signals (single-pass, extra-pass,
sampling) first, then the logit of each hidden-state probe (an answerability probe also reads
its `inputs`), which it fits with out-of-fold predictions so the calibrator above is not fooled
by probes that memorised their training answers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np

from guard.backends.base import GenerateOptions, Generation, Model, Position
from guard.records import Record
from guard.signals.claim_pass import claim_hidden, claim_slices
from guard.signals.consistency import sample_answers
from guard.signals.family_probe import FamilyProbe, probe_from_dict
from guard.signals.hidden_probe import HiddenStateProbe
from probes.categories import unknown_family
from probes.claims import Claim
from guard.signals.registry import SIGNALS, of_kind, with_inputs


@dataclass(frozen=True)
class Observation:
    """What one answer offers: signal values, hidden states by position, and (for probe
    questions) whether the question is answerable and, if not, its family of unknowns (what
    made it unknowable: `probes.categories.unknown_family`; the answerability probes learn each
    family apart)."""

    signals: Mapping[str, float]
    hidden: Mapping[Position, np.ndarray] = field(default_factory=dict)  # position -> (layers, d)
    answerable: bool | None = None
    family: str = ""

    @classmethod
    def of_record(cls, r: Record) -> "Observation":
        return cls(r.signals, r.hidden(), r.answerable, unknown_family(r.generator))


def observe(model: Model, generations: Sequence[Generation], names: Sequence[str],
            options: GenerateOptions) -> list[Observation]:
    """The values of `names` and of their probes' inputs for each answer (extra-pass and
    sampling signals in one batched call each) and its hidden states: the last prompt token, the
    question's tokens mean-pooled, and the answer tokens mean-pooled (the last prompt token for an
    empty answer). A single-pass value the generation cannot give is left out, so it reads as
    missing and the guard fails closed."""
    questions, texts = [g.question for g in generations], [g.text for g in generations]
    batched = {n: SIGNALS[n].batch(model, questions, texts, options)
               for n in of_kind(names, "extra_pass", "sampling")}
    scalars = with_inputs(names)
    return [Observation({**_values(g, scalars), **{n: float(v[i]) for n, v in batched.items()}},
                        hidden_of(g)) for i, g in enumerate(generations)]


def before_answer_observation(g: Generation, probe: str) -> Observation:
    """What the prompt pass offers a probe that decides before the answer: its hidden states
    and its inputs."""
    return Observation(_values(g, SIGNALS[probe].inputs), hidden_of(g))


def claim_samples(model: Model, generations: Sequence[Generation], names: Sequence[str],
                  options: GenerateOptions) -> list[tuple[str, ...]]:
    """The sampled answers the claim signals among `names` read, per generation, in one
    batched call (none unless a sampling claim signal such as `claim_agreement` is asked for)."""
    k = max((SIGNALS[n].reads.samples for n in names if SIGNALS[n].unit == "claim"), default=0)
    if not k or not generations:
        return [() for _ in generations]
    return [tuple(s) for s in sample_answers(model, [g.question for g in generations], k=k, options=options)]


def observe_claims(g: Generation, claims: Sequence[Claim], names: Sequence[str],
                   samples: Sequence[str] = ()) -> list[Observation]:
    """One observation per claim of `g.text`: the claim signals among `names` read on the claim's
    tokens (and on `samples`, the sampled answers of `claim_samples`), and its tokens' mean hidden
    state (position "claim") when the answer has them."""
    mine = [n for n in names if SIGNALS[n].unit == "claim"]
    out = []
    for s in claim_slices(g, claims, samples):
        hidden = claim_hidden(s)
        out.append(Observation(_values(s, mine, ("single_pass", "sampling")),
                               {} if hidden is None else {"claim": hidden}))
    return out


def _values(g, names: Sequence[str], kinds: tuple[str, ...] = ("single_pass",)) -> dict[str, float]:
    """The values of the signals among `names` of `kinds` read from one generation or claim slice."""
    values = {}
    for name in of_kind(names, *kinds):
        try:
            values[name] = float(SIGNALS[name].value(g))
        except (ValueError, IndexError):
            pass  # not captured by this backend or run: missing
    return values


def hidden_of(g: Generation) -> dict[Position, np.ndarray]:
    """The hidden states a generation offers, by position (an empty answer reads as its last
    prompt token)."""
    if g.prompt_hidden is None:
        return {}
    out: dict[Position, np.ndarray] = {"prompt": g.prompt_hidden}
    if g.question_hidden is not None:
        out["question"] = g.question_hidden
    if g.answer_hidden is not None:  # None: a backend with the prompt position only (an embedding)
        empty = not g.answer_hidden.shape[1]
        out["answer"] = g.prompt_hidden if empty else g.answer_hidden.mean(axis=1)
    if g.rare_hidden is not None:
        out["rare"] = g.rare_hidden
    return out


def _answerable_labels(obs: Sequence[Observation], name: str) -> np.ndarray:
    if any(o.answerable is None for o in obs):
        raise ValueError(f"signal '{name}' learns from answerable/unanswerable labels, which "
                         "these answers lack: fit it on probe records")
    labels = np.array([o.answerable for o in obs], dtype=int)
    if labels.min() == labels.max():
        raise ValueError(f"signal '{name}' needs both answerable and unanswerable questions")
    return labels


def has(o: Observation, positions: Sequence[Position], inputs: Sequence[str] = ()) -> bool:
    """Whether `o` has hidden states at `positions` and a finite value of each of `inputs`."""
    return all(p in o.hidden for p in positions) and all(np.isfinite(o.signals.get(i, np.nan)) for i in inputs)


def readable(o: Observation, name: str) -> bool:
    """Whether `o` has everything probe `name` reads."""
    return has(o, SIGNALS[name].reads.positions, SIGNALS[name].inputs)


def _stacked(o: Observation, positions: Sequence[Position]) -> np.ndarray:
    return np.concatenate([o.hidden[p] for p in positions], axis=0)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


class Featurizer:
    """Scalar signals then hidden-state probes; `columns` names the matrix's columns in order."""

    def __init__(self, names: Sequence[str],
                 probes: Mapping[str, HiddenStateProbe | FamilyProbe] | None = None):
        self.names = tuple(names)
        self.probes = dict(probes or {})

    @property
    def scalar(self) -> tuple[str, ...]:
        """Signals read as numbers from each answer."""
        return of_kind(self.names, "single_pass", "extra_pass", "sampling")

    @property
    def learned(self) -> tuple[str, ...]:
        """Hidden-state probes, fitted by `fit_transform`."""
        return of_kind(self.names, "hidden_probe")

    @property
    def columns(self) -> tuple[str, ...]:
        return self.scalar + self.learned

    @property
    def before_answer(self) -> str | None:
        """The first probe read from the prompt pass alone (it can decide before generating)."""
        return next((n for n in self.learned if SIGNALS[n].before_answer), None)

    @property
    def answerability(self) -> str | None:
        """The first probe that predicts whether the question is answerable at all."""
        return next((n for n in self.learned if SIGNALS[n].target == "answerable"), None)

    def fit_transform(self, obs: Sequence[Observation], y: np.ndarray,
                      more_questions: Sequence[Observation] = ()) -> np.ndarray:
        """Fit the probes and return the training matrix with out-of-fold probe columns.

        Correctness probes learn from `y` (1 = correct) on `obs`. Answerability probes (one per
        family of unknowns, `FamilyProbe`) learn from the answerable labels of `obs` plus
        `more_questions` (questions without a graded answer still say whether a question is
        answerable) and give `obs` out-of-fold scores."""
        X = self._scalar_matrix(obs)
        for name in self.learned:
            signal = SIGNALS[name]
            if signal.target == "correct":
                probe = HiddenStateProbe().fit(self._hidden(obs, name), np.asarray(y, int))
            else:
                pool = [*obs, *more_questions]
                probe = FamilyProbe().fit(self._hidden(pool, name), _answerable_labels(pool, name),
                                          [o.family for o in pool], self._inputs(pool, name))
            self.probes[name] = probe
            X = np.column_stack([X, _logit(probe.oof_[:len(obs)])])
        return X

    @staticmethod
    def _hidden(obs: Sequence[Observation], name: str) -> np.ndarray:
        """(n, positions x layers, d): the positions' layers side by side, one probe each."""
        positions = SIGNALS[name].reads.positions
        missing = sum(not has(o, positions) for o in obs)
        if missing:
            raise ValueError(f"signal '{name}' needs hidden states ({', '.join(positions)}), "
                             f"missing for {missing} answers")
        return np.stack([_stacked(o, positions) for o in obs])

    @staticmethod
    def _inputs(obs: Sequence[Observation], name: str) -> np.ndarray:
        """(n, inputs): the scalar signals a probe reads beside the hidden states."""
        inputs = SIGNALS[name].inputs
        missing = sum(not has(o, (), inputs) for o in obs)
        if missing:
            raise ValueError(f"signal '{name}' reads {', '.join(inputs)} (the question tokens' "
                             f"log-probs), missing for {missing} answers")
        return np.array([[o.signals[i] for i in inputs] for o in obs], dtype=float).reshape(len(obs), len(inputs))

    def transform(self, obs: Sequence[Observation]) -> np.ndarray:
        """Feature matrix; NaN where a signal or hidden state is missing."""
        X = self._scalar_matrix(obs)
        for name in self.learned:
            col = np.full(len(obs), np.nan)
            ok = np.array([readable(o, name) for o in obs], dtype=bool)
            if ok.any():
                col[ok] = _logit(self.probe_confidence(name, [o for o, k in zip(obs, ok) if k]))
            X = np.column_stack([X, col])
        return X

    def probe_confidence(self, name: str, obs: Sequence[Observation]) -> np.ndarray:
        """One fitted probe's P(target) for observations that have what it reads (`readable`)."""
        probe, H = self.probes[name], np.stack([_stacked(o, SIGNALS[name].reads.positions) for o in obs])
        if isinstance(probe, FamilyProbe):
            return probe.predict_confidence(H, self._inputs(obs, name))
        return probe.predict_confidence(H)

    def _scalar_matrix(self, obs: Sequence[Observation]) -> np.ndarray:
        return np.array([[o.signals.get(n, np.nan) for n in self.scalar] for o in obs],
                        dtype=float).reshape(len(obs), len(self.scalar))

    def to_dict(self) -> dict:
        return {"names": list(self.names), "probes": {n: p.to_dict() for n, p in self.probes.items()}}

    @classmethod
    def from_dict(cls, d: dict) -> "Featurizer":
        return cls(d["names"], {n: probe_from_dict(p) for n, p in d["probes"].items()})
