"""The patterns of `convert-index-to-llvm` (upstream's IndexToLLVM.cpp): index ops on
integers of the index bitwidth; ceildivs, ceildivu and floordivs are expanded with
selects, casts become sext/zext/trunc or nothing."""

from __future__ import annotations

from typing import Any

from mliropt.conversion.llvm_common.pattern import ConvertOpToLLVMPattern
from mliropt.dialects import llvm as L
from mliropt.dialects.llvm.attributes import ICMP_PREDICATES
from mliropt.ir import attributes as A
from mliropt.ir import types as T

ONE_TO_ONE = {
    "index.add": L.AddOp,
    "index.sub": L.SubOp,
    "index.mul": L.MulOp,
    "index.divs": L.SDivOp,
    "index.divu": L.UDivOp,
    "index.rems": L.SRemOp,
    "index.remu": L.URemOp,
    "index.maxs": L.SMaxOp,
    "index.maxu": L.UMaxOp,
    "index.mins": L.SMinOp,
    "index.minu": L.UMinOp,
    "index.shl": L.ShlOp,
    "index.shrs": L.AShrOp,
    "index.shru": L.LShrOp,
    "index.and": L.AndOp,
    "index.or": L.OrOp,
    "index.xor": L.XOrOp,
}


class _Builder:
    """Small helpers creating llvm ops at the rewriter's insertion point."""

    def __init__(self, rw: Any, loc: Any, t: Any) -> None:
        self.rw, self.loc, self.t = rw, loc, t

    def const(self, v: int) -> Any:
        attr = A.IntegerAttr(self.t, v)
        return self.rw.create(
            L.ConstantOp, [], [self.t], None, {"value": attr}, location=self.loc
        ).results[0]

    def op(self, cls: Any, *operands: Any, t: Any = None) -> Any:
        return self.rw.create(
            cls, list(operands), [t or operands[0].type], location=self.loc
        ).results[0]

    def icmp(self, pred: str, a: Any, b: Any) -> Any:
        props = {"predicate": A.IntegerAttr(T.IntegerType(64), ICMP_PREDICATES[pred])}
        return self.rw.create(L.ICmpOp, [a, b], [T.i1], None, props, location=self.loc).results[0]

    def select(self, c: Any, a: Any, b: Any) -> Any:
        return self.rw.create(L.SelectOp, [c, a, b], [a.type], location=self.loc).results[0]


class OneToOneLowering(ConvertOpToLLVMPattern):
    """An index binary op -> the llvm op of the same meaning."""

    def __init__(self, root: str, target: Any, converter: Any) -> None:
        super().__init__(converter)
        self.root = root  # type: ignore[misc]
        self.target = target

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = self.type_converter.convert_type(op.result.type)
        rw.replace_op_with_new(op, self.target, adaptor.operands, [t])
        return True


class CeilDivSLowering(ConvertOpToLLVMPattern):
    """`ceildivs(n, m)` -> `n*m > 0 ? (n + x) / m + 1 : -(-n / m)` with x = m > 0 ? -1 : 1."""

    root = "index.ceildivs"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        n, m = adaptor.operands
        b = _Builder(rw, op.location, n.type)
        zero, pos_one, neg_one = b.const(0), b.const(1), b.const(-1)
        m_pos = b.icmp("sgt", m, zero)
        x = b.select(m_pos, neg_one, pos_one)
        pos_res = b.op(L.AddOp, b.op(L.SDivOp, b.op(L.AddOp, n, x), m), pos_one)
        neg_res = b.op(L.SubOp, zero, b.op(L.SDivOp, b.op(L.SubOp, zero, n), m))
        n_pos = b.icmp("sgt", n, zero)
        same = b.icmp("eq", n_pos, m_pos)
        nonzero = b.icmp("ne", n, zero)
        rw.replace_op(op, [b.select(b.op(L.AndOp, same, nonzero), pos_res, neg_res)])
        return True


