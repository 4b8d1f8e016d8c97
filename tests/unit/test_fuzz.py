"""No input produces a Python traceback: mutated inputs either parse or give a diagnostic."""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from mliropt.ir.context import Context
from mliropt.ir.diagnostics import MLIRError
from mliropt.syntax.parser import parse_source
from mliropt.syntax.printer import PrintOptions, print_operation
from mliropt.tools.driver import OptOptions, run_opt, verify_op

SEEDS = [
    p.read_text() for p in sorted((Path(__file__).resolve().parents[1] / "corpus").rglob("*.mlir"))
]
FRAGMENTS = [
    "%",
    "^",
    "@",
    "#",
    "!",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "<",
    ">",
    ":",
    ",",
    "=",
    "-",
    '"',
    "0",
    "7",
    "x",
    ".",
    " ",
    "\n",
    "loc(",
    "dense<",
    "->",
    "i32",
    "memref<",
    "^bb0:",
    "%0",
    "affine_map<(d0)->(d0)>",
    "\\",
    "//",
    "func.func @f() {",
    "}",
    "0x",
    "1.5",
    "?",
    "...",
    "{-#",
    "#-}",
    "affine_set<(d0) : (",
    "strided<[",
    "distinct[",
    "array<i32:",
    "sparse<",
    "tensor<",
    "vector<[",
    "*x",
    " x ",
    "fused[",
    "callsite(",
    " at ",
    "dense_resource<",
    "#loc",
    "!t.x",
    "%a:2 = ",
    "%a#1",
    "<{",
    "}>",
    "\t",
    "unit",
    "true",
    "99999999999999999999",
    "+",
    "*",
    "floordiv",
    "mod",
    "i99999999999",
    "#map = ",
]
# A failure is reported as `FILE:LINE:COL: error: MESSAGE` (or `<unknown>:0` for the few
# diagnostics upstream places nowhere) followed by the source line and a caret.
_DIAGNOSTIC = re.compile(r"(?:.*:\d+:\d+|<unknown>:0): error: ")


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


# Shrinking a failing corpus file takes long; the unshrunk example is reported as is.
_SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)


@_SETTINGS
@given(text=mutated(), unregistered=st.booleans())
def test_mutated_input_never_raises_a_python_exception(text: str, unregistered: bool) -> None:
    """Parsing, verifying and printing raise nothing but an MLIRError with a message."""
    ctx = Context(allow_unregistered=unregistered)
    try:
        module = parse_source(ctx, text, "fuzz.mlir")
        if not verify_op(module):
            print_operation(module)
            print_operation(module, PrintOptions(generic=True, debuginfo=True))
    except MLIRError as e:
        assert e.diagnostic.message


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(text=mutated(), unregistered=st.booleans(), split=st.booleans())
def test_mutated_input_fails_with_a_located_diagnostic(
    text: str, unregistered: bool, split: bool
) -> None:
    """Through the driver: exit status 0, or 1 with `FILE:LINE:COL: error:` diagnostics,
    never an internal error."""
    fd, path = tempfile.mkstemp(suffix=".mlir")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)
        out, err = io.StringIO(), io.StringIO()
        opts = OptOptions(
            input=path,
            allow_unregistered_dialect=unregistered,
            split_input_file="// -----" if split else None,
        )
        status = run_opt(opts, stdout=out, stderr=err)
    finally:
        os.unlink(path)
    assert status in (0, 1)
    assert "internal error" not in err.getvalue()
    assert "Traceback" not in err.getvalue()
    if status == 1:
        assert _DIAGNOSTIC.match(err.getvalue()), err.getvalue()
