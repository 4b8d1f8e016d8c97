"""The llvm dialect's types: `!llvm.ptr`, `!llvm.struct`, `!llvm.array`, `!llvm.func`,
`!llvm.void`, `!llvm.token`, `!llvm.label`, `!llvm.metadata`, `!llvm.ppc_fp128`,
`!llvm.x86_amx` and `!llvm.target<...>` (vectors are the builtin vector type).

Inside the parameters of a struct, array or function type upstream prints the llvm
types it knows without the `!llvm.` prefix (`!llvm.struct<(ptr, array<2 x i64>)>`) and
accepts them with or without it; `ppc_fp128` keeps its prefix when printed there.
Identified structs are unique per name within one context (one chunk of the input):
they are created before their body is parsed so that the body may refer to them.
"""

from __future__ import annotations

import re
import weakref
from typing import Any, ClassVar

from mliropt.ir import types as T
from mliropt.syntax.errors import ParseError

# ----------------------------------------------------------------- simple types


class _LLVMType(T.DialectType):
    """Base of the llvm dialect's types."""

    __slots__ = ()
    dialect = "llvm"
    # Printed without `!llvm.` inside struct, array and function types.
    nested_keyword: ClassVar[bool] = True

    def print_nested(self, p: Any) -> str:
        """The text inside the parameters of another llvm type."""
        if self.nested_keyword:
            return self.name + self.print_params(p)
        return self.print_body(p)


class LLVMVoidType(_LLVMType):
    """`!llvm.void`: no value (only a function result)."""

    __slots__ = ()
    name = "void"


class LLVMTokenType(_LLVMType):
    """`!llvm.token`: a value that cannot be inspected."""

    __slots__ = ()
    name = "token"


class LLVMLabelType(_LLVMType):
    """`!llvm.label`: a basic block label."""

    __slots__ = ()
    name = "label"


class LLVMMetadataType(_LLVMType):
    """`!llvm.metadata`: LLVM IR metadata."""

    __slots__ = ()
    name = "metadata"


class LLVMPPCFP128Type(_LLVMType):
    """`!llvm.ppc_fp128`: a 128-bit float made of two doubles."""

    __slots__ = ()
    name = "ppc_fp128"
    nested_keyword = False
    vector_element = True


class LLVMX86AMXType(_LLVMType):
    """`!llvm.x86_amx`: an x86 AMX tile."""

    __slots__ = ()
    name = "x86_amx"


class LLVMPointerType(_LLVMType):
    """`!llvm.ptr`, `!llvm.ptr<3>`: an opaque pointer in an address space."""

    __slots__ = ("address_space",)
    _fields = ("address_space",)
    address_space: int
    name = "ptr"
    vector_element = True

    def __new__(cls, address_space: int = 0) -> LLVMPointerType:
        return super().__new__(cls, address_space)

    def print_params(self, p: Any) -> str:
        return f"<{self.address_space}>" if self.address_space else ""


class LLVMArrayType(_LLVMType):
    """`!llvm.array<4 x i32>`: a fixed-size sequence of elements."""

    __slots__ = ("num_elements", "element_type")
    _fields = ("num_elements", "element_type")
    num_elements: int
    element_type: T.Type
    name = "array"

    def print_params(self, p: Any) -> str:
        return f"<{self.num_elements} x {print_nested(p, self.element_type)}>"


class LLVMFunctionType(_LLVMType):
    """`!llvm.func<i32 (f32, ...)>`: one result (`void` for none), arguments, varargs."""

    __slots__ = ("result", "inputs", "vararg")
    _fields = ("result", "inputs", "vararg")
    result: T.Type
    inputs: tuple[T.Type, ...]
    vararg: bool
    name = "func"

    def __new__(cls, result: T.Type, inputs: Any = (), vararg: bool = False) -> LLVMFunctionType:
        return super().__new__(cls, result, tuple(inputs), bool(vararg))

    def print_params(self, p: Any) -> str:
        items = [print_nested(p, t) for t in self.inputs]
        if self.vararg:
            items.append("...")
        return f"<{print_nested(p, self.result)} ({', '.join(items)})>"

    @property
    def returns_void(self) -> bool:
        """True when the result is `!llvm.void`."""
        return isinstance(self.result, LLVMVoidType)


