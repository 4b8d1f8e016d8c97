"""Inlining utilities: the per-dialect inliner interface and inlining a region or a call
into a block (upstream's InliningUtils).

A dialect opts in by setting `Dialect.inliner` to a DialectInlinerInterface subclass. The
InlinerInterface dispatches each question to the interface of the dialect of the op it
is about (the call's, the callable's, each inlined op's, the destination region owner's,
each terminator's); an op without one may not be inlined.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mliropt.ir.location import CallSiteLoc, Location, UnknownLoc
from mliropt.ir.operation import Block, Operation, Region, Value


class InliningError(Exception):
    """A dialect interface was asked something it must answer but does not implement."""


class DialectInlinerInterface:
    """What a dialect allows to be inlined and how it rewrites inlined terminators.
    Upstream's defaults: nothing is legal, arguments and results are kept."""

    def __init__(self, ctx: Any = None) -> None:
        self.ctx = ctx

    def is_legal_to_inline_call(
        self, call: Operation, callable_op: Operation, would_be_cloned: bool
    ) -> bool:
        """May `callable_op` be inlined into `call` (asked of the call's dialect)?"""
        return False

    def is_legal_to_inline_region(
        self, dest: Region, src: Region, would_be_cloned: bool, mapping: dict
    ) -> bool:
        """May `src` be inlined into `dest` (asked of the dialect owning `dest`)?"""
        return False

    def is_legal_to_inline_op(
        self, op: Operation, dest: Region, would_be_cloned: bool, mapping: dict
    ) -> bool:
        """May `op` be inlined into `dest` (asked of `op`'s dialect)?"""
        return False

    def should_analyze_recursively(self, op: Operation) -> bool:
        """Whether the legality of the ops nested in `op` is checked too."""
        return True

    def handle_terminator_block(self, op: Operation, new_dest: Block) -> None:
        """Rewrite an inlined terminator of a multi-block body to branch to `new_dest`."""
        raise InliningError(f"'{op.name}': must implement handle_terminator for inlined blocks")

    def handle_terminator_values(self, op: Operation, values: list[Value]) -> None:
        """Replace the uses of `values` (the call's results) with what `op` returns."""
        raise InliningError(f"'{op.name}': must implement handle_terminator for inlined values")

    def allow_single_block_optimization(self, blocks: list[Block]) -> bool:
        """Whether a single inlined block may be merged into the caller's block."""
        return True

    def handle_argument(
        self, builder: Any, call: Operation, callable_op: Operation, argument: Value, attrs: Any
    ) -> Value:
        """The value to use for a callee argument with the given attributes."""
        return argument

    def handle_result(
        self, builder: Any, call: Operation, callable_op: Operation, result: Value, attrs: Any
    ) -> Value:
        """The value to use for a call result with the given attributes."""
        return result

    def process_inlined_call_blocks(self, call: Operation, blocks: list[Block]) -> None:
        """Post-process the blocks inlined for `call` (asked of the call's dialect)."""

    def materialize_call_conversion(
        self, builder: Any, value: Value, type: Any, loc: Location
    ) -> Operation | None:
        """A one-operand, one-result cast of `value` to `type`, or None."""
        return None


class AlwaysLegalInliner(DialectInlinerInterface):
    """For dialects all of whose ops may be inlined anywhere (arith, math, index, cf):
    upstream's interfaces that answer true to every legality question."""

    def is_legal_to_inline_call(
        self, call: Operation, callable_op: Operation, would_be_cloned: bool
    ) -> bool:
        return True

    def is_legal_to_inline_region(
        self, dest: Region, src: Region, would_be_cloned: bool, mapping: dict
    ) -> bool:
        return True

    def is_legal_to_inline_op(
        self, op: Operation, dest: Region, would_be_cloned: bool, mapping: dict
    ) -> bool:
        return True


