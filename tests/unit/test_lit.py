"""Runs the lit suite (tests/lit) once and reports each lit test file as a pytest test."""

from __future__ import annotations

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
def lit_results() -> dict[str, tuple[str, str]]:
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
