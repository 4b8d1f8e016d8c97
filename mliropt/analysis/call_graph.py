"""The call graph: a node per callable region, call edges to what each calls, child
edges to the callables nested in it (upstream's CallGraph), and its strongly connected
components in post-order (LLVM's scc_iterator, callees before callers).

An external caller node has an abstract edge to every top-level callable (anything may
call them); calls that cannot be resolved go to the unknown callee node.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from mliropt.ir import interfaces as I
from mliropt.ir.operation import Operation, Region
from mliropt.ir.symbol_table import SymbolTableCollection

ABSTRACT, CALL, CHILD = 0, 1, 2


class CallGraphNode:
    """A callable region (None for the external caller and unknown callee nodes) and its
    outgoing edges (target, kind), in insertion order without duplicates."""

    __slots__ = ("region", "edges")

    def __init__(self, region: Region | None) -> None:
        self.region = region
        self.edges: dict[tuple[CallGraphNode, int], None] = {}

    @property
    def is_external(self) -> bool:
        """True for the external caller and unknown callee nodes."""
        return self.region is None

    @property
    def callable_region(self) -> Region:
        """The region this node stands for."""
        assert self.region is not None, "the external node has no callable region"
        return self.region

    def add_edge(self, node: CallGraphNode, kind: int) -> None:
        """An edge of `kind` to `node` (kept once)."""
        self.edges[(node, kind)] = None

    @property
    def has_children(self) -> bool:
        """True when a callable is nested in this one."""
        return any(kind == CHILD for _, kind in self.edges)

    def targets(self) -> list[CallGraphNode]:
        """The edge targets, in edge order."""
        return [t for t, _ in self.edges]

    def __repr__(self) -> str:
        if self.region is None:
            return "<CallGraphNode external>"
        return f"<CallGraphNode {self.region.parent.name if self.region.parent else '?'}>"


class CallGraph:
    """The call graph of the callables nested in an op."""

    def __init__(self, op: Operation) -> None:
        self.external_caller = CallGraphNode(None)
        self.unknown_callee = CallGraphNode(None)
        self.nodes: dict[Region, CallGraphNode] = {}
        symbols = SymbolTableCollection()
        # Callables first (nested ones must exist before calls resolve to them).
        self._compute(op, symbols, None, False)
        self._compute(op, symbols, None, True)

    def _compute(
        self,
        op: Operation,
        symbols: SymbolTableCollection,
        parent: CallGraphNode | None,
        resolve_calls: bool,
    ) -> None:
        if I.is_call(op):
            if resolve_calls and parent is not None:
                parent.add_edge(self.resolve_callable(op, symbols), CALL)
            return
        if I.is_callable(op):
            region = op.callable_region()  # type: ignore[attr-defined]
            if region is None:
                return
            parent = self.get_or_add_node(region, parent)
        for region in op.regions:
            for block in region.blocks:
                for nested in block.ops:
                    self._compute(nested, symbols, parent, resolve_calls)

    def get_or_add_node(self, region: Region, parent: CallGraphNode | None) -> CallGraphNode:
        """The node of `region`, created as a child of `parent` (or of the external node)."""
        node = self.nodes.get(region)
        if node is None:
            node = self.nodes[region] = CallGraphNode(region)
            if parent is not None:
                parent.add_edge(node, CHILD)
            else:
                # Every top-level callable may be called from outside.
                self.external_caller.add_edge(node, ABSTRACT)
        return node

    def lookup_node(self, region: Region | None) -> CallGraphNode | None:
        """The node of `region`, or None."""
        return None if region is None else self.nodes.get(region)

    def resolve_callable(self, call: Operation, symbols: SymbolTableCollection) -> CallGraphNode:
        """The node `call` calls, or the unknown callee node."""
        callee = I.resolve_callable(call, symbols)
        if callee is not None and I.is_callable(callee):
            node = self.lookup_node(callee.callable_region())  # type: ignore[attr-defined]
            if node is not None:
                return node
        return self.unknown_callee

    def __iter__(self) -> Iterator[CallGraphNode]:
        return iter(list(self.nodes.values()))

    def sccs(self) -> SCCIterator:
        """The strongly connected components, callees first."""
        return SCCIterator(self.external_caller)


class SCCIterator:
    """LLVM's scc_iterator: Tarjan's algorithm, one SCC computed per `next()`; a node
    can be replaced (erased) while iterating (`replace_node`)."""

    def __init__(self, entry: Any) -> None:
        self.visit_num = 0
        self.numbers: dict[Any, int] = {}
        self.node_stack: list[Any] = []
        # (node, child iterator, min visit number)
        self.visit_stack: list[list[Any]] = []
        self._visit_one(entry)

    def _visit_one(self, node: Any) -> None:
        self.visit_num += 1
        self.numbers[node] = self.visit_num
        self.node_stack.append(node)
        self.visit_stack.append([node, iter(node.targets()), self.visit_num])

    def _visit_children(self) -> None:
        while True:
            top = self.visit_stack[-1]
            child = next(top[1], None)
            if child is None:
                return
            num = self.numbers.get(child)
            if num is None:
                self._visit_one(child)
                continue
            if top[2] > num:
                top[2] = num

    def __iter__(self) -> SCCIterator:
        return self

    def __next__(self) -> list[Any]:
        while self.visit_stack:
            self._visit_children()
            node, _, min_num = self.visit_stack.pop()
            if self.visit_stack and self.visit_stack[-1][2] > min_num:
                self.visit_stack[-1][2] = min_num
            if min_num != self.numbers.get(node):
                continue
            scc = []
            while True:
                n = self.node_stack.pop()
                scc.append(n)
                self.numbers[n] = 1 << 62  # done: never lowers a minimum again
                if n is node:
                    break
            return scc
        raise StopIteration

    def replace_node(self, old: Any, new: Any) -> None:
        """Forget `old` (an erased node), giving its visit number to `new`."""
        if old in self.numbers:
            self.numbers[new] = self.numbers.pop(old)
