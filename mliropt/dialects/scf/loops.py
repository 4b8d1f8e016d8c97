"""scf.for and scf.while: sequential loops."""

from __future__ import annotations

import re
from typing import Any

from mliropt.dialects.ods import (
    VARIADIC,
    AnyType,
    Attr,
    AutomaticAllocationScope,
    Operand,
    RecursiveMemoryEffects,
    RegionDef,
    Result,
    SignlessIntegerOrIndex,
    SingleBlock,
    SingleBlockImplicitTerminator,
    UnitAttr,
)
from mliropt.dialects.scf.base import (
    SIZED_1,
    SCFOp,
    all_types_match,
    ensure_terminator,
    terminator_error,
)
from mliropt.dialects.scf.interfaces import (
    LoopLikeOpInterface,
    RegionBranchOpInterface,
    RegionSuccessor,
)
from mliropt.dialects.scf.ops import ConditionOp, YieldOp
from mliropt.dialects.scf.syntax import (
    Header,
    header_of,
    header_region_syntax,
    missing_header,
    missing_region,
    print_init_list,
)
from mliropt.dialects.scf.util import constant_trip_count
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.opdef import VerifyError
from mliropt.ir.operation import Operation, Region, Value
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.plain_types import PLAIN_TYPE, PLAIN_TYPE_LIST, plain_type, plain_types

# The common scf.for header, `%iv = %lb to %ub step %s [iter_args(%a = %v, ...) -> (t, ...)]
# [: type]` with plain types and blanks only (possessive names: `%x to` never splits a
# name); scf.for's parse_header reads anything else.
_NAME = r"[\w$.\-]++"
_USE = rf"%{_NAME}(?:#\d++)?"
_KW_END = r"(?![\w$.\-])"
_FAST_FOR = re.compile(
    rf"\s*(?:(?P<unsigned>unsigned){_KW_END}\s*)?%(?P<iv>{_NAME})\s*=\s*(?P<lb>{_USE})"
    rf"\s*to{_KW_END}\s*(?P<ub>{_USE})\s*step{_KW_END}\s*(?P<step>{_USE})"
    rf"(?:\s*iter_args{_KW_END}\s*\(\s*(?P<iter>%{_NAME}\s*=\s*{_USE}"
    rf"(?:\s*,\s*%{_NAME}\s*=\s*{_USE})*)\s*\)"
    rf"\s*->\s*\(\s*(?P<types>{PLAIN_TYPE_LIST})?\s*\))?"
    rf"(?:\s*:\s*(?P<ivtype>{PLAIN_TYPE}))?\s*"
)
_ASSIGN = re.compile(rf"%({_NAME})\s*=\s*({_USE})")


