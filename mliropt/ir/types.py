"""Builtin types of MLIR's LangRef: integers, index, floats, shaped and function types."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from mliropt.ir.uniqued import Uniqued

if TYPE_CHECKING:
    from mliropt.ir.attributes import Attribute

# ShapedType::kDynamic: the marker of a dynamic size, offset or stride.
DYNAMIC = -0x8000000000000000


_DEFAULT_PRINTER: Any = None


def _str_printer() -> Any:
    """The alias-free printer of `str(type)` and `str(attr)` (syntax imports ir, so it is
    imported at first use; then kept: an import statement per call cost ~3,000
    instructions)."""
    global _DEFAULT_PRINTER
    if _DEFAULT_PRINTER is None:
        from mliropt.syntax.attr_printer import default_printer

        _DEFAULT_PRINTER = default_printer()
    return _DEFAULT_PRINTER


class Type(Uniqued):
    """Base of every type; types are immutable and uniqued."""

    __slots__ = ()
    dialect: ClassVar[str] = "builtin"

    def __str__(self) -> str:
        return _str_printer().type(self)  # type: ignore[no-any-return]

    def print_body(self, p: Any) -> str:
        """The text of this type, using `p.type`/`p.attr` for nested parts."""
        raise NotImplementedError(type(self).__name__)


class IntegerType(Type):
    """`iN`, `siN`, `uiN`: an integer of a width and signedness (0 signless, 1 si, 2 ui)."""

    __slots__ = ("width", "signedness")
    _fields = ("width", "signedness")
    width: int
    signedness: int

    SIGNLESS: ClassVar[int] = 0
    SIGNED: ClassVar[int] = 1
    UNSIGNED: ClassVar[int] = 2

    def __new__(cls, width: int, signedness: int = 0) -> IntegerType:
        return super().__new__(cls, width, signedness)

    def print_body(self, p: Any) -> str:
        return ("i", "si", "ui")[self.signedness] + str(self.width)

    @property
    def is_signless(self) -> bool:
        """True for `iN`."""
        return self.signedness == 0

    @property
    def is_unsigned(self) -> bool:
        """True for `uiN`."""
        return self.signedness == 2


class IndexType(Type):
    """`index`: a target-sized integer."""

    __slots__ = ()

    def print_body(self, p: Any) -> str:
        return "index"


class NoneType(Type):
    """`none`: the unit type."""

    __slots__ = ()

    def print_body(self, p: Any) -> str:
        return "none"


# Float kinds in the order upstream lists them; the name is also the type's text.
FLOAT_KINDS = (
    "f4E2M1FN", "f6E2M3FN", "f6E3M2FN", "f8E5M2", "f8E4M3", "f8E4M3FN", "f8E5M2FNUZ",
    "f8E4M3FNUZ", "f8E4M3B11FNUZ", "f8E3M4", "f8E8M0FNU", "bf16", "f16", "tf32", "f32",
    "f64", "f80", "f128",
)
_FLOAT_WIDTH = {
    "f4E2M1FN": 4, "f6E2M3FN": 6, "f6E3M2FN": 6, "bf16": 16, "f16": 16, "tf32": 19,
    "f32": 32, "f64": 64, "f80": 80, "f128": 128,
}


class FloatType(Type):
    """A floating-point type, named by its kind (`f32`, `bf16`, `f8E4M3FN`, ...)."""

    __slots__ = ("kind",)
    _fields = ("kind",)
    kind: str

    def print_body(self, p: Any) -> str:
        return self.kind

    @property
    def width(self) -> int:
        """Bit width of the storage."""
        return _FLOAT_WIDTH.get(self.kind, 8)


class ComplexType(Type):
    """`complex<T>`."""

    __slots__ = ("element_type",)
    _fields = ("element_type",)
    element_type: Type

    def print_body(self, p: Any) -> str:
        return f"complex<{p.type(self.element_type)}>"


class TupleType(Type):
    """`tuple<T1, T2>`."""

    __slots__ = ("types",)
    _fields = ("types",)
    types: tuple[Type, ...]

    def print_body(self, p: Any) -> str:
        return "tuple<" + ", ".join(p.type(t) for t in self.types) + ">"


class FunctionType(Type):
    """`(inputs) -> results`."""

    __slots__ = ("inputs", "results")
    _fields = ("inputs", "results")
    inputs: tuple[Type, ...]
    results: tuple[Type, ...]

    def print_body(self, p: Any) -> str:
        ins = "(" + ", ".join(p.type(t) for t in self.inputs) + ") -> "
        return ins + p.result_types(self.results)


def format_dims(shape: tuple[int, ...]) -> str:
    """The `4x?x` prefix of a shaped type."""
    return "".join(("?" if d == DYNAMIC else str(d)) + "x" for d in shape)


class ShapedType(Type):
    """Base of vector, tensor and memref types."""

    __slots__ = ()
    shape: tuple[int, ...]
    element_type: Type

    @property
    def rank(self) -> int:
        """Number of dimensions."""
        return len(self.shape)

    @property
    def has_rank(self) -> bool:
        """False for unranked tensors and memrefs."""
        return True

    @property
    def has_static_shape(self) -> bool:
        """True when no dimension is dynamic."""
        return DYNAMIC not in self.shape

    @property
    def num_elements(self) -> int:
        """Product of the static dimensions."""
        n = 1
        for d in self.shape:
            n *= d
        return n


class VectorType(ShapedType):
    """`vector<4x[8]xf32>`: fixed or scalable dimensions, never dynamic."""

    __slots__ = ("shape", "element_type", "scalable")
    _fields = ("shape", "element_type", "scalable")
    scalable: tuple[bool, ...]

    def __new__(
        cls, shape: tuple[int, ...], element_type: Type, scalable: tuple[bool, ...] | None = None
    ) -> VectorType:
        if scalable is None or not any(scalable):
            scalable = (False,) * len(shape)
        return super().__new__(cls, tuple(shape), element_type, tuple(scalable))

    def print_body(self, p: Any) -> str:
        dims = "".join(
            (f"[{d}]x" if s else f"{d}x") for d, s in zip(self.shape, self.scalable)
        )
        return f"vector<{dims}{p.type(self.element_type)}>"


class RankedTensorType(ShapedType):
    """`tensor<4x?xf32, #encoding>`."""

    __slots__ = ("shape", "element_type", "encoding")
    _fields = ("shape", "element_type", "encoding")
    encoding: Attribute | None

    def __new__(
        cls, shape: tuple[int, ...], element_type: Type, encoding: Attribute | None = None
    ) -> RankedTensorType:
        return super().__new__(cls, tuple(shape), element_type, encoding)

    def print_body(self, p: Any) -> str:
        enc = "" if self.encoding is None else ", " + p.attr_elided(self.encoding)
        return f"tensor<{format_dims(self.shape)}{p.type(self.element_type)}{enc}>"


class UnrankedTensorType(ShapedType):
    """`tensor<*xf32>`."""

    __slots__ = ("element_type",)
    _fields = ("element_type",)

    @property
    def has_rank(self) -> bool:
        return False

    @property
    def shape(self) -> tuple[int, ...]:  # type: ignore[override]
        raise ValueError("unranked tensor has no shape")

    def print_body(self, p: Any) -> str:
        return f"tensor<*x{p.type(self.element_type)}>"


class MemRefType(ShapedType):
    """`memref<4x?xf32, layout, memory-space>`; layout None means the identity layout."""

    __slots__ = ("shape", "element_type", "layout", "memory_space")
    _fields = ("shape", "element_type", "layout", "memory_space")
    layout: Attribute | None
    memory_space: Attribute | None

    def __new__(
        cls,
        shape: tuple[int, ...],
        element_type: Type,
        layout: Attribute | None = None,
        memory_space: Attribute | None = None,
    ) -> MemRefType:
        from mliropt.ir.attributes import AffineMapAttr

        # An identity affine-map layout is the default and is dropped, as upstream does.
        if isinstance(layout, AffineMapAttr) and layout.value.is_identity():
            layout = None
        return super().__new__(cls, tuple(shape), element_type, layout, memory_space)

    def print_body(self, p: Any) -> str:
        text = f"memref<{format_dims(self.shape)}{p.type(self.element_type)}"
        if self.layout is not None:
            text += ", " + p.attr(self.layout)
        if self.memory_space is not None:
            text += ", " + p.attr_elided(self.memory_space)
        return text + ">"


class UnrankedMemRefType(ShapedType):
    """`memref<*xf32, memory-space>`."""

    __slots__ = ("element_type", "memory_space")
    _fields = ("element_type", "memory_space")
    memory_space: Attribute | None

    def __new__(cls, element_type: Type, memory_space: Attribute | None = None) -> Any:
        return super().__new__(cls, element_type, memory_space)

    @property
    def has_rank(self) -> bool:
        return False

    def print_body(self, p: Any) -> str:
        space = "" if self.memory_space is None else ", " + p.attr_elided(self.memory_space)
        return f"memref<*x{p.type(self.element_type)}{space}>"


class OpaqueType(Type):
    """`!dialect.sym` / `!dialect<sym>` of an unregistered dialect, kept verbatim."""

    __slots__ = ("dialect_name", "sym")
    _fields = ("dialect_name", "sym")
    dialect_name: str
    sym: str

    def print_body(self, p: Any) -> str:
        from mliropt.syntax.dialect_syntax import is_pretty

        if is_pretty(self.sym):
            return f"!{self.dialect_name}.{self.sym}"
        return f"!{self.dialect_name}<{self.sym}>"


class DialectType(Type):
    """Base of types defined by dialects: `!dialect.mnemonic<params>`."""

    __slots__ = ()
    name: ClassVar[str] = ""  # the mnemonic

    def print_params(self, p: Any) -> str:
        """The text after the mnemonic (e.g. `<...>`), empty when there are no parameters."""
        return ""

    def print_body(self, p: Any) -> str:
        return f"!{self.dialect}.{self.name}{self.print_params(p)}"


# Frequently used instances.
i1 = IntegerType(1)
i8 = IntegerType(8)
i16 = IntegerType(16)
i32 = IntegerType(32)
i64 = IntegerType(64)
index = IndexType()
none = NoneType()
f16 = FloatType("f16")
bf16 = FloatType("bf16")
f32 = FloatType("f32")
f64 = FloatType("f64")


def is_integer_like(t: Type) -> bool:
    """Integer or index."""
    return isinstance(t, (IntegerType, IndexType))


def element_type_or_self(t: Type) -> Type:
    """The element type of a shaped type, or the type itself."""
    return t.element_type if isinstance(t, ShapedType) else t
