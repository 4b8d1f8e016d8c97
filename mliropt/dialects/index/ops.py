"""The ops of the index dialect: binary arithmetic, casts, comparison, sizeof and
constants (upstream MLIR 22's 26 ops)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import ClassVar

from mliropt.dialects.index.attributes import IndexCmpPredicate
from mliropt.dialects.index.folding import (
    M32,
    M64,
    ceildivs,
    ceildivu,
    cmp_of_min_max,
    compare,
    constant_of,
    divs,
    divu,
    floordivs,
    fold_binary,
    int_value,
    is_const,
    rems,
    remu,
    shl,
    shrs,
    shru,
    signed,
)
from mliropt.dialects.ods import (
    I1,
    AnyInteger,
    Attr,
    BoolAttr,
    Commutative,
    ConstantLike,
    Index,
    IndexAttr,
    NoMemoryEffect,
    Op,
    Operand,
    Pure,
    Result,
    VerifyError,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.traits import Trait


class IndexBinaryOp(Op):
    """Base of the binary index ops: `%r = index.add %a, %b`."""

    traits: ClassVar[Collection[Trait]] = (Pure,)
    lhs = Operand(Index)
    rhs = Operand(Index)
    result = Result(Index)
    assembly_format = "$lhs `,` $rhs attr-dict"
    # calc(lhs, rhs, width) on unsigned bit patterns; None when it must not fold.
    calc: Callable[[int, int, int], int | None] | None = None

    def fold(self, operands: list) -> list | None:
        calc = type(self).calc
        return None if calc is None else fold_binary(operands, calc)


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
        if folded is None and is_const(operands[1], 0):
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
        if folded is None and is_const(operands[1], 0):
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
        if is_const(operands[1], 1):
            return [self.lhs]
        # mul(x, 0) -> 0
        if is_const(operands[1], 0):
            return [operands[1]]
        return None


# Divisions and remainders have no memory effects but are not speculatable (a zero
# divisor is undefined behaviour), as upstream: LICM does not hoist them, and their
# results are no affine symbols.
_DIVISION_TRAITS: Collection[Trait] = (NoMemoryEffect,)


class DivSOp(IndexBinaryOp):
    """Index signed division, rounding towards zero.

    Example: `%c = index.divs %a, %b`
    """

    name = "index.divs"
    traits = _DIVISION_TRAITS
    calc = staticmethod(divs)


class DivUOp(IndexBinaryOp):
    """Index unsigned division.

    Example: `%c = index.divu %a, %b`
    """

    name = "index.divu"
    traits = _DIVISION_TRAITS
    calc = staticmethod(divu)


class CeilDivSOp(IndexBinaryOp):
    """Index signed division, rounding towards positive infinity.

    Example: `%c = index.ceildivs %a, %b`
    """

    name = "index.ceildivs"
    traits = _DIVISION_TRAITS
    calc = staticmethod(ceildivs)


class CeilDivUOp(IndexBinaryOp):
    """Index unsigned division, rounding up.

    Example: `%c = index.ceildivu %a, %b`
    """

    name = "index.ceildivu"
    traits = _DIVISION_TRAITS
    calc = staticmethod(ceildivu)


class FloorDivSOp(IndexBinaryOp):
    """Index signed division, rounding towards negative infinity.

    Example: `%c = index.floordivs %a, %b`
    """

    name = "index.floordivs"
    traits = _DIVISION_TRAITS
    calc = staticmethod(floordivs)


class RemSOp(IndexBinaryOp):
    """Index signed remainder.

    Example: `%c = index.rems %a, %b`
    """

    name = "index.rems"
    traits = _DIVISION_TRAITS
    calc = staticmethod(rems)


class RemUOp(IndexBinaryOp):
    """Index unsigned remainder.

    Example: `%c = index.remu %a, %b`
    """

    name = "index.remu"
    traits = _DIVISION_TRAITS
    calc = staticmethod(remu)


class MaxSOp(IndexBinaryOp):
    """Index signed maximum.

    Example: `%c = index.maxs %a, %b`
    """

    name = "index.maxs"
    traits = (Pure, Commutative)
    calc = staticmethod(lambda a, b, w: a if signed(a, w) >= signed(b, w) else b)


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
    calc = staticmethod(lambda a, b, w: a if signed(a, w) <= signed(b, w) else b)


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
    calc = staticmethod(shl)


class ShrSOp(IndexBinaryOp):
    """Index arithmetic shift right.

    Example: `%c = index.shrs %a, %b`
    """

    name = "index.shrs"
    calc = staticmethod(shrs)


class ShrUOp(IndexBinaryOp):
    """Index logical shift right.

    Example: `%c = index.shru %a, %b`
    """

    name = "index.shru"
    calc = staticmethod(shru)


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
        value = int_value(operands[0])
        if value is None:
            return None
        src, dst = self.input.type, self.output.type
        width = src.width if isinstance(src, T.IntegerType) else 64
        bits = value & ((1 << width) - 1)

        def cast(v: int, from_w: int, to_w: int) -> int:
            if self.signed:
                v = signed(v, from_w)
            return v & ((1 << to_w) - 1)

        if isinstance(dst, T.IndexType):
            # To index: cast as for a 64-bit target; truncating it to 32 bits later is
            # always right since cast32(cast64(x)) == cast32(x).
            return [A.IntegerAttr(dst, cast(bits, width, 64))]
        if not isinstance(dst, T.IntegerType):
            return None
        # From index: the result must not depend on the index width.
        r64 = cast(bits, 64, dst.width)
        r32 = cast(bits & M32, 32, dst.width)
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
        lhs, rhs = int_value(operands[0]), int_value(operands[1])
        if lhs is not None and rhs is not None:
            # Fold when the 64-bit and the 32-bit comparisons agree.
            r64 = compare(pred, lhs & M64, rhs & M64, 64)
            r32 = compare(pred, lhs & M32, rhs & M32, 32)
            return [A.BoolAttr(r64)] if r64 == r32 else None
        # cmp(max/min(x, cstA), cstB): decided by the range of the min/max when the
        # 64-bit and the 32-bit answers agree.
        bound = self.lhs.owner_op
        if isinstance(bound, (MinSOp, MinUOp, MaxSOp, MaxUOp)) and rhs is not None:
            cst_a = int_value(constant_of(bound.rhs))
            if cst_a is not None:
                b64 = cmp_of_min_max(bound.name[6:], cst_a & M64, rhs & M64, 64, pred)
                b32 = cmp_of_min_max(bound.name[6:], cst_a & M32, rhs & M32, 32, pred)
                if b64 is not None and b64 == b32:
                    return [A.BoolAttr(b64)]
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
