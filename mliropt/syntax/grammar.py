"""Grammar assembly: the core grammar plus the rules of the dialects an input uses.

MLIR loads dialects on first use; we do the same for the grammar (DESIGN.md rule 4):
a cheap regex pre-scan of the input finds the dialect prefixes of custom-form op
names, and the grammar is composed of the core rules and those dialects' rules
(generated from their assembly formats, plus hand-written fragments). Tables are
cached on disk per grammar text, and in memory per dialect set.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

from mliropt.syntax import lalr
from mliropt.syntax.errors import ParseError

STARTS = [
    "file", "type_text", "types_text", "attr_text", "loc_text", "dict_text", "props_text",
    "label_text", "successors_text", "successor_text",
]
_GRAMMAR_DIR = os.path.join(os.path.dirname(__file__), "grammar")
# A custom-form op name in a position where an op can start (after `=`, a newline, `{`).
_OP_PREFIX = re.compile(r"(?:^|[\s=])([a-z_][\w$]*)\.[A-Za-z_]", re.M)
_core_text: str | None = None
_BUNDLES: dict[tuple, ParserBundle] = {}


def core_grammar() -> str:
    """The text of grammar/mlir.lark."""
    global _core_text
    if _core_text is None:
        with open(os.path.join(_GRAMMAR_DIR, "mlir.lark"), encoding="utf-8") as f:
            _core_text = f.read()
    return _core_text


def op_terminal(name: str) -> str:
    """The keyword terminal of a custom-form op: `arith.addi` -> `OP_ARITH_ADDI`."""
    return "OP_" + re.sub(r"[^A-Za-z0-9]", "_", name).upper()


def dialects_in(text: str, start: int, end: int, candidates: Any) -> set[str]:
    """Which of the candidate dialects have a custom-form op name in text[start:end].

    One substring search per dialect (C speed); an occurrence counts when it starts a
    name (not `#d.attr`, `!d.type`, `"d.op"`). A superset is harmless."""
    found = set()
    for d in candidates:
        needle = d + "."
        i = text.find(needle, start, end)
        while i >= 0:
            prev = text[i - 1] if i > 0 else "\n"
            if prev in " \t\n\r=":
                found.add(d)
                break
            i = text.find(needle, i + 1, end)
    return found


class ParserBundle:
    """The parser of one dialect set: tables, callbacks, op keywords, shift hooks."""

    def __init__(self, ctx: Any, dialects: tuple[str, ...]) -> None:
        from mliropt.syntax.parser import SourceParser

        self.dialects = dialects
        self.op_classes: dict[str, Any] = {}
        self.format_callbacks: dict[str, Callable] = {}
        cached = _load_bundle_meta(ctx, dialects)
        if cached is not None:
            # The op keywords and grammar text of this dialect set are known: the ops'
            # formats compile lazily, for the rules a parse reduces.
            self.op_keywords, text, key = cached
            for name in dialects:
                d = ctx.get_dialect(name)
                if d is not None:
                    for op in d.ops:
                        term = self.op_keywords.get(op.name)
                        if term is not None:
                            self.op_classes[term] = op
        else:
            self.op_keywords, text = self._compose(ctx, dialects)
            key = lalr.tables_key(text, STARTS)
            _save_bundle_meta(ctx, dialects, self.op_keywords, text, key)
        self.grammar_text = text
        self.tables = lalr.load_tables(text, STARTS, key)
        self.parser = lalr.Parser(self.tables, self._resolve, describe_error)
        self.hooks: dict[str, Callable] = {
            "REGION_OPEN": SourceParser.hook_region_open,
            "RBRACE": SourceParser.hook_region_close,
            "BLOCK_LABEL": SourceParser.hook_block_label,
            "GENERIC_NAME": SourceParser.hook_generic_name,
            "LOC": SourceParser.hook_loc,
            "SUCCESSORS": SourceParser.hook_successors,
            "ATTR_DICT": SourceParser.hook_dict,
            "PROPS": SourceParser.hook_dict,
        }
        for term, cls in self.op_classes.items():
            self.hooks[term] = _push_op_hook(cls)

    def _compose(self, ctx: Any, dialects: tuple[str, ...]) -> tuple[dict[str, str], str]:
        """(op name -> keyword terminal, grammar text) of the core grammar plus the
        rules generated from the dialects' formats and their fragments."""
        from mliropt.syntax.format import compiled_format

        rules: list[str] = []
        op_keywords: dict[str, str] = {}
        # Fragment files in first-use order: a dialect's, and those an op's hand-written
        # syntax borrows from another dialect (`grammar_fragment` on the op class).
        fragment_files: dict[str, None] = {}
        for name in dialects:
            d = ctx.get_dialect(name)
            if d is None:
                continue
            for op in d.ops:
                fmt = compiled_format(op)
                if fmt is None:
                    continue
                term = op_terminal(op.name)
                op_keywords[op.name] = term
                self.op_classes[term] = op
                rules.extend(fmt.grammar_rules(term))
                borrowed = getattr(op, "grammar_fragment", None)
                if borrowed:
                    fragment_files[borrowed] = None
            if d.grammar_fragment:
                fragment_files[d.grammar_fragment] = None
        fragments = []
        for file in fragment_files:
            with open(os.path.join(_GRAMMAR_DIR, file), encoding="utf-8") as f:
                fragments.append(f.read())
        text = core_grammar()
        if op_keywords:
            # The result list is possessive, as in GENERIC_NAME (see mlir.lark); the
            # name is a bare identifier, as upstream lexes it (`a.` and `a..b` too).
            text += (
                "\nOPSTART: /(?:%[\\w$.\\-]++(?:\\s*+:\\s*+\\d++)?+"
                "(?:\\s*+,\\s*+%[\\w$.\\-]++(?:\\s*+:\\s*+\\d++)?+)*+"
                "\\s*+=\\s*+)?+[A-Za-z_][\\w$.]*+/\n"
            )
            text += "%declare " + " ".join(sorted(self.op_classes)) + "\n"
        text += "\n".join(rules) + "\n" + "\n".join(fragments)
        return op_keywords, text

    def _resolve(self, alias: str) -> Callable | None:
        from mliropt.syntax.custom_syntax import RULE_CALLBACKS
        from mliropt.syntax.format import format_callback
        from mliropt.syntax.parser import SourceParser

        cb = getattr(SourceParser, "cb_" + alias, None)
        if cb is not None:
            return cb
        cb = RULE_CALLBACKS.get(alias)
        if cb is not None:
            return cb
        return format_callback(alias, self.op_classes)


