"""`convert-arith-to-llvm`: lower the arith dialect to the llvm dialect (upstream's
ArithToLLVMConversionPass)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.passes.pass_base import Pass, option, uint


@dataclass
class ArithToLLVMConversionPass(Pass):
    """Convert Arith dialect to LLVM dialect

    Arith ops become llvm ops (constants, arithmetic, comparisons, casts), index
    types become integers of the index bitwidth.
    """

    argument: ClassVar[str] = "convert-arith-to-llvm"
    dependent_dialects: ClassVar[tuple[str, ...]] = ("llvm",)
    display_name: ClassVar[str] = "ArithToLLVMConversionPass"
    index_bitwidth: uint = option(0, "Bitwidth of the index type, 0 to use size of machine word")

    def run(self, op: Any) -> None:
        """Lower every arith op nested in `op`."""
        from mliropt.conversion.arith_to_llvm_patterns import arith_to_llvm_patterns
        from mliropt.conversion.llvm_common.passes import llvm_target, run_partial, type_converter

        converter = type_converter(self.ctx, self.index_bitwidth)
        run_partial(self, op, llvm_target(self.ctx), arith_to_llvm_patterns(converter))
