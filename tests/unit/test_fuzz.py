"""No input produces a Python traceback: mutated inputs either parse or give a diagnostic."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mliropt.ir.context import Context
from mliropt.ir.diagnostics import MLIRError
from mliropt.syntax.parser import parse_source
from mliropt.syntax.printer import print_operation
from mliropt.tools.driver import verify_op

SEEDS = [p.read_text() for p in sorted((Path(__file__).resolve().parents[1] / "corpus").rglob("*.mlir"))]
FRAGMENTS = [
    "%", "^", "@", "#", "!", "{", "}", "(", ")", "[", "]", "<", ">", ":", ",", "=", "-", '"',
    "0", "7", "x", ".", " ", "\n", "loc(", "dense<", "->", "i32", "memref<", "^bb0:", "%0",
    "affine_map<(d0)->(d0)>", "\\", "//", "func.func @f() {", "}", "0x", "1.5", "?",
]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A corpus file with a few random insertions, deletions and duplications."""
    chars = list(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 5))):
        i = draw(st.integers(0, len(chars)))
        kind = draw(st.integers(0, 2))
        if kind == 0 and chars:
            del chars[min(i, len(chars) - 1)]
        elif kind == 1:
            chars.insert(i, draw(st.sampled_from(FRAGMENTS)))
        else:
            j = min(len(chars), i + draw(st.integers(1, 20)))
            k = draw(st.integers(0, len(chars)))
            chars[k:k] = chars[i:j]
    return "".join(chars)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mutated(), unregistered=st.booleans())
def test_mutated_input_never_raises_a_python_exception(text: str, unregistered: bool) -> None:
    """Every failure is an MLIRError carrying a diagnostic."""
    ctx = Context(allow_unregistered=unregistered)
    try:
        module = parse_source(ctx, text, "fuzz.mlir")
        if not verify_op(module):
            print_operation(module)
    except MLIRError as e:
        assert e.diagnostic.message
