"""Rewrite patterns and the PatternRewriter that applies their changes.

A pattern does one thing (`addi(x, 0) -> x`): `match_and_rewrite(op, rewriter)`
returns True when it changed the IR, through the rewriter, so that drivers see every
change via the rewriter's listener. A pattern class sets `root` (an op class or name,
None for any op), `benefit` (higher is tried first; ties keep declaration order) and
optionally `label` / `debug_labels` (the names `canonicalize{disable-patterns=...}`
matches, besides the class name). An op class lists its patterns (classes or
instances) in `canonicalization_patterns`; a dialect may list more in its own
`canonicalization_patterns`.

The rewriter's changes, as upstream's RewriterBase:
- `replace_all_uses_with` / `replace_uses_with_if` notify each user, newest use first;
- `replace_op` notifies the replacement, then the users, then erases the op;
- `erase_op` erases what the op holds first, users before definitions (blocks in
  post-order, ops last first), notifying each nested op; values still used (graph
  regions) have their uses detached (`drop_value_uses`), as upstream's dropAllUses;
- `modify_op_in_place(op, fn)` applies `fn` and notifies `op`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from mliropt.ir.builder import Builder, Listener
from mliropt.ir.operation import Block, Operation, Region, Value


class RewritePattern:
    """Base of patterns; `root` is the op class (or op name) matched, None for any op."""

    root: ClassVar[Any] = None
    benefit: ClassVar[int] = 1
    # Names a pass can enable or disable patterns by (`canonicalize{disable-patterns=...}`).
    label: ClassVar[str] = ""
    debug_labels: ClassVar[tuple[str, ...]] = ()

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        """Rewrite `op` when the pattern applies; return whether it did."""
        raise NotImplementedError

    @classmethod
    def debug_name(cls) -> str:
        """The pattern's name for enable/disable lists."""
        return cls.label or cls.__name__


