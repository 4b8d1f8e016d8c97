"""Verification of attributes named after a dialect (`test.invalid_attr`) by that
dialect: upstream's Dialect::verifyOperationAttribute for an op's discardable
attributes, verifyRegionArgAttribute / verifyRegionResultAttribute for a function's
argument and result attributes.

As in upstream, where an attribute name with a dialect prefix loads the dialect, the
prefix of a registered dialect loads it here; most dialects have no such hook, and
their attributes are then not looked at again.
"""

from __future__ import annotations

from typing import Any

_UNKNOWN = object()


class DialectAttrChecker:
    """Asks the dialects of a context to verify the attributes named after them."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        # Attribute-name prefix -> the dialect verifying it, or None.
        self._by_prefix: dict[str, Any] = {}

    def _dialect(self, name: str) -> Any:
        prefix, dot, _ = name.partition(".")
        if not dot:
            return None
        d = self._by_prefix.get(prefix, _UNKNOWN)
        if d is _UNKNOWN:
            d = None
            ctx = self.ctx
            # The registry only (no plugin lookup): an unregistered prefix has no hook.
            if prefix in ctx.dialects or ctx.is_registered_dialect(prefix):
                dialect = ctx.get_dialect(prefix)
                if dialect is not None and dialect.attr_verifier is not None:
                    d = dialect
            self._by_prefix[prefix] = d
        return d

    def check_op(self, op: Any) -> None:
        """Verify `op`'s discardable attributes (raises MLIRError)."""
        for name, value in op.attributes.items():
            d = self._dialect(name)
            if d is not None:
                d.attr_verifier(op, name, value, "op")

    def check_signature(self, op: Any) -> None:
        """Verify the argument and result attributes of a function-like op."""
        for where, hook in (("arg", "callable_arg_attrs"), ("result", "callable_res_attrs")):
            get = getattr(op, hook, None)
            dicts = get() if get is not None else None
            if dicts is None:
                continue
            for entry in getattr(dicts, "value", ()):
                for name, value in getattr(entry, "entries", ()):
                    d = self._dialect(name)
                    if d is not None:
                        d.attr_verifier(op, name, value, where)
