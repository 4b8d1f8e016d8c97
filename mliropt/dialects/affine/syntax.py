"""The affine ops' header syntax: loop bounds, dim-and-symbol lists, integer attributes.

An affine op's custom form is a header (`%i = max #map(%a)[%n] to 10 step 2`) lexed as one
AFFINE_HEADER token up to its first region's `{`, read with scf's `Header` cursor
(upstream's OpAsmParser primitives and error wording).
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.dialects.scf.syntax import Header, name_pos, name_pos_at, scan_header
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.errors import ParseError
from mliropt.syntax.lalr import wrong_token_position
from mliropt.syntax.scanners import register_scanner, skip_ws

register_scanner("AFFINE_HEADER", scan_header)

_OP_NAME = re.compile(r"[\w$.\-]+")
_INT = re.compile(r"(?:0x[0-9a-fA-F]+|\d+)(?![\w.])")


def index_attribute(h: Header) -> A.Attribute:
    """An attribute parsed with the index type (upstream's parseAttribute(attr, index)):
    an integer literal becomes an index IntegerAttr (range-checked), anything else is a
    full attribute."""
    from mliropt.syntax.literals import parse_integer_literal

    i = h._skip()
    j = i
    if h.text.startswith("-", i):
        j = i + 1
        while j < h.end and h.text[j] in " \t\r\n":
            j += 1
    m = _INT.match(h.text, j, h.end)
    if m is not None:
        literal = ("-" if j != i else "") + m.group()
        h.pos = m.end()
        return parse_integer_literal(literal, i, T.index)
    if j != i:
        at = wrong_token_position(h.text, j, len(h.text))
        raise ParseError(at, "expected constant integer or floating point value")
    return h.parse_attribute(typed=False)


def dim_and_symbol_list(sp: Any, h: Header) -> tuple[list, int]:
    """`(%d, ...)[%s, ...]` resolved as index values, and the number of dims
    (upstream's parseDimAndSymbolList)."""
    refs = h.operand_list()
    num_dims = len(refs)
    if h.parse_optional_punct("[") and not h.parse_optional_punct("]"):
        while True:
            refs.append(h.ssa_use())
            if not h.parse_optional_punct(","):
                break
        h.expect("]", "expected ']' in operand list")
    return [sp.resolve_text(text, pos, T.index) for text, pos in refs], num_dims


def header_syntax(cls: Any, rule: str, parse: Any, printer: Any) -> CustomSyntax:
    """`affine.x <header> <rule>`, and the header alone (its first error, else upstream's
    `expected '{' to begin a region`)."""

    def missing(sp: Any, c: list, p: list) -> Any:
        header = Header(sp, cls.name, c[2], p[2])
        cls.parse_header(sp, header, name_pos(c[0], p[0]))
        header.region_start()
        raise header.wrong_token("expected '{' to begin a region")

    def no_header(sp: Any, c: list, p: list) -> Any:
        raise empty_header_error(sp, cls, p[1])

    # A region right after the op name: the header's first error, reported when the
    # region opens (by the op's region_entry_args), before anything inside it.
    rules = [
        (f"AFFINE_HEADER {rule}", parse),
        ("AFFINE_HEADER", missing),
        (f"{rule}", no_header),
    ]
    return CustomSyntax(cls, rules, printer)


def empty_header_error(sp: Any, cls: Any, pos: int) -> ParseError:
    """The error of an empty header (the op name at `pos` followed by its region's `{`)."""
    pos = name_pos_at(sp, pos)
    name = _OP_NAME.match(sp.text, pos)
    brace = skip_ws(sp.text, name.end() if name else pos, len(sp.text))
    header = Header(sp, cls.name, "", brace)
    try:
        cls.parse_header(sp, header, pos)
    except ParseError as e:
        return e
    return header.wrong_token("expected '{' to begin a region")  # pragma: no cover


def missing_header(sp: Any, cls: Any, vals: list, poss: list) -> None:
    """In region_entry_args: raise the empty header's error when there is no header."""
    if len(vals) < 2 or not isinstance(vals[1], str):
        raise empty_header_error(sp, cls, poss[0])


def print_dim_and_symbol_list(P: Any, operands: list, num_dims: int) -> str:
    """`(%d, ...)` then `[%s, ...]` when there are symbols."""
    dims = ", ".join(P.value(v) for v in operands[:num_dims])
    out = f"({dims})"
    if len(operands) > num_dims:
        out += "[" + ", ".join(P.value(v) for v in operands[num_dims:]) + "]"
    return out
