"""Simplifying a map with the constant ranges of its operands (upstream's
simplifyMapWithOperands / simplifyExprAndOperands, with getBoundForAffineExpr):
a floordiv, ceildiv or mod by a positive constant whose dividend lies in a known range
folds, and `(q * k + r) floordiv c` / `mod c` with 0 <= r < k drops a term.

An operand's range is known when it is the induction variable of an affine.for with
constant bounds.
"""

from __future__ import annotations

from mliropt.ir import affine as AF
from mliropt.ir.affine_simplify import get_flattened_affine_expr
from mliropt.ir.operation import BlockArgument, Operation, Value


def _for_of_iv(v: Value) -> Operation | None:
    """getForInductionVarOwner: the affine.for whose induction variable `v` is."""
    if not isinstance(v, BlockArgument) or v.index != 0:
        return None
    region = v.owner.parent
    op = region.parent if region is not None else None
    return op if op is not None and op.name == "affine.for" else None


def _constant_bound(op: Operation, which: str) -> int | None:
    amap = op.properties[which].value  # type: ignore[attr-defined]
    return amap.constant_results()[0] if amap.is_single_constant() else None


def iv_lower_bound(v: Value) -> int | None:
    """getLowerBound(iv): a constant lower bound of an affine.for."""
    op = _for_of_iv(v)
    return None if op is None else _constant_bound(op, "lowerBoundMap")


def iv_upper_bound(v: Value) -> int | None:
    """getUpperBound(iv): the last value the induction variable takes, inclusive."""
    op = _for_of_iv(v)
    if op is None:
        return None
    ub = _constant_bound(op, "upperBoundMap")
    if ub is None:
        return None
    lb = _constant_bound(op, "lowerBoundMap")
    if lb is None:
        return ub - 1
    step = op.properties["step"].value  # type: ignore[attr-defined]
    return ub - 1 - (ub - lb - 1) % step


def _floor(a: int, b: int) -> int:
    return a // b


def _ceil(a: int, b: int) -> int:
    return -(-a // b)


def bound_of(
    e: AF.AffineExpr, num_dims: int, num_symbols: int, lbs: list, ubs: list, upper: bool
) -> int | None:
    """getBoundForAffineExpr: a constant lower (or upper) bound of `e` from the operand
    bounds `lbs`/`ubs` (None where unknown)."""
    if isinstance(e, AF.AffineBinaryExpr) and e.kind in (AF.FLOORDIV, AF.CEILDIV, AF.MOD):
        c = e.rhs.value if isinstance(e.rhs, AF.AffineConstantExpr) else None
        if e.kind is not AF.MOD:
            if c is None or c < 1:
                return None
            b = bound_of(e.lhs, num_dims, num_symbols, lbs, ubs, upper)
            if b is None:
                return None
            return _floor(b, c) if e.kind is AF.FLOORDIV else _ceil(b, c)
        if c is not None and c >= 1:
            # Upstream computes the dividend's other bound with the same direction.
            lo = bound_of(e.lhs, num_dims, num_symbols, lbs, ubs, False)
            hi = bound_of(e.lhs, num_dims, num_symbols, lbs, ubs, upper)
            if lo is not None and hi is not None and _floor(lo, c) == _floor(hi, c):
                return hi % c if upper else lo % c
            return c - 1 if upper else 0
    flat = get_flattened_affine_expr(e, num_dims, num_symbols)
    if flat is None or flat[1]:
        return None
    row = flat[0]
    bound = 0
    for i, coeff in enumerate(row[:-1]):
        if coeff == 0:
            continue
        use_upper = (coeff > 0) == upper
        value = ubs[i] if use_upper else lbs[i]
        if value is None:
            return None
        bound += value * coeff
    return bound + row[-1]


def _non_negative_bounded_by(e: AF.AffineExpr, operands: list, k: int) -> bool:
    """isNonNegativeBoundedBy: 0 <= e < k, for a constant or an affine.for induction
    variable with constant bounds in [0, k]."""
    if k <= 0:
        return False
    if isinstance(e, AF.AffineConstantExpr):
        return 0 <= e.value < k
    if not isinstance(e, AF.AffineDimExpr):
        return False
    op = _for_of_iv(operands[e.position])
    if op is None:
        return False
    lb, ub = _constant_bound(op, "lowerBoundMap"), _constant_bound(op, "upperBoundMap")
    return lb is not None and lb >= 0 and ub is not None and ub <= k


def _q_times_d_plus_r(
    e: AF.AffineExpr, operands: list
) -> tuple[int, AF.AffineExpr, AF.AffineExpr] | None:
    """isQTimesDPlusR: e = q * d + r with 0 <= r < d, as (d, q * d, r)."""
    if not isinstance(e, AF.AffineBinaryExpr) or e.kind is not AF.ADD:
        return None
    lhs, rhs = e.lhs, e.rhs
    div = lhs.largest_known_divisor()
    if not _non_negative_bounded_by(rhs, operands, div):
        div = rhs.largest_known_divisor()
        if not _non_negative_bounded_by(lhs, operands, div):
            return None
        lhs, rhs = rhs, lhs
    return div, lhs, rhs


def simplify_expr(
    e: AF.AffineExpr, num_dims: int, num_symbols: int, operands: list, lbs: list, ubs: list
) -> AF.AffineExpr:
    """simplifyExprAndOperands: children first, then a floordiv/ceildiv/mod by a
    positive constant."""
    if not isinstance(e, AF.AffineBinaryExpr):
        return e
    lhs = simplify_expr(e.lhs, num_dims, num_symbols, operands, lbs, ubs)
    rhs = simplify_expr(e.rhs, num_dims, num_symbols, operands, lbs, ubs)
    e = AF.binary(e.kind, lhs, rhs)
    if not isinstance(e, AF.AffineBinaryExpr) or e.kind in (AF.ADD, AF.MUL):
        return e
    lhs, rhs = e.lhs, e.rhs
    if not isinstance(rhs, AF.AffineConstantExpr) or rhs.value <= 0:
        return e
    c = rhs.value
    lo = bound_of(lhs, num_dims, num_symbols, lbs, ubs, False)
    hi = bound_of(lhs, num_dims, num_symbols, lbs, ubs, True)
    if lo is not None and hi is not None:
        if e.kind is AF.FLOORDIV and _floor(lo, c) == _floor(hi, c):
            return AF.constant(_floor(lo, c))
        if e.kind is AF.CEILDIV and _ceil(lo, c) == _ceil(hi, c):
            return AF.constant(_ceil(lo, c))
        if e.kind is AF.MOD and 0 <= lo < c and hi < c:
            return lhs
    split = _q_times_d_plus_r(lhs, operands)
    if split is not None:
        div, q_times_d, rem = split
        if c % div == 0 and e.kind is AF.FLOORDIV:
            return AF.floordiv(q_times_d, rhs)
        if div % c == 0 and e.kind is AF.MOD:
            return AF.mod(rem, rhs)
    return e


def simplify_map_with_operands(amap: AF.AffineMap, operands: list) -> AF.AffineMap:
    """simplifyMapWithOperands: each result simplified with the operands' ranges."""
    lbs = [iv_lower_bound(v) for v in operands]
    ubs = [iv_upper_bound(v) for v in operands]
    results = [
        simplify_expr(e, amap.num_dims, amap.num_symbols, operands, lbs, ubs)
        for e in amap.results
    ]
    return AF.AffineMap(amap.num_dims, amap.num_symbols, results)
