"""scf.parallel and scf.forall: multi-dimensional parallel loops."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import (
    VARIADIC,
    AnyRankedTensor,
    AnyType,
    Attr,
    AttrSizedOperandSegments,
    AutomaticAllocationScope,
    Constraint,
    DenseI64ArrayAttr,
    Index,
    Operand,
    RecursiveMemoryEffects,
    RegionDef,
    Result,
    SingleBlockImplicitTerminator,
)
from mliropt.dialects.scf.base import SIZED_1, SCFOp, ensure_terminator, op_error, terminator_error
from mliropt.dialects.scf.interfaces import (
    LoopLikeOpInterface,
    RegionBranchOpInterface,
    RegionSuccessor,
)
from mliropt.dialects.scf.ops import InParallelOp, ReduceOp
from mliropt.dialects.scf.syntax import (
    _INT,
    Header,
    header_of,
    header_region_syntax,
    name_pos,
    print_arrow_types,
    print_init_list,
    values_text,
)
from mliropt.dialects.scf.util import constant_int
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.opdef import VerifyError
from mliropt.ir.operation import Operation, Region, Value
from mliropt.ir.types import DYNAMIC
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.errors import ParseError


def _segments(*counts: int) -> A.DenseArrayAttr:
    return A.DenseArrayAttr(T.i32, tuple(counts))


def _resolve_count_error(name: str, n_operands: int, n_types: int, pos: int) -> ParseError:
    return ParseError(
        pos,
        f"custom op '{name}' number of operands and types do not match: got {n_operands} "
        f"operands and {n_types} types",
    )


class ParallelOp(LoopLikeOpInterface, RegionBranchOpInterface, SCFOp):
    """A parallel loop nest over index ranges, with reductions through scf.reduce.

    Example: `scf.parallel (%i, %j) = (%a, %b) to (%c, %d) step (%e, %f) { ... }`
    """

    name = "scf.parallel"
    traits = (
        AutomaticAllocationScope,
        AttrSizedOperandSegments,
        RecursiveMemoryEffects,
        SingleBlockImplicitTerminator("scf.reduce"),
    )
    lowerBound = Operand(Index, VARIADIC)
    upperBound = Operand(Index, VARIADIC)
    step = Operand(Index, VARIADIC)
    initVals = Operand(AnyType, VARIADIC)
    results_ = Result(AnyType, VARIADIC)
    region = RegionDef()
    region_constraints = (SIZED_1,)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`scf.parallel (%ivs) = (lbs) to (ubs) step (steps) [init (vals)] [-> types] {..}`."""
        return header_region_syntax(cls, _parse_parallel, _print_parallel)

    @classmethod
    def parse_header(cls, sp: Any, h: Header, at: int) -> dict:
        """The header; the bounds are resolved at once, the inits after the region."""
        ivs = h.argument_list()
        h.expect("=")
        info: dict[str, Any] = {"ivs": ivs}
        for key, word in (("lbs", None), ("ubs", "to"), ("steps", "step")):
            if word is not None:
                h.expect_keyword(word)
            refs = h.operand_list(len(ivs))
            info[key] = [sp.resolve_text(text, p, T.index) for text, p in refs]
        info["inits"] = h.operand_list() if h.optional_keyword("init") else []
        info["types"] = h.optional_arrow_types()
        return info

    @classmethod
    def region_entry_args(cls, sp: Any, vals: list, poss: list, index: int) -> list:
        """One index argument per induction variable."""
        info = header_of(sp, cls, vals, poss)
        return [(name, p, T.index, None) for name, p in info["ivs"]]

    # ----------------------------------------------------------------- accessors

    @property
    def body(self) -> Any:
        """The loop body block."""
        return self.regions[0].blocks[0]

    def init_vals(self) -> list[Value]:
        """The initial values of the reductions."""
        return self.operand_group(3)

    def induction_vars(self) -> list[Value]:
        """The body's arguments."""
        return list(self.body.args)

    # ----------------------------------------------------------------- interfaces

    def loop_induction_vars(self) -> list[Value]:
        """The body's arguments."""
        return self.induction_vars()

    def loop_lower_bounds(self) -> list:
        """The lower bounds."""
        return self.operand_group(0)

    def loop_upper_bounds(self) -> list:
        """The upper bounds."""
        return self.operand_group(1)

    def loop_steps(self) -> list:
        """The steps."""
        return self.operand_group(2)

    def successor_regions(self, point: Region | None) -> list[RegionSuccessor]:
        """The body may run (again) or not at all."""
        return [RegionSuccessor(self.regions[0]), RegionSuccessor(None)]

    # ----------------------------------------------------------------- verification

    def verify_op(self) -> None:
        steps = self.operand_group(2)
        if not steps:
            raise VerifyError(
                self, "needs at least one tuple element for lowerBound, upperBound and step"
            )
        for s in steps:
            c = constant_int(s)
            if c is not None and c <= 0:
                raise VerifyError(self, "constant step operand must be positive")
        body = self.regions[0].blocks[0]
        if len(body.args) != len(steps):
            raise VerifyError(
                self,
                f"expects the same number of induction variables: {len(body.args)} as bound and "
                f"step values: {len(steps)}",
            )
        if any(a.type is not T.index for a in body.args):
            raise VerifyError(
                self, "expects arguments for the induction variable to be of index type"
            )
        reduce = terminator_error(
            self, self.regions[0], ReduceOp, "expects body to terminate with 'scf.reduce'"
        )
        n_results = len(self.results)
        n_reductions = len(reduce.regions)
        n_inits = len(self.init_vals())
        if n_results != n_reductions:
            raise VerifyError(
                self,
                f"expects number of results: {n_results} to be the same as number of reductions: "
                f"{n_reductions}",
            )
        if n_results != n_inits:
            raise VerifyError(
                self,
                f"expects number of results: {n_results} to be the same as number of initial "
                f"values: {n_inits}",
            )
        if len(reduce.op_operands) != n_inits:
            return  # scf.reduce reports it
        for i, (r, v) in enumerate(zip(self.results, reduce.operands)):
            if r.type is not v.type:
                raise VerifyError(
                    reduce,
                    f"expects type of {i}-th reduction operand: '{v.type}' to be the same as the "
                    f"{i}-th result type: '{r.type}'",
                )


