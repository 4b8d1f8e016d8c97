"""Constant folding of affine maps (upstream's AffineMap::partialConstantFold with its
AffineExprConstantFolder): each result folds when its dims and symbols are constants.

int64 arithmetic wraps; `mod` by a value below 1 and `floordiv`/`ceildiv` by 0 are
poison (upstream's hasPoison).
"""

from __future__ import annotations

from typing import Any

from mliropt.ir import affine as AF
from mliropt.ir import attributes as A

_WRAP = AF._wrap64


class Poison(Exception):
    """A result divides by zero or takes a modulo by a non-positive value."""


def _value(attr: Any) -> int | None:
    return _WRAP(attr.value) if isinstance(attr, A.IntegerAttr) else None


def fold_expr(e: AF.AffineExpr, num_dims: int, constants: list) -> int | None:
    """The value of `e` with `constants` (an attribute or None per map input), or None;
    raises Poison."""
    if isinstance(e, AF.AffineConstantExpr):
        return e.value
    if isinstance(e, AF.AffineDimExpr):
        return _value(constants[e.position])
    if isinstance(e, AF.AffineSymbolExpr):
        return _value(constants[num_dims + e.position])
    assert isinstance(e, AF.AffineBinaryExpr)
    lhs = fold_expr(e.lhs, num_dims, constants)
    if lhs is None:
        return None
    rhs = fold_expr(e.rhs, num_dims, constants)
    if rhs is None:
        return None
    kind = e.kind
    if kind is AF.ADD:
        return _WRAP(lhs + rhs)
    if kind is AF.MUL:
        return _WRAP(lhs * rhs)
    if kind is AF.MOD:
        if rhs < 1:
            raise Poison()
        return lhs % rhs
    if rhs == 0:
        raise Poison()
    return _WRAP(lhs // rhs if kind is AF.FLOORDIV else -(-lhs // rhs))


def partial_constant_fold(
    amap: AF.AffineMap, constants: list, poison_fails: bool
) -> tuple[AF.AffineMap, list[int]]:
    """The map with every foldable result replaced by its constant, and the constants
    when all results folded (else []). A poison result raises Poison when
    `poison_fails` (upstream passes hasPoison), else the result stays as it is."""
    exprs: list[AF.AffineExpr] = []
    values: list[int] | None = []
    for e in amap.results:
        try:
            folded = fold_expr(e, amap.num_dims, constants)
        except Poison:
            if poison_fails:
                raise
            folded = None
        if folded is None:
            exprs.append(e)
            values = None
        else:
            exprs.append(AF.constant(folded))
            if values is not None:
                values.append(folded)
    return AF.AffineMap(amap.num_dims, amap.num_symbols, exprs), values or []
