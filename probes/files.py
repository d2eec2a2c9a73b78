"""Reading probe files: JSONL, JSON (a list of rows or SelfAware's {"example": [...]}) and CSV.

A `.json` file that holds JSON lines (one object per line) is read as JSON lines.
Row fields: `question` (required), `answers` (list or null; SelfAware's `answer` is accepted),
`answerable` (bool; default: answers is not null), optional `id` (SelfAware's `question_id`
becomes "selfaware-<id>"), `category` (default: the `source` field, else "external") and
`style` (default "unspecified"), optional `topic`, `template`, `generator` and `pair` (strings,
default ""). Rows
marked answerable without answers are kept: they grade as answered or abstained. Every malformed
row raises `ProbeFileError` naming file, line and field; nothing is skipped except blank JSONL
lines. Row validation lives in `probes.rows`.

A row with neither `answers` nor `answerable` reads as an unanswerable question (`Probe.labelled`
is then False). That is what a probe file of unanswerable questions means, but in a labelled
sample that sets the threshold (`guard calibrate --labelled`, `Guard.fit(labelled=...)`) a file
without labels would count every correct answer as a hallucination: `check_labelled` refuses a
sample in which no row is labelled (or that is empty) and warns when some rows are not.
"""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from probes.rows import ProbeFileError, build_probes
from probes.suite import ProbeSuite

__all__ = ["ProbeFileError", "UnlabelledRowsWarning", "check_labelled", "from_file",
           "questions_from_file"]

LABEL_NEEDED = ('a labelled row needs "answers" (its accepted answers, or null when the question '
                'has none) or "answerable" (true or false)')


class UnlabelledRowsWarning(UserWarning):
    """Some rows of a labelled sample say neither `answers` nor `answerable`."""


def check_labelled(suite: ProbeSuite | None, source: str | Path | None = None) -> None:
    """Refuse a labelled sample that is empty or in which no row is labelled, before any model
    work (`ProbeFileError`); warn (`UnlabelledRowsWarning`) when only some rows are not.
    `source` names it in the messages (default: the suite's name); None: nothing to check."""
    if suite is None:
        return
    where = str(source) if source is not None else f"labelled sample '{suite.name}'"
    if not len(suite):
        raise ProbeFileError(where, 0, None, "no questions: give a sample of your questions with "
                             "their answers, or none (the threshold is then chosen on the probes)")
    bare = [p for p in suite if not p.labelled]
    if len(bare) == len(suite):
        raise ProbeFileError(where, 0, None, "no row says whether its question is answerable, so "
                             "all would count as unanswerable and every correct answer as a "
                             f"hallucination; {LABEL_NEEDED}")
    if bare:
        lines = ", ".join(str(p.line) for p in bare[:5]) + (", ..." if len(bare) > 5 else "")
        where_rows = f"line{'s' if len(bare) > 1 else ''} {lines}"
        warnings.warn(f"{where}: {len(bare)} of {len(suite)} rows ({where_rows}) say neither "
                      '"answers" nor "answerable" and count as unanswerable (any answer to them as a '
                      f"hallucination); {LABEL_NEEDED}", UnlabelledRowsWarning, stacklevel=2)