def _parse_parallel(sp: Any, c: list, p: list) -> Operation:
    # OPSTART KW SCF_HEADER region [ATTR_DICT]
    info = header_of(sp, ParallelOp, c, p, 2)
    attrs = sp.dict_of(c[4], p[4]) if c[4] is not None else None
    refs, types = info["inits"], info["types"]
    if len(refs) != len(types):
        raise _resolve_count_error(ParallelOp.name, len(refs), len(types), name_pos(c[0], p[0]))
    inits = [sp.resolve_text(text, q, t) for (text, q), t in zip(refs, types)]
    operands = info["lbs"] + info["ubs"] + info["steps"] + inits
    n = len(info["ivs"])
    props = {"operandSegmentSizes": _segments(n, n, n, len(inits))}
    region = c[3]
    op = sp.finish_op(ParallelOp, operands, types, attrs, props, [region], [], c[0], p[0])
    ensure_terminator(region, ReduceOp, op)
    return op


def _print_parallel(P: Any, op: ParallelOp) -> str:
    region = op.regions[0]
    ivs = list(region.blocks[0].args) if region.blocks else []
    out = [
        f" ({values_text(P, ivs)}) = ({values_text(P, op.operand_group(0))}) to "
        f"({values_text(P, op.operand_group(1))}) step ({values_text(P, op.operand_group(2))})"
    ]
    inits = op.init_vals()
    if inits:
        out.append(f" init ({values_text(P, inits)})")
    out.append(print_arrow_types(P, [r.type for r in op.results]))
    out.append(" " + P.region(region, False, True))
    out.append(P.attr_dict(op, frozenset(("operandSegmentSizes",))))
    return "".join(out)


def _is_mapping_array(a: Any) -> bool:
    """An array of device mapping attributes (upstream's DeviceMappingAttrInterface)."""
    return isinstance(a, A.ArrayAttr) and all(getattr(x, "is_device_mapping", False) for x in a)


DeviceMappingArrayAttr = Constraint("Device Mapping array attribute", _is_mapping_array)


