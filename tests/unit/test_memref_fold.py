"""Folders of the memref dialect: each case builds the op through the parser and calls
its folder. Value-producing folds are compared with what upstream mlir-opt 22's
canonicalize makes of the same function (when it is installed); in-place folds (an
operand replaced, upstream's `foldMemRefCast` and friends) are checked on the IR."""

from __future__ import annotations

import pytest
from differential import requires_upstream
from fold_cases import fold_case, op_under_test, upstream_canonicalized

from mliropt.rewrite.folding import fold


def body(*lines: str) -> str:
    """Indented body lines."""
    return "\n".join("  " + line for line in lines)


M = "%m: memref<4x?xf32>"
C0, C1, C2 = (f"%c{i} = arith.constant {i} : index" for i in range(3))

# name -> (signature, body whose last op is under test, expected per result or None)
CASES: dict[str, tuple[str, str, list[str] | None]] = {
    "dim_static": (M, body(C0, "%r = memref.dim %m, %c0 : memref<4x?xf32>"), ["4 : index"]),
    "dim_dynamic_arg": (M, body(C1, "%r = memref.dim %m, %c1 : memref<4x?xf32>"), None),
    "dim_out_of_bounds": (M, body(C2, "%r = memref.dim %m, %c2 : memref<4x?xf32>"), None),
    "dim_unranked": (
        "%u: memref<*xf32>",
        body(C0, "%r = memref.dim %u, %c0 : memref<*xf32>"),
        None,
    ),
    "dim_alloc": (
        "%d: index",
        body(
            C1,
            "%a = memref.alloc(%d) : memref<4x?xf32>",
            "%r = memref.dim %a, %c1 : memref<4x?xf32>",
        ),
        ["%arg0"],
    ),
    "dim_alloca_second_dynamic": (
        "%d: index, %e: index",
        body(
            C1,
            "%a = memref.alloca(%d, %e) : memref<?x?xf32>",
            "%r = memref.dim %a, %c1 : memref<?x?xf32>",
        ),
        ["%arg1"],
    ),
    "dim_view": (
        "%b: memref<64xi8>, %d: index",
        body(
            C0,
            "%v = memref.view %b[%d][%d] : memref<64xi8> to memref<?x4xf32>",
            "%r = memref.dim %v, %c0 : memref<?x4xf32>",
        ),
        ["%arg1"],
    ),
    "dim_rank_reducing_subview": (
        "%m: memref<4x?x8xf32>, %d: index",
        body(
            C0,
            "%s = memref.subview %m[0, 0, 0] [1, %d, 8] [1, 1, 1] : memref<4x?x8xf32> to "
            "memref<?x8xf32, strided<[8, 1]>>",
            "%r = memref.dim %s, %c0 : memref<?x8xf32, strided<[8, 1]>>",
        ),
        ["%arg1"],
    ),
    "rank_ranked": (
        "%m: memref<4x?x2xf32>",
        body("%r = memref.rank %m : memref<4x?x2xf32>"),
        ["3 : index"],
    ),
    "rank_unranked": ("%u: memref<*xf32>", body("%r = memref.rank %u : memref<*xf32>"), None),
    "subview_identity": (
        "%m: memref<4x4xf32, strided<[4, 1]>>",
        body(
            "%r = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<4x4xf32, strided<[4, 1]>> to "
            "memref<4x4xf32, strided<[4, 1]>>"
        ),
        ["%arg0"],
    ),
    "reinterpret_identity": (
        "%m: memref<4xf32>",
        body(
            "%r = memref.reinterpret_cast %m to offset: [0], sizes: [4], strides: [1] : "
            "memref<4xf32> to memref<4xf32>"
        ),
        ["%arg0"],
    ),
    "transpose_identity": (
        "%m: memref<2x3xf32>",
        body("%r = memref.transpose %m (i, j) -> (i, j) : memref<2x3xf32> to memref<2x3xf32>"),
        ["%arg0"],
    ),
    "collapse_of_expand": (
        "%m: memref<6xf32>",
        body(
            "%e = memref.expand_shape %m [[0, 1]] output_shape [2, 3] : memref<6xf32> into "
            "memref<2x3xf32>",
            "%r = memref.collapse_shape %e [[0, 1]] : memref<2x3xf32> into memref<6xf32>",
        ),
        ["%arg0"],
    ),
    "assume_twice": (
        "%m: memref<4xf32>",
        body(
            "%a = memref.assume_alignment %m, 8 : memref<4xf32>",
            "%r = memref.assume_alignment %a, 8 : memref<4xf32>",
        ),
        ["<result of memref.assume_alignment>"],
    ),
    "assume_different": (
        "%m: memref<4xf32>",
        body(
            "%a = memref.assume_alignment %m, 8 : memref<4xf32>",
            "%r = memref.assume_alignment %a, 16 : memref<4xf32>",
        ),
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_memref_fold(name: str) -> None:
    """Our folder gives the expected result."""
    sig, text, expected = CASES[name]
    assert fold_case(sig, text) == expected


@requires_upstream
def test_expectations_are_upstreams() -> None:
    """The expected results are what upstream's canonicalize computes (cases whose fold
    returns another op's result are checked by the corpus tests instead)."""
    names = [n for n in sorted(CASES) if not (CASES[n][2] or [""])[0].startswith("<")]
    answers = upstream_canonicalized([CASES[n] for n in names])
    assert dict(zip(names, answers)) == {n: CASES[n][2] for n in names}


def _folded_in_place(sig: str, text: str, operand: int) -> str:
    """Fold the op in place and return the name of the op now defining `operand`."""
    op = op_under_test(sig, text)
    assert fold(op) == []
    v = op.operand(operand)
    owner = v.owner_op
    return "%arg" + str(v.index) if owner is None else owner.name


CAST = "%c = memref.cast %m : memref<4xf32> to memref<?xf32>"
IN_PLACE = {
    # op(cast(x)) -> op(x): the folded operand, and the expected new producer.
    "load": ("memref.load %c[%i] : memref<?xf32>", 0),
    "store": ("memref.store %v, %c[%i] : memref<?xf32>", 1),
    "dealloc": ("memref.dealloc %c : memref<?xf32>", 0),
    "prefetch": ("memref.prefetch %c[%i], read, locality<1>, data : memref<?xf32>", 0),
    "atomic_rmw": ("%r = memref.atomic_rmw addf %v, %c[%i] : (f32, memref<?xf32>) -> f32", 1),
    "copy": ("memref.copy %c, %m : memref<?xf32> to memref<4xf32>", 0),
    "dim": ("%z = arith.constant 0 : index\n  %r = memref.dim %c, %z : memref<?xf32>", 0),
    "cast": ("%r = memref.cast %c : memref<?xf32> to memref<*xf32>", 0),
    "dma_wait": ("memref.dma_wait %c[%i], %i : memref<?xf32>", 0),
}


@pytest.mark.parametrize("name", sorted(IN_PLACE))
def test_cast_folds_into_consumer(name: str) -> None:
    """someop(memref.cast(%x)) -> someop(%x)."""
    text, operand = IN_PLACE[name]
    sig = "%m: memref<4xf32>, %i: index, %v: f32"
    assert _folded_in_place(sig, body(CAST, text), operand) == "%arg0"


def test_store_keeps_a_cast_stored_value() -> None:
    """store folds the cast of the memref, never of the value stored."""
    sig = "%m: memref<4xmemref<4xf32>>, %x: memref<4xf32>, %i: index"
    text = body(
        "%c = memref.cast %x : memref<4xf32> to memref<?xf32>",
        "%d = memref.cast %m : memref<4xmemref<4xf32>> to memref<?xmemref<4xf32>>",
        "memref.store %x, %d[%i] : memref<?xmemref<4xf32>>",
    )
    assert _folded_in_place(sig, text, 1) == "%arg0"


def test_transpose_of_transpose_composes() -> None:
    """transpose(transpose(x)) -> transpose(x) with the composed permutation."""
    sig = "%m: memref<2x3x4xf32>"
    text = body(
        "%a = memref.transpose %m (i, j, k) -> (j, k, i) : memref<2x3x4xf32> to "
        "memref<3x4x2xf32, strided<[4, 1, 12]>>",
        "%r = memref.transpose %a (i, j, k) -> (k, i, j) : memref<3x4x2xf32, strided<[4, 1, 12]>> "
        "to memref<2x3x4xf32, strided<[12, 4, 1]>>",
    )
    op = op_under_test(sig, text)
    assert fold(op) == []
    assert op.operand(0).index == 0
    assert str(op.perm) == "(d0, d1, d2) -> (d0, d1, d2)"


def test_extract_strided_metadata_constants() -> None:
    """Uses of an offset/size/stride the type knows become arith.constant values."""
    sig = "%m: memref<4x?xf32>"
    text = body(
        "%b, %o, %s:2, %t:2 = memref.extract_strided_metadata %m : memref<4x?xf32> -> "
        "memref<f32>, index, index, index, index, index",
        '"test.use"(%o, %s#0, %s#1, %t#0, %t#1) : (index, index, index, index, index) -> ()',
    )
    from mliropt.ir.context import Context
    from mliropt.syntax.parser import parse_source

    src = f"func.func @f({sig}) {{\n{text}\n  return\n}}\n"
    module = parse_source(Context(allow_unregistered=True), src, "case.mlir")
    func = module.regions[0].blocks[0].first
    meta = func.regions[0].blocks[0].first
    use = meta.next
    assert fold(meta) == []
    names = [v.owner_op.name if v.owner_op is not None else "arg" for v in use.operands]
    # offset 0, size 4 and strides [?, 1]: only %s#1 and %t#0 stay dynamic.
    assert names == ["arith.constant", "arith.constant", meta.name, meta.name, "arith.constant"]
    assert fold(meta) is None  # nothing left to replace
