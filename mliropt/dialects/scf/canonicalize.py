"""Canonicalization patterns of the scf ops (upstream MLIR 22's names and rewrites).

- scf.if: CombineIfs, CombineNestedIfs, ConditionPropagation, ConvertTrivialIfToSelect,
  RemoveEmptyElseBranch, RemoveStaticCondition, RemoveUnusedResults,
  ReplaceIfYieldWithConditionOrValue.
- scf.for: ForOpIterArgsFolder, SimplifyTrivialLoops.
- scf.execute_region: SingleBlockExecuteInliner, MultiBlockExecuteInliner, and the
  forwarding of results that are unused or yielded from above.
- scf.index_switch: FoldConstantCase.
- scf.parallel: the zero-trip part of ParallelOpSingleOrZeroIterationDimsFolder,
  MergeNestedParallelLoops.
- scf.while: RemoveLoopInvariantArgsFromBeforeBlock, RemoveLoopInvariantValueYielded,
  WhileConditionTruth, WhileUnusedResult, WhileRemoveUnusedArgs.

Each op class lists its patterns in `canonicalization_patterns`.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.scf.if_switch import IfOp, IndexSwitchOp
from mliropt.dialects.scf.loops import ForOp, WhileOp
from mliropt.dialects.scf.ops import ExecuteRegionOp, YieldOp
from mliropt.dialects.scf.parallel import ParallelOp
from mliropt.dialects.scf.util import constant_attr, constant_trip_count
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.opdef import Op
from mliropt.ir.operation import Block, Operation, OpResult, Region, Value
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern


def replace_op_with_region(
    rewriter: PatternRewriter, op: Operation, region: Region, args: list[Value] | None = None
) -> None:
    """Inline the single block of `region` before `op`; its terminator's operands replace
    `op`'s results (upstream's replaceOpWithRegion)."""
    block = region.blocks[0]
    term = block.last
    assert term is not None
    results = term.operands
    rewriter.inline_block_before(block, op, None, args)
    rewriter.replace_op(op, results)
    rewriter.erase_op(term)


def _arith(name: str) -> Any:
    from mliropt.dialects import arith

    ops: dict[str, type[Op]] = {
        "select": arith.SelectOp, "xori": arith.XOrIOp, "andi": arith.AndIOp,
    }
    ops["constant"] = arith.ConstantOp
    return ops[name]


def _bool_const(value: Any) -> bool | None:
    attr = constant_attr(value)
    if isinstance(attr, A.IntegerAttr) and attr.type is T.i1:
        return bool(attr.value)
    return None


def _defined_in(value: Value, region: Region) -> bool:
    """The value is defined directly in `region` (upstream's getParentRegion() ==)."""
    block = value.parent_block
    return block is not None and block.parent is region


# ----------------------------------------------------------------- scf.if


class ConditionPropagation(RewritePattern):
    """Inside an scf.if on a non-constant condition, uses of the condition in the then
    region become `true` and in the else region `false` (one constant of each, made
    before the op)."""

    root = IfOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        cond = op.operand(0)
        if constant_attr(cond) is not None:
            return False  # a constant for a constant is no simplification
        then_region, else_region = op.regions[0], op.regions[1]
        made: dict[bool, Value] = {}
        changed = False
        # Upstream's use-list order: the newest use first.
        for use in reversed(list(cond.uses)):
            region = use.owner.parent_region
            if region is None:
                continue
            if then_region.is_ancestor_of(region):
                value = True
            elif else_region.is_ancestor_of(region):
                value = False
            else:
                continue
            if value not in made:
                rewriter.set_insertion_point(op)
                made[value] = rewriter.insert(
                    _arith("constant").build(
                        [], [T.i1], None, {"value": A.true_attr if value else A.false_attr},
                        location=op.location,
                    )
                ).results[0]
            rewriter.modify_op_in_place(use.owner, lambda u=use, v=made[value]: u.set(v))
            changed = True
        return changed


class RemoveStaticCondition(RewritePattern):
    """`scf.if true/false`: inline the region taken (or erase the op)."""

    root = IfOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        cond = _bool_const(op.operand(0))
        if cond is None:
            return False
        if cond:
            replace_op_with_region(rewriter, op, op.regions[0])
        elif op.regions[1].blocks:
            replace_op_with_region(rewriter, op, op.regions[1])
        else:
            rewriter.erase_op(op)
        return True


def _new_if(
    rewriter: PatternRewriter, op: Operation, cond: Value, types: list, keep_attrs: bool = True
) -> Operation:
    """An scf.if like `op` (attributes kept unless `keep_attrs` is false) with the given
    result types and no regions filled yet, inserted before `op`."""
    rewriter.set_insertion_point(op)
    attrs = dict(op.attributes) if keep_attrs else {}
    new = IfOp.build([cond], types, attrs, {}, [Region(), Region()], [], op.location)
    return rewriter.insert(new)


def _move_regions(op: Operation, new: Operation) -> None:
    for src, dst in zip(op.regions, new.regions):
        dst.take_body(src)


def _set_yield(rewriter: PatternRewriter, block: Block, values: list[Value]) -> None:
    """Replace the terminator of `block` by an scf.yield of `values`."""
    term = block.last
    assert term is not None
    rewriter.set_insertion_point(term)
    new = rewriter.insert(YieldOp.build(values, [], dict(term.attributes), location=term.location))
    rewriter.erase_op(term)
    del new


class RemoveUnusedResults(RewritePattern):
    """Drop the results of an scf.if that have no uses (and their yielded values)."""

    root = IfOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        used = [r for r in op.results if r.uses]
        if len(used) == len(op.results):
            return False
        new = _new_if(rewriter, op, op.operand(0), [r.type for r in used])
        _move_regions(op, new)
        keep = [r.index for r in used]
        for region in new.regions:
            if region.blocks:
                block = region.blocks[0]
                _set_yield(rewriter, block, [block.last.operand(i) for i in keep])  # type: ignore[union-attr]
        replacements: list[Any] = [None] * len(op.results)
        for r, nr in zip(used, new.results):
            replacements[r.index] = nr
        rewriter.replace_op(
            op, [v if v is not None else r for v, r in zip(replacements, op.results)]
        )
        return True


class ConvertTrivialIfToSelect(RewritePattern):
    """Yielded values defined outside the regions become `arith.select`s."""

    root = IfOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        if not op.results or not op.regions[1].blocks:
            return False
        cond = op.operand(0)
        then_r, else_r = op.regions
        then_vals = then_r.blocks[0].last.operands  # type: ignore[union-attr]
        else_vals = else_r.blocks[0].last.operands  # type: ignore[union-attr]
        kept = [
            i
            for i, (t, e) in enumerate(zip(then_vals, else_vals))
            if _defined_in(t, then_r) or _defined_in(e, else_r)
        ]
        if len(kept) == len(op.results):
            return False
        # Upstream builds the new op from its parts: the attributes are not kept.
        new = _new_if(rewriter, op, cond, [op.results[i].type for i in kept], keep_attrs=False)
        _move_regions(op, new)
        results: list[Value] = []
        rewriter.set_insertion_point(new)
        select = _arith("select")
        for i, (t, e) in enumerate(zip(then_vals, else_vals)):
            if i in kept:
                results.append(new.results[kept.index(i)])
            elif t is e:
                results.append(t)
            else:
                s = rewriter.insert(select.build([cond, t, e], [t.type], location=op.location))
                results.append(s.results[0])
        _set_yield(rewriter, new.regions[0].blocks[0], [then_vals[i] for i in kept])
        _set_yield(rewriter, new.regions[1].blocks[0], [else_vals[i] for i in kept])
        rewriter.replace_op(op, results)
        return True


class RemoveEmptyElseBranch(RewritePattern):
    """An else region holding only its terminator is dropped (no results)."""

    root = IfOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        if op.results:
            return False
        else_r = op.regions[1]
        if not else_r.blocks or else_r.blocks[-1].first is not else_r.blocks[-1].last:
            return False
        rewriter.modify_op_in_place(op, lambda: rewriter.erase_block(else_r.blocks[-1]))
        return True


class ReplaceIfYieldWithConditionOrValue(RewritePattern):
    """A result yielded equal by both branches is that value; yielded `true`/`false`
    constants are the condition or its negation."""

    root = IfOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        if not op.results:
            return False
        then_vals = op.regions[0].blocks[-1].last.operands  # type: ignore[union-attr]
        else_vals = op.regions[1].blocks[-1].last.operands  # type: ignore[union-attr]
        rewriter.set_insertion_point(op)
        changed = False
        for t, e, r in zip(then_vals, else_vals, op.results):
            if t is e:
                if r.uses:
                    rewriter.replace_all_uses_with(r, t)
                    changed = True
                continue
            tv, ev = _bool_const(t), _bool_const(e)
            if tv is None or ev is None or not r.uses:
                continue
            if not tv and ev:
                # not(cond) as upstream builds it: xori(cond, true) with a new constant.
                dialect = t.owner.dialect_name  # type: ignore[union-attr]
                const = rewriter.ctx.get_dialect(dialect).materialize_constant(
                    rewriter, A.true_attr, T.i1, op.location
                )
                xor = rewriter.insert(
                    _arith("xori").build(
                        [op.operand(0), const.results[0]], [T.i1], location=op.location
                    )
                )
                rewriter.replace_all_uses_with(r, xor.results[0])
                changed = True
            elif tv and not ev:
                rewriter.replace_all_uses_with(r, op.operand(0))
                changed = True
        return changed


class CombineIfs(RewritePattern):
    """Two adjacent scf.if ops on one condition (or on a condition and its `xori` with
    true) become one, whose results are both ops' results; uses of the first op's
    results in the second's regions take the values yielded in the matching branch."""

    root = IfOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        prev = op.prev
        if not isinstance(prev, IfOp):
            return False
        assert isinstance(op, IfOp)
        cond, prev_cond = op.operand(0), prev.operand(0)
        next_then: Block | None = None
        next_else: Block | None = None
        if cond is prev_cond:
            next_then, next_else = op.then_block(), op.else_block()
        for negated, other in ((cond, prev_cond), (prev_cond, cond)):
            owner = getattr(negated, "owner", None)
            if (
                isinstance(owner, _arith("xori")) and owner.operand(0) is other
                and _bool_const(owner.operand(1)) is True
            ):
                next_then, next_else = op.else_block(), op.then_block()
        if next_then is None and next_else is None:
            return False
        then_region = next_then.parent if next_then is not None else None
        else_region = next_else.parent if next_else is not None else None
        prev_else = prev.else_yield()
        if prev_else is not None:
            for result, then_value, else_value in zip(
                prev.results, prev.then_yield().operands, prev_else.operands
            ):
                for use in list(result.uses):
                    region = use.owner.parent_region
                    if region is None:
                        continue
                    if then_region is not None and then_region.is_ancestor_of(region):
                        value = then_value
                    elif else_region is not None and else_region.is_ancestor_of(region):
                        value = else_value
                    else:
                        continue
                    rewriter.modify_op_in_place(use.owner, lambda u=use, v=value: u.set(v))
        types = [r.type for r in prev.results] + [r.type for r in op.results]
        combined = _new_if(rewriter, op, prev_cond, types, keep_attrs=False)
        rewriter.inline_region_before(prev.regions[0], combined.regions[0], 0)
        if next_then is not None:
            _merge_into(rewriter, next_then, combined.regions[0].blocks[0])
        rewriter.inline_region_before(prev.regions[1], combined.regions[1], 0)
        if next_else is not None and else_region is not None:
            combined_else = combined.regions[1]
            if not combined_else.blocks:
                rewriter.inline_region_before(else_region, combined_else, 0)
            else:
                _merge_into(rewriter, next_else, combined_else.blocks[0])
        n = len(prev.results)
        rewriter.replace_op(prev, combined.results[:n])
        rewriter.replace_op(op, combined.results[n:])
        return True


def _merge_into(rewriter: PatternRewriter, source: Block, dest: Block) -> None:
    """Append `source`'s ops to `dest`; one scf.yield of both yields' values ends it."""
    first, second = dest.last, source.last
    assert first is not None and second is not None
    values = [*first.operands, *second.operands]
    rewriter.merge_blocks(source, dest)
    rewriter.set_insertion_point_to_end(dest)
    rewriter.insert(YieldOp.build(values, [], None, location=second.location))
    rewriter.erase_op(first)
    rewriter.erase_op(second)


class CombineNestedIfs(RewritePattern):
    """`if a { if b { .. } }` -> `if (a and b) { .. }` (else branches only yielding)."""

    root = IfOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, IfOp)
        then_block = op.then_block()
        nested = then_block.first
        if not isinstance(nested, IfOp) or nested.next is not then_block.last:
            return False
        else_block = op.else_block()
        if else_block is not None and else_block.first is not else_block.last:
            return False
        nested_else = nested.else_block()
        if nested_else is not None and nested_else.first is not nested_else.last:
            return False
        then_vals = list(op.then_yield().operands)
        else_vals = list(op.else_yield().operands) if else_block is not None else []  # type: ignore[union-attr]
        selects: list[int] = []
        for i, v in enumerate(then_vals):
            if isinstance(v, OpResult) and v.owner is nested:
                k = v.index
                if nested.else_yield().operand(k) is not else_vals[i]:  # type: ignore[union-attr]
                    return False
                then_vals[i] = nested.then_yield().operand(k)
                continue
            if _defined_in(v, op.regions[0]):
                return False
            selects.append(i)
        loc = op.location
        rewriter.set_insertion_point(op)
        cond = rewriter.insert(
            _arith("andi").build([op.operand(0), nested.operand(0)], [T.i1], location=loc)
        ).results[0]
        new = _new_if(rewriter, op, cond, [r.type for r in op.results])
        block = rewriter.create_block(new.regions[0])
        results: list[Value] = list(new.results)
        rewriter.set_insertion_point(new)
        for i in selects:
            sel = _arith("select").build(
                [op.operand(0), then_vals[i], else_vals[i]], [then_vals[i].type], location=loc
            )
            results[i] = rewriter.insert(sel).results[0]
        rewriter.merge_blocks(nested.then_block(), block)
        _set_yield(rewriter, block, then_vals)
        if else_vals:
            else_new = rewriter.create_block(new.regions[1])
            rewriter.insert(YieldOp.build(else_vals, [], location=loc))
            del else_new
        rewriter.replace_op(op, results)
        return True


