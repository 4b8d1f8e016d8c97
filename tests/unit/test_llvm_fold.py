"""Folders of the llvm dialect: each case builds the op through the parser and calls its
folder (the expected answers are upstream 22's, as its --canonicalize gives them; the
differential tests compare whole canonicalized files)."""

from __future__ import annotations

import pytest
from fold_cases import fold_case, op_under_test

from mliropt.rewrite.folding import fold

SIG = "%a: i32, %p: !llvm.ptr, %s: !llvm.struct<(i32, f32)>, %v: vector<2xi32>"
C3 = "%c3 = llvm.mlir.constant(3 : i32) : i32"
C5 = "%c5 = llvm.mlir.constant(5 : i32) : i32"
C40 = "%c40 = llvm.mlir.constant(40 : i32) : i32"

CASES: dict[str, tuple[str, list[str] | None]] = {
    "or_constants": (f"{C3}\n{C5}\n%r = llvm.or %c3, %c5 : i32", ["7 : i32"]),
    "or_zero_not_folded": (f"{C3}\n%r = llvm.or %a, %c3 : i32", None),
    "shl_constants": (f"{C3}\n{C5}\n%r = llvm.shl %c5, %c3 : i32", ["40 : i32"]),
    "shl_too_far": (f"{C5}\n{C40}\n%r = llvm.shl %c5, %c40 : i32", None),
    "add_not_folded": (f"{C3}\n{C5}\n%r = llvm.add %c3, %c5 : i32", None),
    "icmp_eq_self": ('%r = llvm.icmp "eq" %a, %a : i32', ["true"]),
    "icmp_ne_self": ('%r = llvm.icmp "ne" %a, %a : i32', ["false"]),
    "icmp_ult_self": ('%r = llvm.icmp "ult" %a, %a : i32', None),
    "icmp_vector": ('%r = llvm.icmp "eq" %v, %v : vector<2xi32>', ["dense<true> : vector<2xi1>"]),
    "icmp_alloca_null": (
        "%m = llvm.alloca %a x i32 : (i32) -> !llvm.ptr\n%z = llvm.mlir.zero : !llvm.ptr\n"
        '%r = llvm.icmp "eq" %m, %z : !llvm.ptr',
        ["false"],
    ),
    "bitcast_same": ("%r = llvm.bitcast %a : i32 to i32", ["%arg0"]),
    "bitcast_chain": (
        "%f = llvm.bitcast %a : i32 to f32\n%r = llvm.bitcast %f : f32 to i32",
        ["%arg0"],
    ),
    "addrspacecast_same": ("%r = llvm.addrspacecast %p : !llvm.ptr to !llvm.ptr", ["%arg1"]),
    "gep_zero": ("%r = llvm.getelementptr %p[0] : (!llvm.ptr) -> !llvm.ptr, f64", ["%arg1"]),
    "extract_of_insert": (
        "%i = llvm.insertvalue %a, %s[0] : !llvm.struct<(i32, f32)>\n"
        "%r = llvm.extractvalue %i[0] : !llvm.struct<(i32, f32)>",
        ["%arg0"],
    ),
    "extract_of_undef": (
        "%u = llvm.mlir.undef : !llvm.struct<(i32, f32)>\n"
        "%r = llvm.extractvalue %u[1] : !llvm.struct<(i32, f32)>",
        ["#llvm.undef"],
    ),
    "constant": ("%r = llvm.mlir.constant(-2 : i8) : i8", ["-2 : i8"]),
    "zero": ("%r = llvm.mlir.zero : !llvm.ptr", ["#llvm.zero"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_llvm_fold(name: str) -> None:
    """Our folder gives upstream's result."""
    text, expected = CASES[name]
    body = "\n".join("  " + line for line in text.split("\n"))
    assert fold_case(SIG, body) == expected


def test_gep_constant_indices_fold_in_place() -> None:
    """gep %p[%c] with a constant %c becomes gep %p[2]; a constant beyond i32 stays."""
    body = (
        "  %c = llvm.mlir.constant(2 : i64) : i64\n"
        "  %big = llvm.mlir.constant(4294967296 : i64) : i64\n"
        "  %r = llvm.getelementptr %p[%c, %big] : (!llvm.ptr, i64, i64) -> !llvm.ptr,"
        " !llvm.array<2 x i8>"
    )
    op = op_under_test(SIG, body)
    assert fold(op) == []
    assert op.properties["rawConstantIndices"].values == (2, -(1 << 31))
    assert len(op.operands) == 2


def test_extract_of_extract_joins_positions() -> None:
    """extractvalue(extractvalue(%x, [0]), [1]) -> extractvalue(%x, [0, 1]), in place."""
    sig = "%x: !llvm.struct<(struct<(i32, f32)>, i64)>"
    body = (
        "  %e = llvm.extractvalue %x[0] : !llvm.struct<(struct<(i32, f32)>, i64)>\n"
        "  %r = llvm.extractvalue %e[1] : !llvm.struct<(i32, f32)>"
    )
    op = op_under_test(sig, body)
    assert fold(op) == []
    assert op.properties["position"].values == (0, 1)