class LLVMTargetExtType(_LLVMType):
    """`!llvm.target<"name", types..., ints...>`: a target extension type."""

    __slots__ = ("ext_name", "type_params", "int_params")
    _fields = ("ext_name", "type_params", "int_params")
    ext_name: str
    type_params: tuple[T.Type, ...]
    int_params: tuple[int, ...]
    name = "target"

    def __new__(cls, ext_name: str, type_params: Any = (), int_params: Any = ()) -> Any:
        return super().__new__(cls, ext_name, tuple(type_params), tuple(int_params))

    def print_params(self, p: Any) -> str:
        from mliropt.ir.attributes import escape_string

        items = [escape_string(self.ext_name)]
        items += [p.type(t) for t in self.type_params]
        items += [str(i) for i in self.int_params]
        return "<" + ", ".join(items) + ">"


# ----------------------------------------------------------------- structs

# Identified structs by context (a chunk of input), then by name.
_IDENTIFIED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# The identified structs whose bodies are being printed (a reference inside prints
# `struct<"name">`).
_PRINTING: list[str] = []


class _DefaultScope:
    """The scope of identified structs built without a context."""


DEFAULT_SCOPE = _DefaultScope()


class LLVMStructType(_LLVMType):
    """`!llvm.struct<(i32, f32)>`, `<packed (...)>`, `<"name", (...)>`, `<"name", opaque>`.

    Literal structs are uniqued by their body; identified ones by (scope, name), their
    body set once after creation (`set_body`), so that it may refer to the struct."""

    __slots__ = ("identifier", "scope", "body", "packed", "opaque", "initialized")
    _fields = ("identifier", "scope", "body", "packed")
    identifier: str | None
    scope: Any
    body: tuple[T.Type, ...]
    packed: bool
    opaque: bool
    initialized: bool
    name = "struct"

    @classmethod
    def literal(cls, body: Any, packed: bool = False) -> LLVMStructType:
        """The literal struct of these element types."""
        return cls(None, None, tuple(body), bool(packed))

    @classmethod
    def identified(cls, identifier: str, scope: Any = None) -> LLVMStructType:
        """The identified struct `identifier` of `scope`, created empty (then `set_body`).

        The parser uses the chunk's Context as scope (upstream's per-context uniquing);
        a pass meeting a parsed struct reaches the same scope by `struct.scope()`;
        `None` is one process-wide scope for IR built from Python alone."""
        if scope is None:
            scope = DEFAULT_SCOPE
        table = _IDENTIFIED.setdefault(scope, {})
        t = table.get(identifier)
        if t is None:
            t = object.__new__(cls)
            for name, value in zip(cls._fields, (identifier, weakref.ref(scope), (), False)):
                object.__setattr__(t, name, value)
            object.__setattr__(t, "opaque", False)
            object.__setattr__(t, "initialized", False)
            table[identifier] = t
        return t

    def _post_init(self) -> None:
        object.__setattr__(self, "opaque", False)
        object.__setattr__(self, "initialized", self.identifier is None)

    @property
    def is_identified(self) -> bool:
        """True for a named struct."""
        return self.identifier is not None

    def set_body(self, body: Any, packed: bool = False) -> bool:
        """Give an identified struct its body; False if it already has another one."""
        body = tuple(body)
        if self.initialized:
            return not self.opaque and self.body == body and self.packed == packed
        object.__setattr__(self, "body", body)
        object.__setattr__(self, "packed", bool(packed))
        object.__setattr__(self, "initialized", True)
        return True

    def set_opaque(self) -> bool:
        """Make an identified struct opaque; False if it already has a body."""
        if self.initialized:
            return self.opaque
        object.__setattr__(self, "opaque", True)
        object.__setattr__(self, "initialized", True)
        return True

    def __reduce__(self) -> tuple:
        if self.identifier is None:
            return (LLVMStructType.literal, (self.body, self.packed))
        return (LLVMStructType.identified, (self.identifier,))

    def print_params(self, p: Any) -> str:
        from mliropt.ir.attributes import escape_string

        if self.identifier is None:
            return f"<{'packed ' if self.packed else ''}({_print_list(p, self.body)})>"
        name = escape_string(self.identifier)
        if self.identifier in _PRINTING or not self.initialized:
            return f"<{name}>"
        if self.opaque:
            return f"<{name}, opaque>"
        _PRINTING.append(self.identifier)
        try:
            body = _print_list(p, self.body)
        finally:
            _PRINTING.pop()
        return f"<{name}, {'packed ' if self.packed else ''}({body})>"


