"""Literals of the attribute syntax: integers, floats, strings, and the bodies of
`dense<...>`, `sparse<...>` and `array<...>` (scanned with one regex, so a large
elements literal costs one pass, not a token per element in the LALR driver)."""

from __future__ import annotations

import re
from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax.errors import ParseError

_SIMPLE_ESCAPES = {"\\": b"\\", '"': b'"', "n": b"\n", "t": b"\t"}
_ESCAPE = re.compile(r'\\(?:([\\"nt])|([0-9a-fA-F]{2}))')


def unescape_string(body: str) -> str:
    """The value of a string literal body (between the quotes); `\\XX` is a raw byte."""
    if "\\" not in body:
        return body
    out = bytearray()
    i = 0
    for m in _ESCAPE.finditer(body):
        out += body[i:m.start()].encode("utf-8", "surrogateescape")
        c = m.group(1)
        if c is not None:
            out += _SIMPLE_ESCAPES[c]
        else:
            out.append(int(m.group(2), 16))
        i = m.end()
    out += body[i:].encode("utf-8", "surrogateescape")
    return out.decode("utf-8", "surrogateescape")


def int_in_range(value: int, t: T.Type) -> bool:
    """Whether an integer literal fits the type, as upstream's parser checks it."""
    if isinstance(t, T.IndexType):
        # Upstream stores index as a signed 64-bit integer: 2^63 and above do not fit.
        return -(1 << 63) <= value < (1 << 63)
    assert isinstance(t, T.IntegerType)
    w = t.width
    if t.signedness == 1:
        return -(1 << (w - 1)) <= value < (1 << (w - 1))
    if t.signedness == 2:
        return 0 <= value < (1 << w)
    # Signless: any bit pattern of the width, read as signed or unsigned.
    return -(1 << (w - 1)) <= value < (1 << w) if w else value == 0


def int_literal(text: str) -> int:
    """The value of an integer token: hexadecimal after `0x`, else decimal, where MLIR's
    lexer allows leading zeros (`007`), which Python's `int(text, 0)` rejects."""
    neg = text.startswith("-")
    body = text[1:] if neg else text
    value = int(body, 16) if body.startswith(("0x", "0X")) else int(body, 10)
    return -value if neg else value


def parse_integer_literal(text: str, pos: int, t: T.Type) -> A.Attribute:
    """An integer literal of type `t` (an integer, index, or a float given by its bits)."""
    neg = text.startswith("-")
    digits_pos = pos + 1 if neg else pos
    if isinstance(t, T.FloatType):
        if text.lstrip("-").startswith("0x"):
            from mliropt.ir import apfloat

            if neg:
                raise ParseError(digits_pos, "hexadecimal float literal should not have a leading minus")
            bits = int(text, 16)
            if bits >> t.width:
                raise ParseError(pos, "hexadecimal float constant out of range for type")
            return A.FloatAttr(t, bits)
        err = ParseError(digits_pos, "unexpected decimal integer literal for a floating point value")
        raise err
    if not isinstance(t, (T.IntegerType, T.IndexType)):
        raise ParseError(pos, "integer literal not valid for specified type")
    value = int_literal(text)
    if isinstance(t, T.IntegerType) and t.signedness == 2 and neg:
        raise ParseError(digits_pos, "negative integer literal not valid for unsigned integer type")
    if not int_in_range(value, t):
        raise ParseError(digits_pos, "integer constant out of range for attribute")
    return A.IntegerAttr(t, value)


def parse_float_literal(text: str, pos: int, t: T.Type, type_pos: int = -1) -> A.Attribute:
    """A float literal of float type `t`."""
    if not isinstance(t, T.FloatType):
        raise ParseError(type_pos if type_pos >= 0 else pos, "floating point value not valid for specified type")
    from mliropt.ir import apfloat

    return A.FloatAttr(t, apfloat.from_mlir_literal(t.kind, text))  # via a double, as upstream


# ----------------------------------------------------------------- elements literals

_ELEM_TOKEN = re.compile(
    r"\s*(?:(?P<num>[-+]?(?:0x[0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?))"
    r"|(?P<str>\"(?:[^\"\\\n]|\\.)*\")|(?P<kw>true|false|inf|nan)"
    r"|(?P<punct>[\[\](),]))"
)


def _tokens(text: str, start: int, end: int) -> list[tuple[str, str, int]]:
    out = []
    i = start
    m_fn = _ELEM_TOKEN.match
    while True:
        while i < end and text[i] in " \t\r\n":
            i += 1
        if i >= end:
            return out
        m = m_fn(text, i, end)
        if m is None:
            raise ParseError(i, "expected element literal of primitive type")
        kind = m.lastgroup
        out.append((kind, m.group(kind), m.start(kind)))  # type: ignore[arg-type]
        i = m.end()