# ----------------------------------------------------------------- scf.for


class SimplifyTrivialLoops(RewritePattern):
    """Loops with zero iterations are their inits; one iteration is inlined; an empty
    body yielding values from outside is replaced by them."""

    root = ForOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, ForOp)
        inits = op.init_args()
        lb, ub, step = op.operands[:3]
        if lb is ub:
            rewriter.replace_op(op, inits)
            return True
        trips = op.static_trip_count()
        if trips == 0:
            rewriter.replace_op(op, inits)
            return True
        if trips == 1:
            replace_op_with_region(rewriter, op, op.regions[0], [lb, *inits])
            return True
        block = op.body
        # More than one iteration (known): an empty body yielding values from outside.
        if trips is None or block.first is not block.last:
            return False
        yielded = block.last.operands  # type: ignore[union-attr]
        if any(op.is_ancestor_of(v.parent_block.parent_op) for v in yielded if v.parent_block):  # type: ignore[union-attr]
            return False
        rewriter.replace_op(op, yielded)
        return True


class ForOpIterArgsFolder(RewritePattern):
    """Drop iter_args that are forwarded unchanged, yield their init, are unused, or
    duplicate another (init, yielded value) pair."""

    root = ForOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, ForOp)
        block = op.body
        term = block.last
        yielded = term.operands  # type: ignore[union-attr]
        keep: list[int] = []
        transfer: list[Value] = [block.args[0]]
        results: list[Any] = []
        seen: dict[tuple[int, int], int] = {}
        changed = False
        for i, (init, arg, res, y) in enumerate(
            zip(op.init_args(), block.args[1:], op.results, yielded)
        ):
            if arg is y or init is y or (not arg.uses and not res.uses):
                changed = True
                transfer.append(init)
                results.append(init)
                continue
            key = (id(init), id(y))
            if key in seen:
                changed = True
                j = seen[key]
                rewriter.replace_all_uses_with(arg, block.args[1 + j])
                rewriter.replace_all_uses_with(res, op.results[j])
                transfer.append(init)
                results.append(init)
                continue
            seen[key] = i
            keep.append(i)
            transfer.append(arg)
            results.append(None)
        if not changed:
            return False
        inits = op.init_args()
        rewriter.set_insertion_point(op)
        new_inits = [inits[i] for i in keep]
        body = Block([block.args[0].type, *(v.type for v in new_inits)])
        for a, src in zip(body.args, [block.args[0], *(block.args[1 + i] for i in keep)]):
            a.location = src.location
        new = ForOp.build(
            [*op.operands[:3], *new_inits],
            [v.type for v in new_inits],
            dict(op.attributes),
            dict(op.properties),
            [Region([body])],
            [],
            op.location,
        )
        rewriter.insert(new)
        mapping = {id(block.args[0]): body.args[0]}
        for k, i in enumerate(keep):
            mapping[id(block.args[1 + i])] = body.args[1 + k]
        args = [mapping.get(id(v), v) for v in transfer]
        rewriter.merge_blocks(block, body, args)
        _set_yield(rewriter, body, [yielded[i] for i in keep])
        for k, i in enumerate(keep):
            results[i] = new.results[k]
        rewriter.replace_op(op, results)
        return True


