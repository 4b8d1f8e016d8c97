"""Small builders of the arith, cf and scf ops that lowerings create."""

from __future__ import annotations

from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import types as T


def segments(*sizes: int) -> A.DenseArrayAttr:
    """An `operandSegmentSizes` property."""
    return A.DenseArrayAttr(T.i32, tuple(sizes))


def br(rw: Any, loc: Any, dest: Any, operands: Any = ()) -> Any:
    """`cf.br ^dest(operands)`."""
    from mliropt.dialects.cf import BranchOp

    return rw.create(BranchOp, list(operands), [], successors=[dest], location=loc)


def cond_br(
    rw: Any, loc: Any, cond: Any, true_dest: Any, true_args: Any, false_dest: Any, false_args: Any
) -> Any:
    """`cf.cond_br %cond, ^t(true_args), ^f(false_args)`."""
    from mliropt.dialects.cf import CondBranchOp

    t, f = list(true_args), list(false_args)
    props = {"operandSegmentSizes": segments(1, len(t), len(f))}
    return rw.create(
        CondBranchOp,
        [cond, *t, *f],
        [],
        properties=props,
        successors=[true_dest, false_dest],
        location=loc,
    )


def switch(
    rw: Any,
    loc: Any,
    flag: Any,
    default: Any,
    default_args: Any,
    values: list[int],
    dests: list,
    dest_args: list[list],
) -> Any:
    """`cf.switch %flag : T, [default: ^d, v: ^b, ...]` with case values of the flag's
    type (a dense vector attribute, as upstream's DenseIntElementsAttr builder)."""
    from mliropt.dialects.cf import SwitchOp

    flat = [v for group in dest_args for v in group]
    props: dict[str, Any] = {}
    if values:
        vtype = T.VectorType((len(values),), flag.type)
        props["case_values"] = A.DenseElementsAttr(
            vtype, tuple(A.IntegerAttr(flag.type, v).value for v in values)
        )
    props["case_operand_segments"] = A.DenseArrayAttr(T.i32, tuple(len(g) for g in dest_args))
    props["operandSegmentSizes"] = segments(1, len(list(default_args)), len(flat))
    return rw.create(
        SwitchOp,
        [flag, *default_args, *flat],
        [],
        properties=props,
        successors=[default, *dests],
        location=loc,
    )


def cmpi(rw: Any, loc: Any, predicate: str, lhs: Any, rhs: Any) -> Any:
    """`arith.cmpi predicate, lhs, rhs`."""
    from mliropt.dialects.arith import CmpIOp
    from mliropt.dialects.arith.attributes import CMPI_PREDICATES

    i1 = T.IntegerType(1)
    props = {"predicate": A.IntegerAttr(T.IntegerType(64), CMPI_PREDICATES[predicate])}
    return rw.create(CmpIOp, [lhs, rhs], [i1], properties=props, location=loc)


def addi(rw: Any, loc: Any, lhs: Any, rhs: Any) -> Any:
    """`arith.addi lhs, rhs`."""
    from mliropt.dialects.arith import AddIOp

    return rw.create(AddIOp, [lhs, rhs], [lhs.type], location=loc)


def index_constant(rw: Any, loc: Any, value: int) -> Any:
    """`arith.constant value : index`."""
    from mliropt.dialects.arith import ConstantOp

    idx = T.IndexType()
    return rw.create(
        ConstantOp, [], [idx], properties={"value": A.IntegerAttr(idx, value)}, location=loc
    )
