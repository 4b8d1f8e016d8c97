"""llvm module-level ops and constants: llvm.func, llvm.mlir.global, global_ctors/dtors,
addressof, mlir.constant, mlir.zero, mlir.undef, mlir.poison, mlir.none.

The custom syntax of `llvm.func` and `llvm.mlir.global` is in `module_syntax.py`.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.llvm import constraints as C
from mliropt.dialects.llvm import types as LT
from mliropt.dialects.llvm.constraints import LLVMOp
from mliropt.dialects.llvm.module_syntax import func_syntax, global_syntax
from mliropt.dialects.llvm.ops_arith import plain_error
from mliropt.dialects.ods import (
    AffineScope,
    AnyAttr,
    ArrayAttr,
    Attr,
    AutomaticAllocationScope,
    BoolAttr,
    ConstantLike,
    DenseI32ArrayAttr,
    DictArrayAttr,
    FlatSymbolRefAttr,
    I32Attr,
    I64Attr,
    IsolatedFromAbove,
    Pure,
    RegionDef,
    Result,
    SingleBlock,
    SingleBlockImplicitTerminator,
    StrAttr,
    Symbol,
    SymbolNameAttr,
    SymbolRefAttr,
    TypeAttr,
    UnitAttr,
    VerifyError,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.operation import Region

_ZERO = lambda: LA.i64_enum(0)  # noqa: E731 - default of the unnamed_addr/visibility enums

# Argument attributes that need a pointer or an integer (verifyParameterAttribute).
_POINTER_ATTRS = (
    "llvm.noalias",
    "llvm.readonly",
    "llvm.nonnull",
    "llvm.nocapture",
    "llvm.nofree",
    "llvm.writeonly",
    "llvm.readnone",
    "llvm.dereferenceable",
    "llvm.dereferenceable_or_null",
    "llvm.align",
    "llvm.byval",
    "llvm.byref",
    "llvm.inalloca",
    "llvm.preallocated",
    "llvm.sret",
    "llvm.returned",
    "llvm.nest",
    "llvm.stack_alignment",
)
_INT_ATTRS = ("llvm.signext", "llvm.zeroext")
_INT_VALUED = (
    "llvm.align",
    "llvm.dereferenceable",
    "llvm.dereferenceable_or_null",
    "llvm.stack_alignment",
)


def _is_ptr_like(t: T.Type) -> bool:
    e = t.element_type if isinstance(t, T.VectorType) else t
    return isinstance(e, LT.LLVMPointerType)


def verify_value_attrs(op: Any, dicts: Any, types: list) -> None:
    """The llvm dialect's checks of `llvm.*` argument/result attributes."""
    if dicts is None:
        return
    for d, t in zip(dicts.value, types):
        for name, value in d.entries:
            if name in _INT_VALUED and not isinstance(value, A.IntegerAttr):
                raise plain_error(op, f'"{name}" should be an integer attribute')
            if name in _POINTER_ATTRS and not _is_ptr_like(t):
                raise plain_error(op, f'"{name}" attribute attached to non-pointer LLVM type')
            if name in _INT_ATTRS:
                e = t.element_type if isinstance(t, T.VectorType) else t
                if not isinstance(e, T.IntegerType):
                    raise plain_error(op, f'"{name}" attribute attached to non-integer LLVM type')


LLVMFuncType = C.Constraint(
    "type attribute of LLVM function type",
    lambda a: isinstance(a, A.TypeAttr) and isinstance(a.value, LT.LLVMFunctionType),
)


