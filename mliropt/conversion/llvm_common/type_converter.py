"""LLVMTypeConverter (upstream's LLVMCommon/TypeConverter.cpp).

index becomes iN (the index bitwidth, 64 by default), integers lose their signedness,
LLVM-compatible types stay, a memref becomes its descriptor struct
`(ptr, ptr, iN, array<rank x iN>, array<rank x iN>)` (`(iN, ptr)` unranked), a
function type a pointer. Function signatures use the calling convention: a memref
argument expands to the descriptor's fields (or a bare pointer), results are packed
into a struct when there are several.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mliropt.dialects.llvm import types as LT
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.rewrite.conversion import FAILURE, SignatureConversion, TypeConverter


@dataclass
class LowerToLLVMOptions:
    """Upstream's LowerToLLVMOptions."""

    index_bitwidth: int = 64
    use_bare_ptr_call_conv: bool = False


def strides_and_offset(t: T.MemRefType) -> tuple[list[int], int] | None:
    """The strides and offset of a memref's layout (None when not strided)."""
    from mliropt.dialects.memref.layout import strides_and_offset as memref_strides

    return memref_strides(t)


def memory_space_of(t: Any) -> int | None:
    """The integer address space of a memref (0 by default), None when not an integer."""
    space = t.memory_space
    if space is None:
        return 0
    if isinstance(space, A.IntegerAttr):
        return space.value
    return None


