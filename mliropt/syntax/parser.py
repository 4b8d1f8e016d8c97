"""The parser: source text to IR, built directly in the LALR driver's callbacks.

`parse_source` is the entry point. A `SourceParser` holds the state of one parse: the
SSA name scopes, the block labels of each open region, aliases, and the caches that
convert each distinct compound-token text (a type, an attribute, a location) once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.context import Context
from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
from mliropt.ir.location import FileLineColLoc, Location, SourceLines, UnknownLoc
from mliropt.ir.operation import Block, Operation, Region, Value
from mliropt.ir.traits import IsolatedFromAbove, IsTerminator
from mliropt.syntax.errors import ParseError
from mliropt.syntax.grammar import ParserBundle, parser_for
from mliropt.syntax.lalr import wrong_token_position
from mliropt.syntax.literals import unescape_string
from mliropt.syntax.text_callbacks import HEAD_CACHE_SIZE, TextCallbacks

_VALUE_REF = re.compile(r"%([\w$.\-]+)(?:#(\d+))?")
_INTTYPE = re.compile(r"[su]?i\d+")
# A block label and one of its arguments with a plain type (SourceParser._simple_label).
_LABEL = re.compile(r"\^([\w$.\-]+)(?:\(([^()]+)\))?\s*:")
_LABEL_ARG = re.compile(
    r"\s*%([\w$.\-]+)\s*:\s*([A-Za-z_][\w.]*(?:<[^<>()\[\]{}\"'/#!@^%]*>)?)\s*"
)
# The characters that structure an attribute dictionary (SourceParser._simple_dict),
# one `name = value` entry, and a string without escapes.
_DICT_SPECIAL = re.compile(r'"(?:[^"\\\n]|\\.)*"|->|<=|>=|//|"|[()\[\]{}<>,]')
_DICT_ENTRY = re.compile(r"\s*([A-Za-z_][\w$.]*)\s*=\s*(\S(?:.*\S)?)\s*", re.S)
_PLAIN_STRING = re.compile(r'"[^"\\\n]*"')
# A plain file location token (SourceParser.location_of).
_FILE_LOC = re.compile(r'loc\("([^"\\\n]*)":(\d+):(\d+)\)')
_RESULT_NAME = re.compile(r"%([\w$.\-]+)(?:\s*:\s*(\d+))?")


class ForwardRef(Value):
    """A placeholder for a value used before its definition."""

    __slots__ = ("pos",)

    def __init__(self, type: T.Type, pos: int) -> None:
        self.type = type
        self.uses = {}
        self.pos = pos

    @property
    def parent_block(self) -> Block | None:
        return None


class _Region:
    """Bookkeeping of a region being parsed."""

    __slots__ = (
        "region", "block", "labels", "label_refs", "defs", "isolated", "default_dialect",
        "named_entry",
    )

    def __init__(self, isolated: bool, default_dialect: str) -> None:
        self.region = Region()
        self.block: Block | None = None
        self.labels: dict[str, Block] = {}
        # Blocks referenced before their label: name -> position of the first reference.
        self.label_refs: dict[str, int] = {}
        self.defs: list[str] = []
        self.isolated = isolated
        self.default_dialect = default_dialect
        # The entry block's arguments were named before the `{` (no label allowed then).
        self.named_entry = False


class _ValueScope:
    """The SSA names in scope (one for the whole input, as upstream), with pending
    forward references."""

    __slots__ = ("values", "def_pos", "forward")

    def __init__(self) -> None:
        self.values: dict[str, Sequence[Value]] = {}
        self.def_pos: dict[str, int] = {}
        self.forward: dict[tuple[str, int], ForwardRef] = {}


class SourceParser(TextCallbacks):
    """One parse of a source buffer (or a chunk of it) into operations."""

    def __init__(
        self, ctx: Context, text: str, filename: str, start: int = 0, end: int | None = None,
        extra_dialects: frozenset[str] = frozenset(),
    ) -> None:
        """`extra_dialects`: dialects whose custom syntax the parser needs beyond those
        the dialect scan finds (see grammar.parser_for)."""
        self.ctx = ctx
        self.text = text
        self.filename = filename
        self.start = start
        self.end = len(text) if end is None else end
        self.lines = SourceLines(filename, text)
        self.type_cache: dict[str, T.Type] = {}
        self.types_cache: dict[str, tuple[T.Type, ...]] = {}
        self.attr_cache: dict[str, A.Attribute] = {}
        self.loc_cache: dict[str, Location] = {}
        self.attr_aliases: dict[str, A.Attribute] = {}
        self.type_aliases: dict[str, T.Type] = {}
        self.deferred_locs: list[tuple[Any, str, int]] = []
        self.resources: dict[str, dict[str, Any]] = {}
        self.top_ops: list[Operation] = []
        self.regions: list[_Region] = []
        self.scopes: list[_ValueScope] = [_ValueScope()]
        self.op_stack: list[Any] = []
        self.vals: list = []
        self.poss: list = []
        self.generic_classes: dict[str, Any] = {}
        # GENERIC_NAME token text -> (op class, text, head info), as hook_generic_name
        # returns it.
        self.generic_heads: dict[str, tuple[Any, str, tuple]] = {}
        # (registered op class, PROPS text or None) -> the properties of a generic op
        # without an attribute dictionary (before defaults are filled), to copy.
        self.generic_props: dict[tuple[Any, str | None], tuple[dict, bool]] = {}
        # Per distinct op head text (`%a = arith.addi`): its op keyword when the name is
        # a full registered one, and (name offset, result names, single name) of heads
        # seen by finish_parsed_op.
        self.head_keywords: dict[str, str] = {}
        self.heads: dict[str, tuple[int, str | None, str | None]] = {}
        # A two-operand VALUES text (`%a, %b`) -> its two names, or None when it is not a
        # plain pair (`%r#1`, another count).
        self.pair_names: dict[str, tuple[str, str] | None] = {}
        self.bundle: ParserBundle = parser_for(ctx, text, start, self.end, extra_dialects)
        self.lalr = self.bundle.parser
        self.hooks = self.bundle.hooks

    # ----------------------------------------------------------------- positions

    def loc_at(self, pos: int) -> FileLineColLoc:
        """The FileLineColLoc of an absolute offset."""
        return self.lines.loc_at(pos)

    def error(self, pos: int, message: str) -> ParseError:
        """A ParseError to raise."""
        return ParseError(pos, message)

    # ----------------------------------------------------------------- entry

    def parse(self) -> list[Operation]:
        """Parse the whole range; returns the top-level operations."""
        self.lalr.parse(self, self.text, "file", self.start, self.end)
        self._finish_scope(self.scopes[-1])
        if self.deferred_locs:
            self._resolve_deferred_locs()
        return self.top_ops

    def parse_text(self, start_symbol: str, pos: int, end: int) -> Any:
        """Parse one compound token's text, text[pos:end], from a text-level start symbol."""
        return self.lalr.parse(self, self.text, start_symbol, pos, end)

    # ----------------------------------------------------------------- op names

    def op_keyword(self, head: str, pos: int) -> str:
        """The terminal of the custom op named in `head` (`%r = name`; default dialect
        applied), or an error."""
        kw = self.head_keywords.get(head)
        if kw is not None:
            return kw
        name = head
        if head[0] == "%":
            eq = head.index("=")
            if ":" in head[:eq]:
                self.check_result_counts(head[:eq], pos)
            name = head[eq + 1:].lstrip()
            pos += len(head) - len(name)
        kw = self.bundle.op_keywords.get(name)
        if kw is not None and "." in name:
            # A full registered name (never an integer type like `i32`): the same head
            # text always names it, whatever the default dialect.
            if len(self.head_keywords) < HEAD_CACHE_SIZE:
                self.head_keywords[head] = kw
            return kw
        if _INTTYPE.fullmatch(name):
            # `i32` is an integer type token to upstream, not an op name.
            raise ParseError(wrong_token_position(self.text, pos, len(self.text)),
                             "expected operation name in quotes")
        keywords = self.bundle.op_keywords
        kw = keywords.get(name)
        if "." not in name or kw is None:
            dd = self.regions[-1].default_dialect if self.regions else "builtin"
            if "." not in name:
                for prefix in (dd, "builtin"):
                    if prefix:
                        kw = keywords.get(f"{prefix}.{name}")
                        if kw is not None:
                            return kw
            if kw is None:
                raise self._unknown_op(name, pos, dd)
        return kw

    def _no_dialect(self, pos: int, message: str) -> ParseError:
        """Upstream's error for a custom op of an unknown dialect, with its note."""
        err = ParseError(pos, message)
        names = ", ".join(self.ctx.registry.names)
        err.notes.append((
            pos,
            f"Available dialects: {names} ; for more info on dialect registration see "
            "https://mlir.llvm.org/getting_started/Faq/"
            "#registered-loaded-dependent-whats-up-with-dialects-management",
        ))
        return err

    def _unknown_op(self, name: str, pos: int, default_dialect: str) -> ParseError:
        from mliropt.syntax.lalr import _SKIP_MATCH
        from mliropt.syntax.lexer import lexer_error_at

        dialect, _, rest = name.partition(".")
        # Upstream splits the name at its first '.': with nothing after it (`a`, `a.`) the
        # name has no dialect prefix and the default dialect is tried.
        prefixed = bool(rest)
        if prefixed and dialect not in self.bundle.dialects and (
            self.ctx.is_registered_dialect(dialect)
        ):
            # Not seen by the dialect scan (past its window): parse again with its syntax.
            return _DialectDiscovered(pos, dialect)
        # Upstream's lexer has read the token after the name: its error comes first.
        nxt = _SKIP_MATCH(self.text, pos + len(name)).end()  # type: ignore[union-attr]
        lex_error = lexer_error_at(self.text, nxt)
        if lex_error is not None:
            return lex_error
        if prefixed and not self.ctx.is_registered_dialect(dialect):
            if self.ctx.registry.discover(dialect):
                return _DialectDiscovered(pos, dialect)
            return self._no_dialect(pos, f"Dialect `{dialect}' not found for custom op '{name}' ")
        if not prefixed and default_dialect:
            return ParseError(
                pos, f"custom op '{name}' is unknown (tried '{default_dialect}.{name}' as well)"
            )
        if not prefixed:
            # Upstream prefixes the empty default dialect and looks dialect "" up.
            return self._no_dialect(
                pos, f"Dialect `' not found for custom op '{name}'  (tried '.{name}' as well)"
            )
        if self.ctx.lookup_op(name) is not None:
            # A registered op without custom syntax (upstream's hasCustomAssemblyFormat=0).
            return ParseError(pos, f"custom op '{name}' has no custom assembly form")
        return ParseError(pos, f"custom op '{name}' is unknown")

    # ----------------------------------------------------------------- regions and blocks

    def hook_region_open(self, value: str, pos: int) -> Any:
        """`{` of a region: open a block-label scope;
        an op whose syntax declares its regions' arguments before the region
        (`func.func @f(%a: i32) {`) defines them here, from the op's tokens so far."""
        entry = self.op_stack[-1] if self.op_stack else None
        cls = entry[0] if entry is not None else None
        # entry: [op class, index of its name token in self.vals, regions opened, generic]
        isolated = cls is not None and IsolatedFromAbove in cls.traits
        # Upstream's default-dialect stack: a custom-form op's regions use its own
        # default dialect (none for most ops: `scf.if { call ... }` is rejected); a
        # generic op's regions keep the enclosing one.
        if entry is not None and not entry[3]:
            dd = getattr(cls, "default_dialect", "") or ""
        else:
            dd = self.regions[-1].default_dialect if self.regions else "builtin"
        frame = _Region(isolated, dd)
        self.regions.append(frame)
        if entry is not None:
            n = entry[2]
            entry[2] = n + 1
            # Only the custom form declares region arguments before the region.
            hook = None if entry[3] else getattr(cls, "region_entry_args", None)
            if hook is not None:
                args = hook(self, self.vals[entry[1]:], self.poss[entry[1]:], n)
                if args is not None:
                    block = frame.block = frame.region.add_block(Block())
                    frame.named_entry = any(a[0] is not None for a in args)
                    for name, arg_pos, type, loc in args:
                        arg = block.add_argument(
                            type, loc if loc is not None else arg_pos, self.lines
                        )
                        if isinstance(loc, _DeferredLoc):
                            self.deferred_locs.append((arg, loc.name, loc.pos))
                        if name is not None:
                            self._check_entry_arg_name(name, arg_pos)
                            self.define_value(name, [arg], arg_pos)
        return value

    def _check_entry_arg_name(self, name: str, pos: int) -> None:
        """Upstream's parseRegion: a named entry argument must be a fresh name, neither
        defined nor used before its definition (a pending forward reference)."""
        scope = self.scopes[-1]
        if name in scope.values:
            previous = scope.def_pos[name]
        else:
            fwd = scope.forward.get((name, 0))
            if fwd is None:
                return
            previous = fwd.pos
        diag = Diagnostic(
            self.loc_at(pos),
            Severity.ERROR,
            f"region entry argument '%{name}' is already in use",
        )
        diag.attach_note("previously referenced here", self.loc_at(previous))
        raise MLIRError(diag)

    def hook_region_close(self, value: str, pos: int) -> Region:
        """`}` of a region: check block references, close scopes, return the Region."""
        frame = self.regions.pop()
        for name, ref_pos in frame.label_refs.items():
            if name not in frame.labels or frame.labels[name].parent is None:
                raise ParseError(ref_pos, "reference to an undefined block")
        # Upstream's parser has one SSA name scope for the whole input: a region's
        # names go out of scope at its end, and a use inside an isolated-from-above
        # region of a value defined outside it is the verifier's error.
        scope = self.scopes[-1]
        for name in frame.defs:
            scope.values.pop(name, None)
        return frame.region

    def current_block(self) -> Block:
        """The block ops are appended to; the entry block is created on first use."""
        frame = self.regions[-1]
        block = frame.block
        if block is None:
            block = frame.block = frame.region.add_block(Block())
        return block

    def hook_block_label(self, value: str, pos: int) -> Any:
        """`^name(args):` starts a block in the current region and defines its arguments."""
        frame = self.regions[-1] if self.regions else None
        if frame is None:
            raise ParseError(pos, "expected operation name in quotes")
        if (
            frame.named_entry
            and frame.block is frame.region.blocks[0]
            and frame.block.first is None
        ):
            raise ParseError(pos, "invalid block name in region with named arguments")
        label = self._simple_label(value, pos)
        if label is None:
            label = self.parse_text("label_text", pos, pos + len(value))
        name, args = label
        block = frame.labels.get(name)
        if block is not None and block.parent is not None:
            raise ParseError(pos, f"redefinition of block '^{name}'")
        if block is None:
            block = Block()
            frame.labels[name] = block
        frame.label_refs.pop(name, None)
        frame.region.add_block(block)
        frame.block = block
        for arg_name, arg_pos, type, loc in args:
            arg = block.add_argument(type, loc if loc is not None else arg_pos, self.lines)
            if isinstance(loc, _DeferredLoc):
                self.deferred_locs.append((arg, loc.name, loc.pos))
            self.define_value(arg_name, [arg], arg_pos)
        return block

    def _simple_label(self, value: str, pos: int) -> tuple[str, list] | None:
        """The (name, arguments) of a BLOCK_LABEL whose arguments are `%name: type`
        with plain types (`i32`, `memref<64xf32>`), as label_text gives them; None for
        anything else (locations, nested brackets, comments, a type that does not
        convert), which the grammar parses and reports."""
        m = _LABEL.fullmatch(value)
        if m is None:
            return None
        body = m.group(2)
        if body is None:
            return m.group(1), []
        start = m.start(2)
        args = []
        i = 0
        end = len(body)
        while True:
            a = _LABEL_ARG.match(body, i)
            if a is None:
                return None
            try:
                t = self.type_of(a.group(2), pos + start + a.start(2))
            except (ParseError, MLIRError):
                return None
            args.append((a.group(1), pos + start + a.start(1) - 1, t, None))
            i = a.end()
            if i == end:
                return m.group(1), args
            if body[i] != ",":
                return None
            i += 1

    def successor(self, name: str, pos: int) -> Block:
        """The block named `name` in the current region, created when referenced first."""
        frame = self.regions[-1] if self.regions else None
        if frame is None:
            raise ParseError(pos, "reference to an undefined block")
        block = frame.labels.get(name)
        if block is None:
            block = frame.labels[name] = Block()
            frame.label_refs[name] = pos
        return block

    # ----------------------------------------------------------------- SSA values

    def define_value(self, name: str, values: Sequence[Value], pos: int) -> None:
        """Bind `%name` (a group of `len(values)` values) in the current scope."""
        scope = self.scopes[-1]
        if name in scope.values:
            diag = Diagnostic(
                self.loc_at(pos), Severity.ERROR, f"redefinition of SSA value '%{name}'"
            )
            diag.attach_note("previously defined here", self.loc_at(scope.def_pos[name]))
            raise MLIRError(diag)
        scope.values[name] = values
        scope.def_pos[name] = pos
        if self.regions:
            self.regions[-1].defs.append(name)
        if scope.forward:
            for i, v in enumerate(values):
                fwd = scope.forward.pop((name, i), None)
                if fwd is None:
                    continue
                if fwd.type is not v.type:
                    diag = Diagnostic(
                        self.loc_at(pos), Severity.ERROR,
                        f"definition of SSA value '%{name}#{i}' has type '{v.type}'",
                    )
                    diag.attach_note(
                        f"previously used here with type '{fwd.type}'", self.loc_at(fwd.pos)
                    )
                    raise MLIRError(diag)
                fwd.replace_all_uses_with(v)
            for (fname, i), fwd in list(scope.forward.items()):
                if fname == name and i >= len(values):
                    raise ParseError(
                        fwd.pos,
                        f"operation defines {len(values)} results but was provided {i + 1} to "
                        "bind",
                    )

    def resolve(self, name: str, index: int, type: T.Type, pos: int) -> Value:
        """The value `%name#index` of the expected type (a forward reference if undefined)."""
        for scope in (self.scopes[-1],):
            group = scope.values.get(name)
            if group is not None:
                if index >= len(group):
                    raise ParseError(
                        pos, "reference to invalid result number" if len(group) > 1 else
                        "reference to invalid result number",
                    )
                v = group[index]
                if v.type is not type:
                    raise self._type_mismatch(name, type, v.type, pos, scope.def_pos[name])
                return v
            fwd = scope.forward.get((name, index))
            if fwd is not None:
                if fwd.type is not type:
                    raise self._type_mismatch(name, type, fwd.type, pos, fwd.pos)
                return fwd
            fwd = ForwardRef(type, pos)
            scope.forward[(name, index)] = fwd
            return fwd
        raise AssertionError

    def _type_mismatch(
        self, name: str, type: T.Type, prior: T.Type, pos: int, prior_pos: int
    ) -> MLIRError:
        diag = Diagnostic(
            self.loc_at(pos), Severity.ERROR,
            f"use of value '%{name}' expects different type than prior uses: "
            f"'{type}' vs '{prior}'",
        )
        diag.attach_note("prior use here", self.loc_at(prior_pos))
        return MLIRError(diag)

    def resolve_text(self, text: str, pos: int, type: T.Type) -> Value:
        """Resolve one `%name` or `%name#N` token."""
        if "#" not in text:
            # Fast path: a defined single-value name of the expected type.
            group = self.scopes[-1].values.get(text[1:])
            if group is not None and len(group) == 1 and group[0].type is type:
                return group[0]
        m = _VALUE_REF.fullmatch(text)
        assert m is not None
        idx = m.group(2)
        return self.resolve(m.group(1), int(idx) if idx else 0, type, pos)

    def resolve_list(
        self, text: str, pos: int, types: Sequence[T.Type], op_name: str | None = None
    ) -> list[Value]:
        """Resolve a comma-separated VALUES token (or a generic op's `(%a, %b)`) against a
        list of types; `op_name` is the custom op whose format resolves them (upstream's
        resolveOperands wording)."""
        if "#" not in text and len(types) == text.count("%"):
            # Fast path: plain names, looked up directly; misses take the full path.
            values = self.scopes[-1].values
            out = []
            for name, t in zip(text.strip("() \t\r\n").split(","), types):
                group = values.get(name.strip()[1:])
                if group is None or group[0].type is not t or len(group) != 1:
                    break
                out.append(group[0])
            else:
                return out
        refs = list(_VALUE_REF.finditer(text))
        if len(refs) != len(types):
            raise ParseError(pos, _count_mismatch(len(refs), len(types), op_name))
        out = []
        for m, t in zip(refs, types):
            idx = m.group(2)
            out.append(self.resolve(m.group(1), int(idx) if idx else 0, t, pos + m.start()))
        return out

    def resolve_run(self, text: str, pos: int, types: list[T.Type], op_name: str) -> list[Value]:
        """Resolve a VALUES token of single operands (`%a, %b`) against their types: the
        plain defined names directly, anything else as value_refs + resolve_group."""
        if "#" not in text:
            names = text.split(",")
            if len(names) == len(types):
                values = self.scopes[-1].values
                out = []
                for name, t in zip(names, types):
                    group = values.get(name.strip()[1:])
                    if group is None or len(group) != 1 or group[0].type is not t:
                        break
                    out.append(group[0])
                else:
                    return out
        return self.resolve_group(self.value_refs(text, pos, len(types), False), types, op_name)

    def resolve_pair(
        self, text: str, pos: int, type0: T.Type, type1: T.Type, op_name: str
    ) -> list[Value]:
        """`resolve_run` of a VALUES token of exactly two operands (`%a, %b`)."""
        names = self.pair_names.get(text, _UNSEEN)
        if names is _UNSEEN:
            names = _pair_names(text)
            if len(self.pair_names) < HEAD_CACHE_SIZE:
                self.pair_names[text] = names
        if names is not None:
            values = self.scopes[-1].values
            g0 = values.get(names[0])
            g1 = values.get(names[1])
            if g0 is not None and g1 is not None and len(g0) == 1 and len(g1) == 1:
                v0 = g0[0]
                v1 = g1[0]
                if v0.type is type0 and v1.type is type1:
                    return [v0, v1]
        return self.resolve_run(text, pos, [type0, type1], op_name)

    def check_no_types(self, types: list[T.Type], pos: int, op_name: str) -> None:
        """Types written for an operand list that is absent: the count mismatch."""
        if types:
            raise ParseError(pos, _count_mismatch(0, len(types), op_name))

    def resolve_group(
        self, refs: Any, types: list[T.Type], op_name: str | None = None
    ) -> list[Value]:
        """Resolve (text, pos) value references parsed by a custom directive."""
        if len(refs) != len(types):
            pos = refs[0][1] if refs else 0
            raise ParseError(pos, _count_mismatch(len(refs), len(types), op_name))
        # Fast path: a defined single-value name of the expected type; anything else
        # (a result group, `#N`, a forward reference, a type mismatch) takes the full path.
        values = self.scopes[-1].values
        out = []
        for (t, p), ty in zip(refs, types):
            group = values.get(t[1:])
            if group is not None and len(group) == 1 and group[0].type is ty:
                out.append(group[0])
            else:
                out.append(self.resolve_text(t, p, ty))
        return out

    def ensure_blocks(self, op: Operation) -> None:
        """Give each empty region of `op` an empty block (a SingleBlock op's custom form)."""
        for region in op.regions:
            if not region.blocks:
                region.add_block(Block())

    def ensure_terminators(self, op: Operation) -> None:
        """Add the implicit terminator an op's regions elide (SingleBlockImplicitTerminator)."""
        from mliropt.ir.traits import SingleBlockImplicitTerminator, trait_args

        term_name = trait_args(type(op), SingleBlockImplicitTerminator)[0]
        for region in op.regions:
            if not region.blocks:
                continue
            block = region.blocks[0]
            last = block.last
            if last is not None and last.name == term_name:
                continue
            cls = self.ctx.lookup_op(term_name)
            # The elided terminator is registered (it is in the op's dialect).
            block.append(cls.build(location=op.location))  # type: ignore[union-attr]

    def value_refs(self, text: str, pos: int, n: int, variadic_tail: bool) -> list[tuple[str, int]]:
        """The (text, pos) references of a VALUES token standing for `n` format operands."""
        refs = [(m.group(), pos + m.start()) for m in _VALUE_REF.finditer(text)]
        if len(refs) < n - variadic_tail or (not variadic_tail and len(refs) != n):
            at = refs[n - 1][1] if len(refs) >= n else pos + len(text)
            raise ParseError(at, "expected ','" if len(refs) < n else "expected ':'")
        return refs

    def earlier_type_error(self, pos: int) -> ParseError | None:
        """At a syntax error at `pos`: the error of a container type already read in the
        op being parsed, when it does not parse (upstream parses a type where it reads
        it, so a `memref<4xf3` whose `<` closes only lines later fails there)."""
        if not self.op_stack:
            return None
        start = self.op_stack[-1][1]
        for value, at in zip(self.vals[start:], self.poss[start:]):
            if not isinstance(value, str) or at >= pos:
                continue
            m = _CONTAINER_TYPE.match(value)
            if m is None:
                continue
            try:
                if value.startswith(":"):
                    self.colon_type(value, at)
                else:
                    self.type_of(value, at)
            except ParseError as e:
                if e.pos < pos:
                    return e
        return None

    def colon_type(self, text: str, pos: int) -> T.Type:
        """The type of a COLON_TYPE token `: type`."""
        t = self.type_cache.get(text)
        if t is None:
            body = text[1:].lstrip()
            t = self.type_cache[text] = self.type_of(body, pos + len(text) - len(body))
        return t

    def colon_types(self, text: str, pos: int) -> list[T.Type]:
        """The types of a COLON_TYPES token `: t1, t2`."""
        body = text[1:].lstrip()
        return self.types_of(body, pos + len(text) - len(body))

    def count_values(self, text: str | None) -> int:
        """Number of values in a VALUES token."""
        return 0 if not text else text.count("%")

    def _finish_scope(self, scope: _ValueScope) -> None:
        if scope.forward:
            fwd = min(scope.forward.values(), key=lambda f: f.pos)
            raise ParseError(fwd.pos, "use of undeclared SSA value name")

    def check_result_counts(self, text: str, pos: int) -> None:
        """A `%name:N` group must name at least one result (checked at the op's start)."""
        for m in _RESULT_NAME.finditer(text):
            if m.group(2) is not None and int(m.group(2)) < 1:
                raise ParseError(
                    pos + m.start(2), "expected named operation to have at least 1 result"
                )

    def define_results(self, text: str, pos: int, op: Operation) -> None:
        """Bind the names of a result list (`%a, %b:2`) to the results of `op`."""
        results = op.results
        if not results:
            raise ParseError(pos, "cannot name an operation with no results")
        if len(results) == 1 and "," not in text and ":" not in text:
            self.define_value(text.rstrip()[1:], results, pos)
            return
        groups = []
        total = 0
        for m in _RESULT_NAME.finditer(text):
            n = int(m.group(2)) if m.group(2) else 1
            groups.append((m.group(1), n, pos + m.start()))
            total += n
        if total != len(results):
            raise ParseError(
                pos,
                f"operation defines {len(results)} results but was provided {total} to bind",
            )
        i = 0
        for name, n, p in groups:
            self.define_value(name, results[i:i + n], p)
            i += n

    # ----------------------------------------------------------------- ops

    def add_op(self, op: Operation) -> None:
        """Append a finished op to the current block (or the top level)."""
        if self.regions:
            frame = self.regions[-1]
            block = frame.block
            if block is None:
                block = frame.block = frame.region.add_block(Block())
            block.append(op)
        else:
            self.top_ops.append(op)

    def finish_op(
        self, cls: Any, operands: list[Value], result_types: list[T.Type],
        attributes: dict | None, properties: dict | None, regions: list[Region] | None,
        successors: list[Block], head: str, pos: int,
    ) -> Operation:
        """Create an op of `cls`; `head` is its name token (`%a, %b = name`) at `pos`.

        The op's location is the position of its name, as upstream's; registered ops
        get their default-valued properties; the result names are bound."""
        # The hand-written parsers that call this may reuse their dicts and lists.
        return self.finish_parsed_op(
            cls, operands, result_types, attributes,
            None if properties is None else dict(properties), list(regions) if regions else [],
            successors, head, pos,
        )

    def finish_parsed_op(
        self, cls: Any, operands: list[Value], result_types: Sequence[T.Type],
        attributes: dict | None, properties: dict | None, regions: list[Region],
        successors: list[Block], head: str, pos: int,
        info: tuple[int, str | None, str | None] | None = None,
    ) -> Operation:
        """`finish_op` for a caller that hands over its `properties` (a fresh dict, or
        None) and `regions` list: the op keeps them, default-valued properties are
        filled in place (no copy), and a one-name head binds its result directly.
        `info` is the head's `_head_info` when the caller knows it."""
        self.op_stack.pop()
        if info is None:
            info = self.heads.get(head)
        if info is None:
            info = _head_info(head)
            if len(self.heads) < HEAD_CACHE_SIZE:
                self.heads[head] = info
        off, names, single = info
        fill = _FILLS.get(cls)
        if fill is None:
            fill = _FILLS[cls] = _fill_plan(cls)
        if fill.__class__ is tuple:
            if properties is None:
                properties = {}
            for name, value in fill:
                if name not in properties:
                    properties[name] = value
            op = cls.create_parsed(
                operands, result_types, attributes, properties, regions, successors, pos + off,
                self.lines,
            )
        elif fill:  # a class with its own build
            op = cls.build(
                operands, result_types, attributes, properties, regions, successors, pos + off
            )
            op._src = self.lines
        else:  # unregistered
            op = cls.create_parsed(
                operands, result_types, attributes, {} if properties is None else properties,
                regions, successors, pos + off, self.lines,
            )
        if names is not None:
            self.bind_results(op, names, single, pos)
        return op

    def bind_results(self, op: Operation, names: str, single: str | None, pos: int) -> None:
        """Bind the result names of the head at `pos` (`names`, or the `single` name of a
        one-result head) to `op`'s results."""
        results = op.results
        scope = self.scopes[-1]
        if (
            single is not None and len(results) == 1 and not scope.forward
            and single not in scope.values
        ):
            scope.values[single] = results
            scope.def_pos[single] = pos
            if self.regions:
                self.regions[-1].defs.append(single)
        else:
            self.define_results(names, pos, op)

    def hook_successors(self, value: str, pos: int) -> Any:
        """`[` of a generic op's successor list: only terminators have successors."""
        entry = self.op_stack[-1] if self.op_stack else None
        if entry is not None and entry[3] and entry[0].registered and (
            IsTerminator not in entry[0].traits
        ):
            raise ParseError(pos, "successors in non-terminator")
        if not value.endswith("]"):
            # Unbalanced (the token ran to the end): its error comes first, as upstream's.
            self.parse_text("successors_text", pos, pos + len(value))
        return value

    def hook_dict(self, value: str, pos: int) -> Any:
        """An attribute dictionary (or properties) is parsed when it is read, so that its
        errors come before those of the rest of the op, as upstream's."""
        if value not in self.attr_cache:
            d = self._simple_dict(value, pos)
            if d is None:
                start = "props_text" if value[0] == "<" else "dict_text"
                d = self.parse_text(start, pos, pos + len(value))
            self.attr_cache[value] = d
        return value

    def _simple_dict(self, value: str, pos: int) -> A.Attribute | None:
        """The DictionaryAttr of an ATTR_DICT `{...}` or PROPS `<{...}>` token whose
        entries are `name = value` (each value converted once per distinct text, as
        `attr_of`), as dict_text/props_text give it; None for anything else (unit or
        quoted names, comments, `<=`/`>=`, a duplicate key, a value that does not
        convert), which the grammar parses and reports."""
        if value.startswith("<{") and value.endswith("}>"):
            off = 2
        elif value.startswith("{") and value.endswith("}"):
            off = 1
        else:  # unclosed
            return None
        body_end = len(value) - off
        # Top-level commas: brackets nest, `->` closes nothing, strings are skipped.
        cuts = [off - 1]
        depth = 0
        for m in _DICT_SPECIAL.finditer(value, off, body_end):
            ch = m.group()
            if ch == ",":
                if depth == 0:
                    cuts.append(m.start())
            elif ch in "([{<":
                depth += 1
            elif ch in ")]}>":
                depth -= 1
                if depth < 0:
                    return None
            elif ch == '"' or (ch[0] != '"' and ch != "->"):  # an open string, `//`, `<=`
                return None
        if depth:
            return None
        cuts.append(body_end)
        entries: dict[str, A.Attribute] = {}
        for a, b in zip(cuts, cuts[1:]):
            e = _DICT_ENTRY.fullmatch(value, a + 1, b)
            if e is None or e.group(1) in entries:
                return None
            text = e.group(2)
            if _PLAIN_STRING.fullmatch(text):
                attr: A.Attribute = A.StringAttr(unescape_string(text[1:-1]))
            else:
                try:
                    attr = self.attr_of(text, pos + e.start(2))
                except (ParseError, MLIRError):
                    return None
            entries[e.group(1)] = attr
        return A.DictionaryAttr(entries)

    def hook_loc(self, value: str, pos: int) -> Any:
        """A trailing `loc(...)` is parsed when shifted, so its errors come first."""
        return self.location_of(value, pos)

    def set_location(self, op: Operation, loc: Any, pos: int) -> None:
        """Apply a trailing location (parsed by `hook_loc`) to an op."""
        if isinstance(loc, _DeferredLoc):
            self.deferred_locs.append((op, loc.name, loc.pos))
        op.location = loc

    def location_of(self, text: str, pos: int) -> Any:
        """The Location of a LOC token `loc(...)` (or a deferred alias)."""
        loc = self.loc_cache.get(text)
        if loc is None:
            m = _FILE_LOC.fullmatch(text)
            if m is not None:
                # `loc("file":line:col)`, as loc_text's file_loc gives it (no escapes).
                loc = FileLineColLoc(m.group(1), int(m.group(2)), int(m.group(3)))
                self.loc_cache[text] = loc
                return loc
            loc = self.parse_text("loc_text", pos, pos + len(text))
            if not isinstance(loc, _DeferredLoc):
                self.loc_cache[text] = loc
        return loc

    def _resolve_deferred_locs(self) -> None:
        for owner, name, pos in self.deferred_locs:
            attr = self.attr_aliases.get(name)
            if attr is None:
                raise ParseError(pos, "operation location alias was never defined")
            if not isinstance(attr, Location):
                raise ParseError(pos, f"expected location, but found '{attr}'")
            owner.location = attr

    # ----------------------------------------------------------------- conversions

    def type_of(self, text: str, pos: int) -> T.Type:
        """The Type of a TYPE token, converted once per distinct text."""
        t = self.type_cache.get(text)
        if t is None:
            t = self.type_cache[text] = self.parse_text("type_text", pos, pos + len(text))
        return t

    def types_of(self, text: str, pos: int) -> list[T.Type]:
        """The types of a TYPES token, converted once per distinct text."""
        types = self.types_cache.get(text)
        if types is None:
            types = self.types_cache[text] = tuple(
                self.parse_text("types_text", pos, pos + len(text))
            )
        return list(types)

    def attr_of(self, text: str, pos: int) -> A.Attribute:
        """The Attribute of an ATTR / TYPED_ATTR token."""
        a = self.attr_cache.get(text)
        if a is None:
            a = self.attr_cache[text] = self.parse_text("attr_text", pos, pos + len(text))
        return a

    def dict_of(self, text: str, pos: int) -> dict[str, A.Attribute]:
        """A fresh dict from an ATTR_DICT token `{...}`."""
        d = self.attr_cache.get(text)
        if d is None:
            d = self.attr_cache[text] = self.parse_text("dict_text", pos, pos + len(text))
        return d.as_dict()  # type: ignore[union-attr]  # a DictionaryAttr

    def props_of(self, text: str, pos: int) -> dict[str, A.Attribute]:
        """A fresh dict from a PROPS token `<{...}>`."""
        d = self.attr_cache.get(text)
        if d is None:
            d = self.attr_cache[text] = self.parse_text("props_text", pos, pos + len(text))
        return d.as_dict()  # type: ignore[union-attr]  # a DictionaryAttr