def print_nested(p: Any, t: T.Type) -> str:
    """A type inside an llvm type's parameters (llvm types without `!llvm.`)."""
    if isinstance(t, _LLVMType):
        return t.print_nested(p)
    return p.type(t)


def _print_list(p: Any, types: tuple) -> str:
    return ", ".join(print_nested(p, t) for t in types)


# ----------------------------------------------------------------- validity (upstream's)


def valid_struct_element(t: T.Type) -> bool:
    """LLVMStructType::isValidElementType."""
    return not isinstance(
        t, (LLVMVoidType, LLVMLabelType, LLVMMetadataType, LLVMFunctionType, LLVMTokenType)
    )


def valid_array_element(t: T.Type) -> bool:
    """LLVMArrayType::isValidElementType."""
    return not isinstance(
        t, (LLVMVoidType, LLVMLabelType, LLVMMetadataType, LLVMFunctionType, LLVMTokenType)
    )


def valid_result(t: T.Type) -> bool:
    """LLVMFunctionType::isValidResultType."""
    return not isinstance(t, (LLVMFunctionType, LLVMMetadataType, LLVMLabelType))


def valid_argument(t: T.Type) -> bool:
    """LLVMFunctionType::isValidArgumentType."""
    return not isinstance(t, (LLVMVoidType, LLVMFunctionType))


_COMPATIBLE_FLOATS = frozenset(("bf16", "f16", "f32", "f64", "f80", "f128"))


def is_compatible_float(t: T.Type) -> bool:
    """isCompatibleFloatingPointType: a builtin float LLVM has, or ppc_fp128."""
    return (isinstance(t, T.FloatType) and t.kind in _COMPATIBLE_FLOATS) or isinstance(
        t, LLVMPPCFP128Type
    )


def is_compatible_vector(t: T.Type) -> bool:
    """isCompatibleVectorType: a 1-D builtin vector of signless ints, floats or pointers."""
    if not isinstance(t, T.VectorType) or len(t.shape) != 1:
        return False
    e = t.element_type
    if isinstance(e, T.IntegerType):
        return e.signedness == 0
    return is_compatible_float(e) or isinstance(e, LLVMPointerType)


def is_compatible_type(t: T.Type, _seen: set | None = None) -> bool:
    """LLVM::isCompatibleType: a type the llvm dialect can translate to LLVM IR."""
    if isinstance(t, T.IntegerType):
        return t.signedness == 0
    if isinstance(t, T.FloatType):
        return t.kind in _COMPATIBLE_FLOATS
    if isinstance(t, T.VectorType):
        return is_compatible_vector(t)
    if isinstance(t, LLVMStructType):
        if t.identifier is not None:
            seen = _seen if _seen is not None else set()
            if t in seen:
                return True
            seen.add(t)
            return all(is_compatible_type(e, seen) for e in t.body)
        return all(is_compatible_type(e, _seen) for e in t.body)
    if isinstance(t, LLVMArrayType):
        return is_compatible_type(t.element_type, _seen)
    if isinstance(t, LLVMFunctionType):
        return is_compatible_type(t.result, _seen) and all(
            is_compatible_type(a, _seen) for a in t.inputs
        )
    if isinstance(t, LLVMTargetExtType):
        return all(is_compatible_type(a, _seen) for a in t.type_params)
    return isinstance(t, _LLVMType)


def is_scalable_vector(t: T.Type) -> bool:
    """A builtin vector with a scalable dimension."""
    return isinstance(t, T.VectorType) and any(t.scalable)


