"""The exception a parser raises at a source offset; the driver turns it into a diagnostic."""

from __future__ import annotations


class ParseError(Exception):
    """A syntax error at absolute offset `pos` of the source text."""

    def __init__(self, pos: int, message: str) -> None:
        super().__init__(message)
        self.pos = pos
        self.message = message
        # Further errors upstream reports right after this one, as (pos, message).
        self.more: list[tuple[int, str]] = []
        # Notes attached to this error, as (pos, message).
        self.notes: list[tuple[int, str]] = []
        # Emitted through a dialect parser's emitError (upstream's AsmParser::emitError):
        # inside a custom op's format it gets the `custom op 'name' ` prefix, as upstream's
        # OpAsmParser adds it; errors of the underlying token parser ("expected '>'") do not.
        self.custom = False
