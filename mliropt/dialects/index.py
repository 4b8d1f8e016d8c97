"""The index dialect: integer arithmetic on the target-width `index` type.

Folders follow upstream's rule for a type whose width is unknown until lowering: an op
folds only when computing it on 64-bit and on 32-bit integers gives the same low 32
bits, and the folded value is the 64-bit result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mliropt.dialects.ods import (
    I1,
    AnyInteger,
    Attr,
    BoolAttr,
    Commutative,
    ConstantLike,
    Index,
    IndexAttr,
    Op,
    Operand,
    Pure,
    Result,
    VerifyError,
    dialect_attr,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.dialect import Dialect
from mliropt.rewrite.inlining import AlwaysLegalInliner
from mliropt.syntax.attr_formats import KeywordEnumFormat
from mliropt.syntax.errors import ParseError
from mliropt.syntax.scanners import skip_ws

_M64 = (1 << 64) - 1
_M32 = (1 << 32) - 1


def _signed(v: int, width: int) -> int:
    v &= (1 << width) - 1
    return v - (1 << width) if v >> (width - 1) else v


# ----------------------------------------------------------------------------- attributes

CMP_PREDICATES = {
    "eq": 0,
    "ne": 1,
    "slt": 2,
    "sle": 3,
    "sgt": 4,
    "sge": 5,
    "ult": 6,
    "ule": 7,
    "ugt": 8,
    "uge": 9,
}
_PREDICATE_NAMES = {v: k for k, v in CMP_PREDICATES.items()}


class IndexCmpPredicateAttr(A.DialectAttr):
    """The predicate of `index.cmp`: `#index<cmp_predicate slt>`."""

    __slots__ = ("value",)
    _fields = ("value",)
    dialect = "index"
    name = "cmp_predicate"
    value: int

    @classmethod
    def parse_params(cls, body: Any) -> IndexCmpPredicateAttr:
        """`slt` after the mnemonic."""
        start = body._skip()
        kw = body.parse_optional_keyword()
        if kw is None or kw not in CMP_PREDICATES:
            raise _predicate_error(start, body._skip(), "")
        return cls(CMP_PREDICATES[kw])

    def print_params(self, p: Any) -> str:
        return " " + _PREDICATE_NAMES[self.value]

    def print_body(self, p: Any) -> str:
        # `cmp_predicate slt` is not a pretty dialect symbol, so upstream uses `#index<...>`.
        return f"#index<{self.name}{self.print_params(p)}>"

    @property
    def predicate(self) -> str:
        """The predicate keyword (`slt`)."""
        return _PREDICATE_NAMES[self.value]


def _predicate_error(pos: int, after: int, prefix: str) -> ParseError:
    """Upstream's two errors for an unknown predicate keyword: the enum's, at the keyword,
    then the attribute parser's, at the token after it."""
    err = ParseError(
        pos,
        f"{prefix}expected ::mlir::index::IndexCmpPredicate to be one of: "
        + ", ".join(CMP_PREDICATES),
    )
    err.more = [
        (
            after,
            f"{prefix}failed to parse IndexCmpPredicateAttr parameter 'value' which is to be a "
            "`::mlir::index::IndexCmpPredicate`",
        )
    ]
    return err


class _PredicateFormat(KeywordEnumFormat):
    """The predicate written as its keyword inside `index.cmp`."""

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        value = self.cases.get(text)
        if value is None:
            after = skip_ws(sp.text, pos + len(text), len(sp.text))
            raise _predicate_error(pos, after, "custom op 'index.cmp' ")
        return self.make(value)

    def print(self, p: Any, attr: A.Attribute) -> str:
        # The attribute's own printer starts with a space (` slt`); the format's leading
        # `` suppresses the one before it.
        return attr.print_params(p)  # type: ignore[attr-defined]


IndexCmpPredicate = dialect_attr(IndexCmpPredicateAttr, "index comparison predicate kind")
IndexCmpPredicate.format = _PredicateFormat(
    CMP_PREDICATES, IndexCmpPredicateAttr, lambda a: a.value
)


# ----------------------------------------------------------------------------- folding helpers


