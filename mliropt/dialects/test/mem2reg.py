"""`test.multi_slot_alloca` (upstream's TestMultiSlotAlloca): an allocation of several
memory slots at once, promotable one slot at a time by mem2reg
(PromotableAllocationOpInterface, see mliropt.ir.interfaces)."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import I32, VARIADIC, Constraint, Op, Result
from mliropt.dialects.test.constant import ConstantOp
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.interfaces import MemorySlot
from mliropt.ir.operation import Operation

MemRefOfI32 = Constraint(
    "memref of 32-bit signless integer values",
    lambda t: isinstance(t, T.MemRefType) and I32(t.element_type),
)


class MultiSlotAllocaOp(Op):
    """Allocates one slot per result; each `memref<i32>` result is a slot.

    Example: `%a, %b = test.multi_slot_alloca : () -> (memref<i32>, memref<i32>)`
    """

    name = "test.multi_slot_alloca"
    results_ = Result(MemRefOfI32, VARIADIC)
    assembly_format = "attr-dict `:` functional-type(operands, results)"

    def promotable_slots(self) -> list[MemorySlot]:
        """Every result, holding its element type."""
        return [MemorySlot(r, r.type.element_type) for r in self.results]  # type: ignore[attr-defined]

    def slot_default_value(self, slot: MemorySlot, builder: Any) -> Any:
        """A `test.constant 42 : i32` (upstream's default value)."""
        value = A.IntegerAttr(T.i32, 42)
        op = builder.create(ConstantOp, [], [slot.elem_type], None, {"value": value},
                            location=self.location)
        return op.results[0]

    def handle_block_argument(self, slot: MemorySlot, arg: Any, builder: Any) -> None:
        """Nothing to do (as upstream)."""

    def handle_promotion_complete(
        self, slot: MemorySlot, default: Any, builder: Any
    ) -> Operation | None:
        """Erase an unused default value; replace the op by one without the promoted
        slot (None, after erasing it, when that was the last slot)."""
        if default is not None and not default.uses:
            default.owner.erase()
        if len(self.results) == 1:
            self.erase()
            return None
        remaining = [r for r in self.results if r is not slot.ptr]
        builder.set_insertion_point(self)
        new = builder.create(MultiSlotAllocaOp, [], [r.type for r in remaining],
                             location=self.location)
        for old, fresh in zip(remaining, new.results):
            old.replace_all_uses_with(fresh)
        self.erase()
        return new


MEM2REG_OPS: tuple = (MultiSlotAllocaOp,)

__all__ = ["MEM2REG_OPS"]
