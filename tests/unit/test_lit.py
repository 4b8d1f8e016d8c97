"""Runs the lit suite (tests/lit) once and reports each lit test file as a pytest test.

Under pytest-xdist the first worker that needs the results runs lit (which runs its tests
in parallel itself) and shares them through a file; the other workers wait for them
instead of running the whole suite again.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

LIT_DIR = Path(__file__).resolve().parents[1] / "lit"
TESTS = sorted(
    str(p.relative_to(LIT_DIR)) for p in LIT_DIR.rglob("*.mlir") if "Output" not in p.parts
)


@pytest.fixture(scope="session")
def lit_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    """Map each lit test file to (result, output), running lit once per pytest run."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return run_lit()
    shared = tmp_path_factory.getbasetemp().parent  # common to the run's workers
    with open(shared / "lit.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        data = shared / "lit.json"
        if data.exists():
            return {k: (v[0], v[1]) for k, v in json.loads(data.read_text()).items()}
        results = run_lit()
        data.write_text(json.dumps(results))
        return results


def run_lit() -> dict[str, tuple[str, str]]:
    """Run lit on the whole suite; map each test file to (result, output)."""
    with tempfile.TemporaryDirectory() as tmp:
        xml = os.path.join(tmp, "lit.xml")
        subprocess.run(
            [sys.executable, "-c", "from lit.main import main; main()", "-q",
             f"--xunit-xml-output={xml}", str(LIT_DIR)],
            capture_output=True, text=True,
        )
        results: dict[str, tuple[str, str]] = {}
        for case in ET.parse(xml).getroot().iter("testcase"):
            # classname is "<suite>.<dir.parts>", name is the file name.
            _, _, folder = case.get("classname", "").partition(".")
            name = (folder.replace(".", "/") + "/" if folder else "") + case.get("name", "")
            failure = case.find("failure")
            skipped = case.find("skipped")
            if failure is not None:
                results[name] = ("fail", failure.text or "")
            elif skipped is not None:
                results[name] = ("skip", skipped.get("message", ""))
            else:
                results[name] = ("pass", "")
        return results


@pytest.mark.parametrize("test", TESTS)
def test_lit(test: str, lit_results: dict[str, tuple[str, str]]) -> None:
    """One lit test file passes."""
    entry = lit_results.get(test)
    if entry is None:
        pytest.fail(f"lit did not report {test}")
    status, output = entry
    if status == "skip":
        pytest.skip(output)
    assert status == "pass", output
