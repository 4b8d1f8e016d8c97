"""Builtin attributes of MLIR's LangRef; each is immutable and uniqued."""

from __future__ import annotations

import itertools
from typing import Any, ClassVar

from mliropt.ir.types import (
    DYNAMIC,
    FloatType,
    IndexType,
    IntegerType,
    ShapedType,
    Type,
    _str_printer,
    f64,
    i1,
    i64,
)
from mliropt.ir.uniqued import Uniqued


class Attribute(Uniqued):
    """Base of every attribute."""

    __slots__ = ()
    dialect: ClassVar[str] = "builtin"

    def __str__(self) -> str:
        return _str_printer().attr(self)  # type: ignore[no-any-return]

    def print_body(self, p: Any) -> str:
        """The text of this attribute, using `p.type`/`p.attr` for nested parts."""
        raise NotImplementedError(type(self).__name__)

    def print_elided(self, p: Any) -> str:
        """The text where a default type may be elided (inside arrays); most attrs: the same."""
        return self.print_body(p)


class TypedAttr(Attribute):
    """An attribute with a type (`7 : i32`)."""

    __slots__ = ()
    type: Type


class UnitAttr(Attribute):
    """`unit`: presence-only attribute."""

    __slots__ = ()

    def print_body(self, p: Any) -> str:
        return "unit"


def wrap_int(value: int, width: int, signed: bool) -> int:
    """`value` truncated to `width` bits, read back as signed or unsigned."""
    if width == 0:
        return 0
    value &= (1 << width) - 1
    if signed and value >> (width - 1):
        value -= 1 << width
    return value


class IntegerAttr(TypedAttr):
    """An integer of an integer or index type; `value` is stored as the type reads it."""

    __slots__ = ("type", "value")
    _fields = ("type", "value")
    value: int

    def __new__(cls, type: Type, value: int) -> Any:
        # Normalise to the type's range: signless/signed wrap as two's complement (upstream
        # prints signless integers as signed), unsigned as non-negative.
        if isinstance(type, IntegerType):
            value = wrap_int(value, type.width, type.signedness != 2)
        elif isinstance(type, IndexType):
            value = wrap_int(value, 64, True)
        return super().__new__(cls, type, value)

    def print_body(self, p: Any) -> str:
        if self.type is i1:
            return "true" if self.value else "false"
        return f"{self.value} : {p.type(self.type)}"

    def print_elided(self, p: Any) -> str:
        if self.type is i64:
            return str(self.value)
        return self.print_body(p)

    def print_value(self) -> str:
        """The literal without its type."""
        if self.type is i1:
            return "true" if self.value else "false"
        return str(self.value)


def BoolAttr(value: bool) -> IntegerAttr:  # noqa: N802 - mirrors upstream's BoolAttr
    """`true` / `false`: an i1 integer attribute."""
    return IntegerAttr(i1, 1 if value else 0)


class FloatAttr(TypedAttr):
    """A float of a float type, stored as its exact bit pattern."""

    __slots__ = ("type", "bits", "_value")
    _fields = ("type", "bits")
    bits: int
    type: FloatType
    _value: float | None

    def _post_init(self) -> None:
        object.__setattr__(self, "_value", None)

    @classmethod
    def get(cls, type: FloatType, value: float) -> FloatAttr:
        """The attribute of the float nearest to `value`, rounded to nearest even."""
        from mliropt.ir import apfloat

        return cls(type, apfloat.from_python(type.kind, value))

    @property
    def value(self) -> float:
        """The value as a Python float (nan/inf included)."""
        value = self._value
        if value is None:
            from mliropt.ir import apfloat

            value = apfloat.to_python_float(self.type.kind, self.bits)
            object.__setattr__(self, "_value", value)
        return value

    def print_value(self) -> str:
        """The literal without its type."""
        from mliropt.ir import apfloat

        return apfloat.format_float(self.type.kind, self.bits)

    def print_body(self, p: Any) -> str:
        return f"{self.print_value()} : {p.type(self.type)}"

    def print_elided(self, p: Any) -> str:
        if self.type is f64:
            return self.print_value()
        return self.print_body(p)