class InlinerInterface:
    """Dispatches inlining questions to the interface of the dialect concerned; the
    inliner driver subclasses it to see the inlined blocks (`process_inlined_blocks`)."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self._interfaces: dict[str, DialectInlinerInterface | None] = {}

    def interface_for(self, op: Operation | None) -> DialectInlinerInterface | None:
        """The inliner interface of the dialect of `op` (None without one)."""
        if op is None:
            return None
        name = op.dialect_name
        if name in self._interfaces:
            return self._interfaces[name]
        dialect = self.ctx.get_dialect(name) if self.ctx is not None else None
        cls = getattr(dialect, "inliner", None)
        iface = cls(self.ctx) if cls is not None else None
        self._interfaces[name] = iface
        return iface

    def is_legal_to_inline_call(
        self, call: Operation, callable_op: Operation, cloned: bool
    ) -> bool:
        """Asked of the call's dialect."""
        h = self.interface_for(call)
        return h is not None and h.is_legal_to_inline_call(call, callable_op, cloned)

    def is_legal_to_inline_region(
        self, dest: Region, src: Region, cloned: bool, mapping: dict
    ) -> bool:
        """Asked of the dialect of the op owning `dest`."""
        h = self.interface_for(dest.parent)
        return h is not None and h.is_legal_to_inline_region(dest, src, cloned, mapping)

    def is_legal_to_inline_op(
        self, op: Operation, dest: Region, cloned: bool, mapping: dict
    ) -> bool:
        """Asked of `op`'s dialect."""
        h = self.interface_for(op)
        return h is not None and h.is_legal_to_inline_op(op, dest, cloned, mapping)

    def should_analyze_recursively(self, op: Operation) -> bool:
        """Asked of `op`'s dialect (true without an interface)."""
        h = self.interface_for(op)
        return h.should_analyze_recursively(op) if h is not None else True

    def handle_terminator_block(self, op: Operation, new_dest: Block) -> None:
        """Asked of the terminator's dialect."""
        self._required(op).handle_terminator_block(op, new_dest)

    def handle_terminator_values(self, op: Operation, values: list[Value]) -> None:
        """Asked of the terminator's dialect."""
        self._required(op).handle_terminator_values(op, values)

    def allow_single_block_optimization(self, blocks: list[Block]) -> bool:
        """Asked of the dialect of the op owning the inlined blocks."""
        if not blocks:
            return True
        return self._required(blocks[0].parent_op).allow_single_block_optimization(blocks)

    def handle_argument(
        self, builder: Any, call: Operation, callable_op: Operation, arg: Value, attrs: Any
    ) -> Value:
        """Asked of the callable's dialect."""
        return self._required(callable_op).handle_argument(builder, call, callable_op, arg, attrs)

    def handle_result(
        self, builder: Any, call: Operation, callable_op: Operation, res: Value, attrs: Any
    ) -> Value:
        """Asked of the callable's dialect."""
        return self._required(callable_op).handle_result(builder, call, callable_op, res, attrs)

    def process_inlined_call_blocks(self, call: Operation, blocks: list[Block]) -> None:
        """Asked of the call's dialect."""
        self._required(call).process_inlined_call_blocks(call, blocks)

    def process_inlined_blocks(self, blocks: list[Block]) -> None:
        """The blocks just inlined (before their terminators are rewritten)."""

    def _required(self, op: Operation | None) -> DialectInlinerInterface:
        h = self.interface_for(op)
        if h is None:
            raise InliningError(f"no inliner interface for '{op.name if op else '?'}'")
        return h


# ----------------------------------------------------------------- locations


def stack_locations(callee: Location, caller: Location) -> Location:
    """`callsite(callee at caller)`, appending `caller` to the end of an existing call
    stack (upstream's stackLocations)."""
    stack = []
    last = callee
    while isinstance(last, CallSiteLoc):
        stack.append(last)
        last = last.caller
    loc = CallSiteLoc(last, caller)
    for site in reversed(stack):
        loc = CallSiteLoc(site.callee, loc)
    return loc


