"""llvmlite verification of exported LLVM IR (a failure is an MLIRError)."""

from __future__ import annotations

from typing import Any

from mliropt.ir.diagnostics import error

_INITIALIZED = False


def _init() -> None:
    global _INITIALIZED
    if _INITIALIZED:
        return
    import llvmlite.binding as llvm

    for name in ("initialize_native_target", "initialize_native_asmprinter"):
        fn = getattr(llvm, name, None)
        if fn is not None:
            fn()
    _INITIALIZED = True


def verify(text: str, location: Any = None) -> Any:
    """Parse and verify `text` with llvmlite; returns the module."""
    if location is None:
        from mliropt.ir.location import unknown_loc

        location = unknown_loc
    try:
        import llvmlite.binding as llvm
    except ImportError as e:  # pragma: no cover - llvmlite is a dependency
        raise error(location, f"LLVM IR verification needs llvmlite: {e}") from None
    _init()
    try:
        mod = llvm.parse_assembly(text)
        mod.verify()
    except RuntimeError as e:
        msg = " ".join(str(e).split())
        raise error(location, f"LLVM IR does not verify: {msg}") from None
    return mod
