"""Test-dialect locations (upstream's TestDialect location tests): the dialect location
`#test.custom_location<"file" * line>` and `test.attr_with_loc`, whose property is a
location written as an optional `loc(...)` (upstream's parseOptionalLocationSpecifier),
defaulting to the position of the token after it."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import AnyAttr, Attr, Op
from mliropt.ir import attributes as A
from mliropt.ir.location import FileLineColLoc, Location
from mliropt.ir.operation import Operation
from mliropt.ir.types import Type
from mliropt.syntax.custom_syntax import CustomSyntax


class CustomLocationAttr(Location, A.DialectAttr):
    """`#test.custom_location<"file" * line>`: a location defined by a dialect; written
    bare where an attribute is (alias definitions), inside `loc(...)` elsewhere."""

    __slots__ = ("file", "line")
    _fields = ("file", "line")
    dialect = "test"
    name = "custom_location"
    file: str
    line: int

    @classmethod
    def parse_params(cls, body: Any, type: Type | None = None) -> CustomLocationAttr:
        """`<"file" * line>`."""
        body.parse_punct("<")
        file = body.parse_string()
        body.parse_punct("*")
        line = body.parse_integer()
        body.parse_punct(">")
        return cls(file, line)

    def print_inner(self, p: Any) -> str:
        return f"#test.custom_location<{A.escape_string(self.file)} * {self.line}>"

    def print_body(self, p: Any) -> str:
        return self.print_inner(p)

    def file_line_col(self) -> FileLineColLoc | None:
        return None


class _PropertyLocation:
    """Where a location alias used before its definition ends up: an op's property
    (the parser's deferred locations set `.location` when the alias is defined)."""

    __slots__ = ("op", "name")

    def __init__(self, op: Operation, name: str) -> None:
        self.op = op
        self.name = name

    @property
    def location(self) -> Any:
        """The property's current value."""
        return self.op.properties[self.name]

    @location.setter
    def location(self, value: Location) -> None:
        self.op.properties[self.name] = value


class AttrWithLocOp(Op):
    """An op whose `loc` property is a location given in its syntax.

    Example: `test.attr_with_loc("foo" loc("foo_loc"))`
    """

    name = "test.attr_with_loc"
    loc = Attr(AnyAttr)
    value = Attr(AnyAttr)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`( $value `` custom<OptionalLoc>($loc) ) attr-dict`."""
        return CustomSyntax(cls, [('"(" ATTR [LOC] ")" [ATTR_DICT]', _parse)], _print)


def _parse(sp: Any, c: list, p: list) -> Operation:
    # OPSTART KW "(" ATTR [LOC] ")" [ATTR_DICT]
    value = sp.attr_of(c[3], p[3])
    # A LOC token is a Location once shifted (the parser's hook_loc).
    loc = c[4] if c[4] is not None else sp.loc_at(p[5])
    attrs = sp.dict_of(c[6], p[6]) if c[6] is not None else None
    from mliropt.syntax.parser import _DeferredLoc

    deferred = isinstance(loc, _DeferredLoc)
    op = sp.finish_op(
        AttrWithLocOp, [], [], attrs, {"loc": loc, "value": value}, [], [], c[0], p[0]
    )
    if deferred:
        sp.deferred_locs.append((_PropertyLocation(op, "loc"), loc.name, loc.pos))
    return op


def _print(P: Any, op: Operation) -> str:
    text = "(" + P.attr(op.properties["value"])
    loc = op.properties["loc"]
    # Upstream's printOptionalLocationSpecifier: the location is an attribute of the op
    # (its alias is defined, at the top, even when locations are not printed).
    loc_text = P.attr(loc)
    if P.debuginfo and isinstance(loc, Location):
        text += " " + (loc_text if loc_text.startswith("loc(") else f"loc({loc_text})")
    text += ")"
    return text + P.attr_dict(op, frozenset({"loc", "value"}))


LOCATION_OPS = (AttrWithLocOp,)
LOCATION_ATTRIBUTES = (CustomLocationAttr,)
