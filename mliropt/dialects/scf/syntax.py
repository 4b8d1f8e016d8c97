"""Syntax shared by the scf ops' hand-written parsers and printers.

An scf op's custom form is an op header (`%iv = %lb to %ub step %s iter_args(...)`),
lexed as one SCF_HEADER token (everything up to the `{` of the first region), then
regions and a trailing attribute dictionary parsed by the grammar. `Header` is a cursor
over that token with upstream's OpAsmParser primitives and error wording: errors of
punctuation are reported after the previous token (`expected '='`), keyword and value
errors at the current token with the `custom op 'scf.x'` prefix.
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.ir import types as T
from mliropt.syntax.custom_syntax import register_rule_callback
from mliropt.syntax.dialect_syntax import BodyParser
from mliropt.syntax.errors import ParseError
from mliropt.syntax.lalr import wrong_token_position
from mliropt.syntax.plain_types import NotPlain
from mliropt.syntax.scanners import (
    FAST_BODY,
    register_scanner,
    scan_balanced,
    scan_types,
    skip_ws,
)

_VALUE = re.compile(r"%[\w$.\-]+(?:#\d+)?")
_OP_NAME = re.compile(r"[\w$.\-]+")
_ARG = re.compile(r"%[\w$.\-]+")
_INT = re.compile(r"-?(?:0x[0-9a-fA-F]+|\d+)(?![\w.])")
# One step of the header scan: a string, a comment, an arrow, a bracket, or other text.
_STEP = re.compile(r'[^"<>()\[\]{}/\-]+|"(?:[^"\\\n]|\\.)*"|//[^\n]*|->|[<>()\[\]{}/\-]')
_OPEN = {"(": ")", "[": "]", "<": ">"}
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1


def scan_header(text: str, pos: int, end: int) -> int:
    """End of an op header: the last non-blank character before the first `{` or `}`
    outside brackets (types like `tensor<4xf32, {enc}>` keep their braces)."""
    stack: list[str] = []
    i = pos
    last = pos
    while i < end:
        m = _STEP.match(text, i, end)
        if m is None:  # an unterminated string: the header parser reports it
            return end
        tok = m.group()
        c = tok[0]
        # A brace ends the header unless it is inside a type's `<...>` (an encoding);
        # an unbalanced `(` must not hide the region's `{`.
        if c in "{}" and "<" not in stack_opens(stack):
            return last
        if c in _OPEN:
            stack.append(_OPEN[c])
        elif stack and tok == stack[-1]:
            stack.pop()
        elif c == "{":
            stack.append("}")
        i = m.end()
        if not tok.isspace() and not tok.startswith("//"):
            last = i - (len(tok) - len(tok.rstrip()))
    return last


def stack_opens(stack: list[str]) -> str:
    """The opening brackets of a scan stack of expected closers."""
    return "".join(
        "<" if c == ">" else "(" if c == ")" else "[" if c == "]" else "{" for c in stack
    )


def scan_arrow(text: str, pos: int, end: int) -> int:
    """End of `-> (t1, t2)` or `-> t1, t2`."""
    i = skip_ws(text, pos + 2, end)
    if i < end and text[i] == "(":
        return scan_balanced(text, i, end)
    if i >= end:
        return pos + 2
    try:
        return scan_types(text, i, end)
    except ParseError:
        return pos + 2


# The common header in one match, with scan_header's extent (up to its last non-blank
# before a `{`/`}` that follows): words, arrows, strings, `<...>` bodies, and `(...)`/`[...]`
# of those (no braces or comments); anything else is scan_header's.
_HEADER_INNER = (
    r'(?:[^<>()\[\]{}"/\-]++|->|-|"(?:[^"\\\n]++|\\.)*+"' rf"|<{FAST_BODY}>)*+"
)
_HEADER_PIECE = (
    r'(?:[^<>()\[\]{}"/\-\s]++|->|-|"(?:[^"\\\n]++|\\.)*+"'
    rf"|\({_HEADER_INNER}\)|\[{_HEADER_INNER}\]|<{FAST_BODY}>)"
)
HEADER_FAST = rf"{_HEADER_PIECE}++(?:\s++{_HEADER_PIECE}++)*+(?=\s*+[{{}}])"
register_scanner("SCF_HEADER", scan_header, HEADER_FAST)
register_scanner("SCF_ARROW", scan_arrow)
register_scanner("SCF_PAREN", scan_balanced)


def _case_first(sp: Any, c: list, p: list) -> list:
    return [(c[1], p[1], c[2])]


def _case_append(sp: Any, c: list, p: list) -> list:
    cases = c[0]
    cases.append((c[2], p[2], c[3]))
    return cases


register_rule_callback("scf_case_first", _case_first)
register_rule_callback("scf_case_append", _case_append)


def name_pos(head: str, pos: int) -> int:
    """The offset of the op name in an OPSTART token `%r = scf.for` at `pos`."""
    if head[0] != "%":
        return pos
    i = head.index("=") + 1
    while head[i] in " \t\r\n":
        i += 1
    return pos + i


class Header(BodyParser):
    """A cursor over an SCF_HEADER (or SCF_ARROW) token, with OpAsmParser's primitives."""

    def __init__(self, sp: Any, op_name: str, text: str, pos: int) -> None:
        super().__init__(sp, pos, pos + len(text))
        self.op_name = op_name

    # ----------------------------------------------------------------- errors

    def custom_error(self, message: str, pos: int | None = None) -> ParseError:
        """`custom op 'scf.x' message` at `pos` (default: the current token)."""
        return ParseError(
            self._skip() if pos is None else pos, f"custom op '{self.op_name}' {message}"
        )

    def wrong_token(self, message: str) -> ParseError:
        """`message` after the previous token, as upstream's emitWrongTokenError."""
        i = self._skip()
        if i >= self.end:
            i = skip_ws(self.text, self.end, len(self.text))
        return ParseError(wrong_token_position(self.text, i, len(self.text)), message)

    # ----------------------------------------------------------------- tokens

    def expect(self, punct: str, message: str | None = None) -> None:
        """Consume `punct` or fail with `expected 'punct'`."""
        if not self.parse_optional_punct(punct):
            raise self.wrong_token(message or f"expected '{punct}'")

    def optional_keyword(self, word: str) -> bool:
        """Consume the keyword `word` if it is next."""
        return self.parse_optional_keyword((word,)) is not None

    def expect_keyword(self, word: str) -> None:
        """Consume the keyword `word` or fail as upstream's parseKeyword."""
        if not self.optional_keyword(word):
            raise self.custom_error(f"expected '{word}'")

    def optional_ssa_use(self) -> tuple[str, int] | None:
        """`%name` or `%name#N` as (text, position), or None."""
        i = self._skip()
        m = _VALUE.match(self.text, i, self.end)
        if m is None:
            return None
        self.pos = m.end()
        return m.group(), i

    def ssa_use(self) -> tuple[str, int]:
        """An SSA operand."""
        ref = self.optional_ssa_use()
        if ref is None:
            raise self.wrong_token("expected SSA operand")
        return ref

    def argument(self) -> tuple[str, int]:
        """A region argument `%name` as (name without `%`, position)."""
        i = self._skip()
        m = _ARG.match(self.text, i, self.end)
        if m is None:
            raise self.wrong_token("expected SSA operand")
        self.pos = m.end()
        return m.group()[1:], i

    def argument_list(self) -> list[tuple[str, int]]:
        """`(%a, %b)`."""
        self.expect("(", "expected '(' in argument list")
        args: list[tuple[str, int]] = []
        if self.parse_optional_punct(")"):
            return args
        while True:
            args.append(self.argument())
            if not self.parse_optional_punct(","):
                break
        self.expect(")", "expected ')' in argument list")
        return args

    def operand_list(self, count: int | None = None) -> list[tuple[str, int]]:
        """`(%a, %b)`; with `count`, exactly that many operands (`expected N operands`)."""
        start = self._skip()
        self.expect("(", "expected '(' in operand list")
        refs: list[tuple[str, int]] = []
        if not self.parse_optional_punct(")"):
            while True:
                refs.append(self.ssa_use())
                if not self.parse_optional_punct(","):
                    break
            self.expect(")", "expected ')' in operand list")
        if count is not None and len(refs) != count:
            raise self.custom_error(f"expected {count} operands", start)
        return refs

    def optional_assignment_list(self) -> tuple[list, list] | None:
        """`(%arg = %value, ...)` as ([(name, pos)], [(value text, pos)]), or None."""
        if not self.parse_optional_punct("("):
            return None
        args: list = []
        values: list = []
        if self.parse_optional_punct(")"):
            return args, values
        while True:
            args.append(self.argument())
            self.expect("=")
            values.append(self.ssa_use())
            if not self.parse_optional_punct(","):
                break
        self.expect(")", "expected ',' or ')'")
        return args, values

    def assignment_list(self) -> tuple[list, list]:
        """A required assignment list."""
        result = self.optional_assignment_list()
        if result is None:
            raise self.custom_error("expected '('")
        return result

    def parse_type(self) -> T.Type:
        """A type (upstream's `expected non-function type` when none starts here)."""
        i = self._skip()
        if i >= self.end:
            raise self.wrong_token("expected non-function type")
        return super().parse_type()

    def type_list(self) -> list[T.Type]:
        """`t1, t2` (at least one)."""
        types = [self.parse_type()]
        while self.parse_optional_punct(","):
            types.append(self.parse_type())
        return types

    def function_result_types(self) -> list[T.Type]:
        """`(t1, t2)`, `()` or `t1, t2` (upstream's parseFunctionResultTypes)."""
        if self.parse_optional_punct("("):
            if self.parse_optional_punct(")"):
                return []
            types = self.type_list()
            self.expect(")")
            return types
        return self.type_list()

    def optional_arrow_types(self) -> list[T.Type]:
        """`-> types`, or nothing."""
        if not self.parse_optional_punct("->"):
            return []
        return self.function_result_types()

    def arrow_types(self) -> list[T.Type]:
        """`-> types` (required)."""
        self.expect("->")
        return self.function_result_types()

    def integer(self) -> int:
        """A signed 64-bit integer literal."""
        i = self._skip()
        m = _INT.match(self.text, i, self.end)
        if m is None:
            raise self.custom_error("expected integer value")
        value = int(m.group(), 0)
        if not INT64_MIN <= value <= INT64_MAX:
            raise self.custom_error("integer value too large")
        self.pos = m.end()
        return value

    def region_start(self) -> None:
        """Nothing may remain before the region's `{`."""
        if not self.at_end():
            raise self.wrong_token("expected '{' to begin a region")


