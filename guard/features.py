"""From answers to the calibrator's feature matrix: single-pass signals, then the logit of each
learned hidden-state probe (`hidden_prompt`, `hidden_answer`, `hidden_answerable`).

An `Observation` is what one answer offers (signal values and hidden states), built from a live
`Generation` or from a stored `Record`, so fitting and asking share one code path. Learned
features are fitted with out-of-fold predictions, so the calibrator above them is not fooled by
a probe that has memorised its own training answers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np

from guard import signals as sig
from guard.backends.base import Generation
from guard.knowledge_probe import HiddenStateProbe, decode
from guard.records import Record
from guard.signals import LEARNED, LEARNED_SOURCES

POSITIONS = ("hidden_prompt", "hidden_answer")  # where hidden states are read


def candidate_layers(n_layers: int) -> tuple[int, ...]:
    """Seven layers from a quarter of the depth to the top: where knowledge probes look."""
    fractions = (0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0)
    return tuple(sorted({max(1, round(n_layers * f)) for f in fractions}))


@dataclass(frozen=True)
class Observation:
    signals: Mapping[str, float]
    hidden: Mapping[str, np.ndarray] = field(default_factory=dict)  # position -> (layers, d)
    answerable: bool | None = None  # the question's label, known for probe records only

    @classmethod
    def of_record(cls, r: Record) -> "Observation":
        hidden = {n: decode(getattr(r, n)) for n in POSITIONS if getattr(r, n)}
        return cls(r.signals, hidden, r.answerable)

    @classmethod
    def of_generation(cls, g: Generation, names: Sequence[str],
                      extra: Mapping[str, float] | None = None) -> "Observation":
        """`names`' single-pass values from `g`, plus `extra` (extra-pass values) as given."""
        values = dict(extra or {})
        for name in (n for n in names if n in sig.SIGNALS):
            try:
                values[name] = float(sig.SIGNALS[name].fn(g))
            except (ValueError, IndexError):
                pass  # missing: becomes NaN and fails closed
        hidden = {}
        if g.prompt_hidden is not None:
            hidden["hidden_prompt"] = g.prompt_hidden
            n = g.answer_hidden.shape[1]
            hidden["hidden_answer"] = g.answer_hidden.mean(axis=1) if n else g.prompt_hidden
        return cls(values, hidden)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


class Featurizer:
    """Scalar signals (single- and extra-pass) then learned hidden-state probes (`columns`)."""

    def __init__(self, names: Sequence[str], probes: Mapping[str, HiddenStateProbe] | None = None):
        unknown = [n for n in names if n not in sig.known()]
        if unknown:
            raise ValueError(f"unknown signal(s) {unknown}; known: {', '.join(sig.known())}")
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate signal names in {list(names)}")
        self.names = tuple(names)
        self.probes = dict(probes or {})

    @property
    def scalar(self) -> tuple[str, ...]:
        """Signals read as numbers from each answer (single-pass and extra-pass ones)."""
        return tuple(n for n in self.names if n not in LEARNED)

    @property
    def learned(self) -> tuple[str, ...]:
        return tuple(n for n in self.names if n in LEARNED)

    @property
    def columns(self) -> tuple[str, ...]:
        """The feature matrix's column names, in order."""
        return self.scalar + self.learned

    @property
    def pre_generation(self) -> str | None:
        """The first learned signal read before generating (it can drive early abstention)."""
        return next((n for n in self.learned if LEARNED_SOURCES[n][0] == "hidden_prompt"), None)

    @property
    def answerability(self) -> str | None:
        """The first learned signal that predicts whether the question is answerable at all."""
        return next((n for n in self.learned if LEARNED_SOURCES[n][1] == "answerable"), None)

    def _hidden(self, obs: Sequence[Observation], name: str) -> tuple[np.ndarray, np.ndarray]:
        ok = np.array([name in o.hidden for o in obs])
        if not ok.any():
            return ok, np.zeros((0, 0, 0))
        return ok, np.stack([o.hidden[name] for o, k in zip(obs, ok) if k])

    def fit(self, obs: Sequence[Observation], y: np.ndarray) -> np.ndarray:
        """Fit the hidden-state probes (on `y`, 1 = correct, or on the questions' answerable
        labels); return the training matrix with out-of-fold features."""
        X = self._scalar_matrix(obs)
        for name in self.learned:
            position, target = LEARNED_SOURCES[name]
            ok, H = self._hidden(obs, position)
            if not ok.all():
                raise ValueError(f"signal '{name}' needs hidden states, missing for {int((~ok).sum())} answers")
            labels = np.asarray(y, dtype=int) if target == "correct" else self._answerable(obs, name)
            probe = HiddenStateProbe().fit(H, labels)
            self.probes[name] = probe
            X = np.column_stack([X, _logit(probe.oof_)])
        return X

    @staticmethod
    def _answerable(obs: Sequence[Observation], name: str) -> np.ndarray:
        if any(o.answerable is None for o in obs):
            raise ValueError(f"signal '{name}' learns from answerable/unanswerable labels, which "
                             "these answers lack: fit it on probe records")
        labels = np.array([o.answerable for o in obs], dtype=int)
        if labels.min() == labels.max():
            raise ValueError(f"signal '{name}' needs both answerable and unanswerable questions")
        return labels

    def transform(self, obs: Sequence[Observation]) -> np.ndarray:
        """Feature matrix; NaN where a signal or hidden state is missing (fails closed)."""
        X = self._scalar_matrix(obs)
        for name in self.learned:
            col = np.full(len(obs), np.nan)
            ok, H = self._hidden(obs, LEARNED_SOURCES[name][0])
            if ok.any():
                col[ok] = _logit(self.probes[name].predict_confidence(H))
            X = np.column_stack([X, col])
        return X

    def _scalar_matrix(self, obs: Sequence[Observation]) -> np.ndarray:
        return np.array([[o.signals.get(n, np.nan) for n in self.scalar] for o in obs],
                        dtype=float).reshape(len(obs), len(self.scalar))

    def to_dict(self) -> dict:
        return {"names": list(self.names), "probes": {n: p.to_dict() for n, p in self.probes.items()}}

    @classmethod
    def from_dict(cls, d: dict) -> "Featurizer":
        return cls(d["names"], {n: HiddenStateProbe.from_dict(p) for n, p in d["probes"].items()})
