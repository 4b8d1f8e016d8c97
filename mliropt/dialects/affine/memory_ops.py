"""affine.load and affine.store: memref accesses whose subscripts are affine
expressions of dims and symbols (upstream MLIR 22's syntax, verifiers and folders).

Example: `%v = affine.load %A[%i + 1, symbol(%n)] : memref<8x?xf32>`
"""

from __future__ import annotations

import mliropt.dialects.affine.directives  # noqa: F401 - registers the custom directives
from mliropt.dialects.affine.canonicalize import simplify_pattern
from mliropt.dialects.affine.scope import verify_dims_and_symbols
from mliropt.dialects.memref.constraints import AnyMemRef
from mliropt.dialects.memref.fold import fold_memref_cast
from mliropt.dialects.ods import (
    VARIADIC,
    AffineMapAttr,
    AnyType,
    Attr,
    Index,
    MemRefsNormalizable,
    Op,
    Operand,
    Result,
    types_match_with,
)
from mliropt.ir import affine as AF
from mliropt.ir import types as T
from mliropt.ir.effects import READ, WRITE
from mliropt.ir.opdef import VerifyError
from mliropt.ir.operation import Operation


def _element_type(t: T.Type) -> T.Type:
    return t.element_type  # type: ignore[attr-defined]


def verify_memory_op_indexing(op: Operation, amap: AF.AffineMap, indices: list) -> None:
    """verifyMemoryOpIndexing: one map result per memref dimension, one index per map
    input, valid dims and symbols."""
    memref_type = op.memref.type  # type: ignore[attr-defined]
    if amap.num_results != len(memref_type.shape):
        raise VerifyError(op, "affine map num results must equal memref rank")
    if amap.num_inputs != len(indices):
        raise VerifyError(op, "expects as many subscripts as affine map inputs")
    verify_dims_and_symbols(op, indices, amap.num_dims)


class AffineLoadOp(Op):
    """Read the element of a memref at affine subscripts.

    Example: `%v = affine.load %A[%i + 1, %j] : memref<8x8xf32>`
    """

    name = "affine.load"
    traits = (MemRefsNormalizable,)
    memref = Operand(AnyMemRef)
    indices = Operand(Index, VARIADIC)
    map = Attr(AffineMapAttr)
    result = Result(AnyType)
    type_relations = (types_match_with("memref", "result", _element_type),)
    assembly_format = (
        "$memref `` custom<AffineSubscripts>($indices, $map) attr-dict `:` type($memref)"
    )

    def memory_effects(self) -> list:
        """Reads the memref."""
        return [(READ, self.memref)]

    def verify(self) -> None:
        if self.result.type is not self.memref.type.element_type:
            raise VerifyError(self, "result type must match element type of memref")
        amap = self.properties["map"].value  # type: ignore[attr-defined]
        verify_memory_op_indexing(self, amap, self.operands[1:])

    def fold(self, operands: list) -> list | None:
        """load(memref.cast) -> load."""
        return [self.result] if fold_memref_cast(self) else None


class AffineStoreOp(Op):
    """Write a value to the element of a memref at affine subscripts.

    Example: `affine.store %v, %A[%i, symbol(%n) - 1] : memref<8x?xf32>`
    """

    name = "affine.store"
    traits = (MemRefsNormalizable,)
    value = Operand(AnyType)
    memref = Operand(AnyMemRef)
    indices = Operand(Index, VARIADIC)
    map = Attr(AffineMapAttr)
    type_relations = (types_match_with("memref", "value", _element_type),)
    assembly_format = (
        "$value `,` $memref `` custom<AffineSubscripts>($indices, $map) attr-dict `:` type($memref)"
    )

    def memory_effects(self) -> list:
        """Writes the memref."""
        return [(WRITE, self.memref)]

    def verify(self) -> None:
        if self.value.type is not self.memref.type.element_type:
            raise VerifyError(
                self, "value to store must have the same type as memref element type"
            )
        amap = self.properties["map"].value  # type: ignore[attr-defined]
        verify_memory_op_indexing(self, amap, self.operands[2:])

    def fold(self, operands: list) -> list | None:
        """store(v, memref.cast) -> store (the stored value is never unwrapped)."""
        return [] if fold_memref_cast(self, self.value) else None


MEMORY_OPS = (AffineLoadOp, AffineStoreOp)


# Upstream's canonicalization patterns of these ops that are ported.
AffineLoadOp.canonicalization_patterns = (simplify_pattern(AffineLoadOp, 1),)
AffineStoreOp.canonicalization_patterns = (simplify_pattern(AffineStoreOp, 2),)
