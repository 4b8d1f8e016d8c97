"""Op interfaces that passes query: loop-like ops and region-branch ops.

An op class takes part by defining methods with these names (upstream's interface
methods in snake case); each helper below supplies upstream's default when an optional
method is absent.

LoopLikeOpInterface (scf.for, scf.while, scf.parallel, scf.forall, ...):
- `loop_regions(self) -> list[Region]` (required: it makes the op loop-like), the
  regions that form the loop body (`getLoopRegions`);
- `is_defined_outside_of_loop(self, value) -> bool` (optional);
- `move_out_of_loop(self, op) -> None` (optional; default: move `op` before the loop).

RegionBranchOpInterface (scf.if, scf.index_switch, ...):
- `region_invocation_bounds(self, operands) -> list[tuple[int, int | None]]`
  (optional): for each region, how many times it may run (lower bound, upper bound or
  None when unknown); `operands` holds each operand's constant attribute or None
  (`getRegionInvocationBounds`). Without it every bound is unknown.
"""

from __future__ import annotations

from typing import Any, TypeGuard

from mliropt.ir.operation import Operation, Region, Value


class ShapedDimOpInterface:
    """memref.dim and tensor.dim: the size of dimension `index` of `source`, whose
    ranked type class is `ranked_type`."""

    __slots__ = ()
    ranked_type: Any = None

    def constant_index(self) -> int | None:
        """getConstantIndex: the dimension when `index` is a constant."""
        from mliropt.ir.attributes import IntegerAttr
        from mliropt.rewrite.folding import constant_value

        op: Any = self
        c = constant_value(op.index.owner_op)
        return c.value if isinstance(c, IntegerAttr) else None

    def speculatability(self) -> bool:
        """Speculatable with a constant in-bounds index of a ranked source."""
        op: Any = self
        i = self.constant_index()
        t = op.source.type
        return i is not None and isinstance(t, self.ranked_type) and i < len(t.shape)


def is_loop_like(op: Operation) -> bool:
    """True when the op implements LoopLikeOpInterface."""
    return op.registered and hasattr(op, "loop_regions")


def loop_regions(op: Operation) -> list[Region]:
    """The loop-body regions of a loop-like op."""
    return list(op.loop_regions())  # type: ignore[attr-defined]


def is_defined_outside_of_loop(loop: Operation, value: Value) -> bool:
    """Upstream's default: the value is not defined in a region nested in the loop."""
    fn = getattr(loop, "is_defined_outside_of_loop", None)
    if fn is not None:
        return bool(fn(value))
    block = value.parent_block
    region = block.parent if block is not None else None
    owner = region.parent if region is not None else None
    return owner is None or not loop.is_ancestor_of(owner)


def move_out_of_loop(loop: Operation, op: Operation) -> None:
    """Move `op` out of the loop (upstream's default: right before the loop op)."""
    fn = getattr(loop, "move_out_of_loop", None)
    if fn is not None:
        fn(op)
        return
    op.move_before(loop)


def region_invocation_bounds(op: Operation, operands: list[Any]) -> list[tuple[int, int | None]]:
    """How often each region of `op` may run (unknown, `(0, None)`, by default)."""
    fn = getattr(op, "region_invocation_bounds", None) if op.registered else None
    if fn is None:
        return [(0, None)] * len(op.regions)
    return list(fn(operands))


# ----------------------------------------------------------------- calls
#
# CallOpInterface (func.call, func.call_indirect, ...):
# - `callable_for_callee(self) -> SymbolRefAttr | Value` (required: it makes the op a
#   call), what is called (`getCallableForCallee`);
# - `set_callable_for_callee(self, callee) -> None` (optional);
# - `arg_operands(self) -> list[Value]` (optional; default: all operands), the
#   operands passed to the callee's arguments (`getArgOperands`).
#
# CallableOpInterface (func.func, ...):
# - `callable_region(self) -> Region | None` (required), the body, None for an
#   external declaration (`getCallableRegion`);
# - `callable_results(self) -> list[Type]` (required), the result types
#   (`getResultTypes`);
# - `callable_arg_attrs(self)` / `callable_res_attrs(self)` (optional): the ArrayAttr
#   of argument / result attribute dictionaries, or None.


def is_call(op: Operation) -> bool:
    """True when the op implements CallOpInterface."""
    return op.registered and hasattr(op, "callable_for_callee")


def is_callable(op: Operation) -> bool:
    """True when the op implements CallableOpInterface."""
    return op.registered and hasattr(op, "callable_region")


def call_arg_operands(call: Operation) -> list[Value]:
    """The operands a call passes to the callee's arguments."""
    fn = getattr(call, "arg_operands", None)
    return list(fn()) if fn is not None else call.operands


