"""affine.for, affine.if and affine.yield (upstream MLIR 22's syntax, verifiers, messages).

Bounds are affine maps applied to dim and symbol operands; a constant map prints as its
constant and a one-symbol identity map as its operand (upstream's printBound). Operands
used as dims and symbols must be valid ones in the nearest affine scope
(`is_valid_dim` / `is_valid_symbol`, upstream's rules for the ops registered here).
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.affine.canonicalize import fold_if, if_patterns
from mliropt.dialects.affine.loop_canonicalize import AffineForEmptyLoopFolder, fold_for
from mliropt.dialects.affine.scope import verify_dims_and_symbols
from mliropt.dialects.affine.syntax import (
    dim_and_symbol_list,
    header_syntax,
    index_attribute,
    missing_header,
    print_dim_and_symbol_list,
)
from mliropt.dialects.affine.trip_count import constant_trip_count
from mliropt.dialects.ods import (
    VARIADIC,
    AffineMapAttr,
    AnyType,
    Attr,
    AttrSizedOperandSegments,
    AutomaticAllocationScope,
    Constraint,
    Index,
    IndexAttr,
    IsTerminator,
    Operand,
    Pure,
    RecursivelySpeculatable,
    RecursiveMemoryEffects,
    RegionDef,
    Result,
    ReturnLike,
    SingleBlockImplicitTerminator,
)
from mliropt.dialects.scf.base import MAX_SIZED_1, SIZED_1, SCFOp, ensure_terminator
from mliropt.dialects.scf.interfaces import (
    LoopLikeOpInterface,
    RegionBranchOpInterface,
    RegionSuccessor,
)
from mliropt.dialects.scf.syntax import Header, header_of, print_arrow_types
from mliropt.ir import affine as AF
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.opdef import VerifyError
from mliropt.ir.operation import Operation, Region, Value
from mliropt.syntax.scanners import scan_balanced

IntegerSetAttr = Constraint("IntegerSet attribute", lambda a: isinstance(a, A.IntegerSetAttr))


class AffineOp(SCFOp):
    """Base of the affine ops: scf's structural verification (single blocks, implicit
    terminators, parents) with upstream's messages."""

    __slots__ = ()
    region_trait_order = ("terminator",)


# ----------------------------------------------------------------- affine.for


def _parse_bound(sp: Any, h: Header, lower: bool, at: int) -> tuple[AF.AffineMap, list]:
    """A loop bound (upstream's parseBound): `%s`, an integer, or `[max|min] map(dims)[syms]`."""
    prefix = "max" if lower else "min"
    has_prefix = h.optional_keyword(prefix)
    refs = []
    ref = h.optional_ssa_use()
    if ref is not None:
        refs.append(ref)
        while h.parse_optional_punct(","):
            refs.append(h.ssa_use())
    if refs:
        if len(refs) > 1:
            raise h.custom_error("expected only one loop bound operand", at)
        value = sp.resolve_text(refs[0][0], refs[0][1], T.index)
        return AF.AffineMap(0, 1, [AF.symbol(0)]), [value]
    attr_at = h._skip()
    attr = index_attribute(h)
    if isinstance(attr, A.AffineMapAttr):
        operands, num_dims = dim_and_symbol_list(sp, h)
        amap = attr.value
        if amap.num_dims != num_dims:
            raise h.custom_error("dim operand count and affine map dim count must match", at)
        if amap.num_dims + amap.num_symbols != len(operands):
            raise h.custom_error(
                "symbol operand count and affine map symbol count must match", at
            )
        if amap.num_results > 1 and not has_prefix:
            side = "lower" if lower else "upper"
            raise h.custom_error(
                f"{side} loop bound affine map with multiple results requires '{prefix}' prefix",
                attr_at,
            )
        return amap, operands
    if isinstance(attr, A.IntegerAttr):
        return AF.AffineMap.constant_map(attr.value), []
    raise h.custom_error("expected valid affine map representation for loop bounds", at)


