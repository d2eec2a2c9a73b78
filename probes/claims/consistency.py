"""How far other answers to the same question confirm a claim: the claim's agreement with k
sampled answers (SelfCheckGPT's idea, read by the claim grader instead of a judge model).

Each sampled answer is read as evidence about the question's entity (`as_evidence`), and the
claim is graded against it (`probes.claims.grading`): its confirmed share is the share of its
informative items (specifics and terms, less what it copies from the question) that the sample
confirms, 0 when a specific conflicts with the sample or the claim has nothing to check.
`sample_agreement` averages that share over the samples. A model that knows a fact tends to
repeat it when sampled; one that guesses tends to guess differently each time.
"""

from __future__ import annotations

from typing import Sequence

from probes.claims.evidence import Evidence
from probes.claims.grading import grade_claim


def as_evidence(texts: Sequence[str], question: str) -> tuple[Evidence, ...]:
    """Each sampled answer as evidence about what `question` asks (read once, used for every
    claim of the answer); an empty sample confirms nothing."""
    name = question.strip() or "?"
    return tuple(Evidence(name, texts=(t,) if t.strip() else ()) for t in texts)


def confirmed_share(claim_text: str, evidence: Evidence, question: str) -> float:
    """Share of the claim's informative items that `evidence` confirms (0 when one conflicts
    or there is none)."""
    g = grade_claim(claim_text, evidence, question)
    found = len(g.found) + len(g.terms_found)
    total = found + len(g.conflicting) + len(g.missing) + len(g.terms_missing)
    return 0.0 if g.conflicting or not total else found / total


def sample_agreement(claim_text: str, samples: Sequence[Evidence], question: str) -> float:
    """Mean confirmed share of the claim over the sampled answers, in [0, 1]."""
    if not samples:
        raise ValueError("sample_agreement needs at least one sampled answer")
    return sum(confirmed_share(claim_text, e, question) for e in samples) / len(samples)
