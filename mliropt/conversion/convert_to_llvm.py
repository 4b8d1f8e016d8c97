"""`convert-to-llvm`: lower every loaded dialect that has LLVM conversion patterns
(upstream's ConvertToLLVMPass over ConvertToLLVMPatternInterface): one partial
conversion with one LLVMTypeConverter and the llvm dialect as the legal target."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.passes.pass_base import Pass, option


def _arith(converter: Any) -> list:
    from mliropt.conversion.arith_to_llvm_patterns import arith_to_llvm_patterns

    return arith_to_llvm_patterns(converter)


def _cf(converter: Any) -> list:
    from mliropt.conversion.cf_to_llvm_patterns import cf_to_llvm_patterns

    return cf_to_llvm_patterns(converter)


def _func(converter: Any) -> list:
    from mliropt.conversion.func_to_llvm_patterns import func_to_llvm_patterns

    return func_to_llvm_patterns(converter)


def _index(converter: Any) -> list:
    from mliropt.conversion.index_to_llvm_patterns import index_to_llvm_patterns

    return index_to_llvm_patterns(converter)


def _math(converter: Any) -> list:
    from mliropt.conversion.math_to_llvm_patterns import math_to_llvm_patterns

    return math_to_llvm_patterns(converter)


def _memref(converter: Any) -> list:
    from mliropt.conversion.memref_to_llvm_patterns import memref_to_llvm_patterns

    return memref_to_llvm_patterns(converter)


def _ub(converter: Any) -> list:
    from mliropt.conversion.ub_to_llvm_patterns import ub_to_llvm_patterns

    return ub_to_llvm_patterns(converter)


# Each dialect's ConvertToLLVMPatternInterface: dialect name -> its patterns.
INTERFACES = {
    "arith": _arith,
    "cf": _cf,
    "func": _func,
    "index": _index,
    "math": _math,
    "memref": _memref,
    "ub": _ub,
}


def _ir_dialects(root: Any) -> set[str]:
    """The dialects of the ops nested in `root`."""
    return {op.dialect_name for op in root.walk()}


@dataclass
class ConvertToLLVMPass(Pass):
    """Convert to LLVM via dialect interfaces found in the input IR

    The patterns of every loaded dialect implementing the conversion interface (with
    dynamic, of every dialect the IR uses; only those of filter-dialects when given) run
    in one partial conversion.
    """

    argument: ClassVar[str] = "convert-to-llvm"
    dependent_dialects: ClassVar[tuple[str, ...]] = ("llvm",)
    display_name: ClassVar[str] = "ConvertToLLVMPass"
    filter_dialects: list[str] = option(
        [], "Test conversion patterns of only the specified dialects", list_=True
    )
    dynamic: bool = option(False, "Use op conversion attributes to configure the conversion")
    allow_pattern_rollback: bool = option(
        True, "Experimental performance flag to disallow pattern rollback"
    )

    def run(self, op: Any) -> None:
        """Lower `op` with the patterns of the loaded dialects."""
        from mliropt.conversion.llvm_common.passes import run_partial, type_converter
        from mliropt.ir.location import unknown_loc
        from mliropt.rewrite.conversion import ConversionTarget

        self.ctx.get_dialect("llvm")
        target = ConversionTarget(self.ctx)
        target.add_legal_dialect("llvm")
        converter = type_converter(self.ctx)
        patterns: list = []
        if self.filter_dialects:
            for name in self.filter_dialects:
                if name not in self.ctx.dialects:
                    raise self.emit_error(unknown_loc, f"dialect not loaded: {name}\n")
                fn = INTERFACES.get(name)
                if fn is None:
                    raise self.emit_error(
                        unknown_loc,
                        f"dialect does not implement ConvertToLLVMPatternInterface: {name}\n",
                    )
                patterns.extend(fn(converter))
        else:
            # Statically the loaded dialects; dynamically those of the ops in the IR
            # (upstream's populateConversionTargetFromOperation; no dialect here has
            # op- or attribute-level ConvertToLLVM interfaces to add to them).
            names = _ir_dialects(op) if self.dynamic else set(self.ctx.dialects)
            for name in sorted(names):
                fn = INTERFACES.get(name)
                if fn is not None:
                    patterns.extend(fn(converter))
        run_partial(self, op, target, patterns, self.allow_pattern_rollback)