# ----------------------------------------------------------------- other ops


class SingleBlockExecuteInliner(RewritePattern):
    """A single-block scf.execute_region (not `no_inline`) is inlined."""

    root = ExecuteRegionOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        if op.properties.get("no_inline") is not None or len(op.regions[0].blocks) != 1:
            return False
        replace_op_with_region(rewriter, op, op.regions[0])
        return True


class MultiBlockExecuteInliner(RewritePattern):
    """An scf.execute_region in a function (or another execute_region) is inlined
    into the parent's CFG: its yields branch to a block taking the results."""

    root = ExecuteRegionOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        from mliropt.dialects.cf import BranchOp
        from mliropt.ir.interfaces import is_callable

        if op.properties.get("no_inline") is not None:
            return False
        parent = op.parent_op
        if parent is None or not (isinstance(parent, ExecuteRegionOp) or is_callable(parent)):
            return False
        prev = op.parent
        assert prev is not None
        post = prev.split_before(op)
        if rewriter.listener is not None:
            rewriter.listener.notify_block_inserted(post)
        rewriter.set_insertion_point_to_end(prev)
        region = op.regions[0]
        rewriter.insert(BranchOp.build([], [], successors=[region.blocks[0]], location=op.location))
        for block in region.blocks:
            term = block.last
            if isinstance(term, YieldOp):
                rewriter.set_insertion_point(term)
                rewriter.insert(
                    BranchOp.build(term.operands, [], successors=[post], location=term.location)
                )
                rewriter.erase_op(term)
        dest = post.parent
        assert dest is not None
        rewriter.inline_region_before(region, dest, dest.blocks.index(post))
        args = [post.add_argument(r.type, op.location) for r in op.results]
        rewriter.replace_op(op, args)
        return True


