"""The cf dialect: unstructured control flow (branches, switches, assertions).

The ops and upstream's BranchOpInterface are in `ops.py`; their canonicalization
patterns (upstream cf has no folders) are in `canonicalize.py`.
"""

from __future__ import annotations

import mliropt.dialects.cf.canonicalize  # noqa: F401 - attaches the patterns
from mliropt.dialects.cf.ops import (
    AssertOp,
    BranchOp,
    BranchOpInterface,
    CondBranchOp,
    ControlFlowInliner,
    SwitchOp,
    op_error,
    parse_successor_and_operands,
    print_successor_and_operands,
)
from mliropt.ir.dialect import Dialect


class ControlFlowDialect(Dialect):
    """The cf dialect."""

    name = "cf"
    ops = (AssertOp, BranchOp, CondBranchOp, SwitchOp)
    grammar_fragment = "cf.lark"
    dependent_dialects = ("arith", "ub")
    inliner = ControlFlowInliner


__all__ = [
    "ControlFlowDialect",
    "AssertOp",
    "BranchOp",
    "BranchOpInterface",
    "CondBranchOp",
    "SwitchOp",
    "op_error",
    "parse_successor_and_operands",
    "print_successor_and_operands",
]
