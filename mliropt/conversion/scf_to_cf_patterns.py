"""The patterns of `convert-scf-to-cf` (upstream's SCFToControlFlow.cpp).

Each structured op becomes blocks of its parent region: the block holding the op is
split at the op, the op's regions are inlined before the continuation block, and their
terminators become branches. scf.parallel becomes a nest of scf.for (lowered in turn)
and scf.forall becomes an scf.parallel first. These are plain rewrite patterns: their
operands are the original values, replaced when the conversion commits.
"""

from __future__ import annotations

from typing import Any

from mliropt.conversion.builders import addi, br, cmpi, cond_br, index_constant, segments, switch
from mliropt.ir import types as T
from mliropt.ir.attributes import DialectAttr
from mliropt.ir.operation import Block, Operation
from mliropt.rewrite.pattern import RewritePattern


def _index(block: Block) -> int:
    assert block.parent is not None
    return block.parent.blocks.index(block)


def _inline_region_before(rw: Any, region: Any, before: Block) -> None:
    assert before.parent is not None
    rw.inline_region_before(region, before.parent, _index(before))


class ForLowering(RewritePattern):
    """`scf.for` -> a condition block (the body's entry, with the iv and iter args), the
    body blocks, and a back edge adding the step (upstream's ForLowering)."""

    root = "scf.for"

    def match_and_rewrite(self, op: Any, rw: Any) -> bool:
        loc = op.location
        init_block = rw.block
        end_block = rw.split_block(init_block, rw.before)
        region = op.regions[0]
        cond_block = region.blocks[0]
        first_body = rw.split_block(cond_block, cond_block.first)
        last_body = region.blocks[-1]
        _inline_region_before(rw, region, end_block)
        iv = cond_block.args[0]
        terminator = last_body.last
        rw.set_insertion_point_to_end(last_body)
        stepped = addi(rw, loc, iv, op.step).results[0]
        branch = br(rw, loc, cond_block, [stepped, *terminator.operands])
        # The llvm attributes of the loop (llvm.loop_annotation) go on the latch branch.
        for name, value in op.attributes.items():
            if isinstance(value, DialectAttr) and value.dialect == "llvm":
                branch.attributes[name] = value
        rw.erase_op(terminator)
        rw.set_insertion_point_to_end(init_block)
        br(rw, loc, cond_block, [op.lowerBound, *op.initArgs])
        rw.set_insertion_point_to_end(cond_block)
        predicate = "ult" if op.unsignedCmp is not None else "slt"
        comparison = cmpi(rw, loc, predicate, iv, op.upperBound).results[0]
        cond_br(rw, loc, comparison, first_body, [], end_block, [])
        rw.replace_op(op, cond_block.args[1:])
        return True


def _branch_out(rw: Any, loc: Any, region: Any, dest: Block) -> None:
    """Replace the terminator of `region`'s last block by a branch to `dest`."""
    last = region.blocks[-1]
    terminator = last.last
    rw.set_insertion_point_to_end(last)
    br(rw, loc, dest, terminator.operands)
    rw.erase_op(terminator)


class IfLowering(RewritePattern):
    """`scf.if` -> `cf.cond_br` to the inlined regions, which branch to a block whose
    arguments are the results (upstream's IfLowering)."""

    root = "scf.if"

    def match_and_rewrite(self, op: Any, rw: Any) -> bool:
        loc = op.location
        cond_block = rw.block
        remaining = rw.split_block(cond_block, rw.before)
        if not op.results:
            cont = remaining
        else:
            types = op.result_types
            assert remaining.parent is not None
            cont = rw.create_block(remaining.parent, types, [loc] * len(types), _index(remaining))
            br(rw, loc, remaining)
        then_region = op.regions[0]
        then_block = then_region.blocks[0]
        _branch_out(rw, loc, then_region, cont)
        _inline_region_before(rw, then_region, cont)
        else_block = cont
        else_region = op.regions[1]
        if else_region.blocks:
            else_block = else_region.blocks[0]
            _branch_out(rw, loc, else_region, cont)
            _inline_region_before(rw, else_region, cont)
        rw.set_insertion_point_to_end(cond_block)
        cond_br(rw, loc, op.condition, then_block, [], else_block, [])
        rw.replace_op(op, cont.args)
        return True


