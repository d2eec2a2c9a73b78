"""The pieces of the signals benchmark: every signal as a column for one fit set, the guard's
calibration on a set of columns, and the shortcut baselines every signal is compared with.

Shortcut baselines (what a probe could learn instead of what the model knows):
- "text: words": TF-IDF of the question's words (1-2 grams) + logistic regression;
- "text: characters": TF-IDF of character 3-5 grams (sees invented-looking names);
- "rarity": share of the question's words outside the shipped lexicon (no learning);
- "length" and "question_surprisal" are ordinary signals of the registry.
A learned baseline is fitted on the same fit set as the signals, once on correctness (for AUROC
correct) and once on the answerable labels (for AUROC answerable).
"""
from __future__ import annotations

import re

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from guard.calibration import make_calibrator
from guard.fitting import known
from guard.scoring import fit_calibrator, predict_correct
from guard.reporting import metrics
from guard.signals import SIGNALS, of_kind
from guard.signals.features import Featurizer, Observation
from probes import Grade
from probes.lexicon import is_real_word

SINGLE = of_kind(list(SIGNALS), "single_pass")
LEARNED = of_kind(list(SIGNALS), "hidden_probe")
BASELINES = ("text: words", "text: characters", "rarity")


def graded(records) -> list:
    return [r for r in records if r.grade in (Grade.CORRECT, Grade.INCORRECT)]


class Columns:
    """Every signal as a column for one fit set: hidden-state probes are fitted once per fit set
    (out-of-fold on the fit set itself, the answerability probe on every fit question) and
    reused by every signal set and test set."""

    def __init__(self, fit, extra: tuple[str, ...] = (), learned: tuple[str, ...] = LEARNED,
                 observe=Observation.of_record) -> None:
        self.observe = observe  # record -> Observation (the embedding variant swaps the hidden states)
        self.fit = graded(fit)
        self.y = np.array([r.grade == Grade.CORRECT for r in self.fit], dtype=int)
        fit_obs = [known(r, observe) for r in self.fit]  # labelled as the guard labels them
        self.answerable = np.array([bool(o.answerable) for o in fit_obs])
        names = SINGLE + extra + learned
        self.featurizer = Featurizer(names)
        others = [known(r, observe) for r in fit if r.grade not in (Grade.CORRECT, Grade.INCORRECT)]
        X = self.featurizer.fit_transform(fit_obs, self.y, others)
        self.train = dict(zip(names, X.T))
        self.text = {name: TextBaseline(name, fit) for name in BASELINES[:2]}

    def transform(self, records) -> dict[str, np.ndarray]:
        X = self.featurizer.transform([self.observe(r) for r in records])
        return dict(zip(self.featurizer.names, X.T))


def score(names, columns: Columns, test, test_cols: dict[str, np.ndarray], gate: bool = True) -> dict:
    """Fit a calibrator on signal set `names` as the guard does (gated by its answerability probe
    when that is one of several signals, rows lacking a value left out, see `guard.scoring`);
    its P(correct) on `test`, and for a set with an answerability probe, that probe's
    P(answerable)."""
    single_scalar = len(names) == 1 and names[0] in SINGLE
    calibrator = make_calibrator("platt" if single_scalar else "logistic")
    answerability = Featurizer(names).answerability
    gated = gate and len(names) > 1 and answerability is not None
    X = np.column_stack([columns.train[n] for n in names])
    ok = np.isfinite(X).all(axis=1)  # the guard's one missing-value rule: incomplete rows sit out
    calibrator = fit_calibrator(calibrator, X[ok], columns.y[ok], columns.answerable[ok],
                                names.index(answerability) if gated else None)
    p = predict_correct(calibrator, np.column_stack([test_cols[n] for n in names]))
    p_ans = None if answerability is None else 1 / (1 + np.exp(-test_cols[answerability]))
    return {"p": p, "p_answerable": p_ans}


def baseline_score(name: str, columns: Columns, test) -> dict:
    """The shortcut baselines' P(correct) and P(answerable) on `test`."""
    questions = [r.question for r in test]
    if name == "rarity":
        p = 1.0 - np.array([rarity(q) for q in questions])
        return {"p": p, "p_answerable": p}
    model = columns.text[name]
    return {"p": model.correct.predict_proba(questions)[:, 1],
            "p_answerable": model.answerable.predict_proba(questions)[:, 1]}


def aurocs(result: dict, test) -> dict:
    """AUROC of P(correct) for correct answers, of the confidence for answerable questions
    (0 where the model itself abstained) and, where there is one, of P(answerable)."""
    p = result["p"]
    ok = np.array([r.grade in (Grade.CORRECT, Grade.INCORRECT) for r in test])
    correct = np.array([r.grade == Grade.CORRECT for r in test], dtype=int)
    answerable = np.array([r.answerable for r in test], dtype=int)
    p_eff = np.where([r.grade == Grade.ABSTAINED for r in test], 0.0, p)
    p_ans = result.get("p_answerable")
    return {"correct": _safe(metrics.auroc, correct[ok], p[ok]),
            "answerable": _safe(metrics.auroc, answerable, p_eff),
            "p_answerable": None if p_ans is None else _safe(metrics.auroc, answerable, p_ans),
            "ece": _safe(metrics.ece, correct[ok], np.clip(p[ok], 0, 1))}


def _safe(fn, *args) -> float:
    try:
        return float(fn(*args))
    except ValueError:
        return float("nan")


class TextBaseline:
    """Question text alone, as TF-IDF features: one classifier for correctness (graded rows) and
    one for answerability (every row)."""

    def __init__(self, name: str, fit) -> None:
        words = name == "text: words"
        make = lambda: make_pipeline(  # noqa: E731
            TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True) if words else
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True),
            LogisticRegression(C=1.0, max_iter=2000))
        rows = graded(fit)
        self.correct = make().fit([r.question for r in rows], [r.grade == Grade.CORRECT for r in rows])
        self.answerable = make().fit([r.question for r in fit], [bool(r.answerable) for r in fit])


def rarity(question: str) -> float:
    """Share of the question's words (3+ letters) that are not in the shipped lexicon."""
    tokens = [t for t in re.findall(r"[A-Za-z]+", question) if len(t) >= 3]
    return sum(not is_real_word(t) for t in tokens) / len(tokens) if tokens else 0.0
