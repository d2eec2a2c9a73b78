"""Raw-versus-guarded numbers from guarded records, checked by hand."""
from __future__ import annotations

import math

import pytest

from guard.reporting.evaluation import evaluate_records, guarded_outcome
from guard.records import Record
from probes import Grade


def rec(i, grade, conf, decision, answerable=True, category="c"):
    return Record(f"q{i}", "q?", category, "factoid", answerable, ("a",) if answerable else None,
                  "m", "neutral", "t", grade, confidence=conf, decision=decision)


def test_hand_computed_evaluation():
    records = [
        rec(0, Grade.CORRECT, 0.9, "answer"),
        rec(1, Grade.CORRECT, 0.4, "abstain"),          # a correct answer the guard withheld
        rec(2, Grade.INCORRECT, 0.2, "abstain", False, "u"),
        rec(3, Grade.INCORRECT, 0.7, "answer", False, "u"),  # a hallucination let through
        rec(4, Grade.ABSTAINED, 0.8, "abstain", False, "u"),
    ]
    ev = evaluate_records(records)
    assert [guarded_outcome(r) for r in records] == ["correct", "abstained", "abstained",
                                                    "incorrect", "abstained"]
    assert (ev.raw.correct, ev.raw.incorrect, ev.raw.abstained) == (2, 2, 1)
    assert ev.raw.hallucination_rate == pytest.approx(2 / 3)
    assert ev.guarded.hallucination_rate == pytest.approx(1 / 4)
    assert ev.raw.omniscience_index == pytest.approx(0.0)
    assert ev.guarded.omniscience_index == pytest.approx(0.0)
    assert ev.kept_correct == pytest.approx(0.5)
    assert ev.hallucination_on_unknowns == pytest.approx(1 / 3)  # 1 let through of 3 not correct
    # correct (0.9, 0.4) vs incorrect (0.2, 0.7): 3 of 4 pairs ordered right
    assert ev.auroc_correct == pytest.approx(0.75) and ev.n_scored == 4
    # answerable (0.9, 0.4) vs unanswerable (0.2, 0.7, model abstention -> 0): 5 of 6
    assert ev.auroc_answerable == pytest.approx(5 / 6)
    assert set(ev.per_category) == {"c", "u"}
    assert ev.per_category["u"][1].hallucination_rate == pytest.approx(1 / 3)
    d = ev.to_dict()
    assert d["guarded"]["incorrect"] == 1 and d["per_category"]["c"]["raw"]["correct"] == 2


def test_raw_records_are_refused():
    with pytest.raises(ValueError, match="not judged"):
        evaluate_records([rec(0, Grade.CORRECT, None, None)])
    with pytest.raises(ValueError, match="no records"):
        evaluate_records([])


def test_single_class_gives_nan_not_a_crash():
    ev = evaluate_records([rec(0, Grade.CORRECT, 0.9, "answer"), rec(1, Grade.CORRECT, 0.8, "answer")])
    assert math.isnan(ev.auroc_correct) and ev.kept_correct == 1.0


def test_raw_and_guarded_count_the_same_questions_when_some_answers_are_ungraded():
    """An answer with no gold answer stays ungraded whatever the guard does with it, so the two
    columns of a report count the same N (a withheld ungraded answer is not an abstention)."""
    from guard.records import Record
    from guard.reporting.evaluation import evaluate_records
    from probes import Grade

    def rec(i, grade, decision):
        return Record(f"q{i}", "q", "c", "open_ended", True, None, "m", "neutral", "text", grade,
                      confidence=0.5, decision=decision)

    records = [rec(0, Grade.CORRECT, "answer"), rec(1, Grade.INCORRECT, "abstain"),
               rec(2, Grade.UNGRADED, "abstain"), rec(3, Grade.UNGRADED, "answer")]
    ev = evaluate_records(records)
    assert ev.raw.n == ev.guarded.n == 2 and ev.raw.ungraded == ev.guarded.ungraded == 2
