"""Alias generation (`#map`, `#loc3`, `!tuple`) in one printing pass.

Upstream visits every attribute and type in print order with a dummy printer, sorts
the aliasable ones by (nesting depth, types first, alias name) keeping first-visit
order, numbers each name (`map`, `map1`, ...), prints the definitions of those used
outside trailing locations at the top and the others at the end. We print once,
writing a placeholder for every aliasable object, and substitute the final names
afterwards.
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.attributes import escape_string
from mliropt.ir.location import FileLineColLoc, Location

# A placeholder: `\x01` index `\x02`; split keeps the index between the texts around it.
_PLACEHOLDER = re.compile("\x01(\\d+)\x02")
_SOH = "\x01"


def sanitize_alias(name: str) -> str:
    """Upstream's sanitizeIdentifier for alias names: characters other than letters,
    digits and `$_-` become their hex code (a space: `_`); a leading digit or symbol
    gets a `_` prefix (`test.alias` -> `test2Ealias`, `%test` -> `_25test`)."""
    if all(c.isascii() and (c.isalnum() or c in "$_-") for c in name) and not name[0].isdigit():
        return name
    out = []
    first = name[0]
    if first.isdigit() or not (first.isascii() and (first.isalnum() or first in "$_- ")):
        out.append("_")
    for c in name:
        if c.isascii() and (c.isalnum() or c in "$_-"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.extend(f"{b:X}" for b in c.encode("utf-8", "surrogateescape"))
    return "".join(out)


def dialect_alias(obj: Any, hooks: tuple) -> str | None:
    """The alias name of `obj`: the builtin dialect's, overridden by the loaded dialects'
    hooks in load order until one gives a final name (upstream's getAlias results)."""
    name = builtin_alias(obj)
    for hook in hooks:
        r = hook(obj)
        if r is not None:
            name = sanitize_alias(r[0])
            if r[1]:
                break
    return name


def builtin_alias(obj: Any) -> str | None:
    """The alias name upstream's builtin dialect gives an attribute or type, or None."""
    if isinstance(obj, Location):
        return "loc"
    if isinstance(obj, A.AffineMapAttr):
        return "map"
    if isinstance(obj, A.IntegerSetAttr):
        return "set"
    if isinstance(obj, A.DistinctAttr) and not isinstance(obj.referenced, A.UnitAttr):
        return "distinct"
    if isinstance(obj, T.TupleType) and len(obj.types) > 16:
        return "tuple"
    hook = getattr(obj, "alias_name", None)
    if hook is not None:
        return hook()
    return None


def _type_alias_hooks(cls: type) -> bool:
    """Whether a loaded subclass of `cls` names its own aliases (`alias_name`)."""
    subclasses: list[type] = cls.__subclasses__()
    return any(hasattr(sub, "alias_name") or _type_alias_hooks(sub) for sub in subclasses)


class _Info:
    __slots__ = ("index", "name", "is_type", "depth", "deferrable", "children", "body")

    def __init__(
        self, index: int, name: str, is_type: bool, deferrable: bool, body: str = "",
    ) -> None:
        self.index = index
        self.name = name
        self.is_type = is_type
        self.depth = 0
        self.deferrable = deferrable
        self.children: list[_Info] = _NO_CHILDREN
        self.body = body


# The children of an alias that refers to no other (never appended to: `lookup` gives
# every visited object a fresh list).
_NO_CHILDREN: list[_Info] = []


class AliasState:
    """Records aliasable objects while printing and names them at the end."""

    def __init__(self, root: Any, options: Any) -> None:
        # Every aliasable object visited -> its info, in first-visit order (the info's
        # index is its position).
        self.infos: dict[Any, _Info] = {}
        # The infos by their sort key (depth, not a type, name), each list in first-visit
        # order: an info is added once its body is printed, and one printed inside
        # another's body is deeper, so in another list.
        self._buckets: dict[tuple, list[_Info]] = {}
        self._loc_bucket: list[_Info] = self._buckets.setdefault((0, True, "loc"), [])
        self._stack: list[list[_Info]] = []
        self.deferrable_context = False
        self.final: list[str] | None = None
        self.names = _PlaceholderMap(self)
        # The loaded dialects' alias hooks (Dialect.alias_hook); none for most inputs.
        self.hooks: tuple = tuple(options.dialect_aliases or ())
        # Quoted file names of `visit_trailing`'s location bodies.
        self._files: dict[str, str] = {}
        # Whether `visit_trailing` may register a plain file location itself.
        self._direct_locs = not self.hooks and not getattr(options, "pretty_debuginfo", False)
        # `#loc` aliases of depth 0 so far. They are the first `loc` names of `_names`
        # unless a type alias is named `loc` at depth 0 (only a type's own `alias_name`
        # could, no hooks being loaded), so `visit_trailing` writes its plain file
        # locations' final names at once instead of placeholders.
        self._plain_locs = 0
        self._final_locs = self._direct_locs and not _type_alias_hooks(T.Type)

    def lookup(self, obj: Any, printer: Any) -> str | None:
        """The placeholder of an aliasable object (registering it on first sight), or None."""
        info = self.infos.get(obj)
        if info is None:
            name = dialect_alias(obj, self.hooks) if self.hooks else builtin_alias(obj)
            if name is None:
                return None
            info = _Info(len(self.infos), name, isinstance(obj, T.Type), self.deferrable_context)
            self.infos[obj] = info
            if self._stack:
                self._stack[-1].append(info)
            self._stack.append([])
            info.body = obj.print_body(printer)
            children = self._stack.pop()
            info.children = children
            if children:
                info.depth = 1 + max([c.depth for c in children])
            elif name == "loc" and not info.is_type:
                self._plain_locs += 1
            key = (info.depth, not info.is_type, name)
            bucket = self._buckets.get(key)
            if bucket is None:
                self._buckets[key] = [info]
            else:
                bucket.append(info)
        else:
            if self._stack:
                self._stack[-1].append(info)
            if not self.deferrable_context:
                self._mark_non_deferrable(info)
        return f"\x01{info.index}\x02"

    def _mark_non_deferrable(self, info: _Info) -> None:
        if not info.deferrable:
            return
        info.deferrable = False
        for c in info.children:
            self._mark_non_deferrable(c)

    def visit_trailing(self, loc: Any, printer: Any) -> str | None:
        """`visit_deferrable` of an op's location; a first-seen plain `"file":line:col`
        (no range, no dialect alias hooks, not the pretty form) is registered directly:
        its alias is `loc`, its body refers to no other alias (depth 0, no children)."""
        infos = self.infos
        if (
            loc.__class__ is FileLineColLoc and self._direct_locs and loc not in infos
            and loc.end_line is None and loc.end_col is None
        ):
            name = self._files.get(loc.filename)
            if name is None:
                name = self._files[loc.filename] = escape_string(loc.filename)
            index = len(infos)
            body = f"loc({name}:{loc.line}:{loc.col})"
            info = infos[loc] = _Info(index, "loc", False, True, body)
            self._loc_bucket.append(info)
            if self._stack:
                self._stack[-1].append(info)
            if not self._final_locs:
                return f"\x01{index}\x02"
            rank = self._plain_locs
            self._plain_locs = rank + 1
            return f"#loc{rank}" if rank else "#loc"
        return self.visit_deferrable(loc, printer)

    def visit_deferrable(self, obj: Any, printer: Any) -> str | None:
        """Visit an op's trailing location (its alias may be defined at the end)."""
        saved = self.deferrable_context
        self.deferrable_context = True
        try:
            return self.lookup(obj, printer)
        finally:
            self.deferrable_context = saved

    def _names(self) -> list[str]:
        if self.final is not None:
            return self.final
        # Upstream's stable sort by (depth, types first, name): objects with equal keys
        # keep their first-visit order, so each key's objects are collected in order
        # (`_buckets`) and the (few) keys sorted.
        buckets = self._buckets
        counts: dict[str, int] = {}
        final = [""] * len(self.infos)
        ranked: list[_Info] = []
        for key in sorted(buckets):
            bucket = buckets[key]
            if not bucket:
                continue
            ranked += bucket
            base = key[2]
            start = counts.get(base, 0)
            counts[base] = start + len(bucket)
            stem = ("#" if key[1] else "!") + base
            # Upstream's SymbolAlias::print: a name ending in a digit takes `_` before
            # its number (`test_alias0`, `test_alias0_1`).
            numbered = stem + "_" if base[-1:].isdigit() else stem
            names = [numbered + str(n) for n in range(start or 1, start + len(bucket))]
            if not start:
                names.insert(0, stem)
            for info, name in zip(bucket, names):
                final[info.index] = name
        self.ranked = ranked
        self.final = final
        return final

    def substitute(self, text: str) -> str:
        """Replace placeholders with the final alias names."""
        if "\x01" not in text:
            return text
        names = self._names()
        # The split alternates texts and placeholder indices (the group).
        parts = _PLACEHOLDER.split(text)
        parts[1::2] = [names[int(i)] for i in parts[1::2]]
        return "".join(parts)

    def print_aliases(self, printer: Any, deferred: bool) -> str:
        """The alias definitions (`#map = ...`) printed before (or after) the IR."""
        if not self.infos:
            return ""
        self._names()
        final = self.final
        assert final is not None
        substitute = self.substitute
        lines = [
            f"{final[info.index]} = "
            f"{substitute(info.body) if _SOH in info.body else info.body}\n"
            for info in self.ranked if info.deferrable == deferred
        ]
        return "".join(lines)


class _PlaceholderMap:
    """The `aliases` mapping the printer consults: it answers with placeholders."""

    def __init__(self, state: AliasState) -> None:
        self.state = state
        self.printer: Any = None

    def get(self, obj: Any, default: Any = None) -> Any:
        p = self.state.lookup(obj, self.printer)
        return default if p is None else p
