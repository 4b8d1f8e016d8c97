"""The ops of the tensor dialect registered so far: empty, cast, dim, rank, extract,
insert, from_elements and splat (upstream MLIR 22's syntax, verifiers and folders)."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.arith.folding import dense
from mliropt.dialects.ods import (
    VARIADIC,
    AnyType,
    Index,
    NoMemoryEffect,
    Op,
    Operand,
    Pure,
    Result,
    Trait,
    VerifyError,
    types_match_with,
    types_match_with_list,
)
from mliropt.dialects.tensor.constraints import (
    AnyNon0RankedOrUnrankedTensor,
    AnyRankedTensor,
    AnyStaticShapeTensor,
    AnyTensor,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.interfaces import ShapedDimOpInterface
from mliropt.ir.types import DYNAMIC

CastOpInterface = Trait("CastOpInterface")
DestinationStyleOpInterface = Trait("DestinationStyleOpInterface")


def index_attr(v: int) -> A.IntegerAttr:
    """An `index` integer attribute."""
    return A.IntegerAttr(T.index, v)


def element_type(t: Any) -> Any:
    """The element type of a tensor type (None for other types)."""
    return getattr(t, "element_type", None)


def match_with(op: Op, actual: Any, expected: Any, what: str) -> None:
    """A TypesMatchWith trait's check: `failed to verify that <what>`."""
    if actual is not expected:
        raise VerifyError(op, f"failed to verify that {what}")


def num_dynamic_dims(t: T.RankedTensorType) -> int:
    """RankedTensorType::getNumDynamicDims."""
    return sum(1 for d in t.shape if d == DYNAMIC)


def verify_dynamic_sizes(op: Op, t: T.RankedTensorType, sizes: list) -> None:
    """One dynamic-size operand per dynamic dimension of `t`."""
    expected = num_dynamic_dims(t)
    if len(sizes) != expected:
        raise VerifyError(
            op, f"incorrect number of dynamic sizes, has {len(sizes)}, expected {expected}"
        )


def shapes_compatible(a: Any, b: Any) -> bool:
    """verifyCompatibleShape: unranked fits anything; else same rank and each pair of
    static sizes equal."""
    if isinstance(a, T.UnrankedTensorType) or isinstance(b, T.UnrankedTensorType):
        return True
    if len(a.shape) != len(b.shape):
        return False
    return all(DYNAMIC in (x, y) or x == y for x, y in zip(a.shape, b.shape))


def cast_compatible(a: Any, b: Any) -> bool:
    """CastOp::areCastCompatible: tensors of one element type with compatible shapes."""
    if not isinstance(a, T.ShapedType) or not isinstance(b, T.ShapedType):
        return False
    tensors = (T.RankedTensorType, T.UnrankedTensorType)
    if not isinstance(a, tensors) or not isinstance(b, tensors):
        return False
    return a.element_type is b.element_type and shapes_compatible(a, b)


def preserves_static_information(source: Any, target: Any) -> bool:
    """preservesStaticInformation: `source` is at least as static as `target` (same
    element type, rank and encoding)."""
    if not isinstance(source, T.RankedTensorType) or not isinstance(target, T.RankedTensorType):
        return False
    if source.element_type is not target.element_type or source.encoding != target.encoding:
        return False
    if len(source.shape) != len(target.shape):
        return False
    return not any(s != DYNAMIC and t == DYNAMIC for s, t in zip(source.shape, target.shape))


def fold_tensor_cast(op: Any) -> bool:
    """foldTensorCast: operands produced by a tensor.cast that only erases static
    information read the cast's source instead; True when one changed."""
    folded = False
    for use in op.op_operands:
        cast = use.value.owner_op
        if cast is None or cast.name != "tensor.cast":
            continue
        src = cast.operand(0)
        if not preserves_static_information(cast.results[0].type, src.type):
            continue
        use.set(src)
        folded = True
    return folded


class NamedResultOp(Op):
    """Base of ops whose single result upstream names (`asm_name`)."""

    asm_name = ""

    def asm_result_names(self) -> list:
        """Upstream's getAsmResultNames."""
        return [(self.results[0], self.asm_name)]


