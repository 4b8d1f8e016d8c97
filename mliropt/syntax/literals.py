"""Literals of the attribute syntax: integers, floats, strings, and the bodies of
`dense<...>`, `sparse<...>` and `array<...>` (scanned with one regex, so a large
elements literal costs one pass, not a token per element in the LALR driver)."""

from __future__ import annotations

import re
import struct
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
            if neg:
                raise ParseError(
                    digits_pos, "hexadecimal float literal should not have a leading minus"
                )
            bits = int(text, 16)
            if bits >> t.width:
                raise ParseError(pos, "hexadecimal float constant out of range for type")
            return A.FloatAttr(t, bits)
        err = ParseError(
            digits_pos, "unexpected decimal integer literal for a floating point value"
        )
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
        raise ParseError(
            type_pos if type_pos >= 0 else pos, "floating point value not valid for specified type"
        )
    from mliropt.ir import apfloat

    return A.FloatAttr(t, apfloat.from_mlir_literal(t.kind, text))  # via a double, as upstream


# ----------------------------------------------------------------- elements literals

# The tokens of an elements literal as upstream's lexer splits them (the lexer's kind
# names); anything else (a comment, an identifier, a lexer error) is lexed by
# `lexer.lex`. One regex match per token keeps a literal of many elements cheap.
_ELEMENT_TOKEN = re.compile(
    r"[ \t\r\n]*(?:"
    r"(?P<floatliteral>[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?)"
    r"|(?P<integer>0x[0-9a-fA-F]+|[0-9]+)"
    r"|(?P<comma>,)|(?P<l_square>\[)|(?P<r_square>\])|(?P<minus>-(?!>))"
    r"|(?P<l_paren>\()|(?P<r_paren>\))|(?P<greater>>)"
    r'|(?P<string>"(?:[^"\\\n\v\f]|\\[nt"\\]|\\[0-9a-fA-F]{2})*")'
    r"|(?P<kw_true>true(?![\w$.]))|(?P<kw_false>false(?![\w$.]))"
    r")"
)
_HEX_DIGITS = re.compile(r"(?:[0-9a-fA-F]{2})*")
_STRUCT_FORMATS = {1: "b", 2: "h", 4: "i", 8: "q"}
# Float kinds whose bits `struct` computes: (the float's packer, its bits' unpacker).
_NATIVE_FLOATS = {
    "f64": (struct.Struct("<d"), struct.Struct("<Q")),
    "f32": (struct.Struct("<f"), struct.Struct("<I")),
}


class _Tokens:
    """Upstream's tokens of text[pos:end]; the current one is `kind`, text[start:stop]."""

    __slots__ = ("text", "end", "kind", "start", "stop")

    def __init__(self, text: str, pos: int, end: int) -> None:
        self.text = text
        self.end = end
        self.advance(pos)

    def advance(self, pos: int) -> None:
        """Make the token after `pos` the current one."""
        m = _ELEMENT_TOKEN.match(self.text, pos, self.end)
        if m is None:
            from mliropt.syntax.lexer import lex

            self.kind, self.start, self.stop = lex(self.text, pos, self.end)
            return
        # Every alternative of the pattern is a named group, so `lastgroup` is set.
        kind: str = m.lastgroup  # type: ignore[assignment]
        self.kind = kind
        self.start = m.start(kind)
        self.stop = m.end()

    def consume(self) -> None:
        """Move to the next token."""
        self.advance(self.stop)

    def spelling(self) -> str:
        """The current token's text."""
        return self.text[self.start : self.stop]

    def error(self, message: str) -> ParseError:
        """Upstream's emitError: an error at the current token."""
        return ParseError(self.start, message)

    def expect(self, kind: str, message: str) -> None:
        """Upstream's parseToken: consume a `kind` token, else a wrong-token error."""
        if self.kind != kind:
            from mliropt.syntax.lalr import wrong_token_position

            raise ParseError(wrong_token_position(self.text, self.start, len(self.text)), message)
        self.consume()