class LLVMFuncOp(LLVMOp):
    """An LLVM function: linkage, visibility, calling convention, signature, body.

    Example: `llvm.func internal fastcc @f(%arg0: i32) -> i32 { ... }`
    """

    name = "llvm.func"
    traits = (AffineScope, AutomaticAllocationScope, IsolatedFromAbove, Symbol)
    sym_name = Attr(SymbolNameAttr)
    sym_visibility = Attr(StrAttr, optional=True)
    function_type = Attr(LLVMFuncType)
    linkage = Attr(LA.LinkageConstraint, default=lambda: LA.EXTERNAL)
    dso_local = Attr(UnitAttr, optional=True)
    CConv = Attr(LA.CConvConstraint, default=lambda: LA.CCC)
    comdat = Attr(SymbolRefAttr, optional=True)
    convergent = Attr(UnitAttr, optional=True)
    personality = Attr(FlatSymbolRefAttr, optional=True)
    garbageCollector = Attr(StrAttr, optional=True)
    passthrough = Attr(ArrayAttr, optional=True)
    arg_attrs = Attr(DictArrayAttr, optional=True)
    res_attrs = Attr(DictArrayAttr, optional=True)
    function_entry_count = Attr(I64Attr, optional=True)
    memory_effects = Attr(LA.MemoryEffectsConstraint, optional=True)
    visibility_ = Attr(LA.VisibilityAttr, default=_ZERO)
    unnamed_addr = Attr(LA.UnnamedAddrAttr, default=_ZERO)
    section = Attr(StrAttr, optional=True)
    alignment = Attr(I64Attr, optional=True)
    frame_pointer = Attr(
        C.Constraint("", lambda a: isinstance(a, LA.FramePointerKindAttr)), optional=True
    )
    uwtable_kind = Attr(
        C.Constraint("", lambda a: isinstance(a, LA.UWTableKindAttr)), optional=True
    )
    target_cpu = Attr(StrAttr, optional=True)
    tune_cpu = Attr(StrAttr, optional=True)
    reciprocal_estimates = Attr(StrAttr, optional=True)
    prefer_vector_width = Attr(StrAttr, optional=True)
    unsafe_fp_math = Attr(BoolAttr, optional=True)
    no_infs_fp_math = Attr(BoolAttr, optional=True)
    no_nans_fp_math = Attr(BoolAttr, optional=True)
    approx_func_fp_math = Attr(BoolAttr, optional=True)
    no_signed_zeros_fp_math = Attr(BoolAttr, optional=True)
    denormal_fp_math = Attr(StrAttr, optional=True)
    denormal_fp_math_f32 = Attr(StrAttr, optional=True)
    fp_contract = Attr(StrAttr, optional=True)
    instrument_function_entry = Attr(StrAttr, optional=True)
    instrument_function_exit = Attr(StrAttr, optional=True)
    no_inline = Attr(UnitAttr, optional=True)
    always_inline = Attr(UnitAttr, optional=True)
    inline_hint = Attr(UnitAttr, optional=True)
    no_unwind = Attr(UnitAttr, optional=True)
    will_return = Attr(UnitAttr, optional=True)
    optimize_none = Attr(UnitAttr, optional=True)
    arm_streaming = Attr(UnitAttr, optional=True)
    arm_locally_streaming = Attr(UnitAttr, optional=True)
    arm_streaming_compatible = Attr(UnitAttr, optional=True)
    arm_new_za = Attr(UnitAttr, optional=True)
    arm_in_za = Attr(UnitAttr, optional=True)
    arm_out_za = Attr(UnitAttr, optional=True)
    arm_inout_za = Attr(UnitAttr, optional=True)
    arm_preserves_za = Attr(UnitAttr, optional=True)
    work_group_size_hint = Attr(DenseI32ArrayAttr, optional=True)
    reqd_work_group_size = Attr(DenseI32ArrayAttr, optional=True)
    intel_reqd_sub_group_size = Attr(I32Attr, optional=True)
    body = RegionDef()

    @classmethod
    def custom_syntax(cls) -> Any:
        """`llvm.func [linkage] [visibility] [unnamed_addr] [cconv] @f(args) -> r ...`."""
        return func_syntax(cls)

    @classmethod
    def region_entry_args(cls, sp: Any, vals: list, poss: list, index: int) -> list | None:
        """The body's entry block arguments named by the signature."""
        from mliropt.syntax.function_syntax import parse_signature

        for v, p in zip(vals[2:], poss[2:]):
            if isinstance(v, str) and v.startswith("("):
                sig = parse_signature(sp, v, p, allow_variadic=True, op_name=cls.name)
                if not sig.has_names:
                    return None
                return [(a[0], a[1], a[2], a[4]) for a in sig.args]
        return None

    @property
    def type(self) -> LT.LLVMFunctionType:
        """The LLVM function type."""
        return self.properties["function_type"].value  # type: ignore[attr-defined]

    @property
    def is_external(self) -> bool:
        """True for a declaration (no body)."""
        return not self.regions[0].blocks

    # CallableOpInterface (mliropt/ir/interfaces.py).

    def callable_region(self) -> Region | None:
        """The body, or None for a declaration."""
        return None if self.is_external else self.regions[0]

    def callable_results(self) -> list:
        """The result types (none for void)."""
        ft = self.type
        return [] if ft.returns_void else [ft.result]

    def callable_arg_attrs(self) -> Any:
        """The argument attribute dictionaries (or None)."""
        return self.properties.get("arg_attrs")

    def callable_res_attrs(self) -> Any:
        """The result attribute dictionaries (or None)."""
        return self.properties.get("res_attrs")

    def verify_op(self) -> None:
        ft = self.type
        linkage = self.properties["linkage"].value  # type: ignore[attr-defined]
        if linkage == "common":
            raise VerifyError(self, "functions cannot have 'common' linkage")
        if self.is_external and linkage not in ("external", "extern_weak"):
            raise VerifyError(
                self, "external functions must have 'external' or 'extern_weak' linkage"
            )
        _verify_attr_count(self, "arg_attrs", "argument", "arguments", len(ft.inputs))
        _verify_attr_count(self, "res_attrs", "result", "results", 0 if ft.returns_void else 1)
        verify_value_attrs(self, self.properties.get("arg_attrs"), list(ft.inputs))
        verify_value_attrs(self, self.properties.get("res_attrs"), [ft.result])
        if self.is_external:
            return
        entry = self.regions[0].blocks[0]
        if len(entry.args) != len(ft.inputs):
            raise VerifyError(
                self,
                f"entry block must have {len(ft.inputs)} arguments to match function signature",
            )
        for i, (arg, t) in enumerate(zip(entry.args, ft.inputs)):
            if arg.type is not t:
                raise VerifyError(
                    self,
                    f"type of entry block argument #{i}('{arg.type}') must match the type of "
                    f"the corresponding argument in function signature('{t}')",
                )


