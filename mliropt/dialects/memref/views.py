"""View and cast ops of the memref dialect: cast, memory_space_cast, subview,
reinterpret_cast, view, reshape, expand_shape, collapse_shape, transpose,
assume_alignment and distinct_objects.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, ClassVar

from mliropt.dialects.memref.constraints import (
    AnyMemRef,
    AnyRankedOrUnrankedMemRef,
    AnyStridedMemRef,
    IndexListArrayAttr,
    MemRef1DOfI8,
    MemRef1DOfIntOrIndex,
    PositiveI32Attr,
)
from mliropt.dialects.memref.fold import defining, fold_memref_cast
from mliropt.dialects.memref.layout import (
    canonicalize_strided_layout,
    has_identity_layout,
    is_strided,
    memref_rank_reduction_mask,
    strides_and_offset,
)
from mliropt.dialects.memref.slices import (
    collapsed_layout,
    compatible_offsets,
    compatible_strides,
    expanded_type,
    infer_subview_type,
    layout_mismatch,
    rank_reduced_slice_error,
    reassociation_groups,
    statics,
    verify_collapsed_shape,
    verify_in_bounds_slice,
    verify_offset_size_stride,
)
from mliropt.dialects.memref.verify import error, shapes_compatible
from mliropt.dialects.ods import (
    VARIADIC,
    AffineMapAttr,
    Attr,
    AttrSizedOperandSegments,
    DenseI64ArrayAttr,
    Index,
    MemRefsNormalizable,
    Op,
    Operand,
    Pure,
    Result,
    SameOperandsAndResultShape,
    SameOperandsAndResultType,
    VerifyError,
)
from mliropt.ir import affine as AF
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.traits import Trait
from mliropt.ir.types import DYNAMIC
from mliropt.syntax.custom_syntax import CustomSyntax


class NamedResultOp(Op):
    """Base of ops whose single result upstream names (`asm_name`)."""

    asm_name = ""

    def asm_result_names(self) -> list:
        """Upstream's getAsmResultNames."""
        return [(self.results[0], self.asm_name)]


# ----------------------------------------------------------------- casts


def cast_compatible(a: T.Type, b: T.Type) -> bool:
    """CastOp::areCastCompatible."""
    if isinstance(a, T.MemRefType) and isinstance(b, T.MemRefType):
        if a.element_type is not b.element_type:
            return False
        if a.layout is not b.layout:
            sa, sb = strides_and_offset(a), strides_and_offset(b)
            if sa is None or sb is None or len(sa[0]) != len(sb[0]):
                return False
            pairs = [(sa[1], sb[1]), *zip(sa[0], sb[0])]
            if any(x != DYNAMIC and y != DYNAMIC and x != y for x, y in pairs):
                return False
        if a.memory_space is not b.memory_space:
            return False
        if len(a.shape) != len(b.shape):
            return False
        return all(DYNAMIC in (x, y) or x == y for x, y in zip(a.shape, b.shape))
    memrefs = (T.MemRefType, T.UnrankedMemRefType)
    if not isinstance(a, memrefs) or not isinstance(b, memrefs):
        return False
    if isinstance(a, T.UnrankedMemRefType) and isinstance(b, T.UnrankedMemRefType):
        return False
    return a.element_type is b.element_type and a.memory_space is b.memory_space


def verify_cast(op: Op, compatible: Any) -> None:
    """CastOpInterface's verifier."""
    a, b = op.operand(0).type, op.results[0].type
    if not compatible(a, b):
        raise VerifyError(op, f"operand type '{a}' and result type '{b}' are cast incompatible")


