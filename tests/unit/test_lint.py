"""The package stays ruff- and mypy-clean (`make lint`), so that CI fails when it is not."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(module: str, *args: str) -> subprocess.CompletedProcess:
    """`python -m module args` at the project root, output captured."""
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (it is in the dev extra)")
    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_is_clean() -> None:
    """ruff finds nothing in the package and the tests."""
    done = _run("ruff", "check", "mliropt", "tests")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_is_clean() -> None:
    """mypy finds nothing in the package."""
    done = _run("mypy", "mliropt")
    assert done.returncode == 0, done.stdout + done.stderr