def _head_info(head: str) -> tuple[int, str | None, str | None]:
    """(offset of the op name, result-list text or None, the one result name when the
    list is a plain `%name`) of an op's head token."""
    if head[0] != "%":
        return 0, None, None
    eq = head.index("=")
    off = eq + 1
    while head[off] in " \t\r\n":
        off += 1
    names = head[:eq]
    single = None if "," in names or ":" in names else names.rstrip()[1:]
    return off, names, single


# Per op class, how finish_parsed_op creates it: the (name, default) properties that
# Op.build would materialize, True when the class has a build of its own, False when it
# is not registered.
_FILLS: dict[Any, tuple | bool] = {}


def _fill_plan(cls: Any) -> tuple | bool:
    from mliropt.ir.opdef import Op

    if not cls.registered:
        return False
    if getattr(cls.build, "__func__", None) is not Op.build.__func__:  # type: ignore[attr-defined]
        return True
    return tuple(
        (a.name, a.default_value()) for a in cls.attr_defs if a.materialize
    )


_UNSEEN: Any = object()


def _pair_names(text: str) -> tuple[str, str] | None:
    """The two value names of a VALUES text `%a, %b` (None for anything else)."""
    if "#" in text:
        return None
    names = text.split(",")
    if len(names) != 2:
        return None
    return names[0].strip()[1:], names[1].strip()[1:]