def _verify_attr_count(op: Any, name: str, what: str, plural: str, n: int) -> None:
    attrs = op.properties.get(name)
    if attrs is None:
        return
    if len(attrs.value) != n:
        raise VerifyError(
            op,
            f"expects {what} attribute array to have the same number of elements as the "
            f"number of function {plural}, got {len(attrs.value)}, but expected {n}",
        )
    for d in attrs.value:
        if any("." not in key for key, _ in d.entries):
            raise VerifyError(op, f"{plural} may only have dialect attributes")


NonNegI32Attr = C.Constraint(
    "32-bit signless integer attribute whose value is non-negative",
    lambda a: isinstance(a, A.IntegerAttr) and a.type is T.i32 and a.value >= 0,
    storage=lambda a: isinstance(a, A.IntegerAttr),
)


class GlobalOp(LLVMOp):
    """A global variable or constant, initialized by an attribute or a region.

    Example: `llvm.mlir.global internal constant @c(42 : i32) {addr_space = 0 : i32} : i32`
    """

    name = "llvm.mlir.global"
    traits = (IsolatedFromAbove, SingleBlockImplicitTerminator("llvm.return"), SingleBlock, Symbol)
    global_type = Attr(TypeAttr)
    constant = Attr(UnitAttr, optional=True)
    sym_name = Attr(SymbolNameAttr)
    linkage = Attr(LA.LinkageConstraint, default=lambda: LA.EXTERNAL)
    dso_local = Attr(UnitAttr, optional=True)
    thread_local_ = Attr(UnitAttr, optional=True)
    externally_initialized = Attr(UnitAttr, optional=True)
    value = Attr(AnyAttr, optional=True)
    alignment = Attr(I64Attr, optional=True)
    addr_space = Attr(NonNegI32Attr, default=lambda: A.IntegerAttr(T.i32, 0))
    unnamed_addr = Attr(LA.UnnamedAddrAttr, default=_ZERO)
    section = Attr(StrAttr, optional=True)
    comdat = Attr(SymbolRefAttr, optional=True)
    dbg_exprs = Attr(ArrayAttr, optional=True)
    visibility_ = Attr(LA.VisibilityAttr, default=_ZERO)
    target_specific_attrs = Attr(ArrayAttr, optional=True)
    initializer = RegionDef()

    @classmethod
    def custom_syntax(cls) -> Any:
        """`llvm.mlir.global [linkage] ... [constant] @g(value) {attrs} : type [{init}]`."""
        return global_syntax(cls)

    @property
    def global_type_(self) -> T.Type:
        """The type of the global's value."""
        return self.properties["global_type"].value  # type: ignore[attr-defined]

    def address_space(self) -> int:
        """The address space of the global's pointer."""
        return self.properties["addr_space"].value  # type: ignore[attr-defined]

    def verify_op(self) -> None:
        t = self.global_type_
        if not LT.is_compatible_type(t) or isinstance(
            t,
            (
                LT.LLVMVoidType,
                LT.LLVMFunctionType,
                LT.LLVMLabelType,
                LT.LLVMMetadataType,
                LT.LLVMTokenType,
            ),
        ):
            raise VerifyError(self, "expects type to be a valid element type for an LLVM global")
        value = self.properties.get("value")
        if isinstance(value, A.StringAttr):
            n = len(value.value.encode("utf-8", "surrogateescape"))
            if not (
                isinstance(t, LT.LLVMArrayType) and t.element_type is T.i8 and t.num_elements == n
            ):
                raise VerifyError(
                    self,
                    "requires an i8 array type of the length equal to that of the string attribute",
                )
        if self.properties["linkage"].value == "appending" and not isinstance(t, LT.LLVMArrayType):  # type: ignore[attr-defined]
            raise VerifyError(self, "expected array type for 'appending' linkage")
        align = self.properties.get("alignment")
        if align is not None and (align.value <= 0 or align.value & (align.value - 1)):  # type: ignore[attr-defined]
            raise plain_error(self, "alignment attribute is not a power of 2")
        blocks = self.regions[0].blocks
        if blocks:
            if value is not None:
                raise VerifyError(self, "cannot have both initializer value and region")
            last = blocks[0].last
            if last is not None and last.name == "llvm.return" and last.operands:
                rt = last.operands[0].type
                if rt is not t:
                    raise VerifyError(
                        self, f"initializer region type '{rt}' does not match global type '{t}'"
                    )


