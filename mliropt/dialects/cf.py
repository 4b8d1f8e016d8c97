"""The cf dialect: unstructured control flow (branches, switches, assertions)."""

from __future__ import annotations

from mliropt.dialects.ods import (
    VARIADIC,
    I1,
    AnyType,
    Attr,
    AttrSizedOperandSegments,
    DenseI32ArrayAttr,
    IsTerminator,
    Op,
    Operand,
    Pure,
    StrAttr,
    SuccessorDef,
)
from mliropt.ir.dialect import Dialect


class BranchOp(Op):
    """An unconditional branch, forwarding its operands to the successor.

    Example: `cf.br ^bb3(%2 : i32)`
    """

    name = "cf.br"
    traits = (Pure, IsTerminator)
    destOperands = Operand(AnyType, VARIADIC)
    dest = SuccessorDef()
    assembly_format = "$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict"


class CondBranchOp(Op):
    """A conditional branch on an i1 value, with optional branch weights.

    Example: `cf.cond_br %c weights([1, 2]), ^bb1(%a : i32), ^bb2`
    """

    name = "cf.cond_br"
    traits = (AttrSizedOperandSegments, Pure, IsTerminator)
    condition = Operand(I1)
    trueDestOperands = Operand(AnyType, VARIADIC)
    falseDestOperands = Operand(AnyType, VARIADIC)
    branch_weights = Attr(DenseI32ArrayAttr, optional=True)
    trueDest = SuccessorDef()
    falseDest = SuccessorDef()
    assembly_format = (
        "$condition (`weights` `(` $branch_weights^ `)` )? `,`"
        " $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)? `,`"
        " $falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)?"
        " attr-dict"
    )


class AssertOp(Op):
    """Abort with a message when the operand is false.

    Example: `cf.assert %b, "Expected ... to be true"`
    """

    name = "cf.assert"
    arg = Operand(I1)
    msg = Attr(StrAttr)
    assembly_format = "$arg `,` $msg attr-dict"


class ControlFlowDialect(Dialect):
    """The cf dialect."""

    name = "cf"
    ops = (AssertOp, BranchOp, CondBranchOp)
