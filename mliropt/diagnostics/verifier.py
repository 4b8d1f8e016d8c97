"""`--verify-diagnostics`: check emitted diagnostics against `expected-*` comments.

Behaviour measured on upstream mlir-opt 22 (the unit tests keep the commands):

- A line holds at most one expectation: `expected-(error|note|remark|warning)(-re)?`,
  spaces, an optional designator `@+N`, `@-N`, `@above`, `@below` or `@unknown`,
  spaces, then `{{MESSAGE}}` reaching the end of the (right-trimmed) line; the message
  runs to the last `}}`. It may stand anywhere in the line (`//` is not required). A
  line that does not fit (a tab before `{{`, text after `}}`, `@ below`) is no
  expectation and is silently ignored.
- The expectation's line: its own; `@+N`/`@-N` relative (N read like C: a leading 0
  means octal; unreadable N counts as 0; lines wrap as 32-bit unsigned); `@above` the
  last line before it that holds no expectation (or line 1); `@below` the next such line
  (or the buffer's last line when there is none).
- MESSAGE must be contained in the diagnostic's message. With `-re`, each `{{regex}}`
  inside MESSAGE is a POSIX extended regular expression (LLVM's engine, whose errors are
  reported as `invalid regex: ...`; `found start of regex with no end '}}'`); outside
  the `{{ }}` the text is literal. Without `-re`, `{{` is literal text.
- A diagnostic (and each of its notes) is matched by the file and line of the first
  file position in its location, against the expectations of that file (the input, or
  another file that the source manager can read: its comments count too). The first
  expectation of that line with the same severity and a matching message is satisfied
  (an expectation may be satisfied any number of times). Failing that, the last one
  whose message matches but whose severity differs is a near miss (`'error' diagnostic
  emitted when expecting a 'note'`); failing that the diagnostic is unexpected
  (`unexpected error: MESSAGE`, at its position). Diagnostics without a file position
  go against the `@unknown` expectations the same way.
- `only_expected` (`--verify-diagnostics=only-expected`) reports neither unexpected
  diagnostics nor near misses; unmet expectations still fail.
- `finish()` reports each unmet expectation, `expected error "MESSAGE" was not
  produced`, file by file in the order of LLVM's StringMap of buffer names, then the
  unmet `@unknown` ones, twice (mlir-opt verifies them again when the handler is
  destroyed).

Upstream checks a whole input file with one verifier, even with `--split-input-file`:
an expectation can match a diagnostic of another chunk, unexpected diagnostics are
reported as they come and unmet expectations at the end. To reproduce that, create one
verifier for the whole text and call `finish()` once after the last chunk. A verifier
over one chunk (`start`, `end`) keeps whole-file line numbers.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from mliropt.diagnostics.renderer import DiagnosticRenderer
from mliropt.diagnostics.source_manager import SourceBuffer, utf8_len
from mliropt.ir.diagnostics import Severity

if TYPE_CHECKING:
    from mliropt.diagnostics.source_manager import SourceManager
    from mliropt.ir.diagnostics import Diagnostic

_EXPECTED = re.compile(
    r"expected-(error|note|remark|warning)(-re)? *(@([+-][0-9]+|above|below|unknown))? *"
    r"\{\{(.*)\}\}$"
)
_KINDS = {
    "error": Severity.ERROR,
    "note": Severity.NOTE,
    "remark": Severity.REMARK,
    "warning": Severity.WARNING,
}
_U32 = 0xFFFFFFFF


class RegexError(ValueError):
    """A pattern that LLVM's regex engine rejects; the message is LLVM's."""


class Expectation:
    """One `expected-*` comment: what it expects, where it stands, and whether it was met."""

    __slots__ = (
        "severity", "message", "regex", "filename", "line", "decl_line", "decl_col", "matched",
    )

    def __init__(
        self, severity: Severity, message: str, filename: str, line: int | None,
        decl_line: int, decl_col: int,
    ) -> None:
        self.severity = severity
        self.message = message
        self.regex: re.Pattern[str] | None = None
        self.filename = filename
        self.line = line  # the line it applies to; None for @unknown
        self.decl_line = decl_line
        self.decl_col = decl_col
        self.matched = False

    def matches(self, message: str) -> bool:
        """Whether a diagnostic's message satisfies this expectation's text."""
        if self.regex is not None:
            return self.regex.search(message) is not None
        return self.message in message

    def __repr__(self) -> str:
        return f"<expected-{self.severity.label}@{self.line} {self.message!r}>"


class DiagnosticVerifier:
    """A diagnostic handler that checks diagnostics against `expected-*` comments."""

    def __init__(
        self, sources: SourceManager, filename: str, text: str, start: int = 0,
        end: int | None = None, only_expected: bool = False, stream: TextIO | None = None,
        color: bool = False,
    ) -> None:
        self.sources = sources
        self.filename = filename
        self.only_expected = only_expected
        self.stream = stream if stream is not None else sys.stderr
        self.renderer = DiagnosticRenderer(sources, self.stream, color)
        self.ok = True
        self.finished = False
        self.unknown: list[Expectation] = []
        # Expectations by buffer name, in the order the buffers were scanned, and the
        # same by buffer name and line.
        self.files: dict[str, list[Expectation]] = {}
        self._by_line: dict[str, dict[int, list[Expectation]]] = {}
        self._add_file(SourceBuffer(filename, text), start, len(text) if end is None else end)

    # ------------------------------------------------------------------ handler

    def __call__(self, diag: Diagnostic) -> bool:
        self._process(diag)
        for note in diag.notes:
            self._process(note)
        return True

    def _process(self, diag: Diagnostic) -> None:
        flc = diag.location.file_line_col()
        candidates: Sequence[Expectation]
        if flc is None:
            candidates = self.unknown
        else:
            candidates = self._expectations(flc.filename).get(flc.line, ())
        near_miss = None
        for e in candidates:
            if not e.matches(diag.message):
                continue
            if e.severity == diag.severity:
                e.matched = True
                return
            near_miss = e
        if self.only_expected:
            return
        self.ok = False
        kind = diag.severity.label
        if near_miss is not None:
            message = f"'{kind}' diagnostic emitted when expecting a '{near_miss.severity.label}'"
            self.stream.write(self._at(near_miss, message, with_range=False))
            return
        message = f"unexpected {kind}: {diag.message}"
        where = diag.location if flc is None else flc
        self.stream.write(self.renderer.render_message(where, message, Severity.ERROR))

    def finish(self, verifying: bool = True) -> bool:
        """Report every unmet expectation; True when all diagnostics were as expected.

        `verifying` False: the handler was only destroyed, not asked to verify (upstream
        mlir-opt without --verify-diagnostics), which reports @unknown ones once."""
        if self.finished:
            return self.ok
        self.finished = True
        out = []
        for name in llvm_string_map_order(list(self.files)):
            for e in self.files[name]:
                if not e.matched:
                    out.append(self._at(e, _not_produced(e)))
        # Upstream reports the unmet @unknown expectations twice: once when mlir-opt
        # verifies, once more when the handler is destroyed.
        for _ in range(2 if verifying else 1):
            for e in self.unknown:
                if not e.matched:
                    out.append(self._at(e, _not_produced(e)))
        if out:
            self.ok = False
            self.stream.write("".join(out))
        return self.ok

    # ------------------------------------------------------------------ expectations

    def _expectations(self, filename: str) -> dict[int, list[Expectation]]:
        """A file's expectations by line, scanning it on first use when the sources have it."""
        found = self._by_line.get(filename)
        if found is not None:
            return found
        buf = self.sources.get(filename)
        if buf is None:
            return {}
        return self._add_file(buf, 0, len(buf.text))

    def _add_file(self, buf: SourceBuffer, start: int, end: int) -> dict[int, list[Expectation]]:
        found = self._scan(buf, start, end)
        by_line: dict[int, list[Expectation]] = {}
        for e in found:
            by_line.setdefault(e.line, []).append(e)  # type: ignore[arg-type]
        self.files[buf.name] = found
        self._by_line[buf.name] = by_line
        return by_line

    def _scan(self, buf: SourceBuffer, start: int, end: int) -> list[Expectation]:
        """Collect the expectations in buf.text[start:end] (whole lines around it)."""
        text = buf.text
        first = text.count("\n", 0, start) + 1
        begin = text.rfind("\n", 0, start) + 1
        lines = text[begin:end].split("\n")
        dangling_line = text.count("\n", 0, end) + 1
        last_plain = self._line_before(buf, first)
        found: list[Expectation] = []
        pending_below: list[Expectation] = []
        for index, raw in enumerate(lines):
            number = first + index
            line = raw.rstrip(" \t\n\v\f\r")
            m = _EXPECTED.search(line)
            if m is None:
                for e in pending_below:
                    e.line = number
                pending_below.clear()
                last_plain = number
                continue
            kind, is_re, _, designator, message = m.groups()
            col = utf8_len(line[: m.start()]) + 1
            e = Expectation(_KINDS[kind], message, buf.name, number, number, col)
            if is_re:
                try:
                    e.regex = compile_expectation_regex(message)
                except RegexError as err:
                    self.ok = False
                    self.stream.write(self._at(e, str(err)))
                    continue
            if designator is None:
                pass
            elif designator == "unknown":
                e.line = None
                self.unknown.append(e)
                continue
            elif designator == "above":
                e.line = last_plain
            elif designator == "below":
                e.line = dangling_line
                pending_below.append(e)
            else:
                offset = _parse_c_int(designator[1:])
                e.line = (number + offset if designator[0] == "+" else number - offset) & _U32
            found.append(e)
        return found

    def _line_before(self, buf: SourceBuffer, first: int) -> int:
        """The last line before `first` that holds no expectation (1 at the top), so that a
        chunk's `@above` sees what a scan of the whole file would."""
        number = first - 1
        while number >= 1:
            text = buf.line(number) or ""
            if _EXPECTED.search(text.rstrip(" \t\n\v\f\r")) is None:
                return number
            number -= 1
        return 1

    def _at(self, e: Expectation, message: str, with_range: bool = True) -> str:
        """An error at an expectation's comment, marking its message like upstream."""
        if e.line is None:
            return self.renderer.format("<unknown>:0", Severity.ERROR, message)
        length = utf8_len(e.message) if with_range else 0
        return self.renderer.render_at(
            e.filename, e.decl_line, e.decl_col, message, Severity.ERROR, length
        )