def resolve_callable(call: Operation, symbols: Any = None) -> Operation | None:
    """The op a call calls: the symbol it references (looked up from the nearest symbol
    table, through `symbols`, a SymbolTableCollection) or the defining op of a callee
    value; None when unresolved (upstream's resolveCallableInTable)."""
    from mliropt.ir.attributes import SymbolRefAttr

    callee = call.callable_for_callee()  # type: ignore[attr-defined]
    if isinstance(callee, SymbolRefAttr):
        from mliropt.ir.symbol_table import SymbolTableCollection

        return (symbols or SymbolTableCollection()).lookup_nearest(call, callee)
    return getattr(callee, "owner_op", None)


def callable_attrs(callable_op: Operation, results: bool) -> Any:
    """The ArrayAttr of argument (or result) attribute dictionaries of a callable."""
    fn = getattr(callable_op, "callable_res_attrs" if results else "callable_arg_attrs", None)
    return fn() if fn is not None else None


# ----------------------------------------------------------------- region branches
#
# RegionBranchOpInterface (scf.if, scf.for, scf.while, ...), as the scf dialect's
# `interfaces.py` documents it:
# - `successor_regions(self, point)` (required): where control goes from `point`
#   (None: entering the op; a Region of the op: leaving that region's terminator), a
#   list of RegionSuccessors (`.region`: a Region, or None for the parent op; `.inputs`:
#   the values receiving what is passed, region arguments or the op's results);
# - `entry_successor_regions(self, constants)` (optional): the same on entry, knowing
#   each operand's constant attribute (None when unknown);
# - `entry_successor_operands(self, successor)` (optional; default none): the operands
#   passed to `successor` on entry.
# RegionBranchTerminatorOpInterface (scf.yield, scf.condition): ReturnLike terminators
# forward all operands; others define `region_successor_operands(self, successor)` and
# may define `terminator_successor_regions(self, constants)` (upstream's
# getSuccessorRegions(operands) of the terminator, e.g. scf.condition on a constant).


def is_region_branch(op: Operation | None) -> bool:
    """True when the op implements RegionBranchOpInterface."""
    return op is not None and op.registered and hasattr(op, "successor_regions")


def entry_successor_regions(op: Operation, constants: list[Any]) -> list[Any]:
    """The successors when entering a region-branch op, knowing constant operands."""
    fn = getattr(op, "entry_successor_regions", None)
    if fn is not None:
        return list(fn(constants))
    return list(op.successor_regions(None))  # type: ignore[attr-defined]


def entry_successor_operands(op: Operation, successor: Any) -> list[Value]:
    """The operands a region-branch op passes to `successor` on entry."""
    fn = getattr(op, "entry_successor_operands", None)
    return list(fn(successor)) if fn is not None else []


def is_region_branch_terminator(op: Operation | None) -> TypeGuard[Operation]:
    """True for RegionBranchTerminatorOpInterface ops (ReturnLike ones included)."""
    from mliropt.ir.traits import ReturnLike

    if op is None or not op.registered:
        return False
    return hasattr(op, "region_successor_operands") or ReturnLike in op.traits


def terminator_successor_operands(term: Operation, successor: Any) -> list[Value]:
    """What a region-branch terminator passes to `successor` (ReturnLike: all operands)."""
    fn = getattr(term, "region_successor_operands", None)
    return list(fn(successor)) if fn is not None else term.operands


def terminator_successor_regions(term: Operation, constants: list[Any]) -> list[Any]:
    """Where a region-branch terminator may go, knowing its constant operands (default:
    the parent's successors of the terminator's region)."""
    fn = getattr(term, "terminator_successor_regions", None) if term.registered else None
    if fn is not None:
        return list(fn(constants))
    parent = term.parent_op
    return list(parent.successor_regions(term.parent_region))  # type: ignore[union-attr]


# ----------------------------------------------------------------- branches
#
# BranchOpInterface (cf.br, cf.cond_br, cf.switch): an op with block successors and
# `successor_operands(self, index) -> list[Value]`, the operands forwarded to successor
# `index`; optionally `successor_for_operands(self, constants) -> Block | None`, the one
# successor taken when the operands have these constant attributes (None: unknown);
# optionally `produced_operand_count(self, index) -> int` (see below).


def is_branch(op: Operation) -> bool:
    """True when the op implements BranchOpInterface."""
    return op.registered and bool(op.successors) and hasattr(op, "successor_operands")


def produced_operand_count(op: Operation, index: int) -> int:
    """How many leading arguments of successor `index` the branch produces itself
    (upstream's SuccessorOperands::getProducedOperandCount; the forwarded operands feed
    the arguments after them). An op's `produced_operand_count(index)`, else 0."""
    fn = getattr(op, "produced_operand_count", None)
    return int(fn(index)) if fn is not None else 0


