"""Canonicalization patterns of the index dialect (upstream MLIR 22's): `index.cmp` of a
difference against zero compares the difference's operands."""

from __future__ import annotations

from mliropt.dialects.index.folding import constant_of, is_const
from mliropt.dialects.index.ops import CmpOp, SubOp
from mliropt.ir.operation import Operation
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern


class CmpOfSubAndZero(RewritePattern):
    """`cmp(sub(a, b), 0)` -> `cmp(a, b)` and `cmp(0, sub(a, b))` -> `cmp(b, a)` (upstream's
    CmpOp::canonicalize; the predicate is kept as it is)."""

    root = CmpOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        lhs, rhs = op.operands
        rhs_zero = is_const(constant_of(rhs), 0)
        if not rhs_zero and not is_const(constant_of(lhs), 0):
            return False
        sub = (lhs if rhs_zero else rhs).owner_op
        if not isinstance(sub, SubOp):
            return False
        a, b = sub.operands
        rewriter.set_insertion_point(op)
        new = rewriter.create(
            CmpOp,
            operands=[a, b] if rhs_zero else [b, a],
            result_types=[op.results[0].type],
            properties={"pred": op.properties["pred"]},
            location=op.location,
        )
        rewriter.replace_op(op, new.results)
        return True


CmpOp.canonicalization_patterns = (CmpOfSubAndZero,)