def _not_produced(e: Expectation) -> str:
    return f'expected {e.severity.label} "{e.message}" was not produced'


def _parse_c_int(digits: str) -> int:
    """An int as LLVM's getAsInteger(radix 0) reads it; 0 when it cannot (as observed)."""
    try:
        value = int(digits, 8) if len(digits) > 1 and digits[0] == "0" else int(digits)
    except ValueError:
        return 0
    return value if value <= 0x7FFFFFFF else 0


# --------------------------------------------------------------------- regexes


def compile_expectation_regex(message: str) -> re.Pattern[str]:
    """The regex of an `expected-*-re` message: literal text, `{{regex}}` parts."""
    parts: list[str] = []
    rest = message
    while rest:
        i = rest.find("{{")
        if i < 0:
            parts.append(re.escape(rest))
            break
        parts.append(re.escape(rest[:i]))
        rest = rest[i + 2 :]
        j = rest.find("}}")
        if j < 0:
            raise RegexError("found start of regex with no end '}}'")
        inner = rest[:j]
        try:
            parts.append("(" + ere_to_python(inner) + ")")
        except RegexError as err:
            raise RegexError(f"invalid regex: {err}") from None
        rest = rest[j + 2 :]
    # LLVM compiles the whole pattern without checking it: an empty one never matches.
    pattern = "".join(parts) if message else "(?!)"
    try:
        return re.compile(pattern, re.DOTALL)
    except re.error:
        return re.compile("(?!)")


