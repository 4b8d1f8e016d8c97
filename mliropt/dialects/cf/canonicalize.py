"""Canonicalization patterns of the cf ops (upstream MLIR 22's ControlFlowOps.cpp).

- cf.assert: an assertion of a constant true is erased.
- cf.br: SimplifyBrToBlockWithSinglePred (merge into the only predecessor), then
  SimplifyPassThroughBr (branch past a block that only branches on).
- cf.cond_br: SimplifyConstCondBranchPred, SimplifyPassThroughCondBranch,
  SimplifyCondBranchIdenticalSuccessors, SimplifyCondBranchFromCondBranchOnSameCondition,
  CondBranchTruthPropagation.
- cf.switch: SimplifySwitchWithOnlyDefault, DropSwitchCasesThatMatchDefault,
  SimplifyConstSwitchValue, SimplifyPassThroughSwitch,
  SimplifySwitchFromSwitchOnSameCondition, SimplifySwitchFromDefaultSwitchOnSameCondition.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.cf.ops import AssertOp, BranchOp, CondBranchOp, SwitchOp
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.operation import Block, Operation, Value
from mliropt.rewrite.folding import constant_value
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern

# ----------------------------------------------------------------- helpers


def _constant_int(value: Value) -> A.IntegerAttr | None:
    """The integer constant behind `value` (upstream's m_ConstantInt), or None."""
    owner = getattr(value, "owner", None)
    attr = constant_value(owner) if isinstance(owner, Operation) else None
    return attr if isinstance(attr, A.IntegerAttr) else None


def _same(a: list[Value], b: list[Value]) -> bool:
    """ValueRange equality: the same values in the same order."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


def _single_predecessor(block: Block) -> Block | None:
    """The predecessor when exactly one branch edge reaches `block` (getSinglePredecessor)."""
    uses = block.uses
    if len(uses) != 1:
        return None
    return next(iter(uses)).owner.parent


def _unique_predecessor(block: Block) -> Block | None:
    """The predecessor when every edge reaching `block` comes from one block
    (getUniquePredecessor)."""
    preds = {id(u.owner.parent): u.owner.parent for u in block.uses}
    return next(iter(preds.values())) if len(preds) == 1 else None


def _masked(value: int, width: int) -> int:
    return value & ((1 << width) - 1)


def collapse_branch(successor: Block, operands: list[Value]) -> tuple[Block, list[Value]] | None:
    """Where a branch to `successor(operands)` can go instead when `successor` holds only a
    `cf.br` (upstream's collapseBranch): its destination, with the block's arguments
    replaced by `operands`; None when it cannot be collapsed."""
    term = successor.first
    if term is None or term is not successor.last or not isinstance(term, BranchOp):
        return None
    # The block's arguments must be used by the branch only.
    for arg in successor.args:
        if any(u.owner is not term for u in arg.uses):
            return None
    dest = term.successors[0].value
    # Do not collapse branches to infinite loops, nor branches that take part in a
    # cycle of blocks that only branch on.
    if dest is successor:
        return None
    visited = {successor, dest}
    nxt = dest.last
    while isinstance(nxt, BranchOp):
        nxt_dest = nxt.successors[0].value
        if nxt_dest in visited:
            return None
        visited.add(nxt_dest)
        nxt = nxt_dest.last
    forwarded = term.operands
    if not successor.args:
        return dest, forwarded
    mapped = []
    for v in forwarded:
        if getattr(v, "owner", None) is successor:
            mapped.append(operands[v.index])  # type: ignore[attr-defined]
        else:
            mapped.append(v)
    return dest, mapped


def _br(rewriter: PatternRewriter, op: Operation, dest: Block, operands: list[Value]) -> None:
    """Replace `op` with `cf.br ^dest(operands)`."""
    rewriter.replace_op_with_new(
        op, BranchOp, list(operands), [], successors=[dest], location=op.location
    )


def _segments(*sizes: int) -> A.DenseArrayAttr:
    return A.DenseArrayAttr(T.i32, tuple(sizes))


def _cond_br(
    rewriter: PatternRewriter,
    op: Operation,
    dests: tuple[Block, Block],
    operands: tuple[list[Value], list[Value]],
) -> None:
    """Replace `op` (a cf.cond_br) with one on the same condition and weights."""
    t, f = list(operands[0]), list(operands[1])
    props: dict[str, Any] = {"operandSegmentSizes": _segments(1, len(t), len(f))}
    weights = op.properties.get("branch_weights")
    if weights is not None:
        props["branch_weights"] = weights
    rewriter.replace_op_with_new(
        op,
        CondBranchOp,
        [op.operand(0), *t, *f],
        [],
        properties=props,
        successors=list(dests),
        location=op.location,
    )


def _switch(
    rewriter: PatternRewriter,
    op: SwitchOp,
    default: Block,
    default_operands: list[Value],
    values: list[int],
    dests: list[Block],
    case_operands: list[list[Value]],
) -> None:
    """Replace `op` with a cf.switch on the same flag (no case values attribute when there
    are no cases, as upstream's builder from a list of APInt)."""
    flag = op.operand(0)
    props: dict[str, Any] = {}
    if values:
        vtype = T.VectorType((len(values),), flag.type)
        props["case_values"] = A.DenseElementsAttr(
            vtype, tuple(A.IntegerAttr(flag.type, v).value for v in values)
        )
    flat = [v for group in case_operands for v in group]
    props["case_operand_segments"] = A.DenseArrayAttr(
        T.i32, tuple(len(g) for g in case_operands)
    )
    props["operandSegmentSizes"] = _segments(1, len(default_operands), len(flat))
    rewriter.replace_op_with_new(
        op,
        SwitchOp,
        [flag, *default_operands, *flat],
        [],
        properties=props,
        successors=[default, *dests],
        location=op.location,
    )


def _cases(op: SwitchOp) -> list[tuple[int, Block, list[Value]]]:
    """(value, destination, operands) of each case of `op`, values unsigned."""
    return [
        (v, op.successors[i + 1].value, op.case_operands(i))
        for i, v in enumerate(op.case_value_list())
    ]


# ----------------------------------------------------------------- cf.assert


class EraseRedundantAssertions(RewritePattern):
    """`cf.assert true` -> nothing."""

    root = AssertOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        cond = _constant_int(op.operand(0))
        if cond is None or not cond.value & 1:
            return False
        rewriter.erase_op(op)
        return True


# ----------------------------------------------------------------- cf.br


class SimplifyBranch(RewritePattern):
    """cf.br's canonicalize: merge the destination into this block when this block is its
    only predecessor (`br ^bb1(a)`, `^bb1(x): ops` -> ops with x = a); otherwise branch
    past a destination that only branches on (`br ^bb1`, `^bb1: br ^bbN(..)` -> `br ^bbN(..)`)."""

    root = BranchOp
    debug_labels = ("SimplifyBrToBlockWithSinglePred", "SimplifyPassThroughBr")

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        dest = op.successors[0].value
        block = op.parent
        assert block is not None
        if dest is not block and len(dest.uses) == 1:
            operands = list(op.operands)
            rewriter.erase_op(op)
            rewriter.merge_blocks(dest, block, operands)
            return True
        if dest is block:
            return False
        collapsed = collapse_branch(dest, op.operands)
        if collapsed is None:
            return False
        _br(rewriter, op, *collapsed)
        return True


# ----------------------------------------------------------------- cf.cond_br


class SimplifyConstCondBranchPred(RewritePattern):
    """`cond_br true, ^a, ^b` -> `br ^a`; `cond_br false, ^a, ^b` -> `br ^b`."""

    root = CondBranchOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, CondBranchOp)
        cond = _constant_int(op.operand(0))
        if cond is None:
            return False
        taken = 0 if cond.value & 1 else 1
        _br(rewriter, op, op.successors[taken].value, op.successor_operands(taken))
        return True


class SimplifyPassThroughCondBranch(RewritePattern):
    """`cond_br %c, ^a, ^b` where ^a (or ^b) only branches on -> the branch's targets."""

    root = CondBranchOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, CondBranchOp)
        dests = []
        operands = []
        changed = False
        for i in (0, 1):
            dest, ops = op.successors[i].value, op.successor_operands(i)
            collapsed = collapse_branch(dest, ops)
            if collapsed is not None:
                changed = True
                dest, ops = collapsed
            dests.append(dest)
            operands.append(ops)
        if not changed:
            return False
        _cond_br(rewriter, op, (dests[0], dests[1]), (operands[0], operands[1]))
        return True


class SimplifyCondBranchIdenticalSuccessors(RewritePattern):
    """`cond_br %c, ^a(x), ^a(x)` -> `br ^a(x)`; `cond_br %c, ^a(x), ^a(y)` -> `br
    ^a(select(%c, x, y))` when this block is ^a's only predecessor."""

    root = CondBranchOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, CondBranchOp)
        dest = op.successors[0].value
        if dest is not op.successors[1].value:
            return False
        t, f = op.successor_operands(0), op.successor_operands(1)
        if _same(t, f):
            _br(rewriter, op, dest, t)
            return True
        if _unique_predecessor(dest) is not op.parent:
            return False
        from mliropt.dialects.arith import SelectOp

        cond = op.operand(0)
        merged = []
        for a, b in zip(t, f):
            if a is b:
                merged.append(a)
                continue
            rewriter.set_insertion_point(op)
            sel = rewriter.create(SelectOp, [cond, a, b], [a.type], location=op.location)
            merged.append(sel.results[0])
        _br(rewriter, op, dest, merged)
        return True


