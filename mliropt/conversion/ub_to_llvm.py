"""`convert-ub-to-llvm`: lower the ub dialect to the llvm dialect (upstream's
UBToLLVMConversionPass)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.passes.pass_base import Pass, option, uint


@dataclass
class UBToLLVMConversionPass(Pass):
    """Convert UB dialect to LLVM dialect

    `ub.poison` becomes `llvm.mlir.poison` (of the converted type), `ub.unreachable`
    becomes `llvm.unreachable`.
    """

    argument: ClassVar[str] = "convert-ub-to-llvm"
    dependent_dialects: ClassVar[tuple[str, ...]] = ("llvm",)
    display_name: ClassVar[str] = "UBToLLVMConversionPass"
    index_bitwidth: uint = option(0, "Bitwidth of the index type, 0 to use size of machine word")

    def run(self, op: Any) -> None:
        """Lower every ub op nested in `op`."""
        from mliropt.conversion.llvm_common.passes import llvm_target, run_partial, type_converter
        from mliropt.conversion.ub_to_llvm_patterns import ub_to_llvm_patterns

        converter = type_converter(self.ctx, self.index_bitwidth)
        run_partial(self, op, llvm_target(self.ctx), ub_to_llvm_patterns(converter))
