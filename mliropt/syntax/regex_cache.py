"""Compiled regular expressions kept across runs.

The lexer's patterns are large (a state's alternatives, the whole-token fast patterns,
the chains): compiling them is most of what a first parse costs on a small input. `re`
parses a pattern into SRE code (a list of ints) in Python, then builds the matcher from
that code in C. This module stores the code of each pattern it compiles in the cache
directory, next to the parse tables, and the next run builds the matcher from it
directly. The store is keyed by the interpreter's version and SRE's magic number, so a
code list is only ever given to the SRE engine that produced it; any difficulty (an
unreadable store, another interpreter, a private API that moved) falls back to
`re.compile`.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import zlib
from array import array
from typing import Any

try:  # CPython's private regex engine interfaces (present in 3.11 to 3.13)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _ENGINE = f"{sys.implementation.name} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}"
except (ImportError, AttributeError):  # another implementation: plain re.compile
    _sre = None  # type: ignore[assignment]
    _ENGINE = ""

# SRE code words (CODESIZE bytes each), stored as bytes: reading them is a copy.
_CODE_TYPE = {4: "I", 8: "Q"}.get(_sre.CODESIZE, "") if _ENGINE else ""
# (pattern, flags) -> (flags, code, groups, groupindex, indexgroup): _sre.compile's
# arguments. None until the store is read.
_store: dict[tuple[str, int], tuple] | None = None
_added: dict[tuple[str, int], tuple] = {}
_used: set[tuple[str, int]] = set()
# A store that grows past this (chains depend on the inputs seen) is cut back to the
# entries of the run that saves it.
_MAX_ENTRIES = 3000


def _store_path() -> str:
    from mliropt.syntax.lalr import cache_dir

    # The engine's facts that a name can hold in clear, and a checksum of the rest (the
    # full version string); no hashlib import at start.
    tag = f"{sys.implementation.cache_tag}-{zlib.crc32(_ENGINE.encode()):08x}"
    return os.path.join(cache_dir(), f"regex-{tag}.marshal")


def _load() -> dict[tuple[str, int], tuple]:
    try:
        with open(_store_path(), "rb") as f:
            data = marshal.loads(f.read())
        if isinstance(data, dict):
            return data
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return {}


def _code_of(pattern: str, flags: int) -> tuple:
    """What `re._compiler.compile` hands to `_sre.compile` for `pattern`."""
    p = _parser.parse(pattern, flags)
    code = array(_CODE_TYPE, _compiler._code(p, flags)).tobytes()
    groupindex = p.state.groupdict
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | p.state.flags, code, p.state.groups - 1, dict(groupindex), tuple(indexgroup))


def _entries() -> dict[tuple[str, int], tuple]:
    """The store, read on first use."""
    global _store
    if _store is None:
        _store = _load()
    return _store


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the stored code when a run compiled it before."""
    if not _CODE_TYPE:
        return re.compile(pattern, flags)
    flags = int(flags)  # a RegexFlag is not marshallable
    key = (pattern, flags)
    store = _entries()
    args = store.get(key)
    _used.add(key)
    try:
        if args is None:
            args = _code_of(pattern, flags)
            store[key] = _added[key] = args
            if len(_added) == 1:
                atexit.register(save)
        final_flags, code, groups, groupindex, indexgroup = args
        return _sre.compile(
            pattern, final_flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup
        )
    except Exception:  # a stored entry of an unexpected shape, an API that changed
        store.pop(key, None)
        _added.pop(key, None)
        return re.compile(pattern, flags)


def stored(pattern: str, flags: int = 0) -> bool:
    """Whether an earlier run compiled `pattern` (so that compiling it now is cheap)."""
    return bool(_CODE_TYPE) and (pattern, int(flags)) in _entries()


def save() -> None:
    """Add this run's new patterns to the store (merged with what other runs wrote)."""
    if not _added:
        return
    path = _store_path()
    data = _load()
    data.update(_added)
    if len(data) > _MAX_ENTRIES:
        data = {k: v for k, v in data.items() if k in _used}
    _added.clear()
    from mliropt.syntax.lalr import write_cache_file

    write_cache_file(path, data)


def compiled(pattern: str, flags: int = 0) -> Any:
    """The `match` method of `compile(pattern, flags)`."""
    return compile(pattern, flags).match