class AffineForOp(LoopLikeOpInterface, RegionBranchOpInterface, AffineOp):
    """A loop over an affine range, with optional loop-carried values.

    Example: `affine.for %i = 0 to %n step 2 { ... }`
    """

    name = "affine.for"
    traits = (
        AttrSizedOperandSegments,
        AutomaticAllocationScope,
        RecursiveMemoryEffects,
        SingleBlockImplicitTerminator("affine.yield"),
    )
    lowerBoundOperands = Operand(Index, VARIADIC)
    upperBoundOperands = Operand(Index, VARIADIC)
    inits_ = Operand(AnyType, VARIADIC)
    lowerBoundMap = Attr(AffineMapAttr)
    upperBoundMap = Attr(AffineMapAttr)
    step = Attr(IndexAttr)
    results_ = Result(AnyType, VARIADIC)
    region = RegionDef()
    region_constraints = (SIZED_1,)

    @classmethod
    def custom_syntax(cls) -> Any:
        """`affine.for %i = lb to ub [step n] [iter_args(..) -> (..)] { .. } [attrs]`."""
        return header_syntax(cls, "region [ATTR_DICT]", _parse_for, _print_for)

    @classmethod
    def parse_header(cls, sp: Any, h: Header, at: int) -> dict:
        """The loop header in upstream's parse order; bound operands resolved at once."""
        info: dict[str, Any] = {"iv": h.argument(), "iv_loc": _optional_location(sp, h)}
        h.expect("=")
        info["lb"] = _parse_bound(sp, h, True, at)
        if not h.optional_keyword("to"):
            raise h.custom_error("expected 'to' between bounds")
        info["ub"] = _parse_bound(sp, h, False, at)
        step = 1
        if h.optional_keyword("step"):
            step_at = h._skip()
            attr = index_attribute(h)
            if not isinstance(attr, A.IntegerAttr):
                raise h.custom_error("invalid kind of attribute specified", step_at)
            if attr.value < 0:
                raise h.custom_error(
                    "expected step to be representable as a positive signed integer", step_at
                )
            step = attr.value
        info["step"] = step
        args: list = []
        inits: list = []
        types: list = []
        if h.optional_keyword("iter_args"):
            args, refs = h.assignment_list()
            types = h.arrow_types()
            inits = [sp.resolve_text(t, p, ty) for (t, p), ty in zip(refs, types)]
        if len(args) != len(types):
            raise h.custom_error(
                "mismatch between the number of loop-carried values and results", at
            )
        info["args"], info["inits"], info["types"] = args, inits, types
        return info

    @classmethod
    def region_entry_args(cls, sp: Any, vals: list, poss: list, index: int) -> list:
        """The induction variable (index), then one argument per iter_arg."""
        missing_header(sp, cls, vals, poss)
        info = header_of(sp, cls, vals, poss)
        name, pos = info["iv"]
        out = [(name, pos, T.index, info["iv_loc"])]
        out += [(n, p, t, None) for (n, p), t in zip(info["args"], info["types"])]
        return out

    def lower_bound_map(self) -> AF.AffineMap:
        """The lower bound's affine map."""
        return self.properties["lowerBoundMap"].value  # type: ignore[attr-defined]

    def upper_bound_map(self) -> AF.AffineMap:
        """The upper bound's affine map."""
        return self.properties["upperBoundMap"].value  # type: ignore[attr-defined]

    def fold(self, operands: list) -> list | None:
        """Bounds folded and canonicalized in place; a zero-trip loop with results is
        its inits (AffineForOp::fold)."""
        return fold_for(self)

    # ----------------------------------------------------------------- interfaces

    def loop_induction_vars(self) -> list[Value]:
        """[the induction variable]."""
        return [self.regions[0].blocks[0].args[0]]

    def inits(self) -> list[Value]:
        """The iter_args initial values."""
        return self.operand_group(2)

    def region_iter_args(self) -> list[Value]:
        """The body arguments after the induction variable."""
        return list(self.regions[0].blocks[0].args[1:])

    def yielded_values(self) -> list[Value]:
        """The operands of the body's affine.yield."""
        term = self.regions[0].blocks[0].last if self.regions[0].blocks else None
        return term.operands if isinstance(term, AffineYieldOp) else []

    def loop_results(self) -> list[Value]:
        """The op's results."""
        return list(self.results)

    def successor_regions(self, point: Region | None) -> list[RegionSuccessor]:
        """Into the body or out, as a constant trip count allows (upstream's
        getSuccessorRegions: 0 trips skip the body, 1 trip leaves after it)."""
        trips = constant_trip_count(self)
        body = RegionSuccessor(self.regions[0], self.region_iter_args())
        out = RegionSuccessor(None, self.results)
        if point is None and trips is not None:
            return [body] if trips > 0 else [out]
        if point is not None and trips == 1:
            return [out]
        return [body, out]

    def entry_successor_operands(self, successor: RegionSuccessor) -> list[Value]:
        """The inits."""
        return self.operand_group(2)

    def verify_op_regions(self) -> None:
        body = self.regions[0].blocks[0]
        if not body.args or body.args[0].type is not T.index:
            raise VerifyError(
                self, "expected body to have a single index argument for the induction variable"
            )
        for group, amap in ((0, self.lower_bound_map()), (1, self.upper_bound_map())):
            if amap.num_inputs > 0:
                verify_dims_and_symbols(self, self.operand_group(group), amap.num_dims)
        if self.lower_bound_map().num_results < 1:
            raise VerifyError(self, "expected lower bound map to have at least one result")
        if self.upper_bound_map().num_results < 1:
            raise VerifyError(self, "expected upper bound map to have at least one result")
        if not self.results:
            return
        if len(self.operand_group(2)) != len(self.results):
            raise VerifyError(
                self, "mismatch between the number of loop-carried values and results"
            )
        if len(body.args) - 1 != len(self.results):
            raise VerifyError(
                self, "mismatch between the number of basic block args and results"
            )


