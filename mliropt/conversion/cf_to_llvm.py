"""`convert-cf-to-llvm`: lower the cf dialect to llvm branches (upstream's
ConvertControlFlowToLLVMPass)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.passes.pass_base import Pass, option, uint


@dataclass
class ConvertControlFlowToLLVMPass(Pass):
    """Convert ControlFlow operations to the LLVM dialect

    cf.br, cf.cond_br and cf.switch become llvm branches (their destination blocks get
    converted argument types); cf.assert calls `puts` and `abort` when false.
    """

    argument: ClassVar[str] = "convert-cf-to-llvm"
    dependent_dialects: ClassVar[tuple[str, ...]] = ("llvm",)
    op_name: ClassVar[str | None] = "builtin.module"
    display_name: ClassVar[str] = "ConvertControlFlowToLLVMPass"
    index_bitwidth: uint = option(0, "Bitwidth of the index type, 0 to use size of machine word")

    def run(self, op: Any) -> None:
        """Lower every cf op of the module."""
        from mliropt.conversion.cf_to_llvm_patterns import cf_to_llvm_patterns
        from mliropt.conversion.llvm_common.passes import llvm_target, run_partial, type_converter

        converter = type_converter(self.ctx, self.index_bitwidth)
        target = llvm_target(self.ctx)
        # As upstream: the cf dialect is illegal (a cf op left over fails the pass) and
        # every other op legal (nothing else is folded).
        target.add_illegal_dialect("cf")
        target.mark_unknown_op_dynamically_legal(lambda _op: True)
        run_partial(self, op, target, cf_to_llvm_patterns(converter))
