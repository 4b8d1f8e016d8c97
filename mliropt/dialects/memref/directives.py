"""Custom directives of memref assembly formats.

`custom<DynamicIndexList>($values, $static)`: `[%a, 4, %b]`, a list of SSA values and
integers stored as the values plus an `array<i64>` in which each value's place holds
ShapedType::kDynamic (shared with tensor and vector ops upstream).
`custom<GlobalMemrefOpTypeAndInitialValue>($type, $initial_value)`: memref.global's
`memref<2xf32> = dense<...>` / `= uninitialized` / nothing.
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.types import DYNAMIC
from mliropt.syntax.custom_directives import Directive, register_directive
from mliropt.syntax.dialect_syntax import BodyParser
from mliropt.syntax.errors import ParseError
from mliropt.syntax.scanners import register_scanner

_VALUE = re.compile(r"%[\w$.\-]+(?:#\d+)?")
_INT = re.compile(r"-?(?:0x[0-9a-fA-F]+|\d+)(?![\w.])")
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1


def op_name(sp: Any) -> str:
    """The name of the custom op being parsed (for upstream's `custom op 'x'` prefix)."""
    return sp.op_stack[-1][0].name if sp.op_stack else ""


def op_error(sp: Any, pos: int, message: str) -> ParseError:
    """An error of a custom op parser, prefixed as upstream's OpAsmParser::emitError."""
    return ParseError(pos, f"custom op '{op_name(sp)}' {message}")


def parse_dynamic_index_list(sp: Any, text: str, pos: int) -> tuple[list, list[int]]:
    """`[%a, 4, [8]]` -> ([(value text, pos), ...], static values with DYNAMIC for each
    SSA value). A bracketed integer is a scalable size; memref keeps only its value.
    Any error is followed by upstream's `expected SSA value or integer` at the op name."""
    try:
        return _parse_index_list(sp, BodyParser(sp, pos, pos + len(text)))
    except ParseError as e:
        e.more = [
            *getattr(e, "more", []),
            (op_name_pos(sp, pos), f"custom op '{op_name(sp)}' expected SSA value or integer"),
        ]
        raise


def _parse_index_list(sp: Any, body: BodyParser) -> tuple[list, list[int]]:
    body.parse_punct("[")
    refs: list = []
    statics: list[int] = []
    if body.parse_optional_punct("]"):
        return refs, statics
    while True:
        i = body._skip()
        m = _VALUE.match(sp.text, i, body.end)
        if m is not None:
            refs.append((m.group(), i))
            statics.append(DYNAMIC)
            body.pos = m.end()
        else:
            scalable = body.parse_optional_punct("[")
            statics.append(_parse_i64(sp, body))
            if scalable:
                body.parse_punct("]")
        if body.parse_optional_punct(","):
            continue
        body.parse_punct("]", "expected ']' in dynamic index list")
        return refs, statics


def scan_index_list(text: str, pos: int, end: int) -> int:
    """End of `[%a, 4, [8]]`. A malformed list that still balances its brackets is one
    token (parsing it reports the error); an unbalanced one is an error here, where it
    goes wrong, as upstream's token-by-token parser reports it."""
    from mliropt.syntax.scanners import scan_balanced, skip_ws

    i = skip_ws(text, pos + 1, end)
    if i < end and text[i] == "]":
        return i + 1
    while i < end:
        m = _VALUE.match(text, i, end) or _ITEM.match(text, i, end)
        if m is None:
            break
        i = skip_ws(text, m.end(), end)
        if i < end and text[i] == "]":
            return i + 1
        if i >= end or text[i] != ",":
            break
        i = skip_ws(text, i + 1, end)
    j = scan_balanced(text, pos, end)
    if j < end or text[j - 1] == "]":
        return j
    from mliropt.syntax.lalr import wrong_token_position

    err = ParseError(wrong_token_position(text, i, end), "expected ']' in dynamic index list")
    names = list(_OP_NAME.finditer(text, max(0, pos - 4096), pos))
    if names:
        name = names[-1]
        err.more = [(name.start(), f"custom op '{name.group()}' expected SSA value or integer")]
    raise err


# The op a malformed index list belongs to: the last memref or tensor op name before it
# (the dialects whose ops use custom<DynamicIndexList>).
_OP_NAME = re.compile(r"(?<![%@\w$.\-])(?:memref|tensor)\.[a-z_]+(?![\w$.])")
_ITEM = re.compile(r"\[\s*-?(?:0x[0-9a-fA-F]+|\d+)\s*\]|-?(?:0x[0-9a-fA-F]+|\d+)(?![\w.])")


def _parse_i64(sp: Any, body: BodyParser) -> int:
    i = body._skip()
    m = _INT.match(sp.text, i, body.end)
    if m is None:
        raise op_error(sp, i, "expected integer value")
    # Decimal with leading zeros (`01`) is allowed, as upstream's integer literals.
    text = m.group()
    value = int(text, 16) if "x" in text else int(text)
    if not INT64_MIN <= value <= INT64_MAX:
        raise op_error(sp, i, "integer value too large")
    body.pos = m.end()
    return value


def print_dynamic_index_list(P: Any, values: list, statics: tuple) -> str:
    """`[%a, 4]`: each DYNAMIC entry prints the next value."""
    it = iter(values)
    items = [P.value(next(it)) if s == DYNAMIC else str(s) for s in statics]
    return "[" + ", ".join(items) + "]"


class DynamicIndexList(Directive):
    """`custom<DynamicIndexList>($values, $static_values)`."""

    def symbols(self, fmt: Any, element: Any) -> list[str]:
        return ["MEMREF_INDEX_LIST"]

    def parse(self, sp: Any, texts: list, positions: list, element: Any, state: dict) -> None:
        values, static = element.args[0].part.name, element.args[1].part.name
        refs, statics = parse_dynamic_index_list(sp, texts[0], positions[0])
        state["operands"][values] = refs
        state["props"][static] = A.DenseArrayAttr(T.i64, tuple(statics))

    def print(self, P: Any, op: Any, element: Any) -> str:
        values, static = element.args[0].part, element.args[1].part
        i = type(op).operand_defs.index(values)
        attr = op.properties.get(static.name)
        statics = attr.values if isinstance(attr, A.DenseArrayAttr) else ()
        return print_dynamic_index_list(P, op.operand_group(i), statics)


def tensor_type_for(t: T.Type) -> T.Type | None:
    """getTensorTypeFromMemRefType: the tensor type of a memref's shape and elements."""
    if isinstance(t, T.MemRefType):
        return T.RankedTensorType(t.shape, t.element_type)
    if isinstance(t, T.UnrankedMemRefType):
        return T.UnrankedTensorType(t.element_type)
    return None


def op_name_pos(sp: Any, before: int) -> int:
    """The position of the name of the custom op being parsed (upstream's getNameLoc):
    its last occurrence as a whole word before `before` (the op's own tokens follow it)."""
    name = op_name(sp)
    pattern = re.compile(r"(?<![%@\w$.\-])" + re.escape(name) + r"(?![\w$.])")
    found = before
    for m in pattern.finditer(sp.text, max(0, before - 4096), before):
        found = m.start()
    return found


class GlobalTypeAndInitialValue(Directive):
    """`custom<GlobalMemrefOpTypeAndInitialValue>($type, $initial_value)`."""

    def symbols(self, fmt: Any, element: Any) -> list[str]:
        return ["MEMREF_GLOBAL_TYPE"]

    def parse(self, sp: Any, texts: list, positions: list, element: Any, state: dict) -> None:
        text, pos = texts[0], positions[0]
        body = BodyParser(sp, pos, pos + len(text))
        t = body.parse_type()
        if not isinstance(t, T.MemRefType) or not t.has_static_shape:
            raise op_error(
                sp, op_name_pos(sp, pos), f"type should be static shaped memref, but got '{t}'"
            )
        state["props"][element.args[0].part.name] = A.TypeAttr(t)
        if not body.parse_optional_punct("="):
            body.expect_end()
            return
        if body.parse_optional_keyword(("uninitialized",)) is not None:
            body.expect_end()
            state["props"][element.args[1].part.name] = A.unit
            return
        tensor = tensor_type_for(t)
        assert tensor is not None  # `t` is a memref type (checked above)
        attr = _parse_attr_of_type(sp, body, body._skip(), tensor)
        body.expect_end()
        if not isinstance(
            attr, (A.DenseElementsAttr, A.DenseResourceElementsAttr, A.SparseElementsAttr)
        ):
            raise op_error(
                sp, op_name_pos(sp, pos), "initial value should be a unit or elements attribute"
            )
        state["props"][element.args[1].part.name] = attr

    def print(self, P: Any, op: Any, element: Any) -> str:
        t = op.properties[element.args[0].part.name]
        text = P.type(t.value)
        init = op.properties.get(element.args[1].part.name)
        if init is None:
            return text
        if isinstance(init, A.UnitAttr):
            return text + " = uninitialized"
        return text + " = " + print_attr_without_type(P, init)


def _parse_attr_of_type(sp: Any, body: BodyParser, pos: int, t: T.Type) -> A.Attribute:
    """parseAttribute(attr, type): an attribute whose type is given, so not written."""
    from mliropt.syntax.literals import parse_dense_body, parse_sparse_body
    from mliropt.syntax.scanners import scan_attr

    end = scan_attr(sp.text, pos, body.end)
    word = sp.text[pos:end]
    body.pos = end
    if word.startswith("dense<"):
        return parse_dense_body(sp, word, pos, t, pos)
    if word.startswith("sparse<"):
        return parse_sparse_body(sp, word, pos, t, pos)
    if word.startswith("dense_resource<"):
        return A.DenseResourceElementsAttr(t, word[len("dense_resource<") : -1].strip())
    if _FLOAT.fullmatch(word):
        raise ParseError(pos, "floating point value not valid for specified type")
    if _INT.fullmatch(word):
        raise ParseError(pos, "integer literal not valid for specified type")
    return sp.attr_of(word, pos)


_FLOAT = re.compile(r"[-+]?\d+\.\d*(?:[eE][-+]?\d+)?")


def print_attr_without_type(P: Any, attr: A.Attribute) -> str:
    """printAttributeWithoutType: an elements attribute without its `: type` suffix (as
    the printer writes it otherwise, elided or not)."""
    text = P.attr(attr)
    suffix = " : " + P.type(attr.type) if isinstance(attr, A.TypedAttr) else ""
    return text[: -len(suffix)] if suffix and text.endswith(suffix) else text


def scan_global_type(text: str, pos: int, end: int) -> int:
    """End of memref.global's `type [= uninitialized | = attribute]`."""
    from mliropt.syntax.scanners import scan_attr, scan_type, skip_ws

    i = scan_type(text, pos, end)
    j = skip_ws(text, i, end)
    if j >= end or text[j] != "=":
        return i
    k = skip_ws(text, j + 1, end)
    if k >= end:
        return k
    # The value's type is the global's, so no `: type` follows (upstream parses the
    # attribute with that type).
    return scan_attr(text, k, end)


register_scanner("MEMREF_GLOBAL_TYPE", scan_global_type)
register_scanner("MEMREF_INDEX_LIST", scan_index_list)
register_directive("DynamicIndexList", DynamicIndexList())
register_directive("GlobalMemrefOpTypeAndInitialValue", GlobalTypeAndInitialValue())
