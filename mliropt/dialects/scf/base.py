"""The base of scf ops: upstream's verification order and shared helpers.

Upstream verifies an op in this order: structural traits (SingleBlock, HasParent,
NoRegionArguments), OpInvariants (operand, result, attribute and region constraints),
other traits, the op's `verify`; then its nested ops; then the region traits
(LoopLikeOpInterface, RegionBranchOpInterface, SingleBlockImplicitTerminator) and the
op's `verifyRegions`. `SCFOp` keeps that order: `verify_structure` runs first,
`verify` checks region sizes then calls `verify_op`, and `verify_regions` (run by the
verifier after the nested ops) runs the interface checks then `verify_op_regions`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from mliropt.dialects.scf.interfaces import LoopLikeOpInterface, RegionBranchOpInterface
from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
from mliropt.ir.opdef import Op, VerifyError
from mliropt.ir.operation import Block, Operation, Region
from mliropt.ir.traits import (
    HasParent,
    IsTerminator,
    NoTerminator,
    SingleBlock,
    SingleBlockImplicitTerminator,
    trait_args,
)

# Region size constraints of ODS: SizedRegion<1>, MaxSizedRegion<1>, AnyRegion.
SIZED_1, MAX_SIZED_1, ANY_REGION = "region with 1 blocks", "region with at most 1 blocks", None


def op_error(op: Operation, message: str) -> MLIRError:
    """An error at `op` without the `'name' op` prefix (upstream's `op->emitError()`)."""
    return MLIRError(Diagnostic(op.location, Severity.ERROR, message))


def with_note(err: MLIRError, location: Any, message: str) -> MLIRError:
    """`err` with a note attached."""
    err.diagnostic.notes.append(Diagnostic(location, Severity.NOTE, message))
    return err


def ensure_terminator(region: Region, term_cls: Any, located: Any) -> None:
    """Upstream's ensureTerminator: give the region a block, and the block a terminator
    (at the location of the op `located`) unless it already ends with one. The location
    is read only then: reading a parsed op's location builds the file's line table."""
    if not region.blocks:
        region.add_block(Block())
    block = region.blocks[-1]
    last = block.last
    if last is not None and last.registered and IsTerminator in last.traits:
        return
    block.append(term_cls.build_implicit(located.location))


class SCFOp(Op):
    """Base of the scf ops (see the module docstring)."""

    __slots__ = ()
    # One size constraint per declared region (the last one applies to variadic regions).
    region_constraints: ClassVar[tuple] = ()
    # Upstream's NoRegionArguments trait.
    no_region_arguments: ClassVar[bool] = False
    # The order of the region traits in the op's ODS trait list: LoopLikeOpInterface
    # ("loop"), RegionBranchOpInterface ("branch"), SingleBlockImplicitTerminator.
    region_trait_order: ClassVar[tuple[str, ...]] = ("loop", "branch", "terminator")

    @classmethod
    def build_implicit(cls, location: Any) -> Operation:
        """The op as an implicit terminator (upstream's default builder)."""
        return cls.build(location=location)

    def verify_invariants(self) -> None:
        """Structural traits first, then the declared constraints and `verify`."""
        self.verify_structure()
        super().verify_invariants()

    def verify_structure(self) -> None:
        """SingleBlock, HasParent and NoRegionArguments, with upstream's messages."""
        cls = type(self)
        traits = cls.traits
        if SingleBlock in traits or SingleBlockImplicitTerminator in traits:
            for i, region in enumerate(self.regions):
                if not region.blocks:
                    continue
                if len(region.blocks) != 1:
                    raise VerifyError(self, f"expects region #{i} to have 0 or 1 blocks")
                if NoTerminator not in traits and region.blocks[0].first is None:
                    raise VerifyError(self, "expects a non-empty block")
        parents = trait_args(cls, HasParent) if HasParent in traits else ()
        if parents:
            parent = self.parent_op
            if parent is None or parent.name not in parents:
                if len(parents) == 1:
                    raise VerifyError(self, f"expects parent op '{parents[0]}'")
                raise VerifyError(self, f"expects parent op to be one of '{', '.join(parents)}'")
        if self.no_region_arguments:
            for i, region in enumerate(self.regions):
                if region.blocks and region.blocks[0].args:
                    if len(self.regions) == 1:
                        raise VerifyError(self, "region should have no arguments")
                    raise VerifyError(self, f"region #{i} should have no arguments")

    def verify(self) -> None:
        """Region size constraints (OpInvariants), then `verify_op`."""
        constraints = type(self).region_constraints
        if constraints:
            defs = type(self).region_defs
            for i, region in enumerate(self.regions):
                k = min(i, len(constraints) - 1)
                c = constraints[k]
                if c is None:
                    continue
                n = len(region.blocks)
                if (c == SIZED_1 and n != 1) or (c == MAX_SIZED_1 and n > 1):
                    name = defs[min(i, len(defs) - 1)].name
                    raise VerifyError(
                        self, f"region #{i} ('{name}') failed to verify constraint: {c}"
                    )
        self.verify_op()

    def verify_op(self) -> None:
        """The op's own checks (upstream's `verify`)."""

    def verify_regions(self) -> None:
        """Region traits in the op's trait order, after the nested ops were verified,
        then `verify_op_regions`."""
        cls = type(self)
        checks = cls.__dict__.get("_region_checks")
        if checks is None:
            checks = _region_checks(cls)
        for check in checks:
            check(self)

    def _verify_implicit_terminator(self) -> None:
        term = trait_args(type(self), SingleBlockImplicitTerminator)
        if not term:
            return
        name = term[0]
        for region in self.regions:
            if not region.blocks:
                continue
            last = region.blocks[0].last
            found = last.name if last is not None else ""
            if found != name:
                err = VerifyError(self, f"expects regions to end with '{name}', found '{found}'")
                raise with_note(
                    err,
                    self.location,
                    f"in custom textual format, the absence of terminator implies '{name}'",
                )

    def verify_op_regions(self) -> None:
        """The op's own region checks (upstream's `verifyRegions`)."""


def _region_checks(cls: type[SCFOp]) -> tuple:
    """The checks `verify_regions` runs for the ops of `cls`, in order, without those
    that do nothing for the class (computed once per class)."""
    checks: list = []
    for check in cls.region_trait_order:
        if check == "loop" and issubclass(cls, LoopLikeOpInterface):
            checks.append(cls.verify_loop_like)
        elif check == "branch" and issubclass(cls, RegionBranchOpInterface):
            checks.append(cls.verify_region_branch)
        elif check == "terminator" and trait_args(cls, SingleBlockImplicitTerminator):
            checks.append(cls._verify_implicit_terminator)
    if cls.verify_op_regions is not SCFOp.verify_op_regions:
        checks.append(cls.verify_op_regions)
    result = tuple(checks)
    cls._region_checks = result  # type: ignore[attr-defined]
    return result


def terminator_error(op: Operation, region: Region, expected: type, message: str) -> Any:
    """Upstream's verifyAndGetTerminator: the region's terminator of class `expected`,
    or an error (with a `terminator here` note)."""
    term = None
    if region.blocks and region.blocks[0].last is not None:
        term = region.blocks[0].last
        if isinstance(term, expected):
            return term
    err = VerifyError(op, message)
    if term is not None:
        with_note(err, term.location, "terminator here")
    raise err


def all_types_match(op: Operation, names: list[str], values: list) -> None:
    """ODS AllTypesMatch on the given single operands."""
    t = values[0].type
    if any(v.type is not t for v in values[1:]):
        raise VerifyError(op, f"failed to verify that all of {{{', '.join(names)}}} have same type")
