"""Rewrite helpers shared by the memref folders and canonicalization patterns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mliropt.dialects.memref.views import CastOp
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.operation import Operation, Value
from mliropt.ir.types import DYNAMIC
from mliropt.rewrite.pattern import PatternRewriter


def constant_int(value: Any) -> int | None:
    """getConstantIntValue: the integer of an int, IntegerAttr or constant-defined Value."""
    if isinstance(value, int):
        return value
    if isinstance(value, A.IntegerAttr):
        return value.value
    from mliropt.rewrite.folding import constant_value

    attr = constant_value(value.owner_op)
    return attr.value if isinstance(attr, A.IntegerAttr) else None


def constant_index(builder_or_anchor: Any, value: int, loc: Any) -> Value:
    """An `arith.constant <value> : index` inserted before an op (or through a builder)."""
    from mliropt.dialects.arith import ConstantOp

    props = {"value": A.IntegerAttr(T.index, value)}
    op = ConstantOp.build([], [T.index], None, props, location=loc)
    if hasattr(builder_or_anchor, "insert"):
        builder_or_anchor.insert(op)
    else:
        builder_or_anchor.parent.insert_before(builder_or_anchor, op)
    return op.results[0]


def replace_constant_uses(op: Any, values: Sequence[Any], known: Sequence[int]) -> bool:
    """replaceConstantUsesOf: the uses of each value whose static counterpart in `known`
    is not dynamic get a new `arith.constant` (created before `op`); values without uses
    are skipped so that folding terminates."""
    changed = False
    for value, static in zip(values, known):
        if static == DYNAMIC or not value.uses:
            continue
        value.replace_all_uses_with(constant_index(op, static, op.location))
        changed = True
    return changed


def create(
    rewriter: PatternRewriter,
    cls: Any,
    op: Operation,
    operands: list,
    types: list,
    props: dict | None = None,
) -> Operation:
    """A new op of `cls` at `op`'s location, before it, with `op`'s discardable attributes."""
    rewriter.set_insertion_point(op)
    return rewriter.create(
        cls, operands, types, dict(op.attributes) or None, props, location=op.location
    )


def replace_with_cast(rewriter: PatternRewriter, op: Operation, new: Operation) -> None:
    """replaceOpWithNewOp<CastOp>(op, op.getType(), new)."""
    cast = create(rewriter, CastOp, op, [new.results[0]], [op.results[0].type])
    cast.attributes.clear()
    rewriter.replace_op(op, cast.results)


def split_mixed(mixed: Sequence[Any]) -> tuple[list[Value], list[int]]:
    """dispatchIndexOpFoldResults: the Values and the static list."""
    values = [v for v in mixed if not isinstance(v, int)]
    return values, [v if isinstance(v, int) else DYNAMIC for v in mixed]


def fold_dynamic_index_list(mixed: list, only_non_negative: bool = False) -> bool:
    """foldDynamicIndexList: constant Values become ints (negative ones kept as Values
    when `only_non_negative`); True when one was folded."""
    changed = False
    for i, v in enumerate(mixed):
        if isinstance(v, int):
            continue
        c = constant_int(v)
        if c is None or (only_non_negative and c < 0):
            continue
        mixed[i] = c
        changed = True
    return changed


def specialized(pattern: type, root: type) -> type:
    """Upstream's `Pattern<OpTy>` template instantiated for `root`: a subclass matching
    it, enabled and disabled by the template's name."""
    name = pattern.__name__
    doc = f"{name}<{root.__name__}>."
    return type(name + root.__name__, (pattern,), {"root": root, "label": name, "__doc__": doc})
