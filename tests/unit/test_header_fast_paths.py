"""The regex fast paths of func signatures and scf.for / scf.if headers give exactly what
the cursor-based parsers give (IR, locations, errors), and leave other text to them."""

import io
import os
import tempfile

import pytest

from mliropt.dialects.scf.if_switch import IfOp
from mliropt.dialects.scf.loops import ForOp
from mliropt.ir.context import Context
from mliropt.syntax import function_syntax
from mliropt.syntax.parser import SourceParser
from mliropt.tools.driver import OptOptions, run_opt


def _run(text: str, generic: bool) -> tuple[int, str, str]:
    fd, path = tempfile.mkstemp(suffix=".mlir")
    try:
        with os.fdopen(fd, "w") as f:
            f.write(text)
        out, err = io.StringIO(), io.StringIO()
        opts = OptOptions(input=path, print_op_generic=generic, print_debuginfo=True)
        status = run_opt(opts, stdout=out, stderr=err)
    finally:
        os.unlink(path)
    return status, out.getvalue().replace(path, "F"), err.getvalue().replace(path, "F")


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same status, output (with locations) and diagnostics with and without fast paths."""
    fast = [_run(text, g) for g in (False, True)]
    with monkeypatch.context() as m:
        m.setattr(function_syntax, "_fast_signature", lambda sp, text, pos: None)
        m.setattr(ForOp, "fast_header", None, raising=False)
        m.setattr(IfOp, "fast_header", None, raising=False)
        slow = [_run(text, g) for g in (False, True)]
    assert fast == slow


SIGNATURES = [
    "(%a: i32, %b: memref<4x?xf32>) -> (i32, memref<4x?xf32>)",
    "(%a: i32)",
    "(%a : i32 ,%b:f32)->f32",
    "(%a: !llvm.ptr) -> !llvm.ptr",
    "(%a: tensor<?x4xf32>, %b: vector<[4]xf32>) -> ()",
    "(%a: i32 {llvm.noalias}) -> i32",
    "(%a: i32 loc(\"x\":1:2))",
    "(%a: i32, // comment\n %b: i32)",
    "(%a: i32, i32)",
    "(%a: i32, %a: i32)",
    "(%a: i32) -> i32x",
    "(%a: memref<?xq32>)",
    "(%a: (i32) -> i32)",
]


@pytest.mark.parametrize("sig", SIGNATURES)
def test_signature_fast_path_is_the_parser(sig: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Definitions and declarations, good and bad, through both paths."""
    _both(f"func.func @f{sig} {{\n  return\n}}\n", monkeypatch)
    decl = sig.replace("%a:", "").replace("%a :", "").replace("%b:", "").replace("%a", "")
    _both(f"func.func private @g{decl}\n", monkeypatch)


def test_signature_fast_path_takes_plain_signatures() -> None:
    """The common forms are read by the fast path (not left to the slow one)."""
    text = "(%a: i32, %b: memref<64xf32>) -> (i32, f32)"
    sp = SourceParser(Context(None), text, "t.mlir")
    sig = function_syntax._fast_signature(sp, text, 0)
    assert sig is not None
    assert [(a[0], a[1]) for a in sig.args] == [("a", 1), ("b", 10)]
    assert len(sig.results) == 2
    assert function_syntax._fast_signature(sp, "(%a: i32 {x})", 0) is None


FOR_HEADERS = [
    "%i = %lb to %ub step %s",
    "unsigned %i = %lb to %ub step %s",
    "%i = %lb to %ub step %s iter_args(%x = %lb, %y = %ub) -> (index, index)",
    "%i=%lb to %ub step %s iter_args(%x=%lb)->(index)",
    "%i = %lb to %ub step %s : index",
    "%i = %lb to %ub step %s iter_args(%x = %lb) -> (index, index)",
    "%i = %lb to %ub step %s iter_args(%x = %lb) -> index",
    "%i = %lb to %ub",
    "%i = %lbto %ub step %s",
    "%i = %lb to %ub step %undefined",
    "%i = %lb to %ub step %s iter_args(%x = %lb) -> (i32)",
    "%i = %lb to %ub step %s // comment\n",
    "%i = %lb to %ub step %s : i33x",
]


@pytest.mark.parametrize("header", FOR_HEADERS)
def test_for_fast_path_is_the_parser(header: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """scf.for headers, good and bad, through both paths."""
    n = header.count("%x") + header.count("%y")
    results = "%r:2 = " if n == 2 else "%r = " if n == 1 else ""
    yields = ", ".join(["%lb"] * n)
    body = f"scf.yield {yields} : {', '.join(['index'] * n)}" if n else ""
    text = (
        "func.func @f(%lb: index, %ub: index, %s: index) {\n"
        f"  {results}scf.for {header} {{\n    {body}\n  }}\n  return\n}}\n"
    )
    _both(text, monkeypatch)


IF_HEADERS = ["%c", "%c -> (i32, f32)", "%c -> ()", "%c->(i32)", "%undefined", "%c -> i32",
              "%c -> (i32x)", "%c -> (i32, f32"]


@pytest.mark.parametrize("header", IF_HEADERS)
def test_if_fast_path_is_the_parser(header: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """scf.if headers, good and bad, through both paths."""
    text = (
        "func.func @f(%c: i1, %a: i32, %b: f32) {\n"
        f"  scf.if {header} {{\n  }}\n  return\n}}\n"
    )
    _both(text, monkeypatch)


def test_header_fast_paths_take_plain_headers() -> None:
    """The common scf.for / scf.if headers are read by the fast paths."""
    text = "%i = %lb to %ub step %s iter_args(%x = %lb) -> (index)"
    sp = SourceParser(Context(None), text, "t.mlir")
    info = ForOp.fast_header(sp, text, 0)
    assert info is not None
    assert info["iv"] == ("i", 0) and info["step"] == ("%s", text.index("%s"))
    assert info["args"] == [("x", text.index("%x"))]
    assert info["inits"] == [("%lb", text.index("%lb)"))]
    assert ForOp.fast_header(sp, "%i = %lb to %ub step %s {x}", 0) is None
    assert IfOp.fast_header(sp, "%c -> (i32) loc(x)", 0) is None


def test_header_token_fast_pattern_has_the_scanner_extent() -> None:
    """Where the SCF_HEADER fast pattern matches, it ends where scan_header ends; it
    matches the common headers."""
    import random
    import re

    from mliropt.dialects.scf.syntax import HEADER_FAST, scan_header

    match = re.compile(HEADER_FAST).match
    common = [
        "%i = %a to %b step %c iter_args(%x = %y) -> (f32) {",
        "%c -> (tensor<?xf32, {e}>) {",
        "%a = %b to %c step %d : tensor<4xf32, {enc}> {",
    ]
    for text in common:
        m = match(text, 0, len(text))
        assert m is not None and m.end() == scan_header(text, 0, len(text))
    pieces = ["%a", " ", "=", "(", ")", "<", ">", "->", "-", "{", "}", '"s{"', "//c\n", "[",
              "]", ",", ":", "\n", "i32"]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        m = match(text, 0, len(text))
        if m is not None:
            assert m.end() == scan_header(text, 0, len(text)), text
