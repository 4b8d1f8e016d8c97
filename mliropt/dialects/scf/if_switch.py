"""scf.if and scf.index_switch: run one of several regions."""

from __future__ import annotations

import re
from typing import Any

from mliropt.dialects.ods import (
    I1,
    VARIADIC,
    AnyType,
    Attr,
    DenseI64ArrayAttr,
    Index,
    Operand,
    RecursivelySpeculatable,
    RecursiveMemoryEffects,
    RegionDef,
    Result,
    SingleBlockImplicitTerminator,
)
from mliropt.dialects.scf.base import MAX_SIZED_1, SIZED_1, SCFOp, ensure_terminator, with_note
from mliropt.dialects.scf.interfaces import RegionBranchOpInterface, RegionSuccessor
from mliropt.dialects.scf.ops import YieldOp
from mliropt.dialects.scf.syntax import Header, header_of, missing_header, missing_region
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.opdef import VerifyError
from mliropt.ir.operation import Block, Operation, Region
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.plain_types import PLAIN_TYPE_LIST, plain_types

# The common scf.if header: a condition and an optional `-> (types)` of plain types.
_FAST_IF = re.compile(
    rf"\s*(?P<cond>%[\w$.\-]++(?:#\d++)?)"
    rf"(?:\s*->\s*\(\s*(?P<types>{PLAIN_TYPE_LIST})?\s*\))?\s*"
)


class IfOp(RegionBranchOpInterface, SCFOp):
    """If-then-else: run the "then" region when the condition holds, else the other.

    Example: `%r = scf.if %c -> (i32) { scf.yield %a : i32 } else { scf.yield %b : i32 }`
    """

    name = "scf.if"
    traits = (
        RecursiveMemoryEffects,
        RecursivelySpeculatable,
        SingleBlockImplicitTerminator("scf.yield"),
    )
    no_region_arguments = True
    condition = Operand(I1)
    results_ = Result(AnyType, VARIADIC)
    thenRegion = RegionDef()
    elseRegion = RegionDef()
    region_constraints = (SIZED_1, MAX_SIZED_1)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`scf.if %c [-> (types)] { ... } [else { ... }] {attrs}`."""
        return CustomSyntax(
            cls,
            [
                ('SCF_HEADER region ["else" region] [ATTR_DICT]', _parse_if),
                ("SCF_HEADER", missing_region(cls)),
                ('region ["else" region] [ATTR_DICT]', missing_header(cls)),
            ],
            _print_if,
        )

    @classmethod
    def parse_header(cls, sp: Any, h: Header, at: int) -> tuple[Any, list]:
        """`%cond -> types`: the condition is resolved as an i1 at once, as upstream."""
        text, at = h.ssa_use()
        cond = sp.resolve_text(text, at, T.i1)
        return cond, h.optional_arrow_types()

    @classmethod
    def fast_header(cls, sp: Any, text: str, pos: int) -> tuple[Any, list] | None:
        """parse_header's result for a plain header (`%c -> (t, ...)`), else None."""
        m = _FAST_IF.fullmatch(text)
        if m is None:
            return None
        types = []
        if m.start("types") >= 0:
            types = plain_types(sp, text, m.start("types"), m.end("types"), pos)
        return sp.resolve_text(m.group("cond"), pos + m.start("cond"), T.i1), types

    @classmethod
    def region_entry_args(cls, sp: Any, vals: list, poss: list, index: int) -> None:
        """The header is parsed before the regions (its errors come first)."""
        header_of(sp, cls, vals, poss)
        return None

    # ----------------------------------------------------------------- accessors

    def then_block(self) -> Block:
        """The block of the "then" region."""
        return self.regions[0].blocks[-1]

    def else_block(self) -> Block | None:
        """The block of the "else" region, or None when it is empty."""
        blocks = self.regions[1].blocks
        return blocks[-1] if blocks else None

    def then_yield(self) -> Operation:
        """The terminator of the "then" block."""
        return self.then_block().last  # type: ignore[return-value]

    def else_yield(self) -> Operation | None:
        """The terminator of the "else" block (None without one)."""
        block = self.else_block()
        return block.last if block is not None else None

    # ----------------------------------------------------------------- interfaces

    def successor_regions(self, point: Region | None) -> list[RegionSuccessor]:
        """Enter "then" and "else" (or skip to the parent without an else); both leave
        to the results."""
        if point is not None:
            return [RegionSuccessor(None, self.results)]
        out = [RegionSuccessor(self.regions[0])]
        if self.regions[1].blocks:
            out.append(RegionSuccessor(self.regions[1]))
        else:
            out.append(RegionSuccessor(None, self.results))
        return out

    def entry_successor_regions(self, constants: list) -> list[RegionSuccessor]:
        """With a constant condition only one way is taken."""
        cond = constants[0] if constants else None
        known = isinstance(cond, A.IntegerAttr) and cond.type is T.i1
        out = []
        if not known or cond.value:  # type: ignore[union-attr]
            out.append(RegionSuccessor(self.regions[0]))
        if not known or not cond.value:  # type: ignore[union-attr]
            if self.regions[1].blocks:
                out.append(RegionSuccessor(self.regions[1]))
            else:
                out.append(RegionSuccessor(None, self.results))
        return out

    def region_invocation_bounds(self, constants: list) -> list[tuple[int, int | None]]:
        """Each region runs at most once; a constant condition decides which."""
        cond = constants[0] if constants else None
        if isinstance(cond, A.IntegerAttr) and cond.type is T.i1:
            return [(0, 1 if cond.value else 0), (0, 0 if cond.value else 1)]
        return [(0, 1), (0, 1)]

    # ----------------------------------------------------------------- verification, folding

    def verify_op(self) -> None:
        if self.results and not self.regions[1].blocks:
            raise VerifyError(self, "must have an else block if defining values")

    def fold(self, operands: list) -> list | None:
        """`if (xor(c, 1)) A else B -> if c B else A` (in place)."""
        if not self.regions[1].blocks:
            return None
        xor = getattr(self.operand(0), "owner", None)
        if not isinstance(xor, Operation) or xor.name != "arith.xori":
            return None
        from mliropt.rewrite.folding import operand_constants

        rhs = operand_constants(xor)[1]
        if not _is_one(rhs):
            return None
        self.set_operand(0, xor.operand(0))
        then_r, else_r = self.regions
        then_blocks, else_blocks = then_r.blocks, else_r.blocks
        then_r.blocks, else_r.blocks = [], []
        for b in else_blocks:
            then_r.add_block(b)
        for b in then_blocks:
            else_r.add_block(b)
        return list(self.results)


