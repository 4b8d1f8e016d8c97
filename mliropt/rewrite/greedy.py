"""The greedy pattern rewrite driver (upstream's applyPatternsGreedily).

Each iteration seeds a worklist with every op of the region in pre-order (reversed
so ops pop in order; post-order with `top_down=False`); constants are uniqued and
hoisted by an OperationFolder while seeding, and the users of a replaced duplicate are
queued at that moment, as upstream does. It then erases unreachable blocks (always:
patterns are unsafe on unreachable code) and pops ops: trivially dead ops are erased,
ops are folded (constants materialized by their dialect before the op, with the op's
location), then the patterns are tried by decreasing benefit. Changes add the affected
ops (and their ancestors up to the scope region) back to the worklist through the
rewriter's listener; erasing an op queues the definitions of its operands when they
are left with at most one other user. Iterations repeat until nothing changes or
`max_iterations`; region simplification (region_simplify.py: dead code and arguments;
with `aggressive` also block merging and redundant arguments) runs after each one.
`apply_patterns_greedily` returns whether the last iteration changed nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mliropt.ir.builder import Listener
from mliropt.ir.effects import (
    DEAD_WHEN_UNUSED,
    DEADNESS_BY_CLASS,
    NEVER_DEAD,
    deadness_kind,
    would_be_trivially_dead,
)
from mliropt.ir.operation import Operation, OpResult, Region
from mliropt.ir.traits import ConstantLike
from mliropt.rewrite.folding import OperationFolder, constant_value, fold
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern

NO_LIMIT = -1


@dataclass
class GreedyConfig:
    """Upstream's GreedyRewriteConfig."""

    top_down: bool = True
    max_iterations: int = 10
    max_num_rewrites: int = NO_LIMIT
    region_simplify: str = "normal"  # disabled | normal | aggressive
    fold: bool = True
    cse_constants: bool = True


class Worklist:
    """A stack of ops with O(1) membership and removal (removed entries become None)."""

    __slots__ = ("items", "index")

    def __init__(self) -> None:
        self.items: list[Operation | None] = []
        self.index: dict[Operation, int] = {}

    def push(self, op: Operation) -> None:
        """Add `op` unless it is already queued."""
        if op in self.index:
            return
        self.index[op] = len(self.items)
        self.items.append(op)

    def pop(self) -> Operation | None:
        """The most recently pushed op (None for removed entries)."""
        op = self.items.pop()
        if op is not None:
            del self.index[op]
        return op

    def remove(self, op: Operation) -> None:
        """Drop `op` if queued."""
        i = self.index.pop(op, None)
        if i is not None:
            self.items[i] = None

    def reverse(self) -> None:
        """Reverse the order (seeding pre-order, popping from the end)."""
        self.items.reverse()
        self.index = {op: i for i, op in enumerate(self.items) if op is not None}

    def clear(self) -> None:
        """Empty the worklist."""
        self.items.clear()
        self.index.clear()

    def __bool__(self) -> bool:
        return bool(self.items)