class CastOp(NamedResultOp):
    """Convert a memref to an equivalent type with a compatible shape.

    Example: `%1 = memref.cast %0 : memref<4xf32> to memref<?xf32>`
    """

    name = "memref.cast"
    asm_name = "cast"
    traits = (MemRefsNormalizable, Pure, SameOperandsAndResultShape)
    source = Operand(AnyRankedOrUnrankedMemRef)
    dest = Result(AnyRankedOrUnrankedMemRef)
    assembly_format = "$source attr-dict `:` type($source) `to` type($dest)"

    def verify(self) -> None:
        verify_cast(self, cast_compatible)
        if not shapes_compatible([self.source.type, self.dest.type]):
            raise VerifyError(self, "requires the same shape for all operands and results")

    def fold(self, operands: list) -> list | None:
        """cast(cast(x)) -> cast(x) when the inner cast's source is ranked."""
        return [self.dest] if fold_memref_cast(self) else None


def memory_space_cast_compatible(a: T.Type, b: T.Type) -> bool:
    """MemorySpaceCastOp::areCastCompatible."""
    if isinstance(a, T.MemRefType) and isinstance(b, T.MemRefType):
        return a.element_type is b.element_type and a.layout is b.layout and a.shape == b.shape
    if isinstance(a, T.UnrankedMemRefType) and isinstance(b, T.UnrankedMemRefType):
        return a.element_type is b.element_type
    return False


class MemorySpaceCastOp(NamedResultOp):
    """Cast a memref to another memory space.

    Example: `%1 = memref.memory_space_cast %0 : memref<?xf32, 5> to memref<?xf32>`
    """

    name = "memref.memory_space_cast"
    asm_name = "memspacecast"
    traits = (MemRefsNormalizable, Pure, SameOperandsAndResultShape)
    source = Operand(AnyRankedOrUnrankedMemRef)
    dest = Result(AnyRankedOrUnrankedMemRef)
    assembly_format = "$source attr-dict `:` type($source) `to` type($dest)"

    def verify(self) -> None:
        verify_cast(self, memory_space_cast_compatible)
        a, b = self.source.type, self.dest.type
        if a.element_type is not b.element_type:  # type: ignore[attr-defined]
            raise VerifyError(self, "requires the same element type for all operands and results")
        if not shapes_compatible([a, b]):
            raise VerifyError(self, "requires the same shape for all operands and results")

    def fold(self, operands: list) -> list | None:
        """memory_space_cast(memory_space_cast(v)) -> memory_space_cast(v)."""
        inner = defining(self.source, self.name)
        if inner is None:
            return None
        self.op_operands[0].set(inner.operand(0))
        return [self.dest]


# ----------------------------------------------------------------- offsets/sizes/strides


class OffsetSizeStrideOp(NamedResultOp):
    """Base of subview and reinterpret_cast (upstream's OffsetSizeAndStrideOpInterface)."""

    traits: ClassVar[Collection[Trait]] = (AttrSizedOperandSegments, Pure)
    # Declaration order is operand order: an op redeclaring `source` keeps it first.
    source = Operand(AnyRankedOrUnrankedMemRef)
    offsets = Operand(Index, VARIADIC)
    sizes = Operand(Index, VARIADIC)
    strides = Operand(Index, VARIADIC)
    result = Result(AnyStridedMemRef)
    static_offsets = Attr(DenseI64ArrayAttr)
    static_sizes = Attr(DenseI64ArrayAttr)
    static_strides = Attr(DenseI64ArrayAttr)

    def max_ranks(self) -> tuple[int, int, int]:
        """getArrayAttrMaxRanks."""
        raise NotImplementedError

    def mixed(self, name: str) -> list:
        """getMixedOffsets/Sizes/Strides: an int for a static entry, else its Value."""
        values = iter(getattr(self, name))
        return [next(values) if v == DYNAMIC else v for v in statics(self, "static_" + name)]

    def verify_interface(self) -> None:
        """The OffsetSizeAndStrideOpInterface verifier (runs before the op's own)."""
        msg = verify_offset_size_stride(self, self.max_ranks())
        if msg is not None:
            raise error(self, msg)