class ExecuteRegionResultForwarding(RewritePattern):
    """Results of an scf.execute_region (also `no_inline`) that are unused, or that every
    scf.yield of its region yields as one value defined outside it, are dropped (the
    latter replaced by that value), as upstream 22 canonicalizes them."""

    root = ExecuteRegionOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        if not op.results:
            return False
        region = op.regions[0]
        yields = [b.last for b in region.blocks if isinstance(b.last, YieldOp)]
        replacements: list[Value | None] = []
        for i, result in enumerate(op.results):
            if not result.uses:
                replacements.append(result)  # dropped, nothing to replace
                continue
            values = {id(y.operand(i)): y.operand(i) for y in yields}
            value = next(iter(values.values())) if len(values) == 1 else None
            inside = value is not None and _defined_inside(value, op)
            replacements.append(value if value is not None and not inside else None)
        keep = [i for i, r in enumerate(replacements) if r is None]
        if len(keep) == len(op.results):
            return False
        rewriter.set_insertion_point(op)
        new = rewriter.insert(
            ExecuteRegionOp.build(
                [], [op.results[i].type for i in keep], dict(op.attributes),
                dict(op.properties), [Region()], [], op.location,
            )
        )
        rewriter.inline_region_before(region, new.regions[0], 0)
        for y in yields:
            operands = y.operands
            block = y.parent
            assert block is not None
            _set_yield(rewriter, block, [operands[i] for i in keep])
        # An unused result stands for itself (it has no uses to replace).
        results: list[Value] = [r if r is not None else op.results[i]
                                for i, r in enumerate(replacements)]
        for k, i in enumerate(keep):
            results[i] = new.results[k]
        rewriter.replace_op(op, results)
        return True


