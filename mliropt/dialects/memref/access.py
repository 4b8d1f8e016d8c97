"""Memory access ops of the memref dialect: load, store, copy, atomic_rmw,
generic_atomic_rmw, atomic_yield and prefetch."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.memref.constraints import (
    ATOMIC_RMW_KINDS,
    AnyMemRef,
    AnyRankedOrUnrankedMemRef,
    AtomicRMWKindAttr,
    LocalityHintAttr,
    MemRefOfIntOrFloat,
    PosPow2I64Attr,
    SignlessIntOrFloat,
)
from mliropt.dialects.memref.directives import op_error
from mliropt.dialects.memref.fold import can_fold_into_consumer, defining, fold_memref_cast
from mliropt.dialects.memref.verify import (
    error,
    shapes_compatible,
    verify_implicit_terminator,
    verify_single_block,
)
from mliropt.dialects.ods import (
    VARIADIC,
    AnyType,
    Attr,
    BoolAttr,
    HasParent,
    Index,
    IsTerminator,
    MemRefsNormalizable,
    Op,
    Operand,
    Pure,
    RegionDef,
    Result,
    SingleBlockImplicitTerminator,
    VerifyError,
    all_types_match,
    types_match_with,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.effects import READ, WRITE, is_memory_effect_free
from mliropt.ir.opdef import signature_verify
from mliropt.syntax.custom_syntax import CustomSyntax


def element_type(t: T.Type) -> T.Type:
    """The element type of a memref (the type itself otherwise; the verifier reports it)."""
    return t.element_type if isinstance(t, T.ShapedType) else t


def verify_match(op: Op, actual: T.Type, expected: T.Type, what: str) -> None:
    """A TypesMatchWith trait: `failed to verify that <what>`."""
    if actual is not expected:
        raise VerifyError(op, f"failed to verify that {what}")


def memref_rank(v: Any) -> int:
    """The rank of a memref value's type (0 for non-memrefs)."""
    t = v.type
    return len(t.shape) if isinstance(t, T.MemRefType) else 0


class LoadOp(Op):
    """Read an element of a memref.

    Example: `%0 = memref.load %A[%a, %b] : memref<8x?xi32>`
    """

    name = "memref.load"
    traits = (MemRefsNormalizable,)
    memref = Operand(AnyMemRef)
    indices = Operand(Index, VARIADIC)
    nontemporal = Attr(BoolAttr, optional=True, default=lambda: A.false_attr)
    alignment = Attr(PosPow2I64Attr, optional=True)
    result = Result(AnyType)
    type_relations = (types_match_with("memref", "result", element_type),)
    assembly_format = "$memref `[` $indices `]` attr-dict `:` type($memref)"

    def memory_effects(self) -> list:
        """Reads the memref."""
        return [(READ, self.memref)]

    @signature_verify
    def verify(self) -> None:
        verify_match(
            self,
            self.result.type,
            element_type(self.memref.type),
            "result type matches element type of 'memref'",
        )
        rank = memref_rank(self.memref)
        if len(self.indices) != rank:
            raise VerifyError(
                self,
                f"incorrect number of indices for load, expected {rank} but got "
                f"{len(self.indices)}",
            )

    def fold(self, operands: list) -> list | None:
        """load(cast) -> load."""
        return [self.result] if fold_memref_cast(self) else None


class StoreOp(Op):
    """Write an element of a memref.

    Example: `memref.store %v, %A[%a, %b] : memref<8x?xi32>`
    """

    name = "memref.store"
    traits = (MemRefsNormalizable,)
    value = Operand(AnyType)
    memref = Operand(AnyMemRef)
    indices = Operand(Index, VARIADIC)
    nontemporal = Attr(BoolAttr, optional=True, default=lambda: A.false_attr)
    alignment = Attr(PosPow2I64Attr, optional=True)
    type_relations = (types_match_with("memref", "value", element_type),)
    assembly_format = "$value `,` $memref `[` $indices `]` attr-dict `:` type($memref)"

    def memory_effects(self) -> list:
        """Writes the memref."""
        return [(WRITE, self.memref)]

    @signature_verify
    def verify(self) -> None:
        verify_match(
            self,
            self.value.type,
            element_type(self.memref.type),
            "type of 'value' matches element type of 'memref'",
        )
        if len(self.op_operands) != 2 + memref_rank(self.memref):
            raise VerifyError(self, "store index operand count not equal to memref rank")

    def fold(self, operands: list) -> list | None:
        """store(cast) -> store."""
        return [] if fold_memref_cast(self, self.value) else None


