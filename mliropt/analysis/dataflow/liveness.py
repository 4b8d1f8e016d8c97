"""Liveness: which values may contribute to a side effect or an escaping result, found
by a sparse backward data-flow analysis (upstream's AbstractSparseBackwardDataFlowAnalysis
and LivenessAnalysis, run with dead-code analysis and constant propagation).

A value is live when an op that is not trivially dead uses it, when a public
function returns it, when it feeds a live value, when it is a non-forwarded operand of
a branch, a call or a live region-branch op, or when it feeds a live successor input.
"""

from __future__ import annotations

from typing import Any

from mliropt.analysis.dataflow.constant_propagation import SparseConstantPropagation
from mliropt.analysis.dataflow.dead_code import DeadCodeAnalysis, Executable, PredecessorState
from mliropt.analysis.dataflow.framework import DataFlowAnalysis, DataFlowSolver
from mliropt.analysis.dataflow.lattice import AbstractSparseLattice
from mliropt.ir import interfaces as I
from mliropt.ir.effects import would_be_trivially_dead
from mliropt.ir.operation import Block, Operation, Use
from mliropt.ir.symbol_table import SymbolTableCollection
from mliropt.ir.traits import ReturnLike


class Liveness(AbstractSparseLattice):
    """Whether a value is live."""

    __slots__ = ("live",)

    def __init__(self, anchor: Any) -> None:
        super().__init__(anchor)
        self.live = False

    def mark_live(self) -> bool:
        """Make live; True when this is new."""
        if self.live:
            return False
        self.live = True
        return True

    def meet(self, rhs: AbstractSparseLattice) -> bool:
        return self.mark_live() if rhs.live else False  # type: ignore[attr-defined]

    def join(self, rhs: AbstractSparseLattice) -> bool:
        return self.meet(rhs)

    def on_update(self, solver: Any) -> None:
        # Backward: the ops reading this value as a result depend on it (dependents).
        for item in self.dependents:
            solver.enqueue(item)

    def __repr__(self) -> str:
        return "live" if self.live else "not live"