class SubViewOp(OffsetSizeStrideOp):
    """A strided view of a part of a memref.

    Example: `%1 = memref.subview %0[0] [4] [1] : memref<8xf32> to memref<4xf32, strided<[1]>>`
    """

    name = "memref.subview"
    asm_name = "subview"
    source = Operand(AnyMemRef)
    result = Result(AnyMemRef)
    assembly_format = (
        "$source `` custom<DynamicIndexList>($offsets, $static_offsets) "
        "custom<DynamicIndexList>($sizes, $static_sizes) "
        "custom<DynamicIndexList>($strides, $static_strides) "
        "attr-dict `:` type($source) `to` type($result)"
    )

    def max_ranks(self) -> tuple[int, int, int]:
        """The source rank for each list."""
        rank = len(self.source.type.shape)
        return rank, rank, rank

    def verify(self) -> None:
        self.verify_interface()
        base, view = self.source.type, self.result.type
        if base.memory_space is not view.memory_space:
            raise error(
                self,
                f"different memory spaces specified for base memref type '{base}' "
                f"and subview memref type '{view}'",
            )
        if not is_strided(base):
            raise error(self, f"base type '{base}' is not strided")
        offsets, sizes, strides = (
            statics(self, n) for n in ("static_offsets", "static_sizes", "static_strides")
        )
        expected = infer_subview_type(base, offsets, sizes, strides)
        msg = rank_reduced_slice_error(expected, view)
        if msg is None and not compatible_offsets(expected, view):
            msg = layout_mismatch(expected, view)
        if msg is None:
            dropped = memref_rank_reduction_mask(expected, view, sizes)
            if dropped is None or not compatible_strides(expected, view, dropped):
                msg = layout_mismatch(expected, view)
        if msg is None:
            msg = verify_in_bounds_slice(base.shape, offsets, sizes, strides)
        if msg is not None:
            raise error(self, msg)

    def dropped_dims(self) -> set[int]:
        """getDroppedDims: the source dims the result drops."""
        mask = memref_rank_reduction_mask(
            self.source.type, self.result.type, statics(self, "static_sizes")
        )
        assert mask is not None
        return mask

    def fold(self, operands: list) -> list | None:
        """subview(x) -> x for an identical static type; subview(subview(x)) -> subview(x)
        when the outer one is a no-op."""
        src, res = self.source.type, self.result.type
        layout = res.layout
        static_layout = not isinstance(layout, A.StridedLayoutAttr) or (
            layout.offset != DYNAMIC and DYNAMIC not in layout.strides
        )
        if res is src and res.has_static_shape and static_layout:
            return [self.source]
        inner = defining(self.source, self.name)
        if inner is None:
            return None
        offsets = [_const_int(v) for v in self.mixed("offsets")]
        strides = [_const_int(v) for v in self.mixed("strides")]
        if (
            all(o == 0 for o in offsets)
            and all(s == 1 for s in strides)
            and _same_mixed(self.mixed("sizes"), inner.mixed("sizes"))
            and res is src
        ):
            return [self.source]
        return None


def _const_int(v: Any) -> int | None:
    """getConstantIntValue of an OpFoldResult (an int, or a constant-defined Value)."""
    if isinstance(v, int):
        return v
    from mliropt.rewrite.folding import constant_value

    c = constant_value(v.owner_op)
    return c.value if isinstance(c, A.IntegerAttr) else None


def _same_mixed(a: list, b: list) -> bool:
    """llvm::equal over OpFoldResults: equal ints or the same Value."""
    return len(a) == len(b) and all(
        (x == y) if isinstance(x, int) and isinstance(y, int) else x is y for x, y in zip(a, b)
    )


