"""Affine expressions, affine maps and integer sets, as in MLIR's builtin `AffineExpr`.

Expressions are uniqued and built through simplifying constructors (`add`, `mul`, ...)
that fold exactly as upstream's `AffineExpr` operators do, so the parser, the printer and
the canonicalizer see the same trees as `mlir-opt` does. `simplify_affine_expr` ports
upstream's flattening simplifier (`simplifyAffineExpr`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from enum import StrEnum
from typing import Any, TypeGuard

from mliropt.ir.uniqued import Uniqued

INT64_MIN = -(1 << 63)
INT64_MAX = (1 << 63) - 1


def _wrap64(value: int) -> int:
    """`value` wrapped to a signed 64-bit integer, as C++ `int64_t` arithmetic does."""
    return ((value - INT64_MIN) & ((1 << 64) - 1)) + INT64_MIN


def _fits64(value: int) -> bool:
    return INT64_MIN <= value <= INT64_MAX


class AffineExprKind(StrEnum):
    """Kind of a binary affine expression; the value is its printed keyword."""

    ADD = "add"
    MUL = "mul"
    MOD = "mod"
    FLOORDIV = "floordiv"
    CEILDIV = "ceildiv"


ADD, MUL, MOD, FLOORDIV, CEILDIV = (
    AffineExprKind.ADD,
    AffineExprKind.MUL,
    AffineExprKind.MOD,
    AffineExprKind.FLOORDIV,
    AffineExprKind.CEILDIV,
)


class AffineExpr(Uniqued):
    """Base of affine expressions; `+ - * % //` build simplified expressions."""

    __slots__ = ("_symbolic", "_pure", "_divisor", "_dim_bound", "_sym_bound")
    _symbolic: bool
    _pure: bool
    _divisor: int
    _dim_bound: int
    _sym_bound: int

    def _set_cache(self, symbolic: bool, pure: bool, divisor: int, dims: int, syms: int) -> None:
        for name, value in (
            ("_symbolic", symbolic),
            ("_pure", pure),
            ("_divisor", divisor),
            ("_dim_bound", dims),
            ("_sym_bound", syms),
        ):
            object.__setattr__(self, name, value)

    def is_symbolic_or_constant(self) -> bool:
        """True if the expression uses no dimension."""
        return self._symbolic

    def is_pure_affine(self) -> bool:
        """True unless a product, division or modulo has a non-constant operand."""
        return self._pure

    def largest_known_divisor(self) -> int:
        """The largest integer known to divide the expression (`getLargestKnownDivisor`)."""
        return self._divisor

    def is_multiple_of(self, factor: int) -> bool:
        """True if the expression is known to be a multiple of `factor`."""
        return factor != 0 and self._divisor % factor == 0

    def is_function_of_dim(self, position: int) -> bool:
        """True if dimension `position` appears in the expression."""
        return any(isinstance(e, AffineDimExpr) and e.position == position for e in self.walk())

    def is_function_of_symbol(self, position: int) -> bool:
        """True if symbol `position` appears in the expression."""
        return any(isinstance(e, AffineSymbolExpr) and e.position == position for e in self.walk())

    @property
    def dim_bound(self) -> int:
        """One more than the largest dimension position used (0 if none)."""
        return self._dim_bound

    @property
    def symbol_bound(self) -> int:
        """One more than the largest symbol position used (0 if none)."""
        return self._sym_bound

    def walk(self) -> Iterator[AffineExpr]:
        """Every sub-expression in post-order (operands before the expression)."""
        if isinstance(self, AffineBinaryExpr):
            yield from self.lhs.walk()
            yield from self.rhs.walk()
        yield self

    def replace_dims_and_symbols(
        self, dims: Sequence[AffineExpr], symbols: Sequence[AffineExpr] = ()
    ) -> AffineExpr:
        """Substitute dims/symbols by position (missing ones stay), re-simplifying."""
        if isinstance(self, AffineDimExpr):
            return dims[self.position] if self.position < len(dims) else self
        if isinstance(self, AffineSymbolExpr):
            return symbols[self.position] if self.position < len(symbols) else self
        if not isinstance(self, AffineBinaryExpr):
            return self
        lhs = self.lhs.replace_dims_and_symbols(dims, symbols)
        rhs = self.rhs.replace_dims_and_symbols(dims, symbols)
        if lhs is self.lhs and rhs is self.rhs:
            return self
        return binary(self.kind, lhs, rhs)

    def replace(self, mapping: dict[AffineExpr, AffineExpr]) -> AffineExpr:
        """Replace whole sub-expressions found in `mapping` (outermost first), re-simplifying."""
        found = mapping.get(self)
        if found is not None:
            return found
        if not isinstance(self, AffineBinaryExpr):
            return self
        lhs, rhs = self.lhs.replace(mapping), self.rhs.replace(mapping)
        if lhs is self.lhs and rhs is self.rhs:
            return self
        return binary(self.kind, lhs, rhs)

    def shift_dims(self, num_dims: int, shift: int, offset: int = 0) -> AffineExpr:
        """Renumber dims at or after `offset` (of `num_dims`) by adding `shift`."""
        dims = [dim(i + shift) if i >= offset else dim(i) for i in range(num_dims)]
        return self.replace_dims_and_symbols(dims)

    def shift_symbols(self, num_symbols: int, shift: int, offset: int = 0) -> AffineExpr:
        """Renumber symbols at or after `offset` (of `num_symbols`) by adding `shift`."""
        syms = [symbol(i + shift) if i >= offset else symbol(i) for i in range(num_symbols)]
        return self.replace_dims_and_symbols((), syms)

    def compose(self, map: AffineMap) -> AffineExpr:
        """Substitute the results of `map` for this expression's dims."""
        return self.replace_dims_and_symbols(map.results)

    def floordiv(self, other: AffineExpr | int) -> AffineExpr:
        """`self floordiv other`, simplified."""
        return floordiv(self, other)

    def ceildiv(self, other: AffineExpr | int) -> AffineExpr:
        """`self ceildiv other`, simplified."""
        return ceildiv(self, other)

    def __add__(self, other: AffineExpr | int) -> AffineExpr:
        return add(self, other)

    def __radd__(self, other: int) -> AffineExpr:
        return add(other, self)

    def __sub__(self, other: AffineExpr | int) -> AffineExpr:
        return sub(self, other)

    def __rsub__(self, other: int) -> AffineExpr:
        return sub(other, self)

    def __mul__(self, other: AffineExpr | int) -> AffineExpr:
        return mul(self, other)

    def __rmul__(self, other: int) -> AffineExpr:
        return mul(other, self)

    def __mod__(self, other: AffineExpr | int) -> AffineExpr:
        return mod(self, other)

    def __floordiv__(self, other: AffineExpr | int) -> AffineExpr:
        return floordiv(self, other)

    def __neg__(self) -> AffineExpr:
        return neg(self)

    def __str__(self) -> str:
        out: list[str] = []
        _print_expr(self, False, out)
        return "".join(out)


