"""The dialect conversion driver: upstream's OperationLegalizer and OperationConverter.

`apply_partial_conversion(op, target, patterns)` legalizes every op nested in `op`
(pre-order, blocks in depth-first order from the entry block, skipping what
recursively legal ops hold): a legal op stays; an illegal one is folded, else
rewritten by the first applicable pattern whose result (new ops, ops changed in place,
moved blocks) can itself be legalized; a pattern that fails leaves no trace. Ops that
cannot be legalized are an error in a full conversion, and in a partial one only
when explicitly illegal ("failed to legalize operation 'x' that was explicitly marked
illegal"); a failed conversion restores the original IR. On success the recorded
rewrites are committed, the driver's casts that cancel out are removed, and the
remaining ones become the type converter's materializations.
"""

from __future__ import annotations

from typing import Any

from mliropt.ir.builder import Builder, Listener
from mliropt.ir.diagnostics import Diagnostic, Severity
from mliropt.ir.operation import Block, Operation
from mliropt.ir.traits import ConstantLike
from mliropt.rewrite.conversion.patterns import ConversionPattern
from mliropt.rewrite.conversion.rewriter import (
    PURE_TYPE_CONVERSION,
    SOURCE,
    ConversionConfig,
    ConversionPatternRewriter,
)
from mliropt.rewrite.conversion.target import ConversionTarget, LegalizationAction
from mliropt.rewrite.folding import constant_value, fold
from mliropt.rewrite.pattern import RewritePattern, drop_uses

_IMPOSSIBLE = None


def _root_name(p: RewritePattern) -> str | None:
    root = p.root
    if root is None:
        return None
    return root if isinstance(root, str) else root.name


def _generated(p: RewritePattern) -> list[str]:
    return [g if isinstance(g, str) else g.name for g in getattr(p, "generated_ops", ())]


class _Collector(Listener):
    """Collects the ops a builder inserts."""

    def __init__(self) -> None:
        self.ops: list[Operation] = []

    def notify_operation_inserted(self, op: Operation) -> None:
        self.ops.append(op)


