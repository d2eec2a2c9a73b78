"""Guard files of the previous format ("hallucination-guard/3") read as the current one.

Format 3 kept the guard's attributes side by side (features, calibrator, early-abstention
threshold, prompt, options, policy); format 4 keeps the configuration apart from the fitted
state. `upgrade` maps one onto the other without refitting: the same probes, calibrator,
threshold and settings, so the loaded guard gives the same verdicts (a calibrator's old
imputation values are no longer read: a missing signal now abstains, as everywhere).
"""
from __future__ import annotations

from typing import Any

NEW_FORMAT = "hallucination-guard/4"


def upgrade(old: dict[str, Any]) -> dict[str, Any]:
    """A format-3 guard file's verified contents in format 4 (KeyError when a field is absent)."""
    info, threshold, features = old["info"] or {}, old["threshold"], old["features"]
    calibrator = info.get("calibrator", "logistic")
    config = {
        "target_hallucination": threshold["target"], "confidence_level": threshold["confidence"],
        "signals": list(features["names"]), "calibrator": calibrator, "prompt": old["prompt"],
        "generation": {}, "fit_fraction": info.get("fit_fraction", 0.5),
        "seed": info.get("fit_seed", 0), "early_abstain": bool(old["early"]["enabled"]),
        "policy": {"on_fail": old["policy"]["on_fail"], "outside_bound": "flag",
                   "abstain_message": old["policy"]["abstain_message"]},
    }
    scorer = {"params": {"signals": list(features["names"]), "calibrator": calibrator,
                         "gate": old["calibrator"]["class"] == "GatedCalibrator", "early_loss": 0.05},
              "features": features, "calibrator": old["calibrator"],
              "early_threshold": old["early"]["threshold"], "n_missing": 0}
    info = info or {"calibrator": calibrator, "fit_seed": 0, "fit_fraction": 0.5, "n_fit": 0,
                    "n_threshold": threshold["n_calibration"], "n_ungraded": 0,
                    "threshold_on": "not recorded"}  # a guard built by hand, not by fit
    return {"format": NEW_FORMAT, "library_version": old["library_version"], "model": old["model"],
            "config": config, "fitted": {"scorer": scorer, "threshold": threshold, "info": info,
                                         "options": old["options"]}}