def name_pos_at(sp: Any, pos: int) -> int:
    """The offset of the op name in the OPSTART token starting at `pos`."""
    text = sp.text
    if text[pos] != "%":
        return pos
    i = text.index("=", pos) + 1
    while text[i] in " \t\r\n":
        i += 1
    return i


def missing_region(cls: Any) -> Any:
    """The callback of an op header not followed by a region: report the header's first
    error, else upstream's `expected '{' to begin a region`."""

    def callback(sp: Any, c: list, p: list) -> Any:
        header = Header(sp, cls.name, c[2], p[2])
        cls.parse_header(sp, header, name_pos(c[0], p[0]))
        header.region_start()
        raise header.wrong_token("expected '{' to begin a region")

    return callback


def header_region_syntax(cls: Any, parse: Any, printer: Any) -> Any:
    """The custom syntax `scf.x <header> { region } {attrs}` of a loop op."""
    from mliropt.syntax.custom_syntax import CustomSyntax

    return CustomSyntax(
        cls,
        [
            ("SCF_HEADER region [ATTR_DICT]", parse),
            ("SCF_HEADER", missing_region(cls)),
            ("region [ATTR_DICT]", missing_header(cls)),
        ],
        printer,
    )


def empty_header_error(sp: Any, cls: Any, pos: int) -> ParseError:
    """The error of an empty header: the op (its OPSTART token at `pos`) is followed by
    its region's `{`, so upstream's parser fails at the first element of the header."""
    at = name_pos_at(sp, pos)
    name = _OP_NAME.match(sp.text, at)
    brace = skip_ws(sp.text, name.end() if name else at, len(sp.text))
    header = Header(sp, cls.name, "", brace)
    try:
        cls.parse_header(sp, header, at)
    except ParseError as e:
        return e
    return header.wrong_token("expected '{' to begin a region")


