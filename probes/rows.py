"""Validating parsed file rows into probes, with errors that name file, line and field.

Kept apart from the format readers in `probes.files` so JSONL, JSON and CSV share one set of
rules. `answerable` defaults to whether `answers` is given; an empty `answers` list without an
explicit `answerable` is an error, since it could mean either. Ids: an explicit `id` (or SelfAware `question_id`) is used as given and must be unique;
rows without one get "<category>-<hash of question>", stable under reordering, with the line
number appended only when the same question occurs twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from probes.suite import Probe, make_id

DEFAULT_CATEGORY = "external"
DEFAULT_STYLE = "unspecified"


class ProbeFileError(ValueError):
    """A probe file that cannot be read as written; says where and which field."""

    def __init__(self, path: str, line: int, field: str | None, problem: str) -> None:
        self.path, self.line, self.field, self.problem = path, line, field, problem
        where = f"{path}:{line}" if line else path
        what = f"field '{field}': " if field else ""
        super().__init__(f"{where}: {what}{problem}")


def build_probes(rows: Iterable[tuple[int, Any]], path: str) -> tuple[Probe, ...]:
    """Validate (line, row) pairs into probes; the first problem raises `ProbeFileError`."""
    probes: list[Probe] = []
    explicit: dict[str, int] = {}
    generated: dict[str, int] = {}
    for line, row in rows:
        probe, given_id = _probe(row, path, line)
        if given_id:
            if probe.id in explicit:
                raise ProbeFileError(
                    path, line, "id", f"duplicate id {probe.id!r} (first on line {explicit[probe.id]})"
                )
            explicit[probe.id] = line
        elif probe.id in generated:
            probe = replace(probe, id=f"{probe.id}-{line}")
        generated.setdefault(probe.id, line)
        probes.append(probe)
    clash = set(explicit) & {p.id for p in probes if p.id not in explicit}
    if clash:
        raise ProbeFileError(path, 0, "id", f"generated ids collide with explicit ones: {sorted(clash)[:3]}")
    return tuple(probes)


def _probe(row: Any, path: str, line: int) -> tuple[Probe, bool]:
    if not isinstance(row, dict):
        raise ProbeFileError(path, line, None, f"row must be an object, got {type(row).__name__}")
    question = row.get("question")
    if not isinstance(question, str) or not question.strip():
        raise ProbeFileError(path, line, "question", "required, a non-empty string")
    key = "answers" if "answers" in row else "answer"
    answers = _answers(row.get(key), path, line, key)
    answerable = row.get("answerable")
    if answerable is None:
        if row.get(key) == []:
            raise ProbeFileError(path, line, key, 'an empty list does not say whether the question '
                                 'is answerable: give its answers, null for an unanswerable question, '
                                 'or set "answerable": true (graded answered/abstained)')
        answerable = answers is not None
    elif not isinstance(answerable, bool):
        raise ProbeFileError(path, line, "answerable", f"must be true or false, got {answerable!r}")
    if not answerable and answers is not None:
        raise ProbeFileError(path, line, key, "an unanswerable row cannot have answers")
    category = _text(row, "category", path, line) or _text(row, "source", path, line) or DEFAULT_CATEGORY
    style = _text(row, "style", path, line) or DEFAULT_STYLE
    topic = _text(row, "topic", path, line) or ""
    template = _text(row, "template", path, line) or ""
    generator = _text(row, "generator", path, line) or ""
    pair = _text(row, "pair", path, line) or ""
    pid, given = _id(row, path, line)
    pid = pid or make_id(category, question.strip())
    labelled = key in row or row.get("answerable") is not None
    return Probe(pid, question.strip(), answers, answerable, category, style, topic, template,
                 generator, pair, line, labelled), given


def _answers(value: Any, path: str, line: int, key: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(
        isinstance(a, (str, int, float)) and not isinstance(a, bool) for a in value
    ):
        raise ProbeFileError(path, line, key, "must be a list of strings or null")
    aliases = tuple(str(a).strip() for a in value)
    if any(not a for a in aliases):
        raise ProbeFileError(path, line, key, "answers must not be empty strings")
    return aliases or None


def _text(row: dict[str, Any], key: str, path: str, line: int) -> str | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ProbeFileError(path, line, key, f"must be a string, got {type(value).__name__}")
    return value.strip() or None


def _id(row: dict[str, Any], path: str, line: int) -> tuple[str | None, bool]:
    for key, prefix in (("id", ""), ("question_id", "selfaware-")):
        value = row.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise ProbeFileError(path, line, key, "must be a string or an integer")
        return f"{prefix}{value}".strip(), True
    return None, False
