"""The llvm dialect's attributes and enums.

Dialect attributes: `#llvm.linkage<internal>`, `#llvm.cconv<ccc>`,
`#llvm.tailcallkind<none>`, `#llvm.fastmath<nnan, ninf>`, `#llvm.overflow<nsw, nuw>`,
`#llvm.memory_effects<...>`, `#llvm.zero`, `#llvm.undef`, `#llvm.poison`.

Enums that upstream stores as integer properties (`predicate = 2 : i64`,
`ordering = 0 : i64`, `overflowFlags = 1 : i32`, `noWrapFlags = 3 : i32`, ...) are
tables of case names and values here, with the attribute constraints and format styles
the ops use.
"""

from __future__ import annotations

from typing import Any, ClassVar

from mliropt.dialects.ods import Constraint
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax.attr_formats import (
    AttrFormat,
    DialectAttrFormat,
    KeywordEnumFormat,
    custom_op_prefix,
)
from mliropt.syntax.errors import ParseError


class _LLVMAttr(A.DialectAttr):
    """Base of the llvm dialect's attributes."""

    __slots__ = ()
    dialect = "llvm"


def _param_error(at: int, after: int, message: str, attr: str, param: str, cpp: str) -> ParseError:
    """Upstream's pair of errors for a bad attribute parameter."""
    err = ParseError(at, message)
    err.more = [(after, f"failed to parse {attr} parameter '{param}' which is to be a `{cpp}`")]
    return err


# ----------------------------------------------------------------- keyword enums


def _words(text: str) -> tuple[str, ...]:
    """The space-separated case names of an enum."""
    return tuple(text.split())


class _KeywordAttr(_LLVMAttr):
    """`#llvm.mnemonic<keyword>`: one case of an enum."""

    __slots__ = ("value",)
    _fields = ("value",)
    value: str
    cases: ClassVar[tuple[str, ...]] = ()
    what: ClassVar[str] = ""
    attr_name: ClassVar[str] = ""
    param: ClassVar[str] = ""
    cpp: ClassVar[str] = ""

    @classmethod
    def parse_params(cls, body: Any) -> Any:
        """`<keyword>`."""
        body.parse_punct("<")
        at = body._skip()
        word = body.parse_optional_keyword()
        if word is None:
            word = body.parse_optional_string()
        if word not in cls.cases:
            # Upstream lists a case that needs quotes as `"name"name`.
            listed = ", ".join(c if _is_keyword(c) else f'"{c}"{c}' for c in cls.cases)
            message = f"expected one of [{listed}] for {cls.what}, got: {word or ''}"
            raise _param_error(at, body._skip(), message, cls.attr_name, cls.param, cls.cpp)
        body.parse_punct(">")
        return cls(word)

    def print_params(self, p: Any) -> str:
        if _is_keyword(self.value):
            return f"<{self.value}>"
        return f"<{A.escape_string(self.value)}>"


def _is_keyword(word: str) -> bool:
    return (
        word.replace("_", "a").replace(".", "a").replace("$", "a").isalnum()
        and not word[0].isdigit()
    )


class LinkageAttr(_KeywordAttr):
    """`#llvm.linkage<internal>`: the linkage of a global value."""

    __slots__ = ()
    name = "linkage"
    cases = _words(
        "external available_externally linkonce linkonce_odr weak weak_odr appending internal"
        " private extern_weak common"
    )
    what = "LLVM linkage types"
    attr_name = "LinkageAttr"
    param = "linkage"
    cpp = "linkage::Linkage"


class CConvAttr(_KeywordAttr):
    """`#llvm.cconv<fastcc>`: a calling convention."""

    __slots__ = ()
    name = "cconv"
    cases = _words(
        "ccc fastcc coldcc cc_10 cc_11 anyregcc preserve_mostcc preserve_allcc swiftcc"
        " cxx_fast_tlscc tailcc cfguard_checkcc swifttailcc x86_stdcallcc x86_fastcallcc"
        " arm_apcscc arm_aapcscc arm_aapcs_vfpcc msp430_intrcc x86_thiscallcc ptx_kernelcc"
        " ptx_devicecc spir_funccc spir_kernelcc intel_ocl_bicc x86_64_sysvcc win64cc"
        " x86_vectorcallcc hhvmcc hhvm_ccc x86_intrcc avr_intrcc avr_builtincc amdgpu_vscc"
        " amdgpu_gscc amdgpu_cscc amdgpu_kernelcc x86_regcallcc amdgpu_hscc msp430_builtincc"
        " amdgpu_lscc amdgpu_escc aarch64_vectorcallcc aarch64_sve_vectorcallcc"
        " wasm_emscripten_invokecc amdgpu_gfxcc m68k_intrcc"
    )
    what = "Calling Conventions"
    attr_name = "CConvAttr"
    param = "CallingConv"
    cpp = "CConv"


