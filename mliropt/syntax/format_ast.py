"""The assembly-format language of MLIR ODS: tokenizer, AST and checks.

`parse_format(op_cls)` turns an op's `assembly_format` string into a list of elements,
checking that every `$name` is a declared part of the op (STYLE point 2).
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.ir.opdef import Attr, Operand, RegionDef, Result, SuccessorDef


class FormatError(TypeError):
    """A malformed assembly format, reported when the op's format is compiled."""


class _Element:
    """A format element: plain slots set by its constructor, compared and shown by
    value. (Not dataclasses: generating their methods cost 2-4 ms at every start.)"""

    __slots__: tuple[str, ...] = ()
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(
            getattr(self, n) == getattr(other, n) for n in self.__slots__
        )

    def __repr__(self) -> str:
        args = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__name__}({args})"


class Lit(_Element):
    """A literal keyword or punctuation: `` `to` ``, `` `,` ``."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value


class Space(_Element):
    """`` ` ` `` (a space), `` `` `` (no space) or `` `\\n` ``."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value


class Var(_Element):
    """`$name`: an operand, attribute, region or successor."""

    __slots__ = ("part", "role")

    def __init__(self, part: Any, role: str) -> None:
        self.part = part
        self.role = role  # operand | attr | region | successor | result

    @property
    def name(self) -> str:
        """The declared name."""
        return self.part.name  # type: ignore[no-any-return]


class TypeDir(_Element):
    """`type($x)` / `qualified(type($x))`; target is a Var or `operands` / `results`."""

    __slots__ = ("target", "qualified")

    def __init__(self, target: Any, qualified: bool = False) -> None:
        self.target = target
        self.qualified = qualified


class FuncTypeDir(_Element):
    """`functional-type(inputs, results)`."""

    __slots__ = ("inputs", "results")

    def __init__(self, inputs: Any, results: Any) -> None:
        self.inputs = inputs
        self.results = results


class AttrDict(_Element):
    """`attr-dict` or `attr-dict-with-keyword`."""

    __slots__ = ("with_keyword",)

    def __init__(self, with_keyword: bool) -> None:
        self.with_keyword = with_keyword


class PropDict(_Element):
    """`prop-dict`."""

    __slots__ = ()


class AllOperands(_Element):
    """`operands`."""

    __slots__ = ()


class AllResults(_Element):
    """`results` (only inside type directives)."""

    __slots__ = ()


class AllRegions(_Element):
    """`regions`."""

    __slots__ = ()


class AllSuccessors(_Element):
    """`successors`."""

    __slots__ = ()


class Custom(_Element):
    """`custom<Name>(args)`."""

    __slots__ = ("name", "args")

    def __init__(self, name: str, args: list) -> None:
        self.name = name
        self.args = args


class RefDir(_Element):
    """`ref($x)` inside custom directive arguments."""

    __slots__ = ("target",)

    def __init__(self, target: Any) -> None:
        self.target = target


class OptionalGroup(_Element):
    """`(then...)^?` with an optional `: (else...)`."""

    __slots__ = ("then", "anchor", "else_")

    def __init__(self, then: list, anchor: Any, else_: list | None = None) -> None:
        self.then = then
        self.anchor = anchor
        self.else_ = [] if else_ is None else else_


_TOKEN = re.compile(
    r"\s*(?:(?P<lit>`(?:[^`\\]|\\.)*`)|(?P<var>\$[A-Za-z_]\w*)"
    r"|(?P<kw>[A-Za-z_][\w\-]*)|(?P<punct>[()^?:,<>]))"
)


