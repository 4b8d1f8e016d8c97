"""The scf terminators and the single-region ops: yield, condition, reduce,
reduce.return, forall.in_parallel and execute_region."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import (
    I1,
    VARIADIC,
    AnyType,
    Attr,
    GraphRegion,
    HasParent,
    IsTerminator,
    NoTerminator,
    Operand,
    Pure,
    RecursivelySpeculatable,
    RecursiveMemoryEffects,
    RegionDef,
    Result,
    ReturnLike,
    SingleBlock,
    UnitAttr,
)
from mliropt.dialects.scf.base import ANY_REGION, SIZED_1, SCFOp
from mliropt.dialects.scf.interfaces import (
    RegionBranchOpInterface,
    RegionBranchTerminatorOpInterface,
    RegionSuccessor,
)
from mliropt.dialects.scf.syntax import (
    Header,
    header_of,
    missing_region,
    print_arrow_types,
    types_text,
    values_text,
)
from mliropt.ir import attributes as A
from mliropt.ir.opdef import VerifyError
from mliropt.ir.operation import Block, Region, Value
from mliropt.rewrite.inlining import DialectInlinerInterface
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.inherent import stored_inherent

_YIELD_PARENTS = ("scf.execute_region", "scf.for", "scf.if", "scf.index_switch", "scf.while")


class YieldOp(RegionBranchTerminatorOpInterface, SCFOp):
    """Yield values from an scf region to its parent op (or the next iteration).

    Example: `scf.yield %a, %b : f32, i32`
    """

    name = "scf.yield"
    traits = (Pure, ReturnLike, IsTerminator, HasParent(*_YIELD_PARENTS))
    results_ = Operand(AnyType, VARIADIC)
    assembly_format = "attr-dict ($results_^ `:` type($results_))?"


class SCFInliner(DialectInlinerInterface):
    """Upstream's SCFInlinerInterface: scf ops and regions may take inlined code; an
    inlined single-block body's `scf.yield` gives the replaced values."""

    def is_legal_to_inline_region(
        self, dest: Any, src: Any, would_be_cloned: bool, mapping: dict
    ) -> bool:
        """Any region may be inlined into an scf region."""
        return True

    def is_legal_to_inline_op(
        self, op: Any, dest: Any, would_be_cloned: bool, mapping: dict
    ) -> bool:
        """Every scf op may be inlined."""
        return True

    def handle_terminator_values(self, op: Any, values: list) -> None:
        """The values are replaced by the operands of `scf.yield`."""
        if not isinstance(op, YieldOp):
            return
        for v, new in zip(values, op.operands):
            v.replace_all_uses_with(new)


class ConditionOp(RegionBranchTerminatorOpInterface, SCFOp):
    """Continue an scf.while loop with its "after" region when the condition holds.

    Example: `scf.condition(%c) %a : f32`
    """

    name = "scf.condition"
    traits = (HasParent("scf.while"), Pure, IsTerminator)
    condition = Operand(I1)
    args = Operand(AnyType, VARIADIC)
    assembly_format = "`(` $condition `)` attr-dict ($args^ `:` type($args))?"

    def region_successor_operands(self, successor: RegionSuccessor) -> list[Value]:
        """Everything but the condition goes to the "after" region or the results."""
        return self.operand_group(1)

    def terminator_successor_regions(self, constants: list) -> list[RegionSuccessor]:
        """The "after" region when the condition may hold, the results when it may not
        (upstream's ConditionOp::getSuccessorRegions with constant operands)."""
        from mliropt.ir.types import i1

        cond = constants[0] if constants else None
        known = isinstance(cond, A.IntegerAttr) and cond.type is i1
        loop: Any = self.parent_op
        after = loop.regions[1]
        out = []
        if not known or cond.value:  # type: ignore[union-attr]
            out.append(RegionSuccessor(after, after.blocks[0].args if after.blocks else []))
        if not known or not cond.value:  # type: ignore[union-attr]
            out.append(RegionSuccessor(None, loop.results))
        return out