class _ElementsParser:
    """Parses nested `[...]` lists of elements into a flat list and an inferred shape."""

    def __init__(self, toks: list[tuple[str, str, int]]) -> None:
        self.toks = toks
        self.i = 0

    def peek(self) -> tuple[str, str, int] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> tuple[str, str, int]:
        t = self.toks[self.i]
        self.i += 1
        return t

    def parse(self, out: list) -> list[int]:
        tok = self.peek()
        if tok is None:
            raise ParseError(0, "expected element literal")
        if tok[1] == "[":
            self.take()
            if self.peek() is not None and self.peek()[1] == "]":  # type: ignore[index]
                self.take()
                return [0]
            shape = None
            n = 0
            while True:
                sub = self.parse(out)
                if shape is None:
                    shape = sub
                elif sub != shape:
                    raise ParseError(tok[2], "tensor literal is invalid; ranks are not consistent between elements")
                n += 1
                nxt = self.take()
                if nxt[1] == "]":
                    return [n] + shape
                if nxt[1] != ",":
                    raise ParseError(nxt[2], "expected ',' or ']'")
        if tok[1] == "(":
            self.take()
            re_ = self.take()
            comma = self.take()
            im = self.take()
            close = self.take()
            if comma[1] != "," or close[1] != ")":
                raise ParseError(tok[2], "expected complex element")
            out.append((re_, im))
            return []
        out.append(self.take())
        return []


def _element_value(tok: tuple[str, str, int], et: T.Type) -> Any:
    kind, text, pos = tok
    if isinstance(et, T.FloatType):
        from mliropt.ir import apfloat

        if kind == "kw" and text in ("true", "false"):
            raise ParseError(pos, "expected floating-point elements, but parsed boolean")
        if kind != "num":
            raise ParseError(pos, "expected floating-point elements")
        if text.lstrip("-+").startswith("0x"):
            return int(text, 16)
        if "." not in text:
            raise ParseError(pos + (1 if text[0] == "-" else 0), "unexpected decimal integer literal for a floating point value")
        return apfloat.from_mlir_literal(et.kind, text)  # via a double, as upstream
    if isinstance(et, (T.IntegerType, T.IndexType)):
        if kind == "kw":
            if text in ("true", "false"):
                if et is not T.i1:
                    raise ParseError(pos, "expected integer elements, but parsed boolean")
                return 1 if text == "true" else 0
            raise ParseError(pos, "expected integer elements")
        if kind != "num":
            raise ParseError(pos, "expected integer elements")
        if "." in text or ("e" in text.lower() and not text.lower().lstrip("-").startswith("0x")):
            raise ParseError(pos, "expected integer elements, but parsed floating-point")
        neg = text.startswith("-")
        value = int_literal(text)
        if isinstance(et, T.IntegerType) and et.signedness == 2 and neg:
            raise ParseError(pos + 1, "expected unsigned integer elements, but parsed negative value")
        from mliropt.syntax.literals import int_in_range

        if not int_in_range(value, et):
            raise ParseError(pos + (1 if neg else 0), f"integer constant out of range for type")
        return A.IntegerAttr(et, value).value
    if kind == "str":
        return unescape_string(text[1:-1])
    raise ParseError(pos, "expected element literal of primitive type")


def _shape_text(shape: list[int] | tuple[int, ...]) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"


def parse_dense_body(parser: Any, text: str, pos: int, t: T.Type, type_pos: int) -> A.Attribute:
    """`dense<...> : type`, with upstream's shape and element checks."""
    if not isinstance(t, T.ShapedType) or not t.has_rank:
        raise ParseError(type_pos, "elements literal must be a shaped type")
    if not t.has_static_shape:
        raise ParseError(type_pos, "elements literal type must have static shape")
    body_start = pos + text.index("<") + 1
    body_end = pos + len(text) - 1
    src = parser.text
    toks = _tokens(src, body_start, body_end)
    et = t.element_type
    if not toks:
        if t.num_elements != 0:
            raise ParseError(pos, "parsed zero elements, but type (" + str(t) + ") expected at least 1")
        return A.DenseElementsAttr(t, ())
    if len(toks) == 1 and toks[0][0] == "str" and isinstance(et, (T.IntegerType, T.FloatType, T.IndexType, T.ComplexType)):
        return _hex_dense(toks[0], t, pos)
    flat: list = []
    ep = _ElementsParser(toks)
    shape = ep.parse(flat)
    if ep.i != len(toks):
        raise ParseError(toks[ep.i][2], "expected '>'")
    complex_et = isinstance(et, T.ComplexType)
    if shape and list(shape) != list(t.shape):
        if not (shape == [0] and t.num_elements == 0):
            raise ParseError(
                pos, f"inferred shape of elements literal ({_shape_text(shape)}) does not match type ({_shape_text(t.shape)})"
            )
    values: list = []
    for item in flat:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], tuple):
            if not complex_et:
                raise ParseError(item[0][2], "expected non-complex element")
            inner = et.element_type  # type: ignore[attr-defined]
            values.append((_element_value(item[0], inner), _element_value(item[1], inner)))
        else:
            if complex_et:
                raise ParseError(item[2], "expected complex element")
            values.append(_element_value(item, et))
    if not shape and len(values) == 1:
        return A.DenseElementsAttr(t, tuple(values))
    return A.DenseElementsAttr(t, tuple(values))