class OperationLegalizer:
    """Legalizes one op at a time, recursively legalizing what its pattern produced."""

    def __init__(self, target: ConversionTarget, patterns: list[RewritePattern]) -> None:
        self.target = target
        self.applied: set[int] = set()
        self._order(patterns)

    # ----------------------------------------------------------------- cost model

    def _order(self, patterns: list[RewritePattern]) -> None:
        """Upstream's legalization graph and cost model: patterns of ops that are always
        legal are dropped; the others are ordered by legalization depth, then benefit."""
        target = self.target
        any_op: list[RewritePattern] = []
        invalid: dict[str, list[RewritePattern]] = {}
        parents: dict[str, set[str]] = {}
        worklist: list[RewritePattern] = []
        for p in patterns:
            root = _root_name(p)
            if root is None:
                any_op.append(p)
                continue
            if target.get_op_action(root) is LegalizationAction.LEGAL:
                continue
            invalid.setdefault(root, []).append(p)
            for g in _generated(p):
                parents.setdefault(g, set()).add(root)
            worklist.append(p)
        legalizer: dict[str, list[RewritePattern]] = {}
        if any_op:
            for p in worklist:
                legalizer.setdefault(_root_name(p), []).append(p)  # type: ignore[arg-type]
        else:
            pending = list(dict.fromkeys(worklist))
            while pending:
                p = pending.pop()
                root = _root_name(p)
                assert root is not None

                def bad(g: str) -> bool:
                    action = target.get_op_action(g)
                    return g not in legalizer and (
                        action is None or action is LegalizationAction.ILLEGAL
                    )

                if any(bad(g) for g in _generated(p)):
                    continue
                legalizer.setdefault(root, []).append(p)
                if p in invalid.get(root, []):
                    invalid[root].remove(p)
                for parent in parents.get(root, ()):
                    for q in invalid.get(parent, []):
                        if q not in pending:
                            pending.append(q)
        depth_of: dict[str, float] = {}

        def op_depth(name: str) -> float:
            if name in depth_of:
                return depth_of[name]
            pats = legalizer.get(name)
            if not pats:
                return 0
            depth_of[name] = float("inf")
            d = apply_cost(pats)
            depth_of[name] = d
            return d

        def apply_cost(pats: list[RewritePattern]) -> float:
            with_depth = []
            for p in pats:
                d: float = 1
                for g in _generated(p):
                    d = max(d, op_depth(g) + 1)
                with_depth.append((p, d))
            best = min(d for _, d in with_depth)
            if len(with_depth) > 1:
                with_depth.sort(key=lambda x: (x[1], -x[0].benefit))
                pats[:] = [p for p, _ in with_depth]
            return best

        for name in list(legalizer):
            op_depth(name)
        if any_op:
            apply_cost(any_op)
        # Each pattern's benefit is its distance to the end of its ordered list.
        self.by_root: dict[str, list[tuple[int, RewritePattern]]] = {}
        for name, pats in legalizer.items():
            n = len(pats)
            self.by_root[name] = [(n - i, p) for i, p in enumerate(pats)]
        n = len(any_op)
        self.any_op = [(n - i, p) for i, p in enumerate(any_op)]
        # The op-specific candidates of each op name, by benefit (computed once).
        self._sorted: dict[str, list[tuple[int, RewritePattern]]] = {}
        # The same without the benefits (shared: callers only iterate them).
        self._plain: dict[str, list[RewritePattern]] = {}

    def _candidates(self, op: Operation) -> list[RewritePattern]:
        """The patterns to try on `op`, op-specific and any-op ones interleaved by
        benefit (op-specific first on ties), as upstream's PatternApplicator."""
        name = op.name
        specific = self._sorted.get(name)
        if specific is None:
            specific = self._sorted[name] = sorted(
                self.by_root.get(name, ()), key=lambda x: -x[0]
            )
            self._plain[name] = [p for _, p in specific]
        if not self.any_op:
            return self._plain[name]
        generic = [x for x in self.any_op if _matches(x[1], op)]
        if not generic:
            return self._plain[name]
        out = []
        i = j = 0
        while i < len(specific) or j < len(generic):
            if j >= len(generic) or (i < len(specific) and specific[i][0] >= generic[j][0]):
                out.append(specific[i][1])
                i += 1
            else:
                out.append(generic[j][1])
                j += 1
        return out

    # ----------------------------------------------------------------- legalization

    def legalize(self, op: Operation, rewriter: ConversionPatternRewriter) -> bool:
        """Make `op` legal; False when it cannot be."""
        impl = rewriter.impl
        if op in impl.replaced_ops or op in impl.ignored_ops:  # impl.is_op_ignored
            return True
        details = self.target.is_legal(op)
        if details is not None:
            if details.is_recursively_legal:
                for nested in op.walk():
                    if nested is not op:
                        impl.ignored_ops[nested] = None
            return True
        if impl.config.fold and self._legalize_with_fold(op, rewriter):
            return True
        return self._legalize_with_pattern(op, rewriter)

    def _clear_pattern_sets(self, impl: Any) -> None:
        # Fresh sets: the caller may keep the previous ones (made only when used).
        if impl.pattern_new_ops:
            impl.pattern_new_ops = {}
        if impl.pattern_modified_ops:
            impl.pattern_modified_ops = {}
        if impl.pattern_inserted_blocks:
            impl.pattern_inserted_blocks = {}

    def _take_pattern_sets(self, impl: Any) -> tuple[dict, dict, dict]:
        """The sets a pattern filled; the impl gets fresh ones."""
        out = (impl.pattern_new_ops, impl.pattern_modified_ops, impl.pattern_inserted_blocks)
        impl.pattern_new_ops = {}
        impl.pattern_modified_ops = {}
        impl.pattern_inserted_blocks = {}
        return out

    def _legalize_with_fold(self, op: Operation, rewriter: ConversionPatternRewriter) -> bool:
        if not _can_fold(op):
            return False
        impl = rewriter.impl
        state = impl.state()
        try:
            rewriter.set_insertion_point(op)
            rewriter.start_op_modification(op)
            record = impl.rewrites[-1]
            folded = _try_fold(op, rewriter)
            if folded is None:
                # A folder that fails leaves the op as it was: the record is dropped
                # without a rollback (upstream's cancelOpModification).
                if impl.rewrites and impl.rewrites[-1] is record:
                    impl.rewrites.pop()
                else:
                    rewriter.cancel_op_modification(op)
                return False
            rewriter.finalize_op_modification(op)
            values, new_ops = folded
            if not values:
                return self.legalize(op, rewriter)
            rewriter.replace_op(op, values)
            for new in new_ops:
                if not self.legalize(new, rewriter):
                    impl.reset_state(state)
                    return False
            return True
        finally:
            self._clear_pattern_sets(impl)

    def _legalize_with_pattern(self, op: Operation, rewriter: ConversionPatternRewriter) -> bool:
        impl = rewriter.impl
        state = impl.state()
        applied = self.applied
        for pattern in self._candidates(op):
            key = id(pattern)
            if not getattr(pattern, "bounded_recursion", False):
                if key in applied:
                    continue
                applied.add(key)
            rewriter.block = op.parent  # set_insertion_point(op)
            rewriter.before = op
            matched = pattern.match_and_rewrite(op, rewriter)
            if matched:
                new_ops, modified, inserted = self._take_pattern_sets(impl)
                ok = self._legalize_result(op, rewriter, new_ops, modified, inserted)
                applied.discard(key)
                if ok:
                    return True
                impl.reset_state(state)
                continue
            self._clear_pattern_sets(impl)
            impl.reset_state(state)
            applied.discard(key)
        return False

    def _legalize_result(
        self,
        op: Operation,
        rewriter: ConversionPatternRewriter,
        new_ops: dict,
        modified: dict,
        inserted: dict,
    ) -> bool:
        if not inserted and not modified:
            return all(self.legalize(new, rewriter) for new in new_ops)
        impl = rewriter.impl
        done: set = set()
        for block in inserted:
            parent = block.parent_op
            if parent is None or parent is op or not block.args:
                continue
            converter = impl.region_to_converter.get(block.parent)
            if converter is not None:
                conversion = converter.convert_block_signature(block)
                if conversion is None:
                    return False
                impl.apply_signature_conversion(rewriter, block, converter, conversion)
                continue
            if parent not in new_ops and parent not in done:
                done.add(parent)
                if not self.legalize(parent, rewriter):
                    return False
        for m in modified:
            if not self.legalize(m, rewriter):
                return False
        return all(self.legalize(new, rewriter) for new in new_ops)


