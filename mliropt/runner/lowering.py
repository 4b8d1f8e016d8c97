"""Bring a module to the LLVM dialect before it runs.

Upstream's `mlir-runner` accepts only LLVM-dialect input (it registers no other dialect
and fails to parse `func.func`). pymlir-runner goes further: a module that still holds
other dialects is lowered with the pipeline upstream users write in their RUN lines,
`--convert-scf-to-cf --convert-to-llvm --reconcile-unrealized-casts`, through our pass
manager. An op that survives the lowering gets upstream's parse error for it."""

from __future__ import annotations

from typing import Any

from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity

LOWERING_PIPELINE = (
    "builtin.module(convert-scf-to-cf, convert-to-llvm, reconcile-unrealized-casts)"
)


def _foreign_ops(module: Any) -> list[Any]:
    """Ops nested in the module that are neither `llvm` ops nor the module itself."""
    return [op for op in module.walk(post_order=False)
            if op is not module and op.dialect_name != "llvm"]


def needs_lowering(module: Any) -> bool:
    """True when the module holds an op outside the LLVM dialect."""
    return bool(_foreign_ops(module))


def function_signatures(module: Any) -> dict[str, Any]:
    """`func.func` name -> its builtin FunctionType, read before lowering (the LLVM
    signature no longer says which arguments were memrefs)."""
    out: dict[str, Any] = {}
    for op in module.regions[0].blocks[0].ops:
        if op.name == "func.func":
            out[op.get_attr("sym_name").value] = op.get_attr("function_type").value
    return out


def lower_to_llvm(module: Any, ctx: Any) -> None:
    """Run LOWERING_PIPELINE on the module in place. Raises MLIRError for an op left
    over, PassFailure when a pass failed (its diagnostics already emitted)."""
    from mliropt.passes.pass_manager import PassManager
    from mliropt.passes.pipeline import parse_pipeline

    PassManager(parse_pipeline(LOWERING_PIPELINE), ctx).run(module)
    # Upstream's runner registers builtin and llvm only: the first op of another dialect
    # fails its parse. Builtin leftovers (unrealized casts) fail the translation instead.
    for op in _foreign_ops(module):
        if op.dialect_name != "builtin":
            message = f"Dialect `{op.dialect_name}' not found for custom op '{op.name}' "
            raise MLIRError(Diagnostic(op.location, Severity.ERROR, message))
