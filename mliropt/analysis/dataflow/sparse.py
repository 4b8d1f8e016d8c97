"""The sparse forward data-flow analysis base: lattices on SSA values, propagated
through op transfer functions, branches, region control flow and calls (upstream's
AbstractSparseForwardDataFlowAnalysis).

A subclass names its lattice class (`lattice_class`) and defines
`visit_operation_impl(op, operand_lattices, result_lattices)` and
`set_to_entry_state(lattice)` (the pessimistic state of values nothing is known about).
It runs with a DeadCodeAnalysis in the same solver, which says what is live.
"""

from __future__ import annotations

from typing import Any

from mliropt.analysis.dataflow.dead_code import Executable, PredecessorState
from mliropt.analysis.dataflow.framework import DataFlowAnalysis
from mliropt.ir import interfaces as I
from mliropt.ir.operation import Block, Operation
from mliropt.ir.symbol_table import SymbolTableCollection


class AbstractSparseForwardDataFlowAnalysis(DataFlowAnalysis):
    """Forward propagation of a sparse lattice (see the module docstring)."""

    lattice_class: type = object

    def __init__(self, solver: Any) -> None:
        super().__init__(solver)
        self.symbols = SymbolTableCollection()

    # ----------------------------------------------------------------- hooks

    def visit_operation_impl(self, op: Operation, operands: list, results: list) -> None:
        """The transfer function of an op that is no call and no region branch."""
        raise NotImplementedError

    def set_to_entry_state(self, lattice: Any) -> None:
        """Set a lattice element to its entry (pessimistic) state."""
        raise NotImplementedError

    def visit_external_call(self, call: Operation, operands: list, results: list) -> None:
        """The results of a call whose callee body is not visible."""
        self.set_all_to_entry_states(results)

    def visit_non_control_flow_arguments(
        self, op: Operation, successor: Any, lattices: list, first_index: int
    ) -> None:
        """Lattices of values not fed by control flow (an scf.for induction variable):
        the ones before `first_index` and after the successor inputs get the entry state."""
        n = len(successor.inputs) if successor is not None else 0
        self.set_all_to_entry_states(lattices[:first_index])
        self.set_all_to_entry_states(lattices[first_index + n :])

    # ----------------------------------------------------------------- helpers

    def lattice(self, value: Any) -> Any:
        """The lattice element of a value (written by this analysis)."""
        return self.get_or_create(value, self.lattice_class)

    def lattice_for(self, point: Any, value: Any) -> Any:
        """The lattice element of a value read at `point`."""
        return self.get_or_create_for(point, value, self.lattice_class)

    def set_all_to_entry_states(self, lattices: list) -> None:
        """Entry state for each element."""
        for lattice in lattices:
            self.set_to_entry_state(lattice)

    def join(self, lhs: Any, rhs: Any) -> None:
        """Join `rhs` into `lhs` and propagate a change."""
        self.propagate_if_changed(lhs, lhs.join(rhs))

    def _is_live(self, block: Block | None) -> bool:
        return block is None or self.get_or_create(block, Executable).live

    # ----------------------------------------------------------------- initialization

    def initialize(self, top: Operation) -> None:
        for region in top.regions:
            if region.blocks:
                for arg in region.blocks[0].args:
                    self.set_to_entry_state(self.lattice(arg))
        self._initialize_recursively(top)

    def _initialize_recursively(self, op: Operation) -> None:
        self.visit_operation(op)
        for region in op.regions:
            for block in region.blocks:
                self.get_or_create(block, Executable).block_content_subscribe(self)
                self.visit_block(block)
                for child in block.ops:
                    self._initialize_recursively(child)

    def visit(self, point: Any) -> None:
        if isinstance(point, Block):
            self.visit_block(point)
        else:
            self.visit_operation(point)

    # ----------------------------------------------------------------- operations

    def visit_operation(self, op: Operation) -> None:
        """Update the lattices of the op's results."""
        if not op.results or not self._is_live(op.parent):
            return
        results = [self.lattice(r) for r in op.results]
        if I.is_region_branch(op):
            self._visit_region_successors(op, op, None, results)
            return
        operands = []
        for u in op.op_operands:
            lattice = self.lattice(u.value)
            lattice.use_def_subscribe(self)
            operands.append(lattice)
        if I.is_call(op):
            self._visit_call(op, operands, results)
            return
        self.visit_operation_impl(op, operands, results)

    def _visit_call(self, call: Operation, operands: list, results: list) -> None:
        callee = I.resolve_callable(call, self.symbols)
        if not self.solver.interprocedural or (
            callee is not None and I.is_callable(callee) and callee.callable_region() is None  # type: ignore[attr-defined]
        ):
            self.visit_external_call(call, operands, results)
            return
        preds = self.get_or_create_for(call, call, PredecessorState)
        if not preds.all_known:
            self.set_all_to_entry_states(results)
            return
        for ret in preds.known_predecessors:
            for value, lattice in zip(ret.operands, results):
                self.join(lattice, self.lattice_for(call, value))

    # ----------------------------------------------------------------- blocks

    def visit_block(self, block: Block) -> None:
        """Update the lattices of a live block's arguments from its predecessors."""
        if not block.args or not self._is_live(block):
            return
        args = [self.lattice(a) for a in block.args]
        if block.is_entry_block():
            parent = block.parent_op
            assert parent is not None
            if I.is_callable(parent) and parent.callable_region() is block.parent:  # type: ignore[attr-defined]
                self._visit_callable(parent, block, args)
                return
            if I.is_region_branch(parent):
                self._visit_region_successors(block, parent, block.parent, args)  # type: ignore[arg-type]
                return
            self.visit_non_control_flow_arguments(parent, None, args, 0)  # type: ignore[arg-type]
            return
        # Upstream iterates the predecessors as the block's use-list does (newest first).
        for use in reversed(list(block.uses)):
            term = use.owner
            pred = term.parent
            edge = self.get_or_create(self.solver.edge(pred, block), Executable)  # type: ignore[arg-type]
            edge.block_content_subscribe(self)
            if not edge.live:
                continue
            if not I.is_branch(term):
                self.set_all_to_entry_states(args)
                return
            operands = term.successor_operands(use.index)  # type: ignore[attr-defined]
            produced = I.produced_operand_count(term, use.index)
            for i, lattice in enumerate(args):
                k = i - produced
                if 0 <= k < len(operands):
                    self.join(lattice, self.lattice_for(block, operands[k]))
                else:
                    # Arguments the branch produces itself: nothing is known of them.
                    self.set_to_entry_state(lattice)

    def _visit_callable(self, callable_op: Operation, entry: Block, args: list) -> None:
        callsites = self.get_or_create_for(entry, callable_op, PredecessorState)
        if not callsites.all_known or not self.solver.interprocedural:
            self.set_all_to_entry_states(args)
            return
        for call in callsites.known_predecessors:
            for value, lattice in zip(I.call_arg_operands(call), args):
                self.join(lattice, self.lattice_for(entry, value))

    # ----------------------------------------------------------------- region control flow

    def _visit_region_successors(
        self, point: Any, branch: Operation, region: Any, lattices: list
    ) -> None:
        """Join what the predecessors of `point` (the op's results, or a region's entry
        block) pass along region control flow."""
        preds = self.get_or_create_for(point, point, PredecessorState)
        for pred in preds.known_predecessors:
            if pred is branch:
                successor = _successor_of(branch, region, None, preds)
                operands = I.entry_successor_operands(branch, successor)
            elif I.is_region_branch_terminator(pred):
                successor = _successor_of(branch, region, pred.parent_region, preds)
                operands = I.terminator_successor_operands(pred, successor)
            else:
                operands = None
            if operands is None:
                self.set_all_to_entry_states(lattices)
                return
            inputs = preds.successor_inputs.get(pred, [])
            first = 0
            if len(inputs) != len(lattices):
                if inputs:
                    v = inputs[0]
                    first = v.index
                if isinstance(point, Block):
                    args = point.args[first : first + len(inputs)]
                    self.visit_non_control_flow_arguments(
                        branch, _Successor(point.parent, args), lattices, first
                    )
                else:
                    results = branch.results[first : first + len(inputs)]
                    self.visit_non_control_flow_arguments(
                        branch, _Successor(None, results), lattices, first
                    )
            for value, lattice in zip(operands, lattices[first:]):
                self.join(lattice, self.lattice_for(point, value))


class _Successor:
    """A region successor (`region` None: the parent) and the values it feeds."""

    __slots__ = ("region", "inputs")

    def __init__(self, region: Any, inputs: list) -> None:
        self.region = region
        self.inputs = list(inputs)


def _successor_of(branch: Operation, region: Any, source: Any, preds: Any) -> Any:
    """The RegionSuccessor `branch` gives for the edge from `source` (None: entering the
    op; a Region: leaving it) into `region` (None: the parent)."""
    for succ in branch.successor_regions(source):  # type: ignore[attr-defined]
        if succ.region is region:
            return succ
    inputs = region.blocks[0].args if region is not None else branch.results
    return _Successor(region, inputs)