def _check_position(position: int) -> None:
    if not isinstance(position, int) or position < 0:
        raise ValueError(f"identifier position must be a non-negative int, got {position!r}")


class AffineDimExpr(AffineExpr):
    """`d<position>`: a dimension identifier."""

    __slots__ = ("position",)
    _fields = ("position",)
    position: int

    def _post_init(self) -> None:
        _check_position(self.position)
        self._set_cache(False, True, 1, self.position + 1, 0)


class AffineSymbolExpr(AffineExpr):
    """`s<position>`: a symbol identifier."""

    __slots__ = ("position",)
    _fields = ("position",)
    position: int

    def _post_init(self) -> None:
        _check_position(self.position)
        self._set_cache(True, True, 1, 0, self.position + 1)


class AffineConstantExpr(AffineExpr):
    """An integer constant; values are signed 64-bit like upstream's `int64_t`."""

    __slots__ = ("value",)
    _fields = ("value",)
    value: int

    def __new__(cls, value: int) -> Any:
        value = int(value)
        if not _fits64(value):
            raise ValueError(f"affine constant {value} does not fit in 64 bits")
        return super().__new__(cls, value)

    def _post_init(self) -> None:
        self._set_cache(True, True, abs(self.value), 0, 0)


class AffineBinaryExpr(AffineExpr):
    """`lhs <kind> rhs`; build through `add`/`mul`/... to get upstream's folding."""

    __slots__ = ("kind", "lhs", "rhs")
    _fields = ("kind", "lhs", "rhs")
    kind: AffineExprKind
    lhs: AffineExpr
    rhs: AffineExpr

    def __new__(cls, kind: AffineExprKind | str, lhs: AffineExpr, rhs: AffineExpr) -> Any:
        return super().__new__(cls, AffineExprKind(kind), lhs, rhs)

    def _post_init(self) -> None:
        lhs, rhs, kind = self.lhs, self.rhs, self.kind
        symbolic = lhs._symbolic and rhs._symbolic
        if kind is ADD:
            pure = lhs._pure and rhs._pure
        elif kind is MUL:
            pure = (
                lhs._pure
                and rhs._pure
                and (isinstance(lhs, AffineConstantExpr) or isinstance(rhs, AffineConstantExpr))
            )
        else:
            pure = lhs._pure and isinstance(rhs, AffineConstantExpr)
        self._set_cache(
            symbolic,
            pure,
            _binary_divisor(kind, lhs, rhs),
            max(lhs._dim_bound, rhs._dim_bound),
            max(lhs._sym_bound, rhs._sym_bound),
        )