# ----------------------------------------------------------------- bundle cache

_STAMP: str | None = None


def _code_stamp() -> str:
    """What the generated grammar of a dialect set depends on: every source and grammar
    file of the package (names, sizes, mtimes), as a checksum (which names the cache
    file) and the full listing (which the file holds and is compared with)."""
    global _STAMP
    if _STAMP is None:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        parts = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for f in sorted(filenames):
                if f.endswith((".py", ".lark")):
                    st = os.stat(os.path.join(dirpath, f))
                    parts.append(f"{dirpath}/{f}:{st.st_size}:{st.st_mtime_ns};")
        _STAMP = "".join(parts)
    return _STAMP


def _bundle_meta_path(ctx: Any, dialects: tuple[str, ...]) -> str | None:
    """The cache file of a dialect set's composed grammar; None when a dialect comes from
    outside the package (a plugin, whose sources the stamp does not cover)."""
    import zlib

    entries = ctx.registry.entries
    if any(not entries.get(d, "mliropt.").startswith("mliropt.") for d in dialects):
        return None
    stamp = _code_stamp().encode()
    key = f"{zlib.crc32(stamp):08x}{zlib.adler32(stamp):08x}-{'+'.join(dialects)}"
    return os.path.join(lalr.cache_dir(), f"bundle-{key}.marshal")


