"""The diagnostic engine: diagnostics with a location, severity, message and notes.

Handlers (the renderer, --verify-diagnostics) live in `mliropt.diagnostics`; the IR
layer only creates diagnostics and hands them to the engine of the context.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mliropt.ir.location import Location


class Severity(IntEnum):
    """How serious a diagnostic is."""

    NOTE = 0
    WARNING = 1
    ERROR = 2
    REMARK = 3

    @property
    def label(self) -> str:
        """The word upstream prints: `error`, `warning`, `note`, `remark`."""
        return self.name.lower()


class Diagnostic:
    """A message at a location, with attached notes."""

    __slots__ = ("location", "severity", "message", "notes")

    def __init__(self, location: Location, severity: Severity, message: str) -> None:
        self.location = location
        self.severity = severity
        self.message = message
        self.notes: list[Diagnostic] = []

    def attach_note(self, message: str, location: Location | None = None) -> Diagnostic:
        """Add a note (at `location`, default this diagnostic's location) and return it."""
        where = location if location is not None else self.location
        note = Diagnostic(where, Severity.NOTE, message)
        self.notes.append(note)
        return note

    def __repr__(self) -> str:
        return f"<{self.severity.label}: {self.message}>"


class MLIRError(Exception):
    """An error carrying its diagnostic; raised by the parser, verifier and passes."""

    def __init__(self, diagnostic: Diagnostic, preceding: list[Diagnostic] | None = None) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic
        # Errors reported before this one for the same failure (upstream sometimes emits
        # several, e.g. "inferred type(s) ... are incompatible" then "failed to infer").
        self.preceding = preceding or []


def error(location: Location, message: str) -> MLIRError:
    """An MLIRError at `location` (to be raised)."""
    return MLIRError(Diagnostic(location, Severity.ERROR, message))


Handler = Callable[[Diagnostic], bool]


class DiagnosticEngine:
    """Routes diagnostics to handlers, newest first; a handler returns True when it consumed one."""

    def __init__(self) -> None:
        self.handlers: list[Handler] = []
        self.error_count = 0

    def push_handler(self, handler: Handler) -> None:
        """Install a handler that sees diagnostics before older ones."""
        self.handlers.append(handler)

    def pop_handler(self) -> None:
        """Remove the newest handler."""
        self.handlers.pop()

    def emit(self, diag: Diagnostic) -> None:
        """Deliver a diagnostic."""
        if diag.severity == Severity.ERROR:
            self.error_count += 1
        for handler in reversed(self.handlers):
            if handler(diag):
                return
        import sys

        sys.stderr.write(f"{diag.severity.label}: {diag.message}\n")

    def emit_error(self, location: Location, message: str) -> Diagnostic:
        """Create, emit and return an error (notes can still be attached before rendering)."""
        diag = Diagnostic(location, Severity.ERROR, message)
        self.emit(diag)
        return diag