def missing_header(cls: Any) -> Any:
    """The callback of an op whose region follows its name (the error is raised when the
    region opens, by `header_of`; this is its fallback)."""

    def callback(sp: Any, c: list, p: list) -> Any:
        raise empty_header_error(sp, cls, p[0])

    return callback


def header_of(sp: Any, cls: Any, vals: list, poss: list, first: int = 1) -> Any:
    """The parsed header of the op whose keyword token is `vals[first - 1]` (the
    region-entry hook's view; parse callbacks pass first=2), parsed once per position
    by `cls.parse_header(sp, header, name_pos)`; None without a header."""
    if len(vals) <= first or not isinstance(vals[first], str):
        if getattr(cls, "optional_header", False):
            return None
        # No header before the region: its first error comes before the region's body.
        raise empty_header_error(sp, cls, poss[first - 1])
    cache = sp.__dict__.setdefault("_scf_headers", {})
    pos = poss[first]
    info = cache.get(pos)
    if info is None:
        fast = getattr(cls, "fast_header", None)
        if fast is not None:
            # The common text by one regex (None: anything else, errors included).
            try:
                info = fast(sp, vals[first], pos)
            except NotPlain:
                info = None
            if info is not None:
                cache[pos] = info
                return info
        header = Header(sp, cls.name, vals[first], pos)
        info = cache[pos] = cls.parse_header(sp, header, name_pos_at(sp, poss[first - 1]))
        header.region_start()
    return info


# ----------------------------------------------------------------- printing


def print_init_list(P: Any, args: list, values: list, prefix: str = "") -> str:
    """`prefix(%inner = %outer, ...)`, or nothing for an empty list."""
    if not values:
        return ""
    items = ", ".join(f"{P.value(a)} = {P.value(v)}" for a, v in zip(args, values))
    return f"{prefix}({items})"


def print_arrow_types(P: Any, types: list) -> str:
    """Upstream's printOptionalArrowTypeList: ` -> t`, ` -> (t1, t2)` or nothing."""
    if not types:
        return ""
    wrapped = len(types) != 1 or isinstance(types[0], T.FunctionType)
    body = ", ".join(P.type(t) for t in types)
    return f" -> ({body})" if wrapped else f" -> {body}"


def values_text(P: Any, values: list) -> str:
    """`%a, %b`."""
    return ", ".join(P.value(v) for v in values)


def types_text(P: Any, values: list) -> str:
    """The types of `values`, comma separated."""
    return ", ".join(P.type(v.type) for v in values)