class _XtorsOp(LLVMOp):
    """Base of global_ctors / global_dtors."""

    priorities = Attr(ArrayAttr)
    data = Attr(ArrayAttr)


class GlobalCtorsOp(_XtorsOp):
    """The module's constructors, run at load time by ascending priority.

    Example: `llvm.mlir.global_ctors ctors = [@f], priorities = [0 : i32], data = [#llvm.zero]`
    """

    name = "llvm.mlir.global_ctors"
    ctors = Attr(ArrayAttr)
    assembly_format = (
        "`ctors` `=` $ctors `,` `priorities` `=` $priorities `,` `data` `=` $data attr-dict"
    )


class GlobalDtorsOp(_XtorsOp):
    """The module's destructors, run at unload time by descending priority.

    Example: `llvm.mlir.global_dtors dtors = [@f], priorities = [0 : i32], data = [#llvm.zero]`
    """

    name = "llvm.mlir.global_dtors"
    dtors = Attr(ArrayAttr)
    assembly_format = (
        "`dtors` `=` $dtors `,` `priorities` `=` $priorities `,` `data` `=` $data attr-dict"
    )


class AddressOfOp(LLVMOp):
    """The address of a global, alias or function.

    Example: `%p = llvm.mlir.addressof @g : !llvm.ptr`
    """

    name = "llvm.mlir.addressof"
    traits = (Pure, ConstantLike)
    global_name = Attr(FlatSymbolRefAttr)
    res = Result(C.LLVMPointer)
    assembly_format = "$global_name attr-dict `:` qualified(type($res))"

    def fold(self, operands: list) -> list | None:
        """The address of a symbol is its reference."""
        ref = self.properties.get("global_name")
        return [ref] if ref is not None else None

    def verify_symbol_uses(self, symbols: Any) -> None:
        """The symbol must be a global or a function in the same address space."""
        ref = self.properties.get("global_name")
        if not isinstance(ref, A.SymbolRefAttr):
            return  # reported by the op's attribute constraint
        target = symbols.lookup_nearest(self, ref)
        if not isinstance(target, (GlobalOp, LLVMFuncOp)):
            raise VerifyError(
                self,
                "must reference a global defined by 'llvm.mlir.global', 'llvm.mlir.alias' or "
                "'llvm.func' or 'llvm.mlir.ifunc'",
            )
        space = self.results[0].type.address_space  # type: ignore[attr-defined]
        if isinstance(target, GlobalOp) and target.address_space() != space:
            raise VerifyError(
                self,
                "pointer address space must match address space of the referenced global or alias",
            )


