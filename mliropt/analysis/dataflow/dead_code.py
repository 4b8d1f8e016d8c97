"""Dead-code analysis: which blocks and CFG edges may execute, and the predecessors of
region entries, callables and calls (upstream's DeadCodeAnalysis).

It reads the constant lattice of branch operands (`ConstantLattice`) to follow only the
edges a constant condition takes, so it runs together with a constant propagation.
"""

from __future__ import annotations

from typing import Any

from mliropt.analysis.dataflow.framework import AnalysisState, CFGEdge, DataFlowAnalysis
from mliropt.analysis.dataflow.lattice import ConstantLattice
from mliropt.ir import interfaces as I
from mliropt.ir.operation import Block, Operation
from mliropt.ir.symbol_table import (
    SymbolTableCollection,
    is_symbol,
    region_symbol_uses,
    visibility,
    walk_symbol_tables,
)
from mliropt.ir.traits import ReturnLike


class Executable(AnalysisState):
    """Whether a block (or a CFG edge) may execute; analyses subscribed to a block's
    content visit the block and its ops again when it becomes live."""

    __slots__ = ("live", "subscribers")

    def __init__(self, anchor: Any) -> None:
        super().__init__(anchor)
        self.live = False
        self.subscribers: list[Any] = []

    def set_to_live(self) -> bool:
        """Mark live; True when this is new."""
        if self.live:
            return False
        self.live = True
        return True

    def block_content_subscribe(self, analysis: Any) -> None:
        """Visit the block's content with `analysis` when it becomes live."""
        if analysis not in self.subscribers:
            self.subscribers.append(analysis)

    def on_update(self, solver: Any) -> None:
        super().on_update(solver)
        anchor = self.anchor
        if isinstance(anchor, Block):
            for analysis in self.subscribers:
                solver.enqueue((anchor, analysis))
            for analysis in self.subscribers:
                for op in anchor.ops:
                    solver.enqueue((op, analysis))
        elif isinstance(anchor, CFGEdge):
            for analysis in self.subscribers:
                solver.enqueue((anchor.dst, analysis))

    def __repr__(self) -> str:
        return "live" if self.live else "dead"


class PredecessorState(AnalysisState):
    """The known predecessors of a program point (region entry, callable, call), with
    the values each passes, and whether they are all known."""

    __slots__ = ("all_known", "known", "successor_inputs")

    def __init__(self, anchor: Any) -> None:
        super().__init__(anchor)
        self.all_known = True
        self.known: dict[Operation, None] = {}
        self.successor_inputs: dict[Operation, list] = {}

    def set_has_unknown_predecessors(self) -> bool:
        """Some predecessors may be unknown; True when this is new."""
        if not self.all_known:
            return False
        self.all_known = False
        return True

    def join(self, predecessor: Operation, inputs: list | None = None) -> bool:
        """Add a known predecessor (and the successor inputs it feeds)."""
        changed = predecessor not in self.known
        self.known[predecessor] = None
        if inputs and self.successor_inputs.get(predecessor) != list(inputs):
            self.successor_inputs[predecessor] = list(inputs)
            changed = True
        return changed

    @property
    def known_predecessors(self) -> list[Operation]:
        """The known predecessors, in the order they were found."""
        return list(self.known)


def is_region_or_callable_return(op: Operation) -> bool:
    """A terminator leaving a region-branch op's region or a callable's body."""
    if op.successors:
        return False
    parent = op.parent_op
    if parent is None or not (I.is_region_branch(parent) or I.is_callable(parent)):
        return False
    block = op.parent
    return block is not None and block.terminator is op


def callable_region(op: Operation) -> Any:
    """The body of a callable op (None for a declaration)."""
    return op.callable_region()  # type: ignore[attr-defined]