class ForOp(LoopLikeOpInterface, RegionBranchOpInterface, SCFOp):
    """A counted loop from a lower to an upper bound by a step, with loop-carried values.

    Example: `%s = scf.for %i = %lb to %ub step %c iter_args(%a = %x) -> (f32) { ... }`
    """

    name = "scf.for"
    # Not an AffineScope (upstream's scf.for is not): its induction variable is neither
    # an affine dim nor a symbol.
    traits = (
        AutomaticAllocationScope,
        RecursiveMemoryEffects,
        SingleBlockImplicitTerminator("scf.yield"),
    )
    lowerBound = Operand(SignlessIntegerOrIndex)
    upperBound = Operand(SignlessIntegerOrIndex)
    step = Operand(SignlessIntegerOrIndex)
    initArgs = Operand(AnyType, VARIADIC)
    results_ = Result(AnyType, VARIADIC)
    unsignedCmp = Attr(UnitAttr, optional=True)
    region = RegionDef()
    region_constraints = (SIZED_1,)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`scf.for [unsigned] %iv = %lb to %ub step %s [iter_args(..) -> (..)] [: type] {..}`."""
        return header_region_syntax(cls, _parse_for, _print_for)

    @classmethod
    def parse_header(cls, sp: Any, h: Header, at: int) -> dict:
        """The loop header, in upstream's parse order; operands are resolved later."""
        info: dict[str, Any] = {"unsigned": h.optional_keyword("unsigned")}
        info["iv"] = h.argument()
        h.expect("=")
        info["lb"] = h.ssa_use()
        h.expect_keyword("to")
        info["ub"] = h.ssa_use()
        h.expect_keyword("step")
        info["step"] = h.ssa_use()
        args: list = []
        inits: list = []
        types: list = []
        if h.optional_keyword("iter_args"):
            args, inits = h.assignment_list()
            types = h.arrow_types()
        if len(args) != len(types):
            raise h.custom_error("mismatch in number of loop-carried values and defined values", at)
        info["args"], info["inits"], info["types"] = args, inits, types
        info["iv_type"] = h.parse_type() if h.parse_optional_punct(":") else T.index
        return info

    @classmethod
    def fast_header(cls, sp: Any, text: str, pos: int) -> dict | None:
        """parse_header's result for a plain header (see _FAST_FOR), else None."""
        m = _FAST_FOR.fullmatch(text)
        if m is None:
            return None
        args: list = []
        inits: list = []
        types: list = []
        if m.start("iter") >= 0:
            for a in _ASSIGN.finditer(text, m.start("iter"), m.end("iter")):
                args.append((a.group(1), pos + a.start(1) - 1))
                inits.append((a.group(2), pos + a.start(2)))
            if m.start("types") >= 0:
                types = plain_types(sp, text, m.start("types"), m.end("types"), pos)
            if len(args) != len(types):
                return None  # parse_header reports it
        return {
            "unsigned": m.start("unsigned") >= 0,
            "iv": (m.group("iv"), pos + m.start("iv") - 1),
            "lb": (m.group("lb"), pos + m.start("lb")),
            "ub": (m.group("ub"), pos + m.start("ub")),
            "step": (m.group("step"), pos + m.start("step")),
            "args": args, "inits": inits, "types": types,
            "iv_type": plain_type(sp, m.group("ivtype"), pos + m.start("ivtype"))
            if m.start("ivtype") >= 0 else T.index,
        }

    @classmethod
    def region_entry_args(cls, sp: Any, vals: list, poss: list, index: int) -> list:
        """The induction variable, then one argument per iter_arg."""
        info = header_of(sp, cls, vals, poss)
        iv_name, iv_pos = info["iv"]
        out = [(iv_name, iv_pos, info["iv_type"], None)]
        out += [(name, p, t, None) for (name, p), t in zip(info["args"], info["types"])]
        return out

    # ----------------------------------------------------------------- accessors

    @property
    def body(self) -> Any:
        """The loop body block."""
        return self.regions[0].blocks[0]

    @property
    def induction_var(self) -> Value:
        """The induction variable (the body's first argument)."""
        return self.body.args[0]

    def init_args(self) -> list[Value]:
        """The initial values of the loop-carried variables."""
        return self.operand_group(3)

    def yield_op(self) -> Operation:
        """The body's scf.yield."""
        return self.body.last

    def static_trip_count(self) -> int | None:
        """The number of iterations when the bounds and step are constants."""
        return constant_trip_count(
            self.operand(0),
            self.operand(1),
            self.operand(2),
            signed=self.properties.get("unsignedCmp") is None,
        )

    def speculatability(self) -> bool | str:
        """A loop with step 1 terminates: as speculatable as its body (upstream's
        ConditionallySpeculatable); other steps may not terminate."""
        from mliropt.dialects.scf.util import constant_int
        from mliropt.ir.effects import RECURSIVELY_SPECULATABLE

        return RECURSIVELY_SPECULATABLE if constant_int(self.operand(2)) == 1 else False

    # ----------------------------------------------------------------- interfaces

    def loop_induction_vars(self) -> list[Value]:
        """[the induction variable]."""
        return [self.induction_var]

    def loop_lower_bounds(self) -> list:
        """[lower bound]."""
        return [self.operand(0)]

    def loop_upper_bounds(self) -> list:
        """[upper bound]."""
        return [self.operand(1)]

    def loop_steps(self) -> list:
        """[step]."""
        return [self.operand(2)]

    def inits(self) -> list[Value]:
        """The iter_args initial values."""
        return self.init_args()

    def region_iter_args(self) -> list[Value]:
        """The body arguments after the induction variable."""
        return list(self.body.args[1:])

    def yielded_values(self) -> list[Value]:
        """The operands of the body's scf.yield."""
        term = self.body.last if self.regions[0].blocks else None
        return term.operands if isinstance(term, YieldOp) else []

    def loop_results(self) -> list[Value]:
        """The op's results."""
        return list(self.results)

    def successor_regions(self, point: Region | None) -> list[RegionSuccessor]:
        """The body may run again or exit, from the op and from the body alike."""
        return [
            RegionSuccessor(self.regions[0], self.region_iter_args()),
            RegionSuccessor(None, self.results),
        ]

    def entry_successor_operands(self, successor: RegionSuccessor) -> list[Value]:
        """The inits."""
        return self.init_args()

    # ----------------------------------------------------------------- verification

    def verify_op(self) -> None:
        all_types_match(self, ["lowerBound", "upperBound", "step"], self.operands[:3])
        if len(self.init_args()) != len(self.results):
            raise VerifyError(self, "mismatch in number of loop-carried values and defined values")

    def verify_op_regions(self) -> None:
        if self.induction_var.type is not self.operand(0).type:
            raise VerifyError(
                self, "expected induction variable to be same type as bounds and step"
            )
        iter_args = self.region_iter_args()
        if len(iter_args) != len(self.results):
            raise VerifyError(self, "mismatch in number of basic block args and defined values")
        for i, (init, arg, res) in enumerate(zip(self.init_args(), iter_args, self.results)):
            if init.type is not res.type:
                raise VerifyError(
                    self, f"types mismatch between {i}th iter operand and defined value"
                )
            if arg.type is not res.type:
                raise VerifyError(
                    self, f"types mismatch between {i}th iter region arg and defined value"
                )


