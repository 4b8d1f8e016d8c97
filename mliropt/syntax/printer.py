"""The IR printer: custom and generic op forms, regions, aliases, trailing locations.

Follows upstream's OperationPrinter: two-space indentation, block labels with their
predecessors in a comment, default-dialect prefix elision, aliases collected in
print order (aliases.py), SSA names from asm_names.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from mliropt.ir import attributes as A
from mliropt.ir.location import Location
from mliropt.ir.operation import Block, Operation, Region, Value
from mliropt.ir.traits import IsTerminator
from mliropt.syntax.asm_names import UNKNOWN_VALUE, SSANames
from mliropt.syntax.attr_printer import AliasLookup, AttrPrinter

# Op class -> `"name"(`, the start of its generic form.
_OPENERS: dict[type, str] = {}
# default dialect -> op class -> (printed name, format printer), or () for the generic form.
_CUSTOM_FORMS: dict[str, dict[type, tuple]] = {}


def _forms_under(dialect: str) -> dict[type, tuple]:
    """The `_CUSTOM_FORMS` entry of a default dialect."""
    forms = _CUSTOM_FORMS.get(dialect)
    if forms is None:
        forms = _CUSTOM_FORMS[dialect] = {}
    return forms


def _custom_form(cls: type, dd: str) -> tuple:
    """The name an op class prints under default dialect `dd` and its format printer."""
    from mliropt.syntax.format import compiled_format

    fmt = compiled_format(cls)
    if fmt is None:
        return ()
    name = cls.name  # type: ignore[attr-defined]
    if dd and name.startswith(dd) and name[len(dd):len(dd) + 1] == "." and name.count(".") == 1:
        name = name[len(dd) + 1:]
    return (name, fmt.printer())


@dataclass
class PrintOptions:
    """The printing flags of mlir-opt."""

    generic: bool = False
    debuginfo: bool = False
    local_scope: bool = False
    pretty_debuginfo: bool = False
    elide_elements_above: int | None = None
    skip_regions: bool = False
    assume_verified: bool = False
    # The alias hooks of the context's loaded dialects (Context.alias_hooks, shared when
    # the options are the context's print_options); None: the builtin names only.
    dialect_aliases: list | None = None


class OpPrinter(AttrPrinter):
    """Prints operations; also the `P` that generated format printers call."""

    def __init__(
        self, root: Operation, options: PrintOptions | None = None, names: SSANames | None = None
    ) -> None:
        self.options = options or PrintOptions()
        aliases: AliasLookup = {}
        self.alias_state = None
        if not self.options.local_scope:
            from mliropt.syntax.aliases import AliasState

            self.alias_state = AliasState(root, self.options)
            aliases = self.alias_state.names
            self.alias_state.names.printer = self
        super().__init__(aliases, self.options.elide_elements_above, self.options.debuginfo)
        self.names = names or SSANames(root, self.options.generic)
        self.indent = 0
        self.default_dialects = ["builtin"]
        self._forms = _forms_under("builtin")  # of default_dialects[-1]
        self.generic = self.options.generic
        self.debuginfo = self.options.debuginfo
        self.pretty_loc = self.options.pretty_debuginfo
        self._fn_types: dict[tuple, str] = {}
        # Ops whose start position `record_positions` asked for (None: not recording).
        self._marked: list[tuple[Operation, int]] | None = None
        self.positions: dict[Operation, tuple[int, int]] = {}

    def record_positions(self) -> None:
        """Make `print_top` fill `positions`: each printed op's 1-based line and its
        indentation as column (upstream's AsmState::LocationMap); elided ops are absent."""
        self._marked = []

    def _mark(self, op: Operation) -> str:
        """A marker where `op` starts; `print_top` turns markers into positions."""
        marked = self._marked
        assert marked is not None
        marked.append((op, self.indent))
        return f"\x05{len(marked) - 1}\x06"

    def _take_positions(self, text: str) -> str:
        """Record the line of every marker in the final text and remove the markers."""
        import re

        marked = self._marked
        assert marked is not None
        out = []
        line = 1
        last = 0
        for m in re.finditer("\x05(\\d+)\x06", text):
            line += text.count("\n", last, m.start())
            out.append(text[last:m.start()])
            last = m.end()
            op, col = marked[int(m.group(1))]
            self.positions[op] = (line, col)
        out.append(text[last:])
        return "".join(out)

    # ----------------------------------------------------------------- entry

    def print_top(self, op: Operation) -> str:
        """The full text of a top-level op: aliases, the op, deferred aliases, resources."""
        body = self.op(op) if self._marked is None else self._mark(op) + self.op(op)
        head = ""
        tail = ""
        if self.alias_state is not None:
            head = self.alias_state.print_aliases(self, deferred=False)
            tail = self.alias_state.print_aliases(self, deferred=True)
        # Upstream ends the op with a newline only when it prints aliases (local scope
        # does not), before the deferred (location) alias definitions.
        text = head + body + ("\n" + tail if self.alias_state is not None else "")
        if self.alias_state is not None:
            text = self.alias_state.substitute(text)
        text = self.number_distinct(text)
        if self._marked is not None:
            text = self._take_positions(text)
        resources = getattr(op, "resources", None)
        if resources:
            from mliropt.syntax.resources import print_resources, used_resources

            resources = used_resources(resources, self.used_resources)
            if resources:
                text += print_resources(resources)
        return text

    # ----------------------------------------------------------------- pieces for formats

    def value(self, v: Value) -> str:
        """The SSA name of a value."""
        return self.names.values.get(v, UNKNOWN_VALUE)

    def block_ref(self, b: Block) -> str:
        """`^bbN`."""
        return self.names.block_name(b)

    def newline(self) -> str:
        """A line break at the current indentation."""
        return "\n" + " " * self.indent

    def attr_dict(
        self, op: Operation, elided: frozenset = frozenset(), with_keyword: bool = False
    ) -> str:
        """` {a = 1}` of the op's remaining attributes (inherent and discardable), or ``."""
        entries = []
        # Registered op classes are `Op` subclasses, which declare their attributes.
        defs = type(op).attr_defs_by_name if op.registered else {}  # type: ignore[attr-defined]
        for name, value in op.properties.items():
            if name in elided:
                continue
            d = defs.get(name)
            if d is not None and d.default is not None and value is d.default_value():
                continue
            entries.append((name, value))
        for name, value in op.attributes.items():
            if name not in elided:
                entries.append((name, value))
        if not entries:
            return ""
        entries.sort(key=lambda kv: kv[0])
        text = " {" + self.attr_dict_entries(entries) + "}"
        return " attributes" + text if with_keyword else text

    def prop_dict(self, op: Operation) -> str:
        """` <{...}>` of the op's properties, or ``."""
        if not op.properties:
            return ""
        entries = sorted(op.properties.items(), key=lambda kv: kv[0])
        return " <{" + self.attr_dict_entries(entries) + "}>"

    def visit_trailing_loc(self, loc: Location) -> str | None:
        """Register an op's location before its body is printed, as upstream's alias
        walk does; returns its placeholder (None without aliases)."""
        if self.alias_state is None:
            return None
        return self.alias_state.visit_deferrable(loc, self)

    def loc(self, loc: Location, alias: str | None = None) -> str:
        """`loc(...)` or `loc(#alias)`; in the pretty form the location itself, never its
        alias (upstream's printLocation)."""
        if self.pretty_loc:
            return loc.print_inner(self)
        if alias is not None:
            return f"loc({alias})"
        return f"loc({loc.print_inner(self)})"

    def loc_inline(self, loc: Location) -> str:
        """`loc(...)` never using an alias for the location itself (block arguments);
        upstream still defines an alias for it."""
        if self.alias_state is not None:
            self.alias_state.lookup(loc, self)
        if self.pretty_loc:
            return loc.print_inner(self)
        return f"loc({loc.print_inner(self)})"

    # ----------------------------------------------------------------- operations

    def op(self, op: Operation) -> str:
        """An operation (without indentation) and its trailing location."""
        while True:
            try:
                return self._op(op)
            except KeyError as e:
                if not self.names.name_unknown(e):
                    raise

    def _op(self, op: Operation) -> str:
        """`op` of an op whose operands all have names (else KeyError)."""
        if not self.debuginfo:
            return self.op_body(op)
        loc = op.location
        state = self.alias_state
        if state is None:
            body = self.op_body(op)
            if self.pretty_loc:
                return body + " " + loc.print_inner(self)
            return f"{body} loc({loc.print_inner(self)})"
        alias = state.visit_trailing(loc, self)
        body = self.op_body(op)
        if self.pretty_loc:
            # The pretty form prints the location itself; what it refers to stays as
            # deferrable as the location's alias would be.
            saved, state.deferrable_context = state.deferrable_context, True
            try:
                return body + " " + self.loc(loc, alias)
            finally:
                state.deferrable_context = saved
        if alias is not None:
            return f"{body} loc({alias})"
        return f"{body} loc({loc.print_inner(self)})"

    def op_body(self, op: Operation) -> str:
        """An operation without its location."""
        if not self.generic and op.registered:
            cls = type(op)
            custom = self._forms.get(cls)
            if custom is None:
                custom = self._forms[cls] = _custom_form(cls, self.default_dialects[-1])
            if custom:
                return self._result_head(op) + custom[0] + custom[1](self, op)
        return self.generic_op(op)

    def _result_head(self, op: Operation) -> str:
        """`%a, %b:2 = ` before an op with results, or ``."""
        results = op.results
        if not results:
            return ""
        if len(results) == 1:  # never a group (SSANames.result_list)
            return self.names.values[results[0]] + " = "
        return self.names.result_list(op) + " = "

    def push_default_dialect(self, dialect: str) -> None:
        """Enter a region whose ops may elide the `dialect.` prefix."""
        self.default_dialects.append(dialect)
        self._forms = _forms_under(dialect)

    def pop_default_dialect(self) -> None:
        """Leave the region of `push_default_dialect`."""
        self.default_dialects.pop()
        self._forms = _forms_under(self.default_dialects[-1])

    def generic_op(self, op: Operation) -> str:
        """The generic form with its results:
        `%r = "name"(operands)[succ] <{props}> (regions) {attrs} : type`."""
        names = self.names.values
        operands = op.op_operands
        try:
            opener = _OPENERS[type(op)]  # `"name"(`
        except KeyError:
            opener = _OPENERS[type(op)] = A.escape_string(op.name) + "("
        n = len(operands)
        if n == 1:
            args = names[operands[0].value]
        elif n == 2:
            args = f"{names[operands[0].value]}, {names[operands[1].value]}"
        else:
            args = ", ".join([names[u.value] for u in operands])
        successors = op.successors
        succ = ""
        if successors:
            succ = "[" + ", ".join([self.block_ref(u.value) for u in successors]) + "]"
        # Parts are printed in upstream's alias-visiting order (regions, types, attributes,
        # properties: DummyAliasOperationPrinter::printGenericOp), which numbers aliases.
        regions = ""
        if op.regions:
            self.push_default_dialect("")
            regions = " (" + ", ".join([self.region(r, True, True, True) for r in op.regions]) + ")"
            self.pop_default_dialect()
        results = op.results
        ftext = self._generic_type(operands, results, n)
        attrs = op.attributes
        attrs_text = f" {{{self.dict_entries(attrs)}}}" if attrs else ""
        props = op.properties
        props_text = f" <{{{self.dict_entries(props)}}}>" if props else ""
        head = ""
        if results:
            # One result is never in a group (SSANames.result_list).
            if len(results) == 1:
                head = f"{names[results[0]]} = "
            else:
                head = f"{self.names.result_list(op)} = "
        return f"{head}{opener}{args}){succ}{props_text}{regions}{attrs_text} : {ftext}"

    def _generic_type(self, operands: list, results: list, n: int) -> str:
        """The function type of a generic op, by the types of its `n` operands and its
        results."""
        # One result and at most two operands (most ops) are keyed flat, with None after
        # the operand types, the others by a pair of tuples (never equal to a flat key).
        key: tuple
        if len(results) == 1 and n < 3:
            if n == 0:
                key = (None, results[0].type)
            elif n == 1:
                key = (operands[0].value.type, None, results[0].type)
            else:
                key = (operands[0].value.type, operands[1].value.type, None, results[0].type)
        else:
            key = (tuple([u.value.type for u in operands]), tuple([r.type for r in results]))
        try:
            return self._fn_types[key]
        except KeyError:
            ins = [u.value.type for u in operands]
            ftext = self._fn_types[key] = self.functional_type(ins, [r.type for r in results])
            return ftext

    # ----------------------------------------------------------------- regions

    def region(
        self, region: Region, print_entry_args: bool = True, print_terminators: bool = True,
        print_empty_block: bool = False,
    ) -> str:
        """`{` blocks `}` at the current indentation."""
        if self.options.skip_regions:
            return "{...}"
        if not region.blocks:
            return "{\n" + " " * self.indent + "}"
        parent = region.parent
        dd = ""
        if parent is not None and not self.generic:
            dd = getattr(parent, "default_dialect", "") if parent.registered else ""
        self.push_default_dialect(dd)
        lines = ["{"]
        entry = region.blocks[0]
        always_header = (print_empty_block and entry.first is None) or (
            print_entry_args and bool(entry.args)
        )
        self._block(entry, always_header, print_terminators, lines)
        for b in region.blocks[1:]:
            self._block(b, True, True, lines)
        self.pop_default_dialect()
        lines.append(" " * self.indent + "}")
        return "\n".join(lines)

    def _block(self, block: Block, header: bool, print_terminator: bool, lines: list[str]) -> None:
        if header:
            lines.append(" " * self.indent + self.block_header(block))
        self.indent += 2
        pad = " " * self.indent
        last = block.last
        skip = None
        if not print_terminator and last is not None and IsTerminator in last.traits:
            skip = last
        op = block.first
        if op is None:
            self.indent -= 2
            return
        state = self.alias_state if self.debuginfo else None
        if self._marked is not None or self.pretty_loc or (self.debuginfo and state is None):
            append = lines.append
            print_op = self.op
            while op is not None:
                if op is not skip:
                    if self._marked is None:
                        append(pad + print_op(op))
                    else:
                        append(pad + self._mark(op) + print_op(op))
                op = op.next
            self.indent -= 2
            return
        # The common cases, op_body inlined: the block's ops are collected without
        # their indentation and joined by it.
        texts: list[str] = []
        append = texts.append
        values = self.names.values
        if self.generic:
            generic_op = self.generic_op
            visit = state.visit_trailing if state is not None else None
            while op is not None:
                if op is not skip:
                    try:
                        # The location is visited before the op (upstream's alias order).
                        alias = None if visit is None else visit(op.location, self)
                        if visit is None:
                            append(generic_op(op))
                        else:
                            append(self._with_loc(generic_op(op), op, alias))
                    except KeyError as e:
                        if self.names.name_unknown(e):
                            continue  # printed again
                        raise
                op = op.next
        elif state is None:
            forms = self._forms
            while op is not None:
                if op is not skip:
                    cls = type(op)
                    try:
                        custom = forms[cls]
                    except KeyError:
                        custom = forms[cls] = self._form_of(cls)
                    results = op.results
                    try:
                        if not custom:
                            append(self.generic_op(op))
                        elif not results:
                            append(custom[0] + custom[1](self, op))
                        elif len(results) == 1:  # never a group (SSANames.result_list)
                            append(f"{values[results[0]]} = {custom[0]}{custom[1](self, op)}")
                        else:
                            head = self.names.result_list(op)
                            append(f"{head} = {custom[0]}{custom[1](self, op)}")
                    except KeyError as e:
                        if self.names.name_unknown(e):
                            continue  # printed again
                        raise
                op = op.next
        else:
            forms = self._forms
            visit = state.visit_trailing
            while op is not None:
                if op is not skip:
                    # The location is visited before the op (upstream's alias order).
                    alias = visit(op.location, self)
                    cls = type(op)
                    try:
                        custom = forms[cls]
                    except KeyError:
                        custom = forms[cls] = self._form_of(cls)
                    try:
                        if not custom:
                            text = self.generic_op(op)
                        elif not (results := op.results):
                            text = custom[0] + custom[1](self, op)
                        elif len(results) == 1:  # never a group (SSANames.result_list)
                            text = f"{values[results[0]]} = {custom[0]}{custom[1](self, op)}"
                        else:
                            head = self.names.result_list(op)
                            text = f"{head} = {custom[0]}{custom[1](self, op)}"
                    except KeyError as e:
                        if self.names.name_unknown(e):
                            continue  # printed again
                        raise
                    if alias is not None:
                        append(f"{text} loc({alias})")
                    else:
                        append(self._with_loc(text, op, None))
                op = op.next
        if texts:
            lines.append(pad + ("\n" + pad).join(texts))
        self.indent -= 2

    def _form_of(self, cls: type) -> tuple:
        """`_custom_form` of an op class under the current default dialect; () for the
        generic form (unregistered ops)."""
        if not cls.registered:  # type: ignore[attr-defined]
            return ()
        return _custom_form(cls, self.default_dialects[-1])

    def _with_loc(self, text: str, op: Operation, alias: str | None) -> str:
        """An op's text and its trailing location, `alias` the location's (or None)."""
        if alias is not None:
            return f"{text} loc({alias})"
        return f"{text} loc({op.location.print_inner(self)})"

    def block_header(self, block: Block) -> str:
        """`^bb1(%a: i32):  // pred: ^bb0`."""
        text = self.block_ref(block)
        if block.args:
            parts = []
            for a in block.args:
                s = f"{self.value(a)}: {self.type(a.type)}"
                if self.debuginfo and a.location is not None:
                    s += " " + self.loc_inline(a.location)
                parts.append(s)
            text += "(" + ", ".join(parts) + ")"
        text += ":"
        # A block is used by the successor list of a terminator, which is in a block.
        preds: list[Block] = [u.owner.parent for u in block.uses]  # type: ignore[misc]
        if not preds:
            if block.parent is not None and block.parent.blocks[0] is not block:
                text += "  // no predecessors"
        elif len(preds) == 1:  # upstream's getSinglePredecessor: one edge, not one block
            text += "  // pred: " + self.block_ref(preds[0])
        else:
            order = sorted(preds, key=lambda b: self.names.block_order(b))
            text += f"  // {len(order)} preds: " + ", ".join(self.block_ref(b) for b in order)
        return text


def print_operation(op: Operation, options: PrintOptions | None = None) -> str:
    """The text of `op` as mlir-opt prints it (aliases first, trailing newline included)."""
    return OpPrinter(op, options).print_top(op)