def _optional_location(sp: Any, h: Header) -> Any:
    """parseArgument's optional `loc(...)` after the induction variable, or None."""
    i = h._skip()
    if not h.text.startswith("loc(", i):
        return None
    j = scan_balanced(h.text, i + 3, h.end)
    h.pos = j
    return sp.location_of(h.text[i:j], i)


def _parse_for(sp: Any, c: list, p: list) -> Operation:
    # OPSTART KW AFFINE_HEADER region [ATTR_DICT]
    info = header_of(sp, AffineForOp, c, p, 2)
    (lb_map, lbs), (ub_map, ubs) = info["lb"], info["ub"]
    inits = info["inits"]
    props = {
        "lowerBoundMap": A.AffineMapAttr(lb_map),
        "upperBoundMap": A.AffineMapAttr(ub_map),
        "step": A.IntegerAttr(T.index, info["step"]),
        "operandSegmentSizes": A.DenseArrayAttr(T.i32, (len(lbs), len(ubs), len(inits))),
    }
    attrs = sp.dict_of(c[4], p[4]) if c[4] is not None else None
    region = c[3]
    op = sp.finish_op(
        AffineForOp, [*lbs, *ubs, *inits], info["types"], attrs, props, [region], [], c[0], p[0]
    )
    ensure_terminator(region, AffineYieldOp, op)
    return op


def _print_bound(P: Any, attr: Any, operands: list, prefix: str) -> str:
    amap = attr.value
    if amap.num_results == 1:
        expr = amap.results[0]
        if amap.num_inputs == 0 and isinstance(expr, AF.AffineConstantExpr):
            return str(expr.value)
        if amap.num_dims == 0 and amap.num_symbols == 1 and isinstance(expr, AF.AffineSymbolExpr):
            return P.value(operands[0])
        head = ""
    else:
        head = prefix + " "
    return head + P.attr(attr) + print_dim_and_symbol_list(P, operands, amap.num_dims)


_FOR_ELIDED = frozenset(("lowerBoundMap", "upperBoundMap", "step", "operandSegmentSizes"))


def _print_for(P: Any, op: AffineForOp) -> str:
    region = op.regions[0]
    body = region.blocks[0] if region.blocks else None
    iv = body.args[0] if body is not None and body.args else None
    out = [" ", P.value(iv) if iv is not None else "%<<NULL>>"]
    # printRegionArgument: the induction variable's location with --mlir-print-debuginfo.
    if iv is not None and P.debuginfo and iv.location is not None:
        out.append(" " + P.loc_inline(iv.location))
    out.append(" = ")
    out.append(_print_bound(P, op.properties["lowerBoundMap"], op.operand_group(0), "max"))
    out.append(" to ")
    out.append(_print_bound(P, op.properties["upperBoundMap"], op.operand_group(1), "min"))
    step = op.properties["step"].value  # type: ignore[attr-defined]
    if step != 1:
        out.append(f" step {step}")
    inits = op.operand_group(2)
    if inits:
        args = body.args[1:] if body is not None else []
        pairs = ", ".join(f"{P.value(a)} = {P.value(v)}" for a, v in zip(args, inits))
        types = ", ".join(P.type(r.type) for r in op.results)
        out.append(f" iter_args({pairs}) -> ({types})")
    out.append(" ")
    out.append(P.region(region, False, bool(inits)))
    out.append(P.attr_dict(op, _FOR_ELIDED))
    return "".join(out)


# ----------------------------------------------------------------- affine.if


