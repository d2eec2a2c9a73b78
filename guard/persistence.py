"""Save and load a `Guard` as JSON: no pickle, a checksum, optional signing, and refusal to run
on a model or backend it was not calibrated for.

The file records the library version, the model's fingerprint, the guard's configuration
(`GuardConfig`) and its fitted state: the scorer's learned numbers (probes and calibrator), the
threshold with its target and level, how it was fitted, and the generation settings it holds
for. Files of the previous format load too (`guard.legacy`). Integrity, exactly: the SHA-256 checksum detects corruption (a truncated or damaged
file, a hand edit that forgot the checksum), not tampering: anyone can recompute it. With a
signing key (`key=` or the `GUARD_SIGNING_KEY` environment variable) the file also carries an
HMAC-SHA256 of its contents, and loading with the key refuses a file that is unsigned, signed
with another key, or edited. A signed file does not load without the key. An empty key signs
nothing anyone could not recompute, so it is refused: `key=""` (or blank) and a
`GUARD_SIGNING_KEY` that is set but empty are errors, while an unset variable means no key.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from guard.backends.base import GenerateOptions, Model
from guard.claim_fitting import ClaimFit
from guard.config import GuardConfig
from guard.fitting import FitInfo, Fitted
from guard.legacy import upgrade
from guard.scoring import Scorer
from guard.signals.plan import check_signals
from guard.threshold import ThresholdChoice

FORMAT = "hallucination-guard/4"  # 4: configuration apart from fitted state (scorer, threshold)
OLD_FORMATS = ("hallucination-guard/3",)  # still loaded (`guard.legacy`)
KEY_ENV = "GUARD_SIGNING_KEY"
FIELDS = ("format", "library_version", "model", "config", "fitted")


class GuardFileError(ValueError):
    """The guard file cannot be trusted: corrupt, truncated, edited, unsigned or of another
    format. The message names the file."""


class ModelMismatch(ValueError):
    """The guard was calibrated on a different model than the one it is loaded onto."""


def _checksum(body: dict) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def _signature(body: dict, key: str) -> str:
    return hmac.new(key.encode(), json.dumps(body, sort_keys=True).encode(), hashlib.sha256).hexdigest()


def _key(key: str | None) -> str | None:
    """The signing key: `key`, else $GUARD_SIGNING_KEY, else None; a blank one is an error."""
    if key is not None:
        if not isinstance(key, str) or not key.strip():
            raise ValueError(f"the signing key must be a non-empty string, got {key!r}: pass the "
                             "secret as key=, or key=None for no signature")
        return key
    env = os.environ.get(KEY_ENV)
    if env is not None and not env.strip():
        raise ValueError(f"{KEY_ENV} is set but empty: set it to the signing key, or unset it to "
                         "save and load guards without a signature")
    return env


def guard_body(guard) -> dict:
    """Everything the guard file holds, before its checksum and signature: the model's
    identity, the configuration and the fitted state."""
    from guard import __version__

    fitted = guard.fitted_
    return {
        "format": FORMAT,
        "library_version": __version__,
        "model": {"name": guard.model.name, "fingerprint": guard.model.fingerprint},
        "config": guard.config.to_dict(),
        "fitted": {"scorer": fitted.scorer.to_dict(), "threshold": fitted.threshold.to_dict(),
                   "info": fitted.info.to_dict(), "options": asdict(guard.options_),
                   "claims": None if fitted.claims is None else fitted.claims.to_dict()},
    }


def guard_digest(guard) -> str:
    """Checksum of what decides a verdict: the guard's body without its free-form fit info
    and the batch size (which changes no answer)."""
    body = json.loads(json.dumps(guard_body(guard)))
    body["fitted"].pop("info")
    body["fitted"]["options"].pop("batch_size")
    body["config"]["generation"].pop("batch_size", None)
    return _checksum(body)


def save_guard(guard, path: Path, key: str | None = None) -> Path:
    body = json.loads(json.dumps(guard_body(guard)))  # a callback policy refuses here
    check_writable_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {**body, "checksum": _checksum(body)}
    if (key := _key(key)) is not None:
        data["signature"] = _signature(body, key)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(json.dumps(data, indent=1))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def check_writable_file(path: Path) -> None:
    """Raise a clear error unless `path` can be written as a file (before any work is done)."""
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a directory; give a file name such as {path / 'guard.json'}")
    parent = path.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise PermissionError(f"cannot write {path}: {parent} is not a writable directory")


def read_guard_file(path: Path, key: str | None = None) -> dict:
    """The verified contents of a guard file (format, fields, checksum, signature)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except RecursionError:
        raise _too_deep(path) from None
    except FileNotFoundError:
        raise FileNotFoundError(f"guard file not found: {path}") from None
    except IsADirectoryError:
        raise GuardFileError(f"{path} is a directory, not a guard file") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise GuardFileError(f"{path} is not valid JSON (truncated or corrupt?): {exc}") from None
    if not isinstance(data, dict) or data.get("format") not in (FORMAT, *OLD_FORMATS):
        raise GuardFileError(f"{path} is not a {FORMAT} guard file; make one with `guard calibrate`")
    checksum, signature = data.pop("checksum", None), data.pop("signature", None)
    try:
        expected = _checksum(data)
    except RecursionError:
        raise _too_deep(path) from None
    if checksum != expected:
        raise GuardFileError(f"{path} fails its checksum: it was edited or corrupted; refit it")
    key = _key(key)
    if key is not None and signature is None:
        raise GuardFileError(f"{path} is not signed, and a signing key is set ({KEY_ENV}): "
                             "refusing an unsigned guard; re-save it with the key")
    if key is not None and not _signature_matches(signature, _signature(data, key)):
        raise GuardFileError(f"{path} has a signature that does not match the signing key: it was "
                             "edited, or signed with another key")
    if key is None and signature is not None:
        raise GuardFileError(f"{path} is signed: set {KEY_ENV} (or pass key=) to verify it")
    if data["format"] in OLD_FORMATS:
        try:
            data = upgrade(data)
        except (KeyError, TypeError, AttributeError) as exc:
            raise GuardFileError(f"{path} ({data['format']}) lacks the field {exc}; refit it "
                                 "with `guard calibrate`") from None
    missing = [f for f in FIELDS if f not in data]
    if missing:
        raise GuardFileError(f"{path} lacks the field(s) {missing}; refit it with `guard calibrate`")
    return data


