"""The index dialect's attribute: the comparison predicate `#index<cmp_predicate slt>`,
written as its keyword (`slt`) inside `index.cmp`."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import dialect_attr
from mliropt.ir import attributes as A
from mliropt.syntax.attr_formats import KeywordEnumFormat
from mliropt.syntax.errors import ParseError
from mliropt.syntax.scanners import skip_ws

CMP_PREDICATES = {
    "eq": 0,
    "ne": 1,
    "slt": 2,
    "sle": 3,
    "sgt": 4,
    "sge": 5,
    "ult": 6,
    "ule": 7,
    "ugt": 8,
    "uge": 9,
}
_PREDICATE_NAMES = {v: k for k, v in CMP_PREDICATES.items()}


class IndexCmpPredicateAttr(A.DialectAttr):
    """The predicate of `index.cmp`: `#index<cmp_predicate slt>`."""

    __slots__ = ("value",)
    _fields = ("value",)
    dialect = "index"
    name = "cmp_predicate"
    value: int

    @classmethod
    def parse_params(cls, body: Any) -> IndexCmpPredicateAttr:
        """`slt` after the mnemonic."""
        start = body._skip()
        kw = body.parse_optional_keyword()
        if kw is None or kw not in CMP_PREDICATES:
            raise _predicate_error(start, body._skip(), "")
        return cls(CMP_PREDICATES[kw])

    def print_params(self, p: Any) -> str:
        return " " + _PREDICATE_NAMES[self.value]

    def print_body(self, p: Any) -> str:
        # `cmp_predicate slt` is not a pretty dialect symbol, so upstream uses `#index<...>`.
        return f"#index<{self.name}{self.print_params(p)}>"

    @property
    def predicate(self) -> str:
        """The predicate keyword (`slt`)."""
        return _PREDICATE_NAMES[self.value]


def _predicate_error(pos: int, after: int, prefix: str) -> ParseError:
    """Upstream's two errors for an unknown predicate keyword: the enum's, at the keyword,
    then the attribute parser's, at the token after it."""
    err = ParseError(
        pos,
        f"{prefix}expected ::mlir::index::IndexCmpPredicate to be one of: "
        + ", ".join(CMP_PREDICATES),
    )
    err.more = [
        (
            after,
            f"{prefix}failed to parse IndexCmpPredicateAttr parameter 'value' which is to be a "
            "`::mlir::index::IndexCmpPredicate`",
        )
    ]
    return err


class _PredicateFormat(KeywordEnumFormat):
    """The predicate written as its keyword inside `index.cmp`."""

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        value = self.cases.get(text)
        if value is None:
            after = skip_ws(sp.text, pos + len(text), len(sp.text))
            raise _predicate_error(pos, after, "custom op 'index.cmp' ")
        return self.make(value)

    def print(self, p: Any, attr: A.Attribute) -> str:
        # The attribute's own printer starts with a space (` slt`); the format's leading
        # `` suppresses the one before it.
        return attr.print_params(p)  # type: ignore[attr-defined]


IndexCmpPredicate = dialect_attr(IndexCmpPredicateAttr, "index comparison predicate kind")
IndexCmpPredicate.format = _PredicateFormat(
    CMP_PREDICATES, IndexCmpPredicateAttr, lambda a: a.value
)