def _binary_divisor(kind: AffineExprKind, lhs: AffineExpr, rhs: AffineExpr) -> int:
    # Matches upstream getLargestKnownDivisor (exact integers instead of int64 wrap).
    if kind is MUL:
        return lhs._divisor * rhs._divisor
    if kind in (ADD, MOD):
        return math.gcd(lhs._divisor, rhs._divisor)
    r = _const(rhs)
    if r and lhs._divisor % r == 0:
        return abs(lhs._divisor // r)
    return 1


def dim(position: int) -> AffineDimExpr:
    """`d<position>`."""
    return AffineDimExpr(position)


def symbol(position: int) -> AffineSymbolExpr:
    """`s<position>`."""
    return AffineSymbolExpr(position)


def constant(value: int) -> AffineConstantExpr:
    """An affine integer constant."""
    return AffineConstantExpr(value)


def _expr(value: AffineExpr | int) -> AffineExpr:
    return value if isinstance(value, AffineExpr) else AffineConstantExpr(value)


def _const(e: AffineExpr) -> int | None:
    return e.value if isinstance(e, AffineConstantExpr) else None


def _is_kind(e: AffineExpr, kind: AffineExprKind) -> TypeGuard[AffineBinaryExpr]:
    return isinstance(e, AffineBinaryExpr) and e.kind is kind


def _out_of_order(lhs: AffineExpr, rhs: AffineExpr) -> bool:
    # Upstream orders two dims (or two symbols) of a commutative op by position.
    if isinstance(lhs, AffineDimExpr) and isinstance(rhs, AffineDimExpr):
        return lhs.position > rhs.position
    if isinstance(lhs, AffineSymbolExpr) and isinstance(rhs, AffineSymbolExpr):
        return lhs.position > rhs.position
    return False


def _simplify_add(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr | None:
    lc, rc = _const(lhs), _const(rhs)
    if lc is not None and rc is not None:
        # Constant folding is skipped on overflow.
        return constant(lc + rc) if _fits64(lc + rc) else None
    # Constants go right; a symbolic operand goes right of a dim-dependent one.
    if lc is not None or (lhs._symbolic and not rhs._symbolic) or _out_of_order(lhs, rhs):
        return add(rhs, lhs)
    if rc is not None:
        if rc == 0:
            return lhs  # e + 0 -> e
        if _is_kind(lhs, ADD) and (c := _const(lhs.rhs)) is not None:
            return add(lhs.lhs, _wrap64(c + rc))  # (e + c1) + c2 -> e + (c1 + c2)
    # c1 * e + c2 * e -> e * (c1 + c2)
    first, c1 = _split_scaled(lhs)
    second, c2 = _split_scaled(rhs)
    if first is second:
        return mul(first, _wrap64(c1 + c2))
    # (e1 + c) + e2 -> (e1 + e2) + c
    if _is_kind(lhs, ADD) and (c := _const(lhs.rhs)) is not None:
        return add(add(lhs.lhs, rhs), c)
    if (m := _detect_mod(lhs, rhs)) is not None:
        return m
    # (a + b) + (e floordiv c) * k -> a + (b + (e floordiv c) * k) if the inner sum folds.
    if _is_kind(lhs, ADD) and _is_kind(rhs, MUL) and _is_kind(rhs.lhs, FLOORDIV):
        inner = _simplify_add(lhs.rhs, rhs)
        if inner is not None:
            return add(lhs.lhs, inner)
    return None


def _split_scaled(e: AffineExpr) -> tuple[AffineExpr, int]:
    if _is_kind(e, MUL) and (c := _const(e.rhs)) is not None:
        return e.lhs, c
    return e, 1


def _detect_mod(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr | None:
    if not _is_kind(rhs, MUL):
        return None
    scaled, factor = rhs.lhs, rhs.rhs
    # e + ((e floordiv q) * q) * -1 -> e mod q, q symbolic.
    if _const(factor) == -1 and _is_kind(scaled, MUL):
        quotient, q = scaled.lhs, scaled.rhs
        if not _is_kind(quotient, FLOORDIV):
            return None
        if quotient.rhs is q and quotient.lhs is lhs:
            return mod(lhs, q)
    # e + (e floordiv c) * -c -> e mod c, c > 0.
    if not _is_kind(scaled, FLOORDIV):
        return None
    c = _const(scaled.rhs)
    f = _const(factor)
    if c is not None and c > 0 and f is not None and scaled.lhs is lhs and f == -c:
        return mod(lhs, scaled.rhs)
    return None


def _simplify_mul(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr | None:
    lc, rc = _const(lhs), _const(rhs)
    if lc is not None and rc is not None:
        return constant(lc * rc) if _fits64(lc * rc) else None
    if not lhs._symbolic and not rhs._symbolic:
        return None  # Non-affine product, kept as built.
    # The constant (or else the symbolic) operand goes right.
    if not rhs._symbolic or lc is not None or _out_of_order(lhs, rhs):
        return mul(rhs, lhs)
    if rc is not None:
        if rc == 1:
            return lhs  # e * 1 -> e
        if rc == 0:
            return rhs  # e * 0 -> 0
    if _is_kind(lhs, MUL) and (c := _const(lhs.rhs)) is not None:
        if rc is not None:
            return mul(lhs.lhs, _wrap64(c * rc))  # (e * c1) * c2 -> e * (c1 * c2)
        return mul(mul(lhs.lhs, rhs), c)  # (e1 * c) * e2 -> (e1 * e2) * c
    return None


def _simplify_floordiv(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr | None:
    r = _const(rhs)
    if r is None or r == 0:
        return None
    if (lc := _const(lhs)) is not None:
        return None if (lc == INT64_MIN and r == -1) else constant(lc // r)
    if r == 1:
        return lhs
    if _is_kind(lhs, MUL) and (c := _const(lhs.rhs)) is not None and c % r == 0:
        return mul(lhs.lhs, _wrap64(c // r))  # (e * c) floordiv r -> e * (c / r) when r | c
    # (e1 + e2) floordiv r -> e1 floordiv r + e2 floordiv r when r | e1 or r | e2.
    if _is_kind(lhs, ADD) and (lhs.lhs._divisor % r == 0 or lhs.rhs._divisor % r == 0):
        return add(floordiv(lhs.lhs, r), floordiv(lhs.rhs, r))
    return None


def _simplify_ceildiv(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr | None:
    r = _const(rhs)
    if r is None or r == 0:
        return None
    if (lc := _const(lhs)) is not None:
        return None if (lc == INT64_MIN and r == -1) else constant(-(-lc // r))
    if r == 1:
        return lhs
    if _is_kind(lhs, MUL) and (c := _const(lhs.rhs)) is not None and c % r == 0:
        return mul(lhs.lhs, _wrap64(c // r))  # (e * c) ceildiv r -> e * (c / r) when r | c
    return None


def _simplify_mod(lhs: AffineExpr, rhs: AffineExpr) -> AffineExpr | None:
    r = _const(rhs)
    if r is None or r < 1:
        return None  # Modulo by a non-positive value stays as written.
    if (lc := _const(lhs)) is not None:
        return constant(lc % r)
    if lhs._divisor % r == 0:
        return constant(0)  # (e * k * r) mod r -> 0
    if _is_kind(lhs, ADD):
        if lhs.lhs._divisor % r == 0:
            return mod(lhs.rhs, r)  # (r * e1 + e2) mod r -> e2 mod r
        if lhs.rhs._divisor % r == 0:
            return mod(lhs.lhs, r)
    if _is_kind(lhs, MOD) and (c := _const(lhs.rhs)) is not None and c >= 1 and c % r == 0:
        return mod(lhs.lhs, r)  # (e mod (k * r)) mod r -> e mod r
    return None


_SIMPLIFIERS = {
    ADD: _simplify_add,
    MUL: _simplify_mul,
    MOD: _simplify_mod,
    FLOORDIV: _simplify_floordiv,
    CEILDIV: _simplify_ceildiv,
}


def binary(kind: AffineExprKind | str, lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    """`lhs <kind> rhs`, simplified like upstream's AffineExpr operators."""
    kind = AffineExprKind(kind)
    lhs, rhs = _expr(lhs), _expr(rhs)
    simplified = _SIMPLIFIERS[kind](lhs, rhs)
    return simplified if simplified is not None else AffineBinaryExpr(kind, lhs, rhs)


def add(lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    """`lhs + rhs`, simplified."""
    return binary(ADD, lhs, rhs)


def mul(lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    """`lhs * rhs`, simplified."""
    return binary(MUL, lhs, rhs)


def mod(lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    """`lhs mod rhs`, simplified."""
    return binary(MOD, lhs, rhs)


def floordiv(lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    """`lhs floordiv rhs`, simplified."""
    return binary(FLOORDIV, lhs, rhs)


def ceildiv(lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    """`lhs ceildiv rhs`, simplified."""
    return binary(CEILDIV, lhs, rhs)


def neg(e: AffineExpr | int) -> AffineExpr:
    """`-e`, built as `e * -1` like upstream."""
    return mul(e, -1)


def sub(lhs: AffineExpr | int, rhs: AffineExpr | int) -> AffineExpr:
    """`lhs - rhs`, built as `lhs + rhs * -1` like upstream."""
    return add(lhs, neg(rhs))


# --- Printing (upstream AsmPrinter::printAffineExprInternal) -------------------------


def _print_expr(e: AffineExpr, strong: bool, out: list[str]) -> None:
    if isinstance(e, AffineDimExpr):
        out.append(f"d{e.position}")
        return
    if isinstance(e, AffineSymbolExpr):
        out.append(f"s{e.position}")
        return
    if not isinstance(e, AffineBinaryExpr):
        out.append(str(_const(e)))
        return
    if strong:
        out.append("(")
    if e.kind is ADD:
        _print_add(e, out)
    elif e.kind is MUL and _const(e.rhs) == -1:
        out.append("-")  # e * -1 prints as -e
        _print_expr(e.lhs, True, out)
    else:
        _print_expr(e.lhs, True, out)
        out.append(" * " if e.kind is MUL else f" {e.kind.value} ")
        _print_expr(e.rhs, True, out)
    if strong:
        out.append(")")


def _print_add(e: AffineBinaryExpr, out: list[str]) -> None:
    # The left spine of a sum prints without parentheses; walk it iteratively so long
    # sums do not exhaust the Python stack.
    terms = [e.rhs]
    head = e.lhs
    while _is_kind(head, ADD):
        terms.append(head.rhs)
        head = head.lhs
    _print_expr(head, False, out)
    for rhs in reversed(terms):
        _print_add_term(rhs, out)


def _print_add_term(rhs: AffineExpr, out: list[str]) -> None:
    # a + b * -1 -> a - b; a + b * -c -> a - b * c; a + -c -> a - c.
    if _is_kind(rhs, MUL) and (c := _const(rhs.rhs)) is not None and c < 0:
        out.append(" - ")
        if c == -1:
            _print_expr(rhs.lhs, _is_kind(rhs.lhs, ADD), out)
        else:
            _print_expr(rhs.lhs, True, out)
            out.append(f" * {_wrap64(-c)}")
        return
    if (c := _const(rhs)) is not None and c < 0:
        out.append(f" - {_wrap64(-c)}")
        return
    out.append(" + ")
    _print_expr(rhs, False, out)


def _header(num_dims: int, num_symbols: int) -> str:
    text = "(" + ", ".join(f"d{i}" for i in range(num_dims)) + ")"
    if num_symbols:
        text += "[" + ", ".join(f"s{i}" for i in range(num_symbols)) + "]"
    return text


def _check_bounds(exprs: Sequence[AffineExpr], num_dims: int, num_symbols: int) -> None:
    for e in exprs:
        if not isinstance(e, AffineExpr):
            raise TypeError(f"expected an AffineExpr, got {e!r}")
        if e.dim_bound > num_dims or e.symbol_bound > num_symbols:
            raise ValueError(f"'{e}' uses identifiers beyond ({num_dims} dims, {num_symbols} syms)")


# --- Affine maps and integer sets ----------------------------------------------------


class AffineMap(Uniqued):
    """`(d0, ...)[s0, ...] -> (results)`: a uniqued multi-result affine map."""

    __slots__ = ("num_dims", "num_symbols", "results")
    _fields = ("num_dims", "num_symbols", "results")
    num_dims: int
    num_symbols: int
    results: tuple[AffineExpr, ...]

    def __new__(cls, num_dims: int, num_symbols: int, results: Sequence[AffineExpr] = ()) -> Any:
        return super().__new__(cls, num_dims, num_symbols, tuple(_expr(r) for r in results))

    def _post_init(self) -> None:
        _check_bounds(self.results, self.num_dims, self.num_symbols)

    @staticmethod
    def identity(num_dims: int) -> AffineMap:
        """`(d0, ..., dn-1) -> (d0, ..., dn-1)`."""
        return AffineMap(num_dims, 0, [dim(i) for i in range(num_dims)])

    @staticmethod
    def minor_identity(num_dims: int, num_results: int) -> AffineMap:
        """`(d0, ..., dn-1) -> (dn-k, ..., dn-1)` for `k = num_results`."""
        return AffineMap(num_dims, 0, [dim(i) for i in range(num_dims - num_results, num_dims)])

    @staticmethod
    def constant_map(value: int) -> AffineMap:
        """`() -> (value)`."""
        return AffineMap(0, 0, [constant(value)])

    @staticmethod
    def permutation(perm: Sequence[int]) -> AffineMap:
        """`(d0, ...) -> (d<perm[0]>, ...)`; `perm` must be a permutation of 0..n-1."""
        if sorted(perm) != list(range(len(perm))):
            raise ValueError(f"not a permutation: {list(perm)}")
        return AffineMap(len(perm), 0, [dim(p) for p in perm])

    @property
    def num_inputs(self) -> int:
        """Dims plus symbols."""
        return self.num_dims + self.num_symbols

    @property
    def num_results(self) -> int:
        """Number of result expressions."""
        return len(self.results)

    def is_empty(self) -> bool:
        """True for `() -> ()`."""
        return self.num_dims == 0 and self.num_symbols == 0 and not self.results

    def is_identity(self) -> bool:
        """True if result i is `d<i>` for every dim (symbols are not checked, as upstream)."""
        if self.num_dims != len(self.results):
            return False
        return all(r is dim(i) for i, r in enumerate(self.results))

    def is_minor_identity(self) -> bool:
        """True if the results are the trailing dims in order."""
        if self.num_dims < len(self.results):
            return False
        return self is AffineMap.minor_identity(self.num_dims, len(self.results))

    def is_constant(self) -> bool:
        """True if every result is a constant."""
        return all(isinstance(r, AffineConstantExpr) for r in self.results)

    def is_single_constant(self) -> bool:
        """True for a map with exactly one, constant, result."""
        return len(self.results) == 1 and isinstance(self.results[0], AffineConstantExpr)

    def constant_results(self) -> list[int]:
        """The values of an all-constant map."""
        if not self.is_constant():
            raise ValueError(f"map '{self}' is not constant")
        return [r.value for r in self.results if isinstance(r, AffineConstantExpr)]

    def is_projected_permutation(self, allow_zero_in_results: bool = False) -> bool:
        """True if results are distinct dims (or the constant 0 when allowed); no symbols."""
        if self.num_symbols or len(self.results) > self.num_dims:
            return False
        seen: set[int] = set()
        for r in self.results:
            if isinstance(r, AffineDimExpr) and r.position not in seen:
                seen.add(r.position)
            elif not (allow_zero_in_results and _const(r) == 0):
                return False
        return True

    def is_permutation(self) -> bool:
        """True if results are a permutation of all dims."""
        return self.num_dims == len(self.results) and self.is_projected_permutation()

    def is_pure_affine(self) -> bool:
        """True if every result is pure affine."""
        return all(r.is_pure_affine() for r in self.results)

    def is_function_of_dim(self, position: int) -> bool:
        """True if some result uses dim `position`."""
        return any(r.is_function_of_dim(position) for r in self.results)

    def is_function_of_symbol(self, position: int) -> bool:
        """True if some result uses symbol `position`."""
        return any(r.is_function_of_symbol(position) for r in self.results)

    def get_sub_map(self, positions: Sequence[int]) -> AffineMap:
        """The map keeping only the results at `positions`."""
        return AffineMap(self.num_dims, self.num_symbols, [self.results[i] for i in positions])

    def drop_results(self, positions: Sequence[int]) -> AffineMap:
        """The map without the results at `positions`."""
        dropped = set(positions)
        keep = [r for i, r in enumerate(self.results) if i not in dropped]
        return AffineMap(self.num_dims, self.num_symbols, keep)

    def replace_dims_and_symbols(
        self,
        dims: Sequence[AffineExpr],
        symbols: Sequence[AffineExpr],
        num_result_dims: int,
        num_result_symbols: int,
    ) -> AffineMap:
        """Substitute in every result; the new map has the given dim/symbol counts."""
        results = [r.replace_dims_and_symbols(dims, symbols) for r in self.results]
        return AffineMap(num_result_dims, num_result_symbols, results)

    def compose(self, other: AffineMap) -> AffineMap:
        """`self ∘ other`: other's results feed self's dims; symbols are concatenated."""
        if self.num_dims != other.num_results:
            raise ValueError(f"cannot compose '{self}' with '{other}': dim/result mismatch")
        # As upstream AffineMap::compose: self's symbols come first, then other's.
        num_symbols = self.num_symbols + other.num_symbols
        shifted = other.replace_dims_and_symbols(
            [dim(i) for i in range(other.num_dims)],
            [symbol(self.num_symbols + i) for i in range(other.num_symbols)],
            other.num_dims,
            num_symbols,
        )
        results = [r.replace_dims_and_symbols(shifted.results) for r in self.results]
        return AffineMap(other.num_dims, num_symbols, results)

    def evaluate(self, dims: Sequence[int], symbols: Sequence[int] = ()) -> list[int]:
        """The results for constant inputs; raises ValueError on an undefined result."""
        if len(dims) != self.num_dims or len(symbols) != self.num_symbols:
            raise ValueError(f"map '{self}' expects {self.num_dims} dims, {self.num_symbols} syms")
        return [evaluate_affine_expr(r, dims, symbols) for r in self.results]

    def __str__(self) -> str:
        results = ", ".join(map(str, self.results))
        return f"{_header(self.num_dims, self.num_symbols)} -> ({results})"


def inverse_permutation(map: AffineMap) -> AffineMap | None:
    """The inverse of a (projected) permutation map, or None if some dim is unused."""
    exprs: list[AffineExpr | None] = [None] * map.num_dims
    for i, r in enumerate(map.results):
        if isinstance(r, AffineDimExpr) and exprs[r.position] is None:
            exprs[r.position] = dim(i)
    found = [e for e in exprs if e is not None]
    return AffineMap(map.num_results, 0, found) if len(found) == len(exprs) else None


class IntegerSet(Uniqued):
    """`(d0, ...)[s0, ...] : (e >= 0, e == 0, ...)`: a conjunction of affine constraints."""

    __slots__ = ("num_dims", "num_symbols", "constraints", "eq_flags")
    _fields = ("num_dims", "num_symbols", "constraints", "eq_flags")
    num_dims: int
    num_symbols: int
    constraints: tuple[AffineExpr, ...]
    eq_flags: tuple[bool, ...]

    def __new__(
        cls,
        num_dims: int,
        num_symbols: int,
        constraints: Sequence[AffineExpr],
        eq_flags: Sequence[bool],
    ) -> Any:
        cons = tuple(_expr(c) for c in constraints)
        flags = tuple(bool(f) for f in eq_flags)
        if len(cons) != len(flags):
            raise ValueError("an integer set needs one eq flag per constraint")
        return super().__new__(cls, num_dims, num_symbols, cons, flags)

    def _post_init(self) -> None:
        _check_bounds(self.constraints, self.num_dims, self.num_symbols)

    @staticmethod
    def empty_set(num_dims: int, num_symbols: int) -> IntegerSet:
        """The canonical empty set `1 == 0`."""
        return IntegerSet(num_dims, num_symbols, [constant(1)], [True])

    def is_empty_integer_set(self) -> bool:
        """True for the canonical empty set (a single `1 == 0`)."""
        return self.eq_flags == (True,) and self.constraints[0] is constant(1)

    @property
    def num_inputs(self) -> int:
        """Dims plus symbols."""
        return self.num_dims + self.num_symbols

    @property
    def num_constraints(self) -> int:
        """Number of constraints."""
        return len(self.constraints)

    @property
    def num_equalities(self) -> int:
        """Number of `== 0` constraints."""
        return sum(self.eq_flags)

    @property
    def num_inequalities(self) -> int:
        """Number of `>= 0` constraints."""
        return len(self.eq_flags) - sum(self.eq_flags)

    def replace_dims_and_symbols(
        self,
        dims: Sequence[AffineExpr],
        symbols: Sequence[AffineExpr],
        num_result_dims: int,
        num_result_symbols: int,
    ) -> IntegerSet:
        """Substitute in every constraint; the new set has the given dim/symbol counts."""
        cons = [c.replace_dims_and_symbols(dims, symbols) for c in self.constraints]
        return IntegerSet(num_result_dims, num_result_symbols, cons, self.eq_flags)

    def contains(self, dims: Sequence[int], symbols: Sequence[int] = ()) -> bool:
        """True if the constant point satisfies every constraint."""
        for c, eq in zip(self.constraints, self.eq_flags):
            value = evaluate_affine_expr(c, dims, symbols)
            if (value != 0) if eq else (value < 0):
                return False
        return True

    def __str__(self) -> str:
        # A set without constraints prints `()`; the parser turns `()` into `0 == 0`.
        cons = ", ".join(
            f"{c} {'==' if eq else '>='} 0" for c, eq in zip(self.constraints, self.eq_flags)
        )
        return f"{_header(self.num_dims, self.num_symbols)} : ({cons})"


# --- Evaluation ----------------------------------------------------------------------


def evaluate_affine_expr(e: AffineExpr, dims: Sequence[int], symbols: Sequence[int] = ()) -> int:
    """Value of `e` at constant inputs; raises ValueError when undefined (upstream: poison)."""
    if isinstance(e, AffineConstantExpr):
        return e.value
    if isinstance(e, AffineDimExpr):
        return dims[e.position]
    if isinstance(e, AffineSymbolExpr):
        return symbols[e.position]
    assert isinstance(e, AffineBinaryExpr)
    a = evaluate_affine_expr(e.lhs, dims, symbols)
    b = evaluate_affine_expr(e.rhs, dims, symbols)
    if e.kind is ADD:
        return _wrap64(a + b)
    if e.kind is MUL:
        return _wrap64(a * b)
    if e.kind is MOD:
        if b < 1:
            raise ValueError(f"'{e}': modulo by non-positive value {b}")
        return a % b
    if b == 0 or (a == INT64_MIN and b == -1):
        raise ValueError(f"'{e}': division by {b} is undefined for {a}")
    return a // b if e.kind is FLOORDIV else -(-a // b)


# The flattening simplifier lives in `affine_simplify` (it imports this module); these
# names are re-exported lazily so `from mliropt.ir.affine import simplify_affine_expr` works.
_SIMPLIFY_EXPORTS = frozenset(
    {
        "get_affine_expr_from_flat_form",
        "get_flattened_affine_expr",
        "simplify_affine_expr",
        "simplify_affine_map",
    }
)


def __getattr__(name: str) -> Any:
    if name in _SIMPLIFY_EXPORTS:
        from mliropt.ir import affine_simplify

        return getattr(affine_simplify, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
