"""Test branch ops (upstream's TestOps.td TestBranchOp, TestProducingBranchOp,
TestInternalBranchOp): terminators with BranchOpInterface, written in generic form,
that canonicalize, region simplification, DCE and SCCP see through.

An op may also produce some leading arguments of a successor itself (upstream's
SuccessorOperands with a produced operand count): `produced_operand_count(index)`
says how many; the forwarded operands feed the arguments after them.
"""

from __future__ import annotations

from mliropt.dialects.cf.ops import BranchOpInterface, op_error
from mliropt.dialects.ods import (
    I32,
    VARIADIC,
    AnyType,
    AttrSizedOperandSegments,
    IsTerminator,
    Op,
    Operand,
    Result,
    SuccessorDef,
)
from mliropt.ir.operation import Value


class BrOp(BranchOpInterface, Op):
    """A branch forwarding all its operands to its one successor.

    Example: `"test.br"(%a)[^bb1] : (i32) -> ()`
    """

    name = "test.br"
    traits = (IsTerminator,)
    targetOperands = Operand(AnyType, VARIADIC)
    target = SuccessorDef()

    def successor_operands(self, index: int) -> list[Value]:
        """All operands go to the successor."""
        return self.operands

    def successor_operand_group(self, index: int) -> tuple[int, int]:
        """The one operand group."""
        return 0, 0

    def verify(self) -> None:
        self.verify_successor_operands()


class ProducingBrOp(BranchOpInterface, Op):
    """A branch with a result and two successors, each fed by its own operand group.

    Example:
    `%0 = "test.producing_br"(%a)[^a, ^b] <{operandSegmentSizes = array<i32: 1, 0>}> : (i32) -> i32`
    """

    name = "test.producing_br"
    traits = (IsTerminator, AttrSizedOperandSegments)
    firstOperands = Operand(AnyType, VARIADIC)
    secondOperands = Operand(AnyType, VARIADIC)
    dummy = Result(I32)
    first = SuccessorDef()
    second = SuccessorDef()

    def successor_operands(self, index: int) -> list[Value]:
        """Group `index` goes to successor `index`."""
        return self.operand_group(index)

    def successor_operand_group(self, index: int) -> tuple[int, int]:
        """Group `index`."""
        return index, 0

    def verify(self) -> None:
        self.verify_successor_operands()


class InternalBrOp(Op):
    """A branch to a success path (fed by the first group) or an error path, whose first
    argument the op produces (an error value) and whose others the second group feeds.

    Example:
    `"test.internal_br"(%a)[^ok, ^err] <{operandSegmentSizes = array<i32: 0, 1>}> : (i32) -> ()`
    """

    name = "test.internal_br"
    traits = (IsTerminator, AttrSizedOperandSegments)
    successOperands = Operand(AnyType, VARIADIC)
    errorOperands = Operand(AnyType, VARIADIC)
    successPath = SuccessorDef()
    errorPath = SuccessorDef()

    def successor_operands(self, index: int) -> list[Value]:
        """The forwarded operands of successor `index` (without the produced one)."""
        return self.operand_group(index)

    def produced_operand_count(self, index: int) -> int:
        """The error path's first argument is produced by the op."""
        return 1 if index == 1 else 0

    def verify(self) -> None:
        # Upstream's verifyBranchSuccessorOperands: produced operands count, only the
        # forwarded ones have their types checked.
        for i, use in enumerate(self.successors):
            block = use.value
            produced = self.produced_operand_count(i)
            operands = self.successor_operands(i)
            n = produced + len(operands)
            if n != len(block.args):
                raise op_error(
                    self,
                    f"branch has {n} operands for successor #{i}, but target block has "
                    f"{len(block.args)}",
                )
            for k, v in enumerate(operands, produced):
                if v.type is not block.args[k].type:
                    raise op_error(self, f"type mismatch for bb argument #{k} of successor #{i}")


CONTROL_OPS: tuple = (BrOp, ProducingBrOp, InternalBrOp)

__all__ = ["CONTROL_OPS"]
