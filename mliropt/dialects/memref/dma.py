"""DMA ops of the memref dialect: dma_start and dma_wait.

dma_start's operands are one variadic list; the positions of its parts follow from
the ranks of the memrefs in it, as upstream's accessors compute them.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.memref.access import memref_rank, name_loc
from mliropt.dialects.memref.constraints import AnyMemRef
from mliropt.dialects.memref.directives import op_error
from mliropt.dialects.memref.fold import fold_memref_cast
from mliropt.dialects.ods import VARIADIC, AnyType, Index, Op, Operand, VerifyError
from mliropt.ir import types as T
from mliropt.syntax.custom_syntax import CustomSyntax


class DmaStartOp(Op):
    """Start a non-blocking DMA transfer.

    Example: `memref.dma_start %a[%i], %b[%i], %n, %t[] : memref<4xi8>, memref<4xi8>, memref<i32>`
    """

    name = "memref.dma_start"
    operands_ = Operand(AnyType, VARIADIC)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`%src[...], %dst[...], %num, %tag[...] [, %stride, %per_stride] : t, t, t`."""
        return CustomSyntax(
            cls,
            [
                (
                    'VALUE "[" [VALUES] "]" "," VALUE "[" [VALUES] "]" "," VALUE "," '
                    'VALUE "[" [VALUES] "]" '
                    '["," VALUES] COLON_TYPES',
                    _parse_dma_start,
                )
            ],
            _print_dma_start,
        )

    def positions(self) -> dict[str, int]:
        """Positions of the dst, num-elements and tag operands, and the end of the tag's
        indices (getDstMemRef, getNumElements, getTagMemRef, ...)."""
        n = len(self.op_operands)
        dst = 1 + memref_rank(self.operand(0))
        num = dst + 1 + (memref_rank(self.operand(dst)) if dst < n else 0)
        tag = num + 1
        end = tag + 1 + (memref_rank(self.operand(tag)) if tag < n else 0)
        return {"dst": dst, "num": num, "tag": tag, "end": end}

    def is_strided(self) -> bool:
        """True with the two optional stride operands."""
        return len(self.op_operands) != self.positions()["end"]

    # No memory effects are declared: upstream lists them in a `getEffects` that its
    # op does not expose through MemoryEffectOpInterface, so the effects are unknown.

    def verify(self) -> None:
        n = len(self.op_operands)
        if n < 4:
            raise VerifyError(self, "expected at least 4 operands")
        types = self.operand_types

        def check(start: int, what: str, expected: int) -> int:
            if not isinstance(types[start], T.MemRefType):
                raise VerifyError(self, f"expected {what} to be of memref type")
            expected += len(types[start].shape)  # type: ignore[attr-defined]
            if n < expected:
                raise VerifyError(self, f"expected at least {expected} operands")
            rank = len(types[start].shape)  # type: ignore[attr-defined]
            if not all(isinstance(t, T.IndexType) for t in types[start + 1 : start + 1 + rank]):
                raise VerifyError(self, f"expected {what} indices to be of index type")
            return expected

        expected = check(0, "source", 4)
        dst = 1 + len(types[0].shape)  # type: ignore[attr-defined]
        expected = check(dst, "destination", expected)
        num = dst + 1 + len(types[dst].shape)  # type: ignore[attr-defined]
        if not isinstance(types[num], T.IndexType):
            raise VerifyError(self, "expected num elements to be of index type")
        expected = check(num + 1, "tag", expected)
        if n not in (expected, expected + 2):
            raise VerifyError(self, "incorrect number of operands")
        if n == expected + 2 and not all(isinstance(t, T.IndexType) for t in types[-2:]):
            raise VerifyError(
                self, "expected stride and num elements per stride to be of type index"
            )

    def fold(self, operands: list) -> list | None:
        """dma_start(cast) -> dma_start."""
        return [] if fold_memref_cast(self) else None


def _parse_dma_start(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP VALUE "[" [VALUES] "]" "," VALUE "[" [VALUES] "]" "," VALUE ","
    #   VALUE "[" [VALUES] "]"
    #   ["," VALUES] COLON_TYPES (upstream's parser takes no attribute dictionary)
    stride_text = c[19]
    nstride = sp.count_values(stride_text)
    if nstride and nstride != 2:
        raise op_error(sp, name_loc(c, p), "expected two stride related operands")
    types = sp.colon_types(c[20], p[20])
    if len(types) != 3:
        raise op_error(sp, name_loc(c, p), "fewer/more types expected")

    def idx(i: int) -> list:
        return sp.resolve_list(c[i], p[i], [T.index] * sp.count_values(c[i])) if c[i] else []

    operands = [sp.resolve_text(c[2], p[2], types[0]), *idx(4)]
    operands += [sp.resolve_text(c[7], p[7], types[1]), *idx(9)]
    operands.append(sp.resolve_text(c[12], p[12], T.index))
    operands += [sp.resolve_text(c[14], p[14], types[2]), *idx(16)]
    if nstride:
        operands += sp.resolve_list(stride_text, p[19], [T.index, T.index])
    return sp.finish_op(DmaStartOp, operands, [], None, None, [], [], c[0], p[0])


def _print_dma_start(P: Any, op: Any) -> str:
    pos = op.positions()
    vals = op.operands

    def ref(start: int, end: int) -> str:
        return f"{P.value(vals[start])}[{', '.join(P.value(v) for v in vals[start + 1 : end])}]"

    text = (
        f" {ref(0, pos['dst'])}, {ref(pos['dst'], pos['num'])}, {P.value(vals[pos['num']])}, "
        f"{ref(pos['tag'], pos['end'])}"
    )
    if len(vals) != pos["end"]:
        text += f", {P.value(vals[-2])}, {P.value(vals[-1])}"
    text += P.attr_dict(op)
    types = [vals[0].type, vals[pos["dst"]].type, vals[pos["tag"]].type]
    return text + " : " + ", ".join(P.type(t) for t in types)


class DmaWaitOp(Op):
    """Wait for the completion of a DMA transfer.

    Example: `memref.dma_wait %tag[%c0], %n : memref<1xi32>`
    """

    name = "memref.dma_wait"
    tagMemRef = Operand(AnyMemRef)
    tagIndices = Operand(Index, VARIADIC)
    numElements = Operand(Index)
    assembly_format = (
        "$tagMemRef `[` $tagIndices `]` `,` $numElements attr-dict `:` type($tagMemRef)"
    )

    # Unknown memory effects, as upstream's (see DmaStartOp).

    def verify(self) -> None:
        rank = memref_rank(self.tagMemRef)
        n = len(self.tagIndices)
        if n != rank:
            raise VerifyError(
                self,
                "expected tagIndices to have the same number of elements as the tagMemRef rank, "
                f"expected {rank}, but got {n}",
            )

    def fold(self, operands: list) -> list | None:
        """dma_wait(cast) -> dma_wait."""
        return [] if fold_memref_cast(self) else None


DMA_OPS = (DmaStartOp, DmaWaitOp)
