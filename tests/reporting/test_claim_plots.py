"""guard.reporting.claim_plots: the claim reliability diagram and the retention-factuality curve
of an eval run judged claim by claim, drawn from the records' labelled, judged claims."""
from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
import pytest

from guard.records import ClaimRecord
from guard.reporting import claim_plots


@dataclass(frozen=True)
class Rec:
    claims: tuple[ClaimRecord, ...]


def records(n: int = 40, seed: int = 0) -> list[Rec]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        claims = []
        for j in range(3):
            p = rng.random()
            label = "supported" if rng.random() < p else rng.choice(["contradicted", "unverifiable"])
            claims.append(ClaimRecord(f"claim {i}.{j}", (j * 10, j * 10 + 9), label, confidence=p, kept=p >= 0.6))
        claims.append(ClaimRecord("unlabelled", (40, 50), None, confidence=0.9, kept=True))
        out.append(Rec(tuple(claims)))
    return out


def test_judged_claims_reads_only_labelled_judged_claims():
    y, p, kept = claim_plots.judged_claims(records(10))
    assert y.size == p.size == kept.size == 30
    assert set(np.unique(y)) <= {0.0, 1.0} and ((p >= 0.6) == kept.astype(bool)).all()


def test_retention_curve_starts_with_the_most_confident_and_ends_at_the_base_rate():
    y, p, kept = claim_plots.judged_claims(records())
    fig = claim_plots.retention_factuality(y, p, kept)
    ax = fig.axes[0]
    curve = ax.lines[0].get_ydata()
    assert curve[-1] == pytest.approx(y.mean())          # keeping everything: the base rate
    assert curve[len(curve) // 4] > y.mean()              # informative scores: better than random
    point = ax.lines[-1]
    assert point.get_xdata()[0] == pytest.approx(kept.mean())
    assert "threshold" in ax.get_legend_handles_labels()[1][-1]


def test_specs_only_when_claims_were_judged():
    assert claim_plots.claim_plot_specs([Rec(())]) == []
    names = [name for name, _, _ in claim_plots.claim_plot_specs(records())]
    assert names == ["claim_reliability.png", "claim_retention.png"]
    with pytest.raises(ValueError, match="no labelled claims"):
        claim_plots.retention_factuality([], [])