def _defined_inside(value: Value, op: Operation) -> bool:
    """Whether `value` is defined in one of `op`'s regions (at any depth)."""
    block = value.owner.parent if isinstance(value, OpResult) else value.owner  # type: ignore[attr-defined]
    while block is not None:
        parent = block.parent_op
        if parent is op:
            return True
        block = parent.parent if parent is not None else None
    return False


class FoldConstantCase(RewritePattern):
    """scf.index_switch on a constant: inline the matching case (or the default)."""

    root = IndexSwitchOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, IndexSwitchOp)
        attr = constant_attr(op.operand(0))
        if not isinstance(attr, A.IntegerAttr):
            return False
        region = op.regions[0]
        for value, case in zip(op.case_values(), op.case_regions()):
            if value == attr.value:
                region = case
                break
        replace_op_with_region(rewriter, op, region)
        return True


class ParallelOpZeroIterationFolder(RewritePattern):
    """An scf.parallel with a dimension of zero iterations is its inits (the zero-trip
    case of upstream's ParallelOpSingleOrZeroIterationDimsFolder)."""

    root = ParallelOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, ParallelOp)
        for lb, ub, st in zip(op.operand_group(0), op.operand_group(1), op.operand_group(2)):
            if constant_trip_count(lb, ub, st) == 0:
                rewriter.replace_op(op, op.init_vals())
                return True
        return False