class ExecuteRegionLowering(RewritePattern):
    """`scf.execute_region` -> its blocks inlined, `scf.yield` branching to the
    continuation block, whose arguments are the results."""

    root = "scf.execute_region"

    def match_and_rewrite(self, op: Any, rw: Any) -> bool:
        loc = op.location
        cond_block = rw.block
        remaining = rw.split_block(cond_block, rw.before)
        region = op.regions[0]
        rw.set_insertion_point_to_end(cond_block)
        br(rw, loc, region.blocks[0])
        for block in list(region.blocks):
            terminator = block.last
            if terminator is not None and terminator.name == "scf.yield":
                rw.set_insertion_point_to_end(block)
                br(rw, loc, remaining, terminator.operands)
                rw.erase_op(terminator)
        _inline_region_before(rw, region, remaining)
        values = [remaining.add_argument(t, loc) for t in op.result_types]
        rw.replace_op(op, values)
        return True


def _split_for_while(rw: Any) -> tuple[Block, Block]:
    current = rw.block
    return current, rw.split_block(current, rw.before)


class WhileLowering(RewritePattern):
    """`scf.while` -> the "before" blocks ending in a `cf.cond_br` to the "after"
    blocks or out, the "after" blocks branching back (upstream's WhileLowering)."""

    root = "scf.while"

    def match_and_rewrite(self, op: Any, rw: Any) -> bool:
        saved = rw.save()
        loc = op.location
        current, continuation = _split_for_while(rw)
        before_region, after_region = op.regions
        after = after_region.blocks[0]
        after_last = after_region.blocks[-1]
        before = before_region.blocks[0]
        before_last = before_region.blocks[-1]
        _inline_region_before(rw, after_region, continuation)
        _inline_region_before(rw, before_region, after)
        rw.set_insertion_point_to_end(current)
        br(rw, loc, before, op.operands)
        rw.set_insertion_point_to_end(before_last)
        cond = before_last.last
        args = cond.operands[1:]
        new = cond_br(rw, cond.location, cond.operands[0], after, args, continuation, [])
        rw.replace_op(cond, new.results)
        rw.set_insertion_point_to_end(after_last)
        yield_op = after_last.last
        new = br(rw, yield_op.location, before, yield_op.operands)
        rw.replace_op(yield_op, new.results)
        rw.replace_op(op, args)
        rw.restore(saved)
        return True


class DoWhileLowering(RewritePattern):
    """`scf.while` whose "after" region only forwards its arguments: the "before"
    blocks loop on themselves (upstream's DoWhileLowering, benefit 2)."""

    root = "scf.while"
    benefit = 2

    def match_and_rewrite(self, op: Any, rw: Any) -> bool:
        after_region = op.regions[1]
        if len(after_region.blocks) != 1:
            return False
        after_block = after_region.blocks[0]
        yield_op = after_block.first
        if yield_op is None or yield_op is not after_block.last:
            return False
        if yield_op.name != "scf.yield" or yield_op.operands != list(after_block.args):
            return False
        saved = rw.save()
        current, continuation = _split_for_while(rw)
        before_region = op.regions[0]
        before = before_region.blocks[0]
        before_last = before_region.blocks[-1]
        _inline_region_before(rw, before_region, continuation)
        rw.set_insertion_point_to_end(current)
        br(rw, op.location, before, op.operands)
        rw.set_insertion_point_to_end(before_last)
        cond = before_last.last
        args = cond.operands[1:]
        new = cond_br(rw, cond.location, cond.operands[0], before, args, continuation, [])
        rw.replace_op(cond, new.results)
        rw.replace_op(op, args)
        rw.restore(saved)
        return True


class IndexSwitchLowering(RewritePattern):
    """`scf.index_switch` -> `cf.switch` on the index cast to i32, each region
    inlined and branching to the continuation block (upstream's IndexSwitchLowering)."""

    root = "scf.index_switch"

    def match_and_rewrite(self, op: Any, rw: Any) -> bool:
        from mliropt.dialects.arith import IndexCastOp

        loc = op.location
        cond_block = rw.block
        cont = rw.split_block(cond_block, op)
        results = [cont.add_argument(t, loc) for t in op.result_types]

        def convert_region(region: Any) -> Block:
            block = region.blocks[0]
            terminator = block.last
            rw.set_insertion_point(terminator)
            new = br(rw, terminator.location, cont, terminator.operands)
            rw.replace_op(terminator, new.results)
            _inline_region_before(rw, region, cont)
            return block

        dests = []
        values = list(op.cases.values)
        for region in op.regions[1:]:
            dests.append(convert_region(region))
        default = convert_region(op.regions[0])
        rw.set_insertion_point_to_end(cond_block)
        flag = rw.create(IndexCastOp, [op.arg], [T.i32], location=loc).results[0]
        switch(rw, loc, flag, default, [], values, dests, [[] for _ in dests])
        rw.replace_op(op, results)
        return True


def _mixed(rw: Any, loc: Any, static: Any, dynamic: list) -> list:
    """Upstream's getValueOrCreateConstantIndexOp over mixed static/dynamic values."""
    out = []
    it = iter(dynamic)
    for v in static.values:
        out.append(next(it) if v == T.DYNAMIC else index_constant(rw, loc, v).results[0])
    return out


