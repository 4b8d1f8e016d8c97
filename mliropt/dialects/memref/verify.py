"""Verifier helpers shared by memref ops."""

from __future__ import annotations

from typing import Any

from mliropt.ir import types as T
from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
from mliropt.ir.opdef import VerifyError


def error(op: Any, message: str) -> MLIRError:
    """An error at `op` without the `'name' op` prefix (upstream's `emitError`); its
    "see current operation" note shows `op`."""
    err = MLIRError(Diagnostic(op.location, Severity.ERROR, message))
    err.op = op  # type: ignore[attr-defined]
    return err


def shapes_compatible(types: list[T.Type]) -> bool:
    """verifyCompatibleShapes: the ranked types agree on rank and on every static size."""
    ranked = [t for t in types if isinstance(t, T.ShapedType) and t.has_rank]
    if not ranked:
        return True
    rank = len(ranked[0].shape)
    if any(len(t.shape) != rank for t in ranked):
        return False
    for dims in zip(*(t.shape for t in ranked)):
        static = {d for d in dims if d != T.DYNAMIC}
        if len(static) > 1:
            return False
    return True


def verify_single_block(op: Any) -> None:
    """The SingleBlock trait (checked on entry)."""
    for i, region in enumerate(op.regions):
        if len(region.blocks) > 1:
            raise VerifyError(op, f"expects region #{i} to have 0 or 1 blocks")
        if region.blocks and region.blocks[0].last is None:
            raise VerifyError(op, "expects a non-empty block")


def verify_implicit_terminator(op: Any, terminator: str) -> None:
    """SingleBlockImplicitTerminator's region check: each block ends with `terminator`."""
    for region in op.regions:
        if not region.blocks:
            continue
        last = region.blocks[0].last
        if last is not None and last.name != terminator:
            err = VerifyError(
                op, f"expects regions to end with '{terminator}', found '{last.name}'"
            )
            err.diagnostic.attach_note(
                f"in custom textual format, the absence of terminator implies '{terminator}'", None
            )
            raise err
