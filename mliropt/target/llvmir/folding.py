"""Constant folding of instructions whose operands are all constants, as LLVM's
IRBuilder<TargetFolder> does while MLIR translates (ConstantFoldBinaryInstruction,
compare and cast folding); None when LLVM would keep the instruction."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.llvm import types as LT
from mliropt.ir import apfloat
from mliropt.ir import types as T
from mliropt.target.llvmir.constants import aggregate, expand, make_fp, make_int, special
from mliropt.target.llvmir.values import Const

# Binary ops LLVM still builds as constant expressions for non-literal constants.
_EXPR_BINOPS = ("add", "sub", "xor")


def _sx(v: int, w: int) -> int:
    return v - (1 << w) if v >> (w - 1) & 1 else v


def _int_binop(op: str, a: int, b: int, w: int) -> int | None:
    """The wrapped result, or None for poison."""
    m = (1 << w) - 1
    if op == "add":
        return (a + b) & m
    if op == "sub":
        return (a - b) & m
    if op == "mul":
        return (a * b) & m
    if op == "and":
        return a & b
    if op == "or":
        return a | b
    if op == "xor":
        return a ^ b
    if op in ("shl", "lshr", "ashr"):
        if b >= w:
            return None
        if op == "shl":
            return (a << b) & m
        if op == "lshr":
            return a >> b
        return (_sx(a, w) >> b) & m
    if b == 0:
        return None
    if op == "udiv":
        return a // b
    if op == "urem":
        return a % b
    sa, sb = _sx(a, w), _sx(b, w)
    if sb == -1 and sa == -(1 << (w - 1)):
        return None  # INT_MIN / -1 overflows
    q = abs(sa) // abs(sb)
    if (sa < 0) != (sb < 0):
        q = -q
    if op == "sdiv":
        return q & m
    return (sa - q * sb) & m  # srem: the sign of the dividend


_FP_OPS = {"fadd": apfloat.add, "fsub": apfloat.sub, "fmul": apfloat.mul,
           "fdiv": apfloat.div, "frem": apfloat.rem}


def _undef_binop(op: str, a: Const, b: Const) -> Const | None:
    t = a.mty
    both = a.kind == "undef" and b.kind == "undef"
    if op == "xor" and both:
        return special(t, "zero")
    if op in ("add", "sub", "xor"):
        return special(t, "undef")
    if op in ("and", "mul"):
        return special(t, "undef") if both else special(t, "zero")
    if op == "or":
        return special(t, "undef") if both else make_int(t, -1)
    if op in ("udiv", "sdiv", "urem", "srem", "shl", "lshr", "ashr"):
        if b.kind == "undef":
            return special(t, "poison")
        return special(t, "zero")
    if op in _FP_OPS:
        return make_fp(t, apfloat.default_nan(t.kind))
    return None


def fold_binary(op: str, a: Const, b: Const) -> Const | None:
    """`op a, b` of two constants, or None."""
    t = a.mty
    if isinstance(t, T.VectorType):
        if a.kind in ("ref", "expr") or b.kind in ("ref", "expr"):
            return None
        ea, eb = expand(a), expand(b)
        out = [fold_binary(op, x, y) for x, y in zip(ea, eb)]
        if any(o is None for o in out):
            return None
        return aggregate(t, out)  # type: ignore[arg-type]
    if a.kind == "poison" or b.kind == "poison":
        return special(t, "poison")
    if a.kind == "undef" or b.kind == "undef":
        return _undef_binop(op, a, b)
    if a.kind == "int" and b.kind == "int":
        r = _int_binop(op, a.val, b.val, t.width)
        return special(t, "poison") if r is None else make_int(t, r)
    if a.kind == "fp" and b.kind == "fp":
        fn = _FP_OPS.get(op)
        return None if fn is None else make_fp(t, fn(t.kind, a.val, b.val))
    if op in _EXPR_BINOPS and isinstance(t, T.IntegerType):
        return Const(t, "expr", f"{op} ({a.typed()}, {b.typed()})")
    return None


def fold_fneg(a: Const) -> Const | None:
    """`fneg a`."""
    if a.kind == "fp":
        return make_fp(a.mty, apfloat.neg(a.mty.kind, a.val))
    if a.kind in ("poison", "undef"):
        return special(a.mty, a.kind)
    return None


_ICMP = {
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b,
    "ult": lambda a, b: a < b, "ule": lambda a, b: a <= b,
    "ugt": lambda a, b: a > b, "uge": lambda a, b: a >= b,
}


def _bool_result(a: Const, bits: list[bool | None]) -> Const | None:
    t = a.mty
    i1 = T.IntegerType(1)
    if isinstance(t, T.VectorType):
        rt = T.VectorType(t.shape, i1, t.scalable)
        if any(x is None for x in bits):
            return None
        return aggregate(rt, [make_int(i1, int(x)) for x in bits])  # type: ignore[arg-type]
    return None if bits[0] is None else make_int(i1, int(bits[0]))


def _result_type(t: Any, et: Any) -> Any:
    if isinstance(t, T.VectorType):
        return T.VectorType(t.shape, et, t.scalable)
    return et


def fold_icmp(pred: str, a: Const, b: Const) -> Const | None:
    """`icmp pred a, b`."""
    t = a.mty
    i1t = _result_type(t, T.IntegerType(1))
    if a.kind == "poison" or b.kind == "poison":
        return special(i1t, "poison")
    if a.kind == "undef" or b.kind == "undef":
        return special(i1t, "undef")
    ea, eb = (expand(a), expand(b)) if isinstance(t, T.VectorType) else ([a], [b])
    out: list[bool | None] = []
    for x, y in zip(ea, eb):
        if x.kind == "null" and y.kind == "null":
            out.append(pred in ("eq", "ule", "uge", "sle", "sge"))
            continue
        if x.kind != "int" or y.kind != "int":
            out.append(None)
            continue
        w = x.mty.width
        if pred[0] == "s":
            u = "u" + pred[1:]
            out.append(_ICMP[u](_sx(x.val, w), _sx(y.val, w)))
        else:
            out.append(_ICMP[pred](x.val, y.val))
    return _bool_result(a, out)


def fold_fcmp(pred: str, a: Const, b: Const) -> Const | None:
    """`fcmp pred a, b`."""
    t = a.mty
    i1t = _result_type(t, T.IntegerType(1))
    if pred in ("false", "true"):
        n = t.shape[0] if isinstance(t, T.VectorType) else 1
        return _bool_result(a, [pred == "true"] * n)
    if a.kind == "poison" or b.kind == "poison":
        return special(i1t, "poison")
    if a.kind == "undef" or b.kind == "undef":
        return special(i1t, "undef")
    ea, eb = (expand(a), expand(b)) if isinstance(t, T.VectorType) else ([a], [b])
    out: list[bool | None] = []
    for x, y in zip(ea, eb):
        if x.kind != "fp" or y.kind != "fp":
            out.append(None)
            continue
        rel = apfloat.compare(x.mty.kind, x.val, y.val)  # "lt", "eq", "gt", "unordered"
        rel = "un" if rel == "unordered" else rel
        out.append(_fcmp_holds(pred, rel))
    return _bool_result(a, out)


def _fcmp_holds(pred: str, rel: str) -> bool:
    if pred in ("ord", "uno"):
        return (rel == "un") == (pred == "uno")
    if rel == "un":
        return pred[0] == "u"
    base = pred[1:]
    return {"eq": rel == "eq", "ne": rel != "eq", "lt": rel == "lt", "le": rel in ("lt", "eq"),
            "gt": rel == "gt", "ge": rel in ("gt", "eq")}[base]


def _bits_of(c: Const) -> tuple[int, int] | None:
    """(bit pattern, width) of a literal int/float or a vector of them (element 0 in the
    low bits, as on a little-endian target)."""
    if c.kind in ("int", "fp"):
        from mliropt.target.llvmir.types import size_in_bits

        return c.val, size_in_bits(c.mty)
    if c.kind in ("zero", "agg") and isinstance(c.mty, T.VectorType):
        total, width = 0, 0
        for e in expand(c):
            b = _bits_of(e)
            if b is None:
                return None
            total |= b[0] << width
            width += b[1]
        return total, width
    return None


def _from_bits(t: Any, bits: int) -> Const:
    from mliropt.target.llvmir.types import size_in_bits

    if isinstance(t, T.VectorType):
        w = size_in_bits(t.element_type)
        return aggregate(t, [_from_bits(t.element_type, (bits >> (i * w)) & ((1 << w) - 1))
                             for i in range(t.shape[0])])
    if isinstance(t, T.FloatType):
        return make_fp(t, bits)
    return make_int(t, bits)


def fold_cast(op: str, a: Const, to: Any) -> Const | None:
    """`op a to to` (trunc, zext, sext, fp casts, int/fp conversions, pointer casts)."""
    if op == "bitcast" and (isinstance(to, T.VectorType) or isinstance(a.mty, T.VectorType)) \
            and not isinstance(getattr(to, "element_type", to), LT.LLVMPointerType):
        if a.kind in ("poison", "undef"):
            return special(to, a.kind)
        bits = _bits_of(a)
        if bits is not None and not (isinstance(to, T.VectorType) and to.scalable[0]):
            return _from_bits(to, bits[0])
    if isinstance(to, T.VectorType) and isinstance(a.mty, T.VectorType):
        if a.kind in ("ref", "expr"):
            return None
        out = [fold_cast(op, e, to.element_type) for e in expand(a)]
        if any(o is None for o in out):
            return None
        return aggregate(to, out)  # type: ignore[arg-type]
    if a.kind == "poison":
        return special(to, "poison")
    if a.kind == "undef":
        if op in ("zext", "sext", "uitofp", "sitofp"):
            return special(to, "zero")
        if op in ("bitcast", "trunc", "fptrunc", "fpext", "addrspacecast"):
            return special(to, "undef")
        return special(to, "poison") if op in ("fptoui", "fptosi") else None
    if a.kind == "null" or (a.kind == "int" and a.val == 0 and op == "inttoptr"):
        if op in ("ptrtoint", "inttoptr", "bitcast"):
            return special(to, "zero")
        return None
    if a.kind == "int":
        w = a.mty.width
        if op == "trunc":
            return make_int(to, a.val)
        if op == "zext":
            return make_int(to, a.val)
        if op == "sext":
            return make_int(to, _sx(a.val, w))
        if op in ("uitofp", "sitofp"):
            v = _sx(a.val, w) if op == "sitofp" else a.val
            return make_fp(to, apfloat.from_int(to.kind, v))
        if op == "bitcast" and isinstance(to, T.FloatType):
            return make_fp(to, a.val)
        if op == "bitcast" and isinstance(to, T.IntegerType):
            return make_int(to, a.val)
        if op == "inttoptr":
            c = Const(to, "expr", f"inttoptr ({a.typed()} to {Const(to, 'null').ty})")
            c.addr = a.val
            return c
        return None
    if a.kind == "fp":
        k = a.mty.kind
        if op in ("fptrunc", "fpext"):
            return make_fp(to, apfloat.convert(k, to.kind, a.val))
        if op in ("fptoui", "fptosi"):
            r = apfloat.to_int(k, a.val, to.width, op == "fptosi")
            return special(to, "poison") if r is None else make_int(to, r)
        if op == "bitcast" and isinstance(to, T.IntegerType):
            return make_int(to, a.val)
        if op == "bitcast" and isinstance(to, T.FloatType):
            return make_fp(to, a.val)
        return None
    if a.addr is not None and op == "ptrtoint":
        return make_int(to, a.addr)
    if a.kind in ("ref", "expr") and op in ("ptrtoint", "inttoptr", "bitcast", "addrspacecast",
                                             "trunc"):
        if op == "bitcast" and a.mty == to:
            return a
        to_text = Const(to, "undef").ty
        return Const(to, "expr", f"{op} ({a.typed()} to {to_text})")
    return None


def fold_select(c: Const, a: Const, b: Const) -> Const | None:
    """`select c, a, b` with every operand constant."""
    if c.kind == "int" and isinstance(c.mty, T.IntegerType):
        return a if c.val else b
    if c.kind == "poison":
        return special(a.mty, "poison")
    if a is b:
        return a
    return None


def fold_extractvalue(agg: Const, pos: list[int]) -> Const | None:
    """`extractvalue agg, pos...`."""
    c = agg
    for p in pos:
        if c.kind in ("ref", "expr"):
            return None
        c = expand(c)[p]
    return c


def fold_insertvalue(agg: Const, val: Const, pos: list[int]) -> Const | None:
    """`insertvalue agg, val, pos...`."""
    if agg.kind in ("ref", "expr"):
        return None
    elems = expand(agg)
    if len(pos) == 1:
        elems[pos[0]] = val
    else:
        inner = fold_insertvalue(elems[pos[0]], val, pos[1:])
        if inner is None:
            return None
        elems[pos[0]] = inner
    return aggregate(agg.mty, elems)


def is_llvm_pointer(t: Any) -> bool:
    """True for `!llvm.ptr`."""
    return isinstance(t, LT.LLVMPointerType)


def _index(c: Const) -> int | None:
    return c.val if c.kind == "int" else None


def fold_extractelement(vec: Const, idx: Const) -> Const | None:
    """`extractelement vec, idx` (out of range or poison index: poison)."""
    t = vec.mty
    et = t.element_type
    if idx.kind in ("poison", "undef") or vec.kind == "poison":
        return special(et, "poison")
    if vec.kind in ("ref", "expr") or (t.scalable and t.scalable[0]):
        return None
    i = _index(idx)
    if i is None:
        return None
    if i >= t.shape[0]:
        return special(et, "poison")
    return expand(vec)[i]


def fold_insertelement(vec: Const, val: Const, idx: Const) -> Const | None:
    """`insertelement vec, val, idx`."""
    t = vec.mty
    if idx.kind in ("poison", "undef"):
        return special(t, "poison")
    if vec.kind in ("ref", "expr") or (t.scalable and t.scalable[0]):
        return None
    i = _index(idx)
    if i is None:
        return None
    if i >= t.shape[0]:
        return special(t, "poison")
    elems = expand(vec)
    elems[i] = val
    return aggregate(t, elems)


def fold_shufflevector(a: Const, b: Const, mask: list[int], rt: Any) -> Const | None:
    """`shufflevector a, b, mask` (a -1 mask element gives an undef element)."""
    t = a.mty
    if (t.scalable and t.scalable[0]) or a.kind in ("ref", "expr") or b.kind in ("ref", "expr"):
        return None
    if all(m == -1 for m in mask):
        return special(rt, "poison")
    n = t.shape[0]
    ea, eb = expand(a), expand(b)
    out = []
    for m in mask:
        if m == -1:
            out.append(special(t.element_type, "undef"))
        elif m < n:
            out.append(ea[m])
        else:
            out.append(eb[m - n])
    return aggregate(rt, out)
