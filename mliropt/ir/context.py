"""The context: loaded dialects, options of the run, and the diagnostic engine."""

from __future__ import annotations

from typing import Any

from mliropt.ir.diagnostics import DiagnosticEngine
from mliropt.ir.dialect import Dialect, DialectRegistry


class Context:
    """Owns what a parse, a pass pipeline and a print share; types and attributes are
    uniqued process-wide, so they can be shared between contexts."""

    def __init__(
        self, registry: DialectRegistry | None = None, allow_unregistered: bool = False
    ) -> None:
        if registry is None:
            from mliropt.dialects.registry import default_registry

            registry = default_registry()
        self.registry = registry
        self.allow_unregistered = allow_unregistered
        self.dialects: dict[str, Dialect] = {}
        self.diagnostics = DiagnosticEngine()
        self._missing: set[str] = set()
        # Upstream's printOpOnDiagnostic: the "see current operation" note on verifier errors.
        self.print_op_on_diagnostic = True
        # The alias hooks of the loaded dialects, in load order (Dialect.alias_hook); the
        # printing flags below share this list, so the printer sees the dialects loaded
        # when it prints, as upstream's AsmPrinter asks the context's dialects.
        self.alias_hooks: list[Any] = []
        self._print_options: Any = None

    @property
    def print_options(self) -> Any:
        """The printing flags of the command line (a PrintOptions, None: defaults), which
        passes that print start from, as upstream's OpPrintingFlags() reads cl options."""
        return self._print_options

    @print_options.setter
    def print_options(self, value: Any) -> None:
        self._print_options = value
        if value is not None:
            value.dialect_aliases = self.alias_hooks

    def get_dialect(self, name: str) -> Dialect | None:
        """The dialect `name`, loaded on first use (as upstream loads dialects on demand)."""
        d = self.dialects.get(name)
        if d is not None or name in self._missing:
            return d
        d = self.registry.load(name)
        if d is None:
            self._missing.add(name)
            return None
        self.dialects[name] = d
        if d.alias_hook is not None:
            self.alias_hooks.append(d.alias_hook)
        for dep in d.dependent_dialects:
            self.get_dialect(dep)
        return d

    def lookup_op(self, name: str) -> type | None:
        """The registered op class named `name`, or None."""
        dialect, dot, _ = name.partition(".")
        if not dot:
            return None
        d = self.get_dialect(dialect)
        if d is None:
            return None
        return d.ops_by_name.get(name)

    def is_registered_dialect(self, name: str) -> bool:
        """True when a dialect of this name is registered."""
        return name in self.registry.entries

    def op_class(self, name: str) -> Any:
        """The class for ops named `name`: registered, or unregistered when allowed, else None."""
        cls = self.lookup_op(name)
        if cls is not None:
            return cls
        from mliropt.ir.operation import UnregisteredOp

        if self.allow_unregistered:
            return UnregisteredOp.for_name(name)
        return None
