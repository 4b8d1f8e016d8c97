"""Hand-written op syntax, for ops whose syntax an assembly format cannot express.

Like a compiled format it gives grammar alternatives (Lark expansions after the op's
keyword, `[...]` optional parts allowed), one parse callback per alternative and a
printer; the op class returns it from `custom_syntax()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Parse callbacks of the rules that dialect grammar fragments declare, by rule alias.
RULE_CALLBACKS: dict[str, Callable] = {}


def register_rule_callback(alias: str, callback: Callable) -> None:
    """Give a rule alias of a dialect's grammar fragment (`rule: ... -> alias`) its parse
    callback `cb(sp, children, positions)`; for lists and groups inside custom syntax."""
    RULE_CALLBACKS[alias] = callback


class CustomSyntax:
    """Grammar alternatives, their callbacks and the printer of one op."""

    def __init__(
        self, op_cls: Any, alternatives: list[tuple[str, Callable]], printer: Callable
    ) -> None:
        self.cls = op_cls
        self.prefix = "custom_" + op_cls.name.replace(".", "_").replace("-", "_")
        self.alternatives = alternatives
        self.num_alternatives = len(alternatives)
        self._printer = printer

    def alias(self, k: int) -> str:
        """The grammar alias of alternative `k`."""
        return f"{self.prefix}_{k}"

    def grammar_rules(self, term: str) -> list[str]:
        """`%extend op_body` lines for the op's keyword terminal."""
        return [
            f"%extend op_body: OPSTART {term} {expansion} -> {self.alias(k)}"
            for k, (expansion, _) in enumerate(self.alternatives)
        ]

    def callback(self, k: int) -> Callable:
        """The parse callback `cb(sp, children, positions)` of alternative `k`."""
        return self.alternatives[k][1]

    def printer(self) -> Callable:
        """`print(P, op) -> str`: the text after the op name."""
        return self._printer
