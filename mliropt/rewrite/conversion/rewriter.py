"""The ConversionPatternRewriter: the rewriter conversion patterns change IR through.

It follows upstream's rollback-capable design: every change is logged as an IRRewrite
(`rewrites.py`). Replacing an op or a block argument does not touch its uses: the
replacement is recorded in the conversion value mapping (original values -> new
values, 1:N), and patterns see converted operands through it; the uses are redirected
when the conversion commits. Values whose types do not match are bridged by
`unrealized_conversion_cast` ops ("unresolved materializations") that are folded away
or turned into the type converter's materializations at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mliropt.ir.attributes import UnitAttr
from mliropt.ir.location import unknown_loc
from mliropt.ir.operation import Block, Operation, Region, Value
from mliropt.rewrite.conversion import rewrites as rw
from mliropt.rewrite.pattern import PatternRewriter

# The attribute marking materializations that only resolve a type mismatch.
PURE_TYPE_CONVERSION = "__pure_type_conversion__"
TARGET, SOURCE = "target", "source"


@dataclass
class ConversionConfig:
    """Upstream's ConversionConfig."""

    allow_pattern_rollback: bool = True
    build_materializations: bool = True
    fold: bool = True
    # Partial conversion: filled with the ops that could not be legalized.
    unlegalized_ops: set | None = None
    legalizable_ops: set | None = None
    extra: dict = field(default_factory=dict)


class ValueMapping:
    """Vectors of original values mapped to vectors of replacement values."""

    __slots__ = ("mapping", "mapped_to")

    def __init__(self) -> None:
        self.mapping: dict[tuple, tuple] = {}
        self.mapped_to: set = set()

    def map(self, old: tuple, new: tuple) -> None:
        """Map `old` (a tuple of values) to `new`."""
        self.mapped_to.update(new)
        self.mapping[old] = new

    def lookup(self, values: tuple) -> tuple:
        """The values mapped to `values`, or ()."""
        return self.mapping.get(values, ())

    def erase(self, values: tuple) -> None:
        """Drop the mapping of `values`."""
        self.mapping.pop(values, None)


def value_location(value: Value) -> Any:
    """Where a value is defined (a block argument's own location)."""
    owner = value.owner_op
    if owner is not None:
        return owner.location
    return getattr(value, "location", None) or unknown_loc


def _point_of(value: Value) -> tuple[Block, Operation | None]:
    """The insertion point right after `value` is defined."""
    owner = value.owner_op
    if owner is not None:
        assert owner.parent is not None
        return owner.parent, owner.next
    block = value.parent_block
    assert block is not None
    return block, block.first


def _position(block: Block, before: Operation | None) -> int:
    if not block._order_valid:
        block._renumber()
    return before._order if before is not None else 1 << 62


def _is_before(a: tuple, b: tuple) -> bool:
    """Whether insertion point `a` dominates (comes before) insertion point `b`."""
    ba, bb = a[0], b[0]
    if ba is bb:
        return _position(ba, a[1]) <= _position(bb, b[1])
    # `b` nested in an op of `a`'s block: compare with that op.
    region = ba.parent
    if region is not None:
        anc = region.find_ancestor_block_in_region(bb)
        if anc is ba:
            op = bb.parent_op
            while op is not None and op.parent is not ba:
                op = op.parent_op
            return op is not None and _position(ba, a[1]) <= _position(ba, op)
        if anc is not None:
            return region.blocks.index(ba) < region.blocks.index(anc)
    return False


def compute_insert_point(values: Any) -> tuple[Block, Operation | None]:
    """The latest point right after the definitions of `values` (upstream's
    computeInsertPoint): where a value built from all of them can be inserted."""
    values = list(values)
    pt = _point_of(values[0])
    for v in values[1:]:
        nxt = _point_of(v)
        if _is_before(pt, nxt):
            pt = nxt
    return pt


def _types(values: Any) -> list:
    return [v.type for v in values]


