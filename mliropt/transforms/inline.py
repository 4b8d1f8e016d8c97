"""`inline`: inline calls bottom-up over the SCCs of the call graph, simplifying the
callables in between (upstream's InlinerPass and Inliner)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.analysis.call_graph import CHILD, CallGraph, CallGraphNode
from mliropt.ir import interfaces as I
from mliropt.ir.attributes import SymbolRefAttr
from mliropt.ir.effects import is_memory_effect_free
from mliropt.ir.operation import Block, Operation
from mliropt.ir.symbol_table import (
    SymbolTableCollection,
    can_discard_on_use_empty,
    is_private,
    is_symbol,
    is_symbol_table,
    symbol_uses,
    walk_symbol_tables,
)
from mliropt.ir.traits import IsolatedFromAbove, IsTerminator, SingleBlock
from mliropt.ir.traits import SingleBlockImplicitTerminator as _ImplicitTerminator
from mliropt.passes.pass_base import Pass, option, uint
from mliropt.rewrite.inlining import InlinerInterface, inline_call

NO_THRESHOLD = 4294967295  # upstream's -1U: always profitable
# A pipeline-valued list option (`func.func(cse)`), listed as `<pass-manager>`.
pass_manager = Any


@dataclass
class InlinerPass(Pass):
    """Inline function calls

    Inlines the calls whose callee body is visible and legal to inline (each dialect's
    inliner interface decides), bottom-up over the strongly connected components of the
    call graph, simplifying each callable with the default (or its op's) pipeline before
    and between inlining rounds. Inlined ops get `callsite(callee at caller)` locations;
    private callables left without uses are erased.
    """

    argument: ClassVar[str] = "inline"
    display_name: ClassVar[str] = "Inliner"

    default_pipeline: str = option(
        "canonicalize",
        "The optimizer pipeline used for callables that do not have a dedicated optimizer "
        "pipeline in opPipelineList",
    )
    op_pipelines: list[pass_manager] = option(
        [],
        "Callable operation specific optimizer pipelines (in the form of `dialect.op(pipeline)`)",
        list_=True,
    )
    max_iterations: uint = option(4, "Maximum number of iterations when inlining within an SCC")
    inlining_threshold: uint = option(
        NO_THRESHOLD,
        "If the ratio between the number of the operations in the callee and the number of "
        "the operations in the caller exceeds this value (in percentage), then the callee is "
        "not inlined even if it is legal to inline it",
    )

    def __post_init__(self) -> None:
        super().__post_init__()
        from mliropt.passes.pipeline import OpPassManager, PipelineError, parse_pipeline

        # Pipeline texts become pass managers (printed back in upstream's form).
        pipelines = []
        for p in self.op_pipelines:
            try:
                pipelines.append(p if isinstance(p, OpPassManager) else parse_pipeline(p))
            except PipelineError as e:
                # As upstream's option parser: the pipeline's error, then an empty one.
                raise PipelineError("", cl_error=e.text) from None
        self.op_pipelines = pipelines

    def _pipelines(self) -> tuple[dict[str, Any], Any]:
        """The op-specific pipelines by anchor, and a builder of the default one."""
        from mliropt.passes.pipeline import OpPassManager, PipelineError, parse_pipeline_into

        by_op = {pm.op_name: pm for pm in self.op_pipelines if pm.elements}
        text = self.default_pipeline
        if not text.strip():
            return by_op, None

        def build(op_name: str) -> Any:
            pm = OpPassManager(op_name)
            try:
                parse_pipeline_into(text, pm)
            except PipelineError as e:
                # As upstream, a bad default pipeline is reported (once per callable op
                # name) and the callables are left unoptimized.
                sys.stderr.write(e.text)
                pm = OpPassManager(op_name)
            return pm

        return by_op, build

    def run(self, op: Operation) -> None:
        """Inline the calls nested in `op`, a symbol table."""
        if not is_symbol_table(op):
            raise self.emit_op_error(
                op,
                f"'{op.name}' op  was scheduled to run under the inliner, but does not "
                "define a symbol table",
            )
        by_op, default = self._pipelines()
        Inliner(self, op, by_op, default).run()


class ResolvedCall:
    """A call, the node it is in and the node it calls."""

    __slots__ = ("call", "source", "target")

    def __init__(self, call: Operation, source: CallGraphNode, target: CallGraphNode) -> None:
        self.call = call
        self.source = source
        self.target = target


# ----------------------------------------------------------------- symbol uses


def _walk_referenced_nodes(
    op: Operation, cg: CallGraph, symbols: SymbolTableCollection, resolved: dict, callback: Any
) -> None:
    """Call `callback(node, user)` for each symbol use in `op` that names a callable."""
    for use in symbol_uses(op) or ():
        ref = use.ref
        if ref in resolved:
            node = resolved[ref]
        else:
            resolved[ref] = None
            sym = symbols.lookup_nearest(op, ref)
            if sym is None or not I.is_callable(sym):
                continue
            node = resolved[ref] = cg.lookup_node(sym.callable_region())  # type: ignore[attr-defined]
        if node is not None:
            callback(node, use.user)


class _CGUser:
    __slots__ = ("top_level", "inner")

    def __init__(self) -> None:
        self.top_level: dict[CallGraphNode, None] = {}
        self.inner: dict[CallGraphNode, int] = {}


class CGUseList:
    """The symbol uses of the discardable callables (the ones that may be erased once
    unused), tracked per node (upstream's CGUseList)."""

    def __init__(self, op: Operation, cg: CallGraph, symbols: SymbolTableCollection) -> None:
        self.symbols = symbols
        self.discardable: dict[CallGraphNode, int] = {}
        self.node_uses: dict[CallGraphNode, _CGUser] = {}
        always_live: dict[Any, Any] = {}

        def visit_table(table: Operation, all_visible: bool) -> None:
            for block in table.regions[0].blocks:
                for child in block.ops:
                    if I.is_callable(child):
                        node = cg.lookup_node(child.callable_region())  # type: ignore[attr-defined]
                        if node is not None:
                            if (
                                is_symbol(child)
                                and (all_visible or is_private(child))
                                and can_discard_on_use_empty(child)
                            ):
                                self.discardable.setdefault(node, 0)
                            continue
                    _walk_referenced_nodes(child, cg, symbols, always_live, lambda n, u: None)

        walk_symbol_tables(op, op.parent is None, visit_table)
        for node in always_live.values():
            if node is not None:
                self.discardable.pop(node, None)
        for node in cg:
            self.recompute_uses(node, cg)

    def _add(self, node: CallGraphNode, delta: int) -> None:
        self.discardable[node] = self.discardable.get(node, 0) + delta

    def drop_call_uses(self, user_node: CallGraphNode, call: Operation, cg: CallGraph) -> None:
        """Forget the uses `call` (in `user_node`) holds."""
        refs = self.node_uses.setdefault(user_node, _CGUser()).inner

        def drop(node: CallGraphNode, user: Operation) -> None:
            if node not in refs:
                return
            refs[node] -= 1
            self._add(node, -1)

        _walk_referenced_nodes(call, cg, self.symbols, {}, drop)

    def erase_node(self, node: CallGraphNode) -> None:
        """Drop a node (and its children) and the uses it holds."""
        for child, kind in list(node.edges):
            if kind == CHILD:
                self.erase_node(child)
        uses = self.node_uses.pop(node)
        self._decrement(uses)
        self.discardable.pop(node, None)

    def is_dead(self, node: CallGraphNode) -> bool:
        """The node has no uses left and may be erased."""
        op = node.callable_region.parent
        assert op is not None
        if not is_symbol(op):
            return is_memory_effect_free(op) and not any(r.uses for r in op.results)
        return self.discardable.get(node) == 0

    def has_one_use_and_discardable(self, node: CallGraphNode) -> bool:
        """The node has exactly one use and may be erased after inlining it."""
        op = node.callable_region.parent
        assert op is not None
        if not is_symbol(op):
            return is_memory_effect_free(op) and sum(len(r.uses) for r in op.results) == 1
        return self.discardable.get(node) == 1

    def recompute_uses(self, node: CallGraphNode, cg: CallGraph) -> None:
        """Count again the discardable uses held by `node`'s callable."""
        parent = node.callable_region.parent
        assert parent is not None
        uses = self.node_uses.get(node)
        if uses is not None:
            self._decrement(uses)
        uses = self.node_uses[node] = _CGUser()

        def count(ref_node: CallGraphNode, user: Operation) -> None:
            if ref_node not in self.discardable:
                return
            if user is not parent:
                uses.inner[ref_node] = uses.inner.get(ref_node, 0) + 1
            elif ref_node in uses.top_level:
                return
            else:
                uses.top_level[ref_node] = None
            self.discardable[ref_node] += 1

        _walk_referenced_nodes(parent, cg, self.symbols, {}, count)

    def merge_uses_after_inlining(self, lhs: CallGraphNode, rhs: CallGraphNode) -> None:
        """`lhs` was inlined into `rhs`: `rhs` now holds a copy of `lhs`'s inner uses."""
        lhs_uses = self.node_uses.setdefault(lhs, _CGUser())
        rhs_uses = self.node_uses.setdefault(rhs, _CGUser())
        for node, n in lhs_uses.inner.items():
            rhs_uses.inner[node] = rhs_uses.inner.get(node, 0) + n
            self._add(node, n)

    def _decrement(self, uses: _CGUser) -> None:
        for node in uses.top_level:
            self._add(node, -1)
        for node, n in uses.inner.items():
            self._add(node, -n)


# ----------------------------------------------------------------- the inliner


def collect_calls(
    blocks: list[Block],
    source: CallGraphNode,
    cg: CallGraph,
    symbols: SymbolTableCollection,
    calls: list[ResolvedCall],
    traverse_nested: bool,
) -> None:
    """Add the resolvable calls in `blocks` (and in nested non-callable regions, or all
    nested regions with `traverse_nested`) to `calls`, in upstream's order."""
    worklist = [(b, source) for b in blocks]
    while worklist:
        block, node = worklist.pop()
        for op in block.ops:
            if I.is_call(op):
                callee = op.callable_for_callee()  # type: ignore[attr-defined]
                if isinstance(callee, SymbolRefAttr) and callee.nested:
                    continue
                target = cg.resolve_callable(op, symbols)
                if not target.is_external:
                    calls.append(ResolvedCall(op, node, target))
                continue
            for region in op.regions:
                nested = cg.lookup_node(region)
                if traverse_nested or nested is None:
                    worklist.extend((b, nested or node) for b in region.blocks)


class _Interface(InlinerInterface):
    """Collects the calls of the blocks being inlined, so they can be inlined too."""

    def __init__(self, ctx: Any, cg: CallGraph, symbols: SymbolTableCollection) -> None:
        super().__init__(ctx)
        self.cg = cg
        self.symbols = symbols
        self.calls: list[ResolvedCall] = []
        self.dead: dict[CallGraphNode, None] = {}

    def process_inlined_blocks(self, blocks: list[Block]) -> None:
        region = blocks[0].parent
        node = self.cg.lookup_node(region)
        while node is None and region is not None:
            region = region.parent.parent_region if region.parent is not None else None
            node = self.cg.lookup_node(region)
        assert node is not None, "expected a call graph node around the inlined blocks"
        collect_calls(blocks, node, self.cg, self.symbols, self.calls, True)


def _inline_history_includes(node: CallGraphNode, hid: int | None, history: list) -> bool:
    while hid is not None:
        if history[hid][0] is node:
            return True
        hid = history[hid][1]
    return False


def _count_ops(region: Any) -> int:
    return sum(1 for _ in region.walk())


class Inliner:
    """One run of the inliner over the call graph of a symbol-table op."""

    def __init__(self, pass_: InlinerPass, op: Operation, pipelines: dict, default: Any) -> None:
        self.pass_ = pass_
        self.op = op
        self.pipelines = pipelines
        self.default = default
        self.default_pms: dict[str, Any] = {}
        self.cg = CallGraph(op)

    def run(self) -> None:
        """Inline over the SCCs bottom-up, then erase the callables found dead."""
        symbols = SymbolTableCollection()
        iface = _Interface(self.pass_.ctx, self.cg, symbols)
        uses = CGUseList(self.op, self.cg, symbols)
        sccs = self.cg.sccs()
        for scc in sccs:
            self._inline_scc(iface, uses, scc, sccs)
        for node in iface.dead:
            callable_op = node.callable_region.parent
            if callable_op is not None and callable_op.parent is not None:
                callable_op.erase()

    def _inline_scc(self, iface: _Interface, uses: CGUseList, scc: list, sccs: Any) -> None:
        iteration = 0
        while True:
            self._optimize_scc(uses, scc)
            if not self._inline_calls_in_scc(iface, uses, scc, sccs):
                break
            iteration += 1
            if iteration >= self.pass_.max_iterations:
                break

    def _optimize_scc(self, uses: CGUseList, scc: list) -> None:
        visit = []
        for node in scc:
            if node.is_external or node.has_children:
                continue
            owner = node.callable_region.parent
            if owner is None or IsolatedFromAbove not in owner.traits:
                continue
            visit.append(node)
        if not visit:
            return
        for node in visit:
            self._optimize_callable(node)
        for node in visit:
            uses.recompute_uses(node, self.cg)

    def _optimize_callable(self, node: CallGraphNode) -> None:
        from mliropt.passes.pass_manager import run_pipeline

        callable_op = node.callable_region.parent
        assert callable_op is not None
        name = callable_op.name
        pm = self.pipelines.get(name)
        if pm is None:
            if self.default is None:
                return
            pm = self.default_pms.get(name)
            if pm is None:
                pm = self.default_pms[name] = self.default(name)
        run_pipeline(self.pass_, pm, callable_op)

    def _inline_calls_in_scc(
        self, iface: _Interface, uses: CGUseList, scc: list, sccs: Any
    ) -> bool:
        cg = self.cg
        calls = iface.calls
        dead: dict[CallGraphNode, None] = {}
        for node in scc:
            if node.is_external:
                continue
            if uses.is_dead(node):
                dead[node] = None
            else:
                collect_calls(node.callable_region.blocks, node, cg, iface.symbols, calls, False)
        # Calls that appear by inlining remember where they came from, so that a callee
        # is never inlined into its own expansion.
        history: list[tuple[CallGraphNode, int | None]] = []
        call_history: list[int | None] = [None] * len(calls)
        inlined_any = False
        i = 0
        while i < len(calls):
            resolved = calls[i]
            hid = call_history[i]
            i += 1
            if resolved.source in dead:
                continue
            if _inline_history_includes(resolved.target, hid, history):
                continue
            if not self._should_inline(resolved):
                continue
            before = len(calls)
            target_region = resolved.target.callable_region
            in_place = uses.has_one_use_and_discardable(resolved.target)
            call = resolved.call
            callable_op = target_region.parent
            if not inline_call(iface, call, callable_op, target_region, not in_place):  # type: ignore[arg-type]
                continue
            inlined_any = True
            new_hid = len(history)
            history.append((resolved.target, hid))
            call_history.extend([new_hid] * (len(calls) - before))
            uses.drop_call_uses(resolved.source, call, cg)
            uses.merge_uses_after_inlining(resolved.target, resolved.source)
            call.erase()
            if in_place:
                uses.erase_node(resolved.target)
                dead[resolved.target] = None
        for node in dead:
            if node in scc:
                scc.remove(node)
                sccs.replace_node(node, None)
            iface.dead[node] = None
        calls.clear()
        return inlined_any

    def _should_inline(self, resolved: ResolvedCall) -> bool:
        call = resolved.call
        if IsTerminator in call.traits:
            return False
        target, source = resolved.target, resolved.source
        # No self-recursive callee, nor one calling back its caller (A -> B -> A).
        if any(t is target or t is source for t in target.targets()):
            return False
        region = target.callable_region
        call_region = call.parent_region
        if call_region is not None and region.is_ancestor_of(call_region):
            return False
        if len(region.blocks) >= 2 and not self._supports_multiple_blocks(resolved):
            return False
        return self._is_profitable(resolved)

    def _supports_multiple_blocks(self, resolved: ResolvedCall) -> bool:
        caller = resolved.call.parent_op
        callee = resolved.target.callable_region.parent
        if caller is None or callee is None:
            return False
        if caller.name == callee.name:
            return True
        if not caller.registered:
            return False  # it might have the SingleBlock trait
        return SingleBlock not in caller.traits and _ImplicitTerminator not in caller.traits

    def _is_profitable(self, resolved: ResolvedCall) -> bool:
        threshold = self.pass_.inlining_threshold
        if threshold == 0:
            return False
        if threshold == NO_THRESHOLD:
            return True
        caller_ops = _count_ops(resolved.source.callable_region)
        if caller_ops == 0:
            return True
        ratio = _count_ops(resolved.target.callable_region) * 100 // caller_ops
        return ratio <= threshold