def _hex_dense(tok: tuple[str, str, int], t: T.ShapedType, attr_pos: int) -> A.Attribute:
    body = tok[1][1:-1]
    try:
        if not body.startswith("0x"):
            raise ValueError
        data = bytes.fromhex(body[2:])
    except ValueError:
        raise ParseError(tok[2], "expected string containing hex digits starting with `0x`") from None
    et = t.element_type
    if isinstance(et, T.ComplexType):
        raise ParseError(tok[2], "complex hex elements are not supported")
    width = et.width if isinstance(et, (T.IntegerType, T.FloatType)) else 64
    nbytes = max(1, (width + 7) // 8)
    n = len(data) // nbytes
    if len(data) % nbytes or (n != t.num_elements and n != 1):
        raise ParseError(attr_pos, f"elements hex data size is invalid for provided type: '{t}'")
    values = []
    for i in range(n):
        v = int.from_bytes(data[i * nbytes:(i + 1) * nbytes], "little")
        if isinstance(et, T.IntegerType):
            v = A.IntegerAttr(et, v).value
        values.append(v)
    return A.DenseElementsAttr(t, tuple(values))


def parse_sparse_body(parser: Any, text: str, pos: int, t: T.Type, type_pos: int) -> A.Attribute:
    """`sparse<indices, values> : type`."""
    if not isinstance(t, T.ShapedType):
        raise ParseError(type_pos, "elements literal must be a shaped type")
    src = parser.text
    body_start = pos + text.index("<") + 1
    body_end = pos + len(text) - 1
    toks = _tokens(src, body_start, body_end)
    # Split the top-level comma between indices and values.
    depth = 0
    split = None
    for i, tok in enumerate(toks):
        if tok[1] in "[(":
            depth += 1
        elif tok[1] in "])":
            depth -= 1
        elif tok[1] == "," and depth == 0:
            split = i
            break
    if split is None:
        raise ParseError(pos, "expected ','")
    idx_flat: list = []
    ip = _ElementsParser(toks[:split])
    idx_shape = ip.parse(idx_flat)
    val_flat: list = []
    vp = _ElementsParser(toks[split + 1:])
    val_shape = vp.parse(val_flat)
    nnz = idx_shape[0] if idx_shape else 1
    rank = idx_shape[1] if len(idx_shape) > 1 else (1 if idx_shape else len(idx_flat))
    idx_type = T.RankedTensorType((nnz, rank) if idx_shape else (1, len(idx_flat)), T.i64)
    idx_values = tuple(_element_value(tok, T.i64) for tok in idx_flat)
    val_type = T.RankedTensorType(tuple(val_shape) if val_shape else (len(val_flat),), t.element_type)
    vals = tuple(_element_value(tok, t.element_type) for tok in val_flat)
    return A.SparseElementsAttr(t, A.DenseElementsAttr(idx_type, idx_values), A.DenseElementsAttr(val_type, vals))


def parse_array_body(parser: Any, text: str, pos: int) -> A.Attribute:
    """`array<i32: 1, 2>` / `array<f32>`."""
    from mliropt.syntax.scanners import scan_type, skip_ws

    src = parser.text
    start = pos + text.index("<") + 1
    end = pos + len(text) - 1
    i = skip_ws(src, start, end)
    tend = scan_type(src, i, end)
    et = parser.type_of(src[i:tend], i)
    if not isinstance(et, (T.IntegerType, T.FloatType)):
        raise ParseError(i, "expected integer or float type, got: " + str(et))
    j = skip_ws(src, tend, end)
    if j >= end:
        return A.DenseArrayAttr(et, ())
    if src[j] != ":":
        raise ParseError(j, "expected ':' after dense array type")
    toks = _tokens(src, j + 1, end)
    values = []
    expect_elem = True
    for tok in toks:
        if expect_elem:
            if isinstance(et, T.IntegerType) and et.width == 1 and tok[1] in ("true", "false"):
                values.append(1 if tok[1] == "true" else 0)
            else:
                values.append(_element_value(tok, et))
        elif tok[1] != ",":
            raise ParseError(tok[2], "expected ','")
        expect_elem = not expect_elem
    return A.DenseArrayAttr(et, tuple(values))