class MergeNestedParallelLoops(RewritePattern):
    """An scf.parallel whose body is only another one (no reductions, bounds
    independent of the outer indices) becomes one loop over both index spaces."""

    root = ParallelOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, ParallelOp)
        outer = op.body
        inner = outer.first
        if not isinstance(inner, ParallelOp) or inner.next is not outer.last:
            return False
        outer_ivs = set(outer.args)
        if any(v in outer_ivs for v in inner.operands[: 3 * len(inner.operand_group(2))]):
            return False
        if op.init_vals() or inner.init_vals():
            return False
        groups = [op.operand_group(g) + inner.operand_group(g) for g in range(3)]
        n = len(groups[0])
        body = Block([T.index] * n, [op.location] * n)
        new = ParallelOp.build(
            [v for g in groups for v in g],
            [],
            None,
            {"operandSegmentSizes": A.DenseArrayAttr(T.i32, (n, n, n, 0))},
            [Region([body])],
            [],
            op.location,
        )
        mapping: dict = dict(zip([*outer.args, *inner.body.args], body.args))
        for child in inner.body.ops:
            if child is not inner.body.last:
                body.append(child.clone(mapping))
        from mliropt.dialects.scf.base import ensure_terminator
        from mliropt.dialects.scf.ops import ReduceOp

        ensure_terminator(new.regions[0], ReduceOp, op)
        rewriter.set_insertion_point(op)
        rewriter.insert(new)
        rewriter.replace_op(op, new.results)
        return True


class WhileConditionTruth(RewritePattern):
    """In the "after" region the condition holds: arguments receiving it are `true`."""

    root = WhileOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, WhileOp)
        cond_op = op.condition_op()
        cond = cond_op.operand(0)
        true = None
        changed = False
        for v, arg in zip(cond_op.operands[1:], op.after_body().args):
            if v is not cond or not arg.uses:
                continue
            if true is None:
                rewriter.set_insertion_point(op)
                true = rewriter.insert(
                    _arith("constant").build(
                        [], [T.i1], None, {"value": A.true_attr}, location=op.location
                    )
                )
            rewriter.replace_all_uses_with(arg, true.results[0])
            changed = True
        return changed


