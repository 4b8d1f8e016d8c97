"""LALR(1) tables from Lark, cached on disk, and the driver that runs them.

Lark compiles the grammar and computes the LALR(1) table (strict: any conflict is an
error). The table is stored with `marshal` in a cache directory keyed by the grammar's
hash, so a run that finds it never imports Lark. The driver is a plain loop over the
table with a contextual lexer (one regex per parser state, whitespace and comments
skipped by the same match), compound tokens extended by `scanners.SCANNERS`, shift
hooks (region and block bookkeeping happens while tokens are shifted) and one callback
per rule that builds IR directly: no parse tree. The tokens that follow an op's keyword
are mostly lexed by one match per op (`_Chain`), exactly as the token loop would lex them.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import tempfile
from collections.abc import Callable
from typing import Any

from mliropt.syntax import regex_cache
from mliropt.syntax.errors import ParseError
from mliropt.syntax.scanners import FAST, LIGHT, SCANNERS, SLOW_PATHS

TABLE_FORMAT = 4
END = "$END"
OPSTART = "OPSTART"
# Possessive: a failed token match must not backtrack into a comment and lex its text.
_SKIP = r"(?:\s+|//[^\n]*)*+"


def cache_dir() -> str:
    """Where tables are cached: $PYMLIR_OPT_CACHE_DIR or ~/.cache/pymlir-opt."""
    d = os.environ.get("PYMLIR_OPT_CACHE_DIR")
    if not d:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        d = os.path.join(base, "pymlir-opt")
    return d


def write_cache_file(path: str, data: Any) -> None:
    """Marshal `data` to `path` atomically (a parallel run reads the old file or the new
    one, never half of one); a cache that cannot be written is only a slower next run."""
    directory = os.path.dirname(path)
    try:
        os.makedirs(directory, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            marshal.dump(data, f)
        os.replace(tmp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)


class Tables:
    """A parse table and what the lexer and error reporter need, all plain data."""

    __slots__ = (
        "actions", "rule_lhs", "rule_len", "rule_alias", "rule_holes", "start_states",
        "end_states", "patterns", "literals", "state_items", "rule_symbols",
    )

    def __init__(self, data: tuple) -> None:
        (
            self.actions, self.rule_lhs, self.rule_len, self.rule_alias, self.rule_holes,
            self.start_states, self.end_states, self.patterns, self.literals, self.state_items,
            self.rule_symbols,
        ) = data

    def dump(self) -> tuple:
        """The marshal-able tuple."""
        return tuple(getattr(self, s) for s in self.__slots__)


def build_tables(grammar_text: str, starts: list[str]) -> Tables:
    """Compile the grammar with Lark and compute its LALR(1) table (strict)."""
    from lark.common import ParserConf
    from lark.lexer import PatternStr
    from lark.load_grammar import load_grammar
    from lark.parsers.lalr_analysis import LALR_Analyzer, Reduce, Shift

    grammar, _ = load_grammar(grammar_text, "<mlir>", [], True)
    terminals, rules, _ignore = grammar.compile(starts, "*")
    analyzer = LALR_Analyzer(ParserConf(rules, {}, starts), strict=True)
    analyzer.compute_lr0_states()
    analyzer.compute_reads_relations()
    analyzer.compute_includes_lookback()
    analyzer.compute_lookaheads()
    analyzer.debug = True  # keep item sets as state keys, for error messages
    analyzer.compute_lalr1_states()
    table = analyzer.parse_table
    state_ids = {s: i for i, s in enumerate(table.states)}
    rule_ids = {r: i for i, r in enumerate(rules)}
    actions = []
    state_items = []
    for s, acts in table.states.items():
        row = {}
        for sym, (kind, arg) in acts.items():
            sym = str(sym)
            if kind is Shift:
                row[sym] = state_ids[arg]
            else:
                assert kind is Reduce
                row[sym] = ~rule_ids[arg]
        actions.append(row)
        # Kernel items (rule index, dot) of the state, for "expected ..." messages.
        items = sorted(
            (rule_ids[rp.rule], rp.index) for rp in s if rp.index > 0 and rp.rule in rule_ids
        )
        state_items.append(tuple(items))
    # Lark names are str subclasses; marshal needs plain str.
    rule_lhs = [str(r.origin.name) for r in rules]
    rule_len = [len(r.expansion) for r in rules]
    rule_alias = [str(r.alias or r.origin.name) for r in rules]
    rule_holes: list[tuple[int, ...] | None] = []
    for r in rules:
        empty = r.options.empty_indices
        if empty and any(empty):
            rule_holes.append(tuple(i for i, e in enumerate(empty) if e))
        else:
            rule_holes.append(None)
    patterns = {}
    literals = {}
    for t in terminals:
        patterns[str(t.name)] = (str(t.pattern.to_regexp()), int(t.priority))
        if isinstance(t.pattern, PatternStr):
            literals[str(t.name)] = str(t.pattern.value)
    start_states = {str(k): state_ids[v] for k, v in table.start_states.items()}
    end_states = {str(k): state_ids[v] for k, v in table.end_states.items()}
    rule_symbols = [[str(sym.name) for sym in r.expansion] for r in rules]
    return Tables((
        actions, rule_lhs, rule_len, rule_alias, rule_holes, start_states, end_states,
        patterns, literals, state_items, rule_symbols,
    ))


def tables_key(grammar_text: str, starts: list[str]) -> str:
    """The cache key of a grammar's tables (a digest of the grammar and the format)."""
    import hashlib

    return hashlib.sha256(
        f"{TABLE_FORMAT}\n{','.join(starts)}\n{grammar_text}".encode()
    ).hexdigest()[:32]