class TailCallKindAttr(_KeywordAttr):
    """`#llvm.tailcallkind<musttail>`: the tail-call marker of a call."""

    __slots__ = ()
    name = "tailcallkind"
    cases = ("none", "notail", "musttail", "tail")
    what = "Tail Call Kind"
    attr_name = "TailCallKindAttr"
    param = "tailCallKind"
    cpp = "TailCallKind"


class FramePointerKindAttr(_KeywordAttr):
    """`#llvm.framePointerKind<all>`: which functions keep a frame pointer."""

    __slots__ = ()
    name = "framePointerKind"
    cases = ("none", "non-leaf", "all", "reserved", "non-leaf-no-reserve")
    what = "LLVM FramePointerKind"
    attr_name = "FramePointerKindAttr"
    param = "framePointerKind"
    cpp = "framePointerKind::FramePointerKind"


class UWTableKindAttr(_KeywordAttr):
    """`#llvm.uwtableKind<async>`: the unwind table kind of a function."""

    __slots__ = ()
    name = "uwtableKind"
    cases = ("none", "sync", "async")
    what = "LLVM Unwind Behavior"
    attr_name = "UWTableKindAttr"
    param = "uwtableKind"
    cpp = "uwtable::UWTableKind"


def linkage(name: str = "external") -> LinkageAttr:
    """`#llvm.linkage<name>`."""
    return LinkageAttr(name)


def cconv(name: str = "ccc") -> CConvAttr:
    """`#llvm.cconv<name>`."""
    return CConvAttr(name)


def tail_call_kind(name: str = "none") -> TailCallKindAttr:
    """`#llvm.tailcallkind<name>`."""
    return TailCallKindAttr(name)


# ----------------------------------------------------------------- bit enums


class _FlagsAttr(_LLVMAttr):
    """`#llvm.mnemonic<a, b>`: a set of flags (`value` is the bit set)."""

    __slots__ = ("value",)
    _fields = ("value",)
    value: int
    # Case names in printing order with their bits (the `none` case is 0).
    cases: ClassVar[tuple[tuple[str, int], ...]] = ()
    groups: ClassVar[tuple[tuple[str, int], ...]] = ()
    enum: ClassVar[str] = ""
    attr_name: ClassVar[str] = ""

    @classmethod
    def bits_of(cls, body: Any) -> int:
        """Parse `name, name, ...` (keywords or strings) into a bit set."""
        names = {**dict(cls.cases), **dict(cls.groups)}
        value = 0
        while True:
            at = body._skip()
            word = body.parse_optional_keyword()
            if word is None:
                word = body.parse_optional_string()
            if word is None:
                raise _param_error(
                    at,
                    at,
                    "expected valid keyword or string",
                    cls.attr_name,
                    "value",
                    f"::mlir::LLVM::{cls.enum}",
                )
            bits = names.get(word)
            if bits is None:
                listed = ", ".join(n for n, _ in (*cls.cases, *cls.groups))
                raise _param_error(
                    at,
                    body._skip(),
                    f"expected ::mlir::LLVM::{cls.enum} to be one of: {listed}",
                    cls.attr_name,
                    "value",
                    f"::mlir::LLVM::{cls.enum}",
                )
            value |= bits
            if not body.parse_optional_punct(","):
                return value

    @classmethod
    def parse_params(cls, body: Any) -> Any:
        """`<name, ...>`."""
        body.parse_punct("<")
        value = cls.bits_of(body)
        body.parse_punct(">")
        return cls(value)

    @classmethod
    def names_of(cls, value: int) -> str:
        """The case names of the set bits (`none` when empty), separated by `, `."""
        if value == 0:
            return cls.cases[0][0]
        words = []
        for name, bits in cls.groups:
            if value & bits == bits:
                words.append(name)
                value &= ~bits
        words += [name for name, bits in cls.cases if bits and value & bits]
        return ", ".join(words)

    def print_params(self, p: Any) -> str:
        return f"<{self.names_of(self.value)}>"