class EmptyOp(Op):
    """A tensor of unspecified contents, of a shape with the given dynamic sizes.

    Example: `%0 = tensor.empty(%d) : tensor<4x?xf32>`
    """

    name = "tensor.empty"
    traits = (Pure,)
    dynamicSizes = Operand(Index, VARIADIC)
    result = Result(AnyRankedTensor)
    assembly_format = "`(`$dynamicSizes`)` attr-dict `:` type($result)"

    def verify(self) -> None:
        verify_dynamic_sizes(self, self.result.type, self.dynamicSizes)

    def dynamic_size(self, i: int) -> Any:
        """getDynamicSize: the operand giving dynamic dimension `i`."""
        shape = self.result.type.shape
        return self.dynamicSizes[sum(1 for d in shape[:i] if d == DYNAMIC)]


class CastOp(NamedResultOp):
    """Convert a tensor to a type with a compatible shape.

    Example: `%1 = tensor.cast %0 : tensor<4xf32> to tensor<?xf32>`
    """

    name = "tensor.cast"
    asm_name = "cast"
    traits = (CastOpInterface, Pure)
    source = Operand(AnyTensor)
    dest = Result(AnyTensor)
    assembly_format = "$source attr-dict `:` type($source) `to` type($dest)"

    def verify(self) -> None:
        a, b = self.source.type, self.dest.type
        if not cast_compatible(a, b):
            raise VerifyError(
                self, f"operand type '{a}' and result type '{b}' are cast incompatible"
            )

    def fold(self, operands: list) -> list | None:
        """CastOpInterface's folder: a cast to the source's own type -> the source."""
        return [self.source] if self.source.type is self.dest.type else None


class DimOp(ShapedDimOpInterface, NamedResultOp):
    """The size of one dimension of a tensor.

    Example: `%d = tensor.dim %t, %c1 : tensor<4x?xf32>`
    """

    name = "tensor.dim"
    asm_name = "dim"
    ranked_type = T.RankedTensorType
    traits = (NoMemoryEffect,)
    source = Operand(AnyNon0RankedOrUnrankedTensor)
    index = Operand(Index)
    result = Result(Index)
    assembly_format = "attr-dict $source `,` $index `:` type($source)"

    def fold(self, operands: list) -> list | None:
        """dim of a static size -> constant; of a dynamic size -> the extent operand of
        tensor.generate, the size operand of a non-rank-reducing extract_slice;
        dim(cast) -> dim when the cast only erases static information."""
        index = operands[1]
        t = self.source.type
        if not isinstance(index, A.IntegerAttr) or not isinstance(t, T.RankedTensorType):
            return None
        i = index.value
        if i < 0 or i >= len(t.shape):
            return None
        if t.shape[i] != DYNAMIC:
            return [index_attr(t.shape[i])]
        producer = self.source.owner_op
        name = producer.name if producer is not None else ""
        if name == "tensor.generate":
            return [producer.dynamicExtents[sum(1 for d in t.shape[:i] if d == DYNAMIC)]]
        if name == "tensor.extract_slice":
            sizes = producer.mixed("sizes")
            if len(sizes) == len(t.shape) and not isinstance(sizes[i], int):
                return [sizes[i]]
        return [self.result] if fold_tensor_cast(self) else None


class RankOp(NamedResultOp):
    """The rank of a tensor.

    Example: `%r = tensor.rank %t : tensor<*xf32>`
    """

    name = "tensor.rank"
    asm_name = "rank"
    traits = (Pure,)
    tensor = Operand(AnyTensor)
    result = Result(Index)
    assembly_format = "$tensor attr-dict `:` type($tensor)"

    def fold(self, operands: list) -> list | None:
        """rank of a ranked tensor -> constant."""
        t = self.tensor.type
        return [index_attr(len(t.shape))] if isinstance(t, T.RankedTensorType) else None


_SCALARS = (T.IntegerType, T.IndexType, T.FloatType)


def _element_attr(attr: A.DenseElementsAttr, flat: int) -> A.Attribute | None:
    """The element at row-major position `flat` as a scalar attribute, a complex one as
    the array of its two parts (which complex.constant materializes); None for strings."""
    from mliropt.dialects.arith.folding import scalar

    et = attr.type.element_type
    value = attr.values[0 if attr.splat else flat]
    if isinstance(et, T.ComplexType) and isinstance(et.element_type, _SCALARS):
        inner = et.element_type
        return A.ArrayAttr((scalar(inner, value[0]), scalar(inner, value[1])))
    if not isinstance(et, _SCALARS):
        return None
    return scalar(et, value)