def primitive_size_in_bits(t: T.Type) -> int:
    """getPrimitiveTypeSizeInBits: bits of an int, float, ppc_fp128 or fixed vector
    (0 for other types)."""
    if isinstance(t, T.IntegerType):
        return t.width
    if isinstance(t, T.FloatType):
        return t.width
    if isinstance(t, LLVMPPCFP128Type):
        return 128
    if isinstance(t, T.VectorType) and not any(t.scalable):
        return primitive_size_in_bits(t.element_type) * t.num_elements
    return 0


# ----------------------------------------------------------------- parsing

_SIMPLE = {
    "void": LLVMVoidType,
    "token": LLVMTokenType,
    "label": LLVMLabelType,
    "metadata": LLVMMetadataType,
    "ppc_fp128": LLVMPPCFP128Type,
    "x86_amx": LLVMX86AMXType,
}
# What starts a type upstream's parseOptionalType recognizes (else: an llvm keyword).
_BUILTIN_TYPE = re.compile(
    r"(?:[su]?i\d+|bf16|f16|f32|f64|f80|f128|tf32|f8E\w+|f6E\w+|f4E\w+|index|none|complex"
    r"|tuple|vector|tensor|memref)(?![\w$.])"
)


def parse_llvm_type(mnemonic: str, body: Any, at: int) -> T.Type:
    """The llvm type `mnemonic` whose parameters follow in `body` (`at`: the mnemonic)."""
    simple = _SIMPLE.get(mnemonic)
    if simple is not None:
        if body.pos < body.end and body.text[body.pos] == "<":
            # Upstream ignores parameters after a parameterless type (`!llvm.void<1>`).
            from mliropt.syntax.scanners import scan_balanced

            body.pos = scan_balanced(body.text, body.pos, body.end)
        return simple()
    parse = _PARAMETRIC.get(mnemonic)
    if parse is None:
        raise ParseError(at, f"unknown LLVM type: {mnemonic}")
    return parse(body)


def parse_nested_type(body: Any) -> T.Type:
    """A type inside an llvm type: a builtin or `!` type, or an llvm keyword type."""
    i = body._skip()
    text = body.text
    if i < body.end and (text[i] in "!(" or _BUILTIN_TYPE.match(text, i, body.end)):
        return body.parse_type()
    mnemonic = body.parse_optional_keyword()
    if mnemonic is None:
        raise ParseError(i, "expected valid keyword")
    return parse_llvm_type(mnemonic, body, i)


def _parse_unsigned(body: Any, bits: int, type_name: str, param: str, cpp: str) -> int:
    """An unsigned parameter (a negative literal wraps), with upstream's two errors."""
    start = body._skip()
    value = body.parse_optional_integer()
    if value is None or abs(value) >> bits:
        err = ParseError(
            start, "expected integer value" if value is None else "integer value too large"
        )
        err.more = [
            (
                body._skip(),
                f"failed to parse {type_name} parameter '{param}' which is to be a `{cpp}`",
            )
        ]
        raise err
    return value & ((1 << bits) - 1)


def _parse_ptr(body: Any) -> T.Type:
    if not body.parse_optional_punct("<"):
        return LLVMPointerType(0)
    space = _parse_unsigned(body, 32, "LLVMPointerType", "addressSpace", "unsigned")
    body.parse_punct(">")
    return LLVMPointerType(space)


def _parse_array(body: Any) -> T.Type:
    loc = body._skip()
    body.parse_punct("<")
    n = _parse_unsigned(body, 64, "LLVMArrayType", "numElements", "uint64_t")
    if body.parse_optional_keyword(("x",)) is None:
        raise body.error("expected 'x'")
    element = parse_nested_type(body)
    body.parse_punct(">")
    if not valid_array_element(element):
        raise ParseError(loc, f"invalid array element type: '{element}'")
    return LLVMArrayType(n, element)


def _parse_func(body: Any) -> T.Type:
    loc = body._skip()
    body.parse_punct("<")
    result = parse_nested_type(body)
    body.parse_punct("(")
    params: list[T.Type] = []
    vararg = False
    if not body.parse_optional_punct(")"):
        while True:
            if body.parse_optional_punct("..."):
                vararg = True
                break
            params.append(parse_nested_type(body))
            if not body.parse_optional_punct(","):
                break
        body.parse_punct(")")
    body.parse_punct(">")
    if not valid_result(result):
        raise ParseError(loc, f"invalid function result type: '{result}'")
    for t in params:
        if not valid_argument(t):
            raise ParseError(loc, f"invalid function argument type: '{t}'")
    return LLVMFunctionType(result, params, vararg)