def _new_while(
    rewriter: PatternRewriter, op: Operation, types: list, inits: list[Value], after_locs: list
) -> tuple[Operation, Block, Block]:
    """An scf.while like `op` with empty "before" (arguments located at the inits) and
    "after" blocks, inserted before `op` (upstream's WhileOp builder)."""
    before = Block([v.type for v in inits], [_value_loc(v, op) for v in inits])
    after = Block(types, after_locs)
    new = WhileOp.build(
        inits, types, dict(op.attributes), {}, [Region([before]), Region([after])], [], op.location
    )
    rewriter.set_insertion_point(op)
    rewriter.insert(new)
    return new, before, after


def _value_loc(v: Value, op: Operation) -> Any:
    owner = getattr(v, "owner", None)
    if isinstance(owner, Operation):
        return owner.location
    return getattr(v, "location", None) or op.location


def _invariant_before_args(op: Any) -> dict[int, Value]:
    """ "Before" arguments that always get their init: index -> init."""
    after = op.after_body()
    before_args = op.before_body().args
    cond_args = op.condition_op().operands[1:]
    out: dict[int, Value] = {}
    for i, (init, y) in enumerate(zip(op.operands, op.yield_op().operands)):
        if y is init:
            out[i] = init
            continue
        if getattr(y, "owner", None) is after:
            c = cond_args[y.index]  # type: ignore[attr-defined]
            if c is before_args[i] or c is init:
                out[i] = init
    return out


class RemoveLoopInvariantArgsFromBeforeBlock(RewritePattern):
    """A "before" argument that always receives its init is replaced by it."""

    root = WhileOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, WhileOp)
        invariant = _invariant_before_args(op)
        if not invariant:
            return False
        before = op.before_body()
        yield_op = op.yield_op()
        kept = [i for i in range(len(op.operands)) if i not in invariant]
        new_inits = [op.operand(i) for i in kept]
        new_yields = [yield_op.operand(i) for i in kept]
        _set_yield(rewriter, yield_op.parent, new_yields)  # type: ignore[arg-type]
        new_before = Block([v.type for v in new_yields], [before.args[i].location for i in kept])
        rewriter.set_insertion_point(op)
        new = WhileOp.build(
            new_inits,
            [r.type for r in op.results],
            dict(op.attributes),
            {},
            [Region([new_before]), Region()],
            [],
            op.location,
        )
        rewriter.insert(new)
        it = iter(new_before.args)
        args = [invariant[i] if i in invariant else next(it) for i in range(len(before.args))]
        rewriter.merge_blocks(before, new_before, args)
        rewriter.inline_region_before(op.regions[1], new.regions[1], 0)
        rewriter.replace_op(op, new.results)
        return True


class RemoveLoopInvariantValueYielded(RewritePattern):
    """A value from outside the "before" block passed by scf.condition is used
    directly for its "after" argument and result."""

    root = WhileOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, WhileOp)
        before = op.before_body()
        cond = op.condition_op()
        cond_args = cond.operands[1:]
        if all(v.parent_block is before for v in cond_args):
            return False
        from mliropt.dialects.scf.ops import ConditionOp

        kept = [v for v in cond_args if v.parent_block is before]
        rewriter.set_insertion_point(cond)
        rewriter.insert(
            ConditionOp.build(
                [cond.operand(0), *kept], [], dict(cond.attributes), location=cond.location
            )
        )
        rewriter.erase_op(cond)
        types = [v.type for v in kept]
        after = op.after_body()
        # The kept "after" arguments keep their locations.
        locs = [a.location for v, a in zip(cond_args, after.args) if v.parent_block is before]
        new_after = Block(types, locs)
        rewriter.set_insertion_point(op)
        new = WhileOp.build(
            op.operands,
            types,
            dict(op.attributes),
            {},
            [Region(), Region([new_after])],
            [],
            op.location,
        )
        rewriter.insert(new)
        args: list[Value] = []
        results: list[Value] = []
        j = 0
        for v in cond_args:
            if v.parent_block is before:
                args.append(new_after.args[j])
                results.append(new.results[j])
                j += 1
            else:
                args.append(v)
                results.append(v)
        rewriter.merge_blocks(after, new_after, args)
        rewriter.inline_region_before(op.regions[0], new.regions[0], 0)
        rewriter.replace_op(op, results)
        return True


