"""Printing of types, attributes and locations, with aliases, as upstream prints them."""

from __future__ import annotations

from typing import Any, Protocol

from mliropt.ir import attributes as A
from mliropt.ir import types as T

# Upstream prints a non-splat elements attribute as a hex blob above this many elements.
HEX_THRESHOLD = 100


class AliasLookup(Protocol):
    """The aliases the printer consults: `get(obj)` is the alias text, or None."""

    def get(self, obj: Any, default: Any = None) -> Any: ...


class AttrPrinter:
    """Prints types and attributes; aliased objects print as their alias (`#map`)."""

    def __init__(
        self, aliases: AliasLookup | None = None, elide_elements_above: int | None = None,
        debuginfo: bool = False,
    ) -> None:
        self.aliases: AliasLookup = aliases or {}
        self.elide_above = elide_elements_above
        self.debuginfo = debuginfo
        self.pretty_loc = False  # locations in `--mlir-pretty-debuginfo` form
        self.used_resources: dict[str, None] = {}  # dense_resource handles, in print order
        # Texts of types printed before: `_types` those printed in full, which generated
        # format printers read directly; `_aliased_types` those that are an alias.
        self._types: dict[T.Type, str] = {}
        self._aliased_types: dict[T.Type, str] = {}
        self._attrs: dict[A.Attribute, str] = {}
        # `functional_type` texts without an alias, by their input and result types.
        self._functional_types: dict[tuple, str] = {}
        # `name = value` texts of dictionary entries whose value is not an alias.
        self._entries: dict[tuple[str, A.Attribute], str] = {}
        self._distinct: dict[Any, int] = {}

    # ----------------------------------------------------------------- types

    def type(self, t: T.Type) -> str:
        """The text of a type (its alias when it has one)."""
        text = self._types.get(t)
        if text is not None:
            return text
        text = self._aliased_types.get(t)
        if text is not None:
            self.aliases.get(t)  # a repeated visit still links it to an enclosing alias
            return text
        alias = self.aliases.get(t)
        text = alias if alias is not None else t.print_body(self)
        if text[0] == "\x01":
            self._aliased_types[t] = text
        else:
            self._types[t] = text
        return text

    def type_body(self, t: T.Type) -> str:
        """The full text of a type, ignoring its own alias (for alias definitions)."""
        return t.print_body(self)

    def result_types(self, types: tuple[T.Type, ...] | list[T.Type]) -> str:
        """Results of a function type: `i32` or `(i32, f32)`; a function result is wrapped."""
        if len(types) == 1 and not isinstance(types[0], T.FunctionType):
            return self.type(types[0])
        return "(" + ", ".join([self.type(t) for t in types]) + ")"

    def functional_type(self, inputs: Any, results: Any) -> str:
        """`(inputs) -> results`."""
        key = (tuple(inputs), tuple(results))
        text = self._functional_types.get(key)
        if text is None:
            ins = ", ".join([self.type(t) for t in inputs])
            text = f"({ins}) -> {self.result_types(results)}"
            if "\x01" not in text:  # an alias is visited again each time
                self._functional_types[key] = text
        return text

    # ----------------------------------------------------------------- attributes

    def attr(self, a: A.Attribute) -> str:
        """The text of an attribute (its alias when it has one)."""
        text = self._attrs.get(a)
        if text is None:
            alias = self.aliases.get(a)
            text = alias if alias is not None else a.print_body(self)
            self._attrs[a] = text
        elif text[0] == "\x01":
            self.aliases.get(a)  # a repeated visit still links it to an enclosing alias
        return text

    def attr_body(self, a: A.Attribute) -> str:
        """The full text of an attribute, ignoring its own alias (for alias definitions)."""
        return a.print_body(self)

    def attr_elided(self, a: A.Attribute) -> str:
        """An attribute where an i64/f64 type is implied (array elements)."""
        alias = self.aliases.get(a)
        if alias is not None:
            return alias
        return a.print_elided(self)

    def attr_dict_entries(self, entries: Any) -> str:
        """`a = 1 : i64, b` (sorted input)."""
        cache = self._entries
        out = []
        for entry in entries:
            text = cache.get(entry) if entry.__class__ is tuple else None
            if text is None:
                name, value = entry
                key = print_attr_name(name)
                if isinstance(value, A.UnitAttr):
                    text = key
                else:
                    value_text = self.attr(value)
                    text = f"{key} = {value_text}"
                    if value_text[:1] == "\x01":  # an alias: visited again each time
                        out.append(text)
                        continue
                if entry.__class__ is tuple:
                    cache[entry] = text
            out.append(text)
        return ", ".join(out)

    def dict_entries(self, d: dict) -> str:
        """`attr_dict_entries` of a dict of attributes, sorted by name."""
        if len(d) == 1:
            for entry in d.items():
                text = self._entries.get(entry)
                if text is not None:
                    return text
            return self.attr_dict_entries(list(d.items()))
        return self.attr_dict_entries(sorted(d.items(), key=_by_name))

    def loc_inner(self, loc: Any) -> str:
        """A location nested in another: its alias, or its text without `loc(...)`."""
        alias = self.aliases.get(loc)
        if alias is not None:
            return alias
        return loc.print_inner(self)

    def distinct_id(self, attr: Any) -> str:
        """Distinct attributes are numbered in the order they appear in the output text
        (alias definitions first); a placeholder now, renumbered by `number_distinct`."""
        n = self._distinct.get(attr)
        if n is None:
            n = self._distinct[attr] = len(self._distinct)
        return f"\x03{n}\x04"

    def number_distinct(self, text: str) -> str:
        """Replace distinct placeholders by ids in order of first appearance."""
        if "\x03" not in text:
            return text
        import re

        ids: dict[str, int] = {}

        def repl(m: Any) -> str:
            key = m.group(1)
            if key not in ids:
                ids[key] = len(ids)
            return str(ids[key])

        return re.sub("\x03(\\d+)\x04", repl, text)

    # ----------------------------------------------------------------- elements

    def dense_body(self, attr: A.DenseElementsAttr) -> str:
        """The text between `dense<` and `>`."""
        t = attr.type
        et = t.element_type
        if attr.splat:
            return self._element(attr.values[0], et)
        values = attr.values
        if not values:
            return ""
        if (
            len(values) > HEX_THRESHOLD
            and isinstance(et, (T.IntegerType, T.FloatType, T.IndexType))
            and et is not T.i1
        ):
            return '"0x' + _hex(values, et) + '"'
        shape = t.shape
        texts = [self._element(v, et) for v in values]
        return _nest(texts, list(shape))

    def _element(self, v: Any, et: T.Type) -> str:
        if isinstance(et, T.FloatType):
            from mliropt.ir import apfloat

            return apfloat.format_float(et.kind, v)
        if isinstance(et, T.ComplexType):
            inner = et.element_type
            return f"({self._element(v[0], inner)},{self._element(v[1], inner)})"
        if et is T.i1:
            return "true" if v else "false"
        if isinstance(v, str):
            return A.escape_string(v)
        return str(v)


