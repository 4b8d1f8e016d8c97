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
from mliropt.ir.opdef import _operand_layout as _layout
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
    """Generates the source of one format's printer.

    Text is collected in straight-line runs of pieces (constants and expressions),
    each run emitted as one f-string appended to a local `s`; only optional groups
    break a run. Operand lists of single operands become direct indexing.
    """

    def __init__(self, fmt: Any) -> None:
        self.fmt = fmt
        self.cls = fmt.cls
        self.lines: list[str] = []
        self.ns: dict[str, Any] = {"A": A}
        self.emit_space = True
        self.last_punct = False
        self.depth = 1
        self.pending: list[tuple[bool, str]] = []  # (is expression, text)
        self.started = False  # `s` is assigned
        self.uses_names = False
        self.uses_types = False
        self.uses_groups = False  # `_og`: every operand group, read once
        self.counter = 0
        # Operand groups already in a local of the current block: expression -> local.
        self.hoisted: dict[str, str] = {}
        self.layout = _layout(self.cls)
        self.has_variadic_results = any(p.kind != SINGLE for p in self.cls.result_defs)

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    # ----------------------------------------------------------------- text runs

    def const(self, text: str) -> None:
        self.pending.append((False, text))

    def expr(self, code: str) -> None:
        if '"' in code or "\\" in code:  # not allowed inside an f-string expression
            self.flush()
            self.counter += 1
            name = f"_t{self.counter}"
            self.line(f"{name} = {code}")
            code = name
        self.pending.append((True, code))

    def fstring(self) -> str:
        parts = []
        for is_expr, text in self.pending:
            if is_expr:
                parts.append("{" + text + "}")
            else:
                r = repr(text)
                body = r[1:-1]
                if r[0] == "'":
                    body = body.replace('"', '\\"')
                parts.append(body.replace("{", "{{").replace("}", "}}"))
        self.pending = []
        return 'f"' + "".join(parts) + '"'

    def flush(self) -> None:
        if not self.pending:
            return
        if self.started:
            self.line(f"s += {self.fstring()}")
        else:
            # Only reached at the top level: a group's body starts after `s = ''`.
            self.line(f"s = {self.fstring()}")
            self.started = True

    def start_block(self) -> None:
        """Before a statement that has a body: `s` must exist."""
        self.flush()
        if not self.started:
            self.line("s = ''")
            self.started = True

    # ----------------------------------------------------------------- value access

    def operand_access(self, part: Any) -> tuple[str, str]:
        """(kind, expression): kind `one` is a value, `list` a list of values, `uses` a
        list of operand uses."""
        i = self.cls.operand_defs.index(part)
        layout = self.layout
        if layout is None:
            self.uses_groups = True
            return "list", f"_og[{i}]"
        variadic, ndefs = layout
        if variadic < 0 or i < variadic:
            return "one", f"op.op_operands[{i}].value"
        if i > variadic:
            # After the one variadic part: counted from the end (Op.operand_group).
            return "one", f"op.op_operands[{i - ndefs}].value"
        k = ndefs - 1 - i
        if not i and not k:  # the only operand part: the whole list, read only
            return "uses", "op.op_operands"
        end = f"-{k}" if k else ""
        return "uses", f"op.op_operands[{i}:{end}]"

    def result_access(self, part: Any) -> tuple[str, str]:
        defs = self.cls.result_defs
        i = defs.index(part)
        if not self.has_variadic_results:
            return "one", f"op.results[{i}]"
        if len(defs) == 1 and tr.AttrSizedResultSegments not in self.cls.traits:
            return "list", "op.results"  # the one variadic part is every result
        return "list", f"_results(op, {i})"

    def values_of(self, target: Any) -> tuple[str, str]:
        if isinstance(target, AllOperands):
            return "uses", "op.op_operands"
        if isinstance(target, AllResults):
            return "list", "op.results"
        if target.role == "operand":
            kind, code = self.operand_access(target.part)
        else:
            kind, code = self.result_access(target.part)
        return kind, self.hoisted.get(code, code)

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

    def names_of(self, kind: str, code: str) -> str:
        self.uses_names = True
        if kind == "one":
            return f"_N[{code}]"
        if kind == "uses":
            return f"', '.join([_N[u.value] for u in {code}])"
        return f"', '.join([_N[v] for v in {code}])"

    def types_of(self, kind: str, code: str) -> str:
        self.uses_types = True
        if kind == "one":
            # The cache of plain type texts first (AttrPrinter.type).
            return f"(_T.get({code}.type) or P.type({code}.type))"
        if kind == "uses":
            return f"', '.join([_T.get(u.value.type) or P.type(u.value.type) for u in {code}])"
        return f"', '.join([_T.get(v.type) or P.type(v.type) for v in {code}])"

    def type_list(self, kind: str, code: str) -> str:
        if kind == "one":
            return f"[{code}.type]"
        if kind == "uses":
            return f"[u.value.type for u in {code}]"
        return f"[v.type for v in {code}]"

    # ----------------------------------------------------------------- anchors

    def present(self, anchor: Any) -> str:
        if isinstance(anchor, Var):
            part = anchor.part
            if anchor.role in ("operand", "result"):
                kind, code = self.values_of(anchor)
                if kind == "one":
                    return "True"
                if code in self.hoisted.values():
                    return code
                self.counter += 1
                name = f"_g{self.counter}"
                self.line(f"{name} = {code}")
                self.hoisted[code] = name
                return name
            if anchor.role == "attr":
                name = part.name
                d = part.default
                if d is not None:
                    self.ns[f"_D_{name}"] = part.default_value()
                    return (
                        f"(_p := op.properties.get({name!r})) is not None"
                        f" and _p is not _D_{name}"
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
        if isinstance(anchor, TypeDir):
            kind, code = self.values_of(anchor.target)
            return "True" if kind == "one" else code
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
            self.const(" ")
        self.last_punct = False
        self.emit_space = True

    def element(self, e: Any) -> None:
        if isinstance(e, Lit):
            v = e.value
            if self.emit_space and _space_before(v, self.last_punct):
                self.const(" " + v)
            else:
                self.const(v)
            self.emit_space = len(v) != 1 or v[0] not in "<({["
            self.last_punct = v[0] != "_" and not v[0].isalpha()
            return
        if isinstance(e, Space):
            if e.value == "\n":
                self.expr("P.newline()")
                return
            if e.value == " ":
                self.const(" ")
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
            # Nothing to print without discardable attributes and non-elided properties.
            self.expr(
                f"P.attr_dict(op, _ELIDED, {e.with_keyword}) if op.attributes"
                " or not _ELIDED.issuperset(op.properties) else ''"
            )
            self.last_punct = False
            return
        if isinstance(e, PropDict):
            self.expr("P.prop_dict(op)")
            self.last_punct = False
            return
        if isinstance(e, Var) and e.role == "attr" and getattr(e.part.constraint, "is_unit", False):
            return
        self.space_then()
        if isinstance(e, Var):
            self.var(e)
        elif isinstance(e, TypeDir):
            self.expr(self.types_of(*self.values_of(e.target)))
        elif isinstance(e, FuncTypeDir):
            ins = self.type_list(*self.values_of(e.inputs))
            outs = self.type_list(*self.values_of(e.results))
            self.expr(f"P.functional_type({ins}, {outs})")
        elif isinstance(e, AllOperands):
            self.expr(self.names_of("uses", "op.op_operands"))
        elif isinstance(e, AllRegions):
            self.expr("', '.join([P.region(r) for r in op.regions])")
        elif isinstance(e, AllSuccessors):
            self.expr("', '.join([P.block_ref(u.value) for u in op.successors])")
        elif isinstance(e, Custom):
            from mliropt.syntax.custom_directives import directive

            self.ns[f"_PD_{id(e)}"] = directive(e.name)
            self.ns[f"_PE_{id(e)}"] = e
            self.expr(f"_PD_{id(e)}.print(P, op, _PE_{id(e)})")
        else:
            raise TypeError(f"cannot print {e!r}")

    def var(self, e: Var) -> None:
        part = e.part
        if e.role in ("operand", "result"):
            self.expr(self.names_of(*self.values_of(e)))
        elif e.role == "attr":
            name = part.name
            self.ns[f"_F_{name}"] = format_of(part.constraint)
            src = "attributes" if part.discardable else "properties"
            self.expr(f"_F_{name}.print(P, op.{src}[{name!r}])")
        elif e.role == "region":
            expr = self.region_expr(part)
            implicit = any(t == tr.SingleBlockImplicitTerminator for t in self.cls.traits)
            if part.kind == VARIADIC:
                self.expr(
                    "', '.join([P.region(r, True, _print_term(r) if "
                    f"{implicit} else True) for r in {expr}])"
                )
            elif implicit:
                self.expr(f"P.region({expr}, True, _print_term({expr}))")
            elif getattr(self.cls, "plain_regions", False):
                self.expr(f"P.region({expr}, False)")
            else:
                self.expr(f"P.region({expr})")
        elif e.role == "successor":
            expr = self.successor_expr(part)
            if part.kind == VARIADIC:
                self.expr(f"', '.join([P.block_ref(b) for b in {expr}])")
            else:
                self.expr(f"P.block_ref({expr})")

    def body(self, elements: list) -> None:
        """The elements of a group's branch, at one more indentation level."""
        self.depth += 1
        start = len(self.lines)
        saved = dict(self.hoisted)
        for e in elements:
            self.element(e)
        self.flush()
        self.hoisted = saved
        if len(self.lines) == start:
            self.line("pass")
        self.depth -= 1

    def optional_group(self, g: OptionalGroup) -> None:
        self.start_block()
        cond = self.present(g.anchor)
        self.line(f"if {cond}:")
        self.body(g.then)
        if g.else_:
            self.line("else:")
            self.body(g.else_)


    def finish(self) -> str:
        """The source of the printer function."""
        head = ["def _print(P, op):"]
        if self.uses_names:
            head.append("    _N = P.names.values")
        if self.uses_types:
            head.append("    _T = P._types")
        if self.uses_groups:
            head.append("    _og = _operand_groups(op)")
        if self.started:
            if self.pending:
                self.line(f"return s + {self.fstring()}")
            else:
                self.line("return s")
        elif self.pending:
            self.line(f"return {self.fstring()}")
        else:
            self.line("return ''")
        return "\n".join(head + self.lines) + "\n"

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


def _operand_groups(op: Any) -> list[list]:
    """The operand values of each declared operand (`Op.operand_group` of every one,
    the segment sizes read once)."""
    sizes = type(op)._segment_sizes("operand", op)
    uses = op.op_operands
    groups = []
    start = 0
    for n in sizes:
        groups.append([u.value for u in uses[start:start + n]])
        start += n
    return groups


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
    g.ns["_operand_groups"] = _operand_groups
    g.ns["_print_term"] = _print_term
    src = g.finish()
    exec(compile(src, f"<printer {fmt.cls.name}>", "exec"), g.ns)
    fn = g.ns["_print"]
    fn.__doc__ = src
    return fn


__all__ = ["gen_printer", "OPTIONAL"]
