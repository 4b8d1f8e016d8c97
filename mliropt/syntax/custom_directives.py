"""`custom<Name>(...)` directives of assembly formats, registered by name.

A directive contributes grammar symbols to the op's alternatives, parses the tokens
it matched into the op state, and prints its part of the op. Dialect modules
register theirs with `register_directive` when they are imported.
"""

from __future__ import annotations

from typing import Any

_DIRECTIVES: dict[str, Directive] = {}


class Directive:
    """Base of custom directives.

    `symbols(fmt, element)` gives the grammar symbols (terminals or nonterminals) the
    directive matches; `parse(sp, texts, positions, element, state)` stores what it
    read in `state`: `state['operands'][name] = [(text, pos), ...]` (value references
    resolved later with the inferred types), `state['types'][name] = [Type, ...]`,
    `state['props'][name] = Attribute`, `state['regions'][name] = [Region]`,
    `state['succs'][name] = [Block]`. `print(P, op, element)` returns the directive's
    text; `present(op, element)` answers when it anchors an optional group.
    `element.args` are the directive's arguments (format_ast Var / TypeDir / RefDir).
    """

    optional = False

    def symbols(self, fmt: Any, element: Any) -> list[str]:
        """Grammar symbols matched by this directive."""
        raise NotImplementedError

    def parse(self, sp: Any, texts: list, positions: list, element: Any, state: dict) -> None:
        """Read the matched tokens into `state`."""
        raise NotImplementedError

    def print(self, P: Any, op: Any, element: Any) -> str:
        """The directive's text for `op`."""
        raise NotImplementedError

    def typed_parts(self, element: Any) -> tuple[str, ...]:
        """Names of the operand/result groups whose types `parse` stores in
        `state['types']` (a result group's count is then the directive's to decide)."""
        return ()

    def present(self, op: Any, element: Any) -> bool:
        """Whether the directive has anything to print (optional-group anchor)."""
        return True


def register_directive(name: str, directive: Directive) -> None:
    """Register `custom<name>`."""
    _DIRECTIVES[name] = directive


def directive(name: str) -> Directive:
    """The registered directive `name`."""
    d = _DIRECTIVES.get(name)
    if d is None:
        from mliropt.syntax.format_ast import FormatError

        raise FormatError(f"unknown custom directive 'custom<{name}>'")
    return d
