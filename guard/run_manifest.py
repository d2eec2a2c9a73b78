"""What a run's answers and verdicts depend on, kept beside `records.jsonl` as `run.json` and
compared when a run resumes, so one output directory never mixes answers made differently.

Compared: the model's fingerprint (its weights or endpoint; a display name or alias is recorded
but is not an identity), the prompt name and its system text, every generation setting that
changes an answer (the batch size does not), the extra-pass signals stored with each answer,
and for a guarded run the guard's digest (calibration, threshold and policy). A difference
stops the run with `ResumeMismatch` naming each setting that differs, before any question is
asked.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Sequence

from guard.backends.base import GenerateOptions, Model

MANIFEST_FILE = "run.json"


class ResumeMismatch(ValueError):
    """The output directory holds answers made with other settings than this run's."""


@dataclass(frozen=True)
class RunManifest:
    model: str
    fingerprint: str
    prompt: str
    options: dict = field(default_factory=dict)  # GenerateOptions as JSON, minus batch_size
    extra: tuple[str, ...] = ()
    guard: str | None = None  # digest of the guard judging the answers; None for a raw run

    @classmethod
    def of(cls, model: Model, prompt: str, options: GenerateOptions, extra: Sequence[str] = (),
           guard: str | None = None) -> "RunManifest":
        opts = {k: v for k, v in asdict(options).items() if k != "batch_size"}
        return cls(model.name, model.fingerprint, prompt, json.loads(json.dumps(opts)),
                   tuple(sorted(extra)), guard)

    def differences(self, saved: "RunManifest") -> list[str]:
        """Each compared setting that differs, as "what: saved value there, this run's here"."""
        pairs = [("model fingerprint", saved.fingerprint, self.fingerprint),
                 ("prompt", saved.prompt, self.prompt),
                 ("extra-pass signals", list(saved.extra), list(self.extra)),
                 ("guard", saved.guard or "none (a raw run)", self.guard or "none (a raw run)")]
        pairs += [(f"option {k}", saved.options.get(k), self.options.get(k))
                  for k in sorted(set(saved.options) | set(self.options))]
        return [f"{what}: {old!r} there, {new!r} now" for what, old, new in pairs if old != new]

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1)

    @classmethod
    def from_json(cls, text: str) -> "RunManifest":
        row = json.loads(text)
        if not isinstance(row, dict) or set(row) != {f.name for f in fields(cls)}:
            raise ValueError("not a run manifest")
        return cls(**{**row, "extra": tuple(row["extra"])})


def check_or_write(out: Path, manifest: RunManifest, has_records: bool) -> None:
    """A new run writes `run.json`; a resumed one must match it (see the module docstring)."""
    path = out / MANIFEST_FILE
    if not path.exists():
        if has_records:
            raise ResumeMismatch(
                f"{out} holds records but no {MANIFEST_FILE}, so the settings that made them "
                "cannot be checked: choose another output directory or move that one away")
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(manifest.to_json())
        os.replace(tmp, path)
        return
    try:
        saved = RunManifest.from_json(path.read_text())
    except (ValueError, TypeError, KeyError) as exc:
        raise ResumeMismatch(f"{path} is not a readable run manifest ({exc}): move {out} away "
                             "to start over") from None
    diffs = manifest.differences(saved)
    if diffs:
        raise ResumeMismatch(
            f"{out} holds a run made with other settings than this one ({'; '.join(diffs)}); "
            "its answers cannot be mixed with this run's: choose another output directory, or "
            "remove that one to start over")
