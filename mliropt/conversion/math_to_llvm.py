"""`convert-math-to-llvm`: lower the math dialect to llvm intrinsics (upstream's
ConvertMathToLLVMPass)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.passes.pass_base import Pass, option


@dataclass
class ConvertMathToLLVMPass(Pass):
    """Convert Math dialect to LLVM dialect

    Math ops become llvm intrinsics; expm1, rsqrt and (with approximate-log1p) log1p
    are expanded.
    """

    argument: ClassVar[str] = "convert-math-to-llvm"
    dependent_dialects: ClassVar[tuple[str, ...]] = ("llvm",)
    display_name: ClassVar[str] = "ConvertMathToLLVMPass"
    approximate_log1p: bool = option(True, "Enable approximation of Log1p.")

    def run(self, op: Any) -> None:
        """Lower every math op nested in `op`."""
        from mliropt.conversion.llvm_common.passes import llvm_target, run_partial, type_converter
        from mliropt.conversion.math_to_llvm_patterns import math_to_llvm_patterns

        patterns = math_to_llvm_patterns(type_converter(self.ctx), self.approximate_log1p)
        run_partial(self, op, llvm_target(self.ctx), patterns)