def _num_elements(t: T.Type) -> int:
    """Elements of a vector or of nested arrays."""
    if isinstance(t, T.VectorType):
        return t.num_elements
    if isinstance(t, LT.LLVMArrayType):
        return t.num_elements * _num_elements(t.element_type)
    return 1


class ConstantOp(LLVMOp):
    """A constant of an LLVM type (scalar, vector, string, struct or array).

    Example: `%c = llvm.mlir.constant(42 : i32) : i32`
    """

    name = "llvm.mlir.constant"
    traits = (Pure, ConstantLike)
    value = Attr(AnyAttr)
    res = Result(C.LLVMType)
    assembly_format = "`(` $value `)` attr-dict `:` type($res)"

    def fold(self, operands: list) -> list | None:
        """A constant folds to its value."""
        value = self.properties.get("value")
        return [value] if value is not None else None

    def verify_op(self) -> None:
        value = self.properties["value"]
        t = self.results[0].type
        if isinstance(value, A.StringAttr):
            n = len(value.value.encode("utf-8", "surrogateescape"))
            if not (
                isinstance(t, LT.LLVMArrayType) and t.element_type is T.i8 and t.num_elements == n
            ):
                raise VerifyError(
                    self, f"expected array type of {n} i8 elements for the string constant"
                )
            return
        if isinstance(t, LT.LLVMStructType):
            if not isinstance(value, A.ArrayAttr):
                raise VerifyError(self, "expected array attribute for struct type")
            if len(value) != len(t.body):
                raise VerifyError(self, f"expected array attribute of size {len(t.body)}")
            return
        if isinstance(value, A.IntegerAttr):
            if not isinstance(T.element_type_or_self(t), T.IntegerType):
                raise VerifyError(self, "expected integer type")
            return
        if isinstance(value, A.FloatAttr):
            e = T.element_type_or_self(t)
            if not isinstance(e, T.FloatType):
                raise VerifyError(self, "expected float type")
            if e.kind != value.type.kind:
                raise VerifyError(self, "attribute and type have different float semantics")
            return
        if isinstance(
            value, (A.DenseElementsAttr, A.SparseElementsAttr, A.DenseResourceElementsAttr)
        ):
            n = value.type.num_elements  # type: ignore[attr-defined]
            if _num_elements(t) != n:
                raise VerifyError(
                    self,
                    "type and attribute have a different number of elements: "
                    f"{_num_elements(t)} vs. {n}",
                )
            return
        if isinstance(value, (A.ArrayAttr, LA.ZeroAttr)):
            return
        raise VerifyError(self, "only supports integer, float, string or elements attributes")


class _NoOperandValueOp(LLVMOp):
    """Base of ops that create a special value of their result type."""

    traits = (Pure, ConstantLike)
    res = Result(C.LLVMType)
    assembly_format = "attr-dict `:` type($res)"


class ZeroOp(_NoOperandValueOp):
    """A zero-initialized value (a null pointer, zeroed aggregates).

    Example: `%z = llvm.mlir.zero : !llvm.ptr`
    """

    name = "llvm.mlir.zero"

    def fold(self, operands: list) -> list:
        """The zero attribute (`#llvm.zero`)."""
        return [LA.ZeroAttr()]


class UndefOp(_NoOperandValueOp):
    """An undefined value.

    Example: `%u = llvm.mlir.undef : !llvm.struct<(i32, f32)>`
    """

    name = "llvm.mlir.undef"

    def fold(self, operands: list) -> list:
        """The undef attribute (`#llvm.undef`)."""
        return [LA.UndefAttr()]


class PoisonOp(_NoOperandValueOp):
    """A poison value.

    Example: `%p = llvm.mlir.poison : vector<4xf32>`
    """

    name = "llvm.mlir.poison"

    def fold(self, operands: list) -> list:
        """The poison attribute (`#llvm.poison`)."""
        return [LA.PoisonAttr()]


class NoneTokenOp(LLVMOp):
    """The none token.

    Example: `%t = llvm.mlir.none : !llvm.token`
    """

    name = "llvm.mlir.none"
    traits = (Pure,)
    res = Result(C.LLVMToken)
    assembly_format = "attr-dict `:` type($res)"


MODULE_OPS = (
    LLVMFuncOp,
    GlobalOp,
    GlobalCtorsOp,
    GlobalDtorsOp,
    AddressOfOp,
    ConstantOp,
    ZeroOp,
    UndefOp,
    PoisonOp,
    NoneTokenOp,
)
