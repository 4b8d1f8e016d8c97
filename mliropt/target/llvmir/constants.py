"""LLVM constants: their text (AsmWriter's spelling), their construction from MLIR
attributes, and the folding that LLVM's IRBuilder (with a TargetFolder) applies when
every operand of an instruction is a constant."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mliropt.dialects.llvm import types as LT
from mliropt.ir import apfloat
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.target.llvmir.values import Const

_MASK64 = (1 << 64) - 1


def fp_text(kind: str, bits: int) -> str:
    """A float literal as LLVM prints it: `%e` when it reads back exactly (float and
    double), else hex of the double (`0x3FB99999A0000000`), `0xH`/`0xR`/`0xK`/`0xL`."""
    if kind in ("f32", "f64"):
        if not apfloat.is_nan(kind, bits) and not apfloat.is_inf(kind, bits):
            text = apfloat.to_string(kind, bits, 6, 0, False)
            if float(text) == apfloat.to_python_float(kind, bits):
                return text
        if kind == "f32":
            snan = apfloat.is_signaling(kind, bits)
            bits = apfloat.convert("f32", "f64", bits)
            if snan:  # the conversion quiets it; LLVM prints the signaling pattern
                bits &= ~(1 << 51)
                if not bits & ((1 << 52) - 1):
                    bits |= 1 << 50
        return f"0x{bits:016X}"
    if kind == "f16":
        return f"0xH{bits:04X}"
    if kind == "bf16":
        return f"0xR{bits:04X}"
    if kind == "f80":
        return f"0xK{bits >> 64:04X}{bits & _MASK64:016X}"
    if kind == "f128":
        return f"0xL{bits & _MASK64:016X}{bits >> 64:016X}"
    return f"0x{bits:X}"


def _signed(v: int, width: int) -> int:
    return v - (1 << width) if v >> (width - 1) & 1 else v


def _is_null(c: Const) -> bool:
    if c.kind in ("null", "zero"):
        return True
    if c.kind == "int":
        return c.val == 0
    if c.kind == "fp":
        return c.val == 0
    return c.kind == "agg" and all(_is_null(e) for e in c.val)


def _string_text(elems: tuple) -> str:
    out = []
    for e in elems:
        ch = e.val
        if 32 <= ch < 127 and ch not in (34, 92):
            out.append(chr(ch))
        else:
            out.append(f"\\{ch:02X}")
    return 'c"' + "".join(out) + '"'


def const_text(c: Const) -> str:
    """The operand text of a constant."""
    k = c.kind
    if k == "int":
        w = c.mty.width
        if w == 1:
            return "true" if c.val else "false"
        return str(_signed(c.val, w))
    if k == "fp":
        return fp_text(c.mty.kind, c.val)
    if k in ("ref", "expr"):
        return c.val
    if k in ("null", "zero", "undef", "poison"):
        return {"null": "null", "zero": "zeroinitializer"}.get(k, k)
    elems = c.val
    t = c.mty
    if isinstance(t, T.VectorType):
        first = elems[0]
        if first.is_literal and all(e.kind == first.kind and e.val == first.val for e in elems):
            return f"splat ({first.typed()})"
        return "<" + ", ".join(e.typed() for e in elems) + ">"
    if isinstance(t, LT.LLVMArrayType):
        et = t.element_type
        if isinstance(et, T.IntegerType) and et.width == 8 and all(e.kind == "int" for e in elems):
            return _string_text(elems)
        return "[" + ", ".join(e.typed() for e in elems) + "]"
    body = ", ".join(e.typed() for e in elems)
    if not elems:
        return "{}"
    return f"<{{ {body} }}>" if t.packed else f"{{ {body} }}"


# ----------------------------------------------------------------- construction

def make_int(t: Any, value: int) -> Const:
    """An integer constant of type `t` (wrapped to its width)."""
    return Const(t, "int", value & ((1 << t.width) - 1))


def make_fp(t: Any, bits: int) -> Const:
    """A float constant (bit pattern)."""
    return Const(t, "fp", bits)


def special(t: Any, kind: str) -> Const:
    """undef / poison / zero (null for pointers, 0 for scalars) of type `t`."""
    if kind == "zero":
        if isinstance(t, T.IntegerType):
            return make_int(t, 0)
        if isinstance(t, T.FloatType):
            return make_fp(t, 0)
        if isinstance(t, LT.LLVMPointerType):
            return Const(t, "null")
    return Const(t, kind)


def aggregate(t: Any, elems: Sequence[Const]) -> Const:
    """A struct/array/vector constant, normalised as LLVM's ConstantAggregate::get does
    (all null: zeroinitializer; all poison: poison; all undef or poison: undef)."""
    elems = tuple(elems)
    if elems:
        if all(_is_null(e) for e in elems):
            return Const(t, "zero")
        if all(e.kind == "poison" for e in elems):
            return Const(t, "poison")
        if all(e.kind in ("undef", "poison") for e in elems):
            return Const(t, "undef")
    elif isinstance(t, LT.LLVMStructType | LT.LLVMArrayType):
        return Const(t, "zero")
    return Const(t, "agg", elems)


def element_types(t: Any) -> list[Any]:
    """The member types of an aggregate or vector type."""
    if isinstance(t, LT.LLVMStructType):
        return list(t.body)
    if isinstance(t, LT.LLVMArrayType):
        return [t.element_type] * t.num_elements
    if isinstance(t, T.VectorType):
        return [t.element_type] * t.shape[0]
    raise ValueError(t)


def expand(c: Const) -> list[Const]:
    """The elements of an aggregate constant (zero/undef/poison expanded)."""
    if c.kind == "agg":
        return list(c.val)
    return [special(et, c.kind) for et in element_types(c.mty)]


class ConstError(Exception):
    """An attribute that cannot become a constant of the type (message for the op)."""


def _scalar_from_value(t: Any, v: Any) -> Const:
    if isinstance(t, T.IntegerType):
        return make_int(t, int(v))
    if isinstance(t, T.FloatType):
        return make_fp(t, v)
    raise ConstError("unsupported constant type")


def from_attribute(t: Any, attr: Any) -> Const:
    """The constant of type `t` an `llvm.mlir.constant`/global value attribute denotes."""
    if isinstance(attr, A.IntegerAttr):
        if isinstance(t, T.FloatType):
            raise ConstError("expected a float attribute")
        if isinstance(t, T.VectorType):
            return aggregate(t, [make_int(t.element_type, attr.value)] * t.shape[0])
        return make_int(t, attr.value)
    if isinstance(attr, A.FloatAttr):
        if isinstance(t, T.VectorType):
            return aggregate(t, [make_fp(t.element_type, attr.bits)] * t.shape[0])
        if not isinstance(t, T.FloatType):
            raise ConstError("expected a float type")
        if t.kind != attr.type.kind:
            return make_fp(t, apfloat.convert(attr.type.kind, t.kind, attr.bits))
        return make_fp(t, attr.bits)
    if isinstance(attr, A.StringAttr):
        data = attr.value.encode("utf-8", "surrogateescape") if isinstance(attr.value, str) \
            else bytes(attr.value)
        et = t.element_type if isinstance(t, LT.LLVMArrayType) else T.IntegerType(8)
        return Const(t, "agg", tuple(make_int(et, b) for b in data)) if data else Const(t, "zero")
    if isinstance(attr, A.DenseElementsAttr):
        values = list(attr.elements())
        return _nested(t, values, attr)
    if isinstance(attr, A.ArrayAttr) and isinstance(t, LT.LLVMStructType | LT.LLVMArrayType):
        members = element_types(t)
        if len(members) != len(attr.value):
            raise ConstError("array attribute size does not match the aggregate type")
        return aggregate(t, [from_attribute(mt, a) for mt, a in zip(members, attr.value)])
    raise ConstError("unsupported constant value")


def _nested(t: Any, values: list, attr: Any) -> Const:
    """Build a (nested) array/vector constant from a flat row-major value list."""
    if isinstance(t, T.VectorType):
        et = t.element_type
        return aggregate(t, [_scalar_from_value(et, v) for v in values[: t.shape[0]]])
    if isinstance(t, LT.LLVMArrayType):
        n = t.num_elements
        et = t.element_type
        if isinstance(et, LT.LLVMArrayType | T.VectorType):
            per = len(values) // n if n else 0
            parts = [_nested(et, values[i * per:(i + 1) * per], attr) for i in range(n)]
            return aggregate(t, parts)
        elems = [_scalar_from_value(et, v) for v in values[:n]]
        if len(elems) != n:
            raise ConstError("elements attribute size does not match the array type")
        if isinstance(et, T.IntegerType) and et.width == 8 and elems \
                and not all(_is_null(e) for e in elems):
            return Const(t, "agg", tuple(elems))
        return aggregate(t, elems)
    if len(values) == 1:
        return _scalar_from_value(t, values[0])
    raise ConstError("unsupported constant type")
