"""run_suite: grading, records, and resuming an interrupted run without loss or repetition."""
from __future__ import annotations

import pytest

from guard import GenerateOptions, load_model, run_suite
from guard.records import RecordFileError, read_records
from helpers import grades, quiz_model, quiz_suite


class Flaky:
    """quiz_model that dies after `fail_after` calls, counting every question it sees."""

    def __init__(self, fail_after: int | None = None):
        self.fail_after, self.seen = fail_after, []

    def __call__(self, prompt: str) -> str:
        if self.fail_after is not None and len(self.seen) >= self.fail_after:
            raise ConnectionError("server went away")
        self.seen.append(prompt.split("\n\n")[-1])
        return quiz_model(prompt)


def test_records_carry_grades_and_signals():
    suite = quiz_suite(20)
    records = run_suite(load_model(quiz_model), suite, progress=False)
    assert [r.id for r in records] == [p.id for p in suite]
    assert [r.grade for r in records] == grades(suite)
    assert all(set(r.signals) == {"length"} for r in records)
    assert {r.prompt for r in records} == {"neutral"}


def test_interrupted_run_resumes_without_redoing_or_losing(tmp_path):
    suite = quiz_suite(40)
    opts = GenerateOptions(batch_size=4)
    first = Flaky(fail_after=18)
    with pytest.raises(ConnectionError):
        run_suite(load_model(first, model_id="flaky"), suite, options=opts, out=tmp_path, progress=False)
    kept = read_records(tmp_path / "records.jsonl")
    assert len(kept) == 16  # four whole batches; the fifth died mid-way and was not written
    second = Flaky()
    records = run_suite(load_model(second, model_id="flaky"), suite, options=opts, out=tmp_path,
                        progress=False)
    assert len(second.seen) == 24 and not set(second.seen) & {r.question for r in kept}
    ids = [r.id for r in read_records(tmp_path / "records.jsonl")]
    assert sorted(ids) == sorted(p.id for p in suite) and len(ids) == len(set(ids))
    assert [r.grade for r in records] == grades(suite)


def test_torn_last_line_is_dropped_and_redone(tmp_path):
    suite = quiz_suite(12)
    run_suite(load_model(quiz_model, model_id="m"), suite, out=tmp_path, progress=False)
    path = tmp_path / "records.jsonl"
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(lines[:-1]) + lines[-1][:25])  # the interrupted write
    model = Flaky()
    run_suite(load_model(model, model_id="m"), suite, out=tmp_path, progress=False)
    assert len(model.seen) == 1
    assert len(read_records(path)) == 12


def test_corrupt_middle_line_is_an_error(tmp_path):
    suite = quiz_suite(12)
    run_suite(load_model(quiz_model, name="m"), suite, out=tmp_path, progress=False)
    path = tmp_path / "records.jsonl"
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(lines[:3]) + "{oops\n" + "".join(lines[3:]))
    with pytest.raises(RecordFileError, match="line 4"):
        run_suite(load_model(quiz_model, name="m"), suite, out=tmp_path, progress=False)


def test_resume_refuses_another_model_prompt_or_suite(tmp_path):
    run_suite(load_model(quiz_model, name="m"), quiz_suite(12), out=tmp_path, progress=False)
    with pytest.raises(ValueError, match="model fingerprint: 'callable:m:"):
        run_suite(load_model(quiz_model, model_id="other"), quiz_suite(12), out=tmp_path,
                  progress=False)
    with pytest.raises(ValueError, match="prompt: 'neutral' there, 'abstain' now"):
        run_suite(load_model(quiz_model, name="m"), quiz_suite(12), prompt="abstain", out=tmp_path,
                  progress=False)
    with pytest.raises(ValueError, match="not in suite"):
        run_suite(load_model(quiz_model, name="m"), quiz_suite(6), out=tmp_path, progress=False)


def test_a_stored_answer_is_regraded_and_its_claims_relabelled_by_todays_graders():
    """A resumed run (and benchmarks/claims.py) never keeps a grade or claim label that an
    older grader wrote into records.jsonl."""
    from dataclasses import replace

    import probes
    from guard.records import ClaimRecord, Record
    from guard.runner import regraded
    from probes.claims import asked_entity, claim_labels, split_claims

    probe = next(iter(probes.load_suite("claims", size=10, seed=0)))
    text = f"{asked_entity(probe.question)} is a famous Italian car manufacturer. It was founded in 1850."
    claims = split_claims(text, asked_entity(probe.question))
    stale = Record.of(probe, model="m", prompt="neutral", text=text, grade=probes.Grade.ABSTAINED,
                      claims=tuple(ClaimRecord(c.text, c.span, "stale") for c in claims))
    fresh = regraded(stale, probe)
    assert fresh.grade == probes.grade(probe, text) != probes.Grade.ABSTAINED
    assert [c.label for c in fresh.claims] == list(claim_labels(probe, [c.text for c in claims]))
    assert "stale" not in [c.label for c in fresh.claims] and len(fresh.claims) == 2
    assert replace(fresh, claims=(), grade=stale.grade) == replace(stale, claims=())