def _matches(p: RewritePattern, op: Operation) -> bool:
    fn = getattr(p, "matches_root", None)
    return fn is None or fn(op)


# Op class -> whether folding it can do anything: a `fold` method or a trait folder.
_FOLDABLE: dict[type, bool] = {}


def _can_fold(op: Operation) -> bool:
    cls = type(op)
    known = _FOLDABLE.get(cls)
    if known is None:
        from mliropt.ir.traits import Commutative, Idempotent, Involution

        traits = op.traits
        known = _FOLDABLE[cls] = op.registered and (
            getattr(cls, "fold", None) is not None
            or any(t in traits for t in (Commutative, Idempotent, Involution))
        )
    return known


def _try_fold(op: Operation, rewriter: ConversionPatternRewriter) -> tuple | None:
    """Upstream's OpBuilder::tryFold: (replacement values, new constant ops), ([], [])
    for an in-place fold, or None. Constants are not folded."""
    if not _can_fold(op):
        return None
    if ConstantLike in op.traits and constant_value(op) is not None:
        return None
    res = fold(op)
    if res is None:
        return None
    if not res:
        return [], []
    dialect = rewriter.ctx.get_dialect(op.dialect_name) if rewriter.ctx is not None else None
    values = []
    created: list[Operation] = []
    collector = _Collector()
    builder = Builder(rewriter.ctx, collector)
    builder.set_insertion_point(op)
    for value, result in zip(res, op.results):
        if hasattr(value, "uses"):
            values.append(value)
            continue
        const = None
        if dialect is not None:
            const = dialect.materialize_constant(builder, value, result.type, op.location)
        if const is None:
            for c in collector.ops:
                drop_uses(c)
                c.detach()
                c.drop_all_references()
            return None
        values.append(const.results[0])
    impl = rewriter.impl
    from mliropt.rewrite.conversion.rewrites import CreateOperationRewrite

    for c in collector.ops:
        impl.rewrites.append(CreateOperationRewrite(impl, c))
        impl.pattern_new_ops[c] = None
        created.append(c)
    return values, created


