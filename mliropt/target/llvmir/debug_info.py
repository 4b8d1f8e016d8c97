"""Debug metadata of the LLVM IR export: `#llvm.di_*` attributes become `!DI*` nodes,
op locations become `!DILocation`s under a function's `!DISubprogram`, numbered as
LLVM's printer numbers them (upstream's DebugTranslation, LLVM's SlotTracker).

Debug info is emitted only when some op of the module has a known location, and an
op gets `!dbg` only inside a function whose location fuses a `#llvm.di_subprogram`.
"""

from __future__ import annotations

from typing import Any

from mliropt.ir import location as L
from mliropt.ir.attributes import escape_string
from mliropt.ir.diagnostics import error


class MDNode:
    """A metadata node: `!Kind(field: value, ...)` (a tuple `!{...}` when `kind` is
    empty); `ops` are the nodes it references in LLVM's operand order."""

    __slots__ = ("kind", "fields", "ops", "distinct", "number")

    def __init__(self, kind: str, fields: list, ops: list, distinct: bool = False) -> None:
        self.kind = kind
        self.fields = fields
        self.ops = [o for o in ops if o is not None]
        self.distinct = distinct
        self.number = -1

    def text(self) -> str:
        """The node's text (after `!N = `)."""
        if not self.kind:
            return "!{" + ", ".join(_ref(v) for v in self.fields) + "}"
        body = ", ".join(f"{name}: {_ref(v)}" for name, v in self.fields)
        return f"{'distinct ' if self.distinct else ''}!{self.kind}({body})"


def _ref(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, MDNode):
        return f"!{value.number}"
    return str(value)


class MetadataTable:
    """Numbers metadata as LLVM's SlotTracker: each node when first met, then the
    nodes it references depth first; plain nodes (text without references) by text."""

    def __init__(self) -> None:
        self.lines: list[tuple[int, Any]] = []
        self._texts: dict[str, int] = {}

    def add(self, node: Any) -> int:
        """The number of a node (an MDNode or the text of a plain node)."""
        if isinstance(node, str):
            n = self._texts.get(node)
            if n is None:
                n = self._texts[node] = len(self.lines)
                self.lines.append((n, node))
            return n
        stack = [node]
        while stack:
            cur = stack.pop()
            if cur.number >= 0:
                continue
            cur.number = len(self.lines)
            self.lines.append((cur.number, cur))
            stack.extend(reversed(cur.ops))
        return node.number

    def texts(self) -> list[str]:
        """`!N = ...` of every node, in number order."""
        return [
            f"!{n} = {node if isinstance(node, str) else node.text()}" for n, node in self.lines
        ]


_EMISSION = {
    "None": "NoDebug",
    "Full": "FullDebug",
    "LineTablesOnly": "LineTablesOnly",
    "DebugDirectivesOnly": "DebugDirectivesOnly",
}


def _has_location(op: Any) -> bool:
    """Whether some op has a known location (upstream's interruptIfValidLocation)."""
    return any(not isinstance(o.location, L.UnknownLoc) for o in op.walk(post_order=False))


