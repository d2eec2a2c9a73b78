"""Which part of the calibration data a question falls in: the part that fits the scorers or
the part that chooses the threshold. Decided by a hash of (seed, id), so the split is the same
whatever order the answers come in and however many there are."""
from __future__ import annotations

import hashlib


def in_fit_part(record_id: str, fit_fraction: float, seed: int) -> bool:
    """Deterministic assignment of a question to the scorer's part, by id."""
    digest = hashlib.sha256(f"{seed}|{record_id}".encode()).hexdigest()
    return int(digest[:8], 16) / 0xFFFFFFFF < fit_fraction
