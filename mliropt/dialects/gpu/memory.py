"""Host-side memory ops of the gpu dialect (alloc, dealloc, memcpy, memset, wait,
host_register, host_unregister), with upstream MLIR 22's async syntax
`custom<AsyncDependencies>` (`directives.py`)."""

from __future__ import annotations

from mliropt.dialects.gpu import directives as _directives  # noqa: F401 - registers the directive
from mliropt.dialects.gpu.attributes import AsyncToken
from mliropt.dialects.memref.constraints import AnyMemRef
from mliropt.dialects.memref.fold import fold_memref_cast
from mliropt.dialects.memref.layout import num_layout_symbols
from mliropt.dialects.ods import (
    OPTIONAL,
    VARIADIC,
    AnyType,
    Attr,
    AttrSizedOperandSegments,
    Constraint,
    Index,
    Op,
    Operand,
    Result,
    UnitAttr,
    VerifyError,
)
from mliropt.ir import types as T
from mliropt.ir.effects import ALLOCATE, FREE, READ, WRITE

_DEPS = "custom<AsyncDependencies>(type($asyncToken), $asyncDependencies)"

AnyUnrankedMemRef = Constraint(
    "unranked.memref of any type values",
    lambda t: isinstance(t, T.UnrankedMemRefType),
    kind=("builtin.unranked_memref", lambda t: isinstance(t, T.UnrankedMemRefType)),
)


class AsyncOp(Op):
    """Base of the ops with GPU_AsyncOpInterface: token operands, an optional token."""

    asyncDependencies = Operand(AsyncToken, VARIADIC)


class AllocOp(AsyncOp):
    """Allocate memory on the GPU (or host-shared), optionally asynchronously.

    Example: `%m, %t = gpu.alloc async [%dep] host_shared (%width) : memref<64x?xf32, 1>`
    """

    name = "gpu.alloc"
    traits = (AttrSizedOperandSegments,)
    dynamicSizes = Operand(Index, VARIADIC)
    symbolOperands = Operand(Index, VARIADIC)
    hostShared = Attr(UnitAttr, optional=True)
    memref = Result(AnyMemRef)
    asyncToken = Result(AsyncToken, OPTIONAL)
    assembly_format = (
        f"{_DEPS} (` ` `host_shared` $hostShared^)? ` ` "
        "`(` $dynamicSizes `)` (`` `[` $symbolOperands^ `]`)? attr-dict `:` type($memref)"
    )

    def asm_result_names(self) -> list:
        """`%memref` and `%asyncToken` (the ODS result names, as upstream prints them)."""
        names = [(self.results[0], "memref")]
        if len(self.results) > 1:
            names.append((self.results[1], "asyncToken"))
        return names

    def memory_effects(self) -> list:
        """Allocates its memref."""
        return [(ALLOCATE, self.results[0])]

    def verify(self) -> None:
        t = self.results[0].type
        assert isinstance(t, T.MemRefType)  # the result's constraint, checked before
        dynamic = sum(1 for d in t.shape if d == T.DYNAMIC)
        if len(self.dynamicSizes) != dynamic:
            raise VerifyError(
                self,
                f"incorrect number of dynamic sizes, has {len(self.dynamicSizes)}, "
                f"expected {dynamic}",
            )
        if len(self.symbolOperands) != num_layout_symbols(t):
            raise VerifyError(self, "symbol operand count does not equal memref symbol count")


class DeallocOp(AsyncOp):
    """Free memory allocated by gpu.alloc, optionally asynchronously.

    Example: `%t = gpu.dealloc async [%dep] %m : memref<8x64xf32, 1>`
    """

    name = "gpu.dealloc"
    memref = Operand(AnyMemRef)
    asyncToken = Result(AsyncToken, OPTIONAL)
    assembly_format = f"{_DEPS} $memref attr-dict `:` type($memref)"

    def memory_effects(self) -> list:
        """Frees the memref."""
        return [(FREE, self.memref)]


def _compatible_shapes(a: T.MemRefType, b: T.MemRefType) -> bool:
    """verifyCompatibleShape: the same rank, sizes equal where both are static."""
    if len(a.shape) != len(b.shape):
        return False
    return all(x == y or T.DYNAMIC in (x, y) for x, y in zip(a.shape, b.shape))


class MemcpyOp(AsyncOp):
    """Copy one memref into another, optionally asynchronously.

    Example: `%t = gpu.memcpy async [%dep] %dst, %src : memref<?xf32, 1>, memref<?xf32>`
    """

    name = "gpu.memcpy"
    dst = Operand(AnyMemRef)
    src = Operand(AnyMemRef)
    asyncToken = Result(AsyncToken, OPTIONAL)
    assembly_format = f"{_DEPS} $dst`,` $src `:` type($dst)`,` type($src) attr-dict"

    def memory_effects(self) -> list:
        """Writes the destination, reads the source."""
        return [(WRITE, self.dst), (READ, self.src)]

    def verify(self) -> None:
        src, dst = self.src.type, self.dst.type
        if src.element_type is not dst.element_type:  # type: ignore[attr-defined]
            raise VerifyError(self, "arguments have incompatible element type")
        if not _compatible_shapes(src, dst):  # type: ignore[arg-type]
            raise VerifyError(self, "arguments have incompatible shape")

    def fold(self, operands: list) -> list | None:
        """memcpy(cast(x), cast(y)) -> memcpy(x, y)."""
        return [] if fold_memref_cast(self) else None


class MemsetOp(AsyncOp):
    """Set every element of a memref to a value, optionally asynchronously.

    Example: `%t = gpu.memset async [%dep] %dst, %value : memref<?xf32, 1>, f32`
    """

    name = "gpu.memset"
    dst = Operand(AnyMemRef)
    value = Operand(AnyType)
    asyncToken = Result(AsyncToken, OPTIONAL)
    assembly_format = f"{_DEPS} $dst`,` $value `:` type($dst)`,` type($value) attr-dict"

    def memory_effects(self) -> list:
        """Writes the destination."""
        return [(WRITE, self.dst)]

    def verify(self) -> None:
        # AllElementTypesMatch<["dst", "value"]>.
        if self.dst.type.element_type is not T.element_type_or_self(self.value.type):  # type: ignore[attr-defined]
            raise VerifyError(
                self, "failed to verify that all of {dst, value} have same element type"
            )

    def fold(self, operands: list) -> list | None:
        """memset(cast(x)) -> memset(x)."""
        return [] if fold_memref_cast(self) else None


class WaitOp(AsyncOp):
    """Wait for async gpu ops (blocking the host), or join their tokens into one.

    Example: `%t = gpu.wait async [%t0, %t1]`
    """

    name = "gpu.wait"
    asyncToken = Result(AsyncToken, OPTIONAL)
    assembly_format = f"{_DEPS} attr-dict"


class HostRegisterOp(Op):
    """Register a host memref for access from the device.

    Example: `gpu.host_register %m : memref<*xf32>`
    """

    name = "gpu.host_register"
    value = Operand(AnyUnrankedMemRef)
    assembly_format = "$value attr-dict `:` type($value)"


class HostUnregisterOp(Op):
    """Unregister a memref registered with gpu.host_register.

    Example: `gpu.host_unregister %m : memref<*xf32>`
    """

    name = "gpu.host_unregister"
    value = Operand(AnyUnrankedMemRef)
    assembly_format = "$value attr-dict `:` type($value)"


MEMORY_OPS = (
    AllocOp,
    DeallocOp,
    MemcpyOp,
    MemsetOp,
    WaitOp,
    HostRegisterOp,
    HostUnregisterOp,
)