_NEEDS_ESCAPE = None


def escape_string(value: str) -> str:
    """Quote a string as upstream prints it: printable ASCII kept, other bytes as `\\XX`."""
    global _NEEDS_ESCAPE
    if _NEEDS_ESCAPE is None:
        import re

        _NEEDS_ESCAPE = re.compile(r'[^\x20-\x7e]|["\\]').search
    if _NEEDS_ESCAPE(value) is None:
        return '"' + value + '"'
    data = value.encode("utf-8", "surrogateescape")
    out = ['"']
    for b in data:
        if b == 0x5C:
            out.append("\\\\")
        elif 0x20 <= b < 0x7F and b != 0x22:
            out.append(chr(b))
        else:
            out.append(f"\\{b:02X}")
    out.append('"')
    return "".join(out)


class StringAttr(TypedAttr):
    """`"text"` or `"text" : type`; the value holds the bytes decoded with surrogateescape."""

    __slots__ = ("value", "type")
    _fields = ("value", "type")
    value: str
    type: Type | None  # type: ignore[assignment]

    def __new__(cls, value: str, type: Type | None = None) -> Any:
        return super().__new__(cls, value, type)

    def print_body(self, p: Any) -> str:
        text = escape_string(self.value)
        if self.type is not None:
            text += " : " + p.type(self.type)
        return text


class ArrayAttr(Attribute):
    """`[a, b, c]`."""

    __slots__ = ("value",)
    _fields = ("value",)
    value: tuple[Attribute, ...]

    def __new__(cls, value: tuple[Attribute, ...] | list[Attribute] = ()) -> Any:
        return super().__new__(cls, tuple(value))

    def print_body(self, p: Any) -> str:
        return "[" + ", ".join(p.attr_elided(a) for a in self.value) + "]"

    def __len__(self) -> int:
        return len(self.value)

    def __iter__(self) -> Any:
        return iter(self.value)

    def __getitem__(self, i: int) -> Attribute:
        return self.value[i]


class DictionaryAttr(Attribute):
    """`{a = 1, b}`: entries kept sorted by name, as upstream does."""

    __slots__ = ("entries", "_map")
    _fields = ("entries",)
    entries: tuple[tuple[str, Attribute], ...]
    _map: dict[str, Attribute]

    def __new__(cls, entries: Any = ()) -> Any:
        if isinstance(entries, dict):
            entries = entries.items()
        return super().__new__(cls, tuple(sorted(entries, key=lambda kv: kv[0])))

    def _post_init(self) -> None:
        object.__setattr__(self, "_map", dict(self.entries))

    def get(self, name: str) -> Attribute | None:
        """The value of `name`, or None."""
        return self._map.get(name)

    def as_dict(self) -> dict[str, Attribute]:
        """A fresh mutable dict of the entries."""
        return dict(self.entries)

    def print_body(self, p: Any) -> str:
        return "{" + p.attr_dict_entries(self.entries) + "}"


class TypeAttr(Attribute):
    """A type used as an attribute."""

    __slots__ = ("value",)
    _fields = ("value",)
    value: Type

    def print_body(self, p: Any) -> str:
        return p.type(self.value)


_BARE_SYMBOL = None


def print_symbol_name(name: str) -> str:
    """`@name`, quoted when the name is not a bare identifier."""
    global _BARE_SYMBOL
    if _BARE_SYMBOL is None:
        import re

        _BARE_SYMBOL = re.compile(r"[A-Za-z_][\w$.]*\Z").match
    if _BARE_SYMBOL(name):
        return "@" + name
    return "@" + escape_string(name)


class SymbolRefAttr(Attribute):
    """`@root::@nested`; a flat reference has no nested parts."""

    __slots__ = ("root", "nested")
    _fields = ("root", "nested")
    root: str
    nested: tuple[str, ...]

    def __new__(cls, root: str, nested: tuple[str, ...] = ()) -> Any:
        return super().__new__(cls, root, tuple(nested))

    def print_body(self, p: Any) -> str:
        return "::".join(print_symbol_name(n) for n in (self.root, *self.nested))

    @property
    def leaf(self) -> str:
        """The last name in the path."""
        return self.nested[-1] if self.nested else self.root