class ReinterpretCastOp(OffsetSizeStrideOp):
    """A memref with the same base and new offset, sizes and strides.

    Example: `%1 = memref.reinterpret_cast %0 to offset: [0], sizes: [4], strides: [1] : ...`
    """

    name = "memref.reinterpret_cast"
    asm_name = "reinterpret_cast"
    traits = (AttrSizedOperandSegments, MemRefsNormalizable, Pure)
    assembly_format = (
        "$source `to` `offset` `` `:` custom<DynamicIndexList>($offsets, $static_offsets) "
        "`` `,` `sizes` `` `:` custom<DynamicIndexList>($sizes, $static_sizes) "
        "`` `,` `strides` `` `:` custom<DynamicIndexList>($strides, $static_strides) "
        "attr-dict `:` type($source) `to` type($result)"
    )

    def max_ranks(self) -> tuple[int, int, int]:
        """One offset, the result rank for sizes and strides."""
        rank = len(self.result.type.shape)
        return 1, rank, rank

    def verify(self) -> None:
        self.verify_interface()
        src, res = self.source.type, self.result.type
        if src.memory_space is not res.memory_space:
            raise error(
                self,
                f"different memory spaces specified for source type '{src}' and "
                f"result memref type '{res}'",
            )
        if src.element_type is not res.element_type:
            raise error(
                self,
                f"different element types specified for source type '{src}' and "
                f"result memref type '{res}'",
            )
        for i, (got, want) in enumerate(zip(res.shape, statics(self, "static_sizes"))):
            if got != DYNAMIC and got != want:
                raise error(
                    self,
                    f"expected result type with size = {_dyn(want)} instead of {got} in dim = {i}",
                )
        so = strides_and_offset(res)
        if so is None:
            raise error(self, f"expected result type to have strided layout but found '{res}'")
        want = statics(self, "static_offsets")[0]
        if so[1] != DYNAMIC and so[1] != want:
            raise error(self, f"expected result type with offset = {_dyn(want)} instead of {so[1]}")
        for i, (got, want) in enumerate(zip(so[0], statics(self, "static_strides"))):
            if got != DYNAMIC and got != want:
                raise error(
                    self,
                    f"expected result type with stride = {_dyn(want)} instead of "
                    f"{got} in dim = {i}",
                )

    def fold(self, operands: list) -> list | None:
        """reinterpret_cast(reinterpret_cast|cast|zero-offset subview(x)) ->
        reinterpret_cast(x); reinterpret_cast(x) -> x when nothing changes."""
        src = self.source
        prev = src.owner_op
        new = None
        name = prev.name if prev is not None else ""
        if name in ("memref.reinterpret_cast", "memref.cast") or (
            name == "memref.subview" and all(_const_int(v) == 0 for v in prev.mixed("offsets"))
        ):
            new = prev.operand(0)
        if new is not None:
            self.op_operands[0].set(new)
            return [self.result]
        res = self.result.type
        if res.has_static_shape and src.type is res and statics(self, "static_offsets")[0] == 0:
            return [src]
        return None


def _dyn(v: int) -> str:
    return "dynamic" if v == DYNAMIC else str(v)


# ----------------------------------------------------------------- view, reshape


class ViewOp(NamedResultOp):
    """An N-D view of a 1-D byte buffer.

    Example: `%1 = memref.view %0[%shift][%n] : memref<2048xi8> to memref<?x4xf32>`
    """

    name = "memref.view"
    asm_name = "view"
    traits = (Pure,)
    source = Operand(MemRef1DOfI8)
    byte_shift = Operand(Index)
    sizes = Operand(Index, VARIADIC)
    result = Result(AnyMemRef)
    assembly_format = (
        "$source `[` $byte_shift `]` `` `[` $sizes `]` attr-dict `:` type($source) `to` "
        "type(results)"
    )

    def verify(self) -> None:
        base, view = self.source.type, self.result.type
        if not has_identity_layout(base):
            raise error(self, f"unsupported map for base memref type '{base}'")
        if not has_identity_layout(view):
            raise error(self, f"unsupported map for result memref type '{view}'")
        if base.memory_space is not view.memory_space:
            raise error(
                self,
                f"different memory spaces specified for base memref type '{base}' "
                f"and view memref type '{view}'",
            )
        ndyn = sum(1 for d in view.shape if d == DYNAMIC)
        if len(self.sizes) != ndyn:
            raise VerifyError(
                self, f"incorrect number of dynamic sizes, has {len(self.sizes)}, expected {ndyn}"
            )