def _dominance_preorder(root: Operation, target: ConversionTarget, out: list) -> None:
    """Pre-order walk, blocks depth first from each region's entry (unreachable blocks
    are not visited), not entering recursively legal ops."""
    stack: list[Any] = [root]
    while stack:
        op = stack.pop()
        out.append(op)
        if not op.regions:
            continue
        details = target.is_legal(op)
        if details is not None and details.is_recursively_legal:
            continue
        children: list[Operation] = []
        for region in op.regions:
            if not region.blocks:
                continue
            for block in _dfs_blocks(region.blocks[0]):
                children.extend(block.ops)
        stack.extend(reversed(children))


def _dfs_blocks(entry: Block) -> list[Block]:
    """Blocks reachable from `entry` in depth-first pre-order (successors in order)."""
    seen = {entry}
    out = [entry]
    stack = [iter(entry.successors)]
    while stack:
        for succ in stack[-1]:
            if succ not in seen and isinstance(succ, Block):
                seen.add(succ)
                out.append(succ)
                stack.append(iter(succ.successors))
                break
        else:
            stack.pop()
    return out


def _emit_op_error(ctx: Any, op: Operation, message: str) -> None:
    """`op->emitError() << message` under mlir-opt (with the "see current operation"
    note)."""
    diag = Diagnostic(op.location, Severity.ERROR, message)
    if getattr(ctx, "print_op_on_diagnostic", False):
        from mliropt.tools.driver import current_op_text

        text = current_op_text(op, ctx)
        diag.attach_note(
            "see current operation: " + ("\n" + text if "\n" in text else text), op.location
        )
    ctx.diagnostics.emit(diag)


class OperationConverter:
    """Converts ops to a target in one of the modes `partial`, `full`, `analysis`."""

    def __init__(
        self,
        target: ConversionTarget,
        patterns: list[RewritePattern],
        config: ConversionConfig,
        mode: str,
    ) -> None:
        self.config = config
        self.legalizer = OperationLegalizer(target, patterns)
        self.mode = mode

    def _convert(self, rewriter: ConversionPatternRewriter, op: Operation) -> bool:
        if self.legalizer.legalize(op, rewriter):
            if self.mode == "analysis" and self.config.legalizable_ops is not None:
                self.config.legalizable_ops.add(op)
            return True
        ctx = rewriter.ctx
        if self.mode == "full":
            _emit_op_error(ctx, op, f"failed to legalize operation '{op.name}'")
            return False
        if self.mode == "partial":
            if self.legalizer.target.is_illegal(op):
                _emit_op_error(
                    ctx,
                    op,
                    f"failed to legalize operation '{op.name}' that was explicitly marked illegal",
                )
                return False
            if self.config.unlegalized_ops is not None:
                self.config.unlegalized_ops.add(op)
        return True

    def convert_operations(self, ops: list[Operation], ctx: Any) -> bool:
        """Convert `ops` and everything they hold; False after emitting an error."""
        to_convert: list[Operation] = []
        for op in ops:
            _dominance_preorder(op, self.legalizer.target, to_convert)
        rewriter = ConversionPatternRewriter(ctx, self.config)
        impl = rewriter.impl
        for op in to_convert:
            if not self._convert(rewriter, op):
                if self.config.allow_pattern_rollback:
                    impl.undo_rewrites()
                else:
                    impl.apply_rewrites()
                return False
        impl.apply_rewrites()
        materializations = dict(impl.unresolved)
        remaining = reconcile_unrealized_casts(list(materializations))
        for cast in remaining:
            cast.attributes.pop(PURE_TYPE_CONVERSION, None)
        if not self.config.build_materializations:
            return True
        for cast in remaining:
            if not _legalize_materialization(ctx, cast, materializations[cast]):
                return False
        return True


def _legalize_materialization(ctx: Any, cast: Operation, info: tuple) -> bool:
    """Replace a live driver cast by the type converter's materialization."""
    converter, kind, original_type = info
    inputs = cast.operands
    if converter is not None:
        builder = Builder(ctx)
        builder.set_insertion_point(cast)
        out_types = cast.result_types
        if kind == SOURCE:
            v = converter.materialize_source_conversion(
                builder, cast.location, out_types[0], inputs
            )
            values = [v] if v is not None else []
        else:
            values = (
                converter.materialize_target_conversion(
                    builder, cast.location, out_types, inputs, original_type
                )
                or []
            )
        if values:
            for r, v in zip(cast.results, values):
                r.replace_all_uses_with(v)
            cast.erase()
            return True
    ins = ", ".join(str(t) for t in cast.operand_types)
    outs = ", ".join(str(t) for t in cast.result_types)
    diag = Diagnostic(
        cast.location,
        Severity.ERROR,
        f"failed to legalize unresolved materialization from ({ins}) to ({outs}) that "
        "remained live after conversion",
    )
    user = next(iter(cast.results[0].uses)).owner if cast.results[0].uses else None
    if user is not None:
        from mliropt.tools.driver import current_op_text

        text = current_op_text(user, ctx)
        diag.attach_note("see existing live user here: " + text, user.location)
    ctx.diagnostics.emit(diag)
    return False