def FlatSymbolRefAttr(name: str) -> SymbolRefAttr:  # noqa: N802 - mirrors upstream
    """A symbol reference without nested names."""
    return SymbolRefAttr(name, ())


class DenseElementsAttr(TypedAttr):
    """`dense<...>` of ints, floats (bit patterns), complex pairs or strings.

    `values` is a flat tuple in row-major order, or a single element when `splat`.
    Integers are stored as the element type reads them; floats as bit patterns;
    complex elements as (real, imag) pairs of those.
    """

    __slots__ = ("type", "values", "splat")
    _fields = ("type", "values", "splat")
    type: ShapedType
    values: tuple
    splat: bool

    def __new__(cls, type: ShapedType, values: tuple) -> Any:
        values = tuple(values)
        # Upstream detects splats on construction: dense<[1, 1]> prints as dense<1>.
        splat = bool(values) and (len(values) == 1 or values.count(values[0]) == len(values))
        if splat:
            values = values[:1]
        return super().__new__(cls, type, values, bool(splat))

    def elements(self) -> tuple:
        """All elements, a splat expanded."""
        if self.splat:
            return self.values * self.type.num_elements
        return self.values

    def to_numpy(self) -> Any:
        """The elements as a numpy array of the attribute's shape (floats decoded)."""
        import numpy as np

        from mliropt.ir import apfloat

        et = self.type.element_type
        vals = self.elements()
        if isinstance(et, FloatType):
            vals = tuple(apfloat.to_python_float(et.kind, b) for b in vals)
            return np.array(vals, dtype=np.float64).reshape(self.type.shape)
        return np.array(vals, dtype=object).reshape(self.type.shape)

    def print_body(self, p: Any) -> str:
        if _elided(p, self):
            return f"dense_resource<__elided__> : {p.type(self.type)}"
        return f"dense<{p.dense_body(self)}> : {p.type(self.type)}"


def _elided(p: Any, attr: DenseElementsAttr) -> bool:
    """Upstream's shouldElideElementsAttr: `--mlir-elide-elementsattrs-if-larger=N` prints
    a non-splat elements attribute of more than N elements as `dense_resource<__elided__>`."""
    limit = getattr(p, "elide_above", None)
    return limit is not None and limit < attr.type.num_elements and not attr.splat


class DenseResourceElementsAttr(TypedAttr):
    """`dense_resource<handle> : type`: elements stored in the file's resource section."""

    __slots__ = ("type", "handle")
    _fields = ("type", "handle")
    handle: str

    def print_body(self, p: Any) -> str:
        used = getattr(p, "used_resources", None)
        if used is not None:
            used.setdefault(self.handle)  # the blobs printed in the resource section
        return f"dense_resource<{self.handle}> : {p.type(self.type)}"


class SparseElementsAttr(TypedAttr):
    """`sparse<indices, values> : type`."""

    __slots__ = ("type", "indices", "values")
    _fields = ("type", "indices", "values")
    indices: DenseElementsAttr
    values: DenseElementsAttr

    def print_body(self, p: Any) -> str:
        if _elided(p, self.indices) or _elided(p, self.values):
            return f"dense_resource<__elided__> : {p.type(self.type)}"
        body = f"{p.dense_body(self.indices)}, {p.dense_body(self.values)}"
        return f"sparse<{body}> : {p.type(self.type)}"


