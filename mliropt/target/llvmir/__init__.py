"""LLVM IR export: `translate_to_llvmir(module)` writes a module of the llvm dialect as
textual LLVM IR, as upstream `mlir-translate --mlir-to-llvmir` does (equal up to value
names: LLVM's own numbering is reproduced); `verify_llvmir(text)` parses and verifies it
with llvmlite. Modules: `types` (type text, data layout), `values` (the small LLVM IR
model and its numbering), `constants`/`folding` (constants and IRBuilder folding),
`function` (op emitters), `module` (globals, declarations, printing), `intrinsics`,
`attrs`, `verify`."""

from __future__ import annotations

from typing import Any


def translate_to_llvmir(module_op: Any, op_notes: bool = True) -> str:
    """The LLVM IR text of a `builtin.module` of llvm-dialect ops; raises MLIRError (at
    the op's location) for an op it cannot translate (with upstream's "see current
    operation" note unless `op_notes` is False, as under --verify-diagnostics)."""
    from mliropt.target.llvmir.module import translate_module

    return translate_module(module_op, op_notes)


def verify_llvmir(text: str, location: Any = None) -> Any:
    """Parse and verify LLVM IR text with llvmlite; returns the llvmlite module. A
    failure raises MLIRError (at `location`, default unknown), never a traceback."""
    from mliropt.target.llvmir.verify import verify

    return verify(text, location)


__all__ = ["translate_to_llvmir", "verify_llvmir"]