class _TensorLiteral:
    """Upstream's TensorLiteralParser: a nested `[...]` list, one element, or (where hex
    is allowed) a hex string. `storage` holds one (negative, kind, start, stop) per
    element token, flat (a complex element is two), `shape` the list's dimensions (empty
    for a single element)."""

    __slots__ = ("ts", "shape", "storage", "hex")

    def __init__(self, ts: _Tokens) -> None:
        self.ts = ts
        self.shape: tuple[int, ...] = ()
        self.storage: list[tuple[bool, str, int, int]] = []
        self.hex: tuple[int, int] | None = None

    def parse(self, allow_hex: bool) -> None:
        """The literal at the current token."""
        ts = self.ts
        if allow_hex and ts.kind == "string":
            self.hex = (ts.start, ts.stop)
            ts.consume()
        elif ts.kind == "l_square":
            self.shape = self._list()
        else:
            self._element()

    def _element(self) -> None:
        ts = self.ts
        kind = ts.kind
        if kind in ("integer", "floatliteral", "string", "kw_true", "kw_false"):
            self.storage.append((False, kind, ts.start, ts.stop))
        elif kind == "minus":
            ts.consume()
            kind = ts.kind
            if kind != "integer" and kind != "floatliteral":
                raise ts.error("expected integer or floating point literal")
            self.storage.append((True, kind, ts.start, ts.stop))
        elif kind == "l_paren":
            ts.consume()
            self._element()
            ts.expect("comma", "expected ',' between complex elements")
            self._element()
            ts.expect("r_paren", "expected ')' after complex elements")
            return
        else:
            raise ts.error("expected element literal of primitive type")
        ts.consume()

    def _list(self) -> tuple[int, ...]:
        ts = self.ts
        ts.consume()  # `[`
        if ts.kind == "r_square":
            ts.consume()
            return (0,)
        dims: tuple[int, ...] | None = None
        size = 0
        while True:
            if ts.kind == "l_square":
                sub = self._list()
            else:
                self._element()
                sub = ()
            size += 1
            if dims is None:
                dims = sub
            elif sub != dims:
                raise ts.error(
                    "tensor literal is invalid; ranks are not consistent between elements"
                )
            if ts.kind != "comma":
                break
            ts.consume()
        ts.expect("r_square", "expected ']'")
        return (size, *dims)

    def get_attr(self, loc: int, t: T.ShapedType) -> A.DenseElementsAttr:
        """Upstream's TensorLiteralParser::getAttr: the literal as an attribute of type `t`
        (errors about the whole literal are reported at `loc`)."""
        et = t.element_type
        complex_et = isinstance(et, T.ComplexType)
        numeric = isinstance(et, (T.IntegerType, T.IndexType, T.FloatType))
        if self.hex is not None and (numeric or complex_et):
            return _hex_attr(self.ts.text, self.hex, loc, t)
        if self.shape and self.shape != t.shape:
            raise ParseError(
                loc,
                f"inferred shape of elements literal ({_shape_text(self.shape)}) "
                f"does not match type ({_shape_text(t.shape)})",
            )
        storage = self.storage
        n = t.num_elements
        if self.hex is None and not storage and n:
            raise ParseError(loc, f"parsed zero elements, but type ('{t}') expected at least 1")
        if complex_et:
            if not self.shape and n and len(storage) != 2:
                raise ParseError(
                    loc, f"parsed {len(storage)} elements, but type ('{et}') expected 2 elements"
                )
            if self.shape and len(storage) != 2 * n:
                raise ParseError(
                    loc,
                    f"parsed {len(storage)} elements, but type ('{t}') expected {2 * n} elements",
                )
            flat = self._values(loc, et.element_type)  # type: ignore[attr-defined]
            values: list = list(zip(flat[0::2], flat[1::2]))
        else:
            values = self._values(loc, et)
        if len(values) != 1 and len(values) != n:
            # Complex pairs given for a non-complex type are read as their two parts
            # (upstream flattens them); upstream takes as many as the type holds.
            if len(values) < n:
                raise ParseError(
                    loc, f"parsed {len(values)} elements, but type ('{t}') expected {n} elements"
                )
            values = values[:n]
        return A.DenseElementsAttr(t, tuple(values))

    def _values(self, loc: int, et: T.Type) -> list:
        if isinstance(et, (T.IntegerType, T.IndexType)):
            return self._int_values(et)
        if isinstance(et, T.FloatType):
            text = self.ts.text
            return [
                float_element(text, et, neg, kind, start, stop)
                for neg, kind, start, stop in self.storage
            ]
        return self._string_values(loc)

    def _int_values(self, et: T.IntegerType | T.IndexType) -> list[int]:
        """Upstream's getIntAttrElements."""
        text = self.ts.text
        width, signed, unsigned = _int_kind(et)
        i1 = et is T.i1
        out = []
        for neg, kind, start, stop in self.storage:
            if neg and unsigned:
                raise ParseError(
                    start, "expected unsigned integer elements, but parsed negative value"
                )
            if kind == "floatliteral":
                raise ParseError(start, "expected integer elements, but parsed floating-point")
            if kind == "kw_true" or kind == "kw_false":
                if not i1:
                    raise ParseError(start, "expected i1 type for 'true' or 'false' values")
                out.append(1 if kind == "kw_true" else 0)
                continue
            bits = build_int(text[start:stop], neg, width, signed)
            if bits is None:
                raise ParseError(start, "integer constant out of range for type")
            out.append(_read_int(bits, width, unsigned or i1))
        return out

    def _string_values(self, loc: int) -> list[str]:
        """Upstream's getStringAttr: any other element type holds strings."""
        text = self.ts.text
        if self.hex is not None:
            start, stop = self.hex
            return [unescape_string(text[start + 1 : stop - 1])]
        out = []
        for _neg, kind, start, stop in self.storage:
            if kind != "string":
                raise ParseError(loc, "expected string token, got " + text[start:stop])
            out.append(unescape_string(text[start + 1 : stop - 1]))
        return out


