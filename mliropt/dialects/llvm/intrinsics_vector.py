"""llvm vector reduction intrinsics (`llvm.intr.vector.reduce.*`).

Integer reductions and the fadd/fmul ones (with a start value) print in the generic
form, as upstream declares them without an assembly format.
"""

from __future__ import annotations

from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.llvm import constraints as C
from mliropt.dialects.llvm.intrinsics_math import OPERANDS_FORMAT, IntrOp, _no_fastmath
from mliropt.dialects.ods import Attr, Operand, Pure, Result


class _IntReduceOp(IntrOp):
    """Base of integer vector reductions (generic form)."""

    traits = (Pure,)
    llvm_overloads = ("in_",)
    in_ = Operand(C.LLVMVector)
    res = Result(C.SignlessInteger)


class _FloatReduceOp(IntrOp):
    """Base of float min/max vector reductions."""

    traits = (Pure,)
    llvm_overloads = ("in_",)
    in_ = Operand(C.LLVMVector)
    fastmathFlags = Attr(LA.FastmathFlags, default=_no_fastmath)
    res = Result(C.LLVMFloat)
    assembly_format = OPERANDS_FORMAT


class _FloatAccumulateOp(IntrOp):
    """Base of fadd/fmul reductions: a start value and a vector (generic form)."""

    traits = (Pure,)
    llvm_overloads = ("input",)
    start_value = Operand(C.LLVMFloat)
    input = Operand(C.LLVMVector)
    fastmathFlags = Attr(LA.FastmathFlags, default=_no_fastmath)
    res = Result(C.LLVMFloat)


class vector_reduce_add(_IntReduceOp):  # noqa: N801 - upstream's name
    """Sum of the elements.

    Example: `%r = "llvm.intr.vector.reduce.add"(%v) : (vector<4xi32>) -> i32`
    """

    name = "llvm.intr.vector.reduce.add"


class vector_reduce_mul(_IntReduceOp):  # noqa: N801
    """Product of the elements.

    Example: `%r = "llvm.intr.vector.reduce.mul"(%v) : (vector<4xi32>) -> i32`
    """

    name = "llvm.intr.vector.reduce.mul"


class vector_reduce_and(_IntReduceOp):  # noqa: N801
    """Bitwise and of the elements.

    Example: `%r = "llvm.intr.vector.reduce.and"(%v) : (vector<4xi32>) -> i32`
    """

    name = "llvm.intr.vector.reduce.and"


class vector_reduce_or(_IntReduceOp):  # noqa: N801
    """Bitwise or of the elements.

    Example: `%r = "llvm.intr.vector.reduce.or"(%v) : (vector<4xi32>) -> i32`
    """

    name = "llvm.intr.vector.reduce.or"


class vector_reduce_xor(_IntReduceOp):  # noqa: N801
    """Bitwise xor of the elements.

    Example: `%r = "llvm.intr.vector.reduce.xor"(%v) : (vector<4xi32>) -> i32`
    """

    name = "llvm.intr.vector.reduce.xor"


class vector_reduce_smax(_IntReduceOp):  # noqa: N801
    """Signed maximum of the elements.

    Example: `%r = "llvm.intr.vector.reduce.smax"(%v) : (vector<4xi32>) -> i32`
    """

    name = "llvm.intr.vector.reduce.smax"


class vector_reduce_smin(_IntReduceOp):  # noqa: N801
    """Signed minimum of the elements.

    Example: `%r = "llvm.intr.vector.reduce.smin"(%v) : (vector<4xi32>) -> i32`
    """

    name = "llvm.intr.vector.reduce.smin"


class vector_reduce_umax(_IntReduceOp):  # noqa: N801
    """Unsigned maximum of the elements.

    Example: `%r = "llvm.intr.vector.reduce.umax"(%v) : (vector<4xi32>) -> i32`
    """

    name = "llvm.intr.vector.reduce.umax"


class vector_reduce_umin(_IntReduceOp):  # noqa: N801
    """Unsigned minimum of the elements.

    Example: `%r = "llvm.intr.vector.reduce.umin"(%v) : (vector<4xi32>) -> i32`
    """

    name = "llvm.intr.vector.reduce.umin"


class vector_reduce_fmax(_FloatReduceOp):  # noqa: N801
    """maxnum of the elements.

    Example: `%r = llvm.intr.vector.reduce.fmax(%v) : (vector<4xf32>) -> f32`
    """

    name = "llvm.intr.vector.reduce.fmax"


class vector_reduce_fmin(_FloatReduceOp):  # noqa: N801
    """minnum of the elements.

    Example: `%r = llvm.intr.vector.reduce.fmin(%v) : (vector<4xf32>) -> f32`
    """

    name = "llvm.intr.vector.reduce.fmin"


class vector_reduce_fmaximum(_FloatReduceOp):  # noqa: N801
    """maximum (NaN-propagating) of the elements.

    Example: `%r = llvm.intr.vector.reduce.fmaximum(%v) : (vector<4xf32>) -> f32`
    """

    name = "llvm.intr.vector.reduce.fmaximum"


class vector_reduce_fminimum(_FloatReduceOp):  # noqa: N801
    """minimum (NaN-propagating) of the elements.

    Example: `%r = llvm.intr.vector.reduce.fminimum(%v) : (vector<4xf32>) -> f32`
    """

    name = "llvm.intr.vector.reduce.fminimum"


class vector_reduce_fadd(_FloatAccumulateOp):  # noqa: N801
    """Sum of a start value and the elements.

    Example: `%r = "llvm.intr.vector.reduce.fadd"(%s, %v) <{fastmathFlags = ...}> : ...`
    """

    name = "llvm.intr.vector.reduce.fadd"


class vector_reduce_fmul(_FloatAccumulateOp):  # noqa: N801
    """Product of a start value and the elements.

    Example: `%r = "llvm.intr.vector.reduce.fmul"(%s, %v) <{fastmathFlags = ...}> : ...`
    """

    name = "llvm.intr.vector.reduce.fmul"


VECTOR_INTRINSICS = (
    vector_reduce_add,
    vector_reduce_mul,
    vector_reduce_and,
    vector_reduce_or,
    vector_reduce_xor,
    vector_reduce_smax,
    vector_reduce_smin,
    vector_reduce_umax,
    vector_reduce_umin,
    vector_reduce_fmax,
    vector_reduce_fmin,
    vector_reduce_fmaximum,
    vector_reduce_fminimum,
    vector_reduce_fadd,
    vector_reduce_fmul,
)