class ReduceOp(RegionBranchTerminatorOpInterface, SCFOp):
    """Terminate an scf.parallel body, with one reduction region per reduced value.

    Example: `scf.reduce(%x : f32) { ^bb0(%l: f32, %r: f32): ... }`
    """

    name = "scf.reduce"
    traits = (IsTerminator, HasParent("scf.parallel"), RecursiveMemoryEffects)
    operands_ = Operand(AnyType, VARIADIC)
    reductions = RegionDef(VARIADIC)
    region_constraints = (SIZED_1,)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`scf.reduce[(%a, %b : t1, t2)] {..}, {..} {attrs}`: upstream's format
        `(`(` $operands^ `:` type($operands) `)`)? $reductions attr-dict`, whose parser
        reads a `{` after the operands as a region, so attributes need a region."""
        return CustomSyntax(
            cls,
            [
                ("[SCF_PAREN]", _parse_reduce),
                ("[SCF_PAREN] region_list [ATTR_DICT]", _parse_reduce),
            ],
            _print_reduce,
        )

    @classmethod
    def build_implicit(cls, location: Any) -> Any:
        """No operands and no reduction regions."""
        return cls.build(regions=[], location=location)

    def region_successor_operands(self, successor: RegionSuccessor) -> list[Value]:
        """No operand is forwarded to the next iteration or the results."""
        return []

    def verify_op_regions(self) -> None:
        operands = self.operands
        if len(self.regions) != len(operands):
            raise VerifyError(
                self,
                f"expects number of reduction regions: {len(self.regions)} to be the same as "
                f"number of reduction operands: {len(operands)}",
            )
        for i, (region, v) in enumerate(zip(self.regions, operands)):
            block = region.blocks[0]
            if block.first is None:
                raise VerifyError(self, f"{i}-th reduction has an empty body")
            if len(block.args) != 2 or any(a.type is not v.type for a in block.args):
                raise VerifyError(
                    self,
                    f"expected two block arguments with type '{v.type}' in the {i}-th "
                    "reduction region",
                )
            if not isinstance(block.last, ReduceReturnOp):
                raise VerifyError(
                    self, "reduction bodies must be terminated with an 'scf.reduce.return' op"
                )


def _parse_reduce(sp: Any, c: list, p: list) -> Any:
    # OPSTART KW [SCF_PAREN] [region_list [ATTR_DICT]]
    operands: list = []
    if c[2] is not None:
        h = Header(sp, ReduceOp.name, c[2], p[2])
        h.expect("(")
        refs = [h.ssa_use()]
        while h.parse_optional_punct(","):
            refs.append(h.ssa_use())
        h.expect(":")
        types = h.type_list()
        h.expect(")")
        operands = sp.resolve_group(refs, types, ReduceOp.name)
    regions = c[3] if len(c) > 3 else []
    attrs = sp.dict_of(c[4], p[4]) if len(c) > 4 and c[4] is not None else None
    return sp.finish_op(ReduceOp, operands, [], attrs, {}, regions, [], c[0], p[0])


def _print_reduce(P: Any, op: ReduceOp) -> str:
    out = []
    if op.op_operands:
        out.append(f"({values_text(P, op.operands)} : {types_text(P, op.operands)})")
    out.append(" " + ", ".join(P.region(r) for r in op.regions))
    out.append(P.attr_dict(op))
    return "".join(out)


class ReduceReturnOp(SCFOp):
    """Terminate a reduction region of scf.reduce with the combined value.

    Example: `scf.reduce.return %r : f32`
    """

    name = "scf.reduce.return"
    traits = (HasParent("scf.reduce"), Pure, IsTerminator)
    # Upstream's `$result` (an Operation property of that name exists already).
    value = Operand(AnyType)
    assembly_format = "$value attr-dict `:` type($value)"

    def verify_op(self) -> None:
        block = self.parent
        if block is None or not block.args:
            return
        expected = block.args[0].type
        if expected is not self.operand(0).type:
            raise VerifyError(
                self, f"must have type '{expected}' (the type of the reduction inputs)"
            )


class InParallelOp(SCFOp):
    """Terminate an scf.forall body; its ops combine the threads' results.

    Example: `scf.forall.in_parallel { tensor.parallel_insert_slice ... }`
    """

    name = "scf.forall.in_parallel"
    traits = (Pure, IsTerminator, HasParent("scf.forall"), NoTerminator, SingleBlock, GraphRegion)
    region = RegionDef()
    region_constraints = (SIZED_1,)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`scf.forall.in_parallel { ops } {attrs}`."""
        return CustomSyntax(cls, [("region [ATTR_DICT]", _parse_in_parallel)], _print_in_parallel)

    @classmethod
    def build_implicit(cls, location: Any) -> Any:
        """A region with one empty block."""
        return cls.build(regions=[Region([Block()])], location=location)

    def yielding_ops(self) -> list:
        """The ops of the region (each combines into one result of the scf.forall)."""
        return list(self.regions[0].blocks[0].ops) if self.regions[0].blocks else []

    def verify_op(self) -> None:
        from mliropt.dialects.scf.parallel import ForallOp

        forall = self.parent_op
        if not isinstance(forall, ForallOp):
            raise VerifyError(self, "expected forall op parent")
        out_args = set(forall.region_out_args())
        for op in self.yielding_ops():
            dests = getattr(op, "updated_destinations", None)
            if dests is None:
                raise VerifyError(self, "expected only ParallelCombiningOpInterface ops")
            for v in dests():
                if v not in out_args:
                    raise VerifyError(op, "may only insert into an output block argument")


