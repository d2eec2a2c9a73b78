"""Claims: split a model's long answer into claims, look up evidence about the entity asked about,
and label each claim supported, contradicted or unverifiable against that evidence.

Model-free like the rest of `probes`: splitting (`split`, `kept`; the entity a question asks
about, `asked`), specifics (`specifics`), evidence that ships as data or comes from optional data
packages (`evidence`, `sources`), the grader (`grading`), a claim's agreement with sampled
answers (`consistency`) and the "claims" question set (`suite`, `probes.load_suite("claims")`).
"""

from __future__ import annotations

from probes.claims.evidence import Evidence, lookup
from probes.claims.grading import ClaimGrade, ClaimLabel, grade_claim, label_claim, support_rate, unsupported
from probes.claims.specifics import Specific, specifics
from probes.claims.split import Claim, kept_text, split_claims
from probes.claims.asked import asked_entity
from probes.claims.suite import claim_labels, evidence_for
from probes.claims import consistency

__all__ = ["Claim", "asked_entity", "ClaimGrade", "ClaimLabel", "Evidence", "Specific", "claim_labels", "consistency",
           "evidence_for", "grade_claim", "kept_text", "label_claim", "lookup", "specifics", "split_claims",
           "support_rate", "unsupported"]
