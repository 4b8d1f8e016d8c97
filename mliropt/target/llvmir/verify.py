"""llvmlite verification of exported LLVM IR (a failure is an MLIRError)."""

from __future__ import annotations

import re
from typing import Any

from mliropt.ir.diagnostics import error

_INITIALIZED = False
_FLAGS = re.compile(r"^!llvm\.module\.flags = !\{!\d+\}\n", re.M)
_DEBUG = re.compile(r",? !dbg !\d+|^!llvm\.dbg\.cu = .*\n", re.M)


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
    checked = _FLAGS.sub("", text, count=1)
    debug = "!dbg !" in text
    if debug:
        # Without the flag LLVM would strip the debug info with a warning: drop it first.
        checked = _DEBUG.sub("", checked)
    try:
        mod = llvm.parse_assembly(checked)
        mod.verify()
    except RuntimeError as e:
        msg = " ".join(str(e).split())
        raise error(location, f"LLVM IR does not verify: {msg}") from None
    # The rest verified, so with the flag only broken debug info can remain: LLVM then
    # warns on stderr and strips it (its !dbg attachments), which is how it is detected.
    if debug:
        try:
            kept = "!dbg !" in str(llvm.parse_assembly(text))
        except RuntimeError as e:
            msg = " ".join(str(e).split())
            raise error(location, f"LLVM IR does not verify: {msg}") from None
        if not kept:
            raise error(location, "LLVM IR does not verify: invalid debug info")
    return mod
