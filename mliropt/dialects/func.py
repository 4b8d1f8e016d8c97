"""The func dialect: functions, calls, returns and function constants."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import (
    VARIADIC,
    AffineScope,
    AnyType,
    Attr,
    AutomaticAllocationScope,
    ConstantLike,
    DictArrayAttr,
    FlatSymbolRefAttr,
    FunctionTypeC,
    HasParent,
    IsolatedFromAbove,
    IsTerminator,
    Op,
    OpAsmOpInterface,
    Operand,
    Pure,
    RegionDef,
    Result,
    ReturnLike,
    StrAttr,
    Symbol,
    SymbolNameAttr,
    UnitAttr,
    type_attr_of,
    types_match_with_list,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
from mliropt.ir.dialect import Dialect
from mliropt.ir.opdef import VerifyError
from mliropt.ir.operation import Operation, Region
from mliropt.rewrite.inlining import DialectInlinerInterface
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.errors import ParseError
from mliropt.syntax.errors_table import AT_TOKEN, MESSAGES
from mliropt.syntax.function_syntax import parse_signature, print_signature
from mliropt.syntax.inherent import stored_inherent

_NO_SYMBOL = "custom op 'func.func' expected valid '@'-identifier for symbol name"
# Where the grammar wants the symbol name (after `func.func`, or after a visibility),
# then the signature (upstream's parseFunctionSignature starts with `(`).
MESSAGES[("custom_func_func_0", "@SYMBOL_REF")] = AT_TOKEN + _NO_SYMBOL
MESSAGES[("custom_func_func_0", "@FUNC_SIGNATURE")] = "expected '('"


_FUNC_RULE = '[FUNC_VISIBILITY] SYMBOL_REF FUNC_SIGNATURE ["attributes" ATTR_DICT] [region]'


class FunctionLikeOp:
    """What func.func and ops written like it share: entry arguments from a signature
    that names them, the function type, and CallableOpInterface."""

    __slots__ = ()

    @classmethod
    def region_entry_args(cls, sp: Any, vals: list, poss: list, index: int) -> list | None:
        """The body's entry block arguments when the signature names them (before the body
        is parsed); an unnamed signature leaves the entry block to the body, as upstream."""
        for v, p in zip(vals[2:], poss[2:]):
            if isinstance(v, str) and v.startswith("("):
                sig = parse_signature(sp, v, p, op_name=cls.name)  # type: ignore[attr-defined]
                if not sig.has_names:
                    return None
                return [(a[0], a[1], a[2], a[4]) for a in sig.args]
        return None

    @property
    def type(self) -> T.FunctionType:
        """The function type."""
        op: Any = self
        return op.properties["function_type"].value  # type: ignore[no-any-return]

    @property
    def is_external(self) -> bool:
        """True for a declaration (no body)."""
        op: Any = self
        return not op.regions[0].blocks

    def is_declaration(self) -> bool:
        """SymbolOpInterface: a function without a body declares its symbol."""
        return self.is_external

    # CallableOpInterface (mliropt/ir/interfaces.py).

    def callable_region(self) -> Region | None:
        """The body, or None for a declaration."""
        op: Any = self
        return None if self.is_external else op.regions[0]  # type: ignore[no-any-return]

    def callable_results(self) -> list:
        """The result types of the function."""
        return list(self.type.results)

    def callable_arg_attrs(self) -> Any:
        """The argument attribute dictionaries (or None)."""
        op: Any = self
        return op.properties.get("arg_attrs")

    def callable_res_attrs(self) -> Any:
        """The result attribute dictionaries (or None)."""
        op: Any = self
        return op.properties.get("res_attrs")


class FuncOp(FunctionLikeOp, Op):
    """A function with a name, a signature and an optional body.

    Example: `func.func @add(%a: i32, %b: i32) -> i32 { ... }`
    """

    name = "func.func"
    traits = (AffineScope, AutomaticAllocationScope, IsolatedFromAbove, Symbol, OpAsmOpInterface)
    default_dialect = "func"
    sym_name = Attr(SymbolNameAttr)
    function_type = Attr(type_attr_of(FunctionTypeC, "type attribute of function type"))
    sym_visibility = Attr(StrAttr, optional=True)
    arg_attrs = Attr(DictArrayAttr, optional=True)
    res_attrs = Attr(DictArrayAttr, optional=True)
    no_inline = Attr(UnitAttr, optional=True)
    body = RegionDef()

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`func.func [visibility] @name(signature) [attributes {..}] [{ body }]`."""
        return CustomSyntax(
            cls,
            [(_FUNC_RULE, _parse_func)],
            _print_func,
        )

    def verify(self) -> None:
        # FunctionOpInterface's verifyTrait, then verifyBody.
        ftype = self.type
        _verify_attr_dicts(self, "arg_attrs", "argument", "arguments", len(ftype.inputs))
        _verify_attr_dicts(self, "res_attrs", "result", "results", len(ftype.results))
        if self.is_external:
            return
        entry = self.regions[0].blocks[0]
        if len(entry.args) != len(ftype.inputs):
            raise VerifyError(
                self,
                f"entry block must have {len(ftype.inputs)} arguments to match function signature",
            )
        for i, (arg, t) in enumerate(zip(entry.args, ftype.inputs)):
            if arg.type is not t:
                raise VerifyError(
                    self,
                    f"type of entry block argument #{i}('{arg.type}') must match the type of "
                    f"the corresponding argument in function signature('{t}')",
                )


