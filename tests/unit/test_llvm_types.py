"""The llvm dialect's types and attributes from Python: uniquing, identified structs per
context, LLVM compatibility, and the printed forms (top level and nested)."""

from __future__ import annotations

from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.llvm import types as LT
from mliropt.ir import types as T
from mliropt.ir.context import Context
from mliropt.syntax.parser import parse_source


def test_literal_types_are_uniqued() -> None:
    assert LT.LLVMPointerType(0) is LT.ptr
    assert LT.LLVMArrayType(2, T.i32) is LT.LLVMArrayType(2, T.i32)
    s = LT.LLVMStructType.literal([LT.ptr, T.i64])
    assert s is LT.LLVMStructType.literal((LT.ptr, T.i64))
    assert s is not LT.LLVMStructType.literal([LT.ptr, T.i64], packed=True)
    assert LT.LLVMFunctionType(LT.void, [T.i32], True) is LT.LLVMFunctionType(
        LT.void, (T.i32,), True
    )


def test_printed_forms() -> None:
    desc = LT.LLVMStructType.literal([LT.ptr, LT.ptr, T.i64, LT.LLVMArrayType(2, T.i64)])
    assert str(desc) == "!llvm.struct<(ptr, ptr, i64, array<2 x i64>)>"
    assert str(LT.LLVMPointerType(3)) == "!llvm.ptr<3>"
    fn = LT.LLVMFunctionType(LT.void, [LT.LLVMPointerType(1)], vararg=True)
    assert str(fn) == "!llvm.func<void (ptr<1>, ...)>"
    # ppc_fp128 keeps its prefix inside other llvm types, as upstream prints it.
    assert str(LT.LLVMArrayType(1, LT.LLVMPPCFP128Type())) == "!llvm.array<1 x !llvm.ppc_fp128>"


def test_identified_structs_per_context() -> None:
    a, b = Context(), Context()
    sa = LT.LLVMStructType.identified("node", a)
    assert LT.LLVMStructType.identified("node", a) is sa
    assert LT.LLVMStructType.identified("node", b) is not sa
    assert sa.set_body([T.i32, LT.ptr])
    assert sa.set_body([T.i32, LT.ptr])  # the same body again is fine
    assert not sa.set_body([T.f32])
    assert str(sa) == '!llvm.struct<"node", (i32, ptr)>'
    opaque = LT.LLVMStructType.identified("o", a)
    assert opaque.set_opaque() and not opaque.set_body([T.i32])
    assert str(opaque) == '!llvm.struct<"o", opaque>'


def test_recursive_struct_round_trip() -> None:
    ctx = Context()
    text = 'func.func private @f(!llvm.struct<"list", (i32, ptr, struct<"list">)>)'
    module = parse_source(ctx, text, "x")
    fn = module.regions[0].blocks[0].first
    t = fn.properties["function_type"].value.inputs[0]
    assert t.is_identified and t.body[2] is t
    assert str(t) == '!llvm.struct<"list", (i32, ptr, struct<"list">)>'


def test_compatibility() -> None:
    assert LT.is_compatible_type(T.i32) and LT.is_compatible_type(T.f64)
    assert not LT.is_compatible_type(T.index)
    assert not LT.is_compatible_type(T.IntegerType(32, T.IntegerType.SIGNED))
    assert LT.is_compatible_type(T.VectorType((4,), LT.ptr))
    assert not LT.is_compatible_type(T.VectorType((2, 2), T.f32))
    assert not LT.is_compatible_type(LT.LLVMArrayType(2, T.RankedTensorType((4,), T.f32)))
    assert LT.is_compatible_type(LT.LLVMStructType.literal([LT.ptr, LT.LLVMArrayType(1, T.i64)]))


def test_attributes_print() -> None:
    assert str(LA.fastmath(LA.FM_NNAN | LA.FM_REASSOC)) == "#llvm.fastmath<nnan, reassoc>"
    assert str(LA.fastmath(LA.FM_FAST)) == "#llvm.fastmath<fast>"
    assert str(LA.fastmath()) == "#llvm.fastmath<none>"
    assert str(LA.linkage("internal")) == "#llvm.linkage<internal>"
    assert str(LA.FramePointerKindAttr("non-leaf")) == '#llvm.framePointerKind<"non-leaf">'
    assert LA.gep_flags_text(LA.GEP_INBOUNDS | LA.GEP_NUW) == "inbounds|nuw"
    assert LA.gep_flags_text(LA.GEP_NUSW) == "nusw"


def test_unsupported_metadata_attribute_is_a_clear_error() -> None:
    """Debug-info and other metadata attributes are reported as unsupported."""
    import pytest

    from mliropt.ir.diagnostics import MLIRError
    from mliropt.syntax.errors import ParseError

    text = '"test.x"() {a = #llvm.di_composite_type<tag = DW_TAG_structure_type>} : () -> ()'
    with pytest.raises((ParseError, MLIRError)) as err:
        parse_source(Context(allow_unregistered=True), text, "x")
    message = "`#llvm.di_composite_type` of upstream's llvm dialect is not supported"
    assert message in str(err.value)


def test_dereferenceable_attribute() -> None:
    """`#llvm.dereferenceable` prints `mayBeNull` only when set."""
    assert str(LA.DereferenceableAttr(8)) == "#llvm.dereferenceable<bytes = 8>"
    assert (
        str(LA.DereferenceableAttr(8, True)) == "#llvm.dereferenceable<bytes = 8, mayBeNull = true>"
    )
