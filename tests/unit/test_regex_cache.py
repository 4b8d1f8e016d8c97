"""The regex store: patterns rebuilt from stored SRE code behave as re.compile's."""

from __future__ import annotations

import os
import re

import pytest

from mliropt.syntax import regex_cache

PATTERNS = [
    (r"[ \t\n]*(?:(?P<A>%[\w$.]+)|(?P<B>\^bb\d+)|(?P<_END>$))", 0),
    (r"(?P<x>arith\.addi)(?![\w$.])\s*(?P<y>[^,]+),", 0),
    (r"(?i)hello|WORLD", 0),
    (r"a.b", re.DOTALL),
    (r"(?:\"(?:[^\"\\]|\\.)*\")+", 0),
]
SAMPLES = ["%v1 = x", "  ^bb3", "", "arith.addi %a, %b", "HeLLo", "a\nb", '"q\\"x"', "zzz"]


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """An empty store in a temporary cache directory; returns a function that forgets
    what this process read or added (as a new run would)."""
    monkeypatch.setenv("PYMLIR_OPT_CACHE_DIR", str(tmp_path))

    def new_run() -> None:
        regex_cache._store = None
        regex_cache._added.clear()
        regex_cache._used.clear()

    new_run()
    yield new_run
    new_run()


def _facts(p: re.Pattern) -> tuple:
    return p.pattern, p.flags, p.groups, p.groupindex


def _seen(m: re.Match) -> tuple:
    return m.span(), m.lastgroup, m.groups()


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert _facts(a) == _facts(b)
    for text in SAMPLES:
        for pos in range(len(text) + 1):
            ma, mb = a.match(text, pos), b.match(text, pos)
            assert (ma is None) == (mb is None)
            if ma is not None:
                assert _seen(ma) == _seen(mb)


def test_compiled_then_stored_then_loaded_matches_like_re(fresh_store):
    for pattern, flags in PATTERNS:
        _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))
    regex_cache.save()
    fresh_store()
    stored = regex_cache._load()
    assert set(stored) == set(PATTERNS)
    for pattern, flags in PATTERNS:
        _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))
    assert not regex_cache._added  # every one came from the store


def test_unreadable_or_wrong_store_falls_back_to_re(fresh_store):
    with open(regex_cache._store_path(), "wb") as f:
        f.write(b"not marshal data")
    pattern, flags = PATTERNS[0]
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))
    fresh_store()
    regex_cache._store = {(pattern, flags): ("bad", "shape")}
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))


def test_a_store_past_its_bound_keeps_the_saving_run_entries(fresh_store, monkeypatch):
    for pattern, flags in PATTERNS:
        regex_cache.compile(pattern, flags)
    regex_cache.save()
    fresh_store()
    monkeypatch.setattr(regex_cache, "_MAX_ENTRIES", 2)
    regex_cache.compile(PATTERNS[0][0], PATTERNS[0][1])  # used, from the store
    regex_cache.compile("new(pattern)", 0)  # added
    regex_cache.save()
    assert set(regex_cache._load()) == {PATTERNS[0], ("new(pattern)", 0)}
    assert not [n for n in os.listdir(os.path.dirname(regex_cache._store_path()))
                if n.startswith(".tmp-")]
