"""The IR verifier: structure, op invariants, symbol uses and SSA dominance.

Follows upstream's OperationVerifier: an op is checked on entry (operands, block
structure, its declared invariants), its regions recursively, then dominance of the
values used in SSACFG regions. Each IsolatedFromAbove op is its own unit (upstream
verifies those in parallel), so two broken functions give two errors; a unit stops
at its first error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
from mliropt.ir.operation import Block, BlockArgument, Operation, OpResult, Region
from mliropt.ir.traits import (
    GraphRegion,
    IsolatedFromAbove,
    IsTerminator,
    NoTerminator,
    SymbolTable,
)

# Prints an op for the "see current operation" note (provided by the syntax layer).
OpPrinterFn = Callable[[Operation], str]


class Verifier:
    """Verifies an op and everything nested in it, collecting one error per unit."""

    def __init__(
        self, op_printer: OpPrinterFn | None = None, op_notes: bool = True,
        attr_checker: Any = None,
    ) -> None:
        self.op_printer = op_printer
        # Dialect verification of attributes named after a dialect (a
        # dialect_attrs.DialectAttrChecker), or None.
        self.attr_checker = attr_checker
        # Upstream's printOpOnDiagnostic: mlir-opt turns it off under --verify-diagnostics.
        self.op_notes = op_notes
        self.errors: list[Diagnostic] = []
        self.dominance: dict[Region, dict[Block, Block | None]] = {}
        self._unit: Operation | None = None  # the isolated op whose dominance is checked

    def run(self, op: Operation) -> list[Diagnostic]:
        """Verify `op`; returns the errors found (empty when the IR is valid)."""
        if self._valid_fast(op):
            return self.errors
        # Something failed: the exact walks below find and order the errors as upstream.
        self.dominance = {}
        self._verify_unit(op)
        return self.errors

    def _verify_unit(self, unit: Operation) -> bool:
        """Upstream's verifyOpAndDominance of an isolated op (or the root): the op and
        everything in it, then the dominance in its regions. Its first error is
        recorded; False when it (or an op in it) failed."""
        try:
            self._verify_op(unit, unit)
            self._verify_dominance_in(unit)
        except MLIRError as e:
            self.errors.extend(e.preceding)
            self.errors.append(e.diagnostic)
            return False
        except _NestedFailed:
            return False
        return True

    # ----------------------------------------------------------------- fast path

    def _valid_fast(self, root: Operation) -> bool:
        """Whether `root` passes every check of the exact walks (the same checks, each
        unit's structure, invariants, dominance and symbol uses fused in one walk).

        Valid IR is the common case: it is then walked once instead of three times. Any
        failure (or exception) means "not known valid"; the exact walks then run."""
        try:
            unit = root if IsolatedFromAbove in root.traits and root.registered else None
            self._fast_op(root, unit, {}, None)
        except Exception:
            return False
        return True

    def _fast_op(
        self, op: Operation, unit: Operation | None, outer: dict[Block, int], symbols: Any
    ) -> None:
        """`_verify_op` of `op`, the dominance of the operands of the ops in its regions
        (`_verify_dominance_region`'s checks) and, inside a symbol table, their symbol
        uses; raises at the first failure (with no particular message)."""
        registered = op.registered
        if not registered and getattr(type(op), "unknown_in_registered_dialect", False):
            raise _NotValid
        checker = self.attr_checker
        if checker is not None and op.attributes:
            checker.check_op(op)
        for region in op.regions:
            self._fast_region_structure(op, region)
        if registered:
            op.verify_invariants()  # type: ignore[attr-defined]
            if checker is not None:
                checker.check_signature(op)
            if SymbolTable in op.traits:
                self._verify_symbol_names(op)
                if symbols is None:
                    from mliropt.ir.symbol_table import SymbolTableCollection

                    # Any collection gives the same answers (it only caches lookups), so
                    # the uses are checked once, not once per enclosing symbol table.
                    symbols = SymbolTableCollection()
        records = _FAST_RECORDS
        for region in op.regions:
            blocks = region.blocks
            several = len(blocks) > 1
            for block in blocks:
                if not block._order_valid:
                    block._renumber()
                check = not several or self._reachable(block)
                last = block.last
                child = block.first
                while child is not None:
                    # (`type(x)` and locals: an attribute of ops of many classes is a
                    # slow lookup here.)
                    cls = type(child)
                    rec = records.get(cls)
                    if rec is None:
                        rec = _fast_record(cls)
                    kind, isolated, uses_symbols, signature, verified, context, run_verify, \
                        keyed = rec
                    successors = child.successors
                    if successors and child is not last:
                        raise _NotValid
                    operands = child.op_operands
                    if check:
                        # `_verify_dominance_region`'s checks and fast paths (inlined).
                        order = child._order
                        for u in operands:
                            value = u.value
                            # Every value has an owner (else AttributeError: not known valid).
                            o = value.owner
                            if type(value) is OpResult:  # `o` is an op
                                p = o.parent
                                if p is block:
                                    if o._order < order:
                                        continue
                                else:
                                    at = outer.get(p)  # type: ignore[arg-type]
                                    if at is not None and o._order < at:
                                        continue
                            elif o is block or o in outer:  # an argument of this block or
                                continue  # of an enclosing one
                            if unit is not None and not _defined_in(value, unit):
                                raise _NotValid
                            if not self._dominates(value, child):
                                raise _NotValid
                    if uses_symbols and symbols is not None:
                        child.verify_symbol_uses(symbols)  # type: ignore[attr-defined]
                    if child.regions:
                        if isolated:
                            self._fast_op(child, child, {}, symbols)
                        else:
                            outer[block] = child._order
                            self._fast_op(child, unit, outer, symbols)
                            del outer[block]
                    elif kind is _UNREGISTERED:
                        self._fast_op(child, unit, outer, symbols)
                    else:
                        # `_verify_op`'s inlined path for a registered op without regions.
                        if checker is not None and child.attributes:
                            checker.check_op(child)
                        if signature is None:
                            child.verify_invariants()  # type: ignore[attr-defined]
                        else:
                            # Op.verify_invariants inlined (the class does not override it),
                            # with _PartsPlan.signature's key of the commonest shape built here.
                            results = child.results
                            if len(operands) == 2 and len(results) == 1 and not keyed \
                                    and not successors:
                                props = child.properties
                                key = (
                                    operands[0].value.type, operands[1].value.type,
                                    results[0].type, tuple(props.items()) if props else (),
                                    (), 0, 0,
                                )
                            else:
                                key = signature(child)
                            try:
                                known = key in verified
                            except TypeError:  # an unhashable attribute value
                                known = False
                            if not known:
                                child.verify_invariants()  # type: ignore[attr-defined]
                            else:
                                if context:
                                    for c in context:
                                        c(cls, child)
                                if run_verify:
                                    child.verify()
                        if kind is not _PLAIN:
                            verify_regions = getattr(child, "verify_regions", None)
                            if verify_regions is not None:
                                verify_regions()
                    child = child.next
                if last is not None and self._lacks_terminator(op, region, last):
                    raise _NotValid
        if registered:
            verify_regions = getattr(op, "verify_regions", None)
            if verify_regions is not None:
                verify_regions()

    def _fast_region_structure(self, op: Operation, region: Region) -> None:
        """`_verify_region_structure` but for its walk over the ops before each block's
        last (done by `_fast_op`'s walk)."""
        blocks = region.blocks
        if not blocks:
            return
        if blocks[0].uses:
            raise _NotValid
        for block in blocks:
            last = block.last
            if last is None:
                if self._may_lack_terminator(op, region):
                    continue
                raise _NotValid
            for u in last.successors:
                if u.value.parent is not region:
                    raise _NotValid

    # ----------------------------------------------------------------- structure

    def _fail(self, op: Operation, message: str, with_op: bool = True) -> MLIRError:
        diag = Diagnostic(op.location, Severity.ERROR, message)
        if with_op:
            self._attach_op_note(diag, op)
        return MLIRError(diag)

    def _attach_op_note(self, diag: Diagnostic, op: Operation) -> None:
        if self.op_printer is not None and self.op_notes:
            # Upstream attaches it when the error is created, before the op's own notes,
            # and starts a multi-line op on a new line (Diagnostic::appendOp).
            text = self.op_printer(op)
            if "\n" in text:
                text = "\n" + text
            diag.attach_note("see current operation: " + text, op.location)
            diag.notes.insert(0, diag.notes.pop())

    def _verify_op(self, op: Operation, unit: Operation) -> None:
        if not op.registered and getattr(type(op), "unknown_in_registered_dialect", False):
            d = op.name.partition(".")[0]
            raise self._fail(
                op,
                f"unregistered operation '{op.name}' found in dialect ('{d}') that does not "
                "allow unknown operations",
            )
        checker = self.attr_checker
        if checker is not None and op.attributes:
            self._check_attrs(checker.check_op, op)
        for region in op.regions:
            self._verify_region_structure(op, region)
        if op.registered:
            try:
                op.verify_invariants()  # type: ignore[attr-defined]
            except MLIRError as e:
                self._attach_op_note(e.diagnostic, _error_op(e, op))
                raise
            if checker is not None:
                self._check_attrs(checker.check_signature, op)
        kinds = _CHILD_KINDS
        isolated: list[Operation] = []
        for region in op.regions:
            for block in region.blocks:
                child = block.first
                while child is not None:
                    kind = kinds.get(child.__class__)
                    if kind is None:
                        kind = _child_kind(child.__class__)
                    if kind is not _UNREGISTERED and not child.regions:
                        # A registered op without regions: `_verify_op` inlined (most ops).
                        if checker is not None and child.attributes:
                            self._check_attrs(checker.check_op, child)
                        try:
                            child.verify_invariants()  # type: ignore[attr-defined]
                            if kind is not _PLAIN:
                                verify_regions = getattr(child, "verify_regions", None)
                                if verify_regions is not None:
                                    verify_regions()
                        except MLIRError as e:
                            self._attach_op_note(e.diagnostic, _error_op(e, child))
                            raise
                        if kind is not _PLAIN and SymbolTable in child.traits:
                            self._verify_symbol_table(child)
                    elif kind is not _UNREGISTERED and IsolatedFromAbove in child.traits:
                        isolated.append(child)
                    else:
                        self._verify_op(child, unit)
                    child = child.next
                # The terminator is checked when leaving the block (upstream verifyOnExit),
                # so an invalid op inside is reported first.
                last = block.last
                if last is not None and self._lacks_terminator(op, region, last):
                    raise self._fail(last, f"block with no terminator, has {self._op_text(last)}")
        # Upstream's verifyOnExit: the isolated ops inside are verified (each with its own
        # first error) before this op's region invariants, which run only if all passed.
        if not all([self._verify_unit(child) for child in isolated]):  # each one verified
            raise _NestedFailed
        if op.registered:
            verify_regions = getattr(op, "verify_regions", None)
            if verify_regions is not None:
                try:
                    verify_regions()
                except MLIRError as e:
                    self._attach_op_note(e.diagnostic, _error_op(e, op))
                    raise
            if SymbolTable in op.traits:
                self._verify_symbol_table(op)

    def _check_attrs(self, check: Callable[[Operation], None], op: Operation) -> None:
        try:
            check(op)
        except MLIRError as e:
            self._attach_op_note(e.diagnostic, op)
            raise

    def _verify_region_structure(self, op: Operation, region: Region) -> None:
        if not region.blocks:
            return
        if region.blocks[0].uses:
            raise self._fail(op, "entry block of region may not have predecessors")
        for block in region.blocks:
            last = block.last
            if last is None:
                if self._may_lack_terminator(op, region):
                    continue
                raise self._fail(op, "empty block: expect at least a terminator", with_op=False)
            # Only the last op of a block may have successors (upstream verifyOnEntrance).
            child = block.first
            while child is not None and child is not last:
                if child.successors:
                    raise self._fail(
                        child, "operation with block successors must terminate its parent block"
                    )
                child = child.next
            for u in last.successors:
                if u.value.parent is not region:
                    raise self._fail(last, "reference to block defined in another region")

    def _lacks_terminator(self, op: Operation, region: Region, last: Operation) -> bool:
        if not op.registered or not last.registered:
            return False
        return IsTerminator not in last.traits and not self._may_lack_terminator(op, region)

    def _op_text(self, op: Operation) -> str:
        return self.op_printer(op) if self.op_printer is not None else op.name

    def _may_lack_terminator(self, op: Operation, region: Region) -> bool:
        if not op.registered:
            return True
        # Upstream's mayBeValidWithoutTerminator: only NoTerminator ops (a graph region,
        # test.graph_region's, still needs a terminator).
        return NoTerminator in op.traits

    def _verify_symbol_table(self, op: Operation) -> None:
        from mliropt.ir.symbol_table import SymbolTableCollection

        self._verify_symbol_names(op)
        symbols = SymbolTableCollection()
        users = _SYMBOL_USERS

        def visit(parent: Operation) -> None:
            # Every op nested in `parent`, parents before their children (a pre-order walk).
            for region in parent.regions:
                for block in region.blocks:
                    child = block.first
                    while child is not None:
                        uses = users.get(child.__class__)
                        if uses is None:
                            uses = users[child.__class__] = _uses_symbols(child.__class__)
                        if uses:
                            try:
                                child.verify_symbol_uses(symbols)  # type: ignore[attr-defined]
                            except MLIRError as e:
                                self._attach_op_note(e.diagnostic, child)
                                raise
                        if child.regions:
                            visit(child)
                        child = child.next

        visit(op)

    def _verify_symbol_names(self, op: Operation) -> None:
        """No two symbols of the symbol table `op` have the same name."""
        from mliropt.ir.symbol_table import symbol_name

        seen: dict[str, Operation] = {}
        for region in op.regions:
            for block in region.blocks:
                for child in block.ops:
                    name = symbol_name(child)
                    if name is None:
                        continue
                    if name in seen:
                        err = self._fail(child, f"redefinition of symbol named '{name}'")
                        err.diagnostic.attach_note(
                            "see existing symbol definition here", seen[name].location
                        )
                        raise err
                    seen[name] = child

    # ----------------------------------------------------------------- dominance

    def _verify_dominance_in(self, unit: Operation) -> None:
        # Only an isolated-from-above unit constrains where its values come from (a
        # directly verified op of another kind may use values defined around it).
        self._unit = unit if IsolatedFromAbove in unit.traits and unit.registered else None
        for region in unit.regions:
            self._verify_dominance_region(unit, region, {})

    def _verify_dominance_region(
        self, owner: Operation, region: Region, outer: dict[Block, int]
    ) -> None:
        # `outer`: each enclosing block of the unit (between it and `region`), with the
        # position of the op holding `region` there. A value defined in one of them
        # before that op, or an argument of one, dominates every use in `region`.
        check_reachability = len(region.blocks) > 1
        for block in region.blocks:
            if not block._order_valid:
                block._renumber()
            # Dominance is only meaningful inside reachable blocks (upstream); in a graph
            # region `_dominates` accepts any order within a block.
            check = not check_reachability or self._reachable(block)
            op = block.first
            while op is not None:
                if check:
                    order = op._order
                    for i, u in enumerate(op.op_operands):
                        # Fast paths: an argument of this block or of an enclosing one, or
                        # a result of an op before this one (before its ancestor) there.
                        value = u.value
                        o = getattr(value, "owner", None)
                        if o is block:
                            continue
                        if value.__class__ is OpResult:  # `o` is an op
                            p = o.parent  # type: ignore[union-attr]
                            if p is block:
                                if o._order < order:  # type: ignore[union-attr]
                                    continue
                            else:
                                at = outer.get(p)  # type: ignore[arg-type]
                                if at is not None and o._order < at:  # type: ignore[union-attr]
                                    continue
                        elif o in outer:  # an argument of an enclosing block
                            continue
                        unit = self._unit
                        if unit is not None and not _defined_in(u.value, unit):
                            self._isolation_error(op, unit)
                        if not self._dominates(u.value, op):
                            self._dominance_error(op, i)
                if op.regions and not (IsolatedFromAbove in op.traits and op.registered):
                    outer[block] = op._order
                    for r in op.regions:
                        self._verify_dominance_region(op, r, outer)
                    del outer[block]
                op = op.next

    def _reachable(self, block: Block) -> bool:
        region = block.parent
        idom = self.dominance.get(region)  # type: ignore[arg-type]
        if idom is None:
            idom = self.dominance[region] = compute_idoms(region)  # type: ignore[index,arg-type]
        return block in idom

    def _dominates(self, value: Any, user: Operation) -> bool:
        """Whether `value` properly dominates `user` (upstream's DominanceInfo)."""
        def_block = value.parent_block
        use_block = user.parent
        if def_block is None or use_block is None:
            return False
        if isinstance(value, BlockArgument):
            # A block argument dominates every op of its own block.
            return def_block is use_block or self._block_properly_dominates(def_block, use_block)
        def_op = value.owner
        if def_block is use_block:
            if not _has_ssa_dominance(def_block.parent_op):
                return True
            return def_op is not user and def_op.is_before_in_block(user)
        region = def_block.parent
        use_op = region.find_ancestor_op_in_region(user) if region is not None else None
        if use_op is not None and use_op.parent is def_block:
            if use_op is def_op:
                return False  # a value does not dominate the regions of its own op
            if not _has_ssa_dominance(def_block.parent_op):
                return True
            return def_op.is_before_in_block(use_op)
        return self._block_properly_dominates(def_block, use_block)

    def _block_properly_dominates(self, a: Block, b: Block) -> bool:
        if a is b:
            return not _has_ssa_dominance(a.parent_op)
        region = a.parent
        if region is not b.parent:
            ancestor = region.find_ancestor_block_in_region(b) if region is not None else None
            if ancestor is None:
                return False
            if a is ancestor:
                return True
            b = ancestor
        return self._block_dominates(a, b)

    def _block_dominates(self, a: Block, b: Block) -> bool:
        region = a.parent
        if region is None or b.parent is not region:
            return False
        idom = self.dominance.get(region)
        if idom is None:
            idom = self.dominance[region] = compute_idoms(region)
        if b not in idom:
            return True  # an unreachable block is dominated by anything (LLVM's DomTree)
        cur: Block | None = b
        while cur is not None:
            if cur is a:
                return True
            nxt = idom.get(cur)
            if nxt is cur:
                return False
            cur = nxt
        return False

    def _isolation_error(self, op: Operation, unit: Operation) -> None:
        """Upstream's verifyIsIsolatedFromAbove: a use inside an isolated-from-above op
        (a verification unit) of a value defined outside it."""
        err = self._fail(op, f"'{op.name}' op using value defined outside the region")
        err.diagnostic.attach_note("required by region isolation constraints", unit.location)
        raise err

    def _dominance_error(self, op: Operation, index: int) -> None:
        diag = Diagnostic(
            op.location, Severity.ERROR, f"operand #{index} does not dominate this use"
        )
        self._attach_op_note(diag, op)
        value = op.op_operands[index].value
        block1 = op.parent
        region1 = block1.parent if block1 else None
        if not isinstance(value, BlockArgument):
            def_op = value.owner
            block2 = def_op.parent
            region2 = block2.parent if block2 else None
            if block1 is block2:
                where = " (op in the same block)"
            elif region1 is region2:
                where = " (op in the same region)"
            elif (
                region2 is not None
                and region1 is not None
                and region2 is not region1
                and region2.is_ancestor_of(region1)
            ):
                where = " (op in a parent region)"
            elif region1 is not None and region2 is not None and region1.is_ancestor_of(region2):
                where = " (op in a child region)"
            else:
                where = " (op is neither in a parent nor in a child region)"
            diag.attach_note("operand defined here" + where, def_op.location)
        else:
            block2 = value.owner
            region2 = block2.parent
            from mliropt.ir.location import unknown_loc

            loc = block2.parent_op.location if block2.parent_op is not None else unknown_loc
            index2 = region2.blocks.index(block2) if region2 is not None else 0
            if region1 is region2:
                where = " in the same region)"
            elif region2 is not None and region1 is not None and region2.is_ancestor_of(region1):
                where = " in a parent region)"
            elif region1 is not None and region2 is not None and region1.is_ancestor_of(region2):
                where = " in a child region)"
            else:
                where = " neither in a parent nor in a child region)"
            diag.attach_note(f"operand defined as a block argument (block #{index2}" + where, loc)
        raise MLIRError(diag)


# How `_verify_op` treats a nested op of a class (see _child_kind).
_PLAIN = "plain"  # registered, no verify_regions, not a symbol table
_SPECIAL = "special"  # registered, with verify_regions or a symbol table
_UNREGISTERED = "unregistered"  # always verified through `_verify_op`
_CHILD_KINDS: dict[type, str] = {}
# Whether the ops of a class are registered and verify their symbol uses.
_SYMBOL_USERS: dict[type, bool] = {}


def _child_kind(cls: type) -> str:
    """The kind of ops of `cls` for the verifier's inlined loop (computed once)."""
    if not cls.registered:  # type: ignore[attr-defined]
        kind = _UNREGISTERED
    elif getattr(cls, "verify_regions", None) is None and SymbolTable not in cls.traits:  # type: ignore[attr-defined]
        kind = _PLAIN
    else:
        kind = _SPECIAL
    _CHILD_KINDS[cls] = kind
    return kind


def _uses_symbols(cls: type) -> bool:
    """Whether the ops of `cls` are registered and verify their symbol uses."""
    return bool(cls.registered) and getattr(cls, "verify_symbol_uses", None) is not None  # type: ignore[attr-defined]


# What the fast path needs of a class: (kind, registered and isolated from above, uses
# symbols, then when it keeps Op.verify_invariants its _PartsPlan's signature method,
# verified signatures, context checks, whether it runs `verify` for a verified signature
# and whether discardable attributes are in the signature; else None, None, (), True,
# True), computed once per class (class facts only).
_FAST_RECORDS: dict[type, tuple] = {}


class _NotValid(Exception):
    """Raised by the fast path at a failed check (the exact walks then say what failed)."""


class _NestedFailed(Exception):
    """An isolated op inside failed (its error is recorded): the enclosing ops fail too."""


def _fast_record(cls: type) -> tuple:
    """The fast path's record of `cls` (see _FAST_RECORDS)."""
    from mliropt.ir.opdef import parts_plan

    kind = _CHILD_KINDS.get(cls) or _child_kind(cls)
    plan = parts_plan(cls) if kind is not _UNREGISTERED else None
    rec = (
        kind, kind is not _UNREGISTERED and IsolatedFromAbove in cls.traits,  # type: ignore[attr-defined]
        _uses_symbols(cls),
    ) + (
        (plan.signature, plan.verified, plan.context_checks, plan.run_verify,
         plan.keyed_attributes)
        if plan is not None else (None, None, (), True, True)
    )
    _FAST_RECORDS[cls] = rec
    return rec


def _error_op(e: MLIRError, op: Operation) -> Operation:
    """The op an error was emitted on (a verifier may report on another op, as upstream's
    ParallelOp does on its scf.reduce): its "see current operation" note shows that op."""
    other = getattr(e, "op", None)
    return other if isinstance(other, Operation) else op


def _has_ssa_dominance(op: Operation | None) -> bool:
    """Whether the regions of `op` follow SSA dominance: not those of a graph-region op,
    nor those of an unregistered op (upstream's hasSSADominance)."""
    return op is None or (op.registered and GraphRegion not in op.traits)


def compute_idoms(region: Region) -> dict[Block, Block | None]:
    """Immediate dominators of the blocks of a region (Cooper, Harvey and Kennedy).

    The entry block maps to itself; unreachable blocks are absent."""
    blocks = region.blocks
    if not blocks:
        return {}
    entry = blocks[0]
    # Reverse post-order of the reachable blocks.
    order: list[Block] = []
    seen = {entry}
    stack = [(entry, iter(entry.successors))]
    while stack:
        b, it = stack[-1]
        nxt = next(it, None)
        if nxt is None:
            stack.pop()
            order.append(b)
        elif nxt not in seen:
            seen.add(nxt)
            stack.append((nxt, iter(nxt.successors)))
    order.reverse()
    index = {b: i for i, b in enumerate(order)}
    preds: dict[Block, list[Block]] = {b: [] for b in order}
    for b in order:
        for s in b.successors:
            if s in preds:
                preds[s].append(b)
    idom: dict[Block, Block | None] = {entry: entry}
    changed = True
    while changed:
        changed = False
        for b in order[1:]:
            new = None
            for p in preds[b]:
                if p not in idom:
                    continue
                if new is None:
                    new = p
                    continue
                a, c = p, new
                while a is not c:
                    while index[a] > index[c]:
                        a = idom[a]  # type: ignore[assignment]
                    while index[c] > index[a]:
                        c = idom[c]  # type: ignore[assignment]
                new = a
            if new is not None and idom.get(b) is not new:
                idom[b] = new
                changed = True
    return idom


def verify(
    op: Operation, op_printer: OpPrinterFn | None = None, op_notes: bool = True,
    ctx: Any = None,
) -> list[Diagnostic]:
    """Verify `op`; returns the errors (empty when valid). With the context, dialects
    also verify the attributes named after them."""
    checker = None
    if ctx is not None:
        from mliropt.ir.dialect_attrs import DialectAttrChecker

        checker = DialectAttrChecker(ctx)
    return Verifier(op_printer, op_notes, checker).run(op)


def _defined_in(value: Any, unit: Operation) -> bool:
    """Whether `value` is defined inside one of `unit`'s regions."""
    block = value.parent_block
    while block is not None:
        region = block.parent
        holder = region.parent if region is not None else None
        if holder is unit:
            return True
        block = holder.parent if holder is not None else None
    return False