def _load_bundle_meta(ctx: Any, dialects: tuple[str, ...]) -> tuple[dict, str, str] | None:
    """(op keywords, grammar text, tables key) of a dialect set, when a run with these
    very sources (the whole stamp compared) cached them."""
    import marshal

    path = _bundle_meta_path(ctx, dialects)
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            stamp, keywords, text, key = marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if stamp != _code_stamp():
        return None
    return keywords, text, key


def _save_bundle_meta(
    ctx: Any, dialects: tuple[str, ...], keywords: dict, text: str, key: str
) -> None:
    path = _bundle_meta_path(ctx, dialects)
    if path is not None:
        lalr.write_cache_file(path, (_code_stamp(), keywords, text, key))


def _push_op_hook(cls: Any) -> Callable:
    def hook(sp: Any, value: str, pos: int) -> Any:
        sp.op_stack.append([cls, len(sp.vals), 0, False])
        return cls

    return hook


# How much of a text the dialect scan reads: each absent dialect costs a scan of it (3 ms
# for 3 MB). A dialect whose first custom op comes later is found when that op is parsed
# (the parse then starts again with its syntax: SourceParser._unknown_op).
SCAN_WINDOW = 1 << 18


def parser_for(
    ctx: Any, text: str, start: int, end: int, extra: frozenset[str] = frozenset()
) -> ParserBundle:
    """The parser bundle for the dialects used in the first SCAN_WINDOW characters of
    text[start:end], and the `extra` ones (found later by a parse)."""
    scan_end = min(end, start + SCAN_WINDOW)
    names = {"builtin"} | dialects_in(text, start, scan_end, ctx.registry.entries) | extra
    key = tuple(sorted(names))
    bundle = _BUNDLES.get(key)
    if bundle is None:
        bundle = _BUNDLES[key] = ParserBundle(ctx, key)
    else:
        # A bundle built for another context: load its dialects into this one too, as
        # building it would (passes such as canonicalize look at the loaded dialects).
        for name in key:
            ctx.get_dialect(name)
    return bundle


# ----------------------------------------------------------------- error messages

# What upstream calls each terminal in "expected ..." messages.
_DESCRIPTIONS = {
    "TYPE": "non-function type", "TYPES": "non-function type", "BANG_TYPE": "type",
    "INTEGER_TYPE": "type",
    "FLOAT_TYPE": "type", "ATTR": "attribute value", "TYPED_ATTR": "attribute value",
    "VALUES": "SSA operand", "VALUE": "SSA operand", "VALUE_ID": "SSA operand",
    "RBRACE": "'}'", "REGION_OPEN": "'{'", "ATTR_DICT": "'{'", "STRING": "string",
    "INTEGER": "integer value", "BARE_ID": "bare identifier", "ATTR_NAME": "attribute name",
    "SYMBOL_REF": "attribute value", "ATTR_PARAMS": "'<'",
    "CARET_ID": "block name", "BLOCK_REF": "block name",
    "SUCCESSOR": "block name", "LOC": "'loc'", "ARROW": "'->'",
    "COLON_TYPE": "':'", "COLON_TYPES": "':'",
    # A function signature starts with its argument list (parseFunctionSignature).
    "FUNC_SIGNATURE": "'('", "LLVM_FUNC_SIGNATURE": "'('",
    "LLVM_PAREN": "'('", "LLVM_CALL_TYPE": "':'",  # llvm.mlir.global's value, llvm.call's type
    "AFFINE_SUBSCRIPTS": "'[' in affine map",  # affine.load/store's subscripts
    # Nonterminals a format may require next.
    "region": "'{' to begin a region",
}