class CeilDivULowering(ConvertOpToLLVMPattern):
    """`ceildivu(n, m)` -> `n == 0 ? 0 : (n - 1) / m + 1`."""

    root = "index.ceildivu"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        n, m = adaptor.operands
        b = _Builder(rw, op.location, n.type)
        zero, one = b.const(0), b.const(1)
        plus_one = b.op(L.AddOp, b.op(L.UDivOp, b.op(L.SubOp, n, one), m), one)
        rw.replace_op(op, [b.select(b.icmp("eq", n, zero), zero, plus_one)])
        return True


class FloorDivSLowering(ConvertOpToLLVMPattern):
    """`floordivs(n, m)` -> signs differ and n != 0 ? -1 - (x - n) / m : n / m."""

    root = "index.floordivs"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        n, m = adaptor.operands
        b = _Builder(rw, op.location, n.type)
        zero, pos_one, neg_one = b.const(0), b.const(1), b.const(-1)
        m_neg = b.icmp("slt", m, zero)
        x = b.select(m_neg, pos_one, neg_one)
        neg_res = b.op(L.SubOp, neg_one, b.op(L.SDivOp, b.op(L.SubOp, x, n), m))
        pos_res = b.op(L.SDivOp, n, m)
        n_neg = b.icmp("slt", n, zero)
        diff = b.icmp("ne", n_neg, m_neg)
        nonzero = b.icmp("ne", n, zero)
        rw.replace_op(op, [b.select(b.op(L.AndOp, diff, nonzero), neg_res, pos_res)])
        return True


class CastLowering(ConvertOpToLLVMPattern):
    """`index.casts/castu` -> sext/zext, trunc, or the operand at equal widths."""

    def __init__(self, root: str, ext: Any, converter: Any) -> None:
        super().__init__(converter)
        self.root = root  # type: ignore[misc]
        self.ext = ext

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        value = adaptor.operands[0]
        t = self.type_converter.convert_type(op.result.type)
        if value.type.width == t.width:
            rw.replace_op(op, [value])
            return True
        cls = self.ext if value.type.width < t.width else L.TruncOp
        rw.replace_op_with_new(op, cls, [value], [t])
        return True


class CmpLowering(ConvertOpToLLVMPattern):
    """`index.cmp pred(a, b)` -> `llvm.icmp`."""

    root = "index.cmp"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        props = {"predicate": A.IntegerAttr(T.IntegerType(64), op.properties["pred"].value)}
        rw.replace_op_with_new(op, L.ICmpOp, adaptor.operands, [T.i1], None, props)
        return True


class SizeOfLowering(ConvertOpToLLVMPattern):
    """`index.sizeof` -> the index bitwidth as a constant."""

    root = "index.sizeof"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = self.type_converter.index_type
        rw.replace_op(op, [_Builder(rw, op.location, t).const(t.width)])
        return True


class ConstantLowering(ConvertOpToLLVMPattern):
    """`index.constant v` -> `llvm.mlir.constant(v : iN)` (truncated to the width)."""

    root = "index.constant"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = self.type_converter.index_type
        value = op.properties["value"].value
        width = t.width
        value &= (1 << width) - 1
        if value >= 1 << (width - 1):
            value -= 1 << width
        rw.replace_op(op, [_Builder(rw, op.location, t).const(value)])
        return True


class BoolConstantLowering(ConvertOpToLLVMPattern):
    """`index.bool.constant b` -> `llvm.mlir.constant(b) : i1`."""

    root = "index.bool.constant"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        attr = op.properties["value"]
        rw.replace_op_with_new(op, L.ConstantOp, [], [T.i1], None, {"value": attr})
        return True


def index_to_llvm_patterns(converter: Any) -> list:
    """The patterns (upstream's populateConvertIndexToLLVMPatterns)."""
    out: list = [
        CeilDivSLowering(converter),
        CeilDivULowering(converter),
        FloorDivSLowering(converter),
        CastLowering("index.casts", L.SExtOp, converter),
        CastLowering("index.castu", L.ZExtOp, converter),
        CmpLowering(converter),
        SizeOfLowering(converter),
        ConstantLowering(converter),
        BoolConstantLowering(converter),
    ]
    out.extend(OneToOneLowering(root, target, converter) for root, target in ONE_TO_ONE.items())
    return out