class SimplifyCondBranchFromCondBranchOnSameCondition(RewritePattern):
    """A cond_br whose block's only predecessor branched here on the same condition takes
    the same side: `cond_br %c, ^a, ..`, `^a: cond_br %c, ^x, ^y` -> `^a: br ^x`."""

    root = CondBranchOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, CondBranchOp)
        block = op.parent
        assert block is not None
        pred = _single_predecessor(block)
        if pred is None:
            return False
        pred_br = pred.last
        if not isinstance(pred_br, CondBranchOp) or pred_br.operand(0) is not op.operand(0):
            return False
        taken = 0 if pred_br.successors[0].value is block else 1
        _br(rewriter, op, op.successors[taken].value, op.successor_operands(taken))
        return True


class CondBranchTruthPropagation(RewritePattern):
    """In a destination reached only from this cond_br, the condition is a known constant:
    its uses there become `true` (true side) or `false` (false side)."""

    root = CondBranchOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        from mliropt.dialects.arith import ConstantOp

        cond = op.operand(0)
        replaced = False
        for i, flag in ((0, True), (1, False)):
            dest = op.successors[i].value
            if _single_predecessor(dest) is None:
                continue
            constant = None
            for use in reversed(list(cond.uses)):
                owner = use.owner
                if owner.parent is not dest:
                    continue
                replaced = True
                if constant is None:
                    rewriter.set_insertion_point(op)
                    constant = rewriter.create(
                        ConstantOp,
                        [],
                        [T.i1],
                        properties={"value": A.BoolAttr(flag)},
                        location=op.location,
                    ).results[0]
                rewriter.modify_op_in_place(owner, lambda u=use, c=constant: u.set(c))
        return replaced