def remap_inlined_locations(blocks: list[Block], caller: Location) -> None:
    """Give every inlined op and block argument the location `callsite(loc at caller)`."""
    cache: dict[Location, Location] = {}

    def remap(loc: Any) -> Any:
        new = cache.get(loc)
        if new is None:
            new = cache[loc] = stack_locations(loc, caller)
        return new

    def visit_block(block: Block) -> None:
        for arg in block.args:
            if arg.location is not None:
                arg.location = remap(arg.location)
        for op in block.ops:
            op.location = remap(op.location)
            for region in op.regions:
                for b in region.blocks:
                    visit_block(b)

    for block in blocks:
        visit_block(block)


# ----------------------------------------------------------------- inlining


def _legal_ops(
    iface: InlinerInterface, src: Region, dest: Region, cloned: bool, mapping: dict
) -> bool:
    for block in src.blocks:
        for op in block.ops:
            if not iface.is_legal_to_inline_op(op, dest, cloned, mapping):
                return False
            if iface.should_analyze_recursively(op) and any(
                not _legal_ops(iface, r, dest, cloned, mapping) for r in op.regions
            ):
                return False
    return True


def _remap_operands(blocks: list[Block], mapping: dict) -> None:
    for block in blocks:
        for top in block.ops:
            for op in top.walk():
                for u in op.op_operands:
                    new = mapping.get(u.value)
                    if new is not None:
                        u.set(new)


def _attr_dicts(array: Any, n: int) -> list[Any]:
    from mliropt.ir.attributes import DictionaryAttr

    if array is None:
        return [DictionaryAttr(())] * n
    return list(array)


def _handle_arguments(
    iface: InlinerInterface, builder: Any, call: Operation, callable_op: Operation, mapping: dict
) -> None:
    from mliropt.ir.interfaces import callable_attrs

    region = callable_op.callable_region()  # type: ignore[attr-defined]
    args = region.blocks[0].args
    for arg, attrs in zip(args, _attr_dicts(callable_attrs(callable_op, False), len(args))):
        mapping[arg] = iface.handle_argument(builder, call, callable_op, mapping[arg], attrs)


def _handle_results(
    iface: InlinerInterface,
    builder: Any,
    call: Operation,
    callable_op: Operation,
    results: Sequence[Value],
) -> None:
    from mliropt.ir.interfaces import callable_attrs

    for res, attrs in zip(results, _attr_dicts(callable_attrs(callable_op, True), len(results))):
        users = {u.owner for u in res.uses}
        new = iface.handle_result(builder, call, callable_op, res, attrs)
        res.replace_uses_if(new, lambda use, users=users: use.owner in users)


def inline_region(
    iface: InlinerInterface,
    src: Region,
    block: Block,
    point: Operation | None,
    mapping: dict,
    results: Sequence[Value],
    result_types: list[Any],
    loc: Location | None,
    clone: bool,
    call: Operation | None = None,
) -> bool:
    """Inline `src` into `block` before `point` (None: at the end), its entry arguments
    mapped by `mapping`; the uses of `results` get the values it returns. False (and
    nothing changed) when it is not legal."""
    if not src.blocks:
        return False
    if any(a not in mapping for a in src.blocks[0].args):
        return False
    dest = block.parent
    assert dest is not None
    if not iface.is_legal_to_inline_region(dest, src, clone, mapping) or not _legal_ops(
        iface, src, dest, clone, mapping
    ):
        return False
    from mliropt.ir.builder import Builder
    from mliropt.ir.interfaces import is_callable

    builder = Builder(iface.ctx)
    if point is None:
        builder.set_insertion_point_to_end(block)
    else:
        builder.set_insertion_point(point)
    callable_op = src.parent
    if call is not None and callable_op is not None and is_callable(callable_op):
        _handle_arguments(iface, builder, call, callable_op, mapping)
    # Split the caller's block after the call; the body goes in between.
    if point is not None:
        post = block.split_before(point)
    else:
        post = Block()
        dest.insert_block(dest.blocks.index(block) + 1, post)
    index = dest.blocks.index(post)
    if clone:
        src.clone_into(dest, mapping, index)
        count = len(src.blocks)
    else:
        moved = list(src.blocks)
        src.blocks = []
        for i, b in enumerate(moved):
            dest.insert_block(index + i, b)
        count = len(moved)
    new_blocks = dest.blocks[index : index + count]
    first = new_blocks[0]
    if loc is not None and not isinstance(loc, UnknownLoc):
        remap_inlined_locations(new_blocks, loc)
    if not clone:
        _remap_operands(new_blocks, mapping)
    if call is not None:
        iface.process_inlined_call_blocks(call, new_blocks)
    iface.process_inlined_blocks(new_blocks)
    if iface.allow_single_block_optimization(new_blocks) and len(new_blocks) == 1:
        term = first.last
        assert term is not None
        builder.set_insertion_point(term)
        if call is not None and callable_op is not None and is_callable(callable_op):
            _handle_results(iface, builder, call, callable_op, term.operands)
        iface.handle_terminator_values(term, list(results))
        term.erase()
        for op in list(post.ops):
            op.detach()
            first.append(op)
        dest.blocks.remove(post)
        post.parent = None
    else:
        for res, t in zip(results, result_types):
            res.replace_all_uses_with(post.add_argument(t, _value_loc(res)))
        builder.set_insertion_point_to_start(post)
        if call is not None and callable_op is not None and is_callable(callable_op):
            _handle_results(iface, builder, call, callable_op, post.args)
        for b in new_blocks:
            iface.handle_terminator_block(b.last, post)  # type: ignore[arg-type]
    # The entry block's ops join the caller's block.
    for op in list(first.ops):
        op.detach()
        block.append(op)
    dest.blocks.remove(first)
    first.parent = None
    return True


