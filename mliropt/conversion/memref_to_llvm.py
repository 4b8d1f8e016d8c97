"""`finalize-memref-to-llvm`: lower memref allocation, access and dim ops to the llvm
dialect (upstream's FinalizeMemRefToLLVMConversionPass)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.passes.pass_base import Pass, option, uint


@dataclass
class FinalizeMemRefToLLVMConversionPass(Pass):
    """Finalize MemRef dialect to LLVM dialect conversion

    memref.alloc calls malloc (or aligned_alloc), memref.dealloc calls free, loads and
    stores address elements through the descriptor's strides.
    """

    argument: ClassVar[str] = "finalize-memref-to-llvm"
    dependent_dialects: ClassVar[tuple[str, ...]] = ("llvm",)
    op_name: ClassVar[str | None] = "builtin.module"
    display_name: ClassVar[str] = "FinalizeMemRefToLLVMConversionPass"
    index_bitwidth: uint = option(0, "Bitwidth of the index type, 0 to use size of machine word")
    use_aligned_alloc: bool = option(
        False, "Use aligned_alloc in place of malloc for heap allocations"
    )
    use_generic_functions: bool = option(
        False,
        "Use generic allocation and deallocation functions instead of the classic "
        "'malloc', 'aligned_alloc' and 'free' functions",
    )

    def run(self, op: Any) -> None:
        """Lower the memref ops of the module."""
        from mliropt.conversion.llvm_common.passes import llvm_target, run_partial, type_converter
        from mliropt.conversion.memref_to_llvm_patterns import memref_to_llvm_patterns

        converter = type_converter(self.ctx, self.index_bitwidth)
        target = llvm_target(self.ctx)
        target.add_legal_op("func.func")
        patterns = memref_to_llvm_patterns(
            converter, self.use_aligned_alloc, self.use_generic_functions
        )
        run_partial(self, op, target, patterns)