class ForallLowering(RewritePattern):
    """`scf.forall` without outputs -> `scf.parallel` (upstream's forallToParallelLoop)."""

    root = "scf.forall"

    def match_and_rewrite(self, op: Any, rw: Any) -> bool:
        from mliropt.dialects.scf import ParallelOp, ReduceOp

        if op.outputs:
            return False
        saved = rw.save()
        rw.set_insertion_point(op)
        loc = op.location
        lbs = _mixed(rw, loc, op.staticLowerBound, op.dynamicLowerBound)
        ubs = _mixed(rw, loc, op.staticUpperBound, op.dynamicUpperBound)
        steps = _mixed(rw, loc, op.staticStep, op.dynamicStep)
        n = len(lbs)
        parallel = ParallelOp.build(
            [*lbs, *ubs, *steps],
            [],
            properties={"operandSegmentSizes": segments(n, n, n, 0)},
            location=loc,
        )
        # Upstream's builder makes a body (and its terminator) that is erased right away.
        rw.insert(parallel)
        rw.inline_region_before(op.regions[0], parallel.regions[0], 0)
        body = parallel.regions[0].blocks[0]
        rw.set_insertion_point_to_end(body)
        terminator = body.last
        reduce = rw.create(ReduceOp, [], [], regions=[], location=terminator.location)
        rw.replace_op(terminator, reduce.results)
        if op.mapping is not None:
            parallel.attributes["mapping"] = op.mapping
        rw.replace_op(op, parallel.results)
        rw.restore(saved)
        return True


def _build_for(rw: Any, loc: Any, lb: Any, ub: Any, step: Any, iter_args: list) -> Operation:
    """`scf.for` with an empty body (a `scf.yield` only without iter args), as
    upstream's ForOp builder without a body builder."""
    from mliropt.dialects.scf import ForOp, YieldOp
    from mliropt.rewrite.conversion.rewriter import value_location

    for_op = ForOp.build([lb, ub, step, *iter_args], [v.type for v in iter_args], location=loc)
    region = for_op.regions[0]
    locs = [loc] + [value_location(v) for v in iter_args]
    saved = rw.save()
    rw.create_block(region, [lb.type] + [v.type for v in iter_args], locs)
    if not iter_args:
        rw.create(YieldOp, [], [], location=loc)
    rw.restore(saved)
    rw.insert(for_op)
    return for_op


class ParallelLowering(RewritePattern):
    """`scf.parallel` -> a nest of `scf.for`, reductions merged into the innermost
    body and their results yielded outwards (upstream's ParallelLowering)."""

    root = "scf.parallel"

    def match_and_rewrite(self, op: Any, rw: Any) -> bool:
        from mliropt.dialects.scf import YieldOp

        body = op.regions[0].blocks[0]
        reduction = body.last
        if reduction is None or reduction.name != "scf.reduce":
            return False
        loc = op.location
        iter_args = list(op.initVals)
        ivs = []
        results = list(iter_args)
        first = True
        for lb, ub, step in zip(op.lowerBound, op.upperBound, op.step):
            for_op = _build_for(rw, loc, lb, ub, step, iter_args)
            for_body = for_op.regions[0].blocks[0]
            ivs.append(for_body.args[0])
            iter_args = list(for_body.args[1:])
            if first:
                results = list(for_op.results)
                first = False
            elif for_op.results:
                rw.set_insertion_point_to_end(rw.block)
                rw.create(YieldOp, list(for_op.results), [], location=loc)
            rw.set_insertion_point_to_start(for_body)
        yield_operands: list = []
        reduce_operands = reduction.operands
        for i in range(len(op.results)):
            reduction_body = reduction.regions[i].blocks[0]
            arg = iter_args[len(yield_operands)]
            ret = reduction_body.last
            yield_operands.append(ret.operands[0])
            rw.erase_op(ret)
            rw.inline_block_before(reduction_body, reduction, None, [arg, reduce_operands[i]])
        rw.erase_op(reduction)
        new_body = rw.block
        if new_body.first is None:
            rw.merge_blocks(body, new_body, ivs)
        else:
            rw.inline_block_before(body, new_body.last, None, ivs)
        if yield_operands:
            rw.set_insertion_point_to_end(rw.block)
            rw.create(YieldOp, yield_operands, [], location=loc)
        rw.replace_op(op, results)
        return True


PATTERNS = (
    ForallLowering,
    ForLowering,
    IfLowering,
    IndexSwitchLowering,
    ParallelLowering,
    WhileLowering,
    ExecuteRegionLowering,
    DoWhileLowering,
)
