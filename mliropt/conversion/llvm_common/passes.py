"""What the *-to-llvm passes share: the LLVM conversion target and running a partial
conversion with a fresh LLVMTypeConverter."""

from __future__ import annotations

from typing import Any

from mliropt.conversion.llvm_common.type_converter import LLVMTypeConverter, LowerToLLVMOptions


def llvm_target(ctx: Any) -> Any:
    """Upstream's LLVMConversionTarget: the llvm dialect and unrealized casts are legal."""
    from mliropt.rewrite.conversion import ConversionTarget

    target = ConversionTarget(ctx)
    target.add_legal_dialect("llvm")
    target.add_legal_op("builtin.unrealized_conversion_cast")
    return target


def type_converter(ctx: Any, index_bitwidth: int = 0, bare: bool = False) -> LLVMTypeConverter:
    """A type converter; an index bitwidth of 0 derives it from the data layout (64)."""
    options = LowerToLLVMOptions(index_bitwidth or 64, bare)
    return LLVMTypeConverter(ctx, options)


def run_partial(pass_: Any, op: Any, target: Any, patterns: list, rollback: bool = True) -> None:
    """Apply a partial conversion; a failure fails the pass."""
    from mliropt.rewrite.conversion import ConversionConfig, apply_partial_conversion

    config = ConversionConfig(allow_pattern_rollback=rollback)
    if not apply_partial_conversion(op, target, patterns, pass_.ctx, config):
        raise pass_.signal_failure()
