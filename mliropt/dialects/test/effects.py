"""Test ops with memory effects (upstream's TestOps.td "Test Ops with effects" and
"Test SideEffects"), as CSE, canonicalize and DCE see them.

Effects are `(kind, value)` pairs (mliropt.ir.effects). Upstream also names the
resource an effect is on (default, `TestResource`, ...); MLIR 22's passes treat every
resource alike for the uses these ops have here (a write on any resource blocks CSE of
a read, upstream's `cse_addressable_custom_resource_write_blocks`), so the resource is
read and checked but not kept.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import (
    I32,
    AnyInteger,
    AnyType,
    Op,
    Result,
    VerifyError,
)
from mliropt.ir import attributes as A
from mliropt.ir.effects import ALLOCATE, FREE, READ, WRITE


class OpWithMemReadOp(Op):
    """An op reading the default resource (`MemoryEffects<[MemRead]>`).

    Example: `%0 = "test.op_with_memread"() : () -> i32`
    """

    name = "test.op_with_memread"
    result = Result(AnyInteger)

    def memory_effects(self) -> list:
        """One read, on no particular value."""
        return [(READ, None)]


class OpWithMemWriteOp(Op):
    """An op writing the default resource (`MemoryEffects<[MemWrite]>`).

    Example: `"test.op_with_memwrite"() : () -> ()`
    """

    name = "test.op_with_memwrite"

    def memory_effects(self) -> list:
        """One write, on no particular value."""
        return [(WRITE, None)]


class EffectsResultOp(Op):
    """An op allocating and writing its own result (`Res<I32, "", [MemAlloc, MemWrite]>`):
    trivially dead when the result is unused.

    Example: `%0 = "test.test_effects_result"() : () -> i32`
    """

    name = "test.test_effects_result"
    result = Result(I32)

    def memory_effects(self) -> list:
        """Allocate, then write, the result."""
        return [(ALLOCATE, self.results[0]), (WRITE, self.results[0])]


_KINDS = {"allocate": ALLOCATE, "free": FREE, "read": READ, "write": WRITE}
_BAD_KIND = 'each effect needs \'effect\' = "allocate", "free", "read" or "write"'


class SideEffectOp(Op):
    """An op whose effects are listed in its `effects` attribute: dictionaries with an
    `effect` string (allocate, free, read, write), optionally `on_result` or
    `on_reference = @sym` (what the effect is on) and a resource name
    (`test_resource`, ...). Without the attribute it has no effects.

    Example: `"test.side_effect_op"() {effects = [{effect = "read"}]} : () -> i32`
    """

    name = "test.side_effect_op"
    result = Result(AnyType)

    def _effect_dicts(self) -> list[Any]:
        effects = self.attributes.get("effects")
        return list(effects) if isinstance(effects, A.ArrayAttr) else []

    def memory_effects(self) -> list:
        """The listed effects (upstream's SideEffectOp::getEffects)."""
        out: list = []
        for entry in self._effect_dicts():
            kind = _KINDS[entry.get("effect").value]
            if entry.get("on_result") is not None:
                out.append((kind, self.results[0]))
            elif entry.get("on_reference") is not None:
                out.append((kind, entry.get("on_reference")))
            else:
                out.append((kind, None))
        return out

    def verify(self) -> None:
        # Upstream casts without checking (a malformed list aborts it); say what is wrong.
        effects = self.attributes.get("effects")
        if effects is None:
            return
        if not isinstance(effects, A.ArrayAttr):
            raise VerifyError(self, "'effects' must be an array of dictionaries")
        for entry in effects:
            if not isinstance(entry, A.DictionaryAttr):
                raise VerifyError(self, "'effects' must be an array of dictionaries")
            effect = entry.get("effect")
            if not isinstance(effect, A.StringAttr) or effect.value not in _KINDS:
                raise VerifyError(self, _BAD_KIND)
            ref = entry.get("on_reference")
            if ref is not None and not isinstance(ref, A.SymbolRefAttr):
                raise VerifyError(self, "'on_reference' must be a symbol reference")


EFFECT_OPS: tuple = (OpWithMemReadOp, OpWithMemWriteOp, EffectsResultOp, SideEffectOp)

__all__ = ["EFFECT_OPS"]