class ExtractOp(NamedResultOp):
    """Read one element of a ranked tensor.

    Example: `%e = tensor.extract %t[%i, %j] : tensor<4x?xf32>`
    """

    name = "tensor.extract"
    asm_name = "extracted"
    traits = (Pure,)
    tensor = Operand(AnyRankedTensor)
    indices = Operand(Index, VARIADIC)
    result = Result(AnyType)
    type_relations = (types_match_with("tensor", "result", element_type),)
    assembly_format = "$tensor `[` $indices `]` attr-dict `:` type($tensor)"

    def verify(self) -> None:
        t = self.tensor.type
        match_with(
            self, self.result.type, t.element_type, "result type matches element type of tensor"
        )
        if len(self.indices) != len(t.shape):
            raise VerifyError(self, "incorrect number of indices for extract_element")

    def fold(self, operands: list) -> list | None:
        """extract of a splat constant -> its value; with constant indices:
        extract(from_elements) -> the element, extract of a constant -> the element,
        extract(insert %v at the same indices) -> %v."""
        tensor = operands[0]
        is_dense = isinstance(tensor, A.DenseElementsAttr)
        if is_dense and tensor.splat:
            value = _element_attr(tensor, 0)
            return [value] if value is not None else None
        if tensor is not None and not is_dense:
            return None  # dense_resource and sparse constants are not read
        if not all(isinstance(c, A.IntegerAttr) for c in operands[1:]):
            return None
        indices = [c.value for c in operands[1:]]
        producer = self.tensor.owner_op
        if producer is not None and producer.name == "tensor.from_elements":
            flat = _flat_index(producer.results[0].type.shape, indices)
            elements = producer.operands
            return [elements[flat]] if 0 <= flat < len(elements) else None
        if is_dense:
            shape = tensor.type.shape
            if all(0 <= i < d for i, d in zip(indices, shape)):
                value = _element_attr(tensor, _flat_index(shape, indices))
                return [value] if value is not None else None
        return _fold_extract_after_insert(self)


def _flat_index(shape: tuple, indices: list[int]) -> int:
    """The row-major position of `indices` in `shape`."""
    flat, stride = 0, 1
    for i in range(len(shape) - 1, -1, -1):
        flat += indices[i] * stride
        stride *= shape[i]
    return flat


def _same_fold_result(a: Any, b: Any) -> bool:
    """getAsOpFoldResult(a) == getAsOpFoldResult(b): the same value or equal constants."""
    if a is b:
        return True
    from mliropt.rewrite.folding import constant_value

    ca, cb = constant_value(a.owner_op), constant_value(b.owner_op)
    return ca is not None and ca == cb


def _fold_extract_after_insert(op: ExtractOp) -> list | None:
    """extract(insert %v into %t[%i...])[%i...] -> %v."""
    insert = op.tensor.owner_op
    if insert is None or insert.name != "tensor.insert":
        return None
    if insert.scalar.type is not op.result.type:
        return None
    a, b = list(insert.indices), list(op.indices)
    if len(a) != len(b) or not all(_same_fold_result(x, y) for x, y in zip(a, b)):
        return None
    return [insert.scalar]


class InsertOp(NamedResultOp):
    """A copy of a ranked tensor with one element replaced.

    Example: `%r = tensor.insert %v into %t[%i, %j] : tensor<4x?xf32>`
    """

    name = "tensor.insert"
    asm_name = "inserted"
    traits = (DestinationStyleOpInterface, Pure)
    scalar = Operand(AnyType)
    dest = Operand(AnyRankedTensor)
    indices = Operand(Index, VARIADIC)
    result = Result(AnyRankedTensor)
    type_relations = (
        types_match_with("dest", "result", lambda t: t),
        types_match_with("dest", "scalar", element_type),
    )
    assembly_format = "$scalar `into` $dest `[` $indices `]` attr-dict `:` type($dest)"

    def verify(self) -> None:
        t = self.dest.type
        match_with(self, self.result.type, t, "result type matches type of dest")
        match_with(
            self, self.scalar.type, t.element_type, "scalar type matches element type of dest"
        )
        if len(self.indices) != len(t.shape):
            raise VerifyError(self, "incorrect number of indices")

    def fold(self, operands: list) -> list | None:
        """insert of a splat constant's own value into it -> the constant."""
        scalar, dest = operands[0], operands[1]
        if scalar is None or not isinstance(dest, A.DenseElementsAttr) or not dest.splat:
            return None
        value = _element_attr(dest, 0)
        return [dest] if value is not None and value == scalar else None