# A TYPE or COLON_TYPE token of a container type (or a function type of them).
_CONTAINER_TYPE = re.compile(r":?\s*\(?\s*(?:memref|tensor|vector|complex|tuple)<")


class _DeferredLoc(Location):
    """A location alias used before its definition; replaced when the parse ends."""

    __slots__ = ("name", "pos")
    _fields = ("name", "pos")
    name: str
    pos: int


def _count_mismatch(n: int, m: int, op_name: str | None) -> str:
    """The error for `n` operands resolved against `m` types."""
    if op_name is None:
        return f"{n} operands present, but expected {m}"
    return (
        f"custom op '{op_name}' number of operands and types do not match: got {n} operands "
        f"and {m} types"
    )


def split_location_alias(parser: SourceParser, name: str, pos: int) -> Any:
    """The location of alias `#name`, or a deferred placeholder when it is not defined yet."""
    attr = parser.attr_aliases.get(name)
    if attr is None:
        return _DeferredLoc(name, pos)
    if not isinstance(attr, Location):
        raise ParseError(pos, f"expected location, but found '{attr}'")
    return attr


class _DialectDiscovered(ParseError):
    """A custom op of a dialect whose syntax the parser lacks (registered now by a
    plugin's entry point looked up on this miss, or not seen by the dialect scan): the
    parse starts again with it. The message is the dialect's name."""


