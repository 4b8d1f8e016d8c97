"""The affine dialect: structured control flow (affine.for, affine.if, affine.yield),
affine maps applied to index values (affine.apply, affine.min, affine.max) and memref
accesses with affine subscripts (affine.load, affine.store), with upstream MLIR 22's
custom syntax, verifiers, messages, folders and canonicalization patterns
(SimplifyAffineOp, the min/max patterns, affine.if's and affine.for's), and affine.for
and affine.if as region branches.

affine.parallel, affine.vector_load/store, affine.prefetch, affine.dma_* and
affine.delinearize_index/linearize_index are not registered yet: they are reported as
unknown custom ops. Folding affine.load of a constant memref.global is not ported.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.affine.memory_ops import AffineLoadOp, AffineStoreOp
from mliropt.dialects.affine.ops import AffineForOp, AffineIfOp, AffineYieldOp
from mliropt.dialects.affine.value_ops import AffineApplyOp, AffineMaxOp, AffineMinOp
from mliropt.ir.dialect import Dialect


class AffineDialect(Dialect):
    """The affine dialect."""

    name = "affine"
    ops = (
        AffineForOp,
        AffineIfOp,
        AffineYieldOp,
        AffineApplyOp,
        AffineMinOp,
        AffineMaxOp,
        AffineLoadOp,
        AffineStoreOp,
    )
    grammar_fragment = "affine.lark"
    dependent_dialects = ("arith", "ub")
    # No inliner interface yet: upstream's (legal into affine scopes and affine ops,
    # with the dim/symbol rules checked) is not ported, so calls holding affine ops
    # are not inlined.

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """Folded constants are arith.constant ops, poison is ub.poison (upstream's
        materializeConstant)."""
        from mliropt.dialects.arith import ArithDialect

        return ArithDialect().materialize_constant(builder, value, type, loc)


__all__ = [
    "AffineApplyOp",
    "AffineDialect",
    "AffineForOp",
    "AffineIfOp",
    "AffineLoadOp",
    "AffineMaxOp",
    "AffineMinOp",
    "AffineStoreOp",
    "AffineYieldOp",
]