class LLVMTypeConverter(TypeConverter):
    """Converts builtin types to LLVM dialect types."""

    def __init__(self, ctx: Any = None, options: LowerToLLVMOptions | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.options = options or LowerToLLVMOptions()
        self.index_type = T.IntegerType(self.options.index_bitwidth)
        self.add_conversion(lambda t: t if LT.is_compatible_type(t) else None)
        self.add_conversion(self._convert_builtin)
        self._add_materializations()

    # ----------------------------------------------------------------- types

    def _convert_builtin(self, t: Any) -> Any:
        if isinstance(t, T.IndexType):
            return self.index_type
        if isinstance(t, T.IntegerType):
            return T.IntegerType(t.width) if t.signedness else None
        if isinstance(t, T.ComplexType):
            elem = self.convert_type(t.element_type)
            return LT.LLVMStructType.literal((elem, elem)) if elem is not None else FAILURE
        if isinstance(t, T.FunctionType):
            return LT.LLVMPointerType()
        if isinstance(t, T.MemRefType):
            fields = self.memref_descriptor_fields(t, False)
            return LT.LLVMStructType.literal(fields) if fields is not None else FAILURE
        if isinstance(t, T.UnrankedMemRefType):
            space = memory_space_of(t)
            if space is None:
                return FAILURE
            return LT.LLVMStructType.literal((self.index_type, LT.LLVMPointerType(space)))
        if isinstance(t, T.VectorType):
            return self._convert_vector(t)
        if isinstance(t, LT.LLVMStructType) and t.identifier is None:
            body = self.convert_types(list(t.body))
            return LT.LLVMStructType.literal(body, t.packed) if body is not None else FAILURE
        if isinstance(t, LT.LLVMArrayType):
            elem = self.convert_type(t.element_type)
            return LT.LLVMArrayType(t.num_elements, elem) if elem is not None else FAILURE
        return None

    def _convert_vector(self, t: T.VectorType) -> Any:
        elem = self.convert_type(t.element_type)
        if elem is None:
            return FAILURE
        if not t.shape:
            return T.VectorType((1,), elem)
        scalable = tuple(getattr(t, "scalable", ()) or ())
        inner = T.VectorType((t.shape[-1],), elem, scalable[-1:] if scalable else ())
        if len(t.shape) == 1:
            return inner if LT.is_compatible_type(inner) else FAILURE
        if any(scalable[:-1]):
            return FAILURE
        out: Any = inner
        for d in reversed(t.shape[:-1]):
            out = LT.LLVMArrayType(d, out)
        return out

    def memref_descriptor_fields(self, t: T.MemRefType, unpack: bool) -> list | None:
        """The descriptor's field types (sizes and strides unpacked when asked)."""
        if strides_and_offset(t) is None:
            self._strided_form_failed()
            return None
        elem = self.convert_type(t.element_type)
        space = memory_space_of(t)
        if elem is None or space is None:
            return None
        ptr = LT.LLVMPointerType(space)
        idx = self.index_type
        fields: list = [ptr, ptr, idx]
        rank = len(t.shape)
        if rank == 0:
            return fields
        if unpack:
            return fields + [idx] * (2 * rank)
        return fields + [LT.LLVMArrayType(rank, idx)] * 2

    def _strided_form_failed(self) -> None:
        """Upstream's getMemRefDescriptorFields reports a non-strided layout (an error at
        the unknown location that does not fail the pass)."""
        if self.ctx is None:
            return
        from mliropt.ir.diagnostics import Diagnostic, Severity
        from mliropt.ir.location import unknown_loc

        message = (
            "conversion to strided form failed either due to non-strided layout maps "
            "(which should have been normalized away) or other reasons"
        )
        engine = self.ctx.diagnostics
        engine.emit(Diagnostic(unknown_loc, Severity.ERROR, message))
        # Only reported: the conversion goes on and the pass (and mlir-opt) succeed.
        engine.error_count -= 1

    def can_convert_to_bare_ptr(self, t: Any) -> bool:
        """Whether a memref has a static shape and layout (its bare pointer suffices)."""
        if not isinstance(t, T.MemRefType) or any(d == T.DYNAMIC for d in t.shape):
            return False
        so = strides_and_offset(t)
        if so is None:
            return False
        strides, offset = so
        return all(s != T.DYNAMIC for s in [*strides, offset])

    # ----------------------------------------------------------------- signatures

    def func_arg_types(self, t: Any, bare: bool) -> list | None:
        """The argument types of a function argument of type `t`."""
        if bare and isinstance(t, T.MemRefType):
            if not self.can_convert_to_bare_ptr(t):
                return None
            space = memory_space_of(t)
            return None if space is None else [LT.LLVMPointerType(space)]
        if bare and isinstance(t, T.UnrankedMemRefType):
            return None
        if isinstance(t, T.MemRefType):
            return self.memref_descriptor_fields(t, True)
        if isinstance(t, T.UnrankedMemRefType):
            space = memory_space_of(t)
            return None if space is None else [self.index_type, LT.LLVMPointerType(space)]
        return self.convert_type_list(t)

    def convert_calling_convention_type(self, t: Any, bare: bool) -> list | None:
        """A result's types: with bare pointers a memref's pointer (None when it has no
        bare form), else the converted type (upstream's convertCallingConventionType)."""
        if bare and isinstance(t, (T.MemRefType, T.UnrankedMemRefType)):
            space = memory_space_of(t)
            if not self.can_convert_to_bare_ptr(t) or space is None:
                return None
            return [LT.LLVMPointerType(space)]
        return self.convert_type_list(t)

    def pack_function_results(
        self, types: list, bare: bool = False, grouped: list | None = None
    ) -> Any:
        """The single result type (a struct when several), or None."""
        out: list = []
        for t in types:
            converted = self.convert_calling_convention_type(t, bare)
            if converted is None:
                return None
            if grouped is not None:
                grouped.append(list(converted))
            out.extend(converted)
        if len(out) == 1:
            return out[0]
        if not out:
            return None
        return LT.LLVMStructType.literal(out)

    def pack_operation_results(self, types: list) -> Any:
        """An op's single result type, or a struct of several (packOperationResults)."""
        if len(types) == 1:
            return self.convert_type(types[0])
        converted = self.convert_types(list(types))
        return None if converted is None else LT.LLVMStructType.literal(converted)

    def convert_function_signature(
        self, fn_type: T.FunctionType, vararg: bool, bare: bool, result: SignatureConversion
    ) -> LT.LLVMFunctionType | None:
        """The LLVM function type, filling `result` with the argument mapping."""
        bare = bare or self.options.use_bare_ptr_call_conv
        for i, t in enumerate(fn_type.inputs):
            converted = self.func_arg_types(t, bare)
            if converted is None:
                return None
            result.add_inputs(i, converted)
        if not fn_type.results:
            res: Any = LT.LLVMVoidType()
        else:
            res = self.pack_function_results(list(fn_type.results), bare)
        if res is None:
            return None
        return LT.LLVMFunctionType(res, result.converted_types, vararg)

    def promote_operands(
        self, loc: Any, operands: list, adaptor_operands: list, builder: Any, bare: bool
    ) -> list:
        """Call operands: memref descriptors unpacked (or their aligned pointer)."""
        from mliropt.conversion.llvm_common.descriptor import MemRefDescriptor

        out: list = []
        for operand, values in zip(operands, adaptor_operands):
            t = operand.type
            if isinstance(t, T.MemRefType):
                desc = MemRefDescriptor(values[0])
                if bare:
                    out.append(desc.aligned_ptr(builder, loc))
                else:
                    out.extend(desc.unpack(builder, loc, t))
                continue
            if isinstance(t, T.UnrankedMemRefType) and not bare:
                desc = MemRefDescriptor(values[0])
                out.append(desc.extract(builder, loc, [0]))
                out.append(desc.extract(builder, loc, [1]))
                continue
            out.extend(values)
        return out

    # ----------------------------------------------------------------- materializations

    def _add_materializations(self) -> None:
        from mliropt.conversion.llvm_common import descriptor as D

        def cast(builder: Any, result_type: Any, inputs: list, loc: Any, orig: Any = None) -> Any:
            from mliropt.dialects.builtin import UnrealizedConversionCastOp

            types = result_type if isinstance(result_type, list) else [result_type]
            return builder.create(UnrealizedConversionCastOp, inputs, types, location=loc).results

        self.add_source_materialization(lambda b, t, inputs, loc: cast(b, t, inputs, loc)[0])
        self.add_target_materialization(cast)

        def unranked_source(builder: Any, t: Any, inputs: list, loc: Any) -> Any:
            if not isinstance(t, T.UnrankedMemRefType):
                return None
            packed = D.pack_unranked(builder, loc, self, t, inputs)
            return None if packed is None else cast(builder, t, [packed], loc)[0]

        def ranked_source(builder: Any, t: Any, inputs: list, loc: Any) -> Any:
            if not isinstance(t, T.MemRefType):
                return None
            packed = D.pack_ranked(builder, loc, self, t, inputs)
            return None if packed is None else cast(builder, t, [packed], loc)[0]

        self.add_source_materialization(unranked_source)
        self.add_source_materialization(ranked_source)

        def descriptor_target(builder: Any, types: list, inputs: list, loc: Any, orig: Any) -> Any:
            if orig is None or len(types) != 1 or types[0] is not self.convert_type(orig):
                return None
            if isinstance(orig, T.MemRefType):
                return D.pack_ranked(builder, loc, self, orig, inputs)
            if isinstance(orig, T.UnrankedMemRefType):
                return D.pack_unranked(builder, loc, self, orig, inputs)
            return None

        self.add_target_materialization(descriptor_target)
