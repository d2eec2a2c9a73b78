"""Save and load a `Guard` as JSON: no pickle, a checksum, and refusal to run on a model or
backend it was not calibrated for.

The file records the library version, the signals, the calibrator's learned numbers, the
threshold with its target and confidence, the prompt and generation settings, and the model's
fingerprint. A corrupt, truncated or edited file is a clear error, never a silent guard.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path

from guard import signals as sig
from guard.backends.base import GenerateOptions, Model
from guard.calibration import calibrator_from_dict
from guard.features import Featurizer
from guard.threshold import ThresholdChoice

FORMAT = "hallucination-guard/2"  # 2: probes average per-layer logits; gated calibrator


class GuardFileError(ValueError):
    """The guard file cannot be trusted: corrupt, truncated, edited or of another format."""


class ModelMismatch(ValueError):
    """The guard was calibrated on a different model than the one it is loaded onto."""


def _checksum(body: dict) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def save_guard(guard, path: Path) -> Path:
    from guard import __version__

    if callable(guard.on_fail):
        raise ValueError("a guard with a callback on_fail policy cannot be saved; "
                         "save it with a named policy and pass on_fail= to Guard.load")
    body = {
        "format": FORMAT,
        "library_version": __version__,
        "model": {"name": guard.model.name, "fingerprint": guard.model.fingerprint},
        "signals": list(guard.signals),
        "features": guard.featurizer.to_dict(),
        "early": {"threshold": guard.early_threshold, "enabled": guard.early_abstain},
        "prompt": guard.prompt,
        "options": asdict(guard.options),
        "calibrator": guard.calibrator.to_dict(),
        "threshold": guard.threshold.as_dict(),
        "policy": {"abstain_message": guard.abstain_message, "on_fail": guard.on_fail},
        "info": guard.info,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({**body, "checksum": _checksum(body)}, indent=1))
    os.replace(tmp, path)
    return path


def load_guard(path: Path, model: Model, *, allow_model_mismatch: bool = False, **overrides):
    from guard.wrapper import Guard

    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise FileNotFoundError(f"guard file not found: {path}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise GuardFileError(f"{path} is not valid JSON (truncated or corrupt?): {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise GuardFileError(f"{path} is not a {FORMAT} guard file")
    checksum = data.pop("checksum", None)
    if checksum != _checksum(data):
        raise GuardFileError(f"{path} fails its checksum: it was edited or corrupted; refit it")
    saved = data["model"]
    if saved["fingerprint"] != model.fingerprint and not allow_model_mismatch:
        raise ModelMismatch(
            f"{path} was calibrated on '{saved['name']}' ({saved['fingerprint']}), not on "
            f"'{model.name}' ({model.fingerprint}); its confidence would not mean anything here. "
            "Calibrate a guard for this model, or pass allow_model_mismatch=True to override."
        )
    signals = tuple(data["signals"])
    sig.check_signals(signals, model.capabilities, model.name)  # no override: cannot compute them
    try:
        featurizer = Featurizer.from_dict(data["features"])
        calibrator = calibrator_from_dict(data["calibrator"])
        threshold = ThresholdChoice.from_dict(data["threshold"])
        options = GenerateOptions(**{k: tuple(v) if isinstance(v, list) else v
                                     for k, v in data["options"].items()})
    except (KeyError, TypeError, ValueError) as exc:
        raise GuardFileError(f"{path}: invalid guard contents ({exc})") from exc
    kwargs = {"signals": featurizer, "prompt": data["prompt"], "options": options,
              "early_threshold": data["early"]["threshold"], "early_abstain": data["early"]["enabled"],
              "info": {**data.get("info", {}), "loaded_from": str(path)}, **data["policy"]}
    return Guard(model, calibrator, threshold, **{**kwargs, **overrides})
