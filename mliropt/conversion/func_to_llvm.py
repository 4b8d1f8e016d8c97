"""`convert-func-to-llvm`: lower func.func, func.call, func.return and func.constant
to the llvm dialect (upstream's ConvertFuncToLLVMPass)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.passes.pass_base import Pass, option, uint


@dataclass
class ConvertFuncToLLVMPass(Pass):
    """Convert from the Func dialect to the LLVM dialect

    Functions use the memref descriptor calling convention (a memref argument becomes
    its allocated and aligned pointers, offset, sizes and strides), or bare pointers
    with use-bare-ptr-memref-call-conv; `llvm.emit_c_interface` adds a
    `_mlir_ciface_` wrapper.
    """

    argument: ClassVar[str] = "convert-func-to-llvm"
    dependent_dialects: ClassVar[tuple[str, ...]] = ("llvm",)
    op_name: ClassVar[str | None] = "builtin.module"
    display_name: ClassVar[str] = "ConvertFuncToLLVMPass"
    index_bitwidth: uint = option(0, "Bitwidth of the index type, 0 to use size of machine word")
    use_bare_ptr_memref_call_conv: bool = option(
        False,
        "Replace FuncOp's MemRef arguments with bare pointers to the MemRef element types",
    )

    def run(self, op: Any) -> None:
        """Lower the functions of the module."""
        from mliropt.conversion.func_to_llvm_patterns import func_to_llvm_patterns
        from mliropt.conversion.llvm_common.passes import llvm_target, run_partial, type_converter

        converter = type_converter(
            self.ctx, self.index_bitwidth, self.use_bare_ptr_memref_call_conv
        )
        run_partial(self, op, llvm_target(self.ctx), func_to_llvm_patterns(converter))
