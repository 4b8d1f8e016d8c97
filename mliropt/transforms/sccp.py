"""`sccp`: sparse conditional constant propagation (upstream's SCCP pass)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.analysis.dataflow.constant_propagation import SparseConstantPropagation
from mliropt.analysis.dataflow.dead_code import DeadCodeAnalysis
from mliropt.analysis.dataflow.framework import DataFlowSolver
from mliropt.analysis.dataflow.lattice import ConstantLattice
from mliropt.ir.effects import would_be_trivially_dead
from mliropt.ir.operation import Block, Operation, Value
from mliropt.passes.pass_base import Pass


@dataclass
class SCCPPass(Pass):
    """Sparse Conditional Constant Propagation

    Finds the values that are constant along the control flow that may execute (an
    optimistic data-flow analysis: everything is constant until proven otherwise,
    through branches, region control flow and calls), replaces them by constants and
    erases the ops that become dead.
    """

    argument: ClassVar[str] = "sccp"
    display_name: ClassVar[str] = "SCCP"

    def run(self, op: Operation) -> None:
        """Analyse `op`, then rewrite its regions."""
        solver = DataFlowSolver()
        solver.load(DeadCodeAnalysis)
        solver.load(SparseConstantPropagation)
        solver.initialize_and_run(op)
        _rewrite(solver, self.ctx, op)


def _replace_with_constant(solver: DataFlowSolver, folder: Any, block: Block, value: Value) -> bool:
    """Replace the uses of `value` by a constant when the analysis found one."""
    lattice = solver.lookup_state(value, ConstantLattice)
    if lattice is None or lattice.value.is_uninitialized or lattice.value.constant is None:
        return False
    known = lattice.value
    constant = folder.get_or_create_constant(block, known.dialect, known.constant, value.type)
    if constant is None:
        return False
    value.replace_all_uses_with(constant)
    return True


def _rewrite(solver: DataFlowSolver, ctx: Any, top: Operation) -> None:
    """Replace the constant values of `top`'s regions and erase what became dead, block
    by block as upstream walks them (nested regions after their block)."""
    from mliropt.rewrite.folding import OperationFolder
    from mliropt.rewrite.pattern import PatternRewriter

    folder = OperationFolder(PatternRewriter(ctx))
    worklist: list[Block] = []

    def add(regions: list) -> None:
        for region in regions:
            worklist.extend(reversed(region.blocks))

    add(top.regions)
    while worklist:
        block = worklist.pop()
        for op in list(block.ops):
            if op.parent is not block:
                continue
            replaced_all = bool(op.results)
            for res in op.results:
                replaced_all &= _replace_with_constant(solver, folder, block, res)
            if replaced_all and would_be_trivially_dead(op):
                op.erase()
                continue
            add(op.regions)
        for arg in block.args:
            _replace_with_constant(solver, folder, block, arg)
