"""The gpu dialect's type `!gpu.async.token` and attribute `#gpu<dim x>` (the dimension
of the index ops, written as its keyword `x` inside them)."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import Constraint, dialect_attr
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax.attr_formats import KeywordEnumFormat
from mliropt.syntax.errors import ParseError
from mliropt.syntax.scanners import skip_ws


class AsyncTokenType(T.DialectType):
    """`!gpu.async.token`: the completion of an asynchronous gpu op."""

    __slots__ = ()
    _fields = ()
    dialect = "gpu"
    name = "async.token"

    @classmethod
    def parse_params(cls, body: Any) -> AsyncTokenType:
        """No parameters."""
        return cls()


def async_token() -> AsyncTokenType:
    """The `!gpu.async.token` type."""
    return AsyncTokenType()


AsyncToken = Constraint(
    "async token type", lambda t: isinstance(t, AsyncTokenType), buildable=async_token()
)

DIMENSIONS = {"x": 0, "y": 1, "z": 2}
_DIMENSION_NAMES = {v: k for k, v in DIMENSIONS.items()}


class DimensionAttr(A.DialectAttr):
    """A dimension of the launch grid: `#gpu<dim x>`."""

    __slots__ = ("value",)
    _fields = ("value",)
    dialect = "gpu"
    name = "dim"
    value: int

    @classmethod
    def parse_params(cls, body: Any) -> DimensionAttr:
        """`x` after the mnemonic."""
        start = body._skip()
        kw = body.parse_optional_keyword()
        if kw is None or kw not in DIMENSIONS:
            raise _dimension_error(start, body._skip(), "")
        return cls(DIMENSIONS[kw])

    def print_params(self, p: Any) -> str:
        return " " + _DIMENSION_NAMES[self.value]

    def print_body(self, p: Any) -> str:
        # `dim x` is not a pretty dialect symbol, so upstream prints `#gpu<...>`.
        return f"#gpu<{self.name}{self.print_params(p)}>"

    @property
    def dimension(self) -> str:
        """The dimension keyword (`x`)."""
        return _DIMENSION_NAMES[self.value]


def _dimension_error(pos: int, after: int, prefix: str) -> ParseError:
    """Upstream's two errors for an unknown dimension keyword: the enum's, at the
    keyword, then the attribute parser's, at the token after it."""
    err = ParseError(
        pos, f"{prefix}expected ::mlir::gpu::Dimension to be one of: " + ", ".join(DIMENSIONS)
    )
    err.more = [
        (
            after,
            f"{prefix}failed to parse GPU_DimensionAttr parameter 'value' which is to be a "
            "`::mlir::gpu::Dimension`",
        )
    ]
    return err


class _DimensionFormat(KeywordEnumFormat):
    """The dimension written as its keyword inside the index ops."""

    def __init__(self) -> None:
        super().__init__(DIMENSIONS, DimensionAttr, lambda a: a.value)

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        value = self.cases.get(text)
        if value is None:
            after = skip_ws(sp.text, pos + len(text), len(sp.text))
            name = sp.op_stack[-1][0].name if sp.op_stack else "gpu"
            raise _dimension_error(pos, after, f"custom op '{name}' ")
        return self.make(value)

    def print(self, p: Any, attr: A.Attribute) -> str:
        # The attribute's own printer starts with a space (` x`), as upstream's, so the
        # op prints two spaces before it (`gpu.thread_id  x`).
        return attr.print_params(p)  # type: ignore[attr-defined]


Dimension = dialect_attr(DimensionAttr, "a dimension, either 'x', 'y', or 'z'")
Dimension.format = _DimensionFormat()


ADDRESS_SPACES = {"global": 1, "workgroup": 2, "private": 3}
_ADDRESS_SPACE_NAMES = {v: k for k, v in ADDRESS_SPACES.items()}


class AddressSpaceAttr(A.DialectAttr):
    """A memory address space of the GPU: `#gpu.address_space<workgroup>` (a memref
    memory space)."""

    __slots__ = ("value",)
    _fields = ("value",)
    dialect = "gpu"
    name = "address_space"
    value: int

    @classmethod
    def parse_params(cls, body: Any) -> AddressSpaceAttr:
        """`<workgroup>`."""
        body.parse_punct("<")
        start = body._skip()
        kw = body.parse_optional_keyword()
        if kw is None or kw not in ADDRESS_SPACES:
            err = ParseError(
                start,
                "expected ::mlir::gpu::AddressSpace to be one of: " + ", ".join(ADDRESS_SPACES),
            )
            err.more = [
                (
                    body._skip(),
                    "failed to parse GPU_AddressSpaceAttr parameter 'value' which is to be a "
                    "`::mlir::gpu::AddressSpace`",
                )
            ]
            raise err
        body.parse_punct(">")
        return cls(ADDRESS_SPACES[kw])

    def print_params(self, p: Any) -> str:
        return f"<{_ADDRESS_SPACE_NAMES[self.value]}>"