def _int_kind(et: T.Type) -> tuple[int, bool, bool]:
    """(width, signed or index, unsigned) of an integer or index type."""
    if isinstance(et, T.IndexType):
        return 64, True, False
    assert isinstance(et, T.IntegerType)
    return et.width, et.signedness == 1, et.signedness == 2


def _read_int(bits: int, width: int, unsigned: bool) -> int:
    """A `width`-bit pattern as its type reads it (i1 as 0/1, signless as signed)."""
    if unsigned or not width or not bits >> (width - 1):
        return bits
    return bits - (1 << width)


def build_int(spelling: str, negative: bool, width: int, signed: bool) -> int | None:
    """Upstream's buildAttributeAPInt: the `width`-bit pattern of an integer literal
    (negated when `negative`), or None when it does not fit: a positive value of a
    signed type must leave the sign bit clear, a negated one must set it (so `-0` does
    not fit)."""
    if len(spelling) > 1 and spelling[1] == "x":
        try:
            value = int(spelling, 16)
        except ValueError:
            return None
    elif spelling.isascii() and spelling.isdigit():
        value = int(spelling)
    else:
        return None
    if value.bit_length() > width:
        return None
    if width == 0:
        return None if negative else 0
    if negative:
        value = -value & ((1 << width) - 1)
        return value if value >> (width - 1) else None
    if signed and value >> (width - 1):
        return None
    return value


def float_element(text: str, et: T.FloatType, neg: bool, kind: str, start: int, stop: int) -> int:
    """Upstream's parseFloatFromLiteral: the bits of a float literal token (a decimal
    float read as a double; a hexadecimal integer is the bit pattern)."""
    from mliropt.ir import apfloat

    spelling = text[start:stop]
    if kind == "floatliteral":
        value = -float(spelling) if neg else float(spelling)
        native = _NATIVE_FLOATS.get(et.kind)
        if native is not None:
            # The machine's double -> float conversion rounds to nearest-even as
            # APFloat::convert does; on overflow (to infinity) struct raises instead.
            try:
                return native[1].unpack(native[0].pack(value))[0]
            except OverflowError:
                pass
        return apfloat.from_python(et.kind, value)
    if kind != "integer":
        raise ParseError(start, "expected floating point literal")
    if not (len(spelling) > 1 and spelling[1] == "x"):
        err = ParseError(start, "unexpected decimal integer literal for a floating point value")
        err.notes.append((start, "add a trailing dot to make the literal a float"))
        raise err
    if neg:
        raise ParseError(start, "hexadecimal float literal should not have a leading minus")
    bits = int(spelling, 16)
    if bits.bit_length() > et.width:
        raise ParseError(start, "hexadecimal float constant out of range for type")
    return bits


