"""llvm control flow: br, cond_br, switch, return, unreachable, call, call_intrinsic.

Branches answer upstream's BranchOpInterface (the cf dialect's implementation);
`llvm.call` is a CallOpInterface with upstream's callee verification.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects import cf
from mliropt.dialects.cf import (
    BranchOpInterface,
    op_error,
    parse_successor_and_operands,
    print_successor_and_operands,
)
from mliropt.dialects.cf.ops import AnyIntElementsAttr, SwitchCaseOperands
from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.llvm import constraints as C
from mliropt.dialects.llvm import types as LT
from mliropt.dialects.llvm.call_syntax import call_intrinsic_syntax, call_syntax
from mliropt.dialects.llvm.constraints import LLVMOp
from mliropt.dialects.ods import (
    OPTIONAL,
    VARIADIC,
    AnyType,
    ArrayAttr,
    Attr,
    AttrSizedOperandSegments,
    Constraint,
    DenseI32ArrayAttr,
    DictArrayAttr,
    FlatSymbolRefAttr,
    IsTerminator,
    Operand,
    Pure,
    Result,
    ReturnLike,
    StrAttr,
    SuccessorDef,
    UnitAttr,
    VerifyError,
    type_attr_of,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.operation import Block, Value
from mliropt.syntax.attr_formats import DialectAttrFormat
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.dialect_syntax import BodyParser
from mliropt.syntax.errors import ParseError


class BrOp(BranchOpInterface, LLVMOp):
    """An unconditional branch.

    Example: `llvm.br ^bb1(%a : i32)`
    """

    name = "llvm.br"
    traits = (Pure, IsTerminator)
    llvm_instruction = "br"
    destOperands = Operand(C.LLVMType, VARIADIC)
    loop_annotation = Attr(C.Constraint("", lambda a: True), optional=True)
    dest = SuccessorDef()
    assembly_format = "$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict"

    # The successor operands are those of cf.br.
    successor_operands = cf.BranchOp.successor_operands
    successor_operand_group = cf.BranchOp.successor_operand_group
    successor_for_operands = cf.BranchOp.successor_for_operands

    def verify_op(self) -> None:
        self.verify_successor_operands()


class CondBrOp(BranchOpInterface, LLVMOp):
    """A conditional branch, with optional branch weights.

    Example: `llvm.cond_br %c weights([1, 2]), ^bb1(%a : i32), ^bb2`
    """

    name = "llvm.cond_br"
    traits = (AttrSizedOperandSegments, Pure, IsTerminator)
    llvm_instruction = "br"
    condition = Operand(C.I1)
    trueDestOperands = Operand(C.LLVMType, VARIADIC)
    falseDestOperands = Operand(C.LLVMType, VARIADIC)
    branch_weights = Attr(DenseI32ArrayAttr, optional=True)
    loop_annotation = Attr(C.Constraint("", lambda a: True), optional=True)
    trueDest = SuccessorDef()
    falseDest = SuccessorDef()
    assembly_format = (
        "$condition (`weights` `(` $branch_weights^ `)` )? `,`"
        " $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)? `,`"
        " $falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)?"
        " attr-dict"
    )

    # The successor operands are those of cf.cond_br.
    successor_operands = cf.CondBranchOp.successor_operands
    successor_operand_group = cf.CondBranchOp.successor_operand_group
    successor_for_operands = cf.CondBranchOp.successor_for_operands

    def verify_op(self) -> None:
        self.verify_successor_operands()
        verify_weights(self)


def verify_weights(op: Any) -> None:
    """WeightedBranchOpInterface: one non-zero-sum weight per successor."""
    weights = op.properties.get("branch_weights")
    if weights is None:
        return
    n = len(weights.values)
    if n != len(op.successors):
        raise op_error(
            op,
            "expects number of branch weights to match number of successors: "
            f"{n} vs {len(op.successors)}",
        )
    if all(w == 0 for w in weights.values):
        raise op_error(op, "branch weights cannot all be zero")


class SwitchOp(SwitchCaseOperands, LLVMOp):
    """A multi-way branch on an integer value.

    Example: `llvm.switch %v : i32, ^bb1 [1: ^bb2(%a : i32), 2: ^bb3]`
    """

    name = "llvm.switch"
    traits = (AttrSizedOperandSegments, Pure, IsTerminator)
    llvm_instruction = "switch"
    value = Operand(C.SignlessInteger)
    defaultOperands = Operand(AnyType, VARIADIC)
    caseOperands = Operand(AnyType, VARIADIC)
    case_values = Attr(AnyIntElementsAttr, optional=True)
    case_operand_segments = Attr(DenseI32ArrayAttr)
    branch_weights = Attr(DenseI32ArrayAttr, optional=True)
    defaultDestination = SuccessorDef()
    caseDestinations = SuccessorDef(VARIADIC)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`llvm.switch %v : type, ^default(...) [ value: ^bb(...), ... ] {attrs}`."""
        return CustomSyntax(
            cls,
            [('VALUE COLON_TYPE "," SUCCESSOR SQUARE [ATTR_DICT]', _parse_switch)],
            _print_switch,
        )

    def case_value_list(self) -> list[int]:
        """The case values, signed (as upstream prints them)."""
        values = self.properties.get("case_values")
        if values is None:
            return []
        return list(values.elements())  # type: ignore[attr-defined]

    def successor_for_operands(self, constants: list) -> Block | None:
        """The case destination matching a constant value, else the default one."""
        flag = constants[0] if constants else None
        if not isinstance(flag, A.IntegerAttr):
            return None
        for i, case in enumerate(self.case_value_list()):
            if case == flag.value:
                return self.successors[i + 1].value
        return self.successors[0].value

    def verify_op(self) -> None:
        segments = self.properties["case_operand_segments"].values  # type: ignore[attr-defined]
        total = len(self.operand_group(2))
        if sum(segments) != total:
            raise VerifyError(
                self,
                f"caseOperands count ({total}) does not match with the total size "
                f"({sum(segments)}) specified in attribute 'case_operand_segments'",
            )
        values = self.properties.get("case_values")
        ncases = len(self.successors) - 1
        n = values.type.num_elements if values is not None else 0  # type: ignore[attr-defined]
        if n != ncases:
            raise VerifyError(
                self, "expects number of case values to match number of case destinations"
            )
        self.verify_successor_operands()
        verify_weights(self)