class DenseArrayAttr(Attribute):
    """`array<i32: 1, 2>`: a one-dimensional array of ints (or float bit patterns)."""

    __slots__ = ("element_type", "values")
    _fields = ("element_type", "values")
    element_type: Type
    values: tuple

    def __new__(cls, element_type: Type, values: tuple = ()) -> Any:
        return super().__new__(cls, element_type, tuple(values))

    def print_body(self, p: Any) -> str:
        et = self.element_type
        if not self.values:
            return f"array<{p.type(et)}>"
        return f"array<{p.type(et)}: {self.print_values()}>"

    def print_values(self) -> str:
        """The comma-separated elements, as in `[1, 2]` of a custom format."""
        et = self.element_type
        if isinstance(et, FloatType):
            from mliropt.ir import apfloat

            return ", ".join(apfloat.format_float(et.kind, b) for b in self.values)
        if et is i1:
            return ", ".join("true" if v else "false" for v in self.values)
        return ", ".join(str(v) for v in self.values)

    def __len__(self) -> int:
        return len(self.values)


class AffineMapAttr(Attribute):
    """`affine_map<(d0) -> (d0)>`."""

    __slots__ = ("value",)
    _fields = ("value",)
    value: Any  # mliropt.ir.affine.AffineMap

    def print_body(self, p: Any) -> str:
        return f"affine_map<{self.value}>"


class IntegerSetAttr(Attribute):
    """`affine_set<(d0) : (d0 >= 0)>`."""

    __slots__ = ("value",)
    _fields = ("value",)
    value: Any  # mliropt.ir.affine.IntegerSet

    def print_body(self, p: Any) -> str:
        return f"affine_set<{self.value}>"


def _dim_text(v: int) -> str:
    return "?" if v == DYNAMIC else str(v)


class StridedLayoutAttr(Attribute):
    """`strided<[s0, s1], offset: o>`; dynamic values are `DYNAMIC` and print as `?`."""

    __slots__ = ("offset", "strides")
    _fields = ("offset", "strides")
    offset: int
    strides: tuple[int, ...]

    def __new__(cls, offset: int, strides: tuple[int, ...]) -> Any:
        return super().__new__(cls, offset, tuple(strides))

    def print_body(self, p: Any) -> str:
        text = "strided<[" + ", ".join(_dim_text(s) for s in self.strides) + "]"
        if self.offset != 0:
            text += f", offset: {_dim_text(self.offset)}"
        return text + ">"


class OpaqueAttr(Attribute):
    """`#dialect.sym` / `#dialect<sym>` of an unregistered dialect, kept verbatim."""

    __slots__ = ("dialect_name", "sym", "type")
    _fields = ("dialect_name", "sym", "type")
    dialect_name: str
    sym: str
    type: Type | None

    def __new__(cls, dialect_name: str, sym: str, type: Type | None = None) -> Any:
        return super().__new__(cls, dialect_name, sym, type)

    def print_body(self, p: Any) -> str:
        from mliropt.syntax.dialect_syntax import is_pretty

        if is_pretty(self.sym):
            text = f"#{self.dialect_name}.{self.sym}"
        else:
            text = f"#{self.dialect_name}<{self.sym}>"
        if self.type is not None:
            text += " : " + p.type(self.type)
        return text


class DistinctAttr(Attribute):
    """`distinct[N]<attr>`: unique per creation, numbered in print order."""

    __slots__ = ("uid", "referenced")
    _fields = ("uid", "referenced")
    uid: int
    referenced: Attribute

    def print_body(self, p: Any) -> str:
        ref = self.referenced
        inner = "" if isinstance(ref, UnitAttr) else p.attr(ref)
        return f"distinct[{p.distinct_id(self)}]<{inner}>"

    @classmethod
    def create(cls, referenced: Attribute) -> DistinctAttr:
        """A new distinct attribute, different from every other (DistinctAttr::create)."""
        return cls(next(_DISTINCT_IDS), referenced)


_DISTINCT_IDS = itertools.count()


class DialectAttr(Attribute):
    """Base of attributes defined by dialects: `#dialect.mnemonic<params>`."""

    __slots__ = ()
    name: ClassVar[str] = ""  # the mnemonic

    def print_params(self, p: Any) -> str:
        """The text after the mnemonic (e.g. `<...>`), empty when there are no parameters."""
        return ""

    def print_body(self, p: Any) -> str:
        return f"#{self.dialect}.{self.name}{self.print_params(p)}"


unit = UnitAttr()
true_attr = BoolAttr(True)
false_attr = BoolAttr(False)