def _hex_attr(text: str, span: tuple[int, int], loc: int, t: T.ShapedType) -> A.DenseElementsAttr:
    """Upstream's getHexAttr: the raw little-endian bytes of the elements (or of one, a
    splat); i1 elements are bit-packed."""
    start, stop = span
    body = text[start + 1 : stop - 1]
    if not body.startswith("0x") or not _HEX_DIGITS.fullmatch(body, 2):
        raise ParseError(start, "expected string containing hex digits starting with `0x`")
    data = bytes.fromhex(body[2:])
    et = t.element_type
    inner = et.element_type if isinstance(et, T.ComplexType) else et
    bits = _storage_width(inner)
    width = 2 * bits if inner is not et else bits
    n = t.num_elements
    if width == 1:
        if len(data) == 1 and data[0] in (0, 0xFF):
            return A.DenseElementsAttr(t, (data[0] & 1,))
        if len(data) * 8 != (n + 7) // 8 * 8:
            raise ParseError(loc, f"elements hex data size is invalid for provided type: '{t}'")
        return A.DenseElementsAttr(t, tuple((data[i >> 3] >> (i & 7)) & 1 for i in range(n)))
    if len(data) * 8 != width and len(data) * 8 != width * n:
        raise ParseError(loc, f"elements hex data size is invalid for provided type: '{t}'")
    raw = _unpack(data, bits, inner)
    if inner is not et:
        return A.DenseElementsAttr(t, tuple(zip(raw[0::2], raw[1::2])))
    return A.DenseElementsAttr(t, tuple(raw))


def _storage_width(et: T.Type) -> int:
    """Upstream's getDenseElementBitWidth: 1 for i1, else the width rounded up to bytes."""
    if isinstance(et, T.IndexType):
        return 64
    width = et.width  # type: ignore[attr-defined]
    return 1 if width == 1 else (width + 7) // 8 * 8


def _unpack(data: bytes, bits: int, et: T.Type) -> list[int]:
    """Elements of `bits` bits each, as `et` reads them."""
    nbytes = bits // 8
    if isinstance(et, T.FloatType):
        width, unsigned = et.width, True
    else:
        width, _signed, unsigned = _int_kind(et)
    fmt = _STRUCT_FORMATS.get(nbytes)
    if fmt is not None and width == bits:  # whole bytes: read with the type's signedness
        return [v for (v,) in struct.iter_unpack("<" + (fmt.upper() if unsigned else fmt), data)]
    mask = (1 << width) - 1
    return [
        _read_int(int.from_bytes(data[i : i + nbytes], "little") & mask, width, unsigned)
        for i in range(0, len(data), nbytes)
    ]


def _shape_text(shape: tuple[int, ...] | list[int]) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"


def _elements_type(loc: int, t: T.Type) -> T.ShapedType:
    """Upstream's parseElementsLiteralType: a shaped type of static shape."""
    if not isinstance(t, T.ShapedType):
        raise ParseError(loc, "elements literal must be a shaped type")
    if not t.has_rank or not t.has_static_shape:
        raise ParseError(loc, "elements literal type must have static shape")
    return t


def check_elements_literal(text: str, pos: int, end: int, sparse: bool) -> None:
    """Parse the literal of `dense<` / `sparse<` at `pos` up to its `>` (raises
    upstream's error when it is malformed)."""
    ts = _Tokens(text, pos, end)
    if ts.kind == "greater":
        return
    _TensorLiteral(ts).parse(allow_hex=not sparse)
    if sparse:
        ts.expect("comma", "expected ','")
        _TensorLiteral(ts).parse(allow_hex=True)
    ts.expect("greater", "expected '>'")


def parse_dense_body(
    parser: Any, text: str, pos: int, t: T.Type, type_pos: int = -1
) -> A.Attribute:
    """`dense<...> : type` (the token `text` at `pos`), with upstream's checks; errors
    about the type are reported at `dense`, as upstream's (`type_pos` is not used)."""
    ts = _Tokens(parser.text, pos + text.index("<") + 1, pos + len(text))
    literal = _TensorLiteral(ts)
    if ts.kind == "greater":
        ts.consume()
    else:
        literal.parse(allow_hex=True)
        ts.expect("greater", "expected '>'")
    return literal.get_attr(pos, _elements_type(pos, t))


def parse_sparse_body(
    parser: Any, text: str, pos: int, t: T.Type, type_pos: int = -1
) -> A.Attribute:
    """`sparse<indices, values> : type`, as upstream's parseSparseElementsAttr."""
    ts = _Tokens(parser.text, pos + text.index("<") + 1, pos + len(text))
    if ts.kind == "greater":  # no non-zero elements
        st = _elements_type(pos, t)
        return A.SparseElementsAttr(
            st,
            A.DenseElementsAttr(T.RankedTensorType((0, st.rank), T.i64), ()),
            A.DenseElementsAttr(T.RankedTensorType((0,), st.element_type), ()),
        )
    indices_pos = ts.start
    indices = _TensorLiteral(ts)
    indices.parse(allow_hex=False)
    ts.expect("comma", "expected ','")
    values_pos = ts.start
    values = _TensorLiteral(ts)
    values.parse(allow_hex=True)
    ts.expect("greater", "expected '>'")
    st = _elements_type(pos, t)
    # One index (a single element, not a list) is an index of every dimension.
    indices_type = T.RankedTensorType(indices.shape or (1, st.rank), T.i64)
    indices_attr = indices.get_attr(indices_pos, indices_type)
    values_type = T.RankedTensorType(values.shape or (indices_type.shape[0],), st.element_type)
    values_attr = values.get_attr(values_pos, values_type)
    _verify_sparse(pos, st, indices_attr, values_attr)
    return A.SparseElementsAttr(st, indices_attr, values_attr)


