"""Probe questions for measuring what a model knows, and grading of its answers.

`load_suite` generates fresh, seeded suites of answerable controls (fact tables, arithmetic,
word problems) and unanswerable probes (invented entities, future events, private facts, false
premises, underspecified, nonsensical, open problems, opinions, philosophy, missing quantities).
`from_file` reads external question sets (JSONL, JSON incl. SelfAware, CSV). `grade` turns a
model's answer into a `Grade`. Knows nothing about models: no torch, transformers or guard here.
"""

from __future__ import annotations

from probes.abstention import abstention_reason, is_abstention
from probes.files import (ProbeFileError, UnlabelledRowsWarning, check_labelled, from_file,
                          questions_from_file)
from probes.grading import Grade, grade, matches_gold
from probes.normalize import normalize
from probes.registry import list_suites, load_suite
from probes.suite import Probe, ProbeSuite, make_id

__all__ = [
    "Grade",
    "Probe",
    "ProbeFileError",
    "ProbeSuite",
    "UnlabelledRowsWarning",
    "abstention_reason",
    "check_labelled",
    "from_file",
    "questions_from_file",
    "grade",
    "is_abstention",
    "list_suites",
    "load_suite",
    "make_id",
    "matches_gold",
    "normalize",
]
