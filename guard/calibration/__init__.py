"""Calibrators: map confidence signals to P(answer is correct), as scikit-learn estimators.

One-column ones (`PlattCalibrator`, `IsotonicCalibrator`, `TemperatureCalibrator`) and
all-column ones (`LogisticCalibrator`, and `GatedCalibrator`, which multiplies P(answerable) by
a base calibrator's P(correct | answerable)). Every calibrator predicts from its own learned
numbers, so `to_dict()` -> JSON -> `calibrator_from_dict()` rebuilds it with identical
predictions and no pickle. Leaves out: multiclass targets, sample weights, cross-fitting.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.base import clone

from guard.calibration.base import Calibrator, _Calibrator
from guard.calibration.logistic import GatedCalibrator, LogisticCalibrator
from guard.calibration.one_column import IsotonicCalibrator, PlattCalibrator, TemperatureCalibrator

CALIBRATORS: dict[str, type[_Calibrator]] = {
    "platt": PlattCalibrator, "isotonic": IsotonicCalibrator,
    "temperature": TemperatureCalibrator, "logistic": LogisticCalibrator,
}


def make_calibrator(name: str, **params: Any) -> Calibrator:
    """An unfitted calibrator by short name: "platt", "isotonic", "temperature" or "logistic"."""
    if name not in CALIBRATORS:
        raise ValueError(f"unknown calibrator {name!r}; choose one of {sorted(CALIBRATORS)}")
    return CALIBRATORS[name](**params)


def calibrator_from_dict(d: dict[str, Any]) -> Calibrator:
    """Rebuild a fitted calibrator from `to_dict()` output, without refitting."""
    classes = {cls.__name__: cls for cls in (*CALIBRATORS.values(), GatedCalibrator)}
    try:
        cls, params, learned, n_features = classes.get(d["class"]), dict(d["params"]), d["learned"], d["n_features_in"]
    except (KeyError, TypeError) as err:
        raise ValueError(f"not a calibrator dict: missing {err}") from err
    if cls is None:
        raise ValueError(f"unknown calibrator class {d['class']!r}; expected one of {sorted(classes)}")
    if isinstance(params.get("class_weight"), dict):  # JSON turned the int class keys into strings
        params["class_weight"] = {int(k): float(v) for k, v in params["class_weight"].items()}
    missing = [k for k in cls._learned if k not in learned]
    if missing:
        raise ValueError(f"{cls.__name__} dict lacks learned values {missing}")
    try:
        est = cls(**params)
    except TypeError as err:
        raise ValueError(f"bad parameters for {cls.__name__}: {err}") from err
    if cls is GatedCalibrator:  # its base comes back fitted (base_) and as a parameter (base)
        est.base_ = calibrator_from_dict(learned["base"])
        est.base = clone(est.base_)
    for key in cls._learned:
        value = np.asarray(learned[key], dtype=float)
        setattr(est, key, float(value) if value.ndim == 0 else value)
    est.n_features_in_, est.classes_ = int(n_features), np.array([0, 1])
    return est


__all__ = ["CALIBRATORS", "Calibrator", "GatedCalibrator", "IsotonicCalibrator", "LogisticCalibrator",
           "PlattCalibrator", "TemperatureCalibrator", "calibrator_from_dict", "make_calibrator"]