def _tokenize(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(text):
        if text[i:].strip() == "":
            break
        m = _TOKEN.match(text, i)
        if m is None:
            raise FormatError(f"unexpected character in assembly format: {text[i:]!r}")
        # Every alternative of the pattern is a named group, so `lastgroup` is set.
        kind: str = m.lastgroup  # type: ignore[assignment]
        out.append((kind, m.group(kind)))
        i = m.end()
    return out


class _FormatParser:
    def __init__(self, op_cls: Any, text: str) -> None:
        self.cls = op_cls
        self.toks = _tokenize(text)
        self.i = 0
        self.parts: dict[str, tuple[Any, str]] = {}
        for p in op_cls.operand_defs:
            self.parts[p.name] = (p, "operand")
        for p in op_cls.result_defs:
            self.parts[p.name] = (p, "result")
        for p in op_cls.attr_defs:
            self.parts[p.name] = (p, "attr")
        for p in op_cls.region_defs:
            self.parts[p.name] = (p, "region")
        for p in op_cls.successor_defs:
            self.parts[p.name] = (p, "successor")

    def peek(self) -> tuple[str, str] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None or (value is not None and tok[1] != value):
            raise FormatError(f"{self.cls.__name__}: expected '{value}' in assembly format")
        self.i += 1
        return tok

    def elements(self, stop: tuple[str, ...] = ()) -> list:
        out: list = []
        while True:
            tok = self.peek()
            if tok is None or (tok[0] == "punct" and tok[1] in stop):
                return out
            out.append(self.element())

    def var(self, name: str) -> Var:
        entry = self.parts.get(name[1:])
        if entry is None:
            raise FormatError(
                f"{self.cls.__name__}: '{name}' is not a declared part of {self.cls.name}"
            )
        return Var(entry[0], entry[1])

    def target(self) -> Any:
        kind, value = self.take()
        if kind == "var":
            return self.var(value)
        if value == "operands":
            return AllOperands()
        if value == "results":
            return AllResults()
        raise FormatError(f"{self.cls.__name__}: unexpected '{value}' in type directive")

    def element(self) -> Any:
        kind, value = self.take()
        if kind == "lit":
            body = value[1:-1].replace("\\n", "\n")
            if body in ("", " ", "\n"):
                return Space(body)
            return Lit(body)
        if kind == "var":
            return self._maybe_anchor(self.var(value))
        if kind == "punct" and value == "(":
            # `$x^` inside the group marks its anchor; groups nest, so save the outer one.
            outer = self._anchor
            self._anchor = None
            then = self.elements(stop=(")",))
            self.take(")")
            anchor = self._anchor
            self._anchor = outer
            else_: list = []
            if self.peek() == ("punct", ":"):
                self.take(":")
                self.take("(")
                else_ = self.elements(stop=(")",))
                self.take(")")
            self.take("?")
            if anchor is None:
                raise FormatError(f"{self.cls.__name__}: optional group has no anchor")
            return OptionalGroup(then, anchor, else_)
        if kind == "kw":
            if value in ("type", "qualified"):
                self.take("(")
                if value == "qualified":
                    self.take("type")
                    self.take("(")
                    t = TypeDir(self.target(), qualified=True)
                    self.take(")")
                else:
                    t = TypeDir(self.target())
                self.take(")")
                return self._maybe_anchor(t)
            if value == "functional-type":
                self.take("(")
                ins = self.target()
                self.take(",")
                outs = self.target()
                self.take(")")
                return FuncTypeDir(ins, outs)
            if value == "attr-dict":
                return AttrDict(False)
            if value == "attr-dict-with-keyword":
                return AttrDict(True)
            if value == "prop-dict":
                return PropDict()
            if value == "operands":
                return self._maybe_anchor(AllOperands())
            if value == "regions":
                return self._maybe_anchor(AllRegions())
            if value == "successors":
                return self._maybe_anchor(AllSuccessors())
            if value == "custom":
                self.take("<")
                _, name = self.take()
                self.take(">")
                self.take("(")
                args: list = []
                while self.peek() != ("punct", ")"):
                    k, v = self.take()
                    if k == "var":
                        args.append(self.var(v))
                    elif v == "ref":
                        self.take("(")
                        args.append(RefDir(self.target()))
                        self.take(")")
                    elif v in ("type", "qualified"):
                        self.take("(")
                        args.append(TypeDir(self.target()))
                        self.take(")")
                    elif v == "attr-dict":
                        args.append(AttrDict(False))
                    elif v == "operands":
                        args.append(AllOperands())
                    elif v == "results":
                        args.append(AllResults())
                    elif v == ",":
                        continue
                    else:
                        raise FormatError(f"unexpected '{v}' in custom directive")
                self.take(")")
                return self._maybe_anchor(Custom(name, args))
        raise FormatError(f"{self.cls.__name__}: unexpected '{value}' in assembly format")

    _anchor: Any = None

    def _maybe_anchor(self, element: Any) -> Any:
        if self.peek() == ("punct", "^"):
            self.take("^")
            self._anchor = element
        return element


def parse_format(op_cls: Any) -> list:
    """The elements of `op_cls.assembly_format`."""
    p = _FormatParser(op_cls, op_cls.assembly_format)
    elements = p.elements()
    return elements


def walk_elements(elements: list) -> list:
    """Every element, optional groups flattened (then and else parts)."""
    out = []
    for e in elements:
        out.append(e)
        if isinstance(e, OptionalGroup):
            out.extend(walk_elements(e.then))
            out.extend(walk_elements(e.else_))
    return out


__all__ = [
    "Attr", "Operand", "RegionDef", "Result", "SuccessorDef", "parse_format", "FormatError",
]
