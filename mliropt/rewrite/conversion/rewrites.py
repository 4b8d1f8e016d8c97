"""The IR rewrites a dialect conversion records (upstream's IRRewrite classes).

Each pattern's changes are logged as rewrites so that a failed pattern (or a failed
conversion) can be rolled back, in reverse order, leaving no trace. Some rewrites are
applied to the IR at once (creations, moves, in-place modifications), others only
when committed after the whole conversion succeeded (replacements of ops and block
arguments, which go through the conversion value mapping until then); erased ops and
blocks are only unlinked until the cleanup that follows the commit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mliropt.ir.operation import Block, Operation, Region
from mliropt.rewrite.pattern import drop_block_uses, drop_uses, drop_value_uses

if TYPE_CHECKING:
    from mliropt.rewrite.conversion.rewriter import ConversionRewriterImpl


class IRRewrite:
    """One recorded change: `rollback` undoes it, `commit` finishes it, `cleanup` frees."""

    __slots__ = ("impl",)

    def __init__(self, impl: ConversionRewriterImpl) -> None:
        self.impl = impl

    def rollback(self) -> None:
        """Undo the change."""

    def commit(self, rewriter: Any) -> None:
        """Make the change final (the conversion succeeded)."""

    def cleanup(self, eraser: Eraser) -> None:
        """Destroy what the change unlinked."""


def _insert_block(region: Region, block: Block, before: Block | None) -> None:
    index = len(region.blocks) if before is None else region.blocks.index(before)
    region.insert_block(index, block)


def _unlink_block(block: Block) -> None:
    region = block.parent
    if region is not None:
        region.blocks.remove(block)
        block.parent = None


def _block_after(block: Block) -> Block | None:
    region = block.parent
    assert region is not None
    i = region.blocks.index(block)
    return region.blocks[i + 1] if i + 1 < len(region.blocks) else None


class CreateBlockRewrite(IRRewrite):
    """A new block (rollback: unlink its ops, which other rewrites own, and drop it)."""

    __slots__ = ("block",)

    def __init__(self, impl: ConversionRewriterImpl, block: Block) -> None:
        super().__init__(impl)
        self.block = block

    def rollback(self) -> None:
        block = self.block
        op = block.first
        while op is not None:
            nxt = op.next
            block._unlink(op)
            op = nxt
        drop_block_uses(block)
        _unlink_block(block)


class EraseBlockRewrite(IRRewrite):
    """An erased block: unlinked now, destroyed at cleanup."""

    __slots__ = ("block", "region", "before")

    def __init__(self, impl: ConversionRewriterImpl, block: Block) -> None:
        super().__init__(impl)
        self.block = block
        self.region = block.parent
        self.before = _block_after(block)

    def rollback(self) -> None:
        assert self.region is not None
        _insert_block(self.region, self.block, self.before)

    def cleanup(self, eraser: Eraser) -> None:
        for op in list(self.block.ops_reversed()):
            eraser.erase_op(op)
        for arg in self.block.args:
            drop_value_uses(arg)
        eraser.erased.add(self.block)


class MoveBlockRewrite(IRRewrite):
    """A block moved to another place (rollback: move it back)."""

    __slots__ = ("block", "region", "before")

    def __init__(
        self, impl: ConversionRewriterImpl, block: Block, region: Region, before: Block | None
    ) -> None:
        super().__init__(impl)
        self.block = block
        self.region = region
        self.before = before

    def rollback(self) -> None:
        _unlink_block(self.block)
        _insert_block(self.region, self.block, self.before)


class MoveOperationRewrite(IRRewrite):
    """An op moved to another place (rollback: move it back)."""

    __slots__ = ("op", "block", "before")

    def __init__(
        self, impl: ConversionRewriterImpl, op: Operation, block: Block, before: Operation | None
    ) -> None:
        super().__init__(impl)
        self.op = op
        self.block = block
        self.before = before

    def rollback(self) -> None:
        self.op.detach()
        self.block.insert_before(self.before, self.op)


class InlineBlockRewrite(IRRewrite):
    """The ops `first..last` of `source` moved in bulk into `dest` (rollback: move them
    back to the front of `source`)."""

    __slots__ = ("source", "first", "last")

    def __init__(
        self,
        impl: ConversionRewriterImpl,
        source: Block,
        first: Operation | None,
        last: Operation | None,
    ) -> None:
        super().__init__(impl)
        self.source = source
        self.first = first
        self.last = last

    def rollback(self) -> None:
        if self.first is None:
            return
        ops = []
        op: Operation | None = self.first
        while op is not None:
            ops.append(op)
            if op is self.last:
                break
            op = op.next
        anchor = self.source.first
        for op in ops:
            op.detach()
            self.source.insert_before(anchor, op)


class ModifyOperationRewrite(IRRewrite):
    """An in-place change of an op: its previous state is kept for rollback."""

    __slots__ = ("op", "loc", "attributes", "properties", "operands", "successors")

    def __init__(self, impl: ConversionRewriterImpl, op: Operation) -> None:
        self.impl = impl
        self.op = op
        self.loc = op._loc
        self.attributes = op.attributes.copy()
        self.properties = op.properties.copy()
        self.operands = [u.value for u in op.op_operands]
        self.successors = [u.value for u in op.successors] if op.successors else []

    def rollback(self) -> None:
        op = self.op
        op._loc = self.loc
        op.attributes = self.attributes
        op.properties = self.properties
        if op.operands != self.operands:
            op.set_operands(self.operands)
        for i, b in enumerate(self.successors):
            if op.successors[i].value is not b:
                op.set_successor(i, b)


class ReplaceOperationRewrite(IRRewrite):
    """An op replaced (or erased): uses are redirected and the op unlinked at commit."""

    __slots__ = ("op", "converter")

    def __init__(self, impl: ConversionRewriterImpl, op: Operation, converter: Any) -> None:
        self.impl = impl
        self.op = op
        self.converter = converter

    def commit(self, rewriter: Any) -> None:
        impl = self.impl
        op = self.op
        replacements = [impl.find_or_build_replacement_value(r, self.converter) for r in op.results]
        for result, new in zip(op.results, replacements):
            if new is not None:
                result.replace_all_uses_with(new)
        unlegalized = impl.config.unlegalized_ops
        if unlegalized is not None:
            unlegalized.discard(op)
        op.detach()

    def rollback(self) -> None:
        for r in self.op.results:
            self.impl.mapping.erase((r,))

    def cleanup(self, eraser: Eraser) -> None:
        eraser.erase_op(self.op)


class CreateOperationRewrite(IRRewrite):
    """A new op (rollback: erase it, unlinking the blocks that other rewrites own)."""

    __slots__ = ("op",)

    def __init__(self, impl: ConversionRewriterImpl, op: Operation) -> None:
        self.impl = impl
        self.op = op

    def rollback(self) -> None:
        op = self.op
        for region in op.regions:
            for b in region.blocks:
                b.parent = None
            region.blocks = []
        drop_uses(op)
        op.detach()
        op.drop_all_references()


class BlockTypeConversionRewrite(IRRewrite):
    """A block replaced by a copy with converted argument types."""

    __slots__ = ("orig", "new")

    def __init__(self, impl: ConversionRewriterImpl, orig: Block, new: Block) -> None:
        super().__init__(impl)
        self.orig = orig
        self.new = new

    def rollback(self) -> None:
        for use in list(self.new.uses):
            use.set(self.orig)


class ReplaceBlockArgRewrite(IRRewrite):
    """A block argument replaced through the mapping; uses are redirected at commit."""

    __slots__ = ("arg", "converter")

    def __init__(self, impl: ConversionRewriterImpl, arg: Any, converter: Any) -> None:
        super().__init__(impl)
        self.arg = arg
        self.converter = converter

    def commit(self, rewriter: Any) -> None:
        arg = self.arg
        repl = self.impl.find_or_build_replacement_value(arg, self.converter)
        if repl is None:
            return
        owner = repl.owner_op
        if owner is None:
            arg.replace_all_uses_with(repl)
            return
        # Uses before the replacement (in its own block) keep the argument.
        block = owner.parent

        def keep_out(use: Any) -> bool:
            user = use.owner
            return user.parent is not block or owner.is_before_in_block(user)

        arg.replace_uses_if(repl, keep_out)

    def rollback(self) -> None:
        self.impl.mapping.erase((self.arg,))


class UnresolvedMaterializationRewrite(IRRewrite):
    """An `unrealized_conversion_cast` the driver built to bridge types."""

    __slots__ = ("op", "mapped")

    def __init__(self, impl: ConversionRewriterImpl, op: Operation, mapped: tuple) -> None:
        super().__init__(impl)
        self.op = op
        self.mapped = mapped

    def rollback(self) -> None:
        impl = self.impl
        if self.mapped:
            impl.mapping.erase(self.mapped)
        impl.unresolved.pop(self.op, None)
        drop_uses(self.op)
        self.op.detach()
        self.op.drop_all_references()


class Eraser:
    """Erases each op and block once (upstream's SingleEraseRewriter)."""

    def __init__(self, on_erase: Any = None) -> None:
        self.erased: set = set()
        self.on_erase = on_erase

    def erase_op(self, op: Operation) -> None:
        """Erase `op` and what it holds (dropping remaining uses), unless already done."""
        if op in self.erased:
            return
        if not op.regions:
            self.erased.add(op)
            if self.on_erase is not None:
                self.on_erase(op)
            drop_uses(op)
            op.detach()
            op.drop_all_references()
            return
        for nested in op.walk():
            self.erased.add(nested)
            if self.on_erase is not None:
                self.on_erase(nested)
            drop_uses(nested)
        op.detach()
        op.drop_all_references()
