"""`view-op-graph`: write a Graphviz (dot) picture of the IR on stderr.

Ops with regions become clusters (subgraphs) holding one cluster per block; other ops
and block arguments become record nodes with a port per operand and result; data-flow
edges join a value's producer to its users, control-flow edges join consecutive ops of
a block. The text is byte-for-byte upstream's PrintOpPass output.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.ir import attributes as A
from mliropt.ir.operation import Block, Operation, Region, Value
from mliropt.passes.pass_base import Pass, option, uint

_CONTROL_FLOW = "dashed"
_DATA_FLOW = "solid"
_RECORD = "Mrecord"
_PLAIN = "plain"
# Characters a Graphviz record label must escape with a backslash.
_LABEL_ESCAPES = {ord(c): "\\" + c for c in '{|<}>\n"'}
# StringRef::ltrim's default whitespace.
_WS = " \t\n\v\f\r"


@dataclass
class ViewOpGraphPass(Pass):
    """Print Graphviz visualization of an operation

    Writes a `digraph` of the op on stderr: a cluster per op with regions and per block,
    a record node per other op and per block argument, data-flow edges (solid) and, when
    asked, control-flow edges (dashed) between consecutive ops. Attributes and types
    longer than `max-label-len` characters are cut; elements attributes with more
    elements than `--mlir-elide-elementsattrs-if-larger` (default 16), and longer arrays,
    are elided.
    """

    argument: ClassVar[str] = "view-op-graph"
    max_label_len: uint = option(20, "Limit attribute/type length to number of chars")
    print_attrs: bool = option(True, "Print attributes of operations")
    print_control_flow_edges: bool = option(False, "Print control flow edges")
    print_data_flow_edges: bool = option(True, "Print data flow edges")
    print_result_types: bool = option(True, "Print result types of operations")

    def run(self, op: Operation) -> None:
        """Write the graph of `op` to stderr."""
        # Upstream keeps the node counter, the value nodes and the data-flow edges in
        # the pass, so a pass instance run on several ops (`func.func(view-op-graph)`
        # without threads) numbers on and repeats the earlier ops' data-flow edges.
        state = self.__dict__.setdefault("_state", _State())
        writer = _GraphWriter(self, op, state)
        writer.emit_graph(op)
        sys.stderr.write(writer.out.text())


class _State:
    """What upstream's pass keeps from one run to the next."""

    def __init__(self) -> None:
        self.counter = 0
        self.value_nodes: dict[Value, _Node] = {}
        self.data_flow: list[tuple[Value, _Node, str]] = []


@dataclass
class _Node:
    """A node id, and the id of the cluster it anchors (None for a plain node)."""

    id: int = 0
    cluster: int | None = None


