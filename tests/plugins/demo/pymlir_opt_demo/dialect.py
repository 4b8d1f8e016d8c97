"""The `demo` dialect: a constant and a doubling op, declared like the built-in ones."""

from __future__ import annotations

from mliropt.dialects.ods import (
    I64,
    Attr,
    ConstantLike,
    I64Attr,
    Op,
    Operand,
    Pure,
    Result,
    SameOperandsAndResultType,
    SignlessIntegerLike,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.dialect import Dialect


class ConstOp(Op):
    """A 64-bit integer constant.

    Example: `%c = demo.const 7`
    """

    name = "demo.const"
    traits = (Pure, ConstantLike)
    value = Attr(I64Attr)
    result = Result(I64)
    assembly_format = "$value attr-dict"

    def fold(self, operands: list) -> list:
        return [self.properties["value"]]


class DoubleOp(Op):
    """Twice its operand (wrapping at the type's width).

    Example: `%d = demo.double %x : i64`
    """

    name = "demo.double"
    traits = (Pure, SameOperandsAndResultType)
    input = Operand(SignlessIntegerLike)
    result = Result(SignlessIntegerLike)
    assembly_format = "$input attr-dict `:` type($result)"

    def fold(self, operands: list) -> list | None:
        # double(c) -> 2 * c, wrapped at the width
        c = operands[0]
        if not isinstance(c, A.IntegerAttr) or not isinstance(c.type, T.IntegerType):
            return None
        width = c.type.width
        wrapped = (2 * c.value) & ((1 << width) - 1)
        if wrapped >> (width - 1):
            wrapped -= 1 << width
        return [A.IntegerAttr(c.type, wrapped)]


class DemoDialect(Dialect):
    """The demo dialect."""

    name = "demo"
    ops = (ConstOp, DoubleOp)

    def materialize_constant(self, builder, value, type, loc):  # noqa: ANN001, ANN201
        """`demo.const` for an i64 value."""
        if not isinstance(value, A.IntegerAttr) or type is not T.i64:
            return None
        op = ConstOp.build(result_types=[type], properties={"value": value}, location=loc)
        if builder is not None:
            builder.insert(op)
        return op