_CLASSES = {
    "alnum": "a-zA-Z0-9",
    "alpha": "a-zA-Z",
    "blank": " \\t",
    "cntrl": "\\x00-\\x1f\\x7f",
    "digit": "0-9",
    "graph": "!-~",
    "lower": "a-z",
    "print": " -~",
    "punct": "!-/:-@\\[-`{-~",
    "space": " \\t\\n\\r\\f\\v",
    "upper": "A-Z",
    "xdigit": "0-9A-Fa-f",
}
_DUP_MAX = 255


def ere_to_python(pattern: str) -> str:
    """Translate a POSIX extended regex, as LLVM's engine reads it, to Python's syntax.

    Raises RegexError with LLVM's message for what LLVM rejects. Matching follows
    LLVM's defaults: `.` and `[^...]` match newlines, `^`/`$` only at the ends."""
    return _EreTranslator(pattern).translate()


class _EreTranslator:
    """A recursive-descent reading of an extended regex (alternatives, atoms, repeats)."""

    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.out: list[str] = []
        self.groups = 0
        self.closed: set[int] = set()

    def translate(self) -> str:
        pos = self.alternatives(0, None)
        if pos != len(self.p):  # a `)` without `(`
            raise RegexError("parentheses not balanced")
        return "".join(self.out)

    def alternatives(self, pos: int, stop: str | None) -> int:
        """Branches separated by `|` up to `stop` (or the end); returns where they end."""
        p = self.p
        while True:
            branch_start = pos
            while pos < len(p) and p[pos] != "|" and p[pos] != stop:
                if p[pos] == ")":
                    raise RegexError("parentheses not balanced")
                pos = self.expression(pos)
            if pos == branch_start:
                raise RegexError("empty (sub)expression")
            if pos < len(p) and p[pos] == "|":
                self.out.append("|")
                pos += 1
                continue
            return pos

    def expression(self, pos: int) -> int:
        """One atom and its optional repetition."""
        p, out = self.p, self.out
        c = p[pos]
        pos += 1
        caret = False
        if c == "(":
            if pos >= len(p):
                raise RegexError("parentheses not balanced")
            self.groups += 1
            group = self.groups
            out.append("(")
            if p[pos] != ")":
                pos = self.alternatives(pos, ")")
            if pos >= len(p) or p[pos] != ")":
                raise RegexError("parentheses not balanced")
            out.append(")")
            self.closed.add(group)
            pos += 1
        elif c == "^":
            out.append("^")
            caret = True
        elif c == "$":
            out.append(r"\Z")
        elif c in "*+?":
            raise RegexError("repetition-operator operand invalid")
        elif c == "{":
            if pos < len(p) and p[pos].isdigit():
                raise RegexError("repetition-operator operand invalid")
            out.append(r"\{")
        elif c == ".":
            out.append(".")
        elif c == "[":
            pos = _bracket(p, pos, out)
        elif c == "\\":
            if pos >= len(p):
                raise RegexError("trailing backslash (\\)")
            d = p[pos]
            pos += 1
            if "1" <= d <= "9":
                if int(d) not in self.closed:
                    raise RegexError("invalid backreference number")
                out.append(f"(?:\\{d})")
            else:
                out.append(re.escape(d))
        else:
            out.append(re.escape(c))
        if not _is_repeat_at(p, pos):
            return pos
        if caret:
            raise RegexError("repetition-operator operand invalid")
        pos = self.repetition(pos)
        if _is_repeat_at(p, pos):
            raise RegexError("repetition-operator operand invalid")
        return pos

    def repetition(self, pos: int) -> int:
        """`*`, `+`, `?` or a bound `{m}`, `{m,}`, `{m,n}` (m, n <= 255)."""
        p = self.p
        c = p[pos]
        pos += 1
        if c in "*+?":
            self.out.append(c)
            return pos
        low, pos = _count(p, pos)
        high: int | None = low
        if pos < len(p) and p[pos] == ",":
            pos += 1
            if pos < len(p) and p[pos].isdigit():
                high, pos = _count(p, pos)
                if low > high:
                    raise RegexError("invalid repetition count(s)")
            else:
                high = None
        if pos >= len(p) or p[pos] != "}":
            if p.find("}", pos) < 0:
                raise RegexError("braces not balanced")
            raise RegexError("invalid repetition count(s)")
        if high == low:
            self.out.append(f"{{{low}}}")
        else:
            self.out.append(f"{{{low},{'' if high is None else high}}}")
        return pos + 1