FM_NNAN, FM_NINF, FM_NSZ, FM_ARCP, FM_CONTRACT, FM_AFN, FM_REASSOC = 1, 2, 4, 8, 16, 32, 64
FM_FAST = 127


class FastmathFlagsAttr(_FlagsAttr):
    """`#llvm.fastmath<nnan, ninf>`: floating-point fast-math flags."""

    __slots__ = ()
    name = "fastmath"
    cases = (
        ("none", 0),
        ("nnan", FM_NNAN),
        ("ninf", FM_NINF),
        ("nsz", FM_NSZ),
        ("arcp", FM_ARCP),
        ("contract", FM_CONTRACT),
        ("afn", FM_AFN),
        ("reassoc", FM_REASSOC),
    )
    groups = (("fast", FM_FAST),)
    enum = "FastmathFlags"
    attr_name = "LLVM_FastmathFlagsAttr"


OVF_NSW, OVF_NUW = 1, 2


class IntegerOverflowFlagsAttr(_FlagsAttr):
    """`#llvm.overflow<nsw, nuw>`: no-signed/unsigned-wrap flags."""

    __slots__ = ()
    name = "overflow"
    cases = (("none", 0), ("nsw", OVF_NSW), ("nuw", OVF_NUW))
    enum = "IntegerOverflowFlags"
    attr_name = "IntegerOverflowFlagsAttr"


def fastmath(value: int = 0) -> FastmathFlagsAttr:
    """`#llvm.fastmath<...>` of a bit set (`none` by default)."""
    return FastmathFlagsAttr(value)


# ----------------------------------------------------------------- other attributes


class ZeroAttr(_LLVMAttr):
    """`#llvm.zero`: a zero-initialized value (global ctors data, constant arrays)."""

    __slots__ = ()
    name = "zero"

    @classmethod
    def parse_params(cls, body: Any) -> Any:
        """No parameters."""
        return cls()


class UndefAttr(ZeroAttr):
    """`#llvm.undef`: an undefined value."""

    __slots__ = ()
    name = "undef"


class PoisonAttr(ZeroAttr):
    """`#llvm.poison`: a poison value."""

    __slots__ = ()
    name = "poison"


MODREF = ("none", "read", "write", "readwrite")
_MEMORY_FIELDS = ("other", "argMem", "inaccessibleMem", "errnoMem", "targetMem0", "targetMem1")


class MemoryEffectsAttr(_LLVMAttr):
    """`#llvm.memory_effects<other = none, argMem = read, ...>`: a function's memory use."""

    __slots__ = ("effects",)
    _fields = ("effects",)
    effects: tuple[str, ...]
    name = "memory_effects"

    @classmethod
    def parse_params(cls, body: Any) -> Any:
        """`<field = modref, ...>` with every field, in order."""
        body.parse_punct("<")
        values = []
        for i, field in enumerate(_MEMORY_FIELDS):
            if i:
                body.parse_punct(",")
            at = body._skip()
            if body.parse_optional_keyword((field,)) is None:
                raise ParseError(at, f"expected '{field}'")
            body.parse_punct("=")
            at = body._skip()
            word = body.parse_optional_keyword(MODREF)
            if word is None:
                raise ParseError(
                    at, "expected one of [none, read, write, readwrite] for LLVM ModRef info"
                )
            values.append(word)
        body.parse_punct(">")
        return cls(tuple(values))

    def print_params(self, p: Any) -> str:
        return "<" + ", ".join(f"{f} = {v}" for f, v in zip(_MEMORY_FIELDS, self.effects)) + ">"