class ConversionRewriterImpl:
    """The state of one conversion: the rewrite log, the value mapping, and the ops
    replaced or ignored so far."""

    def __init__(self, ctx: Any, config: ConversionConfig) -> None:
        self.ctx = ctx
        self.config = config
        self.mapping = ValueMapping()
        self.rewrites: list[rw.IRRewrite] = []
        # Ordered sets (dicts): popped from the end when a pattern is rolled back.
        self.ignored_ops: dict[Operation, None] = {}
        self.replaced_ops: dict[Operation, None] = {}
        self.pattern_new_ops: dict[Operation, None] = {}
        self.pattern_modified_ops: dict[Operation, None] = {}
        self.pattern_inserted_blocks: dict[Block, None] = {}
        # cast op -> (converter, kind, original type)
        self.unresolved: dict[Operation, tuple] = {}
        self.current_type_converter: Any = None
        self.region_to_converter: dict[Region, Any] = {}

    # ----------------------------------------------------------------- state

    def state(self) -> tuple[int, int, int]:
        """A snapshot to roll back to."""
        return (len(self.rewrites), len(self.ignored_ops), len(self.replaced_ops))

    def reset_state(self, state: tuple[int, int, int]) -> None:
        """Undo everything after `state`."""
        self.undo_rewrites(state[0])
        while len(self.ignored_ops) > state[1]:
            self.ignored_ops.popitem()
        while len(self.replaced_ops) > state[2]:
            self.replaced_ops.popitem()

    def undo_rewrites(self, keep: int = 0) -> None:
        """Roll back the rewrites after the first `keep`, newest first."""
        for r in reversed(self.rewrites[keep:]):
            r.rollback()
        del self.rewrites[keep:]

    def apply_rewrites(self) -> None:
        """Commit every rewrite (in order; commits may add rewrites), then clean up."""
        i = 0
        while i < len(self.rewrites):
            self.rewrites[i].commit(None)
            i += 1
        eraser = rw.Eraser(lambda op: self.unresolved.pop(op, None))
        for r in self.rewrites:
            r.cleanup(eraser)

    def is_op_ignored(self, op: Operation) -> bool:
        """True for ops replaced, erased or nested in a recursively legal op."""
        return op in self.replaced_ops or op in self.ignored_ops

    def was_op_replaced(self, op: Operation) -> bool:
        """True for ops replaced or erased."""
        return op in self.replaced_ops

    # ----------------------------------------------------------------- mapping

    def _composed_lookup(self, values: tuple) -> tuple:
        nxt: list = []
        changed = False
        lookup = self.mapping.mapping.get
        for v in values:
            r = lookup((v,))
            if r:
                nxt.extend(r)
                changed = True
            else:
                nxt.append(v)
        if changed:
            return tuple(nxt)
        return self.mapping.lookup(values)

    def lookup_or_default(
        self, value: Value, desired: list | None = None, skip_pure: bool = False
    ) -> tuple:
        """The deepest mapped values of `value` with the `desired` types (() when none
        has them), or the deepest mapped values (skipping pure type conversions when
        asked), or `value` itself."""
        if desired is not None and not skip_pure:
            return self._lookup_desired(value, desired)
        desired_value: tuple = ()
        current: tuple = (value,)
        last_real = current
        while True:
            match = desired is not None and _types(current) == desired
            if skip_pure:
                pure = _is_pure_type_conversion(current)
                match = match and not pure
                if not pure:
                    last_real = current
            if match:
                desired_value = current
            nxt = self._composed_lookup(current)
            if not nxt:
                break
            current = nxt
        if desired:
            return desired_value
        if skip_pure:
            return last_real
        return current

    def _lookup_desired(self, value: Value, desired: list) -> tuple:
        """lookup_or_default's common case (desired types, pure conversions not
        skipped): the chain of single values is followed without building tuples."""
        get = self.mapping.mapping.get
        found: tuple = ()
        current: tuple = (value,)
        n = len(desired)
        while True:
            if len(current) == 1:
                if n == 1 and current[0].type == desired[0]:
                    found = current
                nxt = get(current)
            else:
                if len(current) == n and _types(current) == desired:
                    found = current
                nxt = self._composed_lookup(current)
            if not nxt:
                break
            current = nxt
        return found if desired else current

    def lookup_or_null(self, value: Value, desired: list | None = None) -> tuple:
        """Like lookup_or_default, but () when `value` is not mapped (to those types)."""
        result = self.lookup_or_default(value, desired)
        if result == (value,) or (desired and _types(result) != desired):
            return ()
        return result

    def remap_values(self, values: list, loc: Any = None) -> list[tuple] | None:
        """The converted values of each of `values` (target materializations built
        where the types do not match, at `loc` or else the value's location), or None
        when a type cannot be converted. `loc` may be an op: its location, taken only
        when a materialization is built."""
        converter = self.current_type_converter
        out: list[tuple] = []
        get = self.mapping.mapping.get
        for v in values:
            if converter is None:
                out.append(self.lookup_or_default(v, None, True))
                continue
            legal = converter.convert_type_list(v.type)
            if legal is None:
                return None
            if not legal:
                out.append(())
                continue
            if len(legal) == 1:
                # The common case: a chain of single values, the deepest of the
                # converted type wins (lookup_or_default's answer, without tuples).
                t = legal[0]
                current: tuple = (v,)
                found: tuple = ()
                while len(current) == 1:
                    if current[0].type == t:
                        found = current
                    nxt = get(current)
                    if not nxt:
                        break
                    current = nxt
                else:
                    found = ()  # a 1:N step: the general lookup below
                if found:
                    out.append(found)
                    continue
            repl = self.lookup_or_default(v, legal)
            if repl and _types(repl) == legal:
                out.append(repl)
                continue
            repl = self.lookup_or_default(v, None, True)
            casts = self.build_materialization(
                TARGET,
                compute_insert_point(repl),
                (loc.location if isinstance(loc, Operation) else loc) or value_location(v),
                repl,
                list(repl),
                legal,
                v.type,
                converter,
            )
            out.append(tuple(casts))
        return out

    # ----------------------------------------------------------------- materializations

    def build_materialization(
        self,
        kind: str,
        ip: tuple,
        loc: Any,
        values_to_map: tuple,
        inputs: list,
        output_types: list,
        original_type: Any,
        converter: Any,
        pure: bool = True,
    ) -> list[Value]:
        """An unresolved materialization (a cast) at `ip`; `values_to_map` map to it."""
        from mliropt.dialects.builtin import UnrealizedConversionCastOp

        attrs = {PURE_TYPE_CONVERSION: UnitAttr()} if pure else {}
        cast = UnrealizedConversionCastOp.build(inputs, output_types, attrs, location=loc)
        ip[0].insert_before(ip[1], cast)
        results = list(cast.results)
        if values_to_map:
            self.mapping.map(tuple(values_to_map), tuple(results))
        self.unresolved[cast] = (converter, kind, original_type)
        self.rewrites.append(rw.UnresolvedMaterializationRewrite(self, cast, tuple(values_to_map)))
        return results

    def find_or_build_replacement_value(self, value: Value, converter: Any) -> Value | None:
        """A replacement of `value`'s type from the mapping, or a source
        materialization of the latest replacement; None when none is needed."""
        # The common case first: a chain of single values holding one of the type.
        t = value.type
        get = self.mapping.mapping.get
        current: tuple = (value,)
        found = value
        while len(current) == 1:
            if current[0].type == t:
                found = current[0]
            nxt = get(current)
            if not nxt:
                break
            current = nxt
        else:
            found = value  # a 1:N step: the general lookup below
        if found is not value:
            return found
        repl = self.lookup_or_null(value, [value.type])
        if repl:
            return repl[0]
        if value not in self.mapping.mapped_to and all(
            u.owner in self.replaced_ops for u in value.uses
        ):
            return None
        repl = self.lookup_or_null(value)
        if not repl:
            return None
        return self.build_materialization(
            SOURCE,
            compute_insert_point(repl),
            value_location(value),
            repl,
            list(repl),
            [value.type],
            None,
            converter,
        )[0]

    # ----------------------------------------------------------------- replacements

    def replace_op(self, op: Operation, new_values: list[list[Value]]) -> None:
        """Map each result of `op` to its replacement values and mark it replaced; a
        result without replacement gets a materialization out of thin air."""
        for repl, result in zip(new_values, op.results):
            if not repl:
                self.build_materialization(
                    SOURCE,
                    _point_of(result),
                    value_location(result),
                    (result,),
                    [],
                    [result.type],
                    None,
                    self.current_type_converter,
                    pure=False,
                )
                continue
            self.mapping.map((result,), tuple(repl))
        self.rewrites.append(rw.ReplaceOperationRewrite(self, op, self.current_type_converter))
        if not op.regions:
            self.replaced_ops[op] = None
            return
        for nested in op.walk():
            self.replaced_ops[nested] = None

    def replace_block_arg(self, arg: Value, to: Any, converter: Any) -> None:
        """Map a block argument to `to`; its uses change at commit."""
        self.rewrites.append(rw.ReplaceBlockArgRewrite(self, arg, converter))
        self.mapping.map((arg,), tuple(to))

    def erase_block(self, block: Block) -> None:
        """Unlink `block` (destroyed at cleanup) and mark its ops erased."""
        self.rewrites.append(rw.EraseBlockRewrite(self, block))
        assert block.parent is not None
        block.parent.blocks.remove(block)
        block.parent = None
        for op in block.ops:
            for nested in op.walk():
                self.replaced_ops[nested] = None

    def apply_signature_conversion(
        self, rewriter: ConversionPatternRewriter, block: Block, converter: Any, conversion: Any
    ) -> Block:
        """Replace `block` by a block with the converted argument types."""
        converted = conversion.converted_types
        if block.arg_types == converted:
            return block
        locs = [unknown_loc] * len(converted)
        for i, arg in enumerate(block.args):
            m = conversion.get_input_mapping(i)
            if m is None or m.replaced_with_values:
                continue
            for j in range(m.size):
                locs[m.input_no + j] = arg.location or unknown_loc
        region = block.parent
        assert region is not None
        # The new block is not a block the pattern inserted: its parent op is not
        # legalized again because of it (the conversion of a cf.br's destination
        # inside an unconverted func.func succeeds, as upstream's).
        new = Block(converted, locs)
        region.insert_block(region.blocks.index(block) + 1, new)
        self.rewrites.append(rw.CreateBlockRewrite(self, new))
        first, last = block.first, block.last
        self.rewrites.append(rw.InlineBlockRewrite(self, block, first, last))
        op = first
        while op is not None:
            nxt = op.next
            block._unlink(op)
            new.append(op)
            op = nxt
        for use in list(block.uses):
            use.set(new)
        for i, arg in enumerate(block.args):
            m = conversion.get_input_mapping(i)
            if m is None:
                mat = self.build_materialization(
                    SOURCE,
                    (new, new.first),
                    arg.location or unknown_loc,
                    (),
                    [],
                    [arg.type],
                    None,
                    converter,
                    pure=False,
                )
                self.replace_block_arg(arg, mat, converter)
            elif m.replaced_with_values:
                self.replace_block_arg(arg, m.replacement_values, converter)
            else:
                self.replace_block_arg(arg, new.args[m.input_no : m.input_no + m.size], converter)
        self.rewrites.append(rw.BlockTypeConversionRewrite(self, block, new))
        self.erase_block(block)
        return new

    def convert_region_types(
        self,
        rewriter: ConversionPatternRewriter,
        region: Region,
        converter: Any,
        entry_conversion: Any = None,
    ) -> Block | None | bool:
        """Convert the argument types of every block of `region` (non-entry blocks
        first); False on failure, None for an empty region, else the new entry block."""
        self.region_to_converter[region] = converter
        if not region.blocks:
            return None
        for block in list(region.blocks[1:]):
            conversion = converter.convert_block_signature(block)
            if conversion is None:
                return False
            self.apply_signature_conversion(rewriter, block, converter, conversion)
        if entry_conversion is None:
            entry_conversion = converter.convert_block_signature(region.blocks[0])
            if entry_conversion is None:
                return False
        return self.apply_signature_conversion(
            rewriter, region.blocks[0], converter, entry_conversion
        )