class WhileUnusedResult(RewritePattern):
    """Results unused outside and inside ("after" argument) are dropped from the
    scf.condition."""

    root = WhileOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, WhileOp)
        term = op.condition_op()
        after = op.after_body()
        keep = [i for i, (r, a) in enumerate(zip(op.results, after.args)) if r.uses or a.uses]
        if len(keep) == len(op.results):
            return False
        from mliropt.dialects.scf.ops import ConditionOp

        args = term.operands[1:]
        rewriter.set_insertion_point(term)
        rewriter.insert(
            ConditionOp.build(
                [term.operand(0), *(args[i] for i in keep)],
                [],
                dict(term.attributes),
                location=term.location,
            )
        )
        rewriter.erase_op(term)
        types = [op.results[i].type for i in keep]
        new, before, new_after = _new_while(
            rewriter, op, types, op.operands, [op.location] * len(keep)
        )
        new.regions[0].blocks.remove(before)
        before.parent = None
        rewriter.inline_region_before(op.regions[0], new.regions[0], 0)
        results: list[Any] = list(op.results)
        after_args: list[Any] = [None] * len(op.results)
        for k, i in enumerate(keep):
            results[i] = new.results[k]
            after_args[i] = new_after.args[k]
        rewriter.merge_blocks(
            after,
            new_after,
            [a if a is not None else old for a, old in zip(after_args, after.args)],
        )
        rewriter.replace_op(op, results)
        return True


class WhileRemoveUnusedArgs(RewritePattern):
    """ "Before" arguments without uses are dropped with their inits and yielded values."""

    root = WhileOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, WhileOp)
        before = op.before_body()
        if all(a.uses for a in before.args):
            return False
        yield_op = op.yield_op()
        keep = [i for i, a in enumerate(before.args) if a.uses]
        for i in reversed(range(len(before.args))):
            if i not in keep:
                before.erase_argument(i)
        inits = [op.operand(i) for i in keep]
        new, new_before, new_after = _new_while(
            rewriter, op, [r.type for r in op.results], inits, [op.location] * len(op.results)
        )
        _set_yield(rewriter, yield_op.parent, [yield_op.operand(i) for i in keep])  # type: ignore[arg-type]
        rewriter.merge_blocks(before, new_before, list(new_before.args))
        rewriter.merge_blocks(op.after_body(), new_after, list(new_after.args))
        rewriter.replace_op(op, new.results)
        return True


# Upstream registers them in alphabetical order; equal benefits keep that order.
IfOp.canonicalization_patterns = (
    CombineIfs,
    CombineNestedIfs,
    ConditionPropagation,
    ConvertTrivialIfToSelect,
    RemoveEmptyElseBranch,
    RemoveStaticCondition,
    RemoveUnusedResults,
    ReplaceIfYieldWithConditionOrValue,
)
ForOp.canonicalization_patterns = (ForOpIterArgsFolder, SimplifyTrivialLoops)
ExecuteRegionOp.canonicalization_patterns = (
    SingleBlockExecuteInliner, MultiBlockExecuteInliner, ExecuteRegionResultForwarding
)
IndexSwitchOp.canonicalization_patterns = (FoldConstantCase,)
ParallelOp.canonicalization_patterns = (ParallelOpZeroIterationFolder, MergeNestedParallelLoops)
WhileOp.canonicalization_patterns = (
    RemoveLoopInvariantArgsFromBeforeBlock,
    RemoveLoopInvariantValueYielded,
    WhileConditionTruth,
    WhileUnusedResult,
    WhileRemoveUnusedArgs,
)
