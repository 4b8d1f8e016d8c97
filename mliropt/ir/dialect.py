"""Dialects: a namespace of ops, types and attributes, registered lazily by name."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from mliropt.ir.attributes import DialectAttr
    from mliropt.ir.operation import Operation
    from mliropt.ir.types import DialectType


class Dialect:
    """Base of dialect classes; a dialect module defines one subclass listing its parts."""

    name: ClassVar[str] = ""
    ops: ClassVar[tuple[type[Operation], ...]] = ()
    types: ClassVar[tuple[type[DialectType], ...]] = ()
    attributes: ClassVar[tuple[type[DialectAttr], ...]] = ()
    # Dialects whose ops this dialect's parsers or canonicalizations create.
    dependent_dialects: ClassVar[tuple[str, ...]] = ()
    # Extra Lark rules (a fragment in syntax/grammar/) for syntax formats cannot express.
    grammar_fragment: ClassVar[str | None] = None
    # The DialectInlinerInterface subclass (mliropt/rewrite/inlining.py) saying what of
    # this dialect may be inlined, and how its terminators are rewritten; None: nothing.
    inliner: ClassVar[Any] = None
    # Upstream's allowUnknownOperations(): an op of this dialect that is not registered
    # parses in generic form and verifies (as an unregistered op) without
    # --allow-unregistered-dialect.
    allows_unknown_operations: ClassVar[bool] = False
    # Upstream's OpAsmDialectInterface::getAlias: `alias_hook(obj)` gives any attribute
    # or type being printed (not only this dialect's) an alias, as (name, final) or
    # None; a final name is not overridden by later dialects. None: no hook.
    alias_hook: ClassVar[Any] = None
    # Upstream's verifyOperationAttribute / verifyRegionArgAttribute /
    # verifyRegionResultAttribute: `attr_verifier(op, name, value, where)` checks a
    # discardable attribute named `<dialect>.x` (`where` is "op", "arg" or "result",
    # for function argument and result attributes); raises MLIRError. None: no hook.
    attr_verifier: ClassVar[Any] = None

    def __init__(self) -> None:
        self.ops_by_name: dict[str, type[Operation]] = {op.name: op for op in self.ops}
        self.types_by_name: dict[str, type[DialectType]] = {t.name: t for t in self.types}
        self.attributes_by_name: dict[str, type[DialectAttr]] = {
            a.name: a for a in self.attributes
        }

    def parse_type(self, mnemonic: str, parser: Any) -> Any:
        """Parse `!dialect.mnemonic<...>`; the body parser is positioned after the mnemonic."""
        cls = self.types_by_name.get(mnemonic)
        if cls is None:
            return None
        # Types parsed by this default hook define the classmethod `parse_params`.
        return cls.parse_params(parser)  # type: ignore[attr-defined]

    def parse_attribute(self, mnemonic: str, parser: Any, type: Any = None) -> Any:
        """Parse `#dialect.mnemonic<...>`."""
        cls = self.attributes_by_name.get(mnemonic)
        if cls is None:
            return None
        # Attributes parsed by this default hook define the classmethod `parse_params`;
        # those with `parses_type` also take the type of a `: type` suffix.
        if getattr(cls, "parses_type", False):
            return cls.parse_params(parser, type)  # type: ignore[attr-defined]
        return cls.parse_params(parser)  # type: ignore[attr-defined]

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """Create a constant op of this dialect for a folded value, or None."""
        return None


class DialectRegistry:
    """Dialect names mapped to `module:Class`, imported on first use."""

    def __init__(
        self, entries: dict[str, str] | None = None, fallback: Any = None
    ) -> None:
        self.entries: dict[str, str] = dict(entries or {})
        # fallback(name) -> `module:Class` or None: asked for a name not in `entries`
        # (plugin entry points, looked up only when needed).
        self.fallback = fallback

    def add(self, name: str, target: str) -> None:
        """Register `name` as `module:Class`."""
        self.entries[name] = target

    def discover(self, name: str) -> bool:
        """Whether `name` is registered, asking the fallback when it is not (yet)."""
        if name in self.entries:
            return True
        target = self.fallback(name) if self.fallback is not None else None
        if target is None:
            return False
        self.entries[name] = target
        return True

    def load(self, name: str) -> Dialect | None:
        """Import and instantiate the dialect `name`, or None when it is unknown."""
        if not self.discover(name):
            return None
        target = self.entries[name]
        module, _, cls = target.partition(":")
        try:
            return getattr(importlib.import_module(module), cls)()
        except (ImportError, AttributeError) as e:
            # A broken plugin (or registry entry) must not crash the parse: the dialect
            # then behaves as unregistered; say why once.
            import sys

            sys.stderr.write(f"warning: cannot load dialect '{name}' from {target}: {e}\n")
            return None

    @property
    def names(self) -> list[str]:
        """The registered dialect names, sorted."""
        return sorted(self.entries)
