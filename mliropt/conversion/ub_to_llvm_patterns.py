"""The patterns of `convert-ub-to-llvm` (upstream's UBToLLVM.cpp): `ub.poison` becomes
`llvm.mlir.poison` of the converted type, `ub.unreachable` becomes `llvm.unreachable`."""

from __future__ import annotations

from typing import Any

from mliropt.conversion.llvm_common.pattern import ConvertOpToLLVMPattern
from mliropt.dialects import llvm as L


class PoisonOpLowering(ConvertOpToLLVMPattern):
    """`ub.poison : T` -> `llvm.mlir.poison : convert(T)` (only the `#ub.poison` value)."""

    root = "ub.poison"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        from mliropt.dialects.ub import PoisonAttr

        t = self.type_converter.convert_type(op.result.type)
        if t is None or not isinstance(op.properties.get("value"), PoisonAttr):
            return False
        rw.replace_op_with_new(op, L.PoisonOp, [], [t])
        return True


class UnreachableOpLowering(ConvertOpToLLVMPattern):
    """`ub.unreachable` -> `llvm.unreachable`."""

    root = "ub.unreachable"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        rw.replace_op_with_new(op, L.UnreachableOp, [], [])
        return True


def ub_to_llvm_patterns(converter: Any) -> list:
    """The patterns (upstream's populateUBToLLVMConversionPatterns)."""
    return [PoisonOpLowering(converter), UnreachableOpLowering(converter)]
