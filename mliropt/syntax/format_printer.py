"""Generate the printer of an op's assembly format (as upstream's ODS OpFormatGen).

Spacing follows ODS exactly: a space before a variable unless suppressed, no space
before `)`/`]`/`,`/`>` after punctuation, no space after `(`/`[`/`<`/`{`, and the
flags are threaded through optional groups at generation time, not at run time.
"""

from __future__ import annotations

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
    FuncTypeDir,
    Lit,
    OptionalGroup,
    PropDict,
    Space,
    TypeDir,
    Var,
    walk_elements,
)


def _space_before(value: str, last_was_punct: bool) -> bool:
    """Upstream's shouldEmitSpaceBefore."""
    if len(value) != 1 and value != "->":
        return True
    if last_was_punct:
        return value[0] not in ">)}],"
    return value[0] not in "<>(){}[],"


class _Gen:
    def __init__(self, fmt: Any) -> None:
        self.fmt = fmt
        self.cls = fmt.cls
        self.lines: list[str] = []
        self.ns: dict[str, Any] = {"A": A}
        self.emit_space = True
        self.last_punct = False
        self.depth = 1
        self.has_variadic_operands = any(p.kind != SINGLE for p in self.cls.operand_defs)
        self.has_variadic_results = any(p.kind != SINGLE for p in self.cls.result_defs)

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    # ----------------------------------------------------------------- value access

    def operand_expr(self, part: Any) -> str:
        i = self.cls.operand_defs.index(part)
        if not self.has_variadic_operands:
            return f"[op.op_operands[{i}].value]"
        return f"op.operand_group({i})"

    def result_expr(self, part: Any) -> str:
        i = self.cls.result_defs.index(part)
        if not self.has_variadic_results:
            return f"[op.results[{i}]]"
        return f"_results(op, {i})"

    def region_expr(self, part: Any) -> str:
        i = self.cls.region_defs.index(part)
        if part.kind == VARIADIC:
            return f"op.regions[{i}:]"
        return f"op.regions[{i}]"

    def successor_expr(self, part: Any) -> str:
        i = self.cls.successor_defs.index(part)
        if part.kind == VARIADIC:
            return f"[u.value for u in op.successors[{i}:]]"
        return f"op.successors[{i}].value"

    def target_values(self, target: Any) -> str:
        if isinstance(target, AllOperands):
            return "op.operands"
        if isinstance(target, AllResults):
            return "op.results"
        if target.role == "operand":
            return self.operand_expr(target.part)
        return self.result_expr(target.part)

    # ----------------------------------------------------------------- anchors

    def present(self, anchor: Any) -> str:
        if isinstance(anchor, Var):
            part = anchor.part
            if anchor.role == "operand":
                return f"{self.operand_expr(part)}"
            if anchor.role == "attr":
                name = part.name
                d = part.default
                if d is not None:
                    self.ns[f"_D_{name}"] = part.default_value()
                    return (
                        f"(op.properties.get({name!r}) is not None"
                        f" and op.properties.get({name!r}) is not _D_{name})"
                    )
                if part.discardable:
                    return f"op.attributes.get({name!r}) is not None"
                return f"op.properties.get({name!r}) is not None"
            if anchor.role == "region":
                expr = self.region_expr(part)
                if part.kind == VARIADIC:
                    return expr
                return f"{expr}.blocks"
            if anchor.role == "successor":
                return self.successor_expr(part)
            if anchor.role == "result":
                return self.result_expr(part)
        if isinstance(anchor, TypeDir):
            return self.target_values(anchor.target)
        if isinstance(anchor, AllOperands):
            return "op.op_operands"
        if isinstance(anchor, AllRegions):
            return "op.regions"
        if isinstance(anchor, AllSuccessors):
            return "op.successors"
        if isinstance(anchor, Custom):
            from mliropt.syntax.custom_directives import directive

            self.ns[f"_PD_{id(anchor)}"] = directive(anchor.name)
            self.ns[f"_PE_{id(anchor)}"] = anchor
            return f"_PD_{id(anchor)}.present(op, _PE_{id(anchor)})"
        raise TypeError(f"unsupported anchor {anchor!r}")

    # ----------------------------------------------------------------- elements

    def space_then(self) -> None:
        """The space ODS emits before a non-literal element."""
        if self.emit_space or not self.last_punct:
            self.line("out.append(' ')")
        self.last_punct = False
        self.emit_space = True

    def element(self, e: Any) -> None:
        if isinstance(e, Lit):
            v = e.value
            if self.emit_space and _space_before(v, self.last_punct):
                self.line(f"out.append({' ' + v!r})")
            else:
                self.line(f"out.append({v!r})")
            self.emit_space = len(v) != 1 or v[0] not in "<({["
            self.last_punct = v[0] != "_" and not v[0].isalpha()
            return
        if isinstance(e, Space):
            if e.value == "\n":
                self.line("out.append(P.newline())")
                return
            if e.value == " ":
                self.line("out.append(' ')")
                self.last_punct = False
            else:
                self.last_punct = True
            self.emit_space = False
            return
        if isinstance(e, OptionalGroup):
            self.optional_group(e)
            return
        if isinstance(e, AttrDict):
            elided = self.elided_attrs()
            self.ns["_ELIDED"] = elided
            self.line(f"out.append(P.attr_dict(op, _ELIDED, {e.with_keyword}))")
            self.last_punct = False
            return
        if isinstance(e, PropDict):
            self.line("out.append(P.prop_dict(op))")
            self.last_punct = False
            return
        if isinstance(e, Var) and e.role == "attr" and getattr(e.part.constraint, "is_unit", False):
            return
        self.space_then()
        if isinstance(e, Var):
            self.var(e)
        elif isinstance(e, TypeDir):
            vals = self.target_values(e.target)
            self.line(f"out.append(', '.join([P.type(v.type) for v in {vals}]))")
        elif isinstance(e, FuncTypeDir):
            ins = self.target_values(e.inputs)
            outs = self.target_values(e.results)
            self.line(
                f"out.append(P.functional_type([v.type for v in {ins}],"
                f" [v.type for v in {outs}]))"
            )
        elif isinstance(e, AllOperands):
            self.line("out.append(', '.join([P.value(v) for v in op.operands]))")
        elif isinstance(e, AllRegions):
            self.line("out.append(', '.join([P.region(r) for r in op.regions]))")
        elif isinstance(e, AllSuccessors):
            self.line("out.append(', '.join([P.block_ref(u.value) for u in op.successors]))")
        elif isinstance(e, Custom):
            from mliropt.syntax.custom_directives import directive

            self.ns[f"_PD_{id(e)}"] = directive(e.name)
            self.ns[f"_PE_{id(e)}"] = e
            self.line(f"out.append(_PD_{id(e)}.print(P, op, _PE_{id(e)}))")
        else:
            raise TypeError(f"cannot print {e!r}")

    def var(self, e: Var) -> None:
        part = e.part
        if e.role == "operand":
            self.line(f"out.append(', '.join([P.value(v) for v in {self.operand_expr(part)}]))")
        elif e.role == "attr":
            name = part.name
            self.ns[f"_F_{name}"] = format_of(part.constraint)
            src = "attributes" if part.discardable else "properties"
            self.line(f"out.append(_F_{name}.print(P, op.{src}[{name!r}]))")
        elif e.role == "region":
            expr = self.region_expr(part)
            implicit = any(t == tr.SingleBlockImplicitTerminator for t in self.cls.traits)
            if part.kind == VARIADIC:
                self.line(
                    "out.append(', '.join([P.region(r, True, _print_term(r) if "
                    f"{implicit} else True) for r in {expr}]))"
                )
            elif implicit:
                self.line(f"out.append(P.region({expr}, True, _print_term({expr})))")
            elif getattr(self.cls, "plain_regions", False):
                self.line(f"out.append(P.region({expr}, False))")
            else:
                self.line(f"out.append(P.region({expr}))")
        elif e.role == "successor":
            expr = self.successor_expr(part)
            if part.kind == VARIADIC:
                self.line(f"out.append(', '.join([P.block_ref(b) for b in {expr}]))")
            else:
                self.line(f"out.append(P.block_ref({expr}))")

    def optional_group(self, g: OptionalGroup) -> None:
        cond = self.present(g.anchor)
        self.line(f"if {cond}:")
        self.depth += 1
        start = len(self.lines)
        elided = None
        anchor = g.anchor
        if (
            isinstance(anchor, Var)
            and anchor.role == "attr"
            and g.then
            and g.then[0] is not anchor
            and not getattr(anchor.part.constraint, "is_unit", False)
        ):
            elided = None  # upstream elides a non-first attribute anchor only for unit attributes
        for e in g.then:
            if e is elided:
                continue
            self.element(e)
        if len(self.lines) == start:
            self.line("pass")
        self.depth -= 1
        if g.else_:
            self.line("else:")
            self.depth += 1
            start = len(self.lines)
            for e in g.else_:
                self.element(e)
            if len(self.lines) == start:
                self.line("pass")
            self.depth -= 1

    def elided_attrs(self) -> frozenset:
        names = set()
        for e in walk_elements(self.fmt.elements):
            if isinstance(e, Var) and e.role == "attr":
                names.add(e.part.name)
            if isinstance(e, Custom):
                for a in e.args:
                    if isinstance(a, Var) and a.role == "attr":
                        names.add(a.part.name)
        if tr.AttrSizedOperandSegments in self.cls.traits:
            names.add("operandSegmentSizes")
        if tr.AttrSizedResultSegments in self.cls.traits:
            names.add("resultSegmentSizes")
        names |= set(getattr(self.cls, "format_elided_attrs", ()))
        return frozenset(names)


def _results(op: Any, i: int) -> list:
    start, n = op._segment("result", i)
    return op.results[start:start + n]


def _print_term(region: Any) -> bool:
    """ODS prints an implicit terminator only when it carries operands or attributes."""
    if not region.blocks:
        return True
    term = region.blocks[0].last
    if term is None:
        return True
    return bool(term.op_operands or term.results or term.attributes)


def gen_printer(fmt: Any) -> Any:
    """The printer function of a compiled format."""
    g = _Gen(fmt)
    for e in fmt.elements:
        g.element(e)
    g.ns["_results"] = _results
    g.ns["_print_term"] = _print_term
    src = "def _print(P, op):\n    out = []\n" + "\n".join(g.lines) + "\n    return ''.join(out)\n"
    exec(compile(src, f"<printer {fmt.cls.name}>", "exec"), g.ns)
    fn = g.ns["_print"]
    fn.__doc__ = src
    return fn


__all__ = ["gen_printer", "OPTIONAL"]