def _by_name(kv: tuple) -> str:
    return kv[0]


def _nest(texts: list[str], shape: list[int]) -> str:
    if not shape:
        return texts[0]
    if len(shape) == 1:
        return "[" + ", ".join(texts) + "]"
    step = len(texts) // shape[0] if shape[0] else 0
    parts = [_nest(texts[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])]
    return "[" + ", ".join(parts) + "]"


def _hex(values: tuple, et: T.Type) -> str:
    width = 64 if isinstance(et, T.IndexType) else et.width  # type: ignore[attr-defined]
    nbytes = (width + 7) // 8
    mask = (1 << (nbytes * 8)) - 1
    return b"".join((v & mask).to_bytes(nbytes, "little") for v in values).hex().upper()


_BARE_NAME = None


_ATTR_NAMES: dict[str, str] = {}


def print_attr_name(name: str) -> str:
    """An attribute name: bare when it is an identifier, else a quoted string."""
    text = _ATTR_NAMES.get(name)
    if text is not None:
        return text
    global _BARE_NAME
    if _BARE_NAME is None:
        import re

        _BARE_NAME = re.compile(r"[A-Za-z_][\w$.]*\Z").match
    text = name if _BARE_NAME(name) else A.escape_string(name)
    if len(_ATTR_NAMES) < 4096:  # names are few; a bound keeps odd inputs from growing it
        _ATTR_NAMES[name] = text
    return text


_DEFAULT: AttrPrinter | None = None


class _StrPrinter(AttrPrinter):
    """The printer of `str(type)` / `str(attr)`: no aliases, distinct ids from 0."""

    def attr(self, a: A.Attribute) -> str:
        return self.number_distinct(super().attr(a))

    def type(self, t: T.Type) -> str:
        text = self._types.get(t)  # most types: printed before, no distinct attribute
        if text is None or "\x03" in text:
            return self.number_distinct(super().type(t))
        return text


def default_printer() -> AttrPrinter:
    """A printer without aliases (for `str(type)` and `str(attr)`)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = _StrPrinter()
    return _DEFAULT