class CopyOp(Op):
    """Copy the data of one memref into another.

    Example: `memref.copy %a, %b : memref<?xf32> to memref<?xf32>`
    """

    name = "memref.copy"
    source = Operand(AnyRankedOrUnrankedMemRef)
    target = Operand(AnyRankedOrUnrankedMemRef)
    assembly_format = "$source `,` $target attr-dict `:` type($source) `to` type($target)"

    def memory_effects(self) -> list:
        """Reads the source, writes the target."""
        return [(READ, self.source), (WRITE, self.target)]

    def verify(self) -> None:
        a, b = self.source.type, self.target.type
        if element_type(a) is not element_type(b):
            raise VerifyError(self, "requires the same element type for all operands")
        if not shapes_compatible([a, b]):
            raise VerifyError(self, "requires the same shape for all operands")

    def fold(self, operands: list) -> list | None:
        """copy(cast(x), ...) -> copy(x, ...) for the first operand whose cast only
        erases static information."""
        for use in self.op_operands:
            cast = defining(use.value, "memref.cast")
            if cast is not None and can_fold_into_consumer(cast):
                use.set(cast.operand(0))
                return []
        return None


_FLOAT_KINDS = frozenset(("addf", "maximumf", "minimumf", "mulf"))
_INT_KINDS = frozenset(("addi", "andi", "maxs", "maxu", "mins", "minu", "muli", "ori", "xori"))
_KIND_NAMES = {v: k for k, v in ATOMIC_RMW_KINDS.items()}


class AtomicRMWOp(Op):
    """Atomic read-modify-write of one element.

    Example: `%x = memref.atomic_rmw addf %v, %I[%i] : (f32, memref<10xf32>) -> f32`
    """

    name = "memref.atomic_rmw"
    kind = Attr(AtomicRMWKindAttr)
    value = Operand(SignlessIntOrFloat)
    memref = Operand(MemRefOfIntOrFloat)
    indices = Operand(Index, VARIADIC)
    result = Result(SignlessIntOrFloat)
    type_relations = (all_types_match("value", "result"),)
    assembly_format = (
        "$kind $value `,` $memref `[` $indices `]` attr-dict `:` `(` type($value) `,` "
        "type($memref) `)` `->` type($result)"
    )

    def memory_effects(self) -> list:
        """Reads and writes the memref."""
        return [(READ, self.memref), (WRITE, self.memref)]

    def verify(self) -> None:
        if self.value.type is not self.result.type:
            raise VerifyError(self, "failed to verify that all of {value, result} have same type")
        verify_match(
            self,
            self.value.type,
            element_type(self.memref.type),
            "value type matches element type of memref",
        )
        if memref_rank(self.memref) != len(self.op_operands) - 2:
            raise VerifyError(self, "expects the number of subscripts to be equal to memref rank")
        kind = _KIND_NAMES.get(self.properties["kind"].value)  # type: ignore[attr-defined]
        t = self.value.type
        if kind in _FLOAT_KINDS and not isinstance(t, T.FloatType):
            raise VerifyError(self, f"with kind '{kind}' expects a floating-point type")
        if kind in _INT_KINDS and not isinstance(t, T.IntegerType):
            raise VerifyError(self, f"with kind '{kind}' expects an integer type")

    def fold(self, operands: list) -> list | None:
        """atomic_rmw(cast) -> atomic_rmw."""
        return [self.result] if fold_memref_cast(self, self.value) else None


