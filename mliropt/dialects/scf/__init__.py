"""The scf dialect: structured control flow (loops, conditionals, regions).

Every op upstream MLIR 22 registers: scf.condition, scf.execute_region, scf.for,
scf.forall, scf.forall.in_parallel, scf.if, scf.index_switch, scf.parallel,
scf.reduce, scf.reduce.return, scf.while, scf.yield. The control-flow interfaces the
ops answer (regions and successors, loop bounds and iter args) are documented in
`interfaces.py`; canonicalization patterns are in `canonicalize.py`.
"""

from __future__ import annotations

from mliropt.dialects.scf import canonicalize as _canonicalize  # noqa: F401 - attaches the patterns
from mliropt.dialects.scf.if_switch import IfOp, IndexSwitchOp
from mliropt.dialects.scf.loops import ForOp, WhileOp
from mliropt.dialects.scf.ops import (
    ConditionOp,
    ExecuteRegionOp,
    InParallelOp,
    ReduceOp,
    ReduceReturnOp,
    SCFInliner,
    YieldOp,
)
from mliropt.dialects.scf.parallel import ForallOp, ParallelOp
from mliropt.ir.dialect import Dialect


class SCFDialect(Dialect):
    """The scf dialect."""

    name = "scf"
    ops = (
        ConditionOp,
        ExecuteRegionOp,
        ForOp,
        ForallOp,
        InParallelOp,
        IfOp,
        IndexSwitchOp,
        ParallelOp,
        ReduceOp,
        ReduceReturnOp,
        WhileOp,
        YieldOp,
    )
    grammar_fragment = "scf.lark"
    dependent_dialects = ("arith",)
    inliner = SCFInliner


__all__ = [
    "SCFDialect",
    "ConditionOp",
    "ExecuteRegionOp",
    "ForOp",
    "ForallOp",
    "InParallelOp",
    "IfOp",
    "IndexSwitchOp",
    "ParallelOp",
    "ReduceOp",
    "ReduceReturnOp",
    "WhileOp",
    "YieldOp",
]
