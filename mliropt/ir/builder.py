"""Builders: create operations at an insertion point, telling a listener about it."""

from __future__ import annotations

from typing import Any

from mliropt.ir.operation import Block, Operation, Region


class Listener:
    """Hooks a rewriter calls as it changes the IR (all optional)."""

    def notify_operation_inserted(self, op: Operation) -> None:
        """`op` was inserted (created or moved)."""

    def notify_operation_modified(self, op: Operation) -> None:
        """`op` was changed in place."""

    def notify_operation_replaced(self, op: Operation, values: list) -> None:
        """The results of `op` are about to be replaced by `values`."""

    def notify_operation_erased(self, op: Operation) -> None:
        """`op` is about to be erased."""

    def notify_block_inserted(self, block: Block) -> None:
        """`block` was inserted in a region."""

    def notify_block_erased(self, block: Block) -> None:
        """`block` is about to be erased."""


class Builder:
    """Creates ops at an insertion point (before an op, or at the end of a block)."""

    def __init__(self, ctx: Any = None, listener: Listener | None = None) -> None:
        self.ctx = ctx
        self.listener = listener
        self.block: Block | None = None
        self.before: Operation | None = None

    # ----------------------------------------------------------------- insertion point

    def set_insertion_point(self, op: Operation) -> None:
        """Insert before `op`."""
        self.block = op.parent
        self.before = op

    def set_insertion_point_after(self, op: Operation) -> None:
        """Insert after `op`."""
        self.block = op.parent
        self.before = op.next

    def set_insertion_point_to_start(self, block: Block) -> None:
        """Insert at the start of `block`."""
        self.block = block
        self.before = block.first

    def set_insertion_point_to_end(self, block: Block) -> None:
        """Insert at the end of `block`."""
        self.block = block
        self.before = None

    def save(self) -> tuple[Block | None, Operation | None]:
        """The current insertion point (to restore later)."""
        return (self.block, self.before)

    def restore(self, point: tuple[Block | None, Operation | None]) -> None:
        """Go back to a saved insertion point."""
        self.block, self.before = point

    # ----------------------------------------------------------------- creation

    def insert(self, op: Operation) -> Operation:
        """Insert a detached op at the insertion point."""
        if self.block is None:
            raise ValueError("builder has no insertion point")
        self.block.insert_before(self.before, op)
        if self.listener is not None:
            self.listener.notify_operation_inserted(op)
        return op

    def create(self, cls: Any, operands: Any = (), result_types: Any = (), attributes: Any = None,
               properties: Any = None, regions: Any = None, successors: Any = (),
               location: Any = None) -> Any:
        """Build an op of `cls` (default-valued properties filled) and insert it."""
        op = cls.build(
            operands, result_types, attributes, properties, regions, successors, location
        )
        return self.insert(op)

    def create_block(self, region: Region, arg_types: Any = (), arg_locs: Any = None,
                     index: int | None = None) -> Block:
        """A new block in `region` (at `index`, default the end); the insertion point
        moves to its end."""
        block = Block(arg_types, arg_locs)
        if index is None:
            region.add_block(block)
        else:
            region.insert_block(index, block)
        if self.listener is not None:
            self.listener.notify_block_inserted(block)
        self.set_insertion_point_to_end(block)
        return block
