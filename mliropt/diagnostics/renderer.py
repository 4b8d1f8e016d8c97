"""Print diagnostics the way upstream's `mlir-opt` does (its SourceMgrDiagnosticHandler).

    FILE:LINE:COL: error: MESSAGE
    <the source line, tabs expanded to 8 columns>
    <a caret under COL>

then `called from` notes for a call-site location, then the diagnostic's notes. Measured
on mlir-opt 22 (the unit tests keep the commands):

- The position is the first file location inside the location (a name's child, a call
  site's callee then caller, a fused location's parts in order). With none, the header
  is `<unknown>:0:` and the message is prefixed by the location, `loc("name"): ...`,
  except for `loc(unknown)` itself.
- The source line and caret appear only when the file is a buffer of the source manager
  (which reads other files from disk, as upstream does) and `LINE:COL` is inside it
  (col >= 1, at most one past the line's end); otherwise the header alone.
- A line with a non-ASCII character is printed without a caret line. Long lines are
  printed whole.
- The first call site's callers (at most 10) follow as `note: called from`.
- A note shows its source line only when its location differs from the one printed
  before it (the diagnostic's, the last caller's, or the previous note's).
- Colour (`color=True`) uses LLVM's escape codes: bold position, `0;1;31m` error,
  `0;1;35m` warning, `0;1;30m` note, `0;1;34m` remark, bold message, green caret line.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

from mliropt.ir.diagnostics import Severity

if TYPE_CHECKING:
    from mliropt.diagnostics.source_manager import SourceManager
    from mliropt.ir.diagnostics import Diagnostic
    from mliropt.ir.location import CallSiteLoc, Location

CALL_STACK_LIMIT = 10  # upstream's default number of `called from` notes
TAB_STOP = 8

_BOLD = "\x1b[1m"
_RESET = "\x1b[0m"
_GREEN = "\x1b[0;1;32m"
_LABEL_COLOR = {
    Severity.ERROR: "\x1b[0;1;31m",
    Severity.WARNING: "\x1b[0;1;35m",
    Severity.NOTE: "\x1b[0;1;30m",
    Severity.REMARK: "\x1b[0;1;34m",
}


class DiagnosticRenderer:
    """A diagnostic handler that prints every diagnostic to `stream` and consumes it."""

    def __init__(
        self, sources: SourceManager, stream: TextIO | None = None, color: bool = False
    ) -> None:
        self.sources = sources
        self.stream = stream if stream is not None else sys.stderr
        self.color = color
        self.call_stack_limit = CALL_STACK_LIMIT
        # (file, first line of the chunk): positions in that file print as upstream
        # mlir-translate's split-file locations, `within split at FILE:N offset :L:C`.
        self.split_at: tuple[str, int] | None = None

    def __call__(self, diag: Diagnostic) -> bool:
        self.stream.write(self.render(diag))
        return True

    def render(self, diag: Diagnostic) -> str:
        """The full text of a diagnostic: itself, its call stack, its notes."""
        loc = diag.location
        parts = [self.render_message(loc, diag.message, diag.severity)]
        call = find_call_site(loc)
        if call is not None:
            loc = call.caller
            for _ in range(self.call_stack_limit):
                parts.append(self.render_message(loc, "called from", Severity.NOTE))
                call = find_call_site(loc)
                if call is None:
                    break
                loc = call.caller
        for note in diag.notes:
            # Upstream repeats the source line only when the location changed.
            parts.append(
                self.render_message(
                    note.location, note.message, note.severity, note.location != loc
                )
            )
            loc = note.location
        return "".join(parts)

    def render_message(
        self, location: Location, message: str, severity: Severity, show_source: bool = True
    ) -> str:
        """One message at a location (no call stack, no notes)."""
        flc = location.file_line_col()
        if flc is None:
            from mliropt.ir.location import UnknownLoc

            if not isinstance(location, UnknownLoc):
                message = f"{location}: {message}"
            return self.format("<unknown>:0", severity, message)
        return self.render_at(
            flc.filename, flc.line, flc.col, message, severity, show_source=show_source
        )

    def render_at(
        self, filename: str, line: int, col: int, message: str, severity: Severity,
        length: int = 0, show_source: bool = True,
    ) -> str:
        """A message at `filename:line:col`, with its source line and a caret (and `length`
        characters marked `~` from the caret on) when the position is in a known buffer."""
        source = self.sources.position_line(filename, line, col) if show_source else None
        where = f"{filename}:{line}:{col}"
        if self.split_at is not None and self.split_at[0] == filename:
            first = self.split_at[1]
            where = f"within split at {filename}:{first} offset :{line - first + 1}:{col}"
        return self.format(where, severity, message, source, col, length)

    def format(
        self, where: str, severity: Severity, message: str, source: str | None = None,
        col: int = 0, length: int = 0,
    ) -> str:
        """`WHERE: LABEL: MESSAGE` and, when `source` is given, the source and caret lines."""
        label = severity.label
        if not self.color:
            text = f"{where}: {label}: {message}\n"
            if source is None:
                return text
            caret = caret_line(source, col, length)
            text += expand_tabs(source) + "\n"
            return text if caret is None else text + caret + "\n"
        # LLVM resets the colour after each line's newline; kept byte for byte.
        text = (
            f"{_BOLD}{where}: {_RESET}{_LABEL_COLOR[severity]}{label}: {_RESET}"
            f"{_BOLD}{message}\n{_RESET}"
        )
        if source is None:
            return text
        caret = caret_line(source, col, length)
        text += expand_tabs(source) + "\n"
        return text if caret is None else f"{text}{_GREEN}{caret}\n{_RESET}"


def find_call_site(location: Location) -> CallSiteLoc | None:
    """The first call-site location inside `location` (pre-order), or None."""
    from mliropt.ir.location import CallSiteLoc, FusedLoc, NameLoc

    if isinstance(location, CallSiteLoc):
        return location
    if isinstance(location, NameLoc):
        return find_call_site(location.child)
    if isinstance(location, FusedLoc):
        for loc in location.locations:
            found = find_call_site(loc)
            if found is not None:
                return found
    return None


def expand_tabs(line: str) -> str:
    """The source line as upstream prints it: tabs to the next multiple of 8 bytes."""
    if "\t" not in line:
        return line
    if line.isascii():
        return line.expandtabs(TAB_STOP)
    data = line.encode("utf-8", "surrogateescape").expandtabs(TAB_STOP)
    return data.decode("utf-8", "surrogateescape")


def caret_line(line: str, col: int, length: int = 0) -> str | None:
    """The `^~~~` line under `line` for 1-based `col` (None when the line is not ASCII:
    upstream prints no caret there). A tab under the caret line repeats its character
    up to the tab stop."""
    if not line.isascii():
        return None
    n = len(line)
    start = col - 1
    end = min(start + length, n)
    caret = " " * start + "^" + "~" * max(end - start - 1, 0)
    if "\t" not in line[: len(caret)]:
        return caret
    out = []
    column = 0
    for i, ch in enumerate(caret):
        if i < n and line[i] == "\t":
            width = TAB_STOP - column % TAB_STOP
            out.append(ch * width)
            column += width
        else:
            out.append(ch)
            column += 1
    return "".join(out)