class PatternRewriter(Builder):
    """A builder whose every IR change goes through its listener."""

    def __init__(self, ctx: Any = None, listener: Listener | None = None) -> None:
        super().__init__(ctx, listener)

    # ----------------------------------------------------------------- ops

    def replace_op(self, op: Operation, values: Sequence[Value]) -> None:
        """Replace every use of `op`'s results with `values`, then erase `op`."""
        if self.listener is not None:
            self.listener.notify_operation_replaced(op, list(values))
        for r, v in zip(op.results, values):
            self.replace_all_uses_with(r, v)
        self.erase_op(op)

    def replace_op_with_new(self, op: Operation, cls: Any, *args: Any, **kwargs: Any) -> Any:
        """Create an op before `op` and replace `op` with its results."""
        self.set_insertion_point(op)
        new = self.create(cls, *args, **kwargs)
        self.replace_op(op, new.results)
        return new

    def erase_op(self, op: Operation) -> None:
        """Erase `op` and what it holds, telling the listener about every nested op:
        users before definitions (blocks in post-order, ops last first), as upstream's
        RewriterBase::eraseOp. Remaining uses (graph regions) are dropped."""
        if self.listener is None:
            drop_uses(op)
            op.detach()
            op.drop_all_references()
            return
        self._erase_tree(op)

    def _erase_tree(self, op: Operation) -> None:
        if not op.regions:
            # The common case spelled out: notify, drop the uses, unlink, drop operands.
            self.listener.notify_operation_erased(op)  # type: ignore[union-attr]
            for r in op.results:
                if r.uses:
                    drop_value_uses(r)
            block = op.parent
            if block is not None:
                block._unlink(op)
            for u in op.op_operands:
                del u.value.uses[u]
            op.op_operands = []
            if op.successors:
                for u in op.successors:
                    del u.value.uses[u]
                op.successors = []
            return
        for region in op.regions:
            # Repeat: the block graph may be disconnected.
            while region.blocks:
                order = post_order(region.blocks[0])
                for block in order:
                    for child in list(block.ops_reversed()):
                        self._erase_tree(child)
                for block in order:
                    for arg in block.args:
                        drop_value_uses(arg)
                    drop_block_uses(block)
                    self.erase_block(block)
        self.listener.notify_operation_erased(op)  # type: ignore[union-attr]
        drop_uses(op)
        op.detach()
        op.drop_all_references()

    def replace_all_uses_with(self, old: Value, new: Value) -> None:
        """Replace the uses of `old`, telling the listener each user changed."""
        if old is new:
            return
        listener = self.listener
        if listener is None:
            old.replace_all_uses_with(new)
            return
        # Upstream walks the use-list newest first and notifies once per use; the
        # order decides which users the greedy driver visits first.
        for use in reversed(list(old.uses)):
            use.set(new)
            listener.notify_operation_modified(use.owner)

    def replace_uses_with_if(self, old: Value, new: Value, pred: Any) -> None:
        """Replace the uses of `old` for which `pred(use)` holds, notifying each user."""
        for use in reversed(list(old.uses)):
            if pred(use):
                use.set(new)
                if self.listener is not None:
                    self.listener.notify_operation_modified(use.owner)

    def modify_op_in_place(self, op: Operation, fn: Any = None) -> None:
        """Apply `fn()` (changes to `op`) and notify the listener."""
        if fn is not None:
            fn()
        if self.listener is not None:
            self.listener.notify_operation_modified(op)

    def move_op_before(self, op: Operation, anchor: Operation) -> None:
        """Move `op` before `anchor`."""
        op.move_before(anchor)
        if self.listener is not None:
            self.listener.notify_operation_inserted(op)

    # ----------------------------------------------------------------- blocks

    def erase_block(self, block: Block) -> None:
        """Erase a block and its ops."""
        for op in list(block.ops_reversed()):
            drop_uses(op)
            self.erase_op(op)
        if self.listener is not None:
            self.listener.notify_block_erased(block)
        if block.parent is not None:
            block.parent.blocks.remove(block)
            block.parent = None

    def inline_block_before(
        self,
        source: Block,
        anchor: Operation | None,
        dest: Block | None = None,
        args: list[Value] | None = None,
    ) -> None:
        """Move the ops of `source` before `anchor` (or to the end of `dest`), replacing
        its arguments with `args`; `source` is erased."""
        for a, v in zip(source.args, args or ()):
            self.replace_all_uses_with(a, v)
        target = anchor.parent if anchor is not None else dest
        assert target is not None
        op = source.first
        while op is not None:
            nxt = op.next
            source._unlink(op)
            target.insert_before(anchor, op)
            if self.listener is not None:
                self.listener.notify_operation_inserted(op)
            op = nxt
        if source.parent is not None:
            if self.listener is not None:
                self.listener.notify_block_erased(source)
            source.parent.blocks.remove(source)
            source.parent = None

    def merge_blocks(self, source: Block, dest: Block, args: list[Value] | None = None) -> None:
        """Append the ops of `source` to `dest` (source's args replaced by `args`)."""
        self.inline_block_before(source, None, dest, args)

    def inline_region_before(self, region: Region, dest_region: Region, index: int) -> None:
        """Move the blocks of `region` into `dest_region` at `index`."""
        blocks = list(region.blocks)
        region.blocks = []
        for i, b in enumerate(blocks):
            dest_region.insert_block(index + i, b)
            if self.listener is not None:
                self.listener.notify_block_inserted(b)


class _DeadValue:
    """Where a use goes when its value is erased while still used (upstream's null
    operand): the use stays valid until its owner is erased too."""

    __slots__ = ("uses", "type")

    def __init__(self) -> None:
        self.uses: dict = {}
        self.type = None


_DEAD_VALUE = _DeadValue()
_DEAD_BLOCK = _DeadValue()


def drop_value_uses(value: Any) -> None:
    """Detach every use of `value` (Value::dropAllUses)."""
    if value.uses:
        for use in list(value.uses):
            use.set(_DEAD_VALUE)


def drop_block_uses(block: Block) -> None:
    """Detach every successor use of `block` (Block::dropAllUses)."""
    if block.uses:
        for use in list(block.uses):
            use.set(_DEAD_BLOCK)


def drop_uses(op: Operation) -> None:
    """Detach every use of the results of `op` (Operation::dropAllUses)."""
    for r in op.results:
        if r.uses:
            drop_value_uses(r)


def post_order(entry: Block) -> list[Block]:
    """The blocks reachable from `entry`, successors before predecessors (LLVM's
    post_order: depth first, successors in order)."""
    seen = {entry}
    out = []
    stack = [(entry, iter(entry.successors))]
    while stack:
        block, it = stack[-1]
        for succ in it:
            if succ not in seen and isinstance(succ, Block):
                seen.add(succ)
                stack.append((succ, iter(succ.successors)))
                break
        else:
            stack.pop()
            out.append(block)
    return out