class DereferenceableAttr(_LLVMAttr):
    """`#llvm.dereferenceable<bytes = 8, mayBeNull = true>`: bytes known dereferenceable."""

    __slots__ = ("bytes", "may_be_null")
    _fields = ("bytes", "may_be_null")
    bytes: int
    may_be_null: bool
    name = "dereferenceable"

    def __new__(cls, bytes: int, may_be_null: bool = False) -> Any:
        return super().__new__(cls, bytes, bool(may_be_null))

    @classmethod
    def parse_params(cls, body: Any) -> Any:
        """`<bytes = N [, mayBeNull = bool]>`."""
        body.parse_punct("<")
        at = body._skip()
        if body.parse_optional_keyword(("bytes",)) is None:
            raise ParseError(at, "expected 'bytes'")
        body.parse_punct("=")
        at = body._skip()
        n = body.parse_optional_integer()
        if n is None or not 0 <= n < (1 << 64):
            raise _param_error(
                at, at, "expected integer value", "LLVM_DereferenceableAttr", "bytes", "uint64_t"
            )
        may_be_null = False
        if body.parse_optional_punct(","):
            at = body._skip()
            if body.parse_optional_keyword(("mayBeNull",)) is None:
                raise ParseError(at, "expected 'mayBeNull'")
            body.parse_punct("=")
            word = body.parse_optional_keyword(("true", "false"))
            if word is None:
                raise body.error("expected 'true' or 'false'")
            may_be_null = word == "true"
        body.parse_punct(">")
        return cls(n, may_be_null)

    def print_params(self, p: Any) -> str:
        tail = ", mayBeNull = true" if self.may_be_null else ""
        return f"<bytes = {self.bytes}{tail}>"


ATTRIBUTES = (
    LinkageAttr,
    CConvAttr,
    TailCallKindAttr,
    FramePointerKindAttr,
    UWTableKindAttr,
    FastmathFlagsAttr,
    IntegerOverflowFlagsAttr,
    ZeroAttr,
    UndefAttr,
    PoisonAttr,
    MemoryEffectsAttr,
    DereferenceableAttr,
)

# ----------------------------------------------------------------- integer-valued enums


def _enum(names: str, values: Any = None) -> dict[str, int]:
    """Case names (space-separated) with their values (default: 0, 1, 2, ...)."""
    words = names.split()
    return dict(zip(words, values if values is not None else range(len(words))))


ICMP_PREDICATES = _enum("eq ne slt sle sgt sge ult ule ugt uge")
FCMP_PREDICATES = _enum("_false oeq ogt oge olt ole one ord ueq ugt uge ult ule une uno _true")
ATOMIC_ORDERINGS = _enum(
    "not_atomic unordered monotonic acquire release acq_rel seq_cst", (0, 1, 2, 4, 5, 6, 7)
)
ATOMIC_BIN_OPS = _enum(
    "xchg add sub _and nand _or _xor max min umax umin fadd fsub fmax fmin uinc_wrap udec_wrap"
    " usub_cond usub_sat fmaximum fminimum"
)
UNNAMED_ADDR = {"": 0, "local_unnamed_addr": 1, "unnamed_addr": 2}
VISIBILITY = {"": 0, "hidden": 1, "protected": 2}
ASM_DIALECTS = {"att": 0, "intel": 1}
# GEPNoWrapFlags: `inbounds` implies `nusw`; `inbounds_flag` alone is rejected by the verifier.
GEP_INBOUNDS_FLAG, GEP_NUSW, GEP_NUW = 1, 2, 4
GEP_INBOUNDS = GEP_INBOUNDS_FLAG | GEP_NUSW
GEP_FLAG_CASES = (
    ("inbounds", GEP_INBOUNDS),
    ("inbounds_flag", GEP_INBOUNDS_FLAG),
    ("nusw", GEP_NUSW),
    ("nuw", GEP_NUW),
)


def i64_enum(value: int) -> A.IntegerAttr:
    """An I64EnumAttr value (`2 : i64`)."""
    return A.IntegerAttr(T.i64, value)


def i32_flags(value: int) -> A.IntegerAttr:
    """An i32 flags property value (`3 : i32`)."""
    return A.IntegerAttr(T.i32, value)


def _int_enum(width: int, values: Any, description: str) -> Constraint:
    t = T.IntegerType(width)
    allowed = set(values)
    return Constraint(
        description, lambda a: isinstance(a, A.IntegerAttr) and a.type is t and a.value in allowed,
        storage=lambda a: isinstance(a, A.IntegerAttr),
    )


class OdsEnumFormat(KeywordEnumFormat):
    """An I64EnumAttr in a format: its keyword, with ODS's error for an unknown case."""

    def __init__(self, cases: dict[str, int], attr: str) -> None:
        super().__init__(cases, lambda v: A.IntegerAttr(T.i64, v))
        self.attr = attr

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        if text in self.cases:
            return super().parse(sp, text, pos)
        raise ParseError(
            pos,
            f"{custom_op_prefix(sp)}expected string or keyword containing one of the following "
            f"enum values for attribute '{self.attr}' [{', '.join(self.cases)}]",
        )


