"""Probe and ProbeSuite: the immutable question records every other stage consumes.

A `Probe` is one question with its accepted answers (aliases) or `None` when there is no gold
answer; a `ProbeSuite` is an ordered, id-unique tuple of probes with helpers to subset, split
(stratified, deterministic, disjoint by id) and write them out. Generation and file parsing live
elsewhere (`probes.registry`, `probes.files`); grading lives in `probes.grading`.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Probe:
    """One question. `answers` are accepted aliases, or None when there is no gold answer.

    `topic` (entity type) and `template` (template id) are optional labels, "" when unknown;
    `generator` names the procedure that made the question (vocabulary:
    `probes.categories.GENERATORS`) and `pair` is an id shared by a minimal pair's two questions
    (or an unknown and the answerable twin made from the same source), both "" when unknown;
    `line` is the line of the file it was read from (0 for generated probes); `labelled` is False
    for a file row that said neither `answers` nor `answerable` (read as unanswerable).
    """

    id: str
    question: str
    answers: tuple[str, ...] | None
    answerable: bool
    category: str
    style: str = "factoid"
    topic: str = ""
    template: str = ""
    generator: str = ""
    pair: str = ""
    line: int = field(default=0, compare=False)
    labelled: bool = field(default=True, compare=False)

    def __post_init__(self) -> None:
        if not self.id or not self.question.strip():
            raise ValueError("a probe needs a non-empty id and question")
        if self.answers is not None:
            if not isinstance(self.answers, tuple):
                object.__setattr__(self, "answers", tuple(self.answers))
            if not self.answerable:
                raise ValueError(f"probe {self.id}: an unanswerable probe cannot have answers")

    def to_row(self) -> dict[str, object]:
        """The JSON row `probes.from_file` reads back to an equal probe (the optional labels
        "topic", "template", "generator" and "pair" only when set)."""
        row: dict[str, object] = {
            "id": self.id,
            "question": self.question,
            "answers": list(self.answers) if self.answers is not None else None,
            "answerable": self.answerable,
            "category": self.category,
            "style": self.style,
        }
        for key in ("topic", "template", "generator", "pair"):
            if getattr(self, key):
                row[key] = getattr(self, key)
        return row


def make_id(category: str, question: str, digits: int = 6) -> str:
    """Stable id from category and question text, e.g. "capital-3f2a9c" (independent of seed)."""
    digest = hashlib.sha1(f"{category}\n{question}".encode()).hexdigest()
    return f"{category}-{digest[:digits]}"


@dataclass(frozen=True)
class ProbeSuite:
    """An ordered collection of probes with unique ids."""

    name: str
    probes: tuple[Probe, ...]
    seed: int | None = None
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.probes, tuple):
            object.__setattr__(self, "probes", tuple(self.probes))
        index: dict[str, int] = {}
        for i, probe in enumerate(self.probes):
            if probe.id in index:
                raise ValueError(f"suite {self.name!r}: duplicate probe id {probe.id!r}")
            index[probe.id] = i
        object.__setattr__(self, "_index", index)

    def __len__(self) -> int:
        return len(self.probes)

    def __iter__(self) -> Iterator[Probe]:
        return iter(self.probes)

    def __getitem__(self, i: int) -> Probe:
        return self.probes[i]

    def __contains__(self, item: object) -> bool:
        key = item.id if isinstance(item, Probe) else item
        return isinstance(key, str) and key in self._index

    def get(self, probe_id: str) -> Probe:
        """The probe with this id (KeyError if absent)."""
        return self.probes[self._index[probe_id]]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.probes)

    def categories(self) -> list[str]:
        """Distinct categories in first-appearance order."""
        return list(dict.fromkeys(p.category for p in self.probes))

    def subset(self, which: Callable[[Probe], bool] | Iterable[str], name: str | None = None) -> ProbeSuite:
        """Probes kept by a predicate, or whose id is in an iterable of ids (suite order kept)."""
        if callable(which):
            kept = tuple(p for p in self.probes if which(p))
        else:
            wanted = set(which)
            unknown = wanted - self._index.keys()
            if unknown:
                raise KeyError(f"ids not in suite {self.name!r}: {sorted(unknown)[:5]}")
            kept = tuple(p for p in self.probes if p.id in wanted)
        return ProbeSuite(name or self.name, kept, self.seed)

    def split(self, test_fraction: float = 0.5, seed: int = 0) -> tuple[ProbeSuite, ProbeSuite]:
        """(calibration, test): disjoint by id, covering, stratified by (category, answerable).

        Deterministic for a given suite and seed. Per-stratum counts carry rounding error forward,
        the unanswerable strata first and then the answerable ones, so the overall test share and
        the test share of each label stay within one probe of `test_fraction`.
        """
        if not 0.0 <= test_fraction <= 1.0:
            raise ValueError("test_fraction must be within [0, 1]")
        strata: dict[tuple[str, bool], list[str]] = {}
        for p in self.probes:
            strata.setdefault((p.category, p.answerable), []).append(p.id)
        test_ids: set[str] = set()
        seen = taken = 0
        for key in sorted(strata, key=lambda k: (k[1], k[0])):  # one label's strata, then the other's
            ids = sorted(strata[key])
            random.Random(f"{seed}:{key[0]}:{key[1]}").shuffle(ids)
            seen += len(ids)
            k = round(seen * test_fraction) - taken
            test_ids.update(ids[:k])
            taken += k
        calib = self.subset(lambda p: p.id not in test_ids, name=f"{self.name}/calibration")
        test = self.subset(lambda p: p.id in test_ids, name=f"{self.name}/test")
        return calib, test

    def sample(self, n: int, seed: int = 0) -> ProbeSuite:
        """About n probes, stratified by (category, answerable) like `split`; all when n >= len."""
        if n >= len(self):
            return self
        ids = set(self.split(test_fraction=n / len(self), seed=seed)[1].ids)
        return self.subset(lambda p: p.id in ids, name=f"{self.name}/sample{n}")

    def to_jsonl(self, path: str | Path) -> Path:
        """Write one JSON row per probe in the format `probes.from_file` reads."""
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            for p in self.probes:
                fh.write(json.dumps(p.to_row(), ensure_ascii=False) + "\n")
        return out