def _is_one(attr: Any) -> bool:
    """upstream's m_One: an integer 1 (or a splat of ones)."""
    if isinstance(attr, A.IntegerAttr):
        return attr.value == 1 or (attr.type is T.i1 and attr.value != 0)
    if isinstance(attr, A.DenseElementsAttr) and attr.splat:
        v = attr.elements()[0]  # type: ignore[attr-defined]
        return bool(v == 1 or (v and attr.type.element_type is T.i1))
    return False


def _parse_if(sp: Any, c: list, p: list) -> Operation:
    # OPSTART KW SCF_HEADER region ["else" region] [ATTR_DICT]
    cond, types = header_of(sp, IfOp, c, p, 2)
    then_r = c[3]
    else_r = c[5] if c[5] is not None else Region()
    attrs = sp.dict_of(c[6], p[6]) if c[6] is not None else None
    op = sp.finish_op(IfOp, [cond], types, attrs, {}, [then_r, else_r], [], c[0], p[0])
    ensure_terminator(then_r, YieldOp, op)
    if c[5] is not None:
        ensure_terminator(else_r, YieldOp, op)
    return op


def _print_if(P: Any, op: IfOp) -> str:
    out = [" ", P.value(op.operand(0))]
    terminators = bool(op.results)
    if terminators:
        out.append(" -> (" + ", ".join(P.type(r.type) for r in op.results) + ")")
    out.append(" ")
    out.append(P.region(op.regions[0], False, terminators))
    if op.regions[1].blocks:
        out.append(" else ")
        out.append(P.region(op.regions[1], False, terminators))
    out.append(P.attr_dict(op))
    return "".join(out)