def _value_loc(value: Value) -> Any:
    owner = getattr(value, "owner", None)
    if isinstance(owner, Operation):
        return owner.location
    return getattr(value, "location", None)


def inline_call(
    iface: InlinerInterface, call: Operation, callable_op: Operation, src: Region, clone: bool
) -> bool:
    """Inline the body `src` of `callable_op` at `call` (upstream's inlineCall); the call
    itself is left for the caller to erase. Casts are materialized (by the call's
    dialect) where the call's and the callable's types differ. False, with nothing
    changed, when the call cannot be inlined."""
    from mliropt.ir.builder import Builder
    from mliropt.ir.interfaces import call_arg_operands

    if not src.blocks:
        return False
    entry = src.blocks[0]
    result_types = list(callable_op.callable_results())  # type: ignore[attr-defined]
    operands = call_arg_operands(call)
    results = list(call.results)
    if len(operands) != len(entry.args) or len(results) != len(result_types):
        return False
    casts: list[Operation] = []

    def cleanup() -> bool:
        for c in casts:
            c.results[0].replace_all_uses_with(c.operand(0))
            c.erase()
        return False

    cast_builder = Builder(iface.ctx)
    cast_builder.set_insertion_point(call)
    call_iface = iface.interface_for(call)
    mapping: dict = {}
    for arg, operand in zip(entry.args, operands):
        if operand.type is not arg.type:
            converted = _convert(call_iface, casts, cast_builder, operand, arg.type, call.location)
            if converted is None:
                return cleanup()
            operand = converted
        mapping[arg] = operand
    cast_builder.set_insertion_point_after(call)
    for res, t in zip(results, result_types):
        if res.type is t:
            continue
        # A cast back to the call's type, so that the IR stays valid once the call's
        # results are replaced by values of the callee's type.
        converted = _convert(call_iface, casts, cast_builder, res, res.type, call.location)
        if converted is None:
            return cleanup()
        res.replace_all_uses_with(converted)
        converted.owner.set_operand(0, res)  # type: ignore[attr-defined]
    if not iface.is_legal_to_inline_call(call, callable_op, clone):
        return cleanup()
    if not inline_region(
        iface,
        src,
        call.parent,  # type: ignore[arg-type]
        call.next,
        mapping,
        results,
        result_types,  # type: ignore[arg-type]
        call.location,
        clone,
        call,
    ):
        return cleanup()
    return True


def _convert(
    iface: Any, casts: list, builder: Any, value: Value, type: Any, loc: Any
) -> Value | None:
    if iface is None:
        return None
    cast = iface.materialize_call_conversion(builder, value, type, loc)
    if cast is None:
        return None
    casts.append(cast)
    return cast.results[0]
