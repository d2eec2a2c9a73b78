"""`GuardConfig`: everything a guard is told before it is fitted, validated once, here.

What to calibrate for (`target_hallucination`, the bound's `confidence_level`), how (`signals`,
`calibrator`, `prompt`, `generation` overrides of the generation settings, `fit_fraction`,
`seed`, and `claims`: also claim by claim, with `claim_rule` and `claim_signals`) and what to
do with answers it does not let through (`policy`, `early_abstain`).
Persisted in the guard file beside the fitted state; a loaded guard may change its policy and
`early_abstain` only (the rest is what it was fitted with).
"""
from __future__ import annotations

import warnings
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Mapping

from guard.backends.base import GenerateOptions
from guard.calibration import CALIBRATORS
from guard.claim_threshold import RULES
from guard.prompts import DEFAULT_PROMPT, PROMPTS
from guard.signals.registry import SIGNALS, known
from guard.verdict import Policy

TUNABLE_GENERATION = ("max_new_tokens", "batch_size", "truncate_prompt", "top_k")
RUNTIME = ("on_fail", "outside_bound", "abstain_message", "early_abstain")  # may change on load


@dataclass(frozen=True)
class GuardConfig:
    """A guard's configuration (see the module docstring); invalid values raise ValueError."""

    target_hallucination: float = 0.10
    confidence_level: float = 0.90
    signals: tuple[str, ...] | None = None  # None: the best set the backend offers
    calibrator: str = "logistic"
    prompt: str = DEFAULT_PROMPT
    generation: Mapping[str, Any] = field(default_factory=dict)
    fit_fraction: float = 0.5
    seed: int = 0
    policy: Policy = Policy()
    early_abstain: bool = False
    claims: bool = False  # also calibrate claim by claim (`guard.claim_fitting`)
    claim_rule: str = "share"  # the claim bound's loss: share of kept claims unsupported, or "any"
    claim_signals: tuple[str, ...] | None = None  # None: every single-pass claim signal offered

    def __post_init__(self) -> None:
        for name in ("target_hallucination", "confidence_level", "fit_fraction"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1:
                raise ValueError(f"{name} must be a number strictly between 0 and 1 (e.g. 0.10), "
                                 f"got {value!r}")
        if self.signals is not None:
            object.__setattr__(self, "signals", tuple(self.signals))
            unknown = [n for n in self.signals if n not in SIGNALS]
            if unknown or not self.signals:
                raise ValueError(f"unknown signal(s) {unknown or '(none given)'}; known: "
                                 f"{', '.join(known())}")
        if self.calibrator not in CALIBRATORS:
            raise ValueError(f"unknown calibrator {self.calibrator!r}; choose one of {sorted(CALIBRATORS)}")
        if self.prompt not in PROMPTS:
            raise ValueError(f"unknown prompt '{self.prompt}'; choose one of: {', '.join(PROMPTS)}")
        other = sorted(set(self.generation) - set(TUNABLE_GENERATION))
        if other:
            raise ValueError(f"generation settings {other} cannot be changed; these can: "
                             f"{', '.join(TUNABLE_GENERATION)}")
        GenerateOptions(**self.generation)  # its own checks (max_new_tokens >= 1, ...)
        if not isinstance(self.early_abstain, bool) or not isinstance(self.claims, bool):
            raise TypeError("early_abstain and claims must be True or False")
        if self.claim_signals is not None:
            object.__setattr__(self, "claim_signals", tuple(self.claim_signals))
            wrong = [n for n in self.claim_signals if n not in SIGNALS or SIGNALS[n].unit != "claim"]
            if wrong or not self.claim_signals:
                raise ValueError(f"claim_signals must name claim signals, got {wrong or '(none)'}; known: "
                                 f"{', '.join(n for n, s in SIGNALS.items() if s.unit == 'claim')}")
            if not self.claims:
                raise ValueError("claim_signals needs claims=True (the guard judges claim by claim)")
        if self.claim_rule not in RULES:
            raise ValueError(f"claim_rule must be one of {', '.join(RULES)}, got {self.claim_rule!r}")

    @classmethod
    def of(cls, confidence: float | None = None, **params: Any) -> "GuardConfig":
        """A config from keyword arguments: the policy's fields at top level, and the old name
        `confidence` for `confidence_level` (deprecated)."""
        if confidence is not None:
            warnings.warn("confidence= is deprecated: the level the bound holds at is "
                          "confidence_level= (GuardedAnswer.confidence is P(correct))",
                          DeprecationWarning, stacklevel=3)
            if params.get("confidence_level") is not None:
                raise ValueError("give confidence_level= only (confidence= is its old name)")
            params["confidence_level"] = confidence
        policy = {f.name: params.pop(f.name) for f in fields(Policy) if f.name in params}
        params = {k: v for k, v in params.items() if v is not None or k == "signals"}
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(params) - names)
        if unknown:
            raise TypeError(f"unknown guard setting(s) {unknown}; known: {sorted(names | set(RUNTIME))}")
        return cls(**params, policy=Policy(**policy))

    def with_runtime(self, **changes: Any) -> "GuardConfig":
        """The same configuration with another policy or early abstention (a loaded guard)."""
        fixed = sorted(set(changes) - set(RUNTIME))
        if fixed:
            raise TypeError(f"a fitted guard's {fixed} cannot change (it was calibrated with them); "
                            f"these can: {', '.join(RUNTIME)}")
        policy = {f.name: changes.pop(f.name, getattr(self.policy, f.name)) for f in fields(Policy)}
        return type(self)(**{**{f.name: getattr(self, f.name) for f in fields(self)}, **changes,
                             "policy": Policy(**policy)})

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data (a callable on-fail policy cannot be saved)."""
        if callable(self.policy.on_fail):
            raise ValueError("a guard with a callback on_fail policy cannot be saved; save it "
                             "with a named policy and pass on_fail= to Guard.load")
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["signals"] = list(self.signals) if self.signals is not None else None
        out["claim_signals"] = list(self.claim_signals) if self.claim_signals is not None else None
        out["generation"], out["policy"] = dict(self.generation), asdict(self.policy)
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "GuardConfig":
        return cls(**{**d, "policy": Policy(**d["policy"])})
