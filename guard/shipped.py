"""Guards shipped inside the package, calibrated at the default size for a zoo model, so a
newcomer sees a well-calibrated guard in seconds instead of after an hour of calibration.

Each file is listed with its SHA-256 and checked before it is read (a damaged or edited
install is refused); like every guard file it also refuses any model other than the one it was
calibrated on (by weight fingerprint). `benchmarks/ship_guard.py` makes them, with today's
defaults; a change of defaults means making them again.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from guard.backends.base import Model
from guard.persistence import GuardFileError

DATA = Path(__file__).parent / "data"
SHIPPED: dict[str, tuple[str, str]] = {  # zoo name -> (file in guard/data, its SHA-256)
    "smollm2-135m": ("smollm2-135m.guard.json",
                     "24d7d7f56d44566a450a207d919223d81fd61de16c37ea538cd52ce0ca7a7bca"),
}


def shipped_path(model_name: str) -> Path | None:
    """The verified shipped guard file for a zoo model, or None when none is shipped."""
    if model_name not in SHIPPED:
        return None
    name, sha = SHIPPED[model_name]
    path = DATA / name
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        raise GuardFileError(f"the shipped guard {path} is missing: reinstall the package") from None
    if digest != sha:
        raise GuardFileError(f"the shipped guard {path} does not match its checksum (damaged or "
                             "edited): reinstall the package")
    return path


def shipped_guard(model: Model, **runtime):
    """The guard shipped for `model` (None when none is): refuses another model's weights."""
    from guard.wrapper import Guard

    path = shipped_path(model.name)
    return None if path is None else Guard.load(path, model, **runtime)