def load_tables(grammar_text: str, starts: list[str], key: str | None = None) -> Tables:
    """The tables of a grammar, from the cache or built (and cached) now; `key` is its
    `tables_key` when the caller has it stored (hashing the grammar costs a hashlib
    import at every start)."""
    if key is None:
        key = tables_key(grammar_text, starts)
    directory = cache_dir()
    path = os.path.join(directory, f"lalr-{key}.marshal")
    try:
        with open(path, "rb") as f:
            return Tables(marshal.loads(f.read()))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    tables = build_tables(grammar_text, starts)
    write_cache_file(path, tables.dump())
    return tables


def wrong_token_position(text: str, pos: int, end: int) -> int:
    """Where upstream reports an unexpected token (Parser::emitWrongTokenError): after
    the last non-blank character before it, skipping blank lines and the `//` comment
    of the previous line; at end of input, one character back."""
    if pos >= end:
        pos = max(pos - 1, 0)
    original = pos
    i = pos
    while True:
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        if i <= 0:
            return original
        if text[i - 1] not in "\n\r":
            return i
        i -= 1  # to the end of the previous line
        line_start = max(text.rfind("\n", 0, i), text.rfind("\r", 0, i)) + 1
        comment = text.find("//", line_start, i)
        if comment >= 0:
            i = comment


_MISSING = object()
# Tokens a state lexes one terminal at a time before its combined regex is compiled.
_HOT = 200
_SKIP_MATCH = re.compile(_SKIP).match
# Each terminal's own compiled regex, by pattern text (shared by states and parsers).
_TERMINAL_MATCHERS: dict[str, Any] = {}


class _Token:
    """What the driver reads of a lexer match: the group name and the extent."""

    __slots__ = ("lastgroup", "_start", "_end")

    def __init__(self, name: str, start: int, end: int) -> None:
        self.lastgroup = name
        self._start = start
        self._end = end

    def start(self, name: str | None = None) -> int:
        """Where the token starts (after skipped blanks and comments)."""
        return self._start

    def end(self) -> int:
        """Where the token ends."""
        return self._end


class _SequentialLexer:
    """A state's lexer before it is hot: the same terminals in the same order as the
    combined regex, each tried with its own regex (see Parser.matcher)."""

    __slots__ = ("parser", "terms", "alts", "count", "states")

    def __init__(self, parser: Parser, terms: frozenset) -> None:
        self.parser = parser
        self.terms = terms
        self.alts = []
        for name, pattern in parser._alternatives(terms):
            m = _TERMINAL_MATCHERS.get(pattern)
            if m is None:
                m = _TERMINAL_MATCHERS[pattern] = regex_cache.compiled(pattern)
            self.alts.append((name, m))
        self.count = 0
        self.states: list[int] = []

    def __call__(self, text: str, pos: int, end: int) -> Any:
        self.count += 1
        if self.count > _HOT:
            compiled = self.parser._compile(self.terms)
            self.parser._regex_cache[self.terms] = compiled
            for s in self.states:
                self.parser._matchers[s] = compiled
            return compiled(text, pos, end)
        return self.peek(text, pos, end)

    def peek(self, text: str, pos: int, end: int) -> Any:
        """The token at `pos`, not counted as a use."""
        p = _SKIP_MATCH(text, pos, end).end()  # type: ignore[union-attr]  # _SKIP matches ""
        for name, match in self.alts:
            m = match(text, p, end)
            if m is not None:
                return _Token(name, p, m.end())
        return None