def _parse_for(sp: Any, c: list, p: list) -> Operation:
    # OPSTART KW SCF_HEADER region [ATTR_DICT]
    info = header_of(sp, ForOp, c, p, 2)
    t = info["iv_type"]
    # Upstream resolves the operands after the region (to reject values defined in it).
    operands = [sp.resolve_text(*info[k], t) for k in ("lb", "ub", "step")]
    operands += [
        sp.resolve_text(text, pos, ty) for (text, pos), ty in zip(info["inits"], info["types"])
    ]
    props: dict[str, Any] = {"unsignedCmp": A.unit} if info["unsigned"] else {}
    attrs = sp.dict_of(c[4], p[4]) if c[4] is not None else None
    region = c[3]
    op = sp.finish_op(ForOp, operands, info["types"], attrs, props, [region], [], c[0], p[0])
    ensure_terminator(region, YieldOp, op)
    return op


def _print_for(P: Any, op: ForOp) -> str:
    out = []
    if op.properties.get("unsignedCmp") is not None:
        out.append(" unsigned")
    region = op.regions[0]
    iv = region.blocks[0].args[0] if region.blocks and region.blocks[0].args else None
    lb, ub, step = op.operands[:3]
    out.append(
        f" {P.value(iv) if iv is not None else '%<<NULL>>'} = {P.value(lb)} to {P.value(ub)}"
        f" step {P.value(step)}"
    )
    inits = op.init_args()
    iter_args = list(region.blocks[0].args[1:]) if region.blocks else []
    out.append(print_init_list(P, iter_args, inits, " iter_args"))
    if inits:
        out.append(" -> (" + ", ".join(P.type(v.type) for v in inits) + ")")
    out.append(" ")
    if iv is not None and iv.type is not T.index:
        out.append(f" : {P.type(iv.type)} ")
    out.append(P.region(region, False, bool(inits)))
    out.append(P.attr_dict(op, frozenset(("unsignedCmp",))))
    return "".join(out)


