"""`remove-dead-values`: erase what the liveness analysis finds dead (upstream's
RemoveDeadValues).

The analysis phase walks the IR once (post-order) and collects what to clean:
non-live arguments and results of private functions (and the matching call operands,
results and return operands), non-live block arguments with their successor operands,
operands of region-branch ops and their terminators that only feed dead successor
inputs (replaced by `ub.poison`), and dead ops (a dead branch becomes
`ub.unreachable`). The cleanup then applies it all, and with `canonicalize` the
region-branch ops are canonicalized to drop what the poison made unused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.analysis.dataflow.liveness import RunLivenessAnalysis
from mliropt.ir import interfaces as I
from mliropt.ir.effects import is_memory_effect_free
from mliropt.ir.operation import Block, BlockArgument, Operation, Value
from mliropt.ir.symbol_table import region_symbol_uses, symbol_name, visibility
from mliropt.ir.traits import IsTerminator, ReturnLike
from mliropt.passes.pass_base import Pass, option


@dataclass
class RemoveDeadValuesPass(Pass):
    """Remove dead values

    Removes the values the liveness analysis finds dead: arguments and results of
    private functions nobody needs, dead block arguments, ops whose results are dead
    and that have no side effects, and values only forwarded to dead region successors
    (replaced by `ub.poison`, then, with `canonicalize`, removed by canonicalizing the
    region-branch ops).
    """

    argument: ClassVar[str] = "remove-dead-values"
    display_name: ClassVar[str] = "RemoveDeadValues"

    canonicalize: bool = option(True, "Canonicalize region branch ops")

    def run(self, op: Operation) -> None:
        """Analyse `op`, clean up, then canonicalize its region-branch ops."""
        la = RunLivenessAnalysis(op)
        cleanup = _Cleanup(self.ctx)
        collector = _Collector(la, cleanup, op)
        for nested in list(op.walk()):
            collector.process(nested)
        cleanup.run()
        for nested in op.walk(post_order=False):
            if any(isinstance(u.value, _Dropped) for u in nested.op_operands):
                # Upstream leaves a null operand here, which its verifier then reports.
                raise self.emit_op_error(nested, "null operand found")
        if not self.canonicalize:
            return
        from mliropt.rewrite.greedy import apply_op_patterns_greedily
        from mliropt.transforms.canonicalize import collect_canonicalization_patterns

        branches = [o for o in op.walk(post_order=False) if I.is_region_branch(o)]
        if branches and not apply_op_patterns_greedily(
            branches, collect_canonicalization_patterns(self.ctx), self.ctx
        ):
            raise self.emit_error(op.location, "greedy pattern rewrite failed to converge")


# ----------------------------------------------------------------- analysis phase


class _Cleanup:
    """What to remove, applied in upstream's order by `run`."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.operations: list[Operation] = []
        self.functions: list[tuple[Operation, list[bool], list[bool]]] = []
        # (op, dead operand flags, callee or None, replace with poison)
        self.operands: list[tuple[Operation, list[bool], Any, bool]] = []
        self.results: list[tuple[Operation, list[bool]]] = []
        self.blocks: list[tuple[Block, list[bool]]] = []
        self.successor_operands: list[tuple[Operation, int, list[bool]]] = []
        self.poisons: list[Operation] = []

    def run(self) -> None:
        """Apply the cleanup (upstream's cleanUpDeadVals)."""
        for block, dead in self.blocks:
            if len(block.args) != len(dead):
                continue  # already cleaned through another edge
            for i in range(len(dead) - 1, -1, -1):
                if dead[i]:
                    _drop_uses(block.args[i])
                    block.erase_argument(i)
        for branch, index, dead in self.successor_operands:
            operands = branch.successor_operands(index)  # type: ignore[attr-defined]
            if len(operands) != len(dead):
                continue
            for k in range(len(dead) - 1, -1, -1):
                if dead[k]:
                    branch.erase_successor_operand(index, k)  # type: ignore[attr-defined]
        erased_args: dict[Operation, list[bool]] = {}
        for func, dead_args, dead_rets in self.functions:
            region = func.callable_region()  # type: ignore[attr-defined]
            for i, is_dead in enumerate(dead_args):
                if is_dead:
                    _drop_uses(region.blocks[0].args[i])
            _erase_function_arguments(func, dead_args)
            if any(dead_args):
                erased_args[func] = dead_args
            _erase_function_results(func, dead_rets)
        for op, dead, callee, poison in self.operands:
            handled = False
            if callee is not None and I.is_call(op) and callee in erased_args:
                args = I.operand_range(op, I.call_arg_operands(op))
                for k in range(len(erased_args[callee]) - 1, -1, -1):
                    if erased_args[callee][k] and k < len(args):
                        op.erase_operand(args[k].index)
                handled = True
            if handled or not any(dead):
                continue
            if poison:
                for i, d in enumerate(dead):
                    if d:
                        op.set_operand(i, self._poison(op, op.operand(i)))
            else:
                keep = [v for v, d in zip(op.operands, dead) if not d]
                _set_operands_keeping_segments(op, keep, dead)
        for op, dead in self.results:
            for i, d in enumerate(dead):
                if d:
                    _drop_uses(op.results[i])
            _erase_results(op, dead)
        from mliropt.dialects.ub import UnreachableOp

        for op in self.operations:
            if op.parent is None:
                continue
            if IsTerminator in op.traits:
                op.parent.insert_before(op, UnreachableOp.build(location=op.location))
            for r in op.results:
                _drop_uses(r)
            _erase(op)
        for p in self.poisons:
            if p.parent is not None and not p.results[0].uses:
                p.erase()

    def _poison(self, user: Operation, value: Value) -> Value:
        """A new `ub.poison` of the value's type, before `user`."""
        if isinstance(value, _Dropped):
            return value
        from mliropt.dialects.ub import PoisonOp

        op = PoisonOp.build([], [value.type], location=_value_loc(value))
        user.parent.insert_before(user, op)  # type: ignore[union-attr]
        self.poisons.append(op)
        return op.results[0]