def _parse_in_parallel(sp: Any, c: list, p: list) -> Any:
    region = c[2]
    if not region.blocks:
        region.add_block(Block())
    attrs = sp.dict_of(c[3], p[3]) if c[3] is not None else None
    return sp.finish_op(InParallelOp, [], [], attrs, {}, [region], [], c[0], p[0])


def _print_in_parallel(P: Any, op: InParallelOp) -> str:
    return " " + P.region(op.regions[0], False, False) + P.attr_dict(op)


class ExecuteRegionOp(RegionBranchOpInterface, SCFOp):
    """Execute a (possibly multi-block) region once; its yields give the results.

    Example: `%r = scf.execute_region -> i32 { ... scf.yield %x : i32 }`
    """

    name = "scf.execute_region"
    traits = (RecursiveMemoryEffects, RecursivelySpeculatable)
    # `scf.execute_region { ... }`: the header (result types, no_inline) may be absent.
    optional_header = True
    results_ = Result(AnyType, VARIADIC)
    no_inline = Attr(UnitAttr, optional=True)
    region = RegionDef()
    region_constraints = (ANY_REGION,)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`scf.execute_region [-> types] [no_inline] { ... } {attrs}`."""
        return CustomSyntax(
            cls,
            [
                ("region [ATTR_DICT]", _parse_execute_region),
                ("SCF_HEADER region [ATTR_DICT]", _parse_execute_region),
                ("SCF_HEADER", missing_region(cls)),
            ],
            _print_execute_region,
        )

    @classmethod
    def parse_header(cls, sp: Any, h: Header, at: int) -> tuple[list, bool]:
        """`-> types no_inline` as (result types, no_inline)."""
        types = h.optional_arrow_types()
        return types, h.optional_keyword("no_inline")

    @classmethod
    def region_entry_args(cls, sp: Any, vals: list, poss: list, index: int) -> None:
        """The header is parsed before the region (its errors come first)."""
        header_of(sp, cls, vals, poss)
        return None

    def successor_regions(self, point: Region | None) -> list[RegionSuccessor]:
        """Enter the region; leave it to the parent's results."""
        if point is None:
            return [RegionSuccessor(self.regions[0])]
        return [RegionSuccessor(None, self.results)]

    def verify_op(self) -> None:
        region = self.regions[0]
        if not region.blocks:
            raise VerifyError(self, "region needs to have at least one block")
        if region.blocks[0].args:
            raise VerifyError(self, "region cannot have any arguments")


def _parse_execute_region(sp: Any, c: list, p: list) -> Any:
    has_header = len(c) == 5
    types, no_inline = header_of(sp, ExecuteRegionOp, c, p, 2) if has_header else ([], False)
    region = c[3] if has_header else c[2]
    attr_text, attr_pos = (c[4], p[4]) if has_header else (c[3], p[3])
    props: dict[str, Any] = {"no_inline": A.unit} if no_inline else {}
    attrs = sp.dict_of(attr_text, attr_pos) if attr_text is not None else None
    if attrs:
        for name, value in stored_inherent(ExecuteRegionOp, attrs).items():
            props.setdefault(name, value)
    return sp.finish_op(ExecuteRegionOp, [], types, attrs, props, [region], [], c[0], p[0])


def _print_execute_region(P: Any, op: ExecuteRegionOp) -> str:
    out = [print_arrow_types(P, [r.type for r in op.results]), " "]
    if op.properties.get("no_inline") is not None:
        out.append("no_inline ")
    out.append(P.region(op.regions[0], False, True))
    out.append(P.attr_dict(op, frozenset(("no_inline",))))
    return "".join(out)
