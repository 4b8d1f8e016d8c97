"""Compile an op's assembly format into grammar rules, parse callbacks and a printer.

One format string drives both directions. Optional parts (optional groups, absent
variadic operands, `attr-dict`) are expanded into separate grammar alternatives, each
with a generated callback that knows where its children are (DESIGN.md rule 1). The
printer follows upstream's ODS printer: the same spacing rules, the same elision of
attributes that the format prints itself or that equal their default.
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import traits as tr
from mliropt.ir.opdef import OPTIONAL, SINGLE, VARIADIC
from mliropt.syntax.attr_formats import format_of
from mliropt.syntax.format_ast import (
    AllOperands,
    AllRegions,
    AllResults,
    AllSuccessors,
    AttrDict,
    Custom,
    FormatError,
    FuncTypeDir,
    Lit,
    OptionalGroup,
    PropDict,
    RefDir,
    Space,
    TypeDir,
    Var,
    parse_format,
)
from mliropt.syntax.inherent import checked_inherent

_COMPILED: dict[type, CompiledFormat | None] = {}
_BY_ALIAS: dict[str, tuple[CompiledFormat, int]] = {}


def compiled_format(op_cls: Any) -> CompiledFormat | None:
    """The compiled format of an op class (None when it has no custom syntax)."""
    if op_cls in _COMPILED:
        return _COMPILED[op_cls]
    fmt = None
    custom = getattr(op_cls, "custom_syntax", None)
    if custom is not None:
        fmt = custom()
    elif op_cls.assembly_format is not None:
        fmt = CompiledFormat(op_cls)
    _COMPILED[op_cls] = fmt
    if fmt is not None:
        for k in range(fmt.num_alternatives):
            _BY_ALIAS[fmt.alias(k)] = (fmt, k)
    return fmt


def format_callback(alias: str, op_classes: dict) -> Any:
    """The parse callback of a generated grammar alternative, by its alias."""
    entry = _BY_ALIAS.get(alias)
    if entry is None:
        # Compile the format of the op this alias belongs to (`fmt_arith_addi_0`), or
        # every op's when no name matches.
        prefix = alias.rpartition("_")[0]
        by_prefix = _PREFIXES.get(id(op_classes))
        if by_prefix is None or by_prefix[0] is not op_classes:
            names = {}
            for c in op_classes.values():
                names["fmt_" + _alias_name(c.name)] = names["custom_" + _alias_name(c.name)] = c
            by_prefix = _PREFIXES[id(op_classes)] = (op_classes, names)
        named = by_prefix[1].get(prefix)
        for cls in [named] if named is not None else op_classes.values():
            compiled_format(cls)
        entry = _BY_ALIAS.get(alias)
        if entry is None:
            return None
    fmt, k = entry
    return fmt.callback(k)


# id(op_classes) -> (op_classes, alias prefix -> op class), for format_callback.
_PREFIXES: dict[int, tuple[dict, dict]] = {}


def format_op_name(alias: str) -> str | None:
    """The name of the op whose (compiled) format or custom syntax has rule `alias`."""
    entry = _BY_ALIAS.get(alias)
    return None if entry is None else entry[0].cls.name


def is_symbol_name_slot(alias: str, index: int) -> bool:
    """Whether symbol `index` of a compiled format alternative is a symbol name
    (`$sym_name` of a SymbolNameAttr, parsed by upstream's parseSymbolName)."""
    from mliropt.syntax.attr_formats import SymbolNameFormat

    entry = _BY_ALIAS.get(alias)
    if entry is None or not isinstance(entry[0], CompiledFormat):
        return False
    slots = entry[0].alternatives[entry[1]][0]
    if not 0 <= index < len(slots):
        return False
    e = slots[index].element
    return (
        isinstance(e, Var)
        and e.role == "attr"
        and isinstance(format_of(e.part.constraint), SymbolNameFormat)
    )


def empty_operands_op(alias: str, index: int) -> str | None:
    """The op name when symbol `index` of a compiled format alternative is a variadic
    operand list (which upstream's parseOperandList also accepts empty), else None."""
    entry = _BY_ALIAS.get(alias)
    if entry is None:
        return None
    fmt, k = entry
    if not isinstance(fmt, CompiledFormat):
        return None
    slots = fmt.alternatives[k][0]
    if not 0 <= index < len(slots):
        return None
    e = slots[index].element
    if isinstance(e, Var) and e.role == "operand" and e.part.kind == VARIADIC:
        return fmt.cls.name
    return None


def _alias_name(op_name: str) -> str:
    """The op-name part of the grammar aliases of an op's alternatives."""
    return op_name.replace(".", "_").replace("-", "_")


def _lark_literal(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class ColonType:
    """A `:` literal merged with the type directive after it (one COLON_TYPE token)."""

    def __init__(self, directive: Any) -> None:
        self.directive = directive


class OperandRun:
    """`$a, $b, $rest`: single operands (and a variadic last one) lexed as one VALUES token."""

    def __init__(self, parts: list) -> None:
        self.parts = parts


def _merge(elements: list) -> list:
    """Merge token sequences that can be one compound token (DESIGN.md rule 2)."""
    out: list = []
    i = 0
    n = len(elements)
    while i < n:
        e = elements[i]
        if isinstance(e, OptionalGroup):
            out.append(OptionalGroup(_merge(e.then), e.anchor, _merge(e.else_)))
            i += 1
            continue
        if (
            isinstance(e, Lit)
            and e.value == ":"
            and i + 1 < n
            and isinstance(elements[i + 1], (TypeDir, FuncTypeDir))
        ):
            out.append(ColonType(elements[i + 1]))
            i += 2
            continue
        if isinstance(e, Var) and e.role == "operand" and e.part.kind == SINGLE:
            run = [e]
            j = i + 1
            while (
                j + 1 < n and isinstance(elements[j], Lit) and elements[j].value == ","
                and isinstance(elements[j + 1], Var) and elements[j + 1].role == "operand"
            ):
                run.append(elements[j + 1])
                j += 2
                if run[-1].part.kind != SINGLE:
                    break
            if len(run) > 1 and all(r.part.kind == SINGLE for r in run[:-1]):
                out.append(OperandRun(run))
                i = j
                continue
        out.append(e)
        i += 1
    return out


class Slot:
    """One grammar symbol of an alternative and the format element it parses."""

    __slots__ = ("symbol", "element", "role")

    def __init__(self, symbol: str, element: Any, role: str = "") -> None:
        self.symbol = symbol
        self.element = element
        self.role = role


class CompiledFormat:
    """Grammar alternatives, generated parse callbacks and the printer of one op."""

    def __init__(self, op_cls: Any) -> None:
        self.cls = op_cls
        self.elements = parse_format(op_cls)
        self.prefix = "fmt_" + op_cls.name.replace(".", "_").replace("-", "_")
        # The grammar is generated from the merged elements (compound tokens); choices
        # are keyed by the ids of those elements.
        self.merged = _merge(self.elements)
        alts = self._expand(self.merged, frozenset())
        seen: set[tuple] = set()
        self.alternatives: list[tuple[list[Slot], dict]] = []
        for slots, choices in alts:
            key = tuple(s.symbol for s in slots)
            if key in seen or not _consistent(choices):
                continue
            seen.add(key)
            self.alternatives.append((slots, choices))
        self.num_alternatives = len(self.alternatives)
        self._callbacks: dict[int, Any] = {}
        self._printer: Any = None
        self._check_types()

    def alias(self, k: int) -> str:
        """The alias of alternative `k` in the grammar."""
        return f"{self.prefix}_{k}"

    def grammar_rules(self, term: str) -> list[str]:
        """Lark rule lines adding this op's alternatives to `op_body`."""
        out = []
        for k, (slots, _) in enumerate(self.alternatives):
            syms = " ".join(s.symbol for s in slots)
            out.append(f"%extend op_body: OPSTART {term} {syms} -> {self.alias(k)}")
        return out

    # ----------------------------------------------------------------- expansion

    def _expand(self, elements: list, forced: frozenset) -> list[tuple[list[Slot], dict]]:
        alts: list[tuple[list[Slot], dict]] = [([], {})]
        for e in elements:
            options = self._expand_one(e, forced)
            alts = [(s1 + s2, {**c1, **c2}) for s1, c1 in alts for s2, c2 in options]
        return alts

    def _maybe(self, slots: list[Slot], key: Any, forced: bool) -> list[tuple[list[Slot], dict]]:
        if forced:
            return [(slots, {key: True})]
        return [(slots, {key: True}), ([], {key: False})]

    def _expand_one(self, e: Any, forced: frozenset) -> list[tuple[list[Slot], dict]]:
        if isinstance(e, ColonType):
            d = e.directive
            if isinstance(d, FuncTypeDir):
                return [([Slot("COLON_TYPE", d, "functype")], {})]
            options = self._expand_one(d, forced)
            out = []
            for slots, choices in options:
                if slots:
                    sym = "COLON_TYPE" if slots[0].symbol == "TYPE" else "COLON_TYPES"
                    out.append(([Slot(sym, d, slots[0].role)], choices))
                else:
                    out.append(([Slot('":"', None, "lit")], choices))
            return out
        if isinstance(e, OperandRun):
            last = e.parts[-1].part
            if last.kind == SINGLE or id(last) in forced:
                return [([Slot("VALUES", e, "operand_run")], {id(last): True})]
            # A variadic tail may be empty: then the run is the single operands only.
            return [
                ([Slot("VALUES", e, "operand_run")], {id(last): True}),
                ([Slot("VALUES", OperandRun(e.parts[:-1]), "operand_run")], {id(last): False}),
            ] if len(e.parts) > 2 else [
                ([Slot("VALUES", e, "operand_run")], {id(last): True}),
                ([Slot("VALUE", e.parts[0], "operand")], {id(last): False}),
            ]
        if isinstance(e, Lit):
            return [([Slot(_lark_literal(e.value), e, "lit")], {})]
        if isinstance(e, Space):
            return [([], {})]
        if isinstance(e, Var):
            part = e.part
            force = id(part) in forced
            if e.role == "operand":
                sym = "VALUE" if part.kind != VARIADIC else "VALUES"
                if part.kind == SINGLE:
                    return [([Slot(sym, e, "operand")], {})]
                return self._maybe([Slot(sym, e, "operand")], id(part), force)
            if e.role == "attr":
                if _is_unit(part):
                    return [([], {})]
                fmt = format_of(part.constraint)
                slot = Slot(fmt.terminal, e, "attr")
                if part.kind == SINGLE or force:
                    return [([slot], {id(part): True})]
                return self._maybe([slot], id(part), False)
            if e.role == "region":
                if part.kind == VARIADIC:
                    return self._maybe([Slot("region_list", e, "regions")], id(part), force)
                return [([Slot("region", e, "region")], {})]
            if e.role == "successor":
                if part.kind == VARIADIC:
                    return self._maybe([Slot("block_refs", e, "successors")], id(part), force)
                return [([Slot("BLOCK_REF", e, "successor")], {})]
            raise FormatError(f"{self.cls.name}: results cannot appear outside type directives")
        if isinstance(e, TypeDir):
            t = e.target
            if isinstance(t, (AllOperands, AllResults)):
                key = type(t).__name__
                defs = self.cls.operand_defs if isinstance(t, AllOperands) else self.cls.result_defs
                # A single operand/result among them: the type list is never empty.
                required = any(d.kind == SINGLE for d in defs)
                return self._maybe([Slot("TYPES", e, "types")], key, required or key in forced)
            part = t.part
            force = id(part) in forced
            if part.kind == SINGLE:
                return [([Slot("TYPE", e, "type")], {})]
            if part.kind == OPTIONAL:
                return self._maybe([Slot("TYPE", e, "type")], ("type", id(part)), force)
            # Upstream's parseTypeList: a variadic type directive, where it is parsed at
            # all (outside an absent optional group), lists at least one type.
            return [([Slot("TYPES", e, "types")], {("type", id(part)): True})]
        if isinstance(e, FuncTypeDir):
            return [([Slot("TYPE", e, "functype")], {})]
        if isinstance(e, AttrDict):
            slots = [Slot("ATTR_DICT", e, "attrdict")]
            if e.with_keyword:
                slots = [Slot('"attributes"', e, "lit"), Slot("ATTR_DICT", e, "attrdict")]
            return [(slots, {id(e): True}), ([], {id(e): False})]
        if isinstance(e, PropDict):
            return [([Slot("PROPS", e, "propdict")], {id(e): True}), ([], {id(e): False})]
        if isinstance(e, AllOperands):
            return self._maybe(
                [Slot("VALUES", e, "alloperands")], "AllOperands", "AllOperands" in forced
            )
        if isinstance(e, AllRegions):
            return self._maybe(
                [Slot("region_list", e, "allregions")], "AllRegions", "AllRegions" in forced
            )
        if isinstance(e, AllSuccessors):
            return self._maybe(
                [Slot("block_refs", e, "allsuccessors")], "AllSuccessors", "AllSuccessors" in forced
            )
        if isinstance(e, OptionalGroup):
            anchor = e.anchor
            key = _anchor_key(anchor)
            then = self._expand(e.then, forced | {key})
            then = [(s, {**c, id(e): True}) for s, c in then]
            other = self._expand(e.else_, forced) if e.else_ else [([], {})]
            # Variadic type lists inside an absent group are empty, even when the group
            # anchored on them is apart from their operands (`(`,` $a^)? (`:` type($a)^)?`):
            # upstream then reports the count mismatch when resolving the operands.
            absent = {("type_group", k): False for k in _variadic_type_parts(e.then)}
            other = [(s, {**c, **absent, id(e): False}) for s, c in other]
            return then + other
        if isinstance(e, Custom):
            from mliropt.syntax.custom_directives import directive

            d = directive(e.name)
            return [([Slot(sym, e, "custom") for sym in d.symbols(self, e)], {})] + (
                [([], {id(e): False})] if d.optional else []
            )
        raise FormatError(f"{self.cls.name}: unsupported format element {e!r}")

    # ----------------------------------------------------------------- types

    def _groups(self) -> list[tuple[str, Any, str]]:
        """(key, part, 'o'|'r') of every operand and result group."""
        out = [(f"o_{p.name}", p, "o") for p in self.cls.operand_defs]
        out += [(f"r_{p.name}", p, "r") for p in self.cls.result_defs]
        return out

    def _equal_sets(self) -> list[list[str]]:
        sets = []
        if tr.SameOperandsAndResultType in self.cls.traits:
            sets.append([k for k, _, _ in self._groups()])
        if tr.SameTypeOperands in self.cls.traits:
            sets.append([f"o_{p.name}" for p in self.cls.operand_defs])
        for rel in getattr(self.cls, "type_relations", ()):
            if rel[0] == "all_match":
                sets.append([self._key(n) for n in rel[1]])
        return sets

    def _key(self, name: str) -> str:
        for p in self.cls.operand_defs:
            if p.name == name:
                return f"o_{name}"
        for p in self.cls.result_defs:
            if p.name == name:
                return f"r_{name}"
        raise FormatError(f"{self.cls.name}: unknown part '{name}' in a type relation")

    def _check_types(self) -> None:
        for k in range(self.num_alternatives):
            self._type_plan(k)

    def _type_plan(
        self, k: int
    ) -> tuple[dict[str, str], list[str], bool, dict[str, str]]:
        """Per group, a Python expression (in the callback) of its list of types.

        Returns (known expressions, prelude statements, uses-inference, and the
        variables `_tN` of the single types those expressions use, each with the
        expression computing it once)."""
        slots, choices = self.alternatives[k]
        known: dict[str, str] = {}
        pre: list[str] = []
        tvars: dict[str, str] = {}
        groups = self._groups()
        parts = {key: (part, kind) for key, part, kind in groups}
        for i, s in enumerate(slots):
            ci = i + 2
            e = s.element
            colon = s.symbol.startswith("COLON_")
            one = "sp.colon_type" if colon else "sp.type_of"
            many = "sp.colon_types" if colon else "sp.types_of"
            if s.role == "type":
                key = _group_key(e.target)
                kind = getattr(getattr(e.target, "part", None), "constraint", None)
                if getattr(kind, "kind", None) is not None:
                    tvars[f"_t{ci}"] = f"_kind_{key}(sp, {one}(c[{ci}], p[{ci}]), c[{ci}], p[{ci}])"
                elif colon:
                    # colon_type's cache read inline (a type is never falsy; if one were,
                    # colon_type would give the same cached type).
                    tvars[f"_t{ci}"] = f"sp.type_cache.get(c[{ci}]) or {one}(c[{ci}], p[{ci}])"
                else:
                    tvars[f"_t{ci}"] = f"{one}(c[{ci}], p[{ci}])"
                known[key] = f"[_t{ci}]"
            elif s.role == "types":
                t = e.target
                if isinstance(t, AllOperands):
                    pre.append(f"_all_in = {many}(c[{ci}], p[{ci}])")
                    known["*o"] = "_all_in"
                elif isinstance(t, AllResults):
                    pre.append(f"_all_out = {many}(c[{ci}], p[{ci}])")
                    known["*r"] = "_all_out"
                else:
                    known[_group_key(t)] = f"{many}(c[{ci}], p[{ci}])"
            elif s.role == "functype":
                pre.append(f"_ft = _functype(sp, c[{ci}], p[{ci}], {colon})")
                for side, target in (("inputs", e.inputs), ("results", e.results)):
                    if isinstance(target, (AllOperands, AllResults)):
                        known["*o" if side == "inputs" else "*r"] = f"list(_ft.{side})"
                    else:
                        known[_group_key(target)] = f"list(_ft.{side})"
        # A type directive absent from this alternative: its group is empty.
        if choices.get("AllResults") is False:
            known.setdefault("*r", "[]")
        for s_key, chosen in choices.items():
            if isinstance(s_key, tuple) and s_key[0] in ("type", "type_group") and not chosen:
                for key, part, _ in groups:
                    if id(part) == s_key[1]:
                        known.setdefault(key, "[]")
        # Optional and variadic operands absent from this alternative have no types.
        present = {id(s.element.part) for s in slots if s.role == "operand"}
        present |= {id(v.part) for s in slots if s.role == "operand_run" for v in s.element.parts}
        has_custom = any(s.role == "custom" for s in slots)
        if not has_custom and not any(s.role == "alloperands" for s in slots):
            for key, part, kind in groups:
                if kind == "o" and part.kind != SINGLE and id(part) not in present:
                    known.setdefault(key, "[]")
        changed = True
        while changed:
            changed = False
            for eq in self._equal_sets():
                src = next((m for m in eq if m in known and parts[m][0].kind == SINGLE), None)
                if src is None:
                    src = next((m for m in eq if m in known), None)
                    if src is None:
                        continue
                    scalar = f"_first({known[src]})"
                else:
                    scalar = _item0(known[src])
                for m in eq:
                    if m not in known:
                        count = self._count(m, k)
                        known[m] = f"[{scalar}]" if count == "1" else f"[{scalar}] * {count}"
                        changed = True
            for rel in getattr(self.cls, "type_relations", ()):
                if rel[0] not in ("match_with", "match_with_list"):
                    continue
                src, dst = self._key(rel[1]), self._key(rel[2])
                if src in known and dst not in known:
                    if rel[0] == "match_with":
                        # ODS checks the source's constraint before transforming its type.
                        known[dst] = (
                            f"[_rel_{rel[2]}(_chk_{rel[1]}(sp, c[0], p[0], {_item0(known[src])}))]"
                        )
                    else:
                        known[dst] = f"list(_rel_{rel[2]}({_item0(known[src])}))"
                    changed = True
        # Groups whose types a custom directive of this alternative gives.
        for s in slots:
            if s.role == "custom":
                from mliropt.syntax.custom_directives import directive

                for name in directive(s.element.name).typed_parts(s.element):
                    known.setdefault(self._key(name), f"state['types'][{name!r}]")
        for key, part, kind in groups:
            # Groups whose types an `operands`/`results` directive gives are known.
            if (
                key not in known
                and f"*{kind}" not in known
                and part.constraint.buildable is not None
            ):
                count = self._count(key, k)
                known[key] = f"[_B_{key}]" if count == "1" else f"[_B_{key}] * {count}"
        infer = False
        for key, part, kind in groups:
            if key in known or f"*{kind}" in known:
                continue
            if kind == "r" and hasattr(self.cls, "infer_result_types"):
                infer = True
                continue
            raise FormatError(
                f"{self.cls.name}: the type of {'operand' if kind == 'o' else 'result'} "
                f"'{part.name}' cannot be inferred from the assembly format"
            )
        return known, pre, infer, tvars

    def _count(self, key: str, k: int) -> str:
        part = {g: p for g, p, _ in self._groups()}[key]
        if part.kind == SINGLE:
            return "1"
        if key.startswith("r_"):
            raise FormatError(
                f"{self.cls.name}: cannot infer the number of results of '{part.name}'"
            )
        return f"_n_{part.name}"

    # ----------------------------------------------------------------- callbacks

    def callback(self, k: int) -> Any:
        """The generated parse callback of alternative `k`."""
        cb = self._callbacks.get(k)
        if cb is None:
            cb = self._callbacks[k] = self._gen_callback(k)
        return cb

    def _gen_callback(self, k: int) -> Any:
        cls = self.cls
        slots, choices = self.alternatives[k]
        ns: dict[str, Any] = {"CLS": cls, "A": A, "_functype": _functype, "_first": _first,
                              "_checked_inherent": checked_inherent, "_segments": _segments}
        body: list[str] = ["props = {}", "attrs = None"]
        operand_text: dict[str, tuple[int, bool]] = {}
        operand_runs: dict[str, str] = {}
        region_slots: dict[str, str] = {}
        succ_slots: dict[str, str] = {}
        # A run holding every operand of an op whose operands are all single (`$lhs, $rhs`)
        # is resolved in one call (`fused`); its count is checked where the run is.
        runs = [(i + 2, s.element) for i, s in enumerate(slots) if s.role == "operand_run"]
        fused = None
        if (
            len(runs) == 1 and cls.operand_defs
            and all(d.kind == SINGLE for d in cls.operand_defs)
            and [v.part.name for v in runs[0][1].parts] == [d.name for d in cls.operand_defs]
            and not any(s.role in ("operand", "alloperands", "custom") for s in slots)
        ):
            fused = runs[0][0]
        for i, s in enumerate(slots):
            ci = i + 2
            e = s.element
            if s.role == "operand_run" and ci == fused:
                n = len(e.parts)
                body.append(
                    f"if c[{ci}].count('%') != {n}: sp.value_refs(c[{ci}], p[{ci}], {n}, False)"
                )
            elif s.role == "operand_run":
                body.append(
                    f"_refs{ci} = sp.value_refs(c[{ci}], p[{ci}], {len(e.parts)}, "
                    f"{e.parts[-1].part.kind == VARIADIC})"
                )
                for j, v in enumerate(e.parts):  # not `k`: that is the alternative
                    if v.part.kind == VARIADIC:
                        operand_runs[v.part.name] = f"_refs{ci}[{j}:]"
                    else:
                        operand_runs[v.part.name] = f"_refs{ci}[{j}:{j + 1}]"
            elif s.role == "operand":
                operand_text[e.part.name] = (ci, e.part.kind == VARIADIC)
            elif s.role == "alloperands":
                operand_text["*"] = (ci, True)
            elif s.role == "attr":
                name = e.part.name
                ns[f"_F_{name}"] = format_of(e.part.constraint)
                body.append(f"props[{name!r}] = _F_{name}.parse(sp, c[{ci}], p[{ci}])")
            elif s.role == "attrdict":
                body.append(f"attrs = sp.dict_of(c[{ci}], p[{ci}])")
                body.append(f"_inherent = _checked_inherent(CLS, attrs, p[{ci}])")
            elif s.role == "propdict":
                body.append(f"props.update(sp.props_of(c[{ci}], p[{ci}]))")
            elif s.role == "region":
                region_slots[e.part.name] = f"[c[{ci}]]"
            elif s.role == "regions":
                region_slots[e.part.name] = f"c[{ci}]"
            elif s.role == "allregions":
                region_slots["*"] = f"c[{ci}]"
            elif s.role == "successor":
                succ_slots[e.part.name] = f"[sp.successor(c[{ci}][1:], p[{ci}])]"
            elif s.role in ("successors", "allsuccessors"):
                key = "*" if s.role == "allsuccessors" else e.part.name
                succ_slots[key] = f"[sp.successor(t[1:], q) for t, q in c[{ci}]]"
            elif s.role == "custom":
                pass
        # Unit attributes set by the presence of their optional group.
        for g in _groups_in(self.merged):
            if (
                choices.get(id(g))
                and isinstance(g.anchor, Var)
                and g.anchor.role == "attr"
                and _is_unit(g.anchor.part)
            ):
                body.append(f"props[{g.anchor.part.name!r}] = A.unit")
        # Custom directives run in slot order with a shared state.
        customs = [(i + 2, s.element) for i, s in enumerate(slots) if s.role == "custom"]
        if customs:
            from mliropt.syntax.custom_directives import directive

            body.append(
                "state = {'props': props, 'operands': {}, 'types': {}, 'regions': {}, 'succs': {}}"
            )
            done: set[int] = set()
            for _ci, e in customs:
                if id(e) in done:
                    continue
                done.add(id(e))
                idx = [i + 2 for i, s in enumerate(slots) if s.element is e]
                ns[f"_D_{id(e)}"] = directive(e.name)
                ns[f"_E_{id(e)}"] = e
                body.append(
                    f"_D_{id(e)}.parse(sp, [c[i] for i in {idx}], [p[i] for i in {idx}], "
                    f"_E_{id(e)}, state)"
                )
        # Operand counts.
        for part in cls.operand_defs:
            name = part.name
            if fused is not None:
                body.append(f"_n_{name} = 1")
            elif name in operand_runs:
                body.append(f"_n_{name} = len({operand_runs[name]})")
            elif name in operand_text:
                ci, variadic = operand_text[name]
                body.append(
                    f"_n_{name} = sp.count_values(c[{ci}])" if variadic else f"_n_{name} = 1"
                )
            elif customs:
                body.append(f"_n_{name} = len(state['operands'].get({name!r}, ()))")
            else:
                body.append(f"_n_{name} = 0")
        known, pre, infer, tvars = self._type_plan(k)
        if customs:
            # Types given by custom directives.
            for key, part, _kind in self._groups():
                if key not in known:
                    known[key] = f"state['types'][{part.name!r}]"
            body += pre
        else:
            body += pre
        for key, part, _ in self._groups():
            if part.constraint.buildable is not None:
                ns[f"_B_{key}"] = part.constraint.buildable
        for key, part, _ in self._groups():
            if getattr(part.constraint, "kind", None) is not None:
                ns[f"_kind_{key}"] = _kind_check(cls, part.constraint.kind)
        for rel in getattr(cls, "type_relations", ()):
            if rel[0] in ("match_with", "match_with_list"):
                ns[f"_rel_{rel[2]}"] = rel[3]
                ns[f"_chk_{rel[1]}"] = _source_check(cls, rel[1])
        # Resolve operands.
        operand_exprs = []
        if "*" in operand_text:
            ci, _ = operand_text["*"]
            body.append(
                f"operands = sp.resolve_list(c[{ci}], p[{ci}], {known.get('*o', '[]')}, CLS.name)"
            )
        elif fused is not None:
            run_types = [
                known.get(f"o_{p.name}") or (
                    f"({known['*o']})[{_offset_expr(cls, p)}]" if "*o" in known else "[]"
                )
                for p in cls.operand_defs
            ]
            singles = [_item0(t) for t in run_types]
            if len(singles) == 2:
                body.append(
                    f"operands = sp.resolve_pair(c[{fused}], p[{fused}], {singles[0]}, "
                    f"{singles[1]}, CLS.name)"
                )
            else:
                body.append(
                    f"operands = sp.resolve_run(c[{fused}], p[{fused}], [{', '.join(singles)}], "
                    "CLS.name)"
                )
        else:
            for part in cls.operand_defs:
                name = part.name
                types = known.get(f"o_{name}") or (
                    f"({known['*o']})[{_offset_expr(cls, part)}]" if "*o" in known else "[]"
                )
                if name in operand_runs:
                    body.append(
                        f"v_{name} = sp.resolve_group({operand_runs[name]}, {types}, CLS.name)"
                    )
                elif name in operand_text:
                    ci, variadic = operand_text[name]
                    if variadic:
                        body.append(
                            f"v_{name} = sp.resolve_list(c[{ci}], p[{ci}], {types}, CLS.name)"
                        )
                    else:
                        body.append(
                            f"v_{name} = [sp.resolve_text(c[{ci}], p[{ci}], {_item0(types)})]"
                        )
                elif customs:
                    body.append(
                        f"v_{name} = sp.resolve_group(state['operands'].get({name!r}, ()), "
                        f"{types}, CLS.name)"
                    )
                else:
                    body.append(f"v_{name} = []")
                    if types != "[]" and part.kind != SINGLE:
                        # Types written without their (absent) operands: upstream's
                        # resolveOperands error, at the op.
                        body.append(f"sp.check_no_types({types}, p[0], CLS.name)")
                operand_exprs.append(f"v_{name}")
            body.append("operands = " + (" + ".join(operand_exprs) if operand_exprs else "[]"))
        # Result types.
        if infer:
            body.append(
                "result_types = CLS.infer_result_types(sp, operands, props, attrs, regions_all)"
            )
        elif "*r" in known:
            body.append(f"result_types = {known['*r']}")
        else:
            rts = [known[f"r_{p.name}"] for p in cls.result_defs]
            if all(_item0(t) != f"({t})[0]" for t in rts):
                # Single types: one list display.
                body.append(f"result_types = [{', '.join(_item0(t) for t in rts)}]")
            else:
                body.append("result_types = " + (" + ".join(rts) if rts else "[]"))
        # Regions and successors in declaration order.
        if "*" in region_slots:
            reg_expr = region_slots["*"]
        else:
            reg_exprs = []
            for part in cls.region_defs:
                if part.name in region_slots:
                    reg_exprs.append(region_slots[part.name])
                elif customs:
                    reg_exprs.append(f"state['regions'].get({part.name!r}, [])")
                elif part.kind == SINGLE:
                    reg_exprs.append("[_empty_region()]")
            reg_expr = " + ".join(reg_exprs) if reg_exprs else "[]"
        ns["_empty_region"] = _empty_region
        if infer:
            body.insert(0, "regions_all = None")
            at = body.index(
                "result_types = CLS.infer_result_types(sp, operands, props, attrs, regions_all)"
            )
            body.insert(at, f"regions_all = {reg_expr}")
            body.append("regions = regions_all")
        else:
            body.append(f"regions = {reg_expr}")
        if "*" in succ_slots:
            body.append(f"succs = {succ_slots['*']}")
        else:
            se = []
            for part in cls.successor_defs:
                if part.name in succ_slots:
                    se.append(succ_slots[part.name])
                elif customs:
                    se.append(f"state['succs'].get({part.name!r}, [])")
            body.append("succs = " + (" + ".join(se) if se else "[]"))
        if tr.AttrSizedOperandSegments in cls.traits:
            counts = ", ".join(f"len(v_{p.name})" for p in cls.operand_defs)
            body.append(f"props['operandSegmentSizes'] = _segments(({counts},))")
        if any(s.role == "attrdict" for s in slots):
            # The dictionary's inherent attributes replace what the syntax gave, after
            # the result types are inferred from the latter (as upstream creates the op).
            body.append("props.update(_inherent)")
        # The callback made props and regions: the op keeps them (finish_parsed_op).
        finish = (
            "sp.finish_parsed_op(CLS, operands, result_types, attrs, props, regions, succs, "
            "c[0], p[0])"
        )
        if any(t == tr.SingleBlockImplicitTerminator for t in cls.traits):
            body += [f"op = {finish}", "sp.ensure_terminators(op)", "return op"]
        elif tr.SingleBlock in cls.traits and not getattr(cls, "plain_regions", False):
            # ODS's custom parser gives an empty SingleBlock region its block.
            body += [f"op = {finish}", "sp.ensure_blocks(op)", "return op"]
        else:
            body.append(f"return {finish}")
        body = _place_types(_drop_unused_counts(body), tvars)
        src = "def _cb(sp, c, p):\n" + "\n".join("    " + line for line in body) + "\n"
        try:
            exec(compile(src, f"<format {cls.name} #{k}>", "exec"), ns)
        except SyntaxError as err:  # pragma: no cover - a bug in this generator
            raise FormatError(
                f"{cls.name}: generated parser does not compile: {err}\n{src}"
            ) from None
        fn = ns["_cb"]
        fn.__doc__ = src
        return fn

    # ----------------------------------------------------------------- printing

    def printer(self) -> Any:
        """The generated printer: `print(P, op) -> str` (the text after the op name)."""
        if self._printer is None:
            from mliropt.syntax.format_printer import gen_printer

            self._printer = gen_printer(self)
        return self._printer


def _item0(expr: str) -> str:
    """The expression of element 0 of the list expression `expr` (`[_t3]` -> `_t3`)."""
    if expr.startswith("[_") and expr.endswith("]") and expr[1:-1].isidentifier():
        return expr[1:-1]
    return f"({expr})[0]"


def _drop_unused_counts(body: list[str]) -> list[str]:
    """The callback lines without the `_n_x = ...` counts no other line reads."""
    out = []
    for i, line in enumerate(body):
        if line.startswith("_n_"):
            var = line.partition(" ")[0]
            pattern = re.compile(rf"\b{var}\b")
            if not any(pattern.search(other) for j, other in enumerate(body) if j != i):
                continue
        out.append(line)
    return out


def _place_types(body: list[str], tvars: dict[str, str]) -> list[str]:
    """Each used type variable `_tN` computed once, just before the first line that
    reads it: the type is converted (and its errors reported) in the same order as
    when every use converted it."""
    first: dict[int, list[tuple[int, str]]] = {}
    for var, expr in tvars.items():
        pattern = re.compile(rf"\b{var}\b")
        for i, line in enumerate(body):
            m = pattern.search(line)
            if m is not None:
                first.setdefault(i, []).append((m.start(), f"{var} = {expr}"))
                break
    out = []
    for i, line in enumerate(body):
        out += [stmt for _, stmt in sorted(first.get(i, ()))]
        out.append(line)
    return out


def _is_unit(part: Any) -> bool:
    return getattr(part.constraint, "is_unit", False)


def _variadic_type_parts(elements: list) -> list[int]:
    """The ids of the variadic operands/results whose `type(...)` is among `elements`."""
    out = []
    for e in elements:
        if isinstance(e, ColonType):
            e = e.directive
        if isinstance(e, TypeDir) and isinstance(e.target, Var):
            if e.target.part.kind == VARIADIC:
                out.append(id(e.target.part))
        elif isinstance(e, OptionalGroup):
            out.extend(_variadic_type_parts(e.then))
    return out


def _anchor_key(anchor: Any) -> Any:
    if isinstance(anchor, Var):
        return id(anchor.part)
    if isinstance(anchor, TypeDir):
        t = anchor.target
        if isinstance(t, (AllOperands, AllResults)):
            return type(t).__name__
        return id(t.part)
    if isinstance(anchor, (AllOperands, AllRegions, AllSuccessors)):
        return type(anchor).__name__
    return id(anchor)


def _group_key(target: Any) -> str:
    if isinstance(target, Var):
        return ("o_" if target.role == "operand" else "r_") + target.part.name
    raise FormatError("type directive target must be an operand or a result")


def _groups_in(elements: list) -> list:
    out = []
    for e in elements:
        if isinstance(e, OptionalGroup):
            out.append(e)
            out += _groups_in(e.then) + _groups_in(e.else_)
    return out


def _offset_expr(cls: Any, part: Any) -> str:
    i = cls.operand_defs.index(part)
    before = " + ".join(f"_n_{p.name}" for p in cls.operand_defs[:i]) or "0"
    return f"{before}:{before} + _n_{part.name}"


def _functype(sp: Any, text: str, pos: int, colon: bool = False) -> Any:
    from mliropt.ir.types import FunctionType
    from mliropt.syntax.errors import ParseError

    t = sp.colon_type(text, pos) if colon else sp.type_of(text, pos)
    if not isinstance(t, FunctionType):
        raise ParseError(pos, "expected a function type")
    return t


def _source_check(cls: Any, name: str) -> Any:
    """A checker of the type a TypesMatchWith relation transforms: upstream's generated
    parser rejects a type outside the part's constraint at the op name, before inferring
    from it ("custom op 'x' 'lhs' must be ..., but got 'f32'")."""
    part = next((d for d in (*cls.operand_defs, *cls.result_defs) if d.name == name), None)
    constraint = getattr(part, "constraint", None)

    def check(sp: Any, head: str, pos: int, t: Any) -> Any:
        if constraint is None or t is None or constraint.predicate(t):
            return t
        from mliropt.syntax.errors import ParseError

        at = pos
        if head.startswith("%"):
            at = pos + head.index("=") + 1
            while head[at - pos] in " \t\r\n":
                at += 1
        raise ParseError(
            at, f"custom op '{cls.name}' '{name}' must be {constraint.description}, but got '{t}'"
        )

    return check


def _kind_check(cls: Any, kind: tuple) -> Any:
    """A checker that a `type($x)` directive's type is of its constraint's storage class
    (upstream's parseType<T>: "invalid kind of type specified" at the type)."""
    name, predicate = kind

    def check(sp: Any, t: Any, text: str, pos: int) -> Any:
        if predicate(t):
            return t
        from mliropt.syntax.errors import ParseError

        at = pos
        if text.startswith(":"):
            at = pos + len(text) - len(text[1:].lstrip())
        detail = f": expected {name}, but found '{t}'" if name else ""
        raise ParseError(at, f"custom op '{cls.name}' invalid kind of type specified{detail}")

    return check


def _first(types: list) -> Any:
    return types[0] if types else None


def _consistent(choices: dict) -> bool:
    """A variadic/optional operand and its type directive are present together (an
    alternative with one but not the other could never parse a valid op)."""
    for key, chosen in choices.items():
        if isinstance(key, tuple) and key[0] == "type" and choices.get(key[1], chosen) != chosen:
            return False
    return True


def _segments(counts: tuple) -> Any:
    from mliropt.ir.types import i32

    return A.DenseArrayAttr(i32, counts)


def _empty_region() -> Any:
    from mliropt.ir.operation import Region

    return Region()


__all__ = ["compiled_format", "format_callback", "CompiledFormat", "RefDir"]
