"""Source buffers by name, so that diagnostics can show the line they point at.

Like upstream's `llvm::SourceMgr` as `mlir-opt` uses it: the input is registered under
the name its locations carry (the path given on the command line, or `<stdin>`), and a
location naming any other file makes the manager try to read that file from disk once,
so `loc("lib.py":3:5)` shows line 3 of `lib.py` when it exists (upstream does the same).
Columns are counted in UTF-8 bytes, as upstream counts them.
"""

from __future__ import annotations


class SourceBuffer:
    """One named text with a line table (lines are split at `\\n` only, as upstream does)."""

    __slots__ = ("name", "text", "_starts")

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text
        self._starts: list[int] | None = None

    def _line_starts(self) -> list[int]:
        starts = self._starts
        if starts is None:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._starts = starts
        return starts

    @property
    def line_count(self) -> int:
        """Lines in the buffer; text ending in a newline has a last, empty line."""
        return len(self._line_starts())

    def line_start(self, line: int) -> int | None:
        """Offset of the first character of 1-based `line`, or None past the end."""
        starts = self._line_starts()
        if line < 1 or line > len(starts):
            return None
        return starts[line - 1]

    def line(self, line: int) -> str | None:
        """The text of 1-based `line` without its end (it stops at the first `\\r` or `\\n`,
        like the source line upstream prints), or None when there is no such line."""
        start = self.line_start(line)
        if start is None:
            return None
        text = self.text
        end = len(text)
        for stop in ("\n", "\r"):
            i = text.find(stop, start, end)
            if i >= 0:
                end = i
        return text[start:end]

    def position_line(self, line: int, col: int) -> str | None:
        """The source line when `line:col` is a position in this buffer, else None.

        Upstream shows a source line only for a valid position: line >= 1 and present,
        col >= 1, and the col - 1 bytes before it on that line (so col may point just
        past the last character, at the line's end)."""
        if col < 1:
            return None
        text = self.line(line)
        if text is None:
            return None
        if col - 1 > utf8_len(text):
            return None
        return text


def utf8_len(text: str) -> int:
    """Length in UTF-8 bytes (upstream's unit for columns)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-8", "surrogateescape"))


class SourceManager:
    """Named buffers; unknown names are read from disk on first use when `load_files`."""

    def __init__(self, load_files: bool = True) -> None:
        self.load_files = load_files
        self._buffers: dict[str, SourceBuffer | None] = {}

    def add(self, name: str, text: str) -> SourceBuffer:
        """Register `text` under `name` (the file name its locations use)."""
        buf = SourceBuffer(name, text)
        self._buffers[name] = buf
        return buf

    def get(self, name: str) -> SourceBuffer | None:
        """The buffer called `name`: registered, or read from the file of that name."""
        try:
            return self._buffers[name]
        except KeyError:
            pass
        buf = self._load(name) if self.load_files else None
        self._buffers[name] = buf
        return buf

    def _load(self, name: str) -> SourceBuffer | None:
        if not name or name == "-":  # upstream would read stdin again and find nothing
            return None
        try:
            with open(name, "rb") as f:
                data = f.read()
        except (OSError, ValueError):
            return None
        return SourceBuffer(name, data.decode("utf-8", "surrogateescape"))

    def line_text(self, name: str, line: int) -> str | None:
        """The text of 1-based `line` of buffer `name` (without its line end), or None."""
        buf = self.get(name)
        return None if buf is None else buf.line(line)

    def position_line(self, name: str, line: int, col: int) -> str | None:
        """The source line to show for `name:line:col`, or None (see SourceBuffer)."""
        buf = self.get(name)
        return None if buf is None else buf.position_line(line, col)