def _is_repeat_at(p: str, pos: int) -> bool:
    if pos >= len(p):
        return False
    c = p[pos]
    return c in "*+?" or (c == "{" and pos + 1 < len(p) and p[pos + 1].isdigit())


def _count(p: str, pos: int) -> tuple[int, int]:
    start = pos
    while pos < len(p) and p[pos].isdigit():
        pos += 1
    value = int(p[start:pos]) if pos > start else -1
    if value < 0 or value > _DUP_MAX:
        raise RegexError("invalid repetition count(s)")
    return value, pos


def _bracket(p: str, pos: int, out: list[str]) -> int:
    """A bracket expression after its `[`; returns the position after its `]`."""
    if p.startswith("[:<:]]", pos):
        out.append(r"\b(?=\w)")
        return pos + 6
    if p.startswith("[:>:]]", pos):
        out.append(r"\b(?<=\w)")
        return pos + 6
    items: list[str] = []
    negate = pos < len(p) and p[pos] == "^"
    if negate:
        pos += 1
    if pos < len(p) and p[pos] in "]-":
        items.append(re.escape(p[pos]))
        pos += 1
    while pos < len(p) and p[pos] != "]" and not (p[pos] == "-" and p.startswith("-]", pos)):
        if p.startswith("[:", pos):
            end = p.find(":]", pos + 2)
            if end < 0:
                raise RegexError("brackets ([ ]) not balanced")
            name = p[pos + 2 : end]
            if name not in _CLASSES:
                raise RegexError("invalid character class")
            items.append(_CLASSES[name])
            pos = end + 2
            continue
        if p.startswith("[=", pos):
            end = p.find("=]", pos + 2)
            if end < 0:
                raise RegexError("brackets ([ ]) not balanced")
            items.append(re.escape(_collating(p[pos + 2 : end])))
            pos = end + 2
            continue
        first, pos = _bracket_symbol(p, pos)
        if p.startswith("-", pos) and not p.startswith("-]", pos) and pos + 1 < len(p):
            last, pos = _bracket_symbol(p, pos + 1)
            if first > last:
                raise RegexError("invalid character range")
            items.append(f"{re.escape(first)}-{re.escape(last)}")
        else:
            items.append(re.escape(first))
    if p.startswith("-]", pos):
        items.append(r"\-")
        pos += 1
    if pos >= len(p):
        raise RegexError("brackets ([ ]) not balanced")
    out.append("[" + ("^" if negate else "") + "".join(items) + "]")
    return pos + 1


