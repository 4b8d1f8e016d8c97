"""Canonicalization patterns of the complex dialect (upstream's ComplexOps.cpp): bitcast
chains merge into one bitcast, and re/im of a negated `complex.create` become an
`arith.negf` of the part. New ops get the location of the op they replace, as
upstream's replaceOpWithNewOp."""

from __future__ import annotations

from typing import Any

from mliropt.ir import types as T
from mliropt.ir.operation import OpResult
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern


def _defining(value: Any, name: str) -> Any:
    """The op defining `value` when it is an `name` op, else None."""
    if value.__class__ is OpResult and value.owner.name == name:
        return value.owner
    return None


def _replace_with(rw: PatternRewriter, op: Any, cls: Any, operand: Any, type: Any) -> bool:
    """Replace `op` by a new one-operand `cls` op of result `type` at its location."""
    rw.replace_op_with_new(op, cls, [operand], [type], location=op.location)
    return True


def _complex_bitcast() -> Any:
    from mliropt.dialects.complex.ops import BitcastOp

    return BitcastOp


def _arith_bitcast() -> Any:
    from mliropt.dialects.arith import BitcastOp

    return BitcastOp


class MergeComplexBitcast(RewritePattern):
    """bitcast(bitcast(x)) -> one complex.bitcast of x when either end is complex, else
    arith.bitcast(x); complex.bitcast(arith.bitcast(x)) -> complex.bitcast(x)."""

    root = "complex.bitcast"

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        res = op.results[0].type
        inner = _defining(op.operands[0], "complex.bitcast")
        if inner is not None:
            src = inner.operands[0]
            # complex.bitcast needs a complex type on one side.
            if isinstance(res, T.ComplexType) or isinstance(src.type, T.ComplexType):
                return _replace_with(rw, op, _complex_bitcast(), src, res)
            return _replace_with(rw, op, _arith_bitcast(), src, res)
        inner = _defining(op.operands[0], "arith.bitcast")
        if inner is not None:
            return _replace_with(rw, op, _complex_bitcast(), inner.operands[0], res)
        return False


class MergeArithBitcast(RewritePattern):
    """arith.bitcast(complex.bitcast(x)) -> complex.bitcast(x)."""

    root = "arith.bitcast"

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        inner = _defining(op.operands[0], "complex.bitcast")
        if inner is None:
            return False
        return _replace_with(rw, op, _complex_bitcast(), inner.operands[0], op.results[0].type)


class _FoldComponentNeg(RewritePattern):
    """Base of re/im(neg(create(a, b))) -> arith.negf(a / b)."""

    index = 0

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        neg = _defining(op.operands[0], "complex.neg")
        if neg is None:
            return False
        create = _defining(neg.operands[0], "complex.create")
        if create is None:
            return False
        from mliropt.dialects.arith import NegFOp

        et = create.results[0].type.element_type
        return _replace_with(rw, op, NegFOp, create.operands[self.index], et)


class ReOfNegCreate(_FoldComponentNeg):
    """re(neg(create(a, b))) -> arith.negf(a)."""

    root = "complex.re"
    index = 0


class ImOfNegCreate(_FoldComponentNeg):
    """im(neg(create(a, b))) -> arith.negf(b)."""

    root = "complex.im"
    index = 1