class _Driver(Listener):
    def __init__(
        self, ctx: Any, patterns: list[RewritePattern], config: GreedyConfig, scope: Region
    ) -> None:
        self.ctx = ctx
        self.config = config
        self.scope = scope
        self.worklist = Worklist()
        self.rewriter = PatternRewriter(ctx, self)
        self.folder: OperationFolder | None = None
        by_root: dict[Any, list[RewritePattern]] = {}
        any_op: list[RewritePattern] = []
        for p in sorted(patterns, key=lambda p: -p.benefit):
            root = p.root
            if root is None:
                any_op.append(p)
            else:
                by_root.setdefault(root if isinstance(root, str) else root.name, []).append(p)
        self.by_root = by_root
        self.any_op = any_op
        # The patterns to try on each op name, by decreasing benefit.
        self._candidates: dict[str, list[RewritePattern]] = {}
        self.changed_in_iteration = False

    # ----------------------------------------------------------------- listener

    def _add(self, op: Operation) -> None:
        """Add `op` and its ancestors up to the scope region (nothing when `op` is not
        nested in it)."""
        scope = self.scope
        block = op.parent
        if block is None:
            return
        region = block.parent
        if region is None:
            return
        index = self.worklist.index
        if region is scope:
            if op not in index:  # Worklist.push, inlined
                items = self.worklist.items
                index[op] = len(items)
                items.append(op)
            return
        # One level down (an op of a function in the scope's module): spelled out.
        parent = region.parent
        if parent is None:
            return
        block = parent.parent
        if block is not None and block.parent is scope:
            items = self.worklist.items
            if op not in index:
                index[op] = len(items)
                items.append(op)
            if parent not in index:
                index[parent] = len(items)
                items.append(parent)
            return
        push = self.worklist.push
        region = op.parent.parent  # type: ignore[union-attr]
        chain = [op]
        while region is not None:
            cur = region.parent
            if cur is None:
                return
            chain.append(cur)
            block = cur.parent
            if block is None:
                return
            region = block.parent
            if region is scope:
                for o in chain:
                    push(o)
                return

    # Both queue the op (and its ancestors), without another call frame.
    notify_operation_inserted = _add
    notify_operation_modified = _add

    def notify_operation_erased(self, op: Operation) -> None:
        # The definitions of the operands left with at most one other user (a result's
        # owner is an op; a block argument's is a block).
        for u in op.op_operands:
            value = u.value
            if value.__class__ is OpResult:
                other = None
                for use in value.uses:
                    user = use.owner
                    if user is op or user is other:
                        continue
                    if other is None:
                        other = user
                        continue
                    break  # more than two users: no new opportunity
                else:
                    self._add(value.owner)
        worklist = self.worklist
        i = worklist.index.pop(op, None)  # Worklist.remove, inlined
        if i is not None:
            worklist.items[i] = None
        folder = self.folder
        if folder is not None and op in folder.owned:
            folder.forget(op)

    # ----------------------------------------------------------------- iterations

    def simplify(self, region: Region) -> bool:
        """Run to convergence; returns whether it converged."""
        from mliropt.rewrite.region_simplify import erase_unreachable_blocks, simplify_regions

        config = self.config
        iteration = 0
        while True:
            iteration += 1
            if config.max_iterations != NO_LIMIT and iteration > config.max_iterations:
                return False
            self.worklist.clear()
            self.folder = OperationFolder(self.rewriter)
            self._seed(region)
            changed = erase_unreachable_blocks(self.rewriter, [region])
            changed |= self._process()
            if config.region_simplify != "disabled":
                changed |= simplify_regions(
                    self.rewriter, [region], config.region_simplify == "aggressive"
                )
            if not changed:
                return True

    def _seed(self, region: Region) -> None:
        """Fill the worklist as upstream does: every op (pre-order, then reversed, for
        top-down; post-order otherwise), with constants uniqued by the folder on the way.
        Ops pushed by the folder's replacements (users of a duplicate constant) keep
        their earlier place, as in upstream."""
        folder = self.folder
        assert folder is not None
        cse = self.config.cse_constants

        def replaced(op: Operation) -> bool:
            # A duplicate constant is replaced by the uniqued one (and skipped).
            if not cse or ConstantLike not in op.traits:
                return False
            value = constant_value(op)
            return value is not None and not folder.insert_known_constant(op, value)

        if not self.config.top_down:
            for op in region.walk():
                if not replaced(op):
                    self._add(op)
            return

        # Pre-order: an op's ancestors are already queued, so it is pushed alone.
        items = self.worklist.items
        index = self.worklist.index

        def visit(block_list: list) -> None:
            for block in block_list:
                op = block.first
                while op is not None:
                    nxt = op.next
                    if ConstantLike not in op.traits or not replaced(op):
                        if op not in index:  # Worklist.push, inlined
                            index[op] = len(items)
                            items.append(op)
                        if op.regions:
                            for r in op.regions:
                                visit(r.blocks)
                    op = nxt

        visit(region.blocks)
        self.worklist.reverse()

    def _process(self) -> bool:
        changed = False
        rewrites = 0
        limit = self.config.max_num_rewrites
        do_fold = self.config.fold
        worklist = self.worklist
        items = worklist.items
        index = worklist.index
        rewriter = self.rewriter
        deadness = DEADNESS_BY_CLASS
        by_name = self._candidates
        while items and (limit == NO_LIMIT or rewrites < limit):
            op = items.pop()  # Worklist.pop, inlined
            if op is None:
                continue
            del index[op]
            if op.parent is None:
                continue
            kind = deadness.get(op.__class__)
            if kind is None:
                kind = deadness_kind(op.__class__)
            if kind != NEVER_DEAD:
                for r in op.results:
                    if r.uses:
                        break
                else:  # no result is used
                    if kind == DEAD_WHEN_UNUSED or would_be_trivially_dead(op):
                        rewriter.erase_op(op)
                        changed = True
                        continue
            traits = op.traits
            if do_fold and ConstantLike not in traits:
                res = fold(op)
                if res is not None:
                    if not res:
                        self.notify_operation_modified(op)
                        changed = True
                        continue
                    if self._replace_with_fold(op, res):
                        changed = True
                        continue
            # _apply_patterns, with its lookup of the op's patterns inlined.
            candidates = by_name.get(op.name)
            if candidates is None:
                candidates = self._candidates_for(op.name)
            if candidates and self._apply_patterns(op, candidates):
                changed = True
                rewrites += 1
        return changed

    def _replace_with_fold(self, op: Operation, results: list[Any]) -> bool:
        rewriter = self.rewriter
        saved = rewriter.save()
        rewriter.set_insertion_point(op)
        replacements = []
        created: list[Operation] = []
        dialect = self.ctx.get_dialect(op.dialect_name)
        for value, r in zip(results, op.results):
            if hasattr(value, "uses"):
                replacements.append(value)
                continue
            const = None
            if dialect is not None:
                const = dialect.materialize_constant(rewriter, value, r.type, op.location)
            if const is None:
                for c in created:
                    rewriter.erase_op(c)
                rewriter.restore(saved)
                return False
            created.append(const)
            replacements.append(const.results[0])
        rewriter.restore(saved)
        rewriter.replace_op(op, replacements)
        return True

    def _candidates_for(self, name: str) -> list[RewritePattern]:
        """The patterns to try on ops named `name`, by decreasing benefit (kept)."""
        patterns = self.by_root.get(name) or []
        candidates = (
            patterns
            if not self.any_op
            else sorted(patterns + self.any_op, key=lambda p: -p.benefit)
        )
        self._candidates[name] = candidates
        return candidates

    def _apply_patterns(self, op: Operation, candidates: list[RewritePattern]) -> bool:
        """Try `candidates` on `op` until one rewrites it."""
        # Each pattern starts with the insertion point before `op` (nothing else in the
        # driver relies on the rewriter's insertion point: whatever inserts sets it).
        rewriter = self.rewriter
        for p in candidates:
            rewriter.block = op.parent
            rewriter.before = op
            if p.match_and_rewrite(op, rewriter):
                return True
        return False