def successor_for_operands(op: Operation, constants: list[Any]) -> Any:
    """The single successor a branch takes for these constant operands, or None."""
    fn = getattr(op, "successor_for_operands", None)
    return fn(constants) if fn is not None else None


# ----------------------------------------------------------------- memory slots
#
# Upstream's MemorySlotInterfaces, for mem2reg. A MemorySlot is a pointer value and the
# type of what it holds.
# PromotableAllocationOpInterface (memref.alloca):
# - `promotable_slots(self) -> list[MemorySlot]` (required);
# - `slot_default_value(self, slot, builder) -> Value`: the content of a slot never
#   stored to (created at the builder's insertion point);
# - `handle_block_argument(self, slot, arg, builder)`: a block argument was added;
# - `handle_promotion_complete(self, slot, default, builder)`: the slot has no uses
#   left (`default` is the default value if one was created); returns a new allocator
#   to promote, or None.
# PromotableMemOpInterface (memref.load, memref.store):
# - `loads_from(self, slot)`, `stores_to(self, slot)`;
# - `get_stored(self, slot, builder, reaching_def) -> Value`: the value in the slot
#   after this op stores to it;
# - `can_uses_be_removed(self, slot, blocking_uses, new_blocking_uses) -> bool`: the
#   uses (OpOperands) of the slot can be removed (appending to `new_blocking_uses` the
#   uses of this op's results that must go too);
# - `remove_blocking_uses(self, slot, blocking_uses, builder, reaching_def) -> bool`:
#   remove them, given the value in the slot before this op; True asks for the op to
#   be erased.
# PromotableOpInterface (other users of a slot pointer):
# - `can_remove_blocking_uses(self, blocking_uses, new_blocking_uses) -> bool`;
# - `remove_blocking_uses_of(self, blocking_uses, builder) -> bool` (True: erase).


class MemorySlot:
    """A pointer to memory and the type of the element it holds."""

    __slots__ = ("ptr", "elem_type")

    def __init__(self, ptr: Value, elem_type: Any) -> None:
        self.ptr = ptr
        self.elem_type = elem_type

    def __repr__(self) -> str:
        return f"<MemorySlot {self.elem_type}>"


def is_promotable_allocation(op: Operation) -> bool:
    """True for PromotableAllocationOpInterface ops."""
    return op.registered and hasattr(op, "promotable_slots")


def is_promotable_mem_op(op: Operation) -> bool:
    """True for PromotableMemOpInterface ops."""
    return op.registered and hasattr(op, "stores_to")


def is_promotable_op(op: Operation) -> bool:
    """True for PromotableOpInterface ops."""
    return op.registered and hasattr(op, "can_remove_blocking_uses")


def operand_range(owner: Operation, values: list[Value]) -> list[Any]:
    """The OpOperands of `owner` holding `values`, which interfaces give as a contiguous
    range of its operands (the last range that matches: forwarded operands follow the
    others, as scf.for's inits follow its bounds)."""
    operands = owner.op_operands
    n = len(values)
    if n == 0:
        return []
    for k in range(len(operands) - n, -1, -1):
        if all(operands[k + i].value is values[i] for i in range(n)):
            return operands[k : k + n]
    return []


def region_successor_operand_inputs(op: Operation, point: Any = "all") -> dict[Any, list[Value]]:
    """Upstream's getSuccessorOperandInputMapping: each operand use (of the region-branch
    op on entry, or of a region's terminator) forwarded along region control flow, mapped
    to the successor inputs it reaches. `point` is None (entry), a terminator op, or
    "all" (every branch point)."""
    out: dict[Any, list[Value]] = {}

    def add(uses: list, succ: Any) -> None:
        for use, value in zip(uses, succ.inputs):
            out.setdefault(use, []).append(value)

    if point is None or point == "all":
        for succ in op.successor_regions(None):  # type: ignore[attr-defined]
            add(operand_range(op, entry_successor_operands(op, succ)), succ)
    terms: list[Operation] = []
    if point == "all":
        for region in op.regions:
            for block in region.blocks:
                if is_region_branch_terminator(block.last):
                    terms.append(block.last)
    elif point is not None:
        terms.append(point)
    for term in terms:
        for succ in op.successor_regions(term.parent_region):  # type: ignore[attr-defined]
            add(operand_range(term, terminator_successor_operands(term, succ)), succ)
    return out


def non_successor_inputs(op: Operation, successor: Any) -> list[Value]:
    """The entry arguments of a successor region that no branch point feeds (an
    scf.for induction variable); none for the parent."""
    if successor.region is None or not successor.region.blocks:
        return []
    fed = {id(v) for v in successor.inputs}
    return [a for a in successor.region.blocks[0].args if id(a) not in fed]
