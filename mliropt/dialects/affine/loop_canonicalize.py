"""affine.for's folder and canonicalization pattern (upstream's AffineForOp::fold with
foldLoopBounds and canonicalizeLoopBounds, and AffineForEmptyLoopFolder).

- Bounds whose operands are all constants become constant bounds (the max of a lower
  bound's results, the min of an upper bound's).
- Bound maps are composed with affine.apply operands and canonicalized, results that
  can never be the max (lower bound) or min (upper bound) given the constant ranges of
  induction variables are dropped (duplicate results stay, as in upstream 22).
- A loop with results and a zero trip count folds to its inits; a loop whose body only
  yields folds to what it yields, when that is known without running it.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.affine.canonicalize import (
    canonicalize_map_and_operands,
    compose_map_and_operands,
)
from mliropt.dialects.affine.folding import partial_constant_fold
from mliropt.dialects.affine.operand_bounds import bound_of, iv_lower_bound, iv_upper_bound
from mliropt.dialects.affine.trip_count import constant_trip_count
from mliropt.ir import affine as AF
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.operation import Operation
from mliropt.rewrite.folding import constant_value
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern

_MAPS = ("lowerBoundMap", "upperBoundMap")


def _bound(op: Any, group: int) -> tuple[AF.AffineMap, list]:
    return op.properties[_MAPS[group]].value, list(op.operand_group(group))


def _set_bound(op: Any, group: int, amap: AF.AffineMap, operands: list) -> None:
    """setLowerBound / setUpperBound: the map, its operands and the segment sizes."""
    groups = [list(op.operand_group(i)) for i in range(3)]
    groups[group] = operands
    op.set_operands(groups[0] + groups[1] + groups[2])
    op.properties[_MAPS[group]] = A.AffineMapAttr(amap)
    op.properties["operandSegmentSizes"] = A.DenseArrayAttr(
        T.i32, tuple(len(g) for g in groups)
    )


def _fold_loop_bounds(op: Operation) -> bool:
    """foldLoopBounds: bounds of constant operands become constants."""
    folded = False
    for group, pick in ((0, max), (1, min)):
        amap, operands = _bound(op, group)
        if amap.is_single_constant():
            continue
        constants = [constant_value(v.owner_op) if v.owner_op else None for v in operands]
        _, values = partial_constant_fold(amap, constants, poison_fails=False)
        if not values:
            continue
        _set_bound(op, group, AF.AffineMap.constant_map(AF._wrap64(pick(values))), [])
        folded = True
    return folded


def _simplify_min_or_max(amap: AF.AffineMap, operands: list, is_max: bool) -> AF.AffineMap:
    """simplifyMinOrMaxExprWithOperands: drop the results that can never be the max (or
    min) given the constant ranges of the operands; results of one value become it."""
    if not operands:
        return amap
    lbs = [iv_lower_bound(v) for v in operands]
    ubs = [iv_upper_bound(v) for v in operands]
    nd, ns = amap.num_dims, amap.num_symbols
    lows: list[int | None] = []
    highs: list[int | None] = []
    for e in amap.results:
        if isinstance(e, AF.AffineConstantExpr):
            lows.append(e.value)
            highs.append(e.value)
        else:
            lows.append(bound_of(e, nd, ns, lbs, ubs, False))
            highs.append(bound_of(e, nd, ns, lbs, ubs, True))
    kept = []
    for i, e in enumerate(amap.results):
        lo, hi = lows[i], highs[i]
        if lo is not None and hi is not None and lo == hi:
            e = AF.constant(lo)
        mine, others, theirs = (hi, lows, highs) if is_max else (lo, highs, lows)
        if mine is None:
            kept.append(e)
            continue
        redundant = False
        for pos, other in enumerate(others):
            if pos == i or other is None:
                continue
            if (other > mine) if is_max else (other < mine):
                redundant = True
                break
            if (other < mine) if is_max else (other > mine):
                continue
            # Equal bounds: of two constant results, the first one stays.
            if theirs[pos] is not None and lo == hi and other == theirs[pos] and i < pos:
                continue
            redundant = True
            break
        if not redundant:
            kept.append(e)
    return AF.AffineMap(nd, ns, kept)


def _canonicalize_loop_bounds(op: Operation) -> bool:
    """canonicalizeLoopBounds (the upper bound is pruned with its operands before they
    are composed, as upstream does)."""
    lb_map, lb_ops = _bound(op, 0)
    ub_map, ub_ops = _bound(op, 1)
    prev_lb, prev_ub = lb_map, ub_map
    lb_map, lb_ops = compose_map_and_operands(lb_map, lb_ops)
    lb_map, lb_ops = canonicalize_map_and_operands(lb_map, lb_ops)
    lb_map = _simplify_min_or_max(lb_map, lb_ops, True)
    ub_map = _simplify_min_or_max(ub_map, ub_ops, False)
    ub_map, ub_ops = compose_map_and_operands(ub_map, ub_ops)
    ub_map, ub_ops = canonicalize_map_and_operands(ub_map, ub_ops)
    if lb_map is prev_lb and ub_map is prev_ub:
        return False
    if lb_map is not prev_lb:
        _set_bound(op, 0, lb_map, lb_ops)
    if ub_map is not prev_ub:
        _set_bound(op, 1, ub_map, ub_ops)
    return True


def fold_for(op: Any) -> list | None:
    """AffineForOp::fold: bounds folded and canonicalized in place; a loop with results
    that never runs is its inits."""
    folded = _fold_loop_bounds(op)
    folded |= _canonicalize_loop_bounds(op)
    if op.results and constant_trip_count(op) == 0:
        return list(op.operand_group(2))
    return list(op.results) if folded else None


class AffineForEmptyLoopFolder(RewritePattern):
    """A loop whose body only yields is replaced by what it yields: its inits for iter
    args yielded back in place or a zero trip count, values from outside otherwise."""

    label = "AffineForEmptyLoopFolder"

    def match_and_rewrite(self, op: Any, rewriter: PatternRewriter) -> bool:
        body = op.regions[0].blocks[0]
        if body.first is not body.last:
            return False
        if not op.results:
            return False
        trips = constant_trip_count(op)
        inits = list(op.operand_group(2))
        if trips == 0:
            rewriter.replace_op(op, inits)
            return True
        iv, iter_args = body.args[0], list(body.args[1:])
        outside = out_of_order = False
        replacements = []
        for i, v in enumerate(body.last.operands):  # type: ignore[union-attr]
            if v is iv:
                return False
            pos = next((k for k, a in enumerate(iter_args) if a is v), None)
            if pos is not None:
                out_of_order |= pos != i
                replacements.append(inits[pos])
            else:
                outside = True
                replacements.append(v)
        if trips is None and (outside or out_of_order):
            return False
        if trips is not None and trips >= 2 and out_of_order:
            return False
        rewriter.replace_op(op, replacements)
        return True