class ForallOp(LoopLikeOpInterface, RegionBranchOpInterface, SCFOp):
    """A multi-dimensional parallel loop over threads, with shared tensor outputs.

    Example: `%r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<4xf32>) { ... }`
    """

    name = "scf.forall"
    traits = (
        AttrSizedOperandSegments,
        AutomaticAllocationScope,
        RecursiveMemoryEffects,
        SingleBlockImplicitTerminator("scf.forall.in_parallel"),
    )
    region_trait_order = ("loop", "terminator", "branch")
    dynamicLowerBound = Operand(Index, VARIADIC)
    dynamicUpperBound = Operand(Index, VARIADIC)
    dynamicStep = Operand(Index, VARIADIC)
    staticLowerBound = Attr(DenseI64ArrayAttr)
    staticUpperBound = Attr(DenseI64ArrayAttr)
    staticStep = Attr(DenseI64ArrayAttr)
    outputs = Operand(AnyRankedTensor, VARIADIC)
    mapping = Attr(DeviceMappingArrayAttr, optional=True)
    results_ = Result(AnyType, VARIADIC)
    region = RegionDef()
    region_constraints = (SIZED_1,)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`scf.forall (%ivs) in (ubs) | = (lbs) to (ubs) step (steps) [shared_outs(..)]`."""
        return header_region_syntax(cls, _parse_forall, _print_forall)

    @classmethod
    def parse_header(cls, sp: Any, h: Header, at: int) -> dict:
        """The header; bounds and outputs are resolved as they are read, as upstream."""
        ivs = h.argument_list()
        n = len(ivs)
        info: dict[str, Any] = {"ivs": ivs}
        if h.optional_keyword("in"):
            info["lbs"] = ([], [0] * n)
            info["ubs"] = _dynamic_index_list(sp, h)
            info["steps"] = ([], [1] * n)
        else:
            h.expect("=")
            info["lbs"] = _dynamic_index_list(sp, h)
            h.expect_keyword("to")
            info["ubs"] = _dynamic_index_list(sp, h)
            h.expect_keyword("step")
            info["steps"] = _dynamic_index_list(sp, h)
        args: list = []
        outs: list = []
        types: list = []
        at = h._skip()
        if h.optional_keyword("shared_outs"):
            args, refs = h.assignment_list()
            types = h.optional_arrow_types()
            if len(refs) != len(types):
                raise _resolve_count_error(cls.name, len(refs), len(types), at)
            outs = [sp.resolve_text(text, q, t) for (text, q), t in zip(refs, types)]
        info["args"], info["outs"], info["types"] = args, outs, types
        return info

    @classmethod
    def region_entry_args(cls, sp: Any, vals: list, poss: list, index: int) -> list:
        """The thread indices, then one argument per shared output."""
        info = header_of(sp, cls, vals, poss)
        out = [(name, p, T.index, None) for name, p in info["ivs"]]
        out += [(name, p, t, None) for (name, p), t in zip(info["args"], info["types"])]
        return out

    # ----------------------------------------------------------------- accessors

    @property
    def rank(self) -> int:
        """The number of loops."""
        return len(self.properties["staticLowerBound"].values)  # type: ignore[attr-defined]

    @property
    def body(self) -> Any:
        """The loop body block."""
        return self.regions[0].blocks[0]

    def _mixed(self, attr: str, group: int) -> list:
        values = iter(self.operand_group(group))
        out: list = []
        for s in self.properties[attr].values:  # type: ignore[attr-defined]
            out.append(next(values) if s == DYNAMIC else A.IntegerAttr(T.index, s))
        return out

    def mixed_lower_bound(self) -> list:
        """Lower bounds: a Value (dynamic) or an index IntegerAttr (static) each."""
        return self._mixed("staticLowerBound", 0)

    def mixed_upper_bound(self) -> list:
        """Upper bounds, as `mixed_lower_bound`."""
        return self._mixed("staticUpperBound", 1)

    def mixed_step(self) -> list:
        """Steps, as `mixed_lower_bound`."""
        return self._mixed("staticStep", 2)

    def is_normalized(self) -> bool:
        """All lower bounds are 0 and all steps 1 (printed as `in (ubs)`)."""
        return all(constant_int(b) == 0 for b in self.mixed_lower_bound()) and all(
            constant_int(s) == 1 for s in self.mixed_step()
        )

    def region_out_args(self) -> list[Value]:
        """The body arguments of the shared outputs."""
        return list(self.body.args[self.rank :])

    def terminator(self) -> Operation:
        """The scf.forall.in_parallel ending the body."""
        return self.body.last

    # ----------------------------------------------------------------- interfaces

    def loop_induction_vars(self) -> list[Value]:
        """The thread indices."""
        return list(self.body.args[: self.rank])

    def loop_lower_bounds(self) -> list:
        """Mixed lower bounds."""
        return self.mixed_lower_bound()

    def loop_upper_bounds(self) -> list:
        """Mixed upper bounds."""
        return self.mixed_upper_bound()

    def loop_steps(self) -> list:
        """Mixed steps."""
        return self.mixed_step()

    def inits(self) -> list[Value]:
        """The shared outputs."""
        return self.operand_group(3)

    def region_iter_args(self) -> list[Value]:
        """Their body arguments."""
        return self.region_out_args()

    def successor_regions(self, point: Region | None) -> list[RegionSuccessor]:
        """Enter the body (or not, with no threads); the body leaves to the parent."""
        if point is None:
            return [RegionSuccessor(self.regions[0]), RegionSuccessor(None)]
        return [RegionSuccessor(None)]

    # ----------------------------------------------------------------- verification

    def verify_op(self) -> None:
        n = self.rank
        outputs = self.operand_group(3)
        if len(self.results) != len(outputs):
            raise VerifyError(
                self, f"produces {len(self.results)} results, but has only {len(outputs)} outputs"
            )
        body = self.regions[0].blocks[0]
        if len(body.args) != n + len(outputs):
            raise VerifyError(self, f"region expects {n} arguments")
        for i in range(n):
            if body.args[i].type is not T.index:
                raise VerifyError(self, f"expects {i}-th block argument to be an index")
        for i, v in enumerate(outputs):
            if body.args[n + i].type is not v.type:
                raise VerifyError(
                    self, f"type mismatch between {i}-th output and corresponding block argument"
                )
        mapping = self.properties.get("mapping")
        if mapping is not None and len(mapping) and len(mapping) != n:  # type: ignore[arg-type]
            raise VerifyError(self, "mapping attribute size must match op rank")
        for name, attr, group in (
            ("lower bound", "staticLowerBound", 0),
            ("upper bound", "staticUpperBound", 1),
            ("step", "staticStep", 2),
        ):
            statics = self.properties[attr].values  # type: ignore[attr-defined]
            if len(statics) != n:
                raise op_error(self, f"expected {n} {name} values, got {len(statics)}")
            dynamic = sum(1 for s in statics if s == DYNAMIC)
            if len(self.operand_group(group)) != dynamic:
                raise op_error(self, f"expected {dynamic} dynamic {name} values")


def _dynamic_index_list(sp: Any, h: Header) -> tuple[list, list[int]]:
    """`(%a, 4)` -> (resolved index values, static values with DYNAMIC for each value)."""
    h.expect("(")
    values: list = []
    statics: list[int] = []
    if h.parse_optional_punct(")"):
        return values, statics
    while True:
        ref = h.optional_ssa_use()
        if ref is not None:
            values.append(sp.resolve_text(ref[0], ref[1], T.index))
            statics.append(DYNAMIC)
        elif _INT.match(h.text, h._skip(), h.end):
            statics.append(h.integer())
        else:
            raise h.custom_error("expected SSA value or integer")
        if not h.parse_optional_punct(","):
            break
    h.expect(")", "expected ')' in dynamic index list")
    return values, statics


def _parse_forall(sp: Any, c: list, p: list) -> Operation:
    # OPSTART KW SCF_HEADER region [ATTR_DICT]
    info = header_of(sp, ForallOp, c, p, 2)
    attrs = sp.dict_of(c[4], p[4]) if c[4] is not None else None
    (lbs, slbs), (ubs, subs), (steps, ssteps) = info["lbs"], info["ubs"], info["steps"]
    props: dict[str, Any] = {}
    if attrs is not None and "mapping" in attrs:
        props["mapping"] = attrs.pop("mapping")
    props["staticLowerBound"] = A.DenseArrayAttr(T.i64, tuple(slbs))
    props["staticUpperBound"] = A.DenseArrayAttr(T.i64, tuple(subs))
    props["staticStep"] = A.DenseArrayAttr(T.i64, tuple(ssteps))
    outs = info["outs"]
    props["operandSegmentSizes"] = _segments(len(lbs), len(ubs), len(steps), len(outs))
    region = c[3]
    operands = lbs + ubs + steps + outs
    op = sp.finish_op(ForallOp, operands, info["types"], attrs, props, [region], [], c[0], p[0])
    ensure_terminator(region, InParallelOp, op)
    return op


def _print_index_list(P: Any, mixed: list) -> str:
    return (
        "(" + ", ".join(P.value(v) if isinstance(v, Value) else str(v.value) for v in mixed) + ")"
    )


_FORALL_ELIDED = frozenset(
    ("operandSegmentSizes", "staticLowerBound", "staticUpperBound", "staticStep")
)


def _print_forall(P: Any, op: ForallOp) -> str:
    region = op.regions[0]
    args = list(region.blocks[0].args) if region.blocks else []
    rank = op.rank
    out = [" (" + values_text(P, args[:rank])]
    if op.is_normalized():
        out.append(") in " + _print_index_list(P, op.mixed_upper_bound()))
    else:
        out.append(") = " + _print_index_list(P, op.mixed_lower_bound()))
        out.append(" to " + _print_index_list(P, op.mixed_upper_bound()))
        out.append(" step " + _print_index_list(P, op.mixed_step()))
    out_args = args[rank:]
    out.append(print_init_list(P, out_args, op.operand_group(3), " shared_outs"))
    out.append(" ")
    if out_args:
        out.append("-> (" + ", ".join(P.type(r.type) for r in op.results) + ") ")
    out.append(P.region(region, False, bool(op.results)))
    out.append(P.attr_dict(op, _FORALL_ELIDED))
    return "".join(out)
