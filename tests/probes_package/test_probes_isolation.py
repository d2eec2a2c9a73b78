"""The probes package stays model-free: importing it pulls in no torch, transformers or guard."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_has_no_heavy_or_guard_dependencies() -> None:
    code = (
        "import sys, probes; probes.load_suite(size=20); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('torch', 'transformers', 'guard', 'numpy')]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_public_api() -> None:
    import probes

    for name in (
        "Probe",
        "ProbeSuite",
        "Grade",
        "load_suite",
        "from_file",
        "grade",
        "list_suites",
        "is_abstention",
        "normalize",
        "ProbeFileError",
    ):
        assert hasattr(probes, name), name
    assert issubclass(probes.ProbeFileError, ValueError)