class DebugInfo:
    """The debug metadata of one module translation."""

    def __init__(self, module: Any) -> None:
        self.enabled = _has_location(module)
        self.units: list[MDNode] = []  # the compile units, in translation order
        self.functions: dict[str, MDNode] = {}  # function name -> its !DISubprogram
        self._nodes: dict[Any, MDNode | None] = {}
        self._locations: dict[tuple, MDNode] = {}
        self._translated: dict[tuple, MDNode | None] = {}

    # ------------------------------------------------------------- functions

    def declare(self, func: Any, name: str) -> None:
        """Record the subprogram fused into a function's location (findInstanceOf)."""
        if not self.enabled:
            return
        from mliropt.dialects.llvm.debug_attrs import DISubprogramAttr
        from mliropt.dialects.llvm.debug_locations import find_fused_metadata

        sp = find_fused_metadata(func.location, DISubprogramAttr)
        if sp is not None:
            self.functions[name] = self.node(sp, func.location)

    def location(self, loc: L.Location, scope: MDNode, at: Any) -> MDNode | None:
        """The `!DILocation` of an op's location in a function's subprogram, or None."""
        return self._loc(loc, scope, None, at)

    # ------------------------------------------------------------- locations

    def _loc(self, loc: Any, scope: MDNode | None, inlined: MDNode | None, at: Any) -> Any:
        """Upstream's DebugTranslation::translateLoc."""
        if isinstance(loc, L.UnknownLoc):
            return None
        key = (loc, scope, inlined)
        if key in self._translated:
            return self._translated[key]
        result: MDNode | None
        if isinstance(loc, L.CallSiteLoc):
            # The caller is the inlinedAt of the callee.
            caller = self._loc(loc.caller, scope, inlined, at)
            if caller is None:
                if inlined is None:
                    self._translated[key] = None
                    return None
                caller = inlined
            result = self._loc(loc.callee, None, caller, at) or caller
        elif isinstance(loc, L.FileLineColLoc):
            result = None if scope is None else self._dilocation(loc.line, loc.col, scope, inlined)
        elif isinstance(loc, L.FusedLoc):
            from mliropt.dialects.llvm import debug_attrs as D

            meta = loc.metadata
            if isinstance(
                meta, (D.DISubprogramAttr, D.DILexicalBlockAttr, D.DILexicalBlockFileAttr)
            ):
                scope = self.node(meta, at)
            result = self._loc(loc.locations[0], scope, inlined, at)
            for other in loc.locations[1:]:
                result = self._merge(result, self._loc(other, scope, inlined, at), at)
        elif isinstance(loc, L.NameLoc):
            result = self._loc(loc.child, scope, inlined, at)
        else:
            fallback = getattr(loc, "fallback", None)
            result = self._loc(fallback, scope, inlined, at) if fallback is not None else None
        self._translated[key] = result
        return result

    def _dilocation(self, line: int, col: int, scope: MDNode, inlined: Any) -> MDNode:
        if col >= 1 << 16:
            col = 0  # LLVM keeps 16 bits of column, else none
        key = (line, col, scope, inlined)
        node = self._locations.get(key)
        if node is None:
            fields: list = [("line", line)]
            if col:
                fields.append(("column", col))
            fields.append(("scope", scope))
            if inlined is not None:
                fields.append(("inlinedAt", inlined))
            node = self._locations[key] = MDNode("DILocation", fields, [scope, inlined])
        return node

    def _merge(self, a: Any, b: Any, at: Any) -> Any:
        """DILocation::getMergedLocation of two locations in the same scope."""
        if a is None or b is None:
            return None
        if a is b:
            return a
        line_a, col_a, scope_a, inl_a = _location_key(a)
        line_b, col_b, scope_b, inl_b = _location_key(b)
        if scope_a is not scope_b or inl_a is not inl_b:
            raise error(
                at,
                "pymlir-translate does not merge the fused locations of different debug scopes yet",
            )
        if line_a != line_b:
            return self._dilocation(0, 0, scope_a, inl_a)
        return self._dilocation(line_a, col_a if col_a == col_b else 0, scope_a, inl_a)

    # ------------------------------------------------------------- attributes

    def node(self, attr: Any, at: Any) -> Any:
        """The metadata node of a debug-info attribute (one per attribute)."""
        if attr in self._nodes:
            return self._nodes[attr]
        node = self._translate(attr, at)
        self._nodes[attr] = node
        return node

    def _translate(self, a: Any, at: Any) -> MDNode | None:
        from mliropt.dialects.llvm import debug_attrs as D

        fields: list
        if a is None or isinstance(a, D.DINullTypeAttr):
            return None
        if isinstance(a, D.DIFileAttr):
            fields = [
                ("filename", escape_string(a.name_)),
                ("directory", escape_string(a.directory)),
            ]
            return MDNode("DIFile", fields, [])
        if isinstance(a, D.DICompileUnitAttr):
            return self._compile_unit(a, at)
        if isinstance(a, D.DISubprogramAttr):
            return self._subprogram(a, at)
        if isinstance(a, D.DISubroutineTypeAttr):
            types = self._tuple([self.node(t, at) for t in a.types])
            fields = [("cc", a.callingConvention)] if a.callingConvention else []
            fields.append(("types", types))
            return MDNode("DISubroutineType", fields, [types])
        if isinstance(a, D.DIBasicTypeAttr):
            fields = []
            if a.tag and a.tag != "DW_TAG_base_type":
                fields.append(("tag", a.tag))
            fields.append(("name", escape_string(a.name_)))
            if a.sizeInBits:
                fields.append(("size", a.sizeInBits))
            if a.encoding:
                fields.append(("encoding", a.encoding))
            return MDNode("DIBasicType", fields, [])
        if isinstance(a, (D.DILexicalBlockAttr, D.DILexicalBlockFileAttr)) and not isinstance(
            a.scope, (D.DISubprogramAttr, D.DILexicalBlockAttr, D.DILexicalBlockFileAttr)
        ):
            # LLVM asserts (aborts) on a lexical block outside a function's scopes.
            raise error(
                at, f"the scope of `#llvm.{a.name}` must be a subprogram or a lexical block (file)"
            )
        if isinstance(a, D.DILexicalBlockAttr):
            scope, file = self.node(a.scope, at), self.node(a.file, at)
            fields = [("scope", scope)]
            if file is not None:
                fields.append(("file", file))
            fields += [(n, v) for n, v in (("line", a.line), ("column", a.column)) if v]
            return MDNode("DILexicalBlock", fields, [file, scope], distinct=True)
        if isinstance(a, D.DILexicalBlockFileAttr):
            scope, file = self.node(a.scope, at), self.node(a.file, at)
            fields = [("scope", scope)]
            if file is not None:
                fields.append(("file", file))
            fields.append(("discriminator", a.discriminator))
            return MDNode("DILexicalBlockFile", fields, [file, scope], distinct=True)
        raise error(at, f"pymlir-translate does not translate `#llvm.{a.name}` debug info yet")

    def _tuple(self, items: list) -> MDNode:
        key = ("tuple", *items)
        node = self._locations.get(key)
        if node is None:
            node = self._locations[key] = MDNode("", items, items)
        return node

    def _compile_unit(self, a: Any, at: Any) -> MDNode:
        file = self.node(a.file, at)
        fields: list = [("language", a.sourceLanguage), ("file", file)]
        if a.producer:
            fields.append(("producer", escape_string(a.producer)))
        fields.append(("isOptimized", "true" if a.isOptimized else "false"))
        fields.append(("runtimeVersion", 0))
        if a.splitDebugFilename:
            fields.append(("splitDebugFilename", escape_string(a.splitDebugFilename)))
        fields.append(("emissionKind", _EMISSION[a.emissionKind]))
        if a.nameTableKind != "Default":
            fields.append(("nameTableKind", a.nameTableKind))
        node = MDNode("DICompileUnit", fields, [file], distinct=True)
        self.units.append(node)
        return node

    def _subprogram(self, a: Any, at: Any) -> MDNode:
        from mliropt.dialects.llvm.debug_attrs import SUBPROGRAM_FLAGS

        if a.isRecSelf or a.recId is not None or a.retainedNodes or a.annotations:
            raise error(
                at,
                "pymlir-translate does not translate recursive subprograms, "
                "retained nodes or annotations of `#llvm.di_subprogram` yet",
            )
        file, scope = self.node(a.file, at), self.node(a.scope, at)
        type_, unit = self.node(a.type, at), self.node(a.compileUnit, at)
        fields: list = []
        if a.name_:
            fields.append(("name", escape_string(a.name_)))
        if a.linkageName:
            fields.append(("linkageName", escape_string(a.linkageName)))
        fields.append(("scope", scope))  # printed even when null, as LLVM does
        if file is not None:
            fields.append(("file", file))
        if a.line:
            fields.append(("line", a.line))
        if type_ is not None:
            fields.append(("type", type_))
        if a.scopeLine:
            fields.append(("scopeLine", a.scopeLine))
        if a.subprogramFlags & 3:  # Virtual, PureVirtual: LLVM adds the (0) vtable index
            fields.append(("virtualIndex", 0))
        if a.subprogramFlags:
            words = [f"DISPFlag{n}" for n, bits in SUBPROGRAM_FLAGS if a.subprogramFlags & bits]
            fields.append(("spFlags", " | ".join(words)))
        if unit is not None:
            fields.append(("unit", unit))
        return MDNode("DISubprogram", fields, [file, scope, type_, unit], distinct=a.id is not None)


def attach_dbg(insts: list, node: MDNode | None) -> None:
    """Attach `!dbg node` (None: nothing) to instructions."""
    if node is None:
        return
    for inst in insts:
        inst.md.insert(0, [0, "dbg", node, -1])  # kind 0: printed first


def _location_key(node: MDNode) -> tuple:
    d = dict(node.fields)
    return d["line"], d.get("column", 0), d["scope"], d.get("inlinedAt")