class ReshapeOp(NamedResultOp):
    """A memref of another shape, given by a shape memref, over the same data.

    Example: `%1 = memref.reshape %0(%shape) : (memref<4x1xf32>, memref<1xi32>) -> memref<4xf32>`
    """

    name = "memref.reshape"
    asm_name = "reshape"
    # Pure upstream, but the shape operand is also declared as read (MemRead), which
    # the op's memory effects report.
    source = Operand(AnyRankedOrUnrankedMemRef)
    shape = Operand(MemRef1DOfIntOrIndex)
    result = Result(AnyRankedOrUnrankedMemRef)
    assembly_format = "$source `(` $shape `)` attr-dict `:` functional-type(operands, results)"

    def memory_effects(self) -> list:
        """Reads the shape memref."""
        return [("read", self.shape)]

    def speculatability(self) -> bool:
        """Always speculatable (upstream's Pure)."""
        return True

    def verify(self) -> None:
        src, res = self.source.type, self.result.type
        if src.element_type is not res.element_type:
            raise VerifyError(
                self, "element types of source and destination memref types should be the same"
            )
        if isinstance(src, T.MemRefType) and not has_identity_layout(src):
            raise VerifyError(self, "source memref type should have identity affine map")
        n = self.shape.type.shape[0]
        if isinstance(res, T.MemRefType):
            if not has_identity_layout(res):
                raise VerifyError(self, "result memref type should have identity affine map")
            if n == DYNAMIC:
                raise VerifyError(
                    self,
                    "cannot use shape operand with dynamic length to reshape "
                    "to statically-ranked memref type",
                )
            if n != len(res.shape):
                raise VerifyError(
                    self, "length of shape operand differs from the result's memref rank"
                )


# ----------------------------------------------------------------- expand/collapse


class ReassociativeReshapeOp(NamedResultOp):
    """Base of expand_shape and collapse_shape."""

    traits = (Pure,)
    src = Operand(AnyStridedMemRef)
    reassociation = Attr(IndexListArrayAttr)
    result = Result(AnyStridedMemRef)

    def groups(self) -> list[list[int]]:
        """getReassociationIndices."""
        groups = reassociation_groups(self.properties.get("reassociation"))
        assert groups is not None
        return groups

    def fold(self, operands: list) -> list | None:
        """foldReshapeOp: reshape(x) -> x for the same type; expand(collapse(x)) -> x
        (and the converse) when the inverse op restores the type."""
        if self.src.type is self.result.type:
            return [self.src]
        inverse = defining(self.src, INVERSE[self.name])
        if inverse is not None and inverse.src.type is self.result.type:
            return [inverse.src]
        return None


INVERSE = {
    "memref.expand_shape": "memref.collapse_shape",
    "memref.collapse_shape": "memref.expand_shape",
}


class ExpandShapeOp(ReassociativeReshapeOp):
    """A higher-rank view: each source dim expanded into contiguous dims.

    Example: `%1 = memref.expand_shape %0 [[0, 1]] output_shape [2, 4] : memref<8xf32> into ...`
    """

    name = "memref.expand_shape"
    asm_name = "expand_shape"
    output_shape = Operand(Index, VARIADIC)
    static_output_shape = Attr(DenseI64ArrayAttr)
    assembly_format = (
        "$src $reassociation `output_shape` custom<DynamicIndexList>($output_shape, "
        "$static_output_shape) attr-dict `:` type($src) `into` type($result)"
    )

    def verify(self) -> None:
        src, res = self.src.type, self.result.type
        r0, r1 = len(src.shape), len(res.shape)
        if r0 > r1:
            raise VerifyError(
                self,
                f"has source rank {r0} and result rank {r1}. This is not an "
                f"expansion ({r0} > {r1}).",
            )
        groups = self.groups()
        msg = verify_collapsed_shape(src.shape, res.shape, groups)
        if msg is not None:
            raise VerifyError(self, msg)
        expected = expanded_type(src, res.shape, groups)
        if expected is None:
            raise VerifyError(self, "invalid source layout map")
        if expected is not res:
            raise VerifyError(self, f"expected expanded type to be '{expected}' but found '{res}'")
        static = statics(self, "static_output_shape")
        if len(static) != r1:
            raise VerifyError(
                self,
                "expected number of static shape bounds to be equal to the "
                f"output rank ({r1}) but found {len(static)} inputs instead",
            )
        ndyn = sum(1 for v in static if v == DYNAMIC)
        if len(self.output_shape) != ndyn:
            raise VerifyError(
                self,
                "mismatch in dynamic dims in output_shape and "
                f"static_output_shape: static_output_shape has {ndyn} dynamic "
                f"dims while output_shape has {len(self.output_shape)} values",
            )
        for pos, d in enumerate(res.shape):
            if d != DYNAMIC and d != static[pos]:
                raise VerifyError(self, f"invalid output shape provided at pos {pos}")