def _is_pure_type_conversion(values: tuple) -> bool:
    op = values[0].owner_op
    if op is None:
        return False
    for v in values[1:]:
        if v.owner_op is not op:
            return False
    return PURE_TYPE_CONVERSION in op.attributes


class ConversionPatternRewriter(PatternRewriter):
    """The rewriter of conversion patterns: changes are logged for rollback and
    replacements go through the value mapping (see the module docstring)."""

    def __init__(self, ctx: Any, config: ConversionConfig | None = None) -> None:
        super().__init__(ctx, None)
        self.impl = ConversionRewriterImpl(ctx, config or ConversionConfig())

    # ----------------------------------------------------------------- creation

    def insert(self, op: Operation) -> Operation:
        """Insert a new (detached) op at the insertion point."""
        if self.block is None:
            raise ValueError("builder has no insertion point")
        self.block.insert_before(self.before, op)
        impl = self.impl
        impl.rewrites.append(rw.CreateOperationRewrite(impl, op))
        impl.pattern_new_ops[op] = None
        return op

    def create_block(
        self, region: Region, arg_types: Any = (), arg_locs: Any = None, index: int | None = None
    ) -> Block:
        """A new block in `region` (at `index`, default the end); the insertion point
        moves to its end."""
        block = Block(arg_types, arg_locs)
        if index is None:
            region.add_block(block)
        else:
            region.insert_block(index, block)
        impl = self.impl
        impl.pattern_inserted_blocks[block] = None
        impl.rewrites.append(rw.CreateBlockRewrite(impl, block))
        self.set_insertion_point_to_end(block)
        return block

    # ----------------------------------------------------------------- replacement

    def _step_over(self, op: Operation) -> None:
        # An insertion point right before a replaced op moves after it.
        if self.before is op:
            self.before = op.next

    def replace_op(self, op: Operation, values: Any) -> None:
        """Replace `op`'s results by `values` (one value, or None for none, per result)."""
        self._step_over(op)
        self.impl.replace_op(op, [[v] if v is not None else [] for v in values])

    def replace_op_with_new(
        self,
        op: Operation,
        cls: Any,
        operands: Any = (),
        result_types: Any = (),
        attributes: Any = None,
        properties: Any = None,
        regions: Any = None,
        successors: Any = (),
        location: Any = None,
    ) -> Any:
        """Create an op at the insertion point (at `op`'s location unless given) and
        replace `op` by its results (upstream's replaceOpWithNewOp)."""
        new = self.create(
            cls,
            operands,
            result_types,
            attributes,
            properties,
            regions,
            successors,
            location if location is not None else op.location,
        )
        self.replace_op(op, new.results)
        return new

    def replace_op_with_multiple(self, op: Operation, values: list[list[Value]]) -> None:
        """Replace each result of `op` by a list of values (1:N)."""
        self._step_over(op)
        self.impl.replace_op(op, [list(v) for v in values])

    def erase_op(self, op: Operation) -> None:
        """Erase `op` (its results must be unused once the conversion is done)."""
        self._step_over(op)
        self.impl.replace_op(op, [[] for _ in op.results])

    def erase_block(self, block: Block) -> None:
        """Erase `block` and its ops."""
        self.impl.erase_block(block)

    def replace_uses_of_block_argument(self, arg: Value, to: Any) -> None:
        """Replace a block argument by a value (or a list of values)."""
        values = list(to) if isinstance(to, (list, tuple)) else [to]
        self.impl.replace_block_arg(arg, values, self.impl.current_type_converter)

    def replace_all_uses_with(self, old: Value, new: Value) -> None:
        """Replace every use of `old` now, recording each user's modification."""
        for use in reversed(list(old.uses)):
            user = use.owner
            self.start_op_modification(user)
            use.set(new)
            self.finalize_op_modification(user)

    def replace_uses_with_if(self, old: Value, new: Value, pred: Any) -> None:
        """Replace the uses of `old` for which `pred(use)` holds, recording each user."""
        for use in reversed(list(old.uses)):
            if pred(use):
                user = use.owner
                self.start_op_modification(user)
                use.set(new)
                self.finalize_op_modification(user)

    # ----------------------------------------------------------------- in-place changes

    def start_op_modification(self, op: Operation) -> None:
        """Record `op`'s state before an in-place change."""
        self.impl.rewrites.append(rw.ModifyOperationRewrite(self.impl, op))

    def finalize_op_modification(self, op: Operation) -> None:
        """Finish an in-place change of `op` (it will be legalized again)."""
        self.impl.pattern_modified_ops[op] = None

    def cancel_op_modification(self, op: Operation) -> None:
        """Undo the latest in-place change of `op`."""
        rewrites = self.impl.rewrites
        for i in range(len(rewrites) - 1, -1, -1):
            r = rewrites[i]
            if isinstance(r, rw.ModifyOperationRewrite) and r.op is op:
                r.rollback()
                del rewrites[i]
                return

    def modify_op_in_place(self, op: Operation, fn: Any = None) -> None:
        """Apply `fn()` (changes to `op`) as an in-place modification."""
        self.start_op_modification(op)
        if fn is not None:
            fn()
        self.finalize_op_modification(op)

    # ----------------------------------------------------------------- moves

    def _record_move(self, op: Operation) -> None:
        assert op.parent is not None
        self.impl.rewrites.append(rw.MoveOperationRewrite(self.impl, op, op.parent, op.next))

    def move_op_before(self, op: Operation, anchor: Operation) -> None:
        """Move `op` before `anchor`."""
        self._record_move(op)
        op.move_before(anchor)

    def move_op_to(self, op: Operation, block: Block, before: Operation | None) -> None:
        """Move `op` into `block` before `before` (the end when None)."""
        self._record_move(op)
        op.detach()
        block.insert_before(before, op)

    def move_block_before(self, block: Block, region: Region, index: int) -> None:
        """Move `block` to position `index` of `region`."""
        old_region = block.parent
        assert old_region is not None
        before = rw._block_after(block)
        old_region.blocks.remove(block)
        region.insert_block(index, block)
        impl = self.impl
        impl.pattern_inserted_blocks[block] = None
        impl.rewrites.append(rw.MoveBlockRewrite(impl, block, old_region, before))

    def split_block(self, block: Block, before: Operation | None) -> Block:
        """Move `before` and the ops after it into a new block after `block`."""
        saved = self.save()
        region = block.parent
        assert region is not None
        new = self.create_block(region, (), None, region.blocks.index(block) + 1)
        self.restore(saved)
        if before is None:
            return new
        # Upstream moves the ops one by one from the end.
        while True:
            op = block.last
            assert op is not None
            self.move_op_to(op, new, new.first)
            if op is before:
                break
        return new

    def inline_block_before(
        self,
        source: Block,
        anchor: Operation | None,
        dest: Block | None = None,
        args: list[Value] | None = None,
    ) -> None:
        """Move the ops of `source` before `anchor` (or to the end of `dest`); its
        arguments are replaced by `args`; `source` is erased."""
        target = anchor.parent if anchor is not None else dest
        assert target is not None
        first, last = source.first, source.last
        self.impl.rewrites.append(rw.InlineBlockRewrite(self.impl, source, first, last))
        for a, v in zip(source.args, args or ()):
            self.replace_uses_of_block_argument(a, v)
        op = first
        while op is not None:
            nxt = op.next
            source._unlink(op)
            target.insert_before(anchor, op)
            op = nxt
        if self.block is source:
            self.block = target
        self.erase_block(source)

    def merge_blocks(self, source: Block, dest: Block, args: list[Value] | None = None) -> None:
        """Append the ops of `source` to `dest` (source's args replaced by `args`)."""
        self.inline_block_before(source, None, dest, args)

    def inline_region_before(self, region: Region, dest_region: Region, index: int) -> None:
        """Move the blocks of `region` into `dest_region` at `index`."""
        for i, block in enumerate(list(region.blocks)):
            self.move_block_before(block, dest_region, index + i)

    # ----------------------------------------------------------------- type conversion

    def apply_signature_conversion(
        self, block: Block, conversion: Any, converter: Any = None
    ) -> Block:
        """Convert `block`'s argument types as `conversion` says; the new block."""
        return self.impl.apply_signature_conversion(self, block, converter, conversion)

    def convert_region_types(
        self, region: Region, converter: Any, entry_conversion: Any = None
    ) -> Block | None | bool:
        """Convert the argument types of every block of `region` (False on failure)."""
        return self.impl.convert_region_types(self, region, converter, entry_conversion)

    def get_remapped_value(self, value: Value) -> Value | None:
        """The converted value of `value` (None when its type cannot be converted)."""
        r = self.impl.remap_values([value])
        if r is None:
            return None
        return r[0][0]

    def get_remapped_values(self, values: list[Value]) -> list[Value] | None:
        """The converted values of `values` (None when a type cannot be converted)."""
        r = self.impl.remap_values(list(values))
        if r is None:
            return None
        return [v[0] for v in r]

    def notify_match_failure(self, *args: Any) -> bool:
        """A pattern's way to say it does not apply (returns False)."""
        return False