class _IndentedOut:
    """Upstream's raw_indented_ostream: every line of every write is indented, and
    whitespace-only pieces are dropped (empty lines stay empty)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.indent = 0
        self.at_start = True

    def write(self, text: str) -> None:
        """Write `text` (upstream's stream is unbuffered: one call per `<<`)."""
        while text:
            i = text.find("\n")
            if i < 0:
                if text.lstrip(_WS):
                    self._emit(text)
                    self.at_start = False
                return
            if text[:i].lstrip(_WS):
                self._emit(text[:i])
            self.parts.append("\n")
            self.at_start = True
            text = text[i + 1 :]

    def _emit(self, text: str) -> None:
        if self.at_start:
            self.parts.append(" " * self.indent)
        self.parts.append(text)

    def text(self) -> str:
        """Everything written."""
        return "".join(self.parts)


class _GraphWriter:
    """The state of one graph: node counter, value nodes, pending edges, colours."""

    def __init__(self, options: ViewOpGraphPass, op: Operation, state: _State) -> None:
        from mliropt.syntax.asm_names import SSANames
        from mliropt.syntax.attr_printer import AttrPrinter
        from mliropt.syntax.printer import PrintOptions

        self.opts = options
        flags = (options.ctx.print_options if options.ctx is not None else None) or PrintOptions()
        # Attributes, types and value names print as upstream's standalone printers do
        # with the command line's flags: no aliases, values named within the top op.
        self.printer = AttrPrinter({}, flags.elide_elements_above, flags.debuginfo)
        self.elide_limit = (
            flags.elide_elements_above if flags.elide_elements_above is not None else 16
        )
        top = op
        while top.parent_op is not None:
            top = top.parent_op
        self.names = SSANames(top, flags.generic)
        self.out = _IndentedOut()
        self.state = state
        self.edges: list[str] = []
        self.value_nodes = state.value_nodes
        self.data_flow = state.data_flow
        self.colors = _colors(op)

    # ----------------------------------------------------------------- statements

    def emit_graph(self, op: Operation) -> None:
        """`digraph G { ... }` with the op and then every edge."""
        out = self.out
        out.write("digraph G {\n")
        out.indent += 2
        out.write("compound = true;\n")
        self.process_op(op)
        if self.opts.print_data_flow_edges:
            for value, node, port in self.data_flow:
                self.edge(self.value_nodes.get(value, _Node()), node, port, _DATA_FLOW)
        for edge in self.edges:
            out.write(edge + ";\n")
        out.indent -= 2
        out.write("}\n")

    def cluster(self, body: Any, label: str = "") -> _Node:
        """A `subgraph cluster_N` with an invisible anchor node; returns the anchor."""
        out = self.out
        self.state.counter += 1
        cluster_id = self.state.counter
        out.write(f"subgraph cluster_{cluster_id} {{\n")
        out.indent += 2
        anchor = self.node(" ", _PLAIN)
        out.write(f'label = "{label}";\n')
        body()
        out.indent -= 2
        out.write("}\n")
        return _Node(anchor.id, cluster_id)

    def node(self, label: str, shape: str = _RECORD, background: str = "") -> _Node:
        """`vN [label = ..., shape = ...];`."""
        self.state.counter += 1
        attrs = {"label": f'"{label}"', "shape": shape}
        if background:
            attrs["style"] = "filled"
            attrs["fillcolor"] = f'"{background}"'
        # One write for upstream's several: none of the pieces is whitespace only, so
        # the indented stream prints them the same.
        self.out.write(f"v{self.state.counter} {_attr_list(attrs)};\n")
        return _Node(self.state.counter)

    def edge(self, src: _Node, dst: _Node, port: str, style: str) -> None:
        """Queue `vA:resP:s -> vB:argP:n[...]` (ports only on plain nodes)."""
        attrs = {"style": style}
        if src.cluster is not None:
            attrs["ltail"] = f"cluster_{src.cluster}"
        if dst.cluster is not None:
            attrs["lhead"] = f"cluster_{dst.cluster}"
        parts = [f"v{src.id}"]
        if port and src.cluster is None:
            parts.append(f":res{port}:s")
        parts.append(f" -> v{dst.id}")
        if port and dst.cluster is None:
            parts.append(f":arg{port}:n")
        parts.append(_attr_list(attrs))
        self.edges.append("".join(parts))

    # ----------------------------------------------------------------- IR

    def process_op(self, op: Operation) -> _Node:
        """A cluster for an op with regions, else a record node; queue its data flow."""
        if op.regions:
            node = self.cluster(lambda: self._regions(op), self.cluster_label(op))
        else:
            node = self.node(self.record_label(op), _RECORD, self.colors.get(op.name, ""))
        if self.opts.print_data_flow_edges:
            for value in op.operands:
                self.data_flow.append((value, node, self.port(value)))
        for result in op.results:
            self.value_nodes[result] = node
        return node

    def _regions(self, op: Operation) -> None:
        for region in op.regions:
            self.process_region(region)

    def process_region(self, region: Region) -> None:
        """One cluster per block (the region itself has none)."""
        for block in region.blocks:
            self.cluster(lambda b=block: self.process_block(b))

    def process_block(self, block: Block) -> None:
        """Nodes for the arguments, then the ops with control-flow edges between them."""
        for arg in block.args:
            self.value_nodes[arg] = self.node(self.arg_label(arg))
        prev: _Node | None = None
        for op in block.ops:
            node = self.process_op(op)
            if self.opts.print_control_flow_edges and prev is not None:
                self.edge(prev, node, "", _CONTROL_FLOW)
            prev = node

    # ----------------------------------------------------------------- labels

    def cluster_label(self, op: Operation) -> str:
        """`name : (types)\\l` then `attr: value\\l` lines."""
        text = op.name
        if self.opts.print_result_types:
            types = ", ".join(self.printer.type(t) for t in op.result_types)
            text += f" : ({self.truncate(types)})"
        if self.opts.print_attrs:
            text += "\\l"
            for name, value in _attributes(op):
                text += f"{_escape_label(name)}: {self.attr_text(value)}\\l"
        return text

    def record_label(self, op: Operation) -> str:
        """`{{<argP> %a|...}|name\\l\\lattr: value\\l|{<resP> %r type|...}}`."""
        text = "{"
        if op.op_operands:
            ports = [f"<arg{self.port(v)}> {self.names.name_of(v)}" for v in op.operands]
            text += "{" + "|".join(ports) + "}|"
        text += op.name + "\\l"
        attrs = _attributes(op)
        if self.opts.print_attrs and attrs:
            text += "\\l"
            for name, value in attrs:
                text += f"{name}: {self.attr_text(value)}\\l"
        if op.results:
            text += "|{" + "|".join(self.result_port(r) for r in op.results) + "}"
        return text + "}"

    def arg_label(self, arg: Value) -> str:
        """`<resP> %arg0 type`."""
        return self.result_port(arg)

    def result_port(self, value: Value) -> str:
        """`<resP> %name` and, when printing result types, ` type`."""
        text = f"<res{self.port(value)}> {self.names.name_of(value)}"
        if self.opts.print_result_types:
            text += " " + self.type_text(value.type)
        return text

    def port(self, value: Value) -> str:
        """The value's name with `%` and `#` replaced by `_`."""
        return self.names.name_of(value).replace("%", "_").replace("#", "_")

    def attr_text(self, attr: A.Attribute) -> str:
        """An attribute: splats in full, big elements and arrays elided, others cut."""
        if isinstance(attr, A.DenseElementsAttr) and attr.splat:
            return _escape_label(self._attr(attr))
        if isinstance(
            attr, (A.DenseElementsAttr, A.DenseResourceElementsAttr, A.SparseElementsAttr)
        ):
            shaped: Any = attr.type
            if shaped.num_elements > self.elide_limit:
                rank = shaped.rank
                return "[" * rank + "..." + "]" * rank + " : " + self.type_text(shaped)
        if isinstance(attr, A.ArrayAttr) and len(attr.value) > self.elide_limit:
            return "[...]"
        return _escape_label(self.truncate(self._attr(attr)))

    def _attr(self, attr: A.Attribute) -> str:
        return self.printer.number_distinct(self.printer.attr(attr))

    def type_text(self, t: Any) -> str:
        """A type, cut and escaped."""
        return _escape_label(self.truncate(self.printer.number_distinct(self.printer.type(t))))

    def truncate(self, text: str) -> str:
        """Cut to `max-label-len` bytes, then `...`."""
        limit = self.opts.max_label_len
        raw = text.encode("utf-8", "surrogateescape")
        if len(raw) <= limit:
            return text
        return raw[:limit].decode("utf-8", "surrogateescape") + "..."


def _attributes(op: Operation) -> list[tuple[str, A.Attribute]]:
    """Upstream's getAttrs(): inherent and discardable attributes, sorted by name."""
    entries = dict(op.properties) if op.registered else {}
    entries.update(op.attributes)
    return sorted(entries.items(), key=lambda kv: kv[0].encode("utf-8", "surrogateescape"))


def _attr_list(attrs: dict[str, str]) -> str:
    """`[a = 1, b = 2]`, keys sorted (upstream keeps them in a std::map)."""
    return "[" + ", ".join(f"{key} = {attrs[key]}" for key in sorted(attrs)) + "]"


def _escape_label(text: str) -> str:
    """Backslash before the characters special in record labels."""
    return text.translate(_LABEL_ESCAPES)


def _colors(op: Operation) -> dict[str, str]:
    """One fill colour per op name, hues spread in order of first appearance (post-order)."""
    names: dict[str, None] = {}
    for child in op.walk():
        names.setdefault(child.name, None)
    n = len(names)
    return {name: f"{i / n:f} 0.3 0.95" for i, name in enumerate(names)}
