"""The composed-grammar cache: a bundle file is used only by a run with the very sources
that wrote it (the whole stamp is compared, not only the checksum in its name), and its
stored tables key is the grammar's."""

import marshal

import pytest

import mliropt.syntax.grammar as grammar
from mliropt.ir.context import Context
from mliropt.syntax import lalr

DIALECTS = ("arith", "builtin")


@pytest.fixture
def ctx(tmp_path, monkeypatch):
    monkeypatch.setenv("PYMLIR_OPT_CACHE_DIR", str(tmp_path))
    return Context()


def test_a_saved_bundle_is_loaded_with_its_tables_key(ctx):
    grammar._save_bundle_meta(ctx, DIALECTS, {"arith.addi": "OP_ARITH_ADDI"}, "text", "k1")
    assert grammar._load_bundle_meta(ctx, DIALECTS) == (
        {"arith.addi": "OP_ARITH_ADDI"}, "text", "k1"
    )


def test_a_bundle_of_other_sources_or_format_is_not_used(ctx):
    path = grammar._bundle_meta_path(ctx, DIALECTS)
    with open(path, "wb") as f:
        marshal.dump(("other sources", {}, "text", "k1"), f)
    assert grammar._load_bundle_meta(ctx, DIALECTS) is None
    with open(path, "wb") as f:
        marshal.dump(({}, "text"), f)  # the format before the tables key was stored
    assert grammar._load_bundle_meta(ctx, DIALECTS) is None


def test_a_parser_bundle_stores_the_key_of_its_grammar(ctx, monkeypatch):
    monkeypatch.setattr(grammar, "_BUNDLES", {})
    bundle = grammar.ParserBundle(ctx, ("builtin",))
    _, text, key = grammar._load_bundle_meta(ctx, ("builtin",))
    assert text == bundle.grammar_text and key == lalr.tables_key(text, grammar.STARTS)
