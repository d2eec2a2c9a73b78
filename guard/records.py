"""Per-question records of a run, and their JSONL file (`records.jsonl`).

The file is appended batch by batch and synced, so an interrupted run keeps every finished
question. Reading it back repairs what an interrupted write leaves: a torn last line is dropped
(that question is asked again) and a complete last record missing only its newline gets one,
so the next append cannot glue onto it. Anything else is a `RecordFileError` saying which line
to fix or delete. Hidden states travel in a record as compact float16 base64 text (`encode`).
"""
from __future__ import annotations

import base64
import json
import math
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

import numpy as np

from guard.backends.base import POSITIONS, Position
from probes import Grade, Probe


def encode(array: np.ndarray) -> str:
    """float16 little-endian base64 of an array of shape (layers, d)."""
    a = np.asarray(array, dtype="<f2")
    return f"{a.shape[0]}x{a.shape[1]}:" + base64.b64encode(a.tobytes()).decode("ascii")


def decode(text: str) -> np.ndarray:
    shape, data = text.split(":", 1)
    rows, cols = map(int, shape.split("x"))
    return np.frombuffer(base64.b64decode(data), dtype="<f2").reshape(rows, cols).astype(np.float32)


@dataclass(frozen=True)
class ClaimRecord:
    """One claim of a recorded answer: its text and span, its label against the question's
    evidence ("supported", "contradicted", "unverifiable"; None without evidence), its claim
    signals, its tokens' mean hidden state (`encode`d) and, when a guard judged it, P(supported)
    and whether the guard kept it."""

    text: str
    span: tuple[int, int]
    label: str | None = None
    signals: dict[str, float] = field(default_factory=dict)
    hidden: str | None = None
    confidence: float | None = None
    kept: bool | None = None

    @classmethod
    def from_dict(cls, row: dict) -> "ClaimRecord":
        return cls(**{**row, "span": tuple(row["span"])})


@dataclass(frozen=True)
class Record:
    """One graded answer with its scalar signals."""

    id: str
    question: str
    category: str
    style: str
    answerable: bool
    answers: tuple[str, ...] | None
    model: str
    prompt: str
    text: str
    grade: Grade
    finish_reason: str = "stop"
    truncated: bool = False
    signals: dict[str, float] = field(default_factory=dict)
    confidence: float | None = None  # set when a guard judged the answer
    decision: str | None = None
    p_answerable: float | None = None  # the guard's P(question answerable), when it has one
    hidden_prompt: str | None = None  # `encode`d (layers, d), when captured
    hidden_question: str | None = None
    hidden_answer: str | None = None
    hidden_rare: str | None = None
    generator: str = ""  # the procedure that made the question (`probes.categories.GENERATORS`)
    claims: tuple[ClaimRecord, ...] = ()  # when claim signals were asked for

    def hidden(self) -> dict[Position, np.ndarray]:
        """The captured hidden states by position, decoded."""
        return {p: decode(text) for p in POSITIONS if (text := getattr(self, f"hidden_{p}"))}

    @classmethod
    def of(cls, probe: Probe, **kwargs) -> "Record":
        return cls(id=probe.id, question=probe.question, category=probe.category, style=probe.style,
                   answerable=probe.answerable, answers=probe.answers, generator=probe.generator,
                   **kwargs)

    def to_json(self) -> str:
        row = asdict(self)
        row["grade"] = self.grade.value
        return json.dumps(row, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> "Record":
        row = json.loads(line)
        row["grade"] = Grade(row["grade"])
        if row["answers"] is not None:
            row["answers"] = tuple(row["answers"])
        row["claims"] = tuple(ClaimRecord.from_dict(c) for c in row.get("claims", ()))
        return cls(**row)


def token_probability(r: Record) -> float | None:
    """exp(mean token log-prob): the model's own, uncalibrated confidence in an answer."""
    v = r.signals.get("mean_logprob")
    return math.exp(v) if v is not None and math.isfinite(v) else None


class RecordFileError(ValueError):
    """records.jsonl is corrupt in a way that cannot be explained by an interrupted write."""


def read_records(path: Path) -> list[Record]:
    """Records in the file, after repairing an interrupted last write (module docstring)."""
    if not path.exists():
        return []
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RecordFileError(f"{path} is not UTF-8 text ({exc.reason}); {_REPAIR}") from None
    lines = raw.split("\n")
    records, good_bytes = [], 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            good_bytes += len(line.encode()) + 1
            continue
        try:
            records.append(Record.from_json(line))
        except (ValueError, TypeError, KeyError) as exc:
            if number == len(lines):  # last line with no newline: the interrupted write
                with open(path, "r+b") as f:
                    f.truncate(min(good_bytes, len(raw.encode())))
                return records
            raise RecordFileError(f"{path}, line {number}: not a valid record ({exc}); delete "
                                  f"that line (sed -i '{number}d' {path}) to ask its question "
                                  f"again, or {_REPAIR}") from exc
        good_bytes += len(line.encode()) + 1
    if raw and not raw.endswith("\n"):  # a complete record whose newline was not written
        with open(path, "a", encoding="utf-8") as f:
            f.write("\n")
    return records


_REPAIR = "move the file away to start the run over"


def append_records(path: Path, records: Iterable[Record]) -> None:
    """Append and fsync, so a killed run loses at most the batch being written."""
    with open(path, "a", encoding="utf-8") as f:
        for record in records:
            f.write(record.to_json() + "\n")
        f.flush()
        os.fsync(f.fileno())