class GenericAtomicRMWOp(Op):
    """Atomic read-modify-write with the modification in a region.

    Example: `%x = memref.generic_atomic_rmw %I[%i] : memref<10xf32> { ... }`
    """

    name = "memref.generic_atomic_rmw"
    traits = (SingleBlockImplicitTerminator("memref.atomic_yield"),)
    memref = Operand(MemRefOfIntOrFloat)
    indices = Operand(Index, VARIADIC)
    result = Result(SignlessIntOrFloat)
    atomic_body = RegionDef()

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`memref.generic_atomic_rmw %m[%i] : type { body } [attr-dict]`."""
        return CustomSyntax(
            cls,
            [('VALUE "[" [VALUES] "]" COLON_TYPE region [ATTR_DICT]', _parse_generic_rmw)],
            _print_generic_rmw,
        )

    def memory_effects(self) -> list:
        """Reads and writes the memref."""
        return [(READ, self.memref), (WRITE, self.memref)]

    def verify(self) -> None:
        verify_single_block(self)
        verify_match(
            self,
            self.result.type,
            element_type(self.memref.type),
            "result type matches element type of memref",
        )
        body = self.regions[0]
        args = body.blocks[0].args if body.blocks else []
        if len(args) != 1:
            raise VerifyError(self, "expected single number of entry block arguments")
        if self.result.type is not args[0].type:
            raise VerifyError(self, "expected block argument of the same type result type")
        for nested in body.walk(post_order=False):
            if not is_memory_effect_free(nested):
                raise error(
                    nested,
                    "body of 'memref.generic_atomic_rmw' should contain only "
                    "operations with no side effects",
                )

    def verify_regions(self) -> None:
        """SingleBlockImplicitTerminator<atomic_yield>."""
        verify_implicit_terminator(self, "memref.atomic_yield")


def _parse_generic_rmw(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP VALUE "[" [VALUES] "]" COLON_TYPE region [ATTR_DICT]
    t = sp.colon_type(c[6], p[6])
    memref = sp.resolve_text(c[2], p[2], t)
    indices = sp.resolve_list(c[4], p[4], [T.index] * sp.count_values(c[4])) if c[4] else []
    attrs = sp.dict_of(c[8], p[8]) if c[8] is not None else None
    return sp.finish_op(
        GenericAtomicRMWOp,
        [memref, *indices],
        [element_type(t)],
        attrs,
        None,
        [c[7]],
        [],
        c[0],
        p[0],
    )


def _print_generic_rmw(P: Any, op: Any) -> str:
    memref = op.operand(0)
    idx = ", ".join(P.value(v) for v in op.operands[1:])
    return (
        f" {P.value(memref)}[{idx}] : {P.type(memref.type)} "
        + P.region(op.regions[0])
        + P.attr_dict(op)
    )


class AtomicYieldOp(Op):
    """Yield the new value of a memref.generic_atomic_rmw.

    Example: `memref.atomic_yield %v : f32`
    """

    name = "memref.atomic_yield"
    traits = (HasParent("memref.generic_atomic_rmw"), Pure, IsTerminator)
    result = Operand(AnyType)
    assembly_format = "$result attr-dict `:` type($result)"

    def verify(self) -> None:
        parent = self.parent_op
        if parent is None or not parent.results:
            return
        pt, rt = parent.results[0].type, self.result.type
        if pt is not rt:
            raise VerifyError(
                self, f"types mismatch between yield op: '{rt}' and its parent: '{pt}'"
            )


class PrefetchOp(Op):
    """Prefetch data of a memref location.

    Example: `memref.prefetch %0[%i, %j], read, locality<3>, data : memref<400x400xi32>`
    """

    name = "memref.prefetch"
    memref = Operand(AnyMemRef)
    indices = Operand(Index, VARIADIC)
    isWrite = Attr(BoolAttr)
    localityHint = Attr(LocalityHintAttr)
    isDataCache = Attr(BoolAttr)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`memref.prefetch %m[%i], read|write, locality<N>, data|instr : type`."""
        return CustomSyntax(
            cls,
            [
                (
                    'VALUE "[" [VALUES] "]" "," BARE_ID "," "locality" "<" INTEGER ">" "," BARE_ID '
                    "COLON_TYPE",
                    _parse_prefetch,
                )
            ],
            _print_prefetch,
        )

    def verify(self) -> None:
        if len(self.op_operands) != 1 + memref_rank(self.memref):
            raise VerifyError(self, "too few indices")

    def fold(self, operands: list) -> list | None:
        """prefetch(cast) -> prefetch."""
        return [] if fold_memref_cast(self) else None


def name_loc(c: list, p: list) -> int:
    """The position of the op name in an op's head token (upstream's getNameLoc)."""
    head = c[0]
    return p[0] if head[0] != "%" else p[0] + len(head) - len(head[head.index("=") + 1 :].lstrip())


def _parse_prefetch(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP VALUE "[" [VALUES] "]" "," BARE_ID "," "locality" "<" INTEGER ">" "," BARE_ID
    #   COLON_TYPE (upstream's parser takes no attribute dictionary)
    from mliropt.syntax.literals import parse_integer_literal

    hint = parse_integer_literal(c[11], p[11], T.i32)
    t = sp.colon_type(c[15], p[15])
    memref = sp.resolve_text(c[2], p[2], t)
    indices = sp.resolve_list(c[4], p[4], [T.index] * sp.count_values(c[4])) if c[4] else []
    if c[7] not in ("read", "write"):
        raise op_error(sp, name_loc(c, p), "rw specifier has to be 'read' or 'write'")
    if c[14] not in ("data", "instr"):
        raise op_error(sp, name_loc(c, p), "cache type has to be 'data' or 'instr'")
    props = {
        "localityHint": hint,
        "isWrite": A.BoolAttr(c[7] == "write"),
        "isDataCache": A.BoolAttr(c[14] == "data"),
    }
    return sp.finish_op(PrefetchOp, [memref, *indices], [], None, props, [], [], c[0], p[0])


_PREFETCH_ELIDED = frozenset(("localityHint", "isWrite", "isDataCache"))


def _print_prefetch(P: Any, op: Any) -> str:
    memref = op.operand(0)
    idx = ", ".join(P.value(v) for v in op.operands[1:])
    props = op.properties
    rw = "write" if props["isWrite"].value else "read"
    cache = "data" if props["isDataCache"].value else "instr"
    return (
        f" {P.value(memref)}[{idx}], {rw}, locality<{props['localityHint'].value}>, {cache}"
        + P.attr_dict(op, _PREFETCH_ELIDED)
        + f" : {P.type(memref.type)}"
    )


ACCESS_OPS = (LoadOp, StoreOp, CopyOp, AtomicRMWOp, GenericAtomicRMWOp, AtomicYieldOp, PrefetchOp)