def _int(attr: Any) -> int | None:
    return attr.value if isinstance(attr, A.IntegerAttr) else None


def _fold_binary(operands: list, calc: Callable[[int, int, int], int | None]) -> list | None:
    """Fold with `calc(lhs, rhs, width)` (unsigned bit patterns) at 64 and 32 bits; the
    64-bit result when both agree on the low 32 bits (upstream's foldBinaryOpChecked)."""
    lhs, rhs = _int(operands[0]), _int(operands[1])
    if lhs is None or rhs is None:
        return None
    r64 = calc(lhs & _M64, rhs & _M64, 64)
    if r64 is None:
        return None
    r32 = calc(lhs & _M32, rhs & _M32, 32)
    if r32 is None or (r64 & _M32) != (r32 & _M32):
        return None
    return [A.IntegerAttr(T.index, r64)]


def _sdiv(a: int, b: int, w: int) -> int:
    """APInt::sdiv: truncating signed division, wrapping on overflow."""
    sa, sb = _signed(a, w), _signed(b, w)
    q = abs(sa) // abs(sb)
    return (-q if (sa < 0) != (sb < 0) else q) & ((1 << w) - 1)


def _srem(a: int, b: int, w: int) -> int:
    sa, sb = _signed(a, w), _signed(b, w)
    r = abs(sa) % abs(sb)
    return (-r if sa < 0 else r) & ((1 << w) - 1)


def _divs(a: int, b: int, w: int) -> int | None:
    return None if b == 0 else _sdiv(a, b, w)


def _divu(a: int, b: int, w: int) -> int | None:
    return None if b == 0 else a // b


def _ceildivs(n: int, m: int, w: int) -> int | None:
    # ceil(n / m): truncation when the signs differ, else `(n -/+ 1) / m + 1`.
    if m == 0:
        return None
    if n == 0:
        return 0
    mask = (1 << w) - 1
    m_pos = _signed(m, w) > 0
    if (_signed(n, w) > 0) != m_pos:
        return -_sdiv(-n & mask, m, w) & mask
    x = -1 if m_pos else 1
    return (_sdiv((n + x) & mask, m, w) + 1) & mask