class IndexSwitchOp(RegionBranchOpInterface, SCFOp):
    """Switch on an index: run the region of the matching case, else the default one.

    Example: `%r = scf.index_switch %i -> i32 case 2 { ... } default { ... }`
    """

    name = "scf.index_switch"
    traits = (RecursiveMemoryEffects, SingleBlockImplicitTerminator("scf.yield"))
    arg = Operand(Index)
    cases = Attr(DenseI64ArrayAttr)
    results_ = Result(AnyType, VARIADIC)
    defaultRegion = RegionDef()
    caseRegions = RegionDef(VARIADIC)
    region_constraints = (SIZED_1, SIZED_1)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`scf.index_switch %i {attrs} [-> types] case N {..} ... default {..}`."""
        return CustomSyntax(
            cls,
            [('VALUE [ATTR_DICT] [SCF_ARROW] [scf_cases] "default" region', _parse_switch)],
            _print_switch,
        )

    def case_values(self) -> list[int]:
        """The case values."""
        return list(self.properties["cases"].values)  # type: ignore[attr-defined]

    def case_regions(self) -> list[Region]:
        """The case regions, in case order."""
        return self.regions[1:]

    def successor_regions(self, point: Region | None) -> list[RegionSuccessor]:
        """Enter any region; every region leaves to the results."""
        if point is not None:
            return [RegionSuccessor(None, self.results)]
        return [RegionSuccessor(r) for r in self.regions]

    def entry_successor_regions(self, constants: list) -> list[RegionSuccessor]:
        """With a constant argument, the matching case (or the default) only."""
        arg = constants[0] if constants else None
        if not isinstance(arg, A.IntegerAttr):
            return [RegionSuccessor(r) for r in self.regions]
        for value, region in zip(self.case_values(), self.case_regions()):
            if value == arg.value:
                return [RegionSuccessor(region)]
        return [RegionSuccessor(self.regions[0])]

    def region_invocation_bounds(self, constants: list) -> list[tuple[int, int | None]]:
        """Each region runs at most once; a constant argument decides which."""
        arg = constants[0] if constants else None
        if not isinstance(arg, A.IntegerAttr):
            return [(0, 1) for _ in self.regions]
        values = self.case_values()
        # Upstream numbers the live region in case order, the default last.
        live = values.index(arg.value) if arg.value in values else len(self.regions) - 1
        return [(0, 1 if i == live else 0) for i in range(len(self.regions))]

    def verify_op(self) -> None:
        values = self.case_values()
        cases = self.case_regions()
        if len(values) != len(cases):
            raise VerifyError(self, f"has {len(cases)} case regions but {len(values)} case values")
        seen: set[int] = set()
        for v in values:
            if v in seen:
                raise VerifyError(self, f"has duplicate case value: {v}")
            seen.add(v)
        self._verify_region(self.regions[0], "default region")
        for i, region in enumerate(cases):
            self._verify_region(region, f"case region #{i}")

    def _verify_region(self, region: Region, name: str) -> None:
        last = region.blocks[0].last
        if not isinstance(last, YieldOp):
            found = last.name if last is not None else ""
            raise VerifyError(self, f"expected region to end with scf.yield, but got {found}")
        n = len(last.op_operands)
        if n != len(self.results):
            err = VerifyError(
                self,
                f"expected each region to return {len(self.results)} values, but {name} "
                f"returns {n}",
            )
            raise with_note(err, last.location, "see yield operation here")
        for i, (r, v) in enumerate(zip(self.results, last.operands)):
            if r.type is not v.type:
                err = VerifyError(self, f"expected result #{i} of each region to be '{r.type}'")
                raise with_note(err, last.location, f"{name} returns '{v.type}' here")


def _parse_switch(sp: Any, c: list, p: list) -> Operation:
    # OPSTART KW VALUE [ATTR_DICT] [SCF_ARROW] [scf_cases] "default" region
    props: dict[str, Any] = {}
    attrs = None
    if c[3] is not None:
        attrs = sp.dict_of(c[3], p[3])
        if "cases" in attrs:
            props["cases"] = attrs.pop("cases")
    types: list = []
    if c[4] is not None:
        types = Header(sp, IndexSwitchOp.name, c[4], p[4]).arrow_types()
    values = []
    regions = []
    for text, pos, region in c[5] or ():
        h = Header(sp, IndexSwitchOp.name, text, pos)
        values.append(h.integer())
        regions.append(region)
    if "cases" not in props:
        props["cases"] = A.DenseArrayAttr(T.i64, tuple(values))
    arg = sp.resolve_text(c[2], p[2], T.index)
    default = c[7]
    op = sp.finish_op(
        IndexSwitchOp, [arg], types, attrs, props, [default, *regions], [], c[0], p[0]
    )
    ensure_terminator(default, YieldOp, op)
    return op


_SWITCH_ELIDED = frozenset(("cases",))


def _print_switch(P: Any, op: IndexSwitchOp) -> str:
    out = [" ", P.value(op.operand(0)), P.attr_dict(op, _SWITCH_ELIDED)]
    if op.results:
        out.append(" -> " + ", ".join(P.type(r.type) for r in op.results))
    out.append(" ")
    for value, region in zip(op.case_values(), op.case_regions()):
        out.append(P.newline() + f"case {value} " + P.region(region, False, True))
    out.append(
        P.newline() + "default " + P.region(op.regions[0], True, _prints_terminator(op.regions[0]))
    )
    return "".join(out)


def _prints_terminator(region: Region) -> bool:
    """ODS prints an implicit terminator only when it has operands or attributes."""
    if not region.blocks or region.blocks[0].last is None:
        return True
    term = region.blocks[0].last
    return bool(term.op_operands or term.attributes)