def _parse_target(body: Any) -> T.Type:
    body.parse_punct("<")
    start = body._skip()
    name = body.parse_optional_string()
    if name is None:
        err = ParseError(start, "expected string")
        err.more = [
            (
                start,
                "failed to parse LLVMTargetExtType parameter 'extTypeName' which is to be a "
                "`::llvm::StringRef`",
            )
        ]
        raise err
    types: list[T.Type] = []
    ints: list[int] = []
    while body.parse_optional_punct(","):
        at = body._skip()
        value = body.parse_optional_integer()
        if value is not None:
            ints.append(value & 0xFFFFFFFF)
            continue
        if ints:
            raise ParseError(at, "failed to parse parameter list for target extension type")
        types.append(parse_nested_type(body))
    body.parse_punct(">")
    return LLVMTargetExtType(name, types, ints)


def _scope_of(body: Any) -> Any:
    return getattr(body.sp, "ctx", None) or DEFAULT_SCOPE


def _parse_struct(body: Any) -> T.Type:
    loc = body._skip()
    body.parse_punct("<")
    name = body.parse_optional_string()
    stack: list[str] = _enclosing(body.sp)
    if name is None:
        packed = body.parse_optional_keyword(("packed",)) is not None
        elements = _parse_elements(body)
        body.parse_punct(">")
        for t in elements:
            if not valid_struct_element(t):
                raise ParseError(loc, f"invalid LLVM structure element type: '{t}'")
        return LLVMStructType.literal(elements, packed)
    struct = LLVMStructType.identified(name, _scope_of(body))
    if body.parse_optional_punct(">"):
        if name not in stack:
            raise ParseError(
                body.pos - 1, "struct without a body only allowed in a recursive struct"
            )
        return struct
    body.parse_punct(",")
    if name in stack:
        raise ParseError(body._skip(), "identifier already used for an enclosing struct")
    at = body._skip()
    if body.parse_optional_keyword(("opaque",)) is not None:
        body.parse_punct(">")
        if not struct.set_opaque():
            raise ParseError(at, "identified type already used with a different body")
        return struct
    packed = body.parse_optional_keyword(("packed",)) is not None
    stack.append(name)
    try:
        body.parse_punct("(")
        at = body._skip()
        elements = _parse_element_list(body)
    finally:
        stack.pop()
    body.parse_punct(">")
    for t in elements:
        if not valid_struct_element(t):
            raise ParseError(loc, f"invalid LLVM structure element type: '{t}'")
    if not struct.set_body(elements, packed):
        raise ParseError(at, "identified type already used with a different body")
    return struct


def _parse_elements(body: Any) -> list[T.Type]:
    body.parse_punct("(")
    return _parse_element_list(body)


def _parse_element_list(body: Any) -> list[T.Type]:
    """Elements up to and including the closing `)`."""
    elements: list[T.Type] = []
    if body.parse_optional_punct(")"):
        return elements
    while True:
        elements.append(parse_nested_type(body))
        if not body.parse_optional_punct(","):
            break
    body.parse_punct(")")
    return elements


def _enclosing(sp: Any) -> list[str]:
    """The identified structs whose bodies are being parsed (per parse)."""
    stack = getattr(sp, "_llvm_struct_stack", None)
    if stack is None:
        stack = []
        sp._llvm_struct_stack = stack
    return stack


_PARAMETRIC = {
    "ptr": _parse_ptr,
    "array": _parse_array,
    "func": _parse_func,
    "struct": _parse_struct,
    "target": _parse_target,
}

TYPES = (
    LLVMVoidType,
    LLVMTokenType,
    LLVMLabelType,
    LLVMMetadataType,
    LLVMPPCFP128Type,
    LLVMX86AMXType,
    LLVMPointerType,
    LLVMArrayType,
    LLVMFunctionType,
    LLVMTargetExtType,
    LLVMStructType,
)

# Frequently used instances.
ptr = LLVMPointerType(0)
void = LLVMVoidType()
