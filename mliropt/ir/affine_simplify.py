"""Simplification of affine expressions by flattening, as upstream `simplifyAffineExpr`.

An expression is flattened into coefficients of `[dims | symbols | locals | constant]`,
where each floordiv/ceildiv/mod by a constant (and each semi-affine product, quotient or
modulo) becomes a local variable, then rebuilt in canonical order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from mliropt.ir.affine import (
    ADD,
    CEILDIV,
    FLOORDIV,
    MOD,
    MUL,
    AffineBinaryExpr,
    AffineConstantExpr,
    AffineDimExpr,
    AffineExpr,
    AffineExprKind,
    AffineMap,
    AffineSymbolExpr,
    _wrap64,
    add,
    binary,
    constant,
    dim,
    floordiv,
    mul,
    symbol,
)


class _Flattener:
    """Upstream's SimpleAffineExprFlattener: rows `[dims | symbols | locals | constant]`.

    Each floordiv/ceildiv/mod by a constant, and each semi-affine product, quotient or
    modulo, becomes a local variable whose expression is kept in `locals`.
    """

    def __init__(self, num_dims: int, num_symbols: int) -> None:
        self.num_dims = num_dims
        self.num_symbols = num_symbols
        self.locals: list[AffineExpr] = []
        self.stack: list[list[int]] = []

    def flatten(self, e: AffineExpr) -> list[int] | None:
        """The flattened row of `e`, or None if it divides by a non-positive constant."""
        # Iterative post-order walk (upstream's walkPostOrder): operands, then the node.
        todo: list[tuple[AffineExpr, bool]] = [(e, False)]
        while todo:
            node, operands_done = todo.pop()
            if not isinstance(node, AffineBinaryExpr):
                self.stack.append(self._leaf_row(node))
            elif operands_done:
                if not self._visit(node):
                    return None
            else:
                todo += [(node, True), (node.rhs, False), (node.lhs, False)]
        return self.stack[-1]

    def _leaf_row(self, e: AffineExpr) -> list[int]:
        row = [0] * (self.num_dims + self.num_symbols + len(self.locals) + 1)
        if isinstance(e, AffineDimExpr):
            row[e.position] = 1
        elif isinstance(e, AffineSymbolExpr):
            row[self.num_dims + e.position] = 1
        elif isinstance(e, AffineConstantExpr):
            row[-1] = e.value
        return row

    def _expr(self, row: list[int]) -> AffineExpr:
        return get_affine_expr_from_flat_form(row, self.num_dims, self.num_symbols, self.locals)

    def _set_local(self, row: list[int], local: AffineExpr) -> None:
        """Make `row` the (possibly new) local variable standing for `local`."""
        if local not in self.locals:
            self._add_local(local)
        row[:] = [0] * len(row)
        row[self.num_dims + self.num_symbols + self.locals.index(local)] = 1

    def _add_local(self, local: AffineExpr) -> None:
        self.locals.append(local)
        column = self.num_dims + self.num_symbols + len(self.locals) - 1
        for row in self.stack:
            row.insert(column, 0)

    def _visit(self, e: AffineBinaryExpr) -> bool:
        rhs = self.stack.pop()
        lhs = self.stack[-1]
        if e.kind is ADD:
            lhs[:] = [_wrap64(a + b) for a, b in zip(lhs, rhs)]
            return True
        if not isinstance(e.rhs, AffineConstantExpr):
            # Semi-affine: the whole operation becomes a local variable.
            local = binary(e.kind, self._expr(lhs), self._expr(rhs))
            self._set_local(lhs, local)
            return True
        c = rhs[-1]
        if e.kind is MUL:
            lhs[:] = [_wrap64(a * c) for a in lhs]
            return True
        if c <= 0:
            return False  # Division or modulo by a non-positive constant: poison.
        if e.kind is MOD:
            return self._visit_mod(lhs, c)
        return self._visit_div(lhs, c, e.kind)

    def _visit_mod(self, lhs: list[int], c: int) -> bool:
        # e mod c -> e - c * q with the local q = e floordiv c (gcd of e and c cancelled).
        if all(a % c == 0 for a in lhs):
            lhs[:] = [0] * len(lhs)
            return True
        g = math.gcd(c, *lhs)
        quotient = floordiv(self._expr([a // g for a in lhs]), c // g)
        if quotient not in self.locals:
            self._add_local(quotient)
        column = self.num_dims + self.num_symbols + self.locals.index(quotient)
        lhs[column] = _wrap64(lhs[column] - c)
        return True

    def _visit_div(self, lhs: list[int], c: int, kind: AffineExprKind) -> bool:
        g = math.gcd(c, *lhs)
        lhs[:] = [a // g for a in lhs]
        divisor = c // g
        if divisor == 1:
            return True
        self._set_local(lhs, binary(kind, self._expr(lhs), divisor))
        return True


def get_flattened_affine_expr(
    expr: AffineExpr, num_dims: int, num_symbols: int
) -> tuple[list[int], list[AffineExpr]] | None:
    """`[dims | symbols | locals | constant]` coefficients and the local expressions.

    None for semi-affine expressions and divisions by non-positive constants.
    """
    if not expr.is_pure_affine():
        return None
    flattener = _Flattener(num_dims, num_symbols)
    row = flattener.flatten(expr)
    return None if row is None else (row, flattener.locals)


def get_affine_expr_from_flat_form(
    flat: Sequence[int], num_dims: int, num_symbols: int, local_exprs: Sequence[AffineExpr]
) -> AffineExpr:
    """Rebuild `dims, symbols, locals, constant` as a sum in that order."""
    if len(flat) != num_dims + num_symbols + len(local_exprs) + 1:
        raise ValueError("flat form size does not match dims, symbols and locals")
    result: AffineExpr = constant(0)
    ids = [dim(i) for i in range(num_dims)] + [symbol(i) for i in range(num_symbols)]
    for coeff, term in zip(flat, [*ids, *local_exprs]):
        if coeff:
            result = add(result, mul(term, coeff))
    if flat[-1]:
        result = add(result, flat[-1])
    return result


def _semi_affine_key(e: AffineExpr, nd: int, ns: int, index: int) -> tuple[int, int, int] | None:
    """Sort key of local term `x op y` (x a dim or symbol) in a semi-affine result.

    Reproduces the order upstream's getSemiAffineExprFromFlatForm emits, found by
    experiment: `dj` is (j, -1), `sk` is (k, max(nd, ns)); a local led by `dj` sorts at
    (j, 0) when divided by a constant (latest first) and at (j, m) when combined with
    `sm`; a local led by `sk` sorts with `sk`, in creation order. Other locals (None)
    follow in creation order. Deliberate difference: upstream merges two terms that share
    a key (`d0 * s0 + d0 floordiv s0` becomes `(d0 * s0) * 2`, which is wrong); we keep both.
    """
    if not isinstance(e, AffineBinaryExpr):
        return None
    lhs, rhs = e.lhs, e.rhs
    if not isinstance(rhs, (AffineDimExpr, AffineSymbolExpr, AffineConstantExpr)):
        return None
    if isinstance(lhs, AffineSymbolExpr):
        return (lhs.position, max(nd, ns), index)
    if not isinstance(lhs, AffineDimExpr):
        return None
    if isinstance(rhs, AffineConstantExpr):
        return (lhs.position, 0, -index)
    return (lhs.position, rhs.position, index)


def _semi_affine_from_flat(
    flat: Sequence[int], nd: int, ns: int, local_exprs: Sequence[AffineExpr]
) -> AffineExpr:
    keyed: list[tuple[tuple[int, int, int], AffineExpr]] = []
    trailing: list[AffineExpr] = []
    for i in range(nd):
        if flat[i]:
            keyed.append(((i, -1, 0), mul(dim(i), flat[i])))
    for i in range(ns):
        if flat[nd + i]:
            keyed.append(((i, max(nd, ns), 0), mul(symbol(i), flat[nd + i])))
    for i, local in enumerate(local_exprs):
        coeff = flat[nd + ns + i]
        if not coeff:
            continue
        key = _semi_affine_key(local, nd, ns, i)
        if key is None:
            trailing.append(mul(local, coeff))
        else:
            keyed.append((key, mul(local, coeff)))
    result: AffineExpr = constant(0)
    for _, term in sorted(keyed, key=lambda entry: entry[0]):
        result = add(result, term)
    for term in trailing:
        result = add(result, term)
    if flat[-1]:
        result = add(result, flat[-1])
    return result


def _divisible_by_symbol(e: AffineExpr, position: int, op: AffineExprKind) -> bool:
    """True if `e` is known to be a multiple of symbol `position` under division `op`."""
    if isinstance(e, AffineConstantExpr):
        return e.value == 0
    if isinstance(e, AffineDimExpr):
        return False
    if isinstance(e, AffineSymbolExpr):
        return e.position == position
    assert isinstance(e, AffineBinaryExpr)
    if e.kind is ADD:
        return _divisible_by_symbol(e.lhs, position, op) and _divisible_by_symbol(
            e.rhs, position, op
        )
    if e.kind is MOD:
        return _divisible_by_symbol(e.lhs, position, MOD) and _divisible_by_symbol(
            e.rhs, position, MOD
        )
    if e.kind is MUL:
        # Factors are checked as products, so `(s0 floordiv 8) * 16` is not a multiple of s0.
        return _divisible_by_symbol(e.lhs, position, MUL) or _divisible_by_symbol(
            e.rhs, position, MUL
        )
    # A quotient is divisible only under the same kind of division, via its dividend.
    return op is e.kind and _divisible_by_symbol(e.lhs, position, e.kind)


def _symbolic_divide(e: AffineExpr, position: int, op: AffineExprKind) -> AffineExpr:
    """`e` divided by symbol `position`; `_divisible_by_symbol` must hold."""
    if isinstance(e, AffineConstantExpr):
        return constant(0)
    if isinstance(e, AffineSymbolExpr):
        return constant(1)
    assert isinstance(e, AffineBinaryExpr), "dims are never divisible by a symbol"
    if e.kind is MUL:
        if not _divisible_by_symbol(e.lhs, position, MUL):
            return mul(e.lhs, _symbolic_divide(e.rhs, position, MUL))
        return mul(_symbolic_divide(e.lhs, position, MUL), e.rhs)
    if e.kind in (FLOORDIV, CEILDIV):
        return binary(e.kind, _symbolic_divide(e.lhs, position, op), e.rhs)
    lhs = _symbolic_divide(e.lhs, position, op)
    return binary(e.kind, lhs, _symbolic_divide(e.rhs, position, op))


def _simplify_semi_affine(e: AffineExpr) -> AffineExpr:
    """Cancel a symbol divisor that divides its dividend: `(s0 * d0) floordiv s0 -> d0`."""
    if not isinstance(e, AffineBinaryExpr):
        return e
    lhs, rhs = _simplify_semi_affine(e.lhs), _simplify_semi_affine(e.rhs)
    if e.kind in (ADD, MUL) or not isinstance(rhs, AffineSymbolExpr):
        return binary(e.kind, lhs, rhs)
    # Upstream tests divisibility on the dividend as written, then divides the simplified
    # one; we also require the simplified one to be divisible so the division is defined.
    if not (
        _divisible_by_symbol(e.lhs, rhs.position, e.kind)
        and _divisible_by_symbol(lhs, rhs.position, e.kind)
    ):
        return binary(e.kind, lhs, rhs)
    if e.kind is MOD:
        return constant(0)
    return _symbolic_divide(lhs, rhs.position, e.kind)


def simplify_affine_expr(expr: AffineExpr, num_dims: int, num_symbols: int) -> AffineExpr:
    """Canonical form of `expr` by flattening, as upstream's `simplifyAffineExpr`."""
    if not expr.is_pure_affine():
        expr = _simplify_semi_affine(expr)
    flattener = _Flattener(num_dims, num_symbols)
    flat = flattener.flatten(expr)
    if flat is None:
        return expr
    pure = get_affine_expr_from_flat_form(flat, num_dims, num_symbols, flattener.locals)
    if expr.is_pure_affine() or pure is expr:
        return pure
    return _semi_affine_from_flat(flat, num_dims, num_symbols, flattener.locals)


def simplify_affine_map(map: AffineMap) -> AffineMap:
    """The map with every result simplified (upstream `simplifyAffineMap`)."""
    results = [simplify_affine_expr(r, map.num_dims, map.num_symbols) for r in map.results]
    return AffineMap(map.num_dims, map.num_symbols, results)