class CollapseShapeOp(ReassociativeReshapeOp):
    """A lower-rank view: groups of contiguous dims collapsed into one.

    Example: `%1 = memref.collapse_shape %0 [[0, 1]] : memref<4x4xf32> into memref<16xf32>`
    """

    name = "memref.collapse_shape"
    asm_name = "collapse_shape"
    assembly_format = "$src $reassociation attr-dict `:` type($src) `into` type($result)"

    def verify(self) -> None:
        src, res = self.src.type, self.result.type
        r0, r1 = len(src.shape), len(res.shape)
        if r0 < r1:
            raise VerifyError(
                self,
                f"has source rank {r0} and result rank {r1}. This is not a collapse ({r0} < {r1}).",
            )
        groups = self.groups()
        msg = verify_collapsed_shape(res.shape, src.shape, groups)
        if msg is not None:
            raise VerifyError(self, msg)
        if has_identity_layout(src):
            layout = None
        else:
            layout = collapsed_layout(src, groups)
            if layout is None:
                raise VerifyError(
                    self, "invalid source layout map or collapsing non-contiguous dims"
                )
        expected = T.MemRefType(res.shape, src.element_type, layout, src.memory_space)
        if expected is not res:
            raise VerifyError(self, f"expected collapsed type to be '{expected}' but found '{res}'")


# ----------------------------------------------------------------- transpose


def transposed_type(t: T.MemRefType, perm: AF.AffineMap) -> T.MemRefType:
    """inferTransposeResultType: sizes and strides permuted, as a strided layout."""
    so = strides_and_offset(t)
    assert so is not None
    strides, offset = so
    positions = [r.position for r in perm.results]  # type: ignore[attr-defined]
    sizes = tuple(t.shape[p] for p in positions)
    layout = A.StridedLayoutAttr(offset, tuple(strides[p] for p in positions))
    return T.MemRefType(sizes, t.element_type, layout, t.memory_space)