class LivenessAnalysis(DataFlowAnalysis):
    """The sparse backward liveness analysis."""

    def __init__(self, solver: Any) -> None:
        super().__init__(solver)
        self.symbols = SymbolTableCollection()

    # ----------------------------------------------------------------- helpers

    def lattice(self, value: Any) -> Liveness:
        """The lattice of a value (written by this analysis)."""
        return self.get_or_create(value, Liveness)

    def lattice_for(self, point: Any, value: Any) -> Liveness:
        """The lattice of a value read at `point` (visited again when it changes)."""
        return self.get_or_create_for(point, value, Liveness)

    def meet(self, lhs: Liveness, rhs: Liveness) -> None:
        """Meet `rhs` into `lhs`."""
        self.propagate_if_changed(lhs, lhs.meet(rhs))

    def set_to_exit_state(self, lattice: Liveness) -> None:
        """Values escaping the analysis are live."""
        self.propagate_if_changed(lattice, lattice.mark_live())

    # ----------------------------------------------------------------- driver

    def initialize(self, top: Operation) -> None:
        # Users outside the root are not visited: the root's results are live.
        for r in top.results:
            self.set_to_exit_state(self.lattice(r))
        self._initialize_recursively(top)

    def _initialize_recursively(self, op: Operation) -> None:
        self.visit_operation(op)
        for region in op.regions:
            for block in region.blocks:
                self.get_or_create(block, Executable).block_content_subscribe(self)
                for child in list(block.ops_reversed()):
                    self._initialize_recursively(child)

    def visit(self, point: Any) -> None:
        if isinstance(point, Block):
            return
        self.visit_operation(point)

    # ----------------------------------------------------------------- transfer

    def visit_operation(self, op: Operation) -> None:
        """Propagate liveness from the op's results (and successors) to its operands."""
        block = op.parent
        if block is not None and not self.get_or_create(block, Executable).live:
            return
        operands = [self.lattice(u.value) for u in op.op_operands]
        results = [self.lattice_for(op, r) for r in op.results]
        if I.is_region_branch(op):
            self._visit_region_successors(op)
            return
        if I.is_branch(op):
            unaccounted = set(range(len(op.op_operands)))
            for index, succ in enumerate(op.successor_blocks):
                forwarded = op.successor_operands(index)  # type: ignore[attr-defined]
                uses = I.operand_range(op, forwarded)
                produced = I.produced_operand_count(op, index)
                for k, use in enumerate(uses, produced):
                    unaccounted.discard(use.index)
                    if k < len(succ.args):
                        self.meet(self.lattice(use.value), self.lattice_for(op, succ.args[k]))
            for index in sorted(unaccounted):
                self._visit_branch_operand(op.op_operands[index])
            return
        if I.is_call(op):
            callee = I.resolve_callable(op, self.symbols)
            if callee is not None and I.is_callable(callee):
                region = callee.callable_region()  # type: ignore[attr-defined]
                if region is None or not region.blocks or not self.solver.interprocedural:
                    self.visit_external_call(op, operands, results)
                    return
                args = I.operand_range(op, I.call_arg_operands(op))
                unaccounted = set(range(len(op.op_operands)))
                for arg, use in zip(region.blocks[0].args, args):
                    self.meet(self.lattice(use.value), self.lattice_for(op, arg))
                    unaccounted.discard(use.index)
                for index in sorted(unaccounted):
                    self._visit_call_operand(op.op_operands[index])
                return
        parent = op.parent_op
        if I.is_region_branch_terminator(op) and I.is_region_branch(parent):
            self._visit_region_successors_from_terminator(op, parent)  # type: ignore[arg-type]
            return
        if ReturnLike in op.traits and parent is not None and I.is_callable(parent):
            self._visit_callable_operation(op, parent, operands)
            return
        self.visit_operation_impl(op, operands, results)

    def visit_operation_impl(self, op: Operation, operands: list, results: list) -> None:
        """Operands of an op that is not trivially dead are live; if a result is live,
        every operand is."""
        if not would_be_trivially_dead(op):
            for lattice in operands:
                self.propagate_if_changed(lattice, lattice.mark_live())
        for r in results:
            if r.live:
                for lattice in operands:
                    self.meet(lattice, r)
                break

    def visit_external_call(self, call: Operation, operands: list, results: list) -> None:
        """The operands of a call to a body we cannot see are live."""
        for lattice in operands:
            self.set_to_exit_state(lattice)

    def _visit_callable_operation(
        self, op: Operation, callable_op: Operation, operands: list
    ) -> None:
        callsites = self.get_or_create_for(op, callable_op, PredecessorState)
        if not callsites.all_known:
            for lattice in operands:
                self.set_to_exit_state(lattice)
            return
        for call in callsites.known_predecessors:
            for lattice, res in zip(operands, call.results):
                self.meet(lattice, self.lattice_for(op, res))

    def _visit_region_successors(self, op: Operation) -> None:
        unaccounted = set(range(len(op.op_operands)))
        for use, inputs in I.region_successor_operand_inputs(op, None).items():
            for value in inputs:
                self.meet(self.lattice(use.value), self.lattice_for(op, value))
                unaccounted.discard(use.index)
        for succ in I.entry_successor_regions(op, [None] * len(op.op_operands)):
            if succ.region is None:
                continue
            self._visit_non_control_flow_arguments(succ, I.non_successor_inputs(op, succ))
        for index in sorted(unaccounted):
            self._visit_branch_operand(op.op_operands[index])

    def _visit_region_successors_from_terminator(self, term: Operation, branch: Operation) -> None:
        unaccounted = set(range(len(term.op_operands)))
        for use, inputs in I.region_successor_operand_inputs(branch, term).items():
            for value in inputs:
                self.meet(self.lattice(use.value), self.lattice_for(term, value))
                unaccounted.discard(use.index)
        for index in sorted(unaccounted):
            self._visit_branch_operand(term.op_operands[index])

    def _visit_branch_operand(self, use: Use) -> None:
        """A non-forwarded operand of a branch (a condition): live when the op using it
        (the terminator's parent for region terminators) is live."""
        op = use.owner
        visit_op = op.parent_op if I.is_region_branch_terminator(op) and not I.is_branch(op) else op
        assert visit_op is not None
        results = [self.lattice(r) for r in visit_op.results]
        self.visit_operation_impl(visit_op, [self.lattice(use.value)], results)

    def _visit_call_operand(self, use: Use) -> None:
        """A call operand that is no argument (a callee value) is live."""
        lattice = self.lattice(use.value)
        self.propagate_if_changed(lattice, lattice.mark_live())

    def _visit_non_control_flow_arguments(self, successor: Any, args: list) -> None:
        parent = successor.region.parent
        arg_lattices = [self.lattice(a) for a in args]
        result_lattices = [self.lattice(r) for r in parent.results]
        if any(r.live for r in result_lattices):
            for lattice in arg_lattices:
                self.propagate_if_changed(lattice, lattice.mark_live())
            return
        self.visit_operation_impl(parent, arg_lattices, result_lattices)


class RunLivenessAnalysis:
    """Runs the liveness analysis (with dead-code analysis and constant propagation) on
    an op; values in dead code get a "not live" state."""

    def __init__(self, op: Operation) -> None:
        self.solver = DataFlowSolver()
        self.solver.load(DeadCodeAnalysis)
        self.solver.load(SparseConstantPropagation)
        self.solver.load(LivenessAnalysis)
        self.solver.initialize_and_run(op)
        for nested in op.walk():
            for r in nested.results:
                self.solver.get_or_create_state(r, Liveness)
            for region in nested.regions:
                for block in region.blocks:
                    for a in block.args:
                        self.solver.get_or_create_state(a, Liveness)

    def liveness(self, value: Any) -> Liveness | None:
        """The liveness state of a value (None for values created after the analysis)."""
        return self.solver.lookup_state(value, Liveness)