def i64_enum_attr(cases: dict[str, int], attr: str, description: str) -> Constraint:
    """The constraint (and format) of an I64EnumAttr property named `attr`."""
    c = _int_enum(64, cases.values(), f"{description}")
    c.format = OdsEnumFormat(cases, attr)
    return c


ICmpPredicateAttr = _int_enum(
    64,
    ICMP_PREDICATES.values(),
    "llvm.icmp comparison predicate",
)
FCmpPredicateAttr = _int_enum(64, FCMP_PREDICATES.values(), "llvm.fcmp comparison predicate")
AtomicOrderingAttr = i64_enum_attr(
    ATOMIC_ORDERINGS, "ordering", "Atomic ordering for LLVM's memory model"
)
AtomicBinOpAttr = i64_enum_attr(ATOMIC_BIN_OPS, "bin_op", "llvm.atomicrmw binary operations")
UnnamedAddrAttr = _int_enum(64, UNNAMED_ADDR.values(), "LLVM GlobalValue UnnamedAddr")
VisibilityAttr = _int_enum(64, VISIBILITY.values(), "LLVM GlobalValue Visibility")
AsmDialectAttr = i64_enum_attr(ASM_DIALECTS, "asm_dialect", "ATT (0) or Intel (1) asm dialect")


class OverflowFlagsFormat(AttrFormat):
    """`overflow<nsw, nuw>` of an i32 overflowFlags property: the `<...>` part."""

    terminal = "ATTR_PARAMS"

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        from mliropt.syntax.dialect_syntax import BodyParser

        body = BodyParser(sp, pos, pos + len(text))
        body.parse_punct("<")
        names = dict(IntegerOverflowFlagsAttr.cases)
        value = 0
        while True:
            at = body._skip()
            word = body.parse_optional_keyword()
            if word not in names:
                raise ParseError(
                    at,
                    f"{custom_op_prefix(sp)}expected one of [none, nsw, nuw] for LLVM integer "
                    f"overflow flags, got: {word or ''}",
                )
            value |= names[word]
            if not body.parse_optional_punct(","):
                break
        body.parse_punct(">")
        body.expect_end()
        return i32_flags(value)

    def print(self, p: Any, attr: A.Attribute) -> str:
        return f"<{IntegerOverflowFlagsAttr.names_of(attr.value)}>"  # type: ignore[attr-defined]


OverflowFlagsProp = Constraint(
    "LLVM integer overflow flags",
    lambda a: isinstance(a, A.IntegerAttr) and a.type is T.i32 and 0 <= a.value <= 3,
    format=OverflowFlagsFormat(),
)


def _of_class(description: str, cls: type, **kw: Any) -> Constraint:
    """An attribute constraint that is exactly its storage class (`isa<cls>`)."""
    def is_cls(a: Any) -> bool:
        return isinstance(a, cls)

    return Constraint(description, is_cls, storage=is_cls, **kw)


FastmathFlags = _of_class("LLVM fastmath flags", FastmathFlagsAttr)
LinkageConstraint = _of_class("LLVM Linkage specification", LinkageAttr)
CConvConstraint = _of_class("LLVM Calling Convention specification", CConvAttr)
TailCallKindConstraint = _of_class("LLVM Calling Convention specification", TailCallKindAttr)
Dereferenceable = _of_class(
    "LLVM dereferenceable attribute", DereferenceableAttr,
    format=DialectAttrFormat(DereferenceableAttr),
)
MemoryEffectsConstraint = _of_class("", MemoryEffectsAttr)


def gep_flags_text(value: int) -> str:
    """`inbounds|nuw`: the no-wrap flags of a GEP as upstream prints them."""
    words = []
    for name, bits in GEP_FLAG_CASES:
        if value & bits == bits:
            words.append(name)
            value &= ~bits
    return "|".join(words)


NONE_FASTMATH = FastmathFlagsAttr(0)
EXTERNAL = LinkageAttr("external")
CCC = CConvAttr("ccc")
NO_TAIL_CALL = TailCallKindAttr("none")