def _bracket_symbol(p: str, pos: int) -> tuple[str, int]:
    if p.startswith("[.", pos):
        end = p.find(".]", pos + 2)
        if end < 0:
            raise RegexError("brackets ([ ]) not balanced")
        return _collating(p[pos + 2 : end]), end + 2
    return p[pos], pos + 1


_COLLATING_NAMES = {
    "space": " ", "tab": "\t", "newline": "\n", "hyphen": "-", "period": ".",
    "slash": "/", "backslash": "\\", "left-square-bracket": "[", "right-square-bracket": "]",
    "circumflex": "^", "underscore": "_", "comma": ",", "colon": ":", "semicolon": ";",
}


def _collating(name: str) -> str:
    if len(name) == 1:
        return name
    if name in _COLLATING_NAMES:
        return _COLLATING_NAMES[name]
    raise RegexError("invalid collating element")


# --------------------------------------------------------------------- report order


def llvm_string_map_order(names: list[str]) -> list[str]:
    """`names` in the order an llvm::StringMap holding them (inserted in this order)
    iterates: by bucket, with LLVM's hash (xxh3, 64 bits truncated to 32), 16 buckets
    doubled when more than 3/4 full, quadratic probing. Upstream reports unmet
    expectations file by file in this order."""
    if len(names) < 2:
        return list(names)
    table: list[tuple[str, int] | None] = [None] * 16
    for count, name in enumerate(names, 1):
        _insert(table, name, xxh3_64(name.encode("utf-8", "surrogateescape")) & _U32)
        if count * 4 > len(table) * 3:
            old = table
            table = [None] * (len(old) * 2)
            for entry in old:
                if entry is not None:
                    _insert(table, *entry)
    return [entry[0] for entry in table if entry is not None]