def describe_error(
    parser: lalr.Parser, state: int, typ: str | None, text: str, pos: int, end: int
) -> str | ParseError:
    """An upstream-style message for an unexpected token in `state` (or the whole error,
    when upstream reports it at another position)."""
    from mliropt.syntax.errors_table import AT_TOKEN, table_message
    from mliropt.syntax.lexer import lexer_error_at

    # Where upstream's own lexer fails, its message is the one reported.
    lex_error = lexer_error_at(text, pos)
    if lex_error is not None:
        return lex_error
    if text.startswith("::", pos):
        # `@a::` that SYMBOL_REF did not extend: no `@name` after the `::`.
        nxt = lalr._SKIP_MATCH(text, pos + 2, end).end()  # type: ignore[union-attr]
        lex_error = lexer_error_at(text, nxt)
        if lex_error is not None:
            return lex_error
        return ParseError(nxt, "expected nested symbol reference identifier")
    msg = table_message(parser.tables, state, _token_spelling(text, pos))
    if msg and msg.startswith(AT_TOKEN):
        at = pos if pos < end else lalr._SKIP_MATCH(text, end).end()  # type: ignore[union-attr]
        return ParseError(at, msg[1:])
    if msg:
        return msg
    expected = parser.expected_terminals(state)
    literals = parser.tables.literals
    required = _format_required(parser, state, text, pos, end)
    if isinstance(required, ParseError):
        return required
    if required is not None:
        keyword = _format_keyword_error(parser, state, required, text, pos)
        if keyword is not None:
            return keyword
        expected = [required]
    if "OPSTART" in expected or "GENERIC_NAME" in expected:
        if "LOC" in expected and text.startswith("loc", pos):
            return "expected '(' in location"
        if text.startswith('"', pos):
            return _generic_name_error(text, pos, end)
        return "expected operation name in quotes"
    desc = _describe(expected, literals)
    if desc:
        return f"expected {desc}"
    return "unexpected end of input" if pos >= end else "unexpected token"


def _format_required(
    parser: lalr.Parser, state: int, text: str, pos: int, end: int
) -> str | ParseError | None:
    """Inside an op's declarative format, the element upstream's parser requires next.

    Upstream tries each optional group in turn and reports the first required element
    (`expected ':'` after `arith.addf %a, %b`, not `'fastmath'`). The alternatives of a
    format sharing the state's prefix differ in the optional groups they contain; the
    shortest leaves out every group still to come, so its next symbol is that element.
    A variadic operand list may be empty upstream (`cf.br ^bb1(` expects ':')."""
    from mliropt.syntax.format import empty_operands_op, format_op_name, is_symbol_name_slot

    tables = parser.tables
    best: tuple[int, int, int] | None = None
    for rule, dot in tables.state_items[state]:
        if not tables.rule_alias[rule].startswith(("fmt_", "custom_")):
            return None
        n = len(tables.rule_symbols[rule])
        if best is None or n < best[0]:
            best = (n, rule, dot)
    if best is None:
        return None
    _, rule, dot = best
    symbols = tables.rule_symbols[rule]
    if dot + 1 < len(symbols) and symbols[dot] == "VALUES" and not text.startswith("%", pos):
        alias = tables.rule_alias[rule]
        parser._resolve(alias)  # compiles the op's format: its alternatives are known
        # Symbols 0 and 1 of an alternative are OPSTART and the op's keyword.
        op_name = empty_operands_op(alias, dot - 2)
        if op_name is not None:
            dot += 1
            if symbols[dot] == "COLON_TYPES" and text.startswith(":", pos):
                return _types_without_operands(op_name, text, pos, end)
    sym = symbols[dot] if dot < len(symbols) else ""
    if sym == "SYMBOL_REF":
        alias = tables.rule_alias[rule]
        parser._resolve(alias)
        if is_symbol_name_slot(alias, dot - 2):
            return ParseError(
                pos,
                f"custom op '{format_op_name(alias)}' expected valid '@'-identifier for "
                "symbol name",
            )
        if _starts_attribute(text, pos, end):
            # Upstream parses the attribute, then rejects its kind.
            return ParseError(
                pos, f"custom op '{format_op_name(alias)}' invalid kind of attribute specified"
            )
    if not sym or not (sym.isupper() or sym in _DESCRIPTIONS):
        return None
    return sym


