"""Reports: the metric definitions (`metrics`), raw versus guarded (`evaluation`), the typed
reports and their files (`reports`), and their Markdown, HTML and plots."""
from __future__ import annotations

from guard.reporting.evaluation import Evaluation, evaluate_records
from guard.reporting.reports import EvalReport, ProbeReport, write_reports

__all__ = ["EvalReport", "Evaluation", "ProbeReport", "evaluate_records", "write_reports"]
