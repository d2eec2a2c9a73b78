"""`ServeSettings`: every knob of `guard serve` in one frozen value, with safe defaults.

Kept apart from the app so that the command line, tests and benchmarks build the same value and
the request handling never reads globals or the environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

Policy = Literal["abstain", "flag", "block"]
POLICIES: tuple[str, ...] = ("abstain", "flag", "block")
ClientPolicy = Literal["allow", "deny"]
CLIENT_POLICIES: tuple[str, ...] = ("allow", "deny")
API_KEY_ENV = "GUARD_SERVE_API_KEY"


@dataclass(frozen=True)
class ServeSettings:
    """How the server behaves.

    `on_fail`: the policy for answers the guard does not let through (None: the guard's own,
    "raise" and callbacks mapping to "block" and "abstain"). `client_policy`: whether a request's
    `guard_on_fail` field may override it. Default "deny": the operator's policy is a safety
    setting (a client of a `block` server must not be able to ask for `flag` and get the answers
    the guard withheld), so a request naming any other policy is refused with a 400 that says so
    (one naming the server's own policy is accepted: it changes nothing); "allow" lets each
    request choose. One default, rather than one that depends on whether `--on-fail` was given:
    the guard file's policy is the operator's choice too, and one rule is easier to audit.
    `api_key`: when set, every /v1 request needs `Authorization: Bearer <key>`; with
    `protect_status` also /health (which shows the model's fingerprint and the threshold) and
    /metrics, which are otherwise open to probes and scrapers.
    `max_body_bytes`, `max_tokens_cap` and `max_n` bound what one request may ask for.
    `max_batch` / `min_wait_ms` / `max_wait_ms`: micro-batching of an in-process model (see
    `guard.serve.batcher`). `upstream_workers`:
    requests forwarded at once to an upstream server. `drift_window` answers make the sliding
    window of `/metrics`; the drift alarm fires outside the central `1 - drift_alpha` interval.
    """

    on_fail: Policy | None = None
    client_policy: ClientPolicy = "deny"
    api_key: str | None = None
    protect_status: bool = False
    max_body_bytes: int = 1_000_000
    max_tokens_cap: int = 4096
    max_n: int = 4
    max_prompts: int = 16
    max_batch: int | None = None  # None: the guard's generation batch size
    min_wait_ms: float = 5.0
    max_wait_ms: float = 50.0
    upstream_workers: int = 64
    drift_window: int = 200
    drift_min: int = 50
    drift_alpha: float = 0.01

    def __post_init__(self) -> None:
        if self.on_fail is not None and self.on_fail not in POLICIES:
            raise ValueError(f"on_fail must be one of {POLICIES}, got {self.on_fail!r}")
        if self.client_policy not in CLIENT_POLICIES:
            raise ValueError(f"client_policy must be one of {CLIENT_POLICIES}, got "
                             f"{self.client_policy!r}")
        if self.api_key is not None and not self.api_key.strip():
            raise ValueError("api_key is empty")
        if self.protect_status and self.api_key is None:
            raise ValueError("protect_status (--protect-status) needs an API key (--api-key or "
                             f"${API_KEY_ENV}): without one there is nothing to require on /health "
                             "and /metrics")
        positive = {"max_body_bytes": self.max_body_bytes, "max_tokens_cap": self.max_tokens_cap,
                    "max_n": self.max_n, "max_prompts": self.max_prompts,
                    "upstream_workers": self.upstream_workers, "drift_window": self.drift_window,
                    "drift_min": self.drift_min}
        bad = [k for k, v in positive.items() if v < 1]
        if self.max_batch is not None and self.max_batch < 1:
            bad.append("max_batch")
        if bad:
            raise ValueError(f"{', '.join(bad)} must be >= 1")
        if not 0 <= self.min_wait_ms <= self.max_wait_ms or not 0 < self.drift_alpha < 1:
            raise ValueError("need 0 <= min_wait_ms <= max_wait_ms and 0 < drift_alpha < 1")


def api_key_from(flag: str | None) -> str | None:
    """The key given on the command line, else $GUARD_SERVE_API_KEY, else None (no auth) when
    neither is given. A key that is given but empty or blank is an error, not "no key": an
    unset variable expanding to "" must not turn authentication off."""
    if flag is not None:
        if not flag.strip():
            raise ValueError("--api-key is empty: give the key, or leave the option out to serve "
                             "without authentication")
        return flag
    env = os.environ.get(API_KEY_ENV)
    if env is not None and not env.strip():
        raise ValueError(f"{API_KEY_ENV} is set but empty: set it to the key, or unset it to serve "
                         "without authentication")
    return env