# ----------------------------------------------------------------- cf.switch


class SimplifySwitchWithOnlyDefault(RewritePattern):
    """`switch %f, [default: ^d(..)]` -> `br ^d(..)`."""

    root = SwitchOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, SwitchOp)
        if len(op.successors) != 1:
            return False
        _br(rewriter, op, op.successors[0].value, op.successor_operands(0))
        return True


class DropSwitchCasesThatMatchDefault(RewritePattern):
    """Cases that go where the default goes, with the same operands, are dropped."""

    root = SwitchOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, SwitchOp)
        default, default_operands = op.successors[0].value, op.successor_operands(0)
        kept = [
            c for c in _cases(op) if not (c[1] is default and _same(c[2], default_operands))
        ]
        if len(kept) == len(op.successors) - 1:
            return False
        _switch(
            rewriter,
            op,
            default,
            default_operands,
            [c[0] for c in kept],
            [c[1] for c in kept],
            [c[2] for c in kept],
        )
        return True


def _fold_switch(rewriter: PatternRewriter, op: SwitchOp, value: int) -> None:
    """Replace `op` with a branch to the case matching `value` (unsigned), or the default."""
    for v, dest, operands in _cases(op):
        if v == value:
            _br(rewriter, op, dest, operands)
            return
    _br(rewriter, op, op.successors[0].value, op.successor_operands(0))