class DeadCodeAnalysis(DataFlowAnalysis):
    """Marks blocks and edges live from the entry, following constant branch conditions,
    region successors and the call graph."""

    def __init__(self, solver: Any) -> None:
        super().__init__(solver)
        self.symbols = SymbolTableCollection()
        self.scope: Operation | None = None

    # ----------------------------------------------------------------- initialization

    def initialize(self, top: Operation) -> None:
        for region in top.regions:
            if region.blocks:
                state = self.get_or_create(region.blocks[0], Executable)
                self.propagate_if_changed(state, state.set_to_live())
        self._initialize_symbol_callables(top)
        self._initialize_recursively(top)

    def _initialize_symbol_callables(self, top: Operation) -> None:
        self.scope = top

        def visit_table(table: Operation, all_uses_visible: bool) -> None:
            region = table.regions[0]
            found = False
            for op in region.blocks[0].ops if region.blocks else ():
                if not I.is_callable(op) or callable_region(op) is None or not is_symbol(op):
                    continue
                vis = visibility(op)
                # Public callables, or nested ones whose uses we cannot all see, may be
                # called from anywhere.
                if vis == "public" or (not all_uses_visible and vis == "nested"):
                    state = self.get_or_create(op, PredecessorState)
                    self.propagate_if_changed(state, state.set_has_unknown_predecessors())
                found = True
            if not found:
                return
            uses = region_symbol_uses([region])
            if uses is None:
                for op in top.walk():
                    if I.is_callable(op):
                        state = self.get_or_create(op, PredecessorState)
                        self.propagate_if_changed(state, state.set_has_unknown_predecessors())
                return
            for use in uses:
                if I.is_call(use.user):
                    continue
                # A non-call use (a symbol taken as a value): the callsites are unknown.
                symbol = self.symbols.lookup_in(top, use.ref)
                state = self.get_or_create(symbol, PredecessorState)
                self.propagate_if_changed(state, state.set_has_unknown_predecessors())

        walk_symbol_tables(top, top.parent is None, visit_table)

    def _initialize_recursively(self, op: Operation) -> None:
        if op.regions or op.successors or is_region_or_callable_return(op) or I.is_call(op):
            if op.parent is not None:
                self.get_or_create(op.parent, Executable).block_content_subscribe(self)
            self.visit(op)
        for region in op.regions:
            for block in region.blocks:
                for child in block.ops:
                    self._initialize_recursively(child)

    # ----------------------------------------------------------------- helpers

    def _mark_edge_live(self, src: Block, dst: Block) -> None:
        state = self.get_or_create(dst, Executable)
        self.propagate_if_changed(state, state.set_to_live())
        edge = self.get_or_create(self.solver.edge(src, dst), Executable)
        self.propagate_if_changed(edge, edge.set_to_live())

    def _mark_entry_blocks_live(self, op: Operation) -> None:
        for region in op.regions:
            if region.blocks:
                state = self.get_or_create(region.blocks[0], Executable)
                self.propagate_if_changed(state, state.set_to_live())

    def _operand_constants(self, op: Operation) -> list | None:
        """The constant of each operand, or None when one is not yet known."""
        out = []
        for u in op.op_operands:
            lattice = self.get_or_create(u.value, ConstantLattice)
            lattice.use_def_subscribe(self)
            value = lattice.value
            if value.is_uninitialized:
                return None
            out.append(value.constant)
        return out

    # ----------------------------------------------------------------- transfer

    def visit(self, point: Any) -> None:
        if isinstance(point, Block):
            return
        op: Operation = point
        block = op.parent
        if block is not None and not self.get_or_create(block, Executable).live:
            return
        if I.is_call(op):
            self._visit_call(op)
        if op.regions:
            if I.is_region_branch(op):
                self._visit_region_branch(op)
            elif I.is_callable(op):
                callsites = self.get_or_create_for(op, op, PredecessorState)
                if not callsites.all_known or callsites.known:
                    self._mark_entry_blocks_live(op)
            else:
                self._mark_entry_blocks_live(op)
        if is_region_or_callable_return(op):
            parent = op.parent_op
            if I.is_region_branch(parent):
                self._visit_region_terminator(op, parent)  # type: ignore[arg-type]
            elif parent is not None and I.is_callable(parent):
                self._visit_callable_terminator(op, parent)
        if op.successors:
            if I.is_branch(op):
                self._visit_branch(op)
            else:
                for succ in op.successor_blocks:
                    self._mark_edge_live(block, succ)  # type: ignore[arg-type]

    def _is_external_callable(self, op: Operation) -> bool:
        assert self.scope is not None
        if not self.scope.is_ancestor_of(op):
            return True
        return I.is_callable(op) and callable_region(op) is None

    def _visit_call(self, call: Operation) -> None:
        callee = I.resolve_callable(call, self.symbols)
        if callee is not None and is_symbol(callee) and not self._is_external_callable(callee):
            callsites = self.get_or_create(callee, PredecessorState)
            self.propagate_if_changed(callsites, callsites.join(call))
        else:
            preds = self.get_or_create(call, PredecessorState)
            self.propagate_if_changed(preds, preds.set_has_unknown_predecessors())

    def _visit_branch(self, op: Operation) -> None:
        constants = self._operand_constants(op)
        if constants is None:
            return
        block = op.parent
        succ = I.successor_for_operands(op, constants)
        if succ is not None:
            self._mark_edge_live(block, succ)  # type: ignore[arg-type]
            return
        for s in op.successor_blocks:
            self._mark_edge_live(block, s)  # type: ignore[arg-type]

    def _visit_region_branch(self, op: Operation) -> None:
        constants = self._operand_constants(op)
        if constants is None:
            return
        for succ in I.entry_successor_regions(op, constants):
            point: Any = succ.region.blocks[0] if succ.region is not None else op
            state = self.get_or_create(point, Executable)
            self.propagate_if_changed(state, state.set_to_live())
            preds = self.get_or_create(point, PredecessorState)
            self.propagate_if_changed(preds, preds.join(op, succ.inputs))

    def _visit_region_terminator(self, op: Operation, branch: Operation) -> None:
        constants = self._operand_constants(op)
        if constants is None:
            return
        if I.is_region_branch_terminator(op):
            successors = I.terminator_successor_regions(op, constants)
        else:
            successors = branch.successor_regions(op.parent_region)  # type: ignore[attr-defined]
        for succ in successors:
            if succ.region is not None:
                entry = succ.region.blocks[0]
                state = self.get_or_create(entry, Executable)
                self.propagate_if_changed(state, state.set_to_live())
                preds = self.get_or_create(entry, PredecessorState)
            else:
                preds = self.get_or_create(branch, PredecessorState)
            self.propagate_if_changed(preds, preds.join(op, succ.inputs))

    def _visit_callable_terminator(self, op: Operation, callable_op: Operation) -> None:
        callsites = self.get_or_create_for(op, callable_op, PredecessorState)
        can_resolve = ReturnLike in op.traits and op.registered
        for call in callsites.known_predecessors:
            preds = self.get_or_create(call, PredecessorState)
            if can_resolve:
                self.propagate_if_changed(preds, preds.join(op))
            else:
                self.propagate_if_changed(preds, preds.set_has_unknown_predecessors())