def _raise_parse_error(ctx: Context, parser: SourceParser, e: ParseError) -> None:
    """Emit a parse error's preceding errors and raise the last as an MLIRError."""
    errors = [
        Diagnostic(parser.loc_at(pos), Severity.ERROR, message)
        for pos, message in [(e.pos, e.message), *e.more]
    ]
    for pos, message in e.notes:
        errors[0].attach_note(message, parser.loc_at(pos))
    for diag in errors[:-1]:
        ctx.diagnostics.emit(diag)
    raise MLIRError(errors[-1]) from None


def parse_source(
    ctx: Context, text: str, filename: str, start: int = 0, end: int | None = None,
    implicit_module: bool = True, chunk_loc: Location | None = None,
) -> Operation:
    """Parse text[start:end] into a top-level op (an implicit `builtin.module` when needed).

    Raises MLIRError with a diagnostic at the source position of the first error.
    """
    extra: frozenset[str] = frozenset()
    while True:
        parser = SourceParser(ctx, text, filename, start, end, extra)
        try:
            ops = parser.parse()
            break
        except _DialectDiscovered as e:
            extra |= {e.message}  # parse again with its syntax
            continue
        except ParseError as e:
            _raise_parse_error(ctx, parser, e)
    from mliropt.dialects.builtin import ModuleOp


    module: Operation
    if len(ops) == 1 and isinstance(ops[0], ModuleOp):
        module = ops[0]
    elif not implicit_module:
        if len(ops) != 1:
            loc = chunk_loc or FileLineColLoc(filename, 0, 0)
            raise MLIRError(Diagnostic(
                loc, Severity.ERROR,
                "source must contain a single top-level operation, found: " + str(len(ops)),
            ))
        module = ops[0]
    else:
        module = ModuleOp.build(
            regions=[Region([Block()])], location=chunk_loc or FileLineColLoc(filename, 0, 0)
        )
        body = module.regions[0].blocks[0]
        for op in ops:
            body.append(op)
    if parser.resources:
        module.resources = parser.resources  # type: ignore[attr-defined]
    return module


__all__ = ["SourceParser", "parse_source", "UnknownLoc"]
