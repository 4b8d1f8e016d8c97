"""The affine dialect: so far its structured control flow (affine.for, affine.if,
affine.yield), with upstream MLIR 22's custom syntax, verifiers and messages.

Other affine ops (apply, load, store, min, max, parallel, ...) are not registered yet:
they are reported as unknown custom ops.
"""

from __future__ import annotations

from mliropt.dialects.affine.ops import AffineForOp, AffineIfOp, AffineYieldOp
from mliropt.ir.dialect import Dialect


class AffineDialect(Dialect):
    """The affine dialect."""

    name = "affine"
    ops = (AffineForOp, AffineIfOp, AffineYieldOp)
    grammar_fragment = "affine.lark"
    dependent_dialects = ("arith", "ub")
    # No inliner interface yet: upstream's (legal into affine scopes and affine ops,
    # with the dim/symbol rules checked) is not ported, so calls holding affine ops
    # are not inlined.


__all__ = ["AffineDialect", "AffineForOp", "AffineIfOp", "AffineYieldOp"]
