"""The data-flow solver, analysis states and the analysis base (upstream's
DataFlowFramework).

A state is attached to an anchor (a Value, a Block, an Operation or a CFG edge) and
created on demand by the analyses; when a state changes, the work items that depend on
it are queued again. A work item is (point, analysis): the point is an Operation (its
transfer function, upstream's program point after the op) or a Block (its arguments,
the program point at the block's start). The solver runs the queue until it is empty.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from mliropt.ir.operation import Block, Operation


class DataFlowError(Exception):
    """An analysis could not run (upstream's failed initializeAndRun)."""


class CFGEdge:
    """The anchor of a control-flow edge between two blocks (uniqued by the solver)."""

    __slots__ = ("src", "dst")

    def __init__(self, src: Block, dst: Block) -> None:
        self.src = src
        self.dst = dst

    def __repr__(self) -> str:
        return f"<CFGEdge {self.src!r} -> {self.dst!r}>"


class AnalysisState:
    """Base of the states the analyses compute for an anchor."""

    __slots__ = ("anchor", "dependents")

    def __init__(self, anchor: Any) -> None:
        self.anchor = anchor
        # Work items to run again when this state changes (a dict as an ordered set).
        self.dependents: dict[tuple[Any, Any], None] = {}

    def add_dependency(self, point: Any, analysis: Any) -> None:
        """Run `analysis` on `point` again whenever this state changes."""
        self.dependents[(point, analysis)] = None

    def on_update(self, solver: DataFlowSolver) -> None:
        """Queue what depends on this state (called after a change)."""
        for item in self.dependents:
            solver.enqueue(item)


class DataFlowSolver:
    """Owns the analyses and their states, and runs them to a fixpoint."""

    def __init__(self, interprocedural: bool = True) -> None:
        self.analyses: list[DataFlowAnalysis] = []
        self.states: dict[type, dict[Any, AnalysisState]] = {}
        self.worklist: deque[tuple[Any, Any]] = deque()
        self.queued: set[tuple[Any, Any]] = set()
        self.edges: dict[tuple[Block, Block], CFGEdge] = {}
        self.interprocedural = interprocedural

    def load(self, cls: type, *args: Any) -> Any:
        """Add an analysis of class `cls` (constructed with the solver and `args`)."""
        analysis = cls(self, *args)
        self.analyses.append(analysis)
        return analysis

    def initialize_and_run(self, top: Operation) -> None:
        """Initialize every analysis on `top`, then run the queue to the fixpoint."""
        for analysis in self.analyses:
            analysis.initialize(top)
        worklist = self.worklist
        queued = self.queued
        while worklist:
            item = worklist.popleft()
            queued.discard(item)
            item[1].visit(item[0])

    def enqueue(self, item: tuple[Any, Any]) -> None:
        """Queue (point, analysis) unless it is already waiting."""
        if item not in self.queued:
            self.queued.add(item)
            self.worklist.append(item)

    def lookup_state(self, anchor: Any, cls: type) -> Any:
        """The state of class `cls` of `anchor`, or None when never created."""
        table = self.states.get(cls)
        return None if table is None else table.get(anchor)

    def get_or_create_state(self, anchor: Any, cls: type) -> Any:
        """The state of class `cls` of `anchor`, created (uninitialized) on first use."""
        table = self.states.get(cls)
        if table is None:
            table = self.states[cls] = {}
        state = table.get(anchor)
        if state is None:
            state = table[anchor] = cls(anchor)
        return state

    def edge(self, src: Block, dst: Block) -> CFGEdge:
        """The uniqued anchor of the edge src -> dst."""
        key = (src, dst)
        e = self.edges.get(key)
        if e is None:
            e = self.edges[key] = CFGEdge(src, dst)
        return e

    def propagate_if_changed(self, state: AnalysisState, changed: bool) -> None:
        """Tell the dependents of `state` when it changed."""
        if changed:
            state.on_update(self)


class DataFlowAnalysis:
    """Base of analyses: `initialize(top)` seeds the states, `visit(point)` is the
    transfer function, rerun whenever a state it read changes."""

    def __init__(self, solver: DataFlowSolver) -> None:
        self.solver = solver

    def initialize(self, top: Operation) -> None:
        """Seed the analysis on the op it runs on."""
        raise NotImplementedError

    def visit(self, point: Any) -> None:
        """Run the transfer function at `point` (an Operation or a Block)."""
        raise NotImplementedError

    def get_or_create(self, anchor: Any, cls: type) -> Any:
        """A state this analysis writes."""
        return self.solver.get_or_create_state(anchor, cls)

    def get_or_create_for(self, point: Any, anchor: Any, cls: type) -> Any:
        """A state read at `point`: `point` is visited again when the state changes."""
        state = self.solver.get_or_create_state(anchor, cls)
        state.add_dependency(point, self)
        return state

    def propagate_if_changed(self, state: AnalysisState, changed: bool) -> None:
        """Propagate a change of `state`."""
        if changed:
            state.on_update(self.solver)