def reconcile_unrealized_casts(casts: list[Operation]) -> list[Operation]:
    """Fold chains of `unrealized_conversion_cast` ops that cancel out and erase dead
    ones (upstream's reconcileUnrealizedCasts); returns the casts that remain."""
    from mliropt.dialects.builtin import UnrealizedConversionCastOp

    worklist: dict[Operation, None] = dict.fromkeys(casts)
    erased: set[Operation] = set()

    def enqueue_operands(cast: Operation) -> None:
        for v in cast.operands:
            owner = v.owner_op
            if isinstance(owner, UnrealizedConversionCastOp) and owner not in worklist:
                worklist[owner] = None

    def input_cast(cast: Operation) -> Operation | None:
        inputs = cast.operands
        if not inputs:
            return None
        owner = inputs[0].owner_op
        if not isinstance(owner, UnrealizedConversionCastOp):
            return None
        if list(owner.results) != inputs:
            return None
        return owner

    while worklist:
        cast, _ = worklist.popitem()
        if not any(r.uses for r in cast.results):
            enqueue_operands(cast)
            erased.add(cast)
            cast.erase()
            continue
        nxt: Operation | None = cast
        out_types = cast.result_types
        while nxt is not None:
            if nxt.operand_types == out_types:
                enqueue_operands(cast)
                for r, v in zip(cast.results, nxt.operands):
                    r.replace_all_uses_with(v)
                erased.add(cast)
                cast.erase()
                break
            nxt = input_cast(nxt)
    return [c for c in casts if c not in erased]


def _apply(
    ops: Any,
    target: ConversionTarget,
    patterns: list[RewritePattern],
    config: Any,
    mode: str,
    ctx: Any,
) -> bool:
    ops = [ops] if isinstance(ops, Operation) else list(ops)
    if not ops:
        return True
    return OperationConverter(
        target, patterns, config or ConversionConfig(), mode
    ).convert_operations(ops, ctx)


def apply_partial_conversion(
    ops: Any,
    target: ConversionTarget,
    patterns: list[RewritePattern],
    ctx: Any,
    config: ConversionConfig | None = None,
) -> bool:
    """Convert what can be converted; only explicitly illegal leftovers fail."""
    return _apply(ops, target, patterns, config, "partial", ctx)


def apply_full_conversion(
    ops: Any,
    target: ConversionTarget,
    patterns: list[RewritePattern],
    ctx: Any,
    config: ConversionConfig | None = None,
) -> bool:
    """Convert everything; any op left illegal fails the conversion."""
    return _apply(ops, target, patterns, config, "full", ctx)


def apply_analysis_conversion(
    ops: Any,
    target: ConversionTarget,
    patterns: list[RewritePattern],
    ctx: Any,
    config: ConversionConfig | None = None,
) -> bool:
    """Find the ops that could be legalized (in `config.legalizable_ops`), changing
    nothing."""
    config = config or ConversionConfig()
    if config.legalizable_ops is None:
        config.legalizable_ops = set()
    ops = [ops] if isinstance(ops, Operation) else list(ops)
    converter = OperationConverter(target, patterns, config, "analysis")
    to_convert: list[Operation] = []
    for op in ops:
        _dominance_preorder(op, target, to_convert)
    rewriter = ConversionPatternRewriter(ctx, config)
    for op in to_convert:
        converter._convert(rewriter, op)
    rewriter.impl.undo_rewrites()
    return True


__all__ = [
    "ConversionPattern",
    "OperationConverter",
    "OperationLegalizer",
    "apply_analysis_conversion",
    "apply_full_conversion",
    "apply_partial_conversion",
    "reconcile_unrealized_casts",
]