def apply_patterns_greedily(
    op: Operation, patterns: list[RewritePattern], ctx: Any, config: GreedyConfig | None = None
) -> bool:
    """Simplify every region of `op` (which must be isolated from above); returns
    whether the rewrite converged."""
    config = config or GreedyConfig()
    converged = True
    for region in op.regions:
        if region.blocks:
            converged &= _Driver(ctx, patterns, config, region).simplify(region)
    return converged


def apply_op_patterns_greedily(
    ops: list[Operation],
    patterns: list[RewritePattern],
    ctx: Any,
    config: GreedyConfig | None = None,
) -> bool:
    """Upstream's applyOpPatternsGreedily: one worklist run over `ops` (and the ops
    their rewrites create or change, within the smallest region holding them all),
    folding and applying the patterns, without region simplification; returns whether
    the worklist emptied (convergence)."""
    if not ops:
        return True
    config = config or GreedyConfig()
    scope = ops[0].parent_region
    while scope is not None and any(scope.find_ancestor_op_in_region(o) is None for o in ops):
        owner = scope.parent
        scope = owner.parent_region if owner is not None else None
    driver = _Driver(ctx, patterns, config, scope)  # type: ignore[arg-type]
    driver.folder = OperationFolder(driver.rewriter)
    for op in ops:
        driver.worklist.push(op)
    driver._process()
    return not driver.worklist
