"""The vector dialect: so far its broadcast op (upstream MLIR 22's `vector.broadcast`).

`vector.broadcast` is what a splat of a scalar is written with (the arith canonicalizer's
inputs use it); its verifier, folder and canonicalization pattern are upstream's. Other
vector ops are not registered yet: they are reported as unknown custom ops.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import AnyType, Constraint, Op, Operand, Pure, Result, VerifyError
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.dialect import Dialect
from mliropt.ir.operation import Operation
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern


def _is_vector(t: Any) -> bool:
    return isinstance(t, T.VectorType)


# AnyVectorOfAnyRank; a format's `type(...)` of it parses only a builtin vector.
AnyVectorOfAnyRank = Constraint(
    "vector of any type values", _is_vector, kind=("builtin.vector", _is_vector)
)


def _element_or_self(t: T.Type) -> T.Type:
    if isinstance(t, (T.VectorType, T.RankedTensorType, T.UnrankedTensorType)):
        return t.element_type
    return t


def _dim(size: int, scalable: bool) -> str:
    return f"[{size}]" if scalable else str(size)


def broadcast_mismatch(src: T.Type, dst: T.VectorType) -> str | None:
    """Why `src` cannot be broadcast to `dst` (upstream's isBroadcastableTo), or None."""
    if not isinstance(src, T.VectorType):
        if src is dst.element_type:
            return None
        return "source type is not a vector"
    if len(src.shape) > len(dst.shape):
        return "source rank higher than destination rank"
    lead = len(dst.shape) - len(src.shape)
    src_scalable = src.scalable
    dst_scalable = dst.scalable
    for i, s in enumerate(src.shape):
        d = dst.shape[lead + i]
        s_sc, d_sc = src_scalable[i], dst_scalable[lead + i]
        # Leading dims are duplicated; a trailing dim matches or is 1 (1 -> [N] is fine,
        # any other mix of fixed and scalable dims is not).
        bad = (s != 1 and s != d) or (s == 1 and s_sc and d != 1)
        bad = bad or (s_sc != d_sc and (s != 1 or s_sc))
        if bad:
            return f"dimension mismatch ({_dim(s, s_sc)} vs. {_dim(d, d_sc)})"
    return None


class BroadcastOp(Op):
    """Broadcast a scalar or a vector to a vector of higher or equal rank.

    Example: `%v = vector.broadcast %s : f32 to vector<4xf32>`
    """

    name = "vector.broadcast"
    traits = (Pure,)
    source = Operand(AnyType)
    vector = Result(AnyVectorOfAnyRank)
    assembly_format = "$source attr-dict `:` type($source) `to` type($vector)"

    def verify(self) -> None:
        src = self.operand(0).type
        dst = self.results[0].type
        if _element_or_self(src) is not dst.element_type:  # type: ignore[attr-defined]
            raise VerifyError(
                self, "failed to verify that source operand and result have same element type"
            )
        why = broadcast_mismatch(src, dst)  # type: ignore[arg-type]
        if why is not None:
            raise VerifyError(self, why)

    def fold(self, operands: list) -> list | None:
        # broadcast(x : T to T) -> x
        src = self.operand(0)
        dst = self.results[0].type
        if src.type is dst:
            return [src]
        c = operands[0] if operands else None
        if c is None:
            return None
        from mliropt.dialects.ub import PoisonAttr

        if isinstance(c, PoisonAttr):
            return [c]
        # broadcast(scalar constant) -> splat; a typed attribute of another type (a
        # vector constant) does not fold, as upstream (its TypedAttr case comes first).
        if isinstance(c, A.IntegerAttr) and c.type is dst.element_type:  # type: ignore[attr-defined]
            return [A.DenseElementsAttr(dst, (c.value,))]  # type: ignore[arg-type]
        if isinstance(c, A.FloatAttr) and c.type is dst.element_type:  # type: ignore[attr-defined]
            return [A.DenseElementsAttr(dst, (c.bits,))]  # type: ignore[arg-type]
        return None


class BroadcastFolder(RewritePattern):
    """`broadcast(broadcast(x))` -> `broadcast(x)`."""

    root = BroadcastOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        inner = getattr(op.operand(0), "owner", None)
        if not isinstance(inner, BroadcastOp):
            return False
        rewriter.replace_op_with_new(
            op,
            BroadcastOp,
            [inner.operand(0)],
            [op.results[0].type],
            location=op.location,
        )
        return True


BroadcastOp.canonicalization_patterns = (BroadcastFolder,)


class VectorDialect(Dialect):
    """The vector dialect."""

    name = "vector"
    ops = (BroadcastOp,)
    dependent_dialects = ("arith", "ub")

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """Folded values become `arith.constant` (or `ub.poison`) ops, as upstream's."""
        from mliropt.dialects.arith import materialize_arith_constant

        return materialize_arith_constant(builder, value, type, loc)
