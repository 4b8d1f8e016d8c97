"""Inherent attributes written in a custom op's attribute dictionary, taken into its
properties as upstream's two kinds of parsers take them.

An ODS-generated parser (a declarative assembly format) checks them against their
constraints at the dictionary (verifyInherentAttrs). A hand-written C++ parser puts them
in the OperationState's attributes, and creating the op stores each through
setInherentAttr: a value of another class than the property's storage class is dropped
without a word (`dyn_cast_or_null`). A declarative format's dictionary value replaces the
one the rest of its syntax gave; each hand-written parser decides for itself.
"""

from __future__ import annotations

from typing import Any

from mliropt.syntax.errors import ParseError


def _inherent_names(cls: Any, attrs: dict) -> list[str]:
    defs = cls.attr_defs_by_name
    return [n for n in attrs if n in defs and not defs[n].discardable]


def checked_inherent(cls: Any, attrs: dict, pos: int) -> dict:
    """Pop the inherent entries of `attrs` (the dictionary at `pos`) after checking each
    against its constraint, in name order, as a declarative format's parser does."""
    names = _inherent_names(cls, attrs)
    defs = cls.attr_defs_by_name
    for name in sorted(names):
        constraint = defs[name].constraint
        if not constraint(attrs[name]):
            raise ParseError(
                pos,
                f"custom op '{cls.name}' '{cls.name}' op attribute '{name}' failed to satisfy "
                f"constraint: {constraint.description}",
            )
    return {name: attrs.pop(name) for name in names}


def stored_inherent(cls: Any, attrs: dict) -> dict:
    """Pop the inherent entries of `attrs` as a hand-written parser's op stores them: a
    value whose class is not the property's storage class is dropped (a constraint with
    an unknown storage class keeps every value, for the verifier to judge)."""
    defs = cls.attr_defs_by_name
    stored = {}
    for name in _inherent_names(cls, attrs):
        value = attrs.pop(name)
        storage = getattr(defs[name].constraint, "storage", None)
        if storage is None or storage(value):
            stored[name] = value
    return stored
