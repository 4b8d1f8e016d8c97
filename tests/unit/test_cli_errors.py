"""Command-line usage errors exit with status 1 and upstream's wording, no traceback."""

import subprocess
import sys

import pytest

CASES = [
    (["--no-such-flag"], "Unknown command line argument '--no-such-flag'"),
    (["--verify-each=maybe"], "'maybe' is invalid value for boolean argument! Try 0 or 1"),
    (["--mlir-elide-elementsattrs-if-larger=x"], "'x' value invalid for uint argument!"),
    (["--mlir-timing-display=x"], "Cannot find option named 'x'!"),
    (["-", "-"], "Too many positional arguments specified!"),
]


@pytest.mark.parametrize(("args", "message"), CASES)
def test_usage_error_exits_1(args: list[str], message: str) -> None:
    """A usage error prints upstream's message and exits with 1."""
    run = subprocess.run(
        [sys.executable, "-m", "mliropt", *args], input="", capture_output=True, text=True
    )
    assert run.returncode == 1
    assert message in run.stderr
    assert "Traceback" not in run.stderr
    assert run.stdout == ""