# The compiled whole-token fast pattern of each compound terminal (None: scanner only).
_FAST_MATCHERS: dict[str, Any] = {}


def _fast_matcher(terminal: str) -> Any:
    """Compile (once) the fast pattern of a compound terminal."""
    pattern = FAST.get(terminal)
    m = _FAST_MATCHERS[terminal] = regex_cache.compiled(pattern) if pattern is not None else None
    return m


def _literal_regex(value: str) -> str:
    text = re.escape(value)
    if value[-1:].isalnum() or value[-1:] == "_":
        text += r"(?![\w$.])"  # a keyword never matches a prefix of an identifier
    return text


# Times a state is entered by a hooked shift before its chain is compiled: compiling one
# costs about what a chain saves in a thousand visits (gen_mlir inputs, callgrind), so a
# short input never pays for it. And the most tokens a chain lexes.
_CHAIN_HOT = 500
_CHAIN_DEPTH = 8
# The last visits before that, whose following tokens make the chain.
_CHAIN_SAMPLES = 8
# Terminals a chain never lexes: an op start needs the op's keyword looked up first.
_CHAIN_STOP = frozenset(("OPSTART", "GENERIC_NAME", END))


class _Chain:
    """The tokens that follow a state, lexed by one regex match instead of one per token.

    The states it starts from are those entered by a shift with a hook: after an op's
    keyword, a generic op's name, a dictionary. While such a state warms up, the driver
    notes the token sequences that follow its last visits (`_chainable_path`); the chain
    is a tree of those sequences. Each token in it is what the state's contextual lexer
    would produce there: the lexer's earlier alternatives must all fail (a negative
    lookahead), a compound token is matched by its LIGHT whole-token pattern (which
    matches what its FAST pattern would, or fails), and each token is atomic, so that the
    match never splits the text differently from the lexer. Every token after the first is optional:
    where the text differs, the chain stops and the token loop goes on. Only tokens the
    table shifts are in a chain (no reduction between them); their hooks are called in
    order as the loop would. The name of the last token group matched names the path:
    (group, terminal, state after its shift) of each token."""

    __slots__ = ("match", "paths")

    def __init__(self, match: Any, paths: dict[str, tuple[tuple[str, str, int], ...]]) -> None:
        self.match = match
        self.paths = paths