def _signature_matches(signature: object, expected: str) -> bool:
    """Constant-time comparison; a signature that is not ASCII text (a number, an edit) fails."""
    return (isinstance(signature, str) and signature.isascii()
            and hmac.compare_digest(signature, expected))


def _too_deep(path: Path) -> GuardFileError:
    return GuardFileError(f"{path} is nested too deeply to be a guard file (corrupt or crafted); "
                          "refit it with `guard calibrate`")


@dataclass(frozen=True)
class SavedGuard:
    """A guard file's parts, verified and rebuilt (`Guard.load` puts them on a model)."""

    path: Path
    model_name: str
    fingerprint: str
    config: GuardConfig
    fitted: Fitted
    options: GenerateOptions

    def check_model(self, model: Model, allow_mismatch: bool = False) -> None:
        """Refuse a model other than the calibrated one, or one that cannot give the signals."""
        if self.fingerprint != model.fingerprint and not allow_mismatch:
            raise ModelMismatch(
                f"{self.path} was calibrated on '{self.model_name}' ({self.fingerprint}), not on "
                f"'{model.name}' ({model.fingerprint}); its confidence would not mean anything "
                "here. Calibrate a guard for this model, or pass allow_model_mismatch=True.")
        check_signals(self.config.signals, model)  # no override: it cannot compute them


def read_guard(path: Path, key: str | None = None) -> SavedGuard:
    """The verified, rebuilt parts of a guard file (`GuardFileError` when anything is off)."""
    data = read_guard_file(path, key)
    try:
        f = data["fitted"]
        options = GenerateOptions(**{k: tuple(v) if isinstance(v, list) else v
                                     for k, v in f["options"].items()})
        fitted = Fitted(Scorer.from_dict(f["scorer"]), ThresholdChoice.from_dict(f["threshold"]),
                        FitInfo.from_dict(f["info"]),
                        ClaimFit.from_dict(f["claims"]) if f.get("claims") else None)
        return SavedGuard(Path(path), data["model"]["name"], data["model"]["fingerprint"],
                          GuardConfig.from_dict(data["config"]), fitted, options)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise GuardFileError(f"{path}: invalid guard contents ({type(exc).__name__}: {exc}); "
                             "refit it with `guard calibrate`") from None