def _elements_of(t: Any) -> list:
    """The operand types of a from_elements of result type `t`."""
    if not isinstance(t, T.RankedTensorType) or DYNAMIC in t.shape:
        return []
    return [t.element_type] * t.num_elements


def _scalar_value(a: Any, et: Any) -> Any:
    """The stored value of a scalar attribute of type `et` (float bits or integer), or
    None when it is another attribute."""
    if isinstance(et, T.FloatType):
        return a.bits if isinstance(a, A.FloatAttr) and a.type is et else None
    if isinstance(et, (T.IntegerType, T.IndexType)):
        return a.value if isinstance(a, A.IntegerAttr) and a.type is et else None
    return None


def _element_value(a: Any, et: Any) -> Any:
    """The stored value of an element attribute: a scalar's, or a complex number's
    (real, imag) pair from the array of its two parts; None when it does not fit."""
    if not isinstance(et, T.ComplexType):
        return _scalar_value(a, et)
    if not isinstance(a, A.ArrayAttr) or len(a.value) != 2:
        return None
    re, im = (_scalar_value(x, et.element_type) for x in a.value)
    return None if re is None or im is None else (re, im)


def _dense_of(t: Any, attrs: list) -> A.DenseElementsAttr | None:
    """DenseElementsAttr::get(t, attrs) for integer and float scalars and complex
    numbers (arrays of their two parts), else None."""
    values = [_element_value(a, t.element_type) for a in attrs]
    if any(v is None for v in values):
        return None
    return dense(t, values)


class FromElementsOp(NamedResultOp):
    """A static-shaped tensor of the given elements, in row-major order.

    Example: `%t = tensor.from_elements %a, %b : tensor<2xf32>`
    """

    name = "tensor.from_elements"
    asm_name = "from_elements"
    traits = (Pure,)
    elements = Operand(AnyType, VARIADIC)
    result = Result(AnyStaticShapeTensor)
    type_relations = (types_match_with_list("result", "elements", _elements_of),)
    assembly_format = "$elements attr-dict `:` type($result)"

    def verify(self) -> None:
        if [v.type for v in self.elements] != _elements_of(self.result.type):
            raise VerifyError(
                self, "failed to verify that operand types match result element type"
            )

    def fold(self, operands: list) -> list | None:
        """from_elements of constants -> a dense constant."""
        if not operands or any(c is None for c in operands):
            return None
        attr = _dense_of(self.result.type, operands)
        return [attr] if attr is not None else None


class SplatOp(NamedResultOp):
    """A ranked tensor with every element equal to one value.

    Example: `%t = tensor.splat %v[%d] : tensor<4x?xf32>`
    """

    name = "tensor.splat"
    asm_name = "splat"
    traits = (Pure,)
    input = Operand(AnyType)
    dynamicSizes = Operand(Index, VARIADIC)
    aggregate = Result(AnyRankedTensor)
    type_relations = (types_match_with("aggregate", "input", element_type),)
    assembly_format = "$input (`[` $dynamicSizes^ `]`)? attr-dict `:` type($aggregate)"

    def verify(self) -> None:
        t = self.aggregate.type
        match_with(
            self,
            self.input.type,
            t.element_type,
            "operand type matches element type of result",
        )
        verify_dynamic_sizes(self, t, self.dynamicSizes)

    def fold(self, operands: list) -> list | None:
        """splat of an integer or float constant to a static shape -> a splat dense
        constant (upstream does not fold complex numbers)."""
        t = self.aggregate.type
        if not isinstance(operands[0], (A.IntegerAttr, A.FloatAttr)) or DYNAMIC in t.shape:
            return None
        attr = _dense_of(t, [operands[0]])
        return [attr] if attr is not None else None


TENSOR_OPS = (EmptyOp, CastOp, DimOp, RankOp, ExtractOp, InsertOp, FromElementsOp, SplatOp)