def _parse_switch(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP VALUE COLON_TYPE "," SUCCESSOR SQUARE [ATTR_DICT]
    flag_type = sp.colon_type(c[3], p[3])
    if not isinstance(flag_type, T.IntegerType):
        at = p[3] + len(c[3]) - len(c[3][1:].lstrip())
        raise ParseError(
            at,
            "custom op 'llvm.switch' invalid kind of type specified: expected builtin.integer, "
            f"but found '{flag_type}'",
        )
    flag = sp.resolve_text(c[2], p[2], flag_type)
    default, default_operands = parse_successor_and_operands(
        sp, BodyParser(sp, p[5], p[5] + len(c[5]))
    )
    body = BodyParser(sp, p[6] + 1, p[6] + len(c[6]) - 1)
    values: list[int] = []
    dests: list[Block] = []
    case_operands: list[list[Value]] = []
    if not body.at_end():
        while True:
            start = body._skip()
            value = body.parse_optional_integer()
            if value is None:
                raise ParseError(start, "custom op 'llvm.switch' expected integer value")
            body.parse_punct(":")
            block, operands = parse_successor_and_operands(sp, body)
            values.append(value)
            dests.append(block)
            case_operands.append(operands)
            if not body.parse_optional_punct(","):
                break
        if not body.at_end():
            raise ParseError(body._skip(), "expected ']'")
    attrs = None
    props: dict[str, Any] = {}
    if c[7] is not None:
        attrs = sp.dict_of(c[7], p[7])
        for name in [n for n in attrs if n in SwitchOp.attr_defs_by_name]:  # type: ignore[attr-defined]
            props[name] = attrs.pop(name)
    if values:
        vtype = T.VectorType((len(values),), flag_type)
        props["case_values"] = A.DenseElementsAttr(
            vtype, tuple(A.IntegerAttr(flag_type, v).value for v in values)
        )
    props["case_operand_segments"] = A.DenseArrayAttr(T.i32, tuple(len(o) for o in case_operands))
    flat = [v for group in case_operands for v in group]
    props["operandSegmentSizes"] = A.DenseArrayAttr(T.i32, (1, len(default_operands), len(flat)))
    operands = [flag, *default_operands, *flat]
    return sp.finish_op(SwitchOp, operands, [], attrs, props, [], [default, *dests], c[0], p[0])


_SWITCH_ELIDED = frozenset(("case_values", "case_operand_segments", "operandSegmentSizes"))


def _print_switch(P: Any, op: SwitchOp) -> str:
    flag = op.operand(0)
    out = [" ", P.value(flag), " : ", P.type(flag.type), ", "]
    out.append(print_successor_and_operands(P, op.successors[0].value, op.successor_operands(0)))
    out.append(" [")
    for i, v in enumerate(op.case_value_list()):
        out += ["," if i else "", P.newline(), "  ", str(v), ": "]
        out.append(print_successor_and_operands(P, op.successors[i + 1].value, op.case_operands(i)))
    out += [P.newline(), "]", P.attr_dict(op, _SWITCH_ELIDED)]
    return "".join(out)


class ReturnOp(LLVMOp):
    """Return from an llvm.func.

    Example: `llvm.return %v : i32`
    """

    name = "llvm.return"
    traits = (Pure, ReturnLike, IsTerminator)
    llvm_instruction = "ret"
    arg = Operand(C.LLVMType, OPTIONAL)
    assembly_format = "attr-dict ($arg^ `:` type($arg))?"

    def verify_op(self) -> None:
        from mliropt.dialects.llvm.ops_module import LLVMFuncOp

        fn = self.parent_op
        if not isinstance(fn, LLVMFuncOp) or "function_type" not in fn.properties:
            return
        ft = fn.type
        if ft.returns_void:
            if self.op_operands:
                raise _with_function_note(self, fn, "expected no operands")
            return
        if len(self.op_operands) != 1:
            raise _with_function_note(self, fn, "expected 1 operand")
        if self.operand(0).type is not ft.result:
            raise _with_function_note(self, fn, "mismatching result types")


def _with_function_note(op: Any, fn: Any, message: str) -> VerifyError:
    err = VerifyError(op, message)
    err.diagnostic.attach_note("when returning from function", fn.location)
    return err


class UnreachableOp(LLVMOp):
    """Mark a point that is never reached.

    Example: `llvm.unreachable`
    """

    name = "llvm.unreachable"
    traits = (IsTerminator,)
    llvm_instruction = "unreachable"
    assembly_format = "attr-dict"


def _no_bundles() -> A.DenseArrayAttr:
    return A.DenseArrayAttr(T.i32, ())


def _no_fastmath() -> Any:
    return LA.NONE_FASTMATH


LLVMFunctionTypeAttr = type_attr_of(
    Constraint("LLVM function type", lambda t: isinstance(t, LT.LLVMFunctionType)),
    "type attribute of LLVM function type",
)


class CallOp(LLVMOp):
    """A direct (`@f`) or indirect (`%ptr`) call, with calling convention and tail kind.

    Example: `%r = llvm.call fastcc @f(%a) : (i32) -> i32`
    """

    name = "llvm.call"
    traits = (AttrSizedOperandSegments,)
    llvm_instruction = "call"
    callee_operands = Operand(C.LLVMType, VARIADIC)
    op_bundle_operands = Operand(C.LLVMType, VARIADIC)
    var_callee_type = Attr(LLVMFunctionTypeAttr, optional=True)
    callee = Attr(FlatSymbolRefAttr, optional=True)
    fastmathFlags = Attr(LA.FastmathFlags, default=_no_fastmath)
    CConv = Attr(LA.CConvConstraint, default=lambda: LA.CCC)
    TailCallKind = Attr(LA.TailCallKindConstraint, default=lambda: LA.NO_TAIL_CALL)
    memory_effects = Attr(LA.MemoryEffectsConstraint, optional=True)
    convergent = Attr(UnitAttr, optional=True)
    no_unwind = Attr(UnitAttr, optional=True)
    will_return = Attr(UnitAttr, optional=True)
    op_bundle_sizes = Attr(DenseI32ArrayAttr, default=_no_bundles)
    op_bundle_tags = Attr(ArrayAttr, optional=True)
    arg_attrs = Attr(DictArrayAttr, optional=True)
    res_attrs = Attr(DictArrayAttr, optional=True)
    no_inline = Attr(UnitAttr, optional=True)
    always_inline = Attr(UnitAttr, optional=True)
    inline_hint = Attr(UnitAttr, optional=True)
    access_groups = Attr(ArrayAttr, optional=True)
    alias_scopes = Attr(ArrayAttr, optional=True)
    noalias_scopes = Attr(ArrayAttr, optional=True)
    tbaa = Attr(ArrayAttr, optional=True)
    result = Result(C.LLVMType, OPTIONAL)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`llvm.call [cconv] [tail] @f(%a) [vararg(T)] [bundles] {attrs} : (T) -> R`."""
        return call_syntax(cls)

    def is_indirect(self) -> bool:
        """True for a call through a pointer (the first operand)."""
        return "callee" not in self.properties

    # CallOpInterface (mliropt/ir/interfaces.py).

    def callable_for_callee(self) -> Any:
        """The callee symbol, or the called pointer value."""
        callee = self.properties.get("callee")
        return callee if callee is not None else self.operand(0)

    def set_callable_for_callee(self, callee: Any) -> None:
        """Call another symbol."""
        self.properties["callee"] = callee

    def arg_operands(self) -> list:
        """The operands passed to the callee."""
        args = self.operand_group(0)
        return args[1:] if self.is_indirect() else args

    def verify_symbol_uses(self, symbols: Any) -> None:
        """The callee must be an llvm.func whose type matches the call."""
        from mliropt.dialects.llvm.ops_module import LLVMFuncOp

        callee = self.properties.get("callee")
        if callee is None:
            fn_type = self.properties.get("var_callee_type")
            if fn_type is None:
                return
            return self._check_signature(fn_type.value, self.operand_group(0)[1:])  # type: ignore[attr-defined]
        fn = symbols.lookup_nearest(self, callee)
        name = callee.root  # type: ignore[attr-defined]
        if fn is None:
            raise VerifyError(self, f"'{name}' does not reference a symbol in the current scope")
        if not isinstance(fn, LLVMFuncOp):
            raise VerifyError(self, f"'{name}' does not reference a valid LLVM function or IFunc")
        ft = fn.properties.get("function_type")
        if not isinstance(getattr(ft, "value", None), LT.LLVMFunctionType):
            return  # the function's own verifier reports it
        self._check_signature(fn.type, self.operand_group(0))

    def _check_signature(self, ft: LT.LLVMFunctionType, args: list) -> None:
        var = self.properties.get("var_callee_type")
        if var is not None and not var.value.vararg:  # type: ignore[attr-defined]
            raise VerifyError(self, "expected var_callee_type to be a variadic function type")
        if ft.vararg and var is None:
            raise VerifyError(self, "missing var_callee_type attribute for vararg call")
        n = len(ft.inputs)
        if len(args) < n or (not ft.vararg and len(args) != n):
            raise VerifyError(
                self, f"incorrect number of operands ({len(args)}) for callee (expecting: {n})"
            )
        for i, (v, t) in enumerate(zip(args, ft.inputs)):
            if v.type is not t:
                raise VerifyError(
                    self, f"operand type mismatch for operand {i}: '{v.type}' != '{t}'"
                )
        if ft.returns_void:
            if self.results:
                raise VerifyError(self, "expected function call to produce no value")
            return
        if not self.results:
            raise VerifyError(self, "expected function call to produce a value")
        if self.results[0].type is not ft.result:
            raise VerifyError(
                self, f"result type mismatch: '{self.results[0].type}' != '{ft.result}'"
            )


class CallIntrinsicOp(LLVMOp):
    """A call of an LLVM intrinsic by name (overloaded on the op's types).

    Example: `%r = llvm.call_intrinsic "llvm.ctpop.i32"(%a) : (i32) -> i32`
    """

    name = "llvm.call_intrinsic"
    traits = (AttrSizedOperandSegments,)
    intrin = Attr(StrAttr)
    args = Operand(C.LLVMType, VARIADIC)
    op_bundle_operands = Operand(C.LLVMType, VARIADIC)
    fastmathFlags = Attr(LA.FastmathFlags, default=_no_fastmath)
    op_bundle_sizes = Attr(DenseI32ArrayAttr, default=_no_bundles)
    op_bundle_tags = Attr(ArrayAttr, optional=True)
    arg_attrs = Attr(DictArrayAttr, optional=True)
    res_attrs = Attr(DictArrayAttr, optional=True)
    results_ = Result(C.LLVMType, OPTIONAL)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`llvm.call_intrinsic "name"(%a) [bundles] {attrs} : (T) -> R`."""
        return call_intrinsic_syntax(cls)


class InlineAsmOp(LLVMOp):
    """Inline assembly with an LLVM constraint string.

    Example: `%r = llvm.inline_asm has_side_effects "add $0, $1", "=r,r" %a : (i32) -> i32`
    """

    name = "llvm.inline_asm"
    operands_ = Operand(C.LLVMType, VARIADIC)
    asm_string = Attr(StrAttr)
    constraints = Attr(StrAttr)
    has_side_effects = Attr(UnitAttr, optional=True)
    is_align_stack = Attr(UnitAttr, optional=True)
    tail_call_kind = Attr(
        C.Constraint(
            "LLVM Calling Convention specification",
            lambda a: isinstance(a, LA.TailCallKindAttr),
            format=DialectAttrFormat(LA.TailCallKindAttr),
        ),
        default=lambda: LA.NO_TAIL_CALL,
    )
    asm_dialect = Attr(LA.AsmDialectAttr, optional=True)
    operand_attrs = Attr(ArrayAttr, optional=True)
    res = Result(C.LLVMType, OPTIONAL)
    assembly_format = (
        "(`has_side_effects` $has_side_effects^)? (`is_align_stack` $is_align_stack^)?"
        " (`tail_call_kind` `=` $tail_call_kind^)? (`asm_dialect` `=` $asm_dialect^)?"
        " (`operand_attrs` `=` $operand_attrs^)? attr-dict $asm_string `,` $constraints"
        " operands `:` functional-type(operands, results)"
    )

    def memory_effects(self) -> list | None:
        """None (unknown) with side effects, else none."""
        return None if "has_side_effects" in self.properties else []


CONTROL_OPS = (
    InlineAsmOp,
    BrOp,
    CondBrOp,
    SwitchOp,
    ReturnOp,
    UnreachableOp,
    CallOp,
    CallIntrinsicOp,
)