def _insert(table: list[tuple[str, int] | None], name: str, full_hash: int) -> None:
    mask = len(table) - 1
    bucket = full_hash & mask
    probe = 1
    while table[bucket] is not None:
        bucket = (bucket + probe) & mask
        probe += 1
    table[bucket] = (name, full_hash)


_M64 = 0xFFFFFFFFFFFFFFFF
_P32_1, _P32_2, _P32_3 = 0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D
_P64_1, _P64_2, _P64_3 = 0x9E3779B185EBCA87, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9
_P64_4, _P64_5 = 0x85EBCA77C2B2AE63, 0x27D4EB2F165667C5
_PMX1, _PMX2 = 0x165667919E3779F9, 0x9FB21C651E98DF25
_SECRET = bytes.fromhex(  # XXH3's default secret (the xxHash specification's kSecret)
    "b8fe6c3923a44bbe7c01812cf721ad1cded46de9839097db7240a4a4b7b3671f"
    "cb79e64eccc0e578825ad07dccff7221b8084674f743248ee03590e6813a264c"
    "3c2852bb91c300cb88d0658b1b532ea371644897a20df94e3819ef46a9deacd8"
    "a8fa763fe39c343ff9dcbbc7c70b4f1d8a51e04bcdb45931c89f7ec9d9787364"
    "eac5ac8334d3ebc3c581a0fffa1363eb170ddd51b7f0da49d316552629d4689e"
    "2b16be587d47a1fc8ff8b8d17ad031ce45cb3a8f95160428afd7fbcabb4b407e"
)


def _r64(data: bytes, i: int) -> int:
    return int.from_bytes(data[i : i + 8], "little")


def _r32(data: bytes, i: int) -> int:
    return int.from_bytes(data[i : i + 4], "little")


def _fold(a: int, b: int) -> int:
    product = a * b
    return (product & _M64) ^ (product >> 64)


def _avalanche(h: int) -> int:
    h ^= h >> 37
    h = (h * _PMX1) & _M64
    return h ^ (h >> 32)


def _xxh64_avalanche(h: int) -> int:
    h ^= h >> 33
    h = (h * _P64_2) & _M64
    h ^= h >> 29
    h = (h * _P64_3) & _M64
    return h ^ (h >> 32)


def _mix16(data: bytes, i: int, s: int) -> int:
    return _fold(_r64(data, i) ^ _r64(_SECRET, s), _r64(data, i + 8) ^ _r64(_SECRET, s + 8))


