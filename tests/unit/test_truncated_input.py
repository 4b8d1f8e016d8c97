"""An input that ends where a type or an attribute is due gets upstream's diagnostic at
upstream's position (the end of the input), never an internal error."""

import subprocess
import sys

import pytest

# (input, expected first line); each checked against mlir-opt 22.
CASES = [
    ('"t.a"() : () -> ', "<stdin>:1:16: error: expected non-function type"),
    ("func.func @f(%a: i32) -> ", "<stdin>:1:25: error: expected non-function type"),
    ('"t.a"() : (', "<stdin>:1:10: error: expected non-function type"),
    (
        "func.func @f() {\n  %0 = arith.constant 1 : ",
        "<stdin>:2:26: error: expected non-function type",
    ),
    ('%0 = "t.a"() : () -> memref<4x', "<stdin>:1:30: error: expected non-function type"),
    (
        'memref.global "private" @x : memref<2xf32> = ',
        "<stdin>:1:45: error: expected attribute value",
    ),
    ('"t.a"() {a = ', "<stdin>:1:13: error: expected attribute value"),
]


@pytest.mark.parametrize(("text", "first_line"), CASES)
def test_input_ending_early(text: str, first_line: str) -> None:
    """Exit status 1 and upstream's message where the input ends."""
    run = subprocess.run(
        [sys.executable, "-m", "mliropt", "--allow-unregistered-dialect", "-"],
        input=text, capture_output=True, text=True,
    )
    assert run.returncode == 1
    assert run.stderr.splitlines()[0] == first_line
    assert run.stdout == ""