class _Collector:
    """Walks the IR and fills the cleanup lists (upstream's process* functions)."""

    def __init__(self, la: RunLivenessAnalysis, cleanup: _Cleanup, top: Operation) -> None:
        self.la = la
        self.cleanup = cleanup
        self.top = top
        self.dead: set[Value] = set()

    def has_live(self, values: Any) -> bool:
        """One of the values is (or may be) live."""
        for v in values:
            if v in self.dead:
                continue
            state = self.la.liveness(v)
            if state is None or state.live:
                return True
        return False

    def lives(self, values: Any) -> list[bool]:
        """Whether each value is (or may be) live."""
        out = []
        for v in values:
            if v in self.dead:
                out.append(False)
                continue
            state = self.la.liveness(v)
            out.append(state is None or state.live)
        return out

    def mark_dead(self, values: Any, flags: list[bool]) -> None:
        """Remember the flagged values as dead."""
        for v, f in zip(values, flags):
            if f:
                self.dead.add(v)

    def process(self, op: Operation) -> None:
        """Collect what to clean around `op`."""
        if _is_function(op):
            self._process_function(op)
        elif I.is_region_branch(op):
            self._process_region_branch(op)
        elif I.is_branch(op):
            self._process_branch(op)
        elif IsTerminator in op.traits and op.registered:
            pass  # handled with its parent
        elif I.is_call(op):
            pass  # handled with its callee
        else:
            self._process_simple(op)

    def _process_simple(self, op: Operation) -> None:
        cl = self.cleanup
        # An op with a dead operand is dead: a live user would have made it live.
        if not all(self.lives(op.operands)):
            cl.operations.append(op)
            self.mark_dead(op.results, [True] * len(op.results))
            return
        if not is_memory_effect_free(op) or self.has_live(op.results):
            return
        cl.operations.append(op)
        self.mark_dead(op.results, [True] * len(op.results))

    def _process_function(self, func: Operation) -> None:
        cl = self.cleanup
        region = func.callable_region()  # type: ignore[attr-defined]
        if visibility(func) == "public" or region is None:
            return
        args = list(region.blocks[0].args)
        dead_args = [not live for live in self.lives(args)]
        self.mark_dead(args, dead_args)
        calls = self._call_users(func)
        for call in calls:
            cl.operands.append((call, [False] * len(call.op_operands), func, False))
        n = len(func.callable_results())  # type: ignore[attr-defined]
        dead_rets = [True] * n
        for call in calls:
            dead_rets = [d and not live for d, live in zip(dead_rets, self.lives(call.results))]
        for block in region.blocks:
            term = block.last
            if term is None or ReturnLike not in term.traits:
                continue
            if len(term.op_operands) == n:
                cl.operands.append((term, list(dead_rets), None, False))
        cl.functions.append((func, dead_args, dead_rets))
        if n == 0:
            return
        for call in calls:
            cl.results.append((call, list(dead_rets)))
            self.mark_dead(call.results, dead_rets)

    def _call_users(self, func: Operation) -> list[Operation]:
        """The ops referencing the function's symbol in the analysed op."""
        name = symbol_name(func)
        uses = region_symbol_uses(self.top.regions) or []
        return [u.user for u in uses if u.ref.root == name and not u.ref.nested]

    def _process_region_branch(self, op: Operation) -> None:
        cl = self.cleanup
        if is_memory_effect_free(op) and not self.has_live(op.results):
            cl.operations.append(op)
            return
        dead_per_op: dict[Operation, list[bool]] = {}
        for use, inputs in I.region_successor_operand_inputs(op).items():
            if not self.has_live([use.value]) or not self.has_live(inputs):
                owner = use.owner
                flags = dead_per_op.setdefault(owner, [False] * len(owner.op_operands))
                flags[use.index] = True
        for owner, flags in dead_per_op.items():
            cl.operands.append((owner, flags, None, True))

    def _process_branch(self, op: Operation) -> None:
        cl = self.cleanup
        dead = [not live for live in self.lives(op.operands)]
        for index in range(len(op.successors)):
            for use in I.operand_range(op, op.successor_operands(index)):  # type: ignore[attr-defined]
                dead[use.index] = False
        if any(dead):
            cl.operations.append(op)
            return
        for index, succ in enumerate(op.successor_blocks):
            operands = op.successor_operands(index)  # type: ignore[attr-defined]
            non_live = [not live for live in self.lives(operands)]
            self.mark_dead(succ.args, non_live)
            cl.blocks.append((succ, non_live))
            cl.successor_operands.append((op, index, non_live))