class WhileOp(RegionBranchOpInterface, LoopLikeOpInterface, SCFOp):
    """A general while/do-while loop: "before" computes the condition, "after" the body.

    Example: `%r = scf.while (%a = %x) : (f32) -> f32 { ... scf.condition(%c) %a : f32 } do { ... }`
    """

    name = "scf.while"
    traits = (RecursiveMemoryEffects, SingleBlock)
    region_trait_order = ("branch", "loop")
    inits_ = Operand(AnyType, VARIADIC)
    results_ = Result(AnyType, VARIADIC)
    before = RegionDef()
    after = RegionDef()
    region_constraints = (SIZED_1, SIZED_1)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`scf.while [(%a = %x, ...)] : (types) -> types { ... } do { ... } [attributes {..}]`."""
        return CustomSyntax(
            cls,
            [
                ('SCF_HEADER region "do" region ["attributes" ATTR_DICT]', _parse_while),
                ("SCF_HEADER", missing_region(cls)),
                ('region "do" region ["attributes" ATTR_DICT]', missing_header(cls)),
            ],
            _print_while,
        )

    @classmethod
    def parse_header(cls, sp: Any, h: Header, at: int) -> tuple[list, list, Any]:
        """(before-region arguments, resolved inits, function type)."""
        assigned = h.optional_assignment_list()
        args, refs = assigned if assigned is not None else ([], [])
        colon = h._skip()
        h.expect(":")
        ftype = h.parse_type()
        if not isinstance(ftype, T.FunctionType):
            raise h.custom_error(
                f"invalid kind of type specified: expected builtin.function, but found '{ftype}'",
                colon,
            )
        if len(ftype.inputs) != len(refs):
            raise h.custom_error(
                f"expected as many input types as operands (expected {len(refs)} got "
                f"{len(ftype.inputs)})",
                colon,
            )
        inits = [sp.resolve_text(text, p, t) for (text, p), t in zip(refs, ftype.inputs)]
        return args, inits, ftype

    @classmethod
    def region_entry_args(cls, sp: Any, vals: list, poss: list, index: int) -> list | None:
        """The "before" region's arguments are named by the assignment list."""
        args, _, ftype = header_of(sp, cls, vals, poss)
        if index != 0 or not args:
            return None
        return [(name, p, t, None) for (name, p), t in zip(args, ftype.inputs)]

    # ----------------------------------------------------------------- accessors

    def before_body(self) -> Any:
        """The "before" block."""
        return self.regions[0].blocks[0]

    def after_body(self) -> Any:
        """The "after" block."""
        return self.regions[1].blocks[0]

    def condition_op(self) -> Operation:
        """The scf.condition ending the "before" block."""
        return self.before_body().last

    def yield_op(self) -> Operation:
        """The scf.yield ending the "after" block."""
        return self.after_body().last

    # ----------------------------------------------------------------- interfaces

    def successor_regions(self, point: Region | None) -> list[RegionSuccessor]:
        """Enter "before"; "after" goes back to "before"; "before" exits or goes on."""
        before, after = self.regions
        to_before = RegionSuccessor(before, before.blocks[0].args if before.blocks else [])
        if point is None or point is after:
            return [to_before]
        return [
            RegionSuccessor(None, self.results),
            RegionSuccessor(after, after.blocks[0].args if after.blocks else []),
        ]

    def entry_successor_operands(self, successor: RegionSuccessor) -> list[Value]:
        """The inits go to the "before" region."""
        return self.operands

    def loop_regions(self) -> list[Region]:
        """Both regions."""
        return list(self.regions)

    def inits(self) -> list[Value]:
        """The operands."""
        return self.operands

    def region_iter_args(self) -> list[Value]:
        """The "before" block's arguments."""
        return list(self.before_body().args)

    def yielded_values(self) -> list[Value]:
        """The operands of the "after" block's scf.yield."""
        term = self.after_body().last
        return term.operands if isinstance(term, YieldOp) else []

    # ----------------------------------------------------------------- verification

    def verify_op(self) -> None:
        terminator_error(
            self,
            self.regions[0],
            ConditionOp,
            "expects the 'before' region to terminate with 'scf.condition'",
        )
        terminator_error(
            self,
            self.regions[1],
            YieldOp,
            "expects the 'after' region to terminate with 'scf.yield'",
        )


def _parse_while(sp: Any, c: list, p: list) -> Operation:
    # OPSTART KW SCF_HEADER region "do" region ["attributes" ATTR_DICT]
    _, inits, ftype = header_of(sp, WhileOp, c, p, 2)
    attrs = sp.dict_of(c[7], p[7]) if c[7] is not None else None
    return sp.finish_op(
        WhileOp, inits, list(ftype.results), attrs, {}, [c[3], c[5]], [], c[0], p[0]
    )


def _print_while(P: Any, op: WhileOp) -> str:
    before, after = op.regions
    args = before.blocks[0].args if before.blocks else []
    out = [print_init_list(P, list(args), op.operands, " ")]
    out.append(
        " : " + P.functional_type([v.type for v in op.operands], [r.type for r in op.results])
    )
    out.append(" " + P.region(before, False, True))
    out.append(" do " + P.region(after, True, True))
    out.append(P.attr_dict(op, frozenset(), True))
    return "".join(out)