def _verify_sparse(
    loc: int, t: T.ShapedType, indices: A.DenseElementsAttr, values: A.DenseElementsAttr
) -> None:
    """Upstream's SparseElementsAttr::verify."""
    vshape = values.type.shape
    if len(vshape) != 1:
        raise ParseError(loc, "expected 1-d tensor for sparse element values")
    ishape = indices.type.shape
    rank = t.rank
    if (
        (len(ishape) == 2 and ishape[1] != rank)
        or (len(ishape) != 2 and (len(ishape) != 1 or rank != 1))
        or ishape[0] != vshape[0]
    ):
        raise ParseError(
            loc,
            f"expected shape ({_shape_text(t.shape)}); inferred shape of indices literal "
            f"({_shape_text(ishape)}); inferred shape of values literal ({_shape_text(vshape)})",
        )
    flat = [v & ((1 << 64) - 1) for v in indices.elements()]
    count = 1 if indices.splat else ishape[0]
    for i in range(count):
        index = [flat[0]] * rank if indices.splat else flat[i * rank : (i + 1) * rank]
        if len(index) != rank or any(d >= size for d, size in zip(index, t.shape)):
            raise ParseError(
                loc,
                f"sparse index #{i} is not contained within the value shape, with "
                f"index=[{', '.join(map(str, index))}], and type='{t}'",
            )


def parse_array_body(parser: Any, text: str, pos: int) -> A.Attribute:
    """`array<i32: 1, 2>` / `array<f32>`, as upstream's parseDenseArrayAttr."""
    from mliropt.syntax.lexer import skip_trivia
    from mliropt.syntax.scanners import scan_type

    src = parser.text
    end = pos + len(text)
    i = skip_trivia(src, pos + text.index("<") + 1, end)
    tend = scan_type(src, i, end - 1)
    et = parser.type_of(src[i:tend], i)
    # Upstream also takes index, then fails on its bit width (a crash in release builds).
    if not isinstance(et, (T.IntegerType, T.FloatType)):
        raise ParseError(i, "expected integer or float type, got: " + str(et))
    if et is not T.i1 and et.width % 8:
        raise ParseError(i, "element type bitwidth must be a multiple of 8")
    ts = _Tokens(src, tend, end)
    if ts.kind == "greater":
        return A.DenseArrayAttr(et, ())
    ts.expect("colon", "expected ':' after dense array type")
    element = _array_int if isinstance(et, T.IntegerType) else _array_float
    values = []
    while True:
        values.append(element(ts, et))
        if ts.kind != "comma":
            break
        ts.consume()
    ts.expect("greater", "expected '>' to close an array attribute")
    return A.DenseArrayAttr(et, tuple(values))


def _array_int(ts: _Tokens, et: Any) -> int:
    """Upstream's DenseArrayElementParser::parseIntegerElement (its errors are at the
    token after a consumed literal)."""
    neg = ts.kind == "minus"
    if neg:
        ts.consume()
    kind = ts.kind
    if kind == "kw_true" or kind == "kw_false":
        if et is not T.i1:
            raise ts.error("expected i1 type for 'true' or 'false' values")
        ts.consume()
        return 1 if kind == "kw_true" else 0
    if kind != "integer":
        raise ts.error("expected integer literal")
    spelling = ts.spelling()
    ts.consume()
    if et is T.i1:
        raise ts.error("expected 'true' or 'false' values for i1 type")
    width, signed, unsigned = _int_kind(et)
    bits = build_int(spelling, neg, width, signed)
    if bits is None:
        raise ts.error("integer constant out of range")
    return _read_int(bits, width, unsigned)


def _array_float(ts: _Tokens, et: Any) -> int:
    """Upstream's DenseArrayElementParser::parseFloatElement."""
    neg = ts.kind == "minus"
    if neg:
        ts.consume()
    bits = float_element(ts.text, et, neg, ts.kind, ts.start, ts.stop)
    ts.consume()
    return bits
