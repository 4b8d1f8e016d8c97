"""llvmlite verification of exported LLVM IR (a failure is an MLIRError)."""

from __future__ import annotations

from typing import Any

from mliropt.ir.diagnostics import error

_INITIALIZED = False
_FLAGS = "!llvm.module.flags = !{!0}\n"


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
    """Parse and verify `text` with llvmlite; returns the module (parsed without the
    module flags, see below)."""
    if location is None:
        from mliropt.ir.location import unknown_loc

        location = unknown_loc
    try:
        import llvmlite.binding as llvm
    except ImportError as e:  # pragma: no cover - llvmlite is a dependency
        raise error(location, f"LLVM IR verification needs llvmlite: {e}") from None
    _init()
    # With the "Debug Info Version" flag, LLVM's parser verifies the module itself and
    # aborts the process on a broken one (UpgradeDebugInfo's report_fatal_error); without
    # the flag it does not, and verify() reports the problem as an exception instead.
    checked = text.replace(_FLAGS, "", 1)
    try:
        mod = llvm.parse_assembly(checked)
        mod.verify()
    except RuntimeError as e:
        msg = " ".join(str(e).split())
        raise error(location, f"LLVM IR does not verify: {msg}") from None
    return mod