def _parse_func(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP_FUNC_FUNC [vis] SYMBOL_REF FUNC_SIGNATURE ["attributes" ATTR_DICT] [region]
    region = c[7]
    if region is None:
        region = Region()
    elif not region.blocks:
        raise ParseError(p[7], "custom op 'func.func' expected non-empty function body")
    return parse_function_like(sp, c, p, FuncOp, region)


def parse_function_like(sp: Any, c: list, p: list, cls: Any, region: Region) -> Any:
    """Build a function-like op of `cls` (func.func's syntax: `[vis] @name(args) -> results
    [attributes {...}] [region]`, the tokens `c` at positions `p`) with `region`."""
    sig = parse_signature(sp, c[4], p[4], op_name=cls.name)
    props: dict[str, Any] = {
        "sym_name": A.StringAttr(sp.attr_of(c[3], p[3]).root),
        "function_type": A.TypeAttr(sig.function_type()),
    }
    if c[2] is not None:
        props["sym_visibility"] = A.StringAttr(c[2])
    arg_attrs = sig.arg_attrs()
    if arg_attrs is not None:
        props["arg_attrs"] = arg_attrs
    res_attrs = sig.res_attrs()
    if res_attrs is not None:
        props["res_attrs"] = res_attrs
    attrs = None
    if c[6] is not None:
        attrs = sp.dict_of(c[6], p[6])
        for name in _INFERRED:
            if name in attrs:
                raise ParseError(
                    p[5],
                    f"custom op '{cls.name}' '{name}' is an inferred attribute and should not be "
                    "specified in the explicit attribute dictionary",
                )
        for name, value in stored_inherent(cls, attrs).items():
            props.setdefault(name, value)
    return sp.finish_op(cls, [], [], attrs, props, [region], [], c[0], p[0])


# Given by the syntax, so not allowed in `attributes {...}` (in upstream's order).
_INFERRED = ("sym_visibility", "sym_name", "function_type")


def _verify_attr_dicts(op: Op, name: str, what: str, plural: str, n: int) -> None:
    """Argument/result attributes: one dictionary per entry, only dialect attributes."""
    attrs = op.properties.get(name)
    if attrs is None:
        return
    items = attrs.value  # type: ignore[attr-defined]
    if len(items) != n:
        raise VerifyError(
            op,
            f"expects {what} attribute array to have the same number of elements as the "
            f"number of function {plural}, got {len(items)}, but expected {n}",
        )
    for d in items:
        if any("." not in key for key, _ in d.entries):
            raise VerifyError(op, f"{plural} may only have dialect attributes")


_FUNC_ELIDED = frozenset(("sym_name", "function_type", "sym_visibility", "arg_attrs", "res_attrs"))


def _print_func(P: Any, op: FuncOp) -> str:
    return print_function_like(P, op)


def print_function_like(P: Any, op: Any) -> str:
    """The text after a function-like op's name, as func.func prints it."""
    out = [" "]
    vis = op.properties.get("sym_visibility")
    if vis is not None:
        out.append(vis.value + " ")
    out.append(A.print_symbol_name(op.properties["sym_name"].value))
    body = op.regions[0]
    out.append(
        print_signature(
            P, op, op.type, body, op.properties.get("arg_attrs"), op.properties.get("res_attrs")
        )
    )
    out.append(P.attr_dict(op, _FUNC_ELIDED, True))
    if body.blocks:
        out.append(" " + P.region(body, False, True))
    return "".join(out)


class CallOp(Op):
    """A direct call of a function symbol.

    Example: `%r = func.call @f(%a) : (i32) -> i32`
    """

    name = "func.call"
    callee = Attr(FlatSymbolRefAttr)
    arg_attrs = Attr(DictArrayAttr, optional=True)
    res_attrs = Attr(DictArrayAttr, optional=True)
    no_inline = Attr(UnitAttr, optional=True)
    operands_ = Operand(AnyType, VARIADIC)
    results_ = Result(AnyType, VARIADIC)
    assembly_format = (
        "$callee `(` $operands_ `)` attr-dict `:` functional-type($operands_, $results_)"
    )

    # CallOpInterface (mliropt/ir/interfaces.py).

    def callable_for_callee(self) -> Any:
        """The callee symbol."""
        return self.properties["callee"]

    def set_callable_for_callee(self, callee: Any) -> None:
        """Call another symbol."""
        self.properties["callee"] = callee

    def arg_operands(self) -> list:
        """Every operand goes to the callee."""
        return self.operands

    def verify_symbol_uses(self, symbols: Any) -> None:
        """The callee must be a function with a matching signature."""
        callee = self.properties.get("callee")
        if not isinstance(callee, A.SymbolRefAttr) or callee.nested:
            return  # reported by the op's attribute constraint
        fn = symbols.lookup_nearest(self, callee)
        name = callee.root  # type: ignore[attr-defined]
        if fn is None or not isinstance(fn, FuncOp):
            raise VerifyError(self, f"'{name}' does not reference a valid function")
        ftype = fn.type
        if len(ftype.inputs) != len(self.op_operands):
            raise VerifyError(self, "incorrect number of operands for callee")
        for i, (v, t) in enumerate(zip(self.operands, ftype.inputs)):
            if v.type is not t:
                raise VerifyError(
                    self,
                    f"operand type mismatch: expected operand type '{t}', but provided "
                    f"'{v.type}' for operand number {i}",
                )
        if len(ftype.results) != len(self.results):
            raise VerifyError(self, "incorrect number of results for callee")
        for i, (r, t) in enumerate(zip(self.results, ftype.results)):
            if r.type is not t:
                err = VerifyError(self, f"result type mismatch at index {i}")
                err.diagnostic.attach_note("      op result types: " + _quoted(self.result_types))
                err.diagnostic.attach_note("function result types: " + _quoted(ftype.results))
                raise err


def _quoted(types: Any) -> str:
    """Types as a diagnostic prints a TypeRange: `'i32', 'f32'`."""
    return ", ".join(f"'{t}'" for t in types)


def _callee_inputs(t: Any) -> Any:
    return t.inputs if isinstance(t, T.FunctionType) else ()


class CallIndirectOp(Op):
    """A call of a function value.

    Example: `%r = func.call_indirect %f(%a) : (i32) -> i32`
    """

    name = "func.call_indirect"
    callee = Operand(FunctionTypeC)
    callee_operands = Operand(AnyType, VARIADIC)
    results_ = Result(AnyType, VARIADIC)
    arg_attrs = Attr(DictArrayAttr, optional=True)
    res_attrs = Attr(DictArrayAttr, optional=True)
    type_relations = (types_match_with_list("callee", "callee_operands", _callee_inputs),)
    assembly_format = "$callee `(` $callee_operands `)` attr-dict `:` type($callee)"

    @classmethod
    def infer_result_types(
        cls, sp: Any, operands: list, props: Any, attrs: Any, regions: Any
    ) -> list:
        """The results of the callee's function type."""
        t = operands[0].type
        return list(t.results) if isinstance(t, T.FunctionType) else []

    # CallOpInterface (mliropt/ir/interfaces.py).

    def callable_for_callee(self) -> Any:
        """The called function value."""
        return self.operand(0)

    def set_callable_for_callee(self, callee: Any) -> None:
        """Call another function value."""
        self.set_operand(0, callee)

    def arg_operands(self) -> list:
        """The operands after the callee."""
        return self.operands[1:]

    def verify(self) -> None:
        # The two TypesMatchWith constraints of upstream's op definition.
        t = self.operand(0).type
        assert isinstance(t, T.FunctionType)  # the callee's declared constraint
        if list(t.inputs) != [v.type for v in self.operands[1:]]:
            raise VerifyError(self, "failed to verify that callee input types match argument types")
        if list(t.results) != [r.type for r in self.results]:
            raise VerifyError(self, "failed to verify that callee result types match result types")


class ConstantOp(Op):
    """A function symbol as an SSA value.

    Example: `%f = func.constant @f : (i32) -> i32`
    """

    name = "func.constant"
    traits = (ConstantLike, Pure)
    value = Attr(FlatSymbolRefAttr)
    result = Result(AnyType)
    assembly_format = "attr-dict $value `:` type(results)"

    def fold(self, operands: list) -> list:
        """A constant folds to its symbol reference."""
        return [self.properties["value"]]

    def asm_result_names(self) -> list:
        """Upstream names the value `%f`."""
        return [(self.results[0], "f")]

    def verify_symbol_uses(self, symbols: Any) -> None:
        """The symbol must be a function of the result's type."""
        ref = self.properties.get("value")
        if not isinstance(ref, A.SymbolRefAttr):
            return  # reported by the op's attribute constraint
        fn = symbols.lookup_nearest(self, ref)
        if fn is None or not isinstance(fn, FuncOp):
            raise VerifyError(self, f"reference to undefined function '{ref.root}'")  # type: ignore[attr-defined]
        if fn.type is not self.results[0].type:
            raise VerifyError(self, "reference to function with mismatched type")


class ReturnOp(Op):
    """Return from the enclosing function.

    Example: `func.return %a : i32`
    """

    name = "func.return"
    traits = (Pure, HasParent("func.func"), ReturnLike, IsTerminator)
    operands_ = Operand(AnyType, VARIADIC)
    assembly_format = "attr-dict ($operands_^ `:` type($operands_))?"

    def verify(self) -> None:
        fn = self.parent_op
        if not isinstance(fn, FuncOp):
            return
        results = fn.type.results
        name = fn.properties["sym_name"].value  # type: ignore[attr-defined]
        if len(self.op_operands) != len(results):
            raise VerifyError(
                self,
                f"has {len(self.op_operands)} operands, but enclosing function (@{name}) "
                f"returns {len(results)}",
            )
        for i, (v, t) in enumerate(zip(self.operands, results)):
            if v.type is not t:
                # Upstream emits this one with emitError: no `'func.return' op` prefix.
                raise MLIRError(
                    Diagnostic(
                        self.location,
                        Severity.ERROR,
                        f"type of return operand {i} ('{v.type}') doesn't match function result "
                        f"type ('{t}') in function @{name}",
                    )
                )


class FuncInliner(DialectInlinerInterface):
    """Upstream's func inliner extension: everything may be inlined unless the call or
    the function says `no_inline`; an inlined `return` becomes a `cf.br` to the block
    after the call (or its operands replace the call's results)."""

    def is_legal_to_inline_call(self, call: Any, callable_op: Any, would_be_cloned: bool) -> bool:
        """Not when the call or the callee carries `no_inline`."""
        no_call = isinstance(call, CallOp) and call.properties.get("no_inline") is not None
        no_func = (
            isinstance(callable_op, FuncOp) and callable_op.properties.get("no_inline") is not None
        )
        return not no_call and not no_func

    def is_legal_to_inline_region(
        self, dest: Any, src: Any, would_be_cloned: bool, mapping: dict
    ) -> bool:
        """Any function body."""
        return True

    def is_legal_to_inline_op(
        self, op: Any, dest: Any, would_be_cloned: bool, mapping: dict
    ) -> bool:
        """Any func op."""
        return True

    def handle_terminator_block(self, op: Any, new_dest: Any) -> None:
        """`return %v` becomes `cf.br ^after(%v)`."""
        if not isinstance(op, ReturnOp):
            return
        from mliropt.dialects.cf import BranchOp

        br = BranchOp.build(op.operands, [], successors=[new_dest], location=op.location)
        op.parent.insert_before(op, br)  # type: ignore[union-attr]
        op.erase()

    def handle_terminator_values(self, op: Any, values: list) -> None:
        """The call's results are replaced by what `return` returns."""
        for v, new in zip(values, op.operands):
            v.replace_all_uses_with(new)


class SimplifyIndirectCallWithKnownCallee(RewritePattern):
    """A call_indirect of a func.constant is a func.call of its symbol (upstream's
    CallIndirectOp::canonicalize; the op's other attributes are not kept)."""

    root = CallIndirectOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        from mliropt.rewrite.folding import constant_value

        callee = getattr(op.operand(0), "owner", None)
        ref = constant_value(callee) if isinstance(callee, Operation) else None
        if not isinstance(ref, A.SymbolRefAttr):
            return False
        rewriter.replace_op_with_new(
            op, CallOp, op.operands[1:], [r.type for r in op.results], None,
            {"callee": ref}, location=op.location,
        )
        return True


CallIndirectOp.canonicalization_patterns = (SimplifyIndirectCallWithKnownCallee,)


class FuncDialect(Dialect):
    """The func dialect."""

    name = "func"
    ops = (FuncOp, CallOp, CallIndirectOp, ConstantOp, ReturnOp)
    inliner = FuncInliner
    grammar_fragment = "func.lark"

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """A `func.constant` of a flat symbol reference of function type (upstream's
        FuncDialect::materializeConstant), else None."""
        if not (
            isinstance(value, A.SymbolRefAttr) and not value.nested
            and isinstance(type, T.FunctionType)
        ):
            return None
        op = ConstantOp.build([], [type], None, {"value": value}, location=loc)
        if builder is not None:
            builder.insert(op)
        return op
