"""Verifying a parsed module in a forked process while this one prints it.

Upstream's mlir-opt verifies on several threads. Python threads would not run the
verifier in parallel, so pymlir-opt forks. The child verifies a snapshot of the module
and reports only whether it is valid: exit status 0 when the verifier found nothing
and nothing was emitted. Meanwhile the parent prints the module into memory. When the
child says the module is valid, that text is the output. In every other case the
parent verifies the module itself, as it does without the child: the child found
something, crashed, or could not be waited for. So the diagnostics, their order and the
exit status are those of the sequential run, and nothing is written before the module
is known to be valid.

It is used only where it can pay and is safe: on Linux (fork without the caveats of
other systems), for an input of at least MIN_TEXT characters (forking costs about
1 ms per 20 MB of memory), in a process with no other threads, and unless
`--mlir-disable-threading` is given.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

# Below this input size the verification takes less time than the fork.
MIN_TEXT = 1 << 18


def usable(text_size: int, disable_threading: bool) -> bool:
    """Whether the verification may run beside the printing for an input of this size."""
    if disable_threading or text_size < MIN_TEXT or not sys.platform.startswith("linux"):
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1


def verify_while(
    module: Any, ctx: Any, verify: Callable[[Any, Any], list], work: Callable[[], str]
) -> tuple[str | None, bool]:
    """Run `work()` while a forked child runs `verify(module, ctx)`.

    Returns (the text `work` made, or None where it raised; whether the child found the
    module valid). When the child cannot be started, `work` does not run: (None, False)."""
    try:
        pid = os.fork()
    except OSError:
        return None, False
    if pid == 0:  # the child: only its exit status counts
        code = 1
        try:
            emitted: list = []

            def swallow(diag: Any) -> bool:
                emitted.append(diag)
                return True

            ctx.diagnostics.push_handler(swallow)
            code = 0 if not verify(module, ctx) and not emitted else 1
        finally:
            os._exit(code)  # no buffered output, no exit handlers: they are the parent's
    out: str | None
    try:
        out = work()
    except Exception:
        out = None  # made again (and raised again) after the verification
    except BaseException:  # interrupted: the child goes too
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        raise
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return out, False
    return out, os.waitstatus_to_exitcode(status) == 0
