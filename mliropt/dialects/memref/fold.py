"""Folding helpers shared by memref ops (upstream's foldMemRefCast and
CastOp::canFoldIntoConsumerOp)."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.memref.layout import strides_and_offset
from mliropt.ir import types as T
from mliropt.ir.types import DYNAMIC


def defining(value: Any, name: str) -> Any:
    """The op named `name` defining `value`, or None."""
    op = value.owner_op
    return op if op is not None and op.name == name else None


def fold_memref_cast(op: Any, inner: Any = None) -> bool:
    """someop(cast(x)) -> someop(x) for every operand (except `inner`) produced by a
    memref.cast from a ranked memref; True when an operand changed."""
    folded = False
    for use in op.op_operands:
        v = use.value
        cast = defining(v, "memref.cast")
        if cast is None or v is inner:
            continue
        src = cast.operand(0)
        if isinstance(src.type, T.UnrankedMemRefType):
            continue
        use.set(src)
        folded = True
    return folded


def _more_static(src: int, dst: int) -> bool:
    return src != dst and src == DYNAMIC and dst != DYNAMIC


def can_fold_into_consumer(cast: Any) -> bool:
    """CastOp::canFoldIntoConsumerOp: the cast only erases static information."""
    src, dst = cast.operand(0).type, cast.results[0].type
    if not isinstance(src, T.MemRefType) or not isinstance(dst, T.MemRefType):
        return False
    if src.element_type is not dst.element_type or len(src.shape) != len(dst.shape):
        return False
    s1, s2 = strides_and_offset(src), strides_and_offset(dst)
    if s1 is None or s2 is None:
        return False
    if any(_more_static(a, b) for a, b in zip(src.shape, dst.shape)):
        return False
    if _more_static(s1[1], s2[1]):
        return False
    return not any(_more_static(a, b) for a, b in zip(s1[0], s2[0]))