def xxh3_64(data: bytes) -> int:
    """XXH3 64-bit hash with seed 0 (what LLVM's xxh3_64bits computes)."""
    n = len(data)
    sec = _SECRET
    if n == 0:
        return _xxh64_avalanche(_r64(sec, 56) ^ _r64(sec, 64))
    if n <= 3:
        combined = (data[0] << 16) | (data[n >> 1] << 24) | data[n - 1] | (n << 8)
        return _xxh64_avalanche(combined ^ (_r32(sec, 0) ^ _r32(sec, 4)))
    if n <= 8:
        keyed = (_r32(data, n - 4) + (_r32(data, 0) << 32)) ^ (_r64(sec, 8) ^ _r64(sec, 16))
        h = (
            keyed
            ^ (((keyed << 49) | (keyed >> 15)) & _M64)
            ^ (((keyed << 24) | (keyed >> 40)) & _M64)
        )
        h = (h * _PMX2) & _M64
        h ^= (h >> 35) + n
        h = (h * _PMX2) & _M64
        return h ^ (h >> 28)
    if n <= 16:
        lo = _r64(data, 0) ^ (_r64(sec, 24) ^ _r64(sec, 32))
        hi = _r64(data, n - 8) ^ (_r64(sec, 40) ^ _r64(sec, 48))
        swapped = int.from_bytes(lo.to_bytes(8, "little"), "big")
        return _avalanche((n + swapped + hi + _fold(lo, hi)) & _M64)
    acc = (n * _P64_1) & _M64
    if n <= 128:
        if n > 32:
            if n > 64:
                if n > 96:
                    acc += _mix16(data, 48, 96) + _mix16(data, n - 64, 112)
                acc += _mix16(data, 32, 64) + _mix16(data, n - 48, 80)
            acc += _mix16(data, 16, 32) + _mix16(data, n - 32, 48)
        acc += _mix16(data, 0, 0) + _mix16(data, n - 16, 16)
        return _avalanche(acc & _M64)
    if n <= 240:
        for i in range(8):
            acc += _mix16(data, 16 * i, 16 * i)
        acc = _avalanche(acc & _M64)
        for i in range(8, n // 16):
            acc += _mix16(data, 16 * i, 16 * (i - 8) + 3)
        acc += _mix16(data, n - 16, 136 - 17)
        return _avalanche(acc & _M64)
    return _xxh3_long(data)


def _xxh3_long(data: bytes) -> int:
    n = len(data)
    sec = _SECRET
    acc = [_P32_3, _P64_1, _P64_2, _P64_3, _P64_4, _P32_2, _P64_5, _P32_1]
    stripes_per_block = (len(sec) - 64) // 8
    block_len = 64 * stripes_per_block
    blocks = (n - 1) // block_len

    def stripe(offset: int, s: int) -> None:
        for i in range(8):
            value = _r64(data, offset + 8 * i)
            key = value ^ _r64(sec, s + 8 * i)
            acc[i ^ 1] = (acc[i ^ 1] + value) & _M64
            acc[i] = (acc[i] + (key & 0xFFFFFFFF) * (key >> 32)) & _M64

    for b in range(blocks):
        for s in range(stripes_per_block):
            stripe(b * block_len + 64 * s, 8 * s)
        for i in range(8):
            a = acc[i]
            a ^= a >> 47
            a ^= _r64(sec, len(sec) - 64 + 8 * i)
            acc[i] = (a * _P32_1) & _M64
    for s in range(((n - 1) - block_len * blocks) // 64):
        stripe(blocks * block_len + 64 * s, 8 * s)
    stripe(n - 64, len(sec) - 64 - 7)
    result = (n * _P64_1) & _M64
    for i in range(4):
        result += _fold(
            acc[2 * i] ^ _r64(sec, 11 + 16 * i), acc[2 * i + 1] ^ _r64(sec, 11 + 16 * i + 8)
        )
    return _avalanche(result & _M64)