class AffineIfOp(RegionBranchOpInterface, AffineOp):
    """Run the "then" region when the operands satisfy an integer set, else the other.

    Example: `affine.if #set(%i)[%n] { ... } else { ... }`
    """

    name = "affine.if"
    traits = (
        RecursiveMemoryEffects,
        RecursivelySpeculatable,
        SingleBlockImplicitTerminator("affine.yield"),
    )
    no_region_arguments = True
    operands_ = Operand(AnyType, VARIADIC)
    condition = Attr(IntegerSetAttr)
    results_ = Result(AnyType, VARIADIC)
    thenRegion = RegionDef()
    elseRegion = RegionDef()
    region_constraints = (SIZED_1, MAX_SIZED_1)

    @classmethod
    def custom_syntax(cls) -> Any:
        """`affine.if #set(dims)[syms] [-> types] { .. } [else { .. }] [attrs]`."""
        return header_syntax(cls, 'region ["else" region] [ATTR_DICT]', _parse_if, _print_if)

    @classmethod
    def parse_header(cls, sp: Any, h: Header, at: int) -> tuple[Any, list, list]:
        """(condition, resolved operands, result types), checked as upstream's parser."""
        if h.at_end():
            # No header: upstream parses the region's `{...}` as a dictionary attribute.
            raise h.custom_error("invalid kind of attribute specified", h.pos)
        attr_at = h._skip()
        attr = h.parse_attribute(typed=False)
        if not isinstance(attr, A.IntegerSetAttr):
            raise h.custom_error("invalid kind of attribute specified", attr_at)
        operands, num_dims = dim_and_symbol_list(sp, h)
        iset = attr.value
        if iset.num_dims != num_dims:
            raise h.custom_error("dim operand count and integer set dim count must match", at)
        if num_dims + iset.num_symbols != len(operands):
            raise h.custom_error(
                "symbol operand count and integer set symbol count must match", at
            )
        return attr, operands, h.optional_arrow_types()

    @classmethod
    def region_entry_args(cls, sp: Any, vals: list, poss: list, index: int) -> None:
        """The header is parsed before the regions (its errors come first)."""
        missing_header(sp, cls, vals, poss)
        header_of(sp, cls, vals, poss)
        return None

    def successor_regions(self, point: Region | None) -> list[RegionSuccessor]:
        """From the op: the then region, and the else region or the parent when there
        is no else block; from either region: the parent."""
        if point is not None:
            return [RegionSuccessor(None, self.results)]
        else_region = self.regions[1]
        other = (
            RegionSuccessor(else_region, [])
            if else_region.blocks
            else RegionSuccessor(None, self.results)
        )
        return [RegionSuccessor(self.regions[0], []), other]

    def fold(self, operands: list) -> list | None:
        """Compose affine.apply operands into the condition and canonicalize it, in
        place (AffineIfOp::fold)."""
        return fold_if(self)

    def verify_op(self) -> None:
        iset = self.properties["condition"].value  # type: ignore[attr-defined]
        if len(self.operands) != iset.num_dims + iset.num_symbols:
            raise VerifyError(
                self,
                "operand count and condition integer set dimension and symbol count must match",
            )
        verify_dims_and_symbols(self, self.operands, iset.num_dims)


def _parse_if(sp: Any, c: list, p: list) -> Operation:
    # OPSTART KW AFFINE_HEADER region ["else" region] [ATTR_DICT]
    cond, operands, types = header_of(sp, AffineIfOp, c, p, 2)
    then_r = c[3]
    else_r = c[5] if c[5] is not None else Region()
    attrs = sp.dict_of(c[6], p[6]) if c[6] is not None else None
    props = {"condition": cond}
    op = sp.finish_op(AffineIfOp, operands, types, attrs, props, [then_r, else_r], [], c[0], p[0])
    ensure_terminator(then_r, AffineYieldOp, op)
    if c[5] is not None:
        ensure_terminator(else_r, AffineYieldOp, op)
    return op


def _print_if(P: Any, op: AffineIfOp) -> str:
    cond: Any = op.properties["condition"]
    out = [" ", P.attr(cond), print_dim_and_symbol_list(P, op.operands, cond.value.num_dims)]
    out.append(print_arrow_types(P, [r.type for r in op.results]))
    terminators = bool(op.results)
    out.append(" ")
    out.append(P.region(op.regions[0], False, terminators))
    if op.regions[1].blocks:
        out.append(" else ")
        out.append(P.region(op.regions[1], False, terminators))
    out.append(P.attr_dict(op, frozenset(("condition",))))
    return "".join(out)


# ----------------------------------------------------------------- affine.yield


class AffineYieldOp(AffineOp):
    """The terminator of affine.for and affine.if regions, yielding their values.

    Example: `affine.yield %v : f32`
    """

    name = "affine.yield"
    traits = (Pure, IsTerminator, ReturnLike)
    operands_ = Operand(AnyType, VARIADIC)
    assembly_format = "attr-dict ($operands_^ `:` type($operands_))?"

    def verify_op(self) -> None:
        parent = self.parent_op
        if not isinstance(parent, (AffineForOp, AffineIfOp)):
            raise VerifyError(self, "only terminates affine.if/for/parallel regions")
        if len(parent.results) != len(self.operands):
            raise VerifyError(
                self, "parent of yield must have same number of results as the yield operands"
            )
        for r, v in zip(parent.results, self.operands):
            if r.type is not v.type:
                raise VerifyError(self, "types mismatch between yield op and its parent")


AffineIfOp.canonicalization_patterns = if_patterns(AffineIfOp)

AffineForOp.canonicalization_patterns = (
    type("AffineForEmptyLoopFolder", (AffineForEmptyLoopFolder,), {"root": AffineForOp}),
)