class SimplifyConstSwitchValue(RewritePattern):
    """`switch %c42, [default: ^d, 42: ^b]` -> `br ^b`."""

    root = SwitchOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, SwitchOp)
        flag = _constant_int(op.operand(0))
        if flag is None:
            return False
        width = op.operand(0).type.width  # type: ignore[attr-defined]
        _fold_switch(rewriter, op, _masked(flag.value, width))
        return True


class SimplifyPassThroughSwitch(RewritePattern):
    """Destinations that only branch on are replaced by their branch's target."""

    root = SwitchOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, SwitchOp)
        changed = False
        dests = []
        operands = []
        for _, dest, ops in _cases(op):
            collapsed = collapse_branch(dest, ops)
            if collapsed is not None:
                changed = True
                dest, ops = collapsed
            dests.append(dest)
            operands.append(ops)
        default, default_operands = op.successors[0].value, op.successor_operands(0)
        collapsed = collapse_branch(default, default_operands)
        if collapsed is not None:
            changed = True
            default, default_operands = collapsed
        if not changed:
            return False
        _switch(rewriter, op, default, default_operands, op.case_value_list(), dests, operands)
        return True


def _pred_switch(op: SwitchOp) -> tuple[Block, SwitchOp] | None:
    """(this block, the switch of its single predecessor) when that switch is on the
    same flag."""
    block = op.parent
    assert block is not None
    pred = _single_predecessor(block)
    if pred is None:
        return None
    pred_switch = pred.last
    if not isinstance(pred_switch, SwitchOp) or pred_switch.operand(0) is not op.operand(0):
        return None
    return block, pred_switch


class SimplifySwitchFromSwitchOnSameCondition(RewritePattern):
    """A switch reached from a case of a switch on the same flag takes the case value's
    branch: `^a: switch %f [.., 42: ^b]`, `^b: switch %f [.., 42: ^c]` -> `^b: br ^c`."""

    root = SwitchOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, SwitchOp)
        found = _pred_switch(op)
        if found is None:
            return False
        block, pred_switch = found
        if pred_switch.successors[0].value is block:
            return False
        for v, dest, _ in _cases(pred_switch):
            if dest is block:
                _fold_switch(rewriter, op, v)
                return True
        _br(rewriter, op, op.successors[0].value, op.successor_operands(0))
        return True


class SimplifySwitchFromDefaultSwitchOnSameCondition(RewritePattern):
    """A switch reached from the default of a switch on the same flag drops the cases
    that the first switch sends elsewhere."""

    root = SwitchOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        assert isinstance(op, SwitchOp)
        found = _pred_switch(op)
        if found is None:
            return False
        block, pred_switch = found
        if pred_switch.successors[0].value is not block:
            return False
        impossible = {v for v, dest, _ in _cases(pred_switch) if dest is not block}
        cases = _cases(op)
        kept = [c for c in cases if c[0] not in impossible]
        if len(kept) == len(cases):
            return False
        _switch(
            rewriter,
            op,
            op.successors[0].value,
            op.successor_operands(0),
            [c[0] for c in kept],
            [c[1] for c in kept],
            [c[2] for c in kept],
        )
        return True


AssertOp.canonicalization_patterns = (EraseRedundantAssertions,)
BranchOp.canonicalization_patterns = (SimplifyBranch,)
CondBranchOp.canonicalization_patterns = (
    SimplifyConstCondBranchPred,
    SimplifyPassThroughCondBranch,
    SimplifyCondBranchIdenticalSuccessors,
    SimplifyCondBranchFromCondBranchOnSameCondition,
    CondBranchTruthPropagation,
)
SwitchOp.canonicalization_patterns = (
    SimplifySwitchWithOnlyDefault,
    DropSwitchCasesThatMatchDefault,
    SimplifyConstSwitchValue,
    SimplifyPassThroughSwitch,
    SimplifySwitchFromSwitchOnSameCondition,
    SimplifySwitchFromDefaultSwitchOnSameCondition,
)
