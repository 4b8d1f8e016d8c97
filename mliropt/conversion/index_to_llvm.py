"""`convert-index-to-llvm`: lower the index dialect to the llvm dialect (upstream's
ConvertIndexToLLVMPass)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.passes.pass_base import Pass, option, uint


@dataclass
class ConvertIndexToLLVMPass(Pass):
    """Lower the `index` dialect to the `llvm` dialect.

    Index ops become llvm integer ops of the index bitwidth.
    """

    argument: ClassVar[str] = "convert-index-to-llvm"
    dependent_dialects: ClassVar[tuple[str, ...]] = ("llvm",)
    display_name: ClassVar[str] = "ConvertIndexToLLVMPass"
    index_bitwidth: uint = option(0, "Bitwidth of the index type, 0 to use size of machine word")

    def run(self, op: Any) -> None:
        """Lower every index op nested in `op`."""
        from mliropt.conversion.index_to_llvm_patterns import index_to_llvm_patterns
        from mliropt.conversion.llvm_common.passes import llvm_target, run_partial, type_converter

        converter = type_converter(self.ctx, self.index_bitwidth)
        run_partial(self, op, llvm_target(self.ctx), index_to_llvm_patterns(converter))
