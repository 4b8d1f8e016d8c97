"""Locations: where an operation came from (`loc(...)`), uniqued like attributes."""

from __future__ import annotations

from typing import Any

from mliropt.ir.attributes import Attribute, escape_string


class Location(Attribute):
    """Base of every location."""

    __slots__ = ()

    def print_body(self, p: Any) -> str:
        # `--mlir-pretty-debuginfo` drops the `loc(...)` wrapper (upstream's pretty form).
        if getattr(p, "pretty_loc", False):
            return self.print_inner(p)
        return f"loc({self.print_inner(p)})"

    def print_inner(self, p: Any) -> str:
        """The text inside `loc(...)`."""
        raise NotImplementedError

    def file_line_col(self) -> FileLineColLoc | None:
        """The first file position inside this location, for diagnostics."""
        return None


class UnknownLoc(Location):
    """`loc(unknown)`."""

    __slots__ = ()

    def print_inner(self, p: Any) -> str:
        return "[unknown]" if getattr(p, "pretty_loc", False) else "unknown"


class FileLineColLoc(Location):
    """`"file":line:col`, optionally a range `"file":l:c to l2:c2` (FileLineColRange)."""

    __slots__ = ("filename", "line", "col", "end_line", "end_col")
    _fields = ("filename", "line", "col", "end_line", "end_col")
    filename: str
    line: int
    col: int
    end_line: int | None
    end_col: int | None

    def __new__(
        cls, filename: str, line: int, col: int, end_line: int | None = None,
        end_col: int | None = None,
    ) -> Any:
        return super().__new__(cls, filename, line, col, end_line, end_col)

    def print_inner(self, p: Any) -> str:
        name = self.filename if getattr(p, "pretty_loc", False) else escape_string(self.filename)
        text = f"{name}:{self.line}:{self.col}"
        if self.end_line is None and self.end_col is None:
            return text
        if self.end_line is None or self.end_line == self.line:
            return f"{text} to :{self.end_col}"
        return f"{text} to {self.end_line}:{self.end_col}"

    def file_line_col(self) -> FileLineColLoc | None:
        return self


class NameLoc(Location):
    """`"name"` or `"name"(child)`."""

    __slots__ = ("name", "child")
    _fields = ("name", "child")
    name: str
    child: Location

    def print_inner(self, p: Any) -> str:
        text = escape_string(self.name)
        if not isinstance(self.child, UnknownLoc):
            text += f"({p.loc_inner(self.child)})"
        return text

    def file_line_col(self) -> FileLineColLoc | None:
        return self.child.file_line_col()


class CallSiteLoc(Location):
    """`callsite(callee at caller)`."""

    __slots__ = ("callee", "caller")
    _fields = ("callee", "caller")
    callee: Location
    caller: Location

    def print_inner(self, p: Any) -> str:
        if not getattr(p, "pretty_loc", False):
            return f"callsite({p.loc_inner(self.callee)} at {p.loc_inner(self.caller)})"
        # Upstream's pretty form starts the caller on a new line unless a name is
        # called from a file position.
        inline = isinstance(self.callee, NameLoc) and isinstance(self.caller, FileLineColLoc)
        sep = " at " if inline else "\n at "
        return p.loc_inner(self.callee) + sep + p.loc_inner(self.caller)

    def file_line_col(self) -> FileLineColLoc | None:
        return self.callee.file_line_col() or self.caller.file_line_col()


class FusedLoc(Location):
    """`fused[a, b]` or `fused<metadata>[a, b]`."""

    __slots__ = ("locations", "metadata")
    _fields = ("locations", "metadata")
    locations: tuple[Location, ...]
    metadata: Attribute | None

    def print_inner(self, p: Any) -> str:
        meta = "" if self.metadata is None else f"<{p.attr(self.metadata)}>"
        keyword = "" if getattr(p, "pretty_loc", False) else "fused"
        return f"{keyword}{meta}[" + ", ".join(p.loc_inner(loc) for loc in self.locations) + "]"

    def file_line_col(self) -> FileLineColLoc | None:
        for loc in self.locations:
            flc = loc.file_line_col()
            if flc is not None:
                return flc
        return None


def fuse(locations: list[Location], metadata: Attribute | None = None) -> Location:
    """FusedLoc::get: flattens nested fused locations, drops unknowns and duplicates."""
    flat: list[Location] = []
    for loc in locations:
        if isinstance(loc, FusedLoc) and loc.metadata is metadata:
            items: tuple[Location, ...] = loc.locations
        else:
            items = (loc,)
        for item in items:
            if isinstance(item, UnknownLoc) or item in flat:
                continue
            flat.append(item)
    if not flat:
        # Upstream keeps the metadata of an empty fusion on `[unknown]`.
        return UnknownLoc() if metadata is None else FusedLoc((UnknownLoc(),), metadata)
    if len(flat) == 1 and metadata is None:
        return flat[0]
    return FusedLoc(tuple(flat), metadata)


unknown_loc = UnknownLoc()


class SourceLines:
    """A source buffer's name and line table, to turn offsets into FileLineColLocs."""

    __slots__ = ("filename", "text", "_starts")

    def __init__(self, filename: str, text: str) -> None:
        self.filename = filename
        self.text = text
        self._starts: list[int] | None = None

    def line_col(self, pos: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        import bisect

        starts = self._starts
        if starts is None:
            import re

            starts = self._starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        line = bisect.bisect_right(starts, pos)
        return line, pos - starts[line - 1] + 1

    def loc_at(self, pos: int) -> FileLineColLoc:
        """The location of an offset."""
        line, col = self.line_col(pos)
        return FileLineColLoc(self.filename, line, col)
