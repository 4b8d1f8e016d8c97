"""Memory-slot interfaces of memref.alloca, memref.load and memref.store for mem2reg
(upstream's MemRefMemorySlot.cpp); importing this module attaches the methods
documented in `mliropt/ir/interfaces.py` to the op classes."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.memref.access import LoadOp, StoreOp
from mliropt.dialects.memref.alloc import AllocaOp
from mliropt.ir.interfaces import MemorySlot
from mliropt.ir.types import DYNAMIC

# ----------------------------------------------------------------- memref.alloca


def _promotable_slots(self: AllocaOp) -> list[MemorySlot]:
    """A memref of static shape holding a single element is one slot."""
    t = self.results[0].type
    shape = getattr(t, "shape", None)
    if shape is None or any(d == DYNAMIC for d in shape):
        return []
    n = 1
    for d in shape:
        n *= d
    if n != 1:
        return []
    return [MemorySlot(self.results[0], t.element_type)]  # type: ignore[attr-defined]


def _slot_default_value(self: AllocaOp, slot: MemorySlot, builder: Any) -> Any:
    """A `ub.poison` of the element type."""
    from mliropt.dialects.ub import PoisonOp

    return builder.create(PoisonOp, [], [slot.elem_type], location=self.location).results[0]


def _handle_block_argument(self: AllocaOp, slot: MemorySlot, arg: Any, builder: Any) -> None:
    """Nothing to do for a new block argument."""


def _handle_promotion_complete(
    self: AllocaOp, slot: MemorySlot, default: Any, builder: Any
) -> None:
    """Erase the unused default value and the allocation."""
    if default is not None and not default.uses:
        default.owner.erase()
    self.erase()


AllocaOp.promotable_slots = _promotable_slots  # type: ignore[attr-defined]
AllocaOp.slot_default_value = _slot_default_value  # type: ignore[attr-defined]
AllocaOp.handle_block_argument = _handle_block_argument  # type: ignore[attr-defined]
AllocaOp.handle_promotion_complete = _handle_promotion_complete  # type: ignore[attr-defined]


# ----------------------------------------------------------------- memref.load / store


def _load_loads_from(self: LoadOp, slot: MemorySlot) -> bool:
    return self.operand(0) is slot.ptr


def _never(self: Any, slot: MemorySlot) -> bool:
    return False


def _load_can_uses_be_removed(self: LoadOp, slot: MemorySlot, blocking: Any, new: list) -> bool:
    """The only blocking use is the loaded pointer, of the slot's element type."""
    if len(blocking) != 1:
        return False
    use = next(iter(blocking))
    return (
        use.value is slot.ptr
        and self.operand(0) is slot.ptr
        and self.results[0].type is slot.elem_type
    )


def _load_remove_blocking_uses(
    self: LoadOp, slot: MemorySlot, blocking: Any, builder: Any, reaching: Any
) -> bool:
    """The load's result becomes the value in the slot; the load is erased."""
    self.results[0].replace_all_uses_with(reaching)
    return True


def _store_stores_to(self: StoreOp, slot: MemorySlot) -> bool:
    return self.operand(1) is slot.ptr


def _store_get_stored(self: StoreOp, slot: MemorySlot, builder: Any, reaching: Any) -> Any:
    return self.operand(0)


def _store_can_uses_be_removed(self: StoreOp, slot: MemorySlot, blocking: Any, new: list) -> bool:
    """The only blocking use is the stored-to pointer (not the stored value)."""
    if len(blocking) != 1:
        return False
    use = next(iter(blocking))
    value = self.operand(0)
    return (
        use.value is slot.ptr
        and self.operand(1) is slot.ptr
        and value is not slot.ptr
        and value.type is slot.elem_type
    )


def _store_remove_blocking_uses(
    self: StoreOp, slot: MemorySlot, blocking: Any, builder: Any, reaching: Any
) -> bool:
    """The store is erased."""
    return True


LoadOp.loads_from = _load_loads_from  # type: ignore[attr-defined]
LoadOp.stores_to = _never  # type: ignore[attr-defined]
LoadOp.can_uses_be_removed = _load_can_uses_be_removed  # type: ignore[attr-defined]
LoadOp.remove_blocking_uses = _load_remove_blocking_uses  # type: ignore[attr-defined]
StoreOp.loads_from = _never  # type: ignore[attr-defined]
StoreOp.stores_to = _store_stores_to  # type: ignore[attr-defined]
StoreOp.get_stored = _store_get_stored  # type: ignore[attr-defined]
StoreOp.can_uses_be_removed = _store_can_uses_be_removed  # type: ignore[attr-defined]
StoreOp.remove_blocking_uses = _store_remove_blocking_uses  # type: ignore[attr-defined]