class Parser:
    """Runs the tables over text: contextual lexing, shifts with hooks, reductions with
    callbacks."""

    def __init__(
        self, tables: Tables, resolve: Callable[[str], Callable | None], describe: Callable
    ) -> None:
        """`resolve(alias)` gives the callback of a rule alias: `cb(owner, children, positions)`."""
        self.tables = tables
        self.actions = tables.actions
        self.rule_lhs = tables.rule_lhs
        self.rule_len = tables.rule_len
        self._matchers: list[Any] = [None] * len(tables.actions)
        self._regex_cache: dict[frozenset, Any] = {}
        # Per state: visits so far (int), False (no chain), or its _Chain.
        self._chains: list[Any] = [0] * len(tables.actions)
        # The token sequences seen after a state while it warms up.
        self._chain_seen: dict[int, set[tuple[str, ...]]] = {}
        self.describe = describe
        self._resolve = resolve
        self._no_hooks: list[Callable | None] = [None] * len(tables.actions)
        self._hooks_by_state: tuple[dict, list[Callable | None]] | None = None
        # Callbacks are resolved on first use, so a run pays only for the rules it reduces.
        self.callbacks: list[Callable | None] = [self._lazy(i) for i in range(len(tables.rule_lhs))]

    def _state_hooks(self, hooks: dict[str, Callable]) -> list[Callable | None]:
        """The shift hook of each state, by the terminal that enters it (in an LR
        automaton every kernel item of a state has that one symbol before its dot)."""
        known = self._hooks_by_state
        if known is not None and known[0] is hooks:
            return known[1]
        symbols = self.tables.rule_symbols
        by_state: list[Callable | None] = [
            hooks.get(symbols[items[0][0]][items[0][1] - 1]) if items else None
            for items in self.tables.state_items
        ]
        self._hooks_by_state = (hooks, by_state)
        return by_state

    def _lazy(self, i: int) -> Callable:
        def first_call(owner: Any, children: list, poss: list) -> Any:
            cb = self.callbacks[i] = self._bind(i)
            return None if cb is None else cb(owner, children, poss)

        return first_call

    def _bind(self, i: int) -> Callable | None:
        alias = self.tables.rule_alias[i]
        if alias == "nothing":
            return None  # the driver pushes None without a call
        cb = self._resolve(alias)
        if cb is None:
            raise KeyError(f"no parser callback for grammar rule alias '{alias}'")
        holes = self.tables.rule_holes[i]
        if holes is None:
            return cb

        # The children with None (position -1) where an optional part is absent, as one
        # generated list display per rule (was an insert per hole, per reduction).
        n = self.tables.rule_len[i]
        full, it = [], iter(range(n))
        for k in range(n + len(holes)):
            full.append(None if k in holes else next(it))
        values = ", ".join("None" if j is None else f"c[{j}]" for j in full)
        positions = ", ".join("-1" if j is None else f"p[{j}]" for j in full)
        ns: dict[str, Any] = {"cb": cb}
        src = (
            f"def with_placeholders(owner, c, p):\n"
            f"    return cb(owner, [{values}], [{positions}])\n"
        )
        exec(src, ns)
        return ns["with_placeholders"]  # type: ignore[no-any-return]

    # ----------------------------------------------------------------- lexing

    def matcher(self, state: int) -> Any:
        """The lexer of `state`: the terminals acceptable there, tried in order.

        A state starts with a lexer that tries each terminal's own (shared, small)
        regex in turn; after `_HOT` tokens its one combined regex is compiled, which
        lexes faster but costs milliseconds to compile: most states of a short input
        are never hot, and compiling them all dominated short runs. A combined regex
        that an earlier run compiled (see regex_cache) is used at once."""
        m = self._matchers[state]
        if m is not None:
            return m
        terms = frozenset(t for t in self.actions[state] if t.isupper() or t == END)
        m = self._regex_cache.get(terms)
        if m is None:
            pattern = self._combined_pattern(terms)
            if regex_cache.stored(pattern):  # compiled by an earlier run: cheap now
                m = regex_cache.compiled(pattern)
            else:
                m = _SequentialLexer(self, terms)
            self._regex_cache[terms] = m
        if isinstance(m, _SequentialLexer):
            m.states.append(state)
        self._matchers[state] = m
        return m

    def _alternatives(self, terms: frozenset) -> list[tuple[str, str]]:
        """(group name, regex) of each terminal in `terms`, in the lexer's order:
        literals longest first, then regexes by priority; compound tokens by their
        start pattern, named `T__S`."""
        patterns = self.tables.patterns
        literals = self.tables.literals
        lits = sorted((t for t in terms if t in literals), key=lambda t: (-len(literals[t]), t))
        regs = sorted(
            (t for t in terms if t not in literals and t in patterns),
            key=lambda t: (-patterns[t][1], t),
        )
        alts = [(t, _literal_regex(literals[t])) for t in lits]
        for t in regs:
            # A compound token: its start, named `T__S`, that the driver extends with
            # T's whole-token fast pattern (compiled once, not in every state's regex:
            # they are long, and compiling them dominated short runs) or its scanner.
            if t in SCANNERS:
                alts.append((f"{t}__S", patterns[t][0]))
            else:
                alts.append((t, patterns[t][0]))
        if END in terms:
            alts.append(("_END", r"\Z"))
        return alts

    def _combined_pattern(self, terms: frozenset) -> str:
        """The one regex of a state's terminals, each a named group."""
        alts = [f"(?P<{name}>{pattern})" for name, pattern in self._alternatives(terms)]
        if not alts:
            alts.append(r"(?!)")
        return _SKIP + "(?:" + "|".join(alts) + ")"

    def _compile(self, terms: frozenset) -> Any:
        """The combined regex of a state's terminals (its `match`)."""
        return regex_cache.compiled(self._combined_pattern(terms))

    # ----------------------------------------------------------------- chains

    def _warm_chain(self, state: int, visits: int, text: str, pos: int, end: int) -> _Chain | None:
        """Count a visit of `state` and note the tokens that follow it; its chain once the
        state is hot (None before)."""
        seen = self._chain_seen.get(state)
        if seen is None:
            if not self._may_chain(state):
                self._chains[state] = False
                return None
            seen = self._chain_seen[state] = set()
        if visits >= _CHAIN_HOT - _CHAIN_SAMPLES:
            path = self._chainable_path(state, text, pos, end)
            if path:
                seen.add(path)
        if visits < _CHAIN_HOT:
            self._chains[state] = visits + 1
            return None
        chain = self._build_chain(state, seen) if seen else None
        self._chains[state] = chain if chain is not None else False
        del self._chain_seen[state]
        return chain

    def _may_chain(self, state: int) -> bool:
        """Whether `state` shifts a terminal that a chain could lex."""
        patterns = self.tables.patterns
        for terminal, act in self.actions[state].items():
            if act >= 0 and terminal in patterns and terminal not in _CHAIN_STOP and (
                terminal not in SCANNERS or terminal in LIGHT
            ):
                return True
        return False

    def _chainable_path(self, state: int, text: str, pos: int, end: int) -> tuple[str, ...]:
        """The terminals that follow `state` at `pos` as far as a chain could lex them (the
        state lexers' tokens, compound ones by their LIGHT pattern); only lexes."""
        path: list[str] = []
        actions = self.actions
        while len(path) < _CHAIN_DEPTH:
            lexer = self._matchers[state] or self.matcher(state)
            if isinstance(lexer, _SequentialLexer):
                m = lexer.peek(text, pos, end)  # (a use would bring its compilation closer)
            else:
                m = lexer(text, pos, end)
            if m is None:
                break
            name = m.lastgroup
            tpos = m.start(name)
            if name.endswith("__S"):
                # Its extent by the lexer's fast pattern (compiled already); where the
                # LIGHT one fails, the chain will stop there.
                terminal = name[:-3]
                fast = _FAST_MATCHERS.get(terminal, _MISSING)
                if fast is _MISSING:
                    fast = _fast_matcher(terminal)
                fm = fast(text, tpos, end) if fast is not None and terminal in LIGHT else None
                if fm is None:
                    break
                pos = fm.end()
            else:
                terminal = name
                pos = m.end()
            act = actions[state].get(terminal)
            if terminal in _CHAIN_STOP or act is None or act < 0:
                break
            path.append(terminal)
            state = act
        return tuple(path)

    def _chain_tokens(self, state: int) -> dict[str, tuple[str, int]]:
        """terminal -> (token regex, state after its shift) of each token a chain may lex
        in `state`: shifted there (not reduced), and lexed without a scanner."""
        actions = self.actions[state]
        terms = frozenset(t for t in actions if t.isupper() or t == END)
        alts = self._alternatives(terms)
        tokens = {}
        for k, (name, pattern) in enumerate(alts):
            if name.endswith("__S"):
                # A compound token by its small whole-token pattern (scanners.LIGHT): it
                # matches the extent the lexer's fast pattern would, or fails.
                terminal = name[:-3]
                light = LIGHT.get(terminal)
                if light is None:
                    continue
                token = f"(?={pattern})(?>{light})"
            else:
                terminal = name
                token = f"(?>{pattern})"
            if terminal in _CHAIN_STOP or "(?P" in pattern:
                continue
            act = actions.get(terminal)
            if act is None or act < 0:
                continue
            if k:
                # The lexer tries these first: none of them may match.
                token = "(?!" + "|".join(f"(?:{p})" for _, p in alts[:k]) + ")" + token
            tokens[terminal] = (token, act)
        return tokens

    def _build_chain(self, state: int, seen: set[tuple[str, ...]]) -> _Chain | None:
        """The chain of `state` for the token sequences `seen` after it (see _Chain)."""
        paths: dict[str, tuple[tuple[str, str, int], ...]] = {}

        def tree(s: int, prefix: tuple, suffixes: set[tuple[str, ...]]) -> str | None:
            tokens = self._chain_tokens(s)
            pieces = []
            for terminal in sorted({x[0] for x in suffixes}):
                if terminal not in tokens:
                    continue
                token, act = tokens[terminal]
                g = f"t{len(paths)}"
                path = prefix + ((g, terminal, act),)
                paths[g] = path
                rest = {x[1:] for x in suffixes if x[0] == terminal and len(x) > 1}
                more = tree(act, path, rest) if rest else None
                pieces.append(f"(?P<{g}>{token})" + (f"(?:{more})?" if more else ""))
            if not pieces:
                return None
            return _SKIP + "(?:" + "|".join(pieces) + ")"

        pattern = tree(state, (), seen)
        if pattern is None:
            return None
        return _Chain(regex_cache.compiled(pattern), paths)

    # ----------------------------------------------------------------- driving

    def parse(self, owner: Any, text: str, start: str, pos: int = 0, end: int | None = None) -> Any:
        """Parse text[pos:end] from the start symbol `start`; returns its callback's value.

        `owner` receives the callbacks; `owner.hooks` maps token types to shift hooks
        `hook(owner, text, pos)` (used at the file level only), and `owner.op_keyword`
        maps an op name to its keyword terminal.
        """
        if end is None:
            end = len(text)
        tables = self.tables
        actions = self.actions
        rule_lhs = self.rule_lhs
        rule_len = self.rule_len
        callbacks = self.callbacks
        matchers = self._matchers
        state = tables.start_states[start]
        end_state = tables.end_states[start]
        hooks = self._state_hooks(owner.hooks) if start == "file" else self._no_hooks
        chains = self._chains
        sample_from = _CHAIN_HOT - _CHAIN_SAMPLES
        slow_paths = SLOW_PATHS
        fast_matchers = _FAST_MATCHERS
        stack = [state]
        vals: list = []
        poss: list = []
        if start == "file":
            # Shift hooks may look at the tokens of the op being parsed.
            owner.vals = vals
            owner.poss = poss
        pending = None
        while True:
            # ---- lex one token in the current state
            if pending is not None:
                typ, val, tpos = pending
                pending = None
            else:
                match = matchers[state] or self.matcher(state)
                m = match(text, pos, end)
                if m is None:
                    raise self._error(owner, text, pos, end, None, stack, vals, poss)
                typ = m.lastgroup
                tpos = m.start(typ)
                if typ == "_END":
                    typ = END
                    val = None
                    pos = tpos
                else:
                    slow = slow_paths.get(typ)
                    if slow is None:
                        pos = m.end()
                    else:
                        typ, scan = slow
                        fast = fast_matchers.get(typ, _MISSING)
                        if fast is _MISSING:
                            fast = _fast_matcher(typ)
                        m = fast(text, tpos, end) if fast is not None else None
                        if m is not None:
                            pos = m.end()
                        else:
                            try:
                                pos = scan(text, tpos, end)
                            except ParseError:
                                # What is finished before this token reports first.
                                self._settle(owner, stack, vals, poss, None)
                                raise
                    val = text[tpos:pos]
                    if typ == OPSTART:
                        try:
                            kw = owner.op_keyword(val, tpos)
                        except ParseError:
                            # An unknown op name where no op may start: the syntax
                            # error comes first (`({} x)` expects ')').
                            if not self._takes(stack, "GENERIC_NAME"):
                                raise self._error(
                                    owner, text, tpos, end, None, stack, vals, poss
                                ) from None
                            self._settle(owner, stack, vals, poss, None)
                            raise
                        pending = (kw, val, tpos)
            # ---- reduce while the table says so, then shift
            while True:
                try:
                    act = actions[state][typ]
                except KeyError:
                    raise self._error(owner, text, tpos, end, typ, stack, vals, poss) from None
                if act >= 0:
                    break
                rule = ~act
                n = rule_len[rule]
                if n:
                    children = vals[-n:]
                    cposs = poss[-n:]
                    del vals[-n:]
                    del poss[-n:]
                    del stack[-n:]
                    p = cposs[0]
                else:
                    children = []
                    cposs = []
                    p = tpos
                cb = callbacks[rule]
                value = None if cb is None else cb(owner, children, cposs)
                state = actions[stack[-1]][rule_lhs[rule]]
                if state == end_state and typ == END:
                    return value
                stack.append(state)
                vals.append(value)
                poss.append(p)
            hook = hooks[act]
            if hook is None:
                stack.append(act)
                vals.append(val)
                poss.append(tpos)
                state = act
                continue
            val = hook(owner, val, tpos)
            stack.append(act)
            vals.append(val)
            poss.append(tpos)
            state = act
            # After an op's keyword (or a generic op's name, a dictionary...): the tokens
            # that follow in the op's syntax, lexed by one match (see _Chain).
            chain = chains[act]
            if chain is False:
                continue
            if chain.__class__ is int:
                if 0 < chain < sample_from:
                    chains[act] = chain + 1
                    continue
                chain = self._warm_chain(act, chain, text, pos, end)
                if chain is None:
                    continue
            cm = chain.match(text, pos, end)
            if cm is None:
                continue
            for g, _typ, state in chain.paths[cm.lastgroup]:
                tpos = cm.start(g)
                val = text[tpos:cm.end(g)]
                hook = hooks[state]
                if hook is not None:
                    val = hook(owner, val, tpos)
                stack.append(state)
                vals.append(val)
                poss.append(tpos)
            pos = cm.end()

    def _error(
        self, owner: Any, text: str, pos: int, end: int, typ: str | None,
        stack: list[int], vals: list, poss: list,
    ) -> ParseError:
        pos = re.compile(_SKIP).match(text, pos, end).end()  # type: ignore[union-attr]
        state = self._settle(owner, stack, vals, poss, typ)
        earlier = getattr(owner, "earlier_type_error", None)
        if earlier is not None and vals is getattr(owner, "vals", None):
            error = earlier(pos)
            if error is not None:
                return error
        message = self.describe(self, state, typ, text, pos, end)
        if isinstance(message, ParseError):
            return message
        if pos >= end:
            # The end of a compound token's text is not the end of the input: upstream
            # sees the next token of the file there.
            pos = re.compile(_SKIP).match(text, end).end()  # type: ignore[union-attr]
        return ParseError(wrong_token_position(text, pos, len(text)), message)

    def _takes(self, stack: list[int], typ: str) -> bool:
        """Whether the parser would shift `typ` after the reductions it makes on it."""
        actions = self.actions
        stack = list(stack)
        while True:
            act = actions[stack[-1]].get(typ)
            if act is None:
                return False
            if act >= 0:
                return True
            rule = ~act
            n = self.tables.rule_len[rule]
            if n:
                del stack[-n:]
            goto = actions[stack[-1]].get(self.tables.rule_lhs[rule])
            if goto is None:
                return False
            stack.append(goto)

    def _settle(self, owner: Any, stack: list, vals: list, poss: list, typ: str | None) -> int:
        """Before reporting an unexpected token, make the reductions the state would make
        whatever the lookahead (a state whose only reduction is one rule), with their
        callbacks: a recursive-descent parser like upstream's has finished what it parsed
        before it looks at the next token, so the semantic errors of the finished parts
        come first (`use of undeclared identifier`), and the error is worded by the rule
        really being parsed (`expected ')' in location` after a complete location)."""
        stack, vals, poss = list(stack), list(vals), list(poss)
        actions = self.actions
        for _ in range(1000):
            row = actions[stack[-1]]
            if typ is not None and typ in row:
                break
            reduces = {a for a in row.values() if a < 0}
            if len(reduces) != 1:
                break
            rule = ~reduces.pop()
            n = self.rule_len[rule]
            if n >= len(stack) or self.rule_lhs[rule] in self.tables.start_states:
                break
            goto = actions[stack[-1 - n]].get(self.rule_lhs[rule])
            if goto is None:
                break
            children, cposs = (vals[-n:], poss[-n:]) if n else ([], [])
            p = cposs[0] if n else (poss[-1] if poss else 0)
            if n:
                del vals[-n:], poss[-n:], stack[-n:]
            cb = self.callbacks[rule]
            vals.append(None if cb is None else cb(owner, children, cposs))
            poss.append(p)
            stack.append(goto)
        return stack[-1]

    def expected_terminals(self, state: int) -> list[str]:
        """Terminals acceptable in `state`."""
        return [t for t in self.actions[state] if t.isupper() or t == END]