def questions_from_file(path: str | Path) -> list[str]:
    """The questions of a file: a .txt file has one per line; any other file is read with
    `from_file` (its answers, if any, are ignored)."""
    p = Path(path)
    if p.suffix.lower() != ".txt":
        return [probe.question for probe in from_file(p)]
    try:
        lines = p.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise ProbeFileError(str(p), 0, None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise ProbeFileError(str(p), 0, None, f"not UTF-8 text ({exc.reason})") from None
    questions = [line.strip() for line in lines if line.strip()]
    if not questions:
        raise ProbeFileError(str(p), 1, None, "no questions (one per line)")
    return questions


def from_file(path: str | Path) -> ProbeSuite:
    """Load a suite from a .jsonl/.ndjson, .json or .csv file (format from the suffix, else sniffed)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ProbeFileError(str(p), 0, None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise ProbeFileError(str(p), 0, None, f"not UTF-8 text ({exc.reason})") from None
    if not text.strip():
        raise ProbeFileError(str(p), 1, None, "file is empty")
    suffix = p.suffix.lower()
    if suffix == ".csv":
        rows = list(_csv_rows(text, str(p)))
    elif suffix in (".jsonl", ".ndjson"):
        rows = list(_jsonl_rows(text, str(p)))
    elif suffix == ".json":  # a .json file of JSON lines is read as JSON lines
        rows = _sniff(text, str(p)) if text.lstrip()[:1] == "{" else _json_rows(text, str(p))
    else:
        rows = _sniff(text, str(p))
    if not rows:
        raise ProbeFileError(str(p), 1, None, "no rows")
    return ProbeSuite(p.stem, build_probes(rows, str(p)), None)


def _sniff(text: str, path: str) -> list[tuple[int, Any]]:
    head = text.lstrip()[:1]
    if head == "[":
        return _json_rows(text, path)
    if head == "{":
        try:
            return _json_rows(text, path)
        except ProbeFileError:
            return list(_jsonl_rows(text, path))
    return list(_csv_rows(text, path))


def _jsonl_rows(text: str, path: str) -> Iterator[tuple[int, Any]]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            raise ProbeFileError(path, lineno, None, f"invalid JSON ({exc.msg}, column {exc.colno})") from None


def _json_rows(text: str, path: str) -> list[tuple[int, Any]]:
    """Rows of a JSON list, or of the list under "example" (SelfAware), with their start lines."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProbeFileError(path, exc.lineno, None, f"invalid JSON ({exc.msg})") from None
    if isinstance(doc, dict):
        lists = [k for k in ("example", "examples", "data", "rows", "questions") if isinstance(doc.get(k), list)]
        if not lists:
            raise ProbeFileError(path, 1, None, 'a JSON object needs a list under "example" (SelfAware layout)')
        doc, start = doc[lists[0]], text.index("[", text.index(f'"{lists[0]}"'))
    elif isinstance(doc, list):
        start = text.index("[")
    else:
        raise ProbeFileError(path, 1, None, "JSON must be a list of rows or an object with a list of rows")
    return list(zip(_item_lines(text, start), doc, strict=True))


def _item_lines(text: str, start: int) -> Iterator[int]:
    """1-based line where each element of the JSON array opening at `start` begins."""
    decoder = json.JSONDecoder()
    i = start + 1
    while True:
        while i < len(text) and text[i] in " \t\r\n,":
            i += 1
        if i >= len(text) or text[i] == "]":
            return
        yield text.count("\n", 0, i) + 1
        _, i = decoder.raw_decode(text, i)


def _csv_rows(text: str, path: str) -> Iterator[tuple[int, Any]]:
    """CSV rows as dicts; `answers` split on "|", `answerable` parsed as a boolean word."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "question" not in [f.strip() for f in reader.fieldnames]:
        raise ProbeFileError(path, 1, "question", "CSV header must include a 'question' column")
    line_start = 2
    for record in reader:
        row: dict[str, Any] = {}
        for key, value in record.items():
            if key is None:
                raise ProbeFileError(path, line_start, None, "more values than header columns")
            key = key.strip()
            if value is None:
                raise ProbeFileError(path, line_start, key, "missing value (fewer values than header columns)")
            value = value.strip()
            if key == "answers":
                row[key] = [a.strip() for a in value.split("|")] if value else None
            elif key == "answerable":
                row[key] = _csv_bool(value, path, line_start)
            elif value:
                row[key] = value
        yield line_start, row
        line_start = reader.line_num + 1


def _csv_bool(value: str, path: str, line: int) -> bool | None:
    v = value.lower()
    if v in ("true", "1", "yes", "y", "t"):
        return True
    if v in ("false", "0", "no", "n", "f"):
        return False
    if v == "":
        return None
    raise ProbeFileError(path, line, "answerable", f"expected true/false, got {value!r}")