_KEYWORD_TEXT = re.compile(r"[A-Za-z_][\w$.]*")


def _format_keyword_error(
    parser: lalr.Parser, state: int, required: str, text: str, pos: int
) -> ParseError | None:
    """A keyword an op's format requires next: upstream's parseKeyword reports it at the
    token, prefixed with the op (`custom op 'arith.bitcast' expected 'to'`)."""
    from mliropt.syntax.format import format_op_name

    word = parser.tables.literals.get(required)
    if word is None or not _KEYWORD_TEXT.fullmatch(word):
        return None
    alias = parser.tables.rule_alias[parser.tables.state_items[state][0][0]]
    parser._resolve(alias)
    op_name = format_op_name(alias)
    if op_name is None:
        return None
    return ParseError(pos, f"custom op '{op_name}' expected '{word}'")


def _generic_name_error(text: str, pos: int, end: int) -> ParseError:
    """A quoted op name that GENERIC_NAME did not take (no `(` after it): upstream's
    error at the token after the name, or its lexer's error in the string."""
    from mliropt.syntax.scanners import scan_bad_op_name

    try:
        scan_bad_op_name(text, pos, end)
    except ParseError as e:
        return e
    raise AssertionError("scan_bad_op_name always raises")  # pragma: no cover


def _starts_attribute(text: str, pos: int, end: int) -> bool:
    """Whether an attribute (or a type, which is one) plainly starts at `pos`."""
    from mliropt.syntax.scanners import is_type_start

    # (Numbers and `(` are left out: upstream's errors inside them come first.)
    if pos >= end or text[pos] == "(":
        return False
    if text[pos] in '"[{#' or is_type_start(text, pos, end):
        return True
    return re.match(r"(?:true|false|unit|dense|sparse|array|affine_map|affine_set|strided"
                    r"|distinct|loc)(?![\w$.])", text[pos:pos + 16]) is not None


def _types_without_operands(op_name: str, text: str, pos: int, end: int) -> ParseError:
    """Upstream's error for `: t1, t2` after an empty variadic operand list: the first
    bad type, else the count mismatch at the (empty) operand list."""
    from mliropt.syntax.scanners import scan_type, skip_ws

    n = 0
    i = pos
    while True:
        i = scan_type(text, skip_ws(text, i + 1, end), end)  # raises at a bad type
        n += 1
        i = skip_ws(text, i, end)
        if i >= end or text[i] != ",":
            break
    return ParseError(
        pos,
        f"custom op '{op_name}' number of operands and types do not match: "
        f"got 0 operands and {n} types",
    )


def _token_spelling(text: str, pos: int) -> str:
    """The spelling of upstream's token at `pos` ("" at the end or on a lexer error)."""
    from mliropt.syntax.lexer import lex

    try:
        return lex(text, pos).spelling(text)
    except ParseError:
        return ""


def _describe(expected: list[str], literals: dict[str, str]) -> str:
    names = [t for t in expected if t != lalr.END]
    if not names:
        return ""
    if len(names) == 1:
        t = names[0]
        if t in literals:
            return f"'{literals[t]}'"
        return _DESCRIPTIONS.get(t, t.lower())
    for pref in ("TYPE", "TYPES", "ATTR", "TYPED_ATTR", "VALUES", "VALUE"):
        if pref in names:
            return _DESCRIPTIONS[pref]
    lits = [literals[t] for t in names if t in literals]
    if len(lits) == 1:
        return f"'{lits[0]}'"
    return _DESCRIPTIONS.get(names[0], names[0].lower())