class TransposeOp(NamedResultOp):
    """A strided view with permuted sizes and strides.

    Example: `%1 = memref.transpose %0 (i, j) -> (j, i) : memref<2x4xf32> to memref<4x2xf32, ...>`
    """

    name = "memref.transpose"
    asm_name = "transpose"
    traits = (Pure,)
    in_ = Operand(AnyStridedMemRef)
    permutation = Attr(AffineMapAttr)
    result = Result(AnyStridedMemRef)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`memref.transpose %in (d0, d1) -> (d1, d0) [attr-dict] : type to type`."""
        return CustomSyntax(
            cls,
            [('VALUE affine_map [ATTR_DICT] COLON_TYPE "to" TYPE', _parse_transpose)],
            _print_transpose,
        )

    @property
    def perm(self) -> AF.AffineMap:
        """The permutation map."""
        return self.properties["permutation"].value  # type: ignore[attr-defined]

    def verify(self) -> None:
        perm = self.perm
        if not perm.is_permutation():
            raise VerifyError(self, "expected a permutation map")
        src = self.in_.type
        if perm.num_dims != len(src.shape):
            raise VerifyError(self, "expected a permutation map of same rank as the input")
        canonical = canonicalize_strided_layout(transposed_type(src, perm))
        res = self.result.type
        if canonicalize_strided_layout(res) is not canonical:
            raise VerifyError(
                self,
                f"result type '{res}' is not equivalent to the canonical "
                f"transposed input type '{canonical}'",
            )

    def fold(self, operands: list) -> list | None:
        """transpose(x) -> x for the identity; transpose(transpose(x)) -> one transpose
        with the composed permutation."""
        if self.perm.is_identity() and self.result.type is self.in_.type:
            return [self.in_]
        inner = defining(self.in_, self.name)
        if inner is None:
            return None
        composed = self.perm.compose(inner.perm)
        self.op_operands[0].set(inner.in_)
        self.properties["permutation"] = A.AffineMapAttr(composed)
        return [self.result]


def _parse_transpose(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP VALUE affine_map [ATTR_DICT] COLON_TYPE "to" TYPE
    attrs = sp.dict_of(c[4], p[4]) if c[4] is not None else None
    src = sp.colon_type(c[5], p[5])
    value = sp.resolve_text(c[2], p[2], src)
    res = sp.type_of(c[7], p[7])
    props = {"permutation": A.AffineMapAttr(c[3])}
    return sp.finish_op(TransposeOp, [value], [res], attrs, props, [], [], c[0], p[0])


def _print_transpose(P: Any, op: Any) -> str:
    return (
        f" {P.value(op.in_)} {op.perm}"
        + P.attr_dict(op, frozenset(("permutation",)))
        + f" : {P.type(op.in_.type)} to {P.type(op.result.type)}"
    )


# ----------------------------------------------------------------- assumptions


class AssumeAlignmentOp(NamedResultOp):
    """The same memref, assumed aligned to a power-of-two byte boundary.

    Example: `%1 = memref.assume_alignment %0, 16 : memref<4xf32>`
    """

    name = "memref.assume_alignment"
    asm_name = "assume_align"
    traits = (Pure, SameOperandsAndResultType)
    memref = Operand(AnyMemRef)
    alignment = Attr(PositiveI32Attr)
    result = Result(AnyMemRef)
    assembly_format = "$memref `,` $alignment attr-dict `:` type($memref)"

    def verify(self) -> None:
        v = self.properties["alignment"].value  # type: ignore[attr-defined]
        if v & (v - 1):
            raise VerifyError(self, "alignment must be power of 2")

    def fold(self, operands: list) -> list | None:
        """assume_alignment(assume_alignment(x, n), n) -> assume_alignment(x, n)."""
        inner = defining(self.memref, self.name)
        if inner is None or inner.properties["alignment"] is not self.properties["alignment"]:
            return None
        return [self.memref]


class DistinctObjectsOp(Op):
    """The same memrefs, assumed not to alias each other.

    Example: `%a, %b = memref.distinct_objects %0, %1 : memref<?xf32>, memref<?xi32>`
    """

    name = "memref.distinct_objects"
    traits = (Pure,)
    operands_ = Operand(AnyMemRef, VARIADIC)
    results_ = Result(AnyMemRef, VARIADIC)
    assembly_format = "$operands_ attr-dict `:` type($operands_)"

    @classmethod
    def infer_result_types(
        cls, sp: Any, operands: list, props: Any, attrs: Any, regions: Any
    ) -> list:
        """The operands' types."""
        return [v.type for v in operands]

    def verify(self) -> None:
        if [v.type for v in self.operands] != [r.type for r in self.results]:
            raise VerifyError(self, "operand types and result types must match")
        if not self.op_operands:
            raise VerifyError(self, "expected at least one operand")


VIEW_OPS = (
    CastOp,
    MemorySpaceCastOp,
    SubViewOp,
    ReinterpretCastOp,
    ViewOp,
    ReshapeOp,
    ExpandShapeOp,
    CollapseShapeOp,
    TransposeOp,
    AssumeAlignmentOp,
    DistinctObjectsOp,
)