def _ceildivu(n: int, m: int, w: int) -> int | None:
    # ceil(n / m) = (n - 1) / m + 1 for n != 0.
    if m == 0:
        return None
    if n == 0:
        return 0
    return ((n - 1) // m + 1) & ((1 << w) - 1)


def _floordivs(n: int, m: int, w: int) -> int | None:
    # floor(n / m): truncation when the signs agree, else `-1 - (x - n) / m`.
    if m == 0:
        return None
    if n == 0:
        return 0
    mask = (1 << w) - 1
    m_neg = _signed(m, w) < 0
    if (_signed(n, w) < 0) == m_neg:
        return _sdiv(n, m, w)
    x = 1 if m_neg else -1
    return (-1 - _signed(_sdiv((x - n) & mask, m, w), w)) & mask


def _rems(a: int, b: int, w: int) -> int | None:
    return None if b == 0 else _srem(a, b, w)


def _remu(a: int, b: int, w: int) -> int | None:
    return None if b == 0 else a % b


def _shl(a: int, b: int, w: int) -> int | None:
    return None if b >= w else (a << b) & ((1 << w) - 1)


def _shrs(a: int, b: int, w: int) -> int | None:
    return None if b >= w else (_signed(a, w) >> b) & ((1 << w) - 1)


def _shru(a: int, b: int, w: int) -> int | None:
    return None if b >= w else a >> b


def _is_const(attr: Any, value: int) -> bool:
    return isinstance(attr, A.IntegerAttr) and attr.value == value


# ----------------------------------------------------------------------------- ops


class IndexBinaryOp(Op):
    """Base of the binary index ops: `%r = index.add %a, %b`."""

    traits = (Pure,)
    lhs = Operand(Index)
    rhs = Operand(Index)
    result = Result(Index)
    assembly_format = "$lhs `,` $rhs attr-dict"
    # calc(lhs, rhs, width) on unsigned bit patterns; None when it must not fold.
    calc: Callable[[int, int, int], int | None] | None = None

    def fold(self, operands: list) -> list | None:
        calc = type(self).calc
        return None if calc is None else _fold_binary(operands, calc)


class AddOp(IndexBinaryOp):
    """Index addition.

    Example: `%c = index.add %a, %b`
    """

    name = "index.add"
    traits = (Pure, Commutative)
    calc = staticmethod(lambda a, b, w: a + b)

    def fold(self, operands: list) -> list | None:
        # add(x, 0) -> x
        folded = super().fold(operands)
        if folded is None and _is_const(operands[1], 0):
            return [self.lhs]
        return folded


class SubOp(IndexBinaryOp):
    """Index subtraction.

    Example: `%c = index.sub %a, %b`
    """

    name = "index.sub"
    calc = staticmethod(lambda a, b, w: a - b)

    def fold(self, operands: list) -> list | None:
        # sub(x, 0) -> x
        folded = super().fold(operands)
        if folded is None and _is_const(operands[1], 0):
            return [self.lhs]
        return folded


class MulOp(IndexBinaryOp):
    """Index multiplication.

    Example: `%c = index.mul %a, %b`
    """

    name = "index.mul"
    traits = (Pure, Commutative)
    calc = staticmethod(lambda a, b, w: a * b)

    def fold(self, operands: list) -> list | None:
        folded = super().fold(operands)
        if folded is not None:
            return folded
        # mul(x, 1) -> x
        if _is_const(operands[1], 1):
            return [self.lhs]
        # mul(x, 0) -> 0
        if _is_const(operands[1], 0):
            return [operands[1]]
        return None


class DivSOp(IndexBinaryOp):
    """Index signed division, rounding towards zero.

    Example: `%c = index.divs %a, %b`
    """

    name = "index.divs"
    calc = staticmethod(_divs)


class DivUOp(IndexBinaryOp):
    """Index unsigned division.

    Example: `%c = index.divu %a, %b`
    """

    name = "index.divu"
    calc = staticmethod(_divu)


class CeilDivSOp(IndexBinaryOp):
    """Index signed division, rounding towards positive infinity.

    Example: `%c = index.ceildivs %a, %b`
    """

    name = "index.ceildivs"
    calc = staticmethod(_ceildivs)


class CeilDivUOp(IndexBinaryOp):
    """Index unsigned division, rounding up.

    Example: `%c = index.ceildivu %a, %b`
    """

    name = "index.ceildivu"
    calc = staticmethod(_ceildivu)


class FloorDivSOp(IndexBinaryOp):
    """Index signed division, rounding towards negative infinity.

    Example: `%c = index.floordivs %a, %b`
    """

    name = "index.floordivs"
    calc = staticmethod(_floordivs)


class RemSOp(IndexBinaryOp):
    """Index signed remainder.

    Example: `%c = index.rems %a, %b`
    """

    name = "index.rems"
    calc = staticmethod(_rems)


class RemUOp(IndexBinaryOp):
    """Index unsigned remainder.

    Example: `%c = index.remu %a, %b`
    """

    name = "index.remu"
    calc = staticmethod(_remu)


class MaxSOp(IndexBinaryOp):
    """Index signed maximum.

    Example: `%c = index.maxs %a, %b`
    """

    name = "index.maxs"
    traits = (Pure, Commutative)
    calc = staticmethod(lambda a, b, w: a if _signed(a, w) >= _signed(b, w) else b)


class MaxUOp(IndexBinaryOp):
    """Index unsigned maximum.

    Example: `%c = index.maxu %a, %b`
    """

    name = "index.maxu"
    traits = (Pure, Commutative)
    calc = staticmethod(lambda a, b, w: max(a, b))


class MinSOp(IndexBinaryOp):
    """Index signed minimum.

    Example: `%c = index.mins %a, %b`
    """

    name = "index.mins"
    traits = (Pure, Commutative)
    calc = staticmethod(lambda a, b, w: a if _signed(a, w) <= _signed(b, w) else b)


class MinUOp(IndexBinaryOp):
    """Index unsigned minimum.

    Example: `%c = index.minu %a, %b`
    """

    name = "index.minu"
    traits = (Pure, Commutative)
    calc = staticmethod(lambda a, b, w: min(a, b))


class ShlOp(IndexBinaryOp):
    """Index shift left (undefined for shifts of the bit width or more).

    Example: `%c = index.shl %a, %b`
    """

    name = "index.shl"
    calc = staticmethod(_shl)


class ShrSOp(IndexBinaryOp):
    """Index arithmetic shift right.

    Example: `%c = index.shrs %a, %b`
    """

    name = "index.shrs"
    calc = staticmethod(_shrs)


class ShrUOp(IndexBinaryOp):
    """Index logical shift right.

    Example: `%c = index.shru %a, %b`
    """

    name = "index.shru"
    calc = staticmethod(_shru)


class AndOp(IndexBinaryOp):
    """Index bitwise and.

    Example: `%c = index.and %a, %b`
    """

    name = "index.and"
    traits = (Pure, Commutative)
    calc = staticmethod(lambda a, b, w: a & b)


class OrOp(IndexBinaryOp):
    """Index bitwise or.

    Example: `%c = index.or %a, %b`
    """

    name = "index.or"
    traits = (Pure, Commutative)
    calc = staticmethod(lambda a, b, w: a | b)


class XOrOp(IndexBinaryOp):
    """Index bitwise xor.

    Example: `%c = index.xor %a, %b`
    """

    name = "index.xor"
    traits = (Pure, Commutative)
    calc = staticmethod(lambda a, b, w: a ^ b)


IntegerOrIndex = AnyInteger | Index


class IndexCastOp(Op):
    """Base of `index.casts`/`index.castu`: between index and a fixed-width integer."""

    traits = (Pure,)
    input = Operand(IntegerOrIndex)
    output = Result(IntegerOrIndex)
    assembly_format = "$input attr-dict `:` type($input) `to` type($output)"
    signed = True

    def verify(self) -> None:
        # CastOpInterface: exactly one side is `index`.
        src, dst = self.input.type, self.output.type
        if isinstance(src, T.IndexType) == isinstance(dst, T.IndexType):
            raise VerifyError(
                self, f"operand type '{src}' and result type '{dst}' are cast incompatible"
            )

    def fold(self, operands: list) -> list | None:
        value = _int(operands[0])
        if value is None:
            return None
        src, dst = self.input.type, self.output.type
        width = src.width if isinstance(src, T.IntegerType) else 64
        bits = value & ((1 << width) - 1)

        def cast(v: int, from_w: int, to_w: int) -> int:
            if self.signed:
                v = _signed(v, from_w)
            return v & ((1 << to_w) - 1)

        if isinstance(dst, T.IndexType):
            # To index: cast as for a 64-bit target; truncating it to 32 bits later is
            # always right since cast32(cast64(x)) == cast32(x).
            return [A.IntegerAttr(dst, cast(bits, width, 64))]
        if not isinstance(dst, T.IntegerType):
            return None
        # From index: the result must not depend on the index width.
        r64 = cast(bits, 64, dst.width)
        r32 = cast(bits & _M32, 32, dst.width)
        if r64 != r32:
            return None
        return [A.IntegerAttr(dst, r64)]


class CastSOp(IndexCastOp):
    """Index signed cast (sign-extends or truncates).

    Example: `%0 = index.casts %a : index to i32`
    """

    name = "index.casts"


class CastUOp(IndexCastOp):
    """Index unsigned cast (zero-extends or truncates).

    Example: `%0 = index.castu %a : index to i32`
    """

    name = "index.castu"
    signed = False


def _compare(pred: str, a: int, b: int, w: int) -> bool:
    if pred in ("eq", "ne"):
        return (a == b) == (pred == "eq")
    if pred[0] == "s":
        a, b = _signed(a, w), _signed(b, w)
    rel = pred[1:]
    if rel == "lt":
        return a < b
    if rel == "le":
        return a <= b
    if rel == "gt":
        return a > b
    return a >= b


def _constant_of(value: Any) -> Any:
    """The attribute of a value defined by a constant-like op (upstream's m_Constant)."""
    op = value.owner_op
    if op is None or ConstantLike not in op.traits or not hasattr(op, "fold"):
        return None
    folded = op.fold([None] * len(op.op_operands))
    return folded[0] if folded else None


class _Range:
    """A ConstantIntRanges of `width`-bit values: signed and unsigned bounds."""

    def __init__(self, smin: int, smax: int, umin: int, umax: int) -> None:
        self.smin, self.smax, self.umin, self.umax = smin, smax, umin, umax

    @classmethod
    def from_signed(cls, smin: int, smax: int, w: int) -> _Range:
        # The unsigned bounds are exact only when the range does not cross the sign change.
        if (smin < 0) == (smax < 0):
            return cls(smin, smax, smin & ((1 << w) - 1), smax & ((1 << w) - 1))
        return cls(smin, smax, 0, (1 << w) - 1)

    @classmethod
    def from_unsigned(cls, umin: int, umax: int, w: int) -> _Range:
        if (umin >> (w - 1)) == (umax >> (w - 1)):
            return cls(_signed(umin, w), _signed(umax, w), umin, umax)
        return cls(-(1 << (w - 1)), (1 << (w - 1)) - 1, umin, umax)

    def constant(self) -> int | None:
        if self.umin == self.umax:
            return self.umin
        if self.smin == self.smax:
            return self.smin
        return None


_INVERSE = {
    "eq": "ne",
    "ne": "eq",
    "slt": "sge",
    "sge": "slt",
    "sle": "sgt",
    "sgt": "sle",
    "ult": "uge",
    "uge": "ult",
    "ule": "ugt",
    "ugt": "ule",
}


def _statically_true(pred: str, lhs: _Range, rhs: _Range, w: int) -> bool:
    """intrange's isStaticallyTrue: `pred` holds for every pair of values of the ranges."""
    if pred == "sle":
        return lhs.smax <= rhs.smin
    if pred == "slt":
        return lhs.smax < rhs.smin
    if pred == "ule":
        return lhs.umax <= rhs.umin
    if pred == "ult":
        return lhs.umax < rhs.umin
    if pred == "sge":
        return lhs.smin >= rhs.smax
    if pred == "sgt":
        return lhs.smin > rhs.smax
    if pred == "uge":
        return lhs.umin >= rhs.umax
    if pred == "ugt":
        return lhs.umin > rhs.umax
    if pred == "eq":
        a, b = lhs.constant(), rhs.constant()
        return a is not None and b is not None and (a - b) % (1 << w) == 0
    # ne: disjoint both as signed and as unsigned ranges.
    sne = _statically_true("slt", lhs, rhs, w) or _statically_true("sgt", lhs, rhs, w)
    une = _statically_true("ult", lhs, rhs, w) or _statically_true("ugt", lhs, rhs, w)
    return sne and une


def _cmp_of_min_max(bound: Op, cst_a: int, cst_b: int, w: int, pred: str) -> bool | None:
    """The value of `cmp(bound(x, cstA), cstB)` for every x, if there is one."""
    smin, smax, umax = -(1 << (w - 1)), (1 << (w - 1)) - 1, (1 << w) - 1
    if isinstance(bound, MinSOp):
        lhs = _Range.from_signed(smin, _signed(cst_a, w), w)
    elif isinstance(bound, MinUOp):
        lhs = _Range.from_unsigned(0, cst_a, w)
    elif isinstance(bound, MaxSOp):
        lhs = _Range.from_signed(_signed(cst_a, w), smax, w)
    else:
        lhs = _Range.from_unsigned(cst_a, umax, w)
    rhs = _Range(_signed(cst_b, w), _signed(cst_b, w), cst_b, cst_b)
    if _statically_true(pred, lhs, rhs, w):
        return True
    if _statically_true(_INVERSE[pred], lhs, rhs, w):
        return False
    return None


class CmpOp(Op):
    """Index comparison with a predicate.

    Example: `%0 = index.cmp slt(%a, %b)`
    """

    name = "index.cmp"
    traits = (Pure,)
    pred = Attr(IndexCmpPredicate)
    lhs = Operand(Index)
    rhs = Operand(Index)
    result = Result(I1)
    assembly_format = "`` $pred `(` $lhs `,` $rhs `)` attr-dict"

    def fold(self, operands: list) -> list | None:
        pred = self.properties["pred"].predicate  # type: ignore[attr-defined]
        lhs, rhs = _int(operands[0]), _int(operands[1])
        if lhs is not None and rhs is not None:
            # Fold when the 64-bit and the 32-bit comparisons agree.
            r64 = _compare(pred, lhs & _M64, rhs & _M64, 64)
            r32 = _compare(pred, lhs & _M32, rhs & _M32, 32)
            return [A.BoolAttr(r64)] if r64 == r32 else None
        # cmp(max/min(x, cstA), cstB): decided by the range of the min/max when the
        # 64-bit and the 32-bit answers agree.
        bound = self.lhs.owner_op
        if isinstance(bound, (MinSOp, MinUOp, MaxSOp, MaxUOp)) and rhs is not None:
            cst_a = _int(_constant_of(bound.rhs))
            if cst_a is not None:
                r64 = _cmp_of_min_max(bound, cst_a & _M64, rhs & _M64, 64, pred)
                r32 = _cmp_of_min_max(bound, cst_a & _M32, rhs & _M32, 32, pred)
                if r64 is not None and r64 == r32:
                    return [A.BoolAttr(r64)]
        # cmp(x, x) is decided by the predicate alone.
        if self.lhs is self.rhs:
            return [A.BoolAttr(pred in ("eq", "sle", "sge", "ule", "uge"))]
        return None


class SizeOfOp(Op):
    """The size in bits of the index type.

    Example: `%0 = index.sizeof`
    """

    name = "index.sizeof"
    traits = (Pure,)
    result = Result(Index)
    assembly_format = "attr-dict"


class ConstantOp(Op):
    """An index constant.

    Example: `%0 = index.constant 42`
    """

    name = "index.constant"
    traits = (Pure, ConstantLike)
    value = Attr(IndexAttr)
    result = Result(Index)
    assembly_format = "attr-dict $value"

    def asm_result_names(self) -> list:
        """Upstream names the value `%idx42`."""
        return [(self.results[0], f"idx{self.properties['value'].value}")]  # type: ignore[attr-defined]

    def fold(self, operands: list) -> list | None:
        return [self.properties["value"]]


class BoolConstantOp(Op):
    """A boolean constant (the materialised result of folding `index.cmp`).

    Example: `%0 = index.bool.constant true`
    """

    name = "index.bool.constant"
    traits = (Pure, ConstantLike)
    value = Attr(BoolAttr)
    result = Result(I1)
    assembly_format = "attr-dict $value"

    def asm_result_names(self) -> list:
        """Upstream names the value `%true` / `%false`."""
        value = self.properties["value"].value  # type: ignore[attr-defined]
        return [(self.results[0], "true" if value else "false")]

    def fold(self, operands: list) -> list | None:
        return [self.properties["value"]]


class IndexDialect(Dialect):
    """The index dialect."""

    name = "index"
    # Upstream's IndexInlinerInterface: every index op may be inlined.
    inliner = AlwaysLegalInliner
    ops = (
        AddOp,
        SubOp,
        MulOp,
        DivSOp,
        DivUOp,
        CeilDivSOp,
        CeilDivUOp,
        FloorDivSOp,
        RemSOp,
        RemUOp,
        MaxSOp,
        MaxUOp,
        MinSOp,
        MinUOp,
        ShlOp,
        ShrSOp,
        ShrUOp,
        AndOp,
        OrOp,
        XOrOp,
        CastSOp,
        CastUOp,
        CmpOp,
        SizeOfOp,
        ConstantOp,
        BoolConstantOp,
    )
    attributes = (IndexCmpPredicateAttr,)

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """`index.bool.constant` for an i1 bool, `index.constant` for an index integer."""
        if not isinstance(value, A.IntegerAttr):
            return None
        if value.type is T.i1:
            if type is not T.i1:
                return None
            op = BoolConstantOp.build(
                result_types=[type], properties={"value": value}, location=loc
            )
        elif value.type is T.index and type is T.index:
            op = ConstantOp.build(result_types=[type], properties={"value": value}, location=loc)
        else:
            return None
        if builder is not None:
            builder.insert(op)
        return op
