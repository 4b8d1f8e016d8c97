"""Uniquing of immutable IR objects (types, attributes, locations, affine maps).

Every uniqued object is created once per distinct parameter tuple and shared, so
equality is identity and hashing is by address, as in MLIR's StorageUniquer.
"""

from __future__ import annotations

from typing import Any, ClassVar

_TABLE: dict[tuple, Any] = {}


class Uniqued:
    """Base of immutable, interned objects; subclasses name their parameters in `_fields`."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def __new__(cls, *args: Any) -> Any:
        key = (cls, *args)
        obj = _TABLE.get(key)
        if obj is not None:
            return obj
        obj = object.__new__(cls)
        for name, value in zip(cls._fields, args):
            object.__setattr__(obj, name, value)
        obj._post_init()
        _TABLE[key] = obj
        return obj

    def _post_init(self) -> None:
        """Hook for derived, cached fields; runs once when the object is first created."""

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple:
        return (type(self), tuple(getattr(self, f) for f in self._fields))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def params(self) -> tuple:
        """The parameter tuple this object was uniqued by."""
        return tuple(getattr(self, f) for f in self._fields)