def _is_function(op: Operation) -> bool:
    """A FunctionOpInterface op (a callable symbol with a function type)."""
    return I.is_callable(op) and hasattr(op, "function_type") and symbol_name(op) is not None


# ----------------------------------------------------------------- IR surgery


class _Dropped(BlockArgument):
    """What a use points at once its value's uses were dropped (upstream's null value);
    its users are erased by the cleanup."""

    __slots__ = ()


def _drop_uses(value: Value) -> None:
    if value.uses:
        value.replace_all_uses_with(_Dropped(value.type, Block(), 0, None))


def _erase(op: Operation) -> None:
    """Erase an op whose results were dropped, with whatever it holds."""
    for nested in op.walk():
        for r in nested.results:
            _drop_uses(r)
    op.erase()


def _value_loc(value: Value) -> Any:
    owner = getattr(value, "owner", None)
    if isinstance(owner, Operation):
        return owner.location
    return getattr(value, "location", None)


def _erase_function_arguments(func: Operation, dead: list[bool]) -> None:
    """Drop arguments (entry block, signature and argument attributes)."""
    if not any(dead):
        return
    from mliropt.ir import attributes as A
    from mliropt.ir import types as T

    entry = func.regions[0].blocks[0]
    for i in range(len(dead) - 1, -1, -1):
        if dead[i]:
            entry.erase_argument(i)
    ftype = func.type  # type: ignore[attr-defined]
    inputs = [t for t, d in zip(ftype.inputs, dead) if not d]
    func.properties["function_type"] = A.TypeAttr(T.FunctionType(tuple(inputs), ftype.results))
    attrs: Any = func.properties.get("arg_attrs")
    if attrs is not None:
        kept = [a for a, d in zip(attrs, dead) if not d]
        _set_attr_dicts(func, "arg_attrs", kept)


def _erase_function_results(func: Operation, dead: list[bool]) -> None:
    """Drop results from the signature (and result attributes)."""
    if not any(dead):
        return
    from mliropt.ir import attributes as A
    from mliropt.ir import types as T

    ftype = func.type  # type: ignore[attr-defined]
    results = [t for t, d in zip(ftype.results, dead) if not d]
    func.properties["function_type"] = A.TypeAttr(T.FunctionType(ftype.inputs, tuple(results)))
    attrs: Any = func.properties.get("res_attrs")
    if attrs is not None:
        kept = [a for a, d in zip(attrs, dead) if not d]
        _set_attr_dicts(func, "res_attrs", kept)


def _set_attr_dicts(func: Operation, name: str, dicts: list) -> None:
    from mliropt.ir import attributes as A

    # Upstream drops the attribute when every dictionary left is empty.
    if all(not d.entries for d in dicts):
        func.properties.pop(name, None)
    else:
        func.properties[name] = A.ArrayAttr(tuple(dicts))


def _set_operands_keeping_segments(op: Operation, keep: list[Value], dead: list[bool]) -> None:
    """Erase operands, shrinking `operandSegmentSizes` to match."""
    from mliropt.ir import attributes as A

    sizes = op.properties.get("operandSegmentSizes")
    if sizes is not None:
        values = list(sizes.values)  # type: ignore[attr-defined]
        start = 0
        for g, n in enumerate(list(values)):
            values[g] = n - sum(1 for d in dead[start : start + n] if d)
            start += n
        op.properties["operandSegmentSizes"] = A.DenseArrayAttr(sizes.element_type, tuple(values))  # type: ignore[attr-defined]
    op.set_operands(keep)


def _erase_results(op: Operation, dead: list[bool]) -> None:
    """Replace `op` by a copy without the dead results (regions moved over), as
    upstream's RewriterBase::eraseOpResults."""
    if not any(dead):
        return
    types = [r.type for r, d in zip(op.results, dead) if not d]
    new = type(op).create(
        op.operands,
        types,
        dict(op.attributes),
        dict(op.properties),
        None,
        op.successor_blocks,
        op.location,
        num_regions=len(op.regions),
    )
    for old_region, new_region in zip(op.regions, new.regions):
        new_region.take_body(old_region)
    op.parent.insert_after(op, new)  # type: ignore[union-attr]
    kept = iter(new.results)
    for r, d in zip(op.results, dead):
        if d:
            _drop_uses(r)
        else:
            r.replace_all_uses_with(next(kept))
    _erase(op)
