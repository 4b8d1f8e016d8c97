"""The parser's fast paths for block labels and attribute dictionaries give what the
grammar gives, and leave everything else (and every error) to the grammar."""

import pytest

from mliropt.ir.context import Context
from mliropt.ir.diagnostics import MLIRError
from mliropt.syntax.errors import ParseError
from mliropt.syntax.parser import SourceParser, parse_source


def _parser(text: str) -> SourceParser:
    return SourceParser(Context(None), text, "t.mlir")


def _grammar(sp: SourceParser, start: str, text: str) -> object:
    pos = sp.text.index(text)
    try:
        return sp.parse_text(start, pos, pos + len(text))
    except (ParseError, MLIRError) as e:
        return ("error", type(e).__name__)


LABELS = [
    ("^bb0:", True),
    ("^bb1(%a: i32):", True),
    ("^bb2(%a: i32, %b : f32,%c:index):", True),
    ("^bb3(%m: memref<64xf32>, %t: tensor<?x4xf32>):", True),
    ("^bb4(%v: vector<[4]xf32>):", False),
    ("^bb5(%m: memref<4xf32, strided<[1]>>):", False),
    ("^bb6(%a: i32 loc(\"x.mlir\":1:2)):", False),
    ("^bb7(%a: !llvm.ptr):", False),
    ("^bb8(%f: (i32) -> i32):", False),
    ("^bb9(%a: i32, // comment\n %b: i32):", False),
    ("^bb10 (%a: i32):", False),
    ("^bb11(%a: i33x):", False),
    ("^bb12(%a: memref<?xq32>):", False),
]


@pytest.mark.parametrize(("label", "fast"), LABELS)
def test_block_label_fast_path_matches_grammar(label: str, fast: bool) -> None:
    """Labels of plain types take the fast path with the grammar's result; the others
    (and labels whose types do not convert) are left to the grammar."""
    sp = _parser(label + "\n")
    pos = sp.text.index(label)
    quick = sp._simple_label(label, pos)
    assert (quick is not None) == fast
    if quick is not None:
        assert quick == _grammar(sp, "label_text", label)


DICTS = [
    ("{a = 1 : i32}", True),
    ("{b = \"x\", a = 2}", True),
    ("<{function_type = (i32, f32) -> (i32, f32), sym_name = \"f0\"}>", True),
    ("<{overflowFlags = #arith.overflow<none>}>", True),
    ("{m = affine_map<(d0) -> (d0 + 1)>, n = [1, [2, 3]], o = {p}, q = array<i32: 1, 2>}", True),
    ("{f = (i32) -> i32, g = dense<[1, 2]> : tensor<2xi32>}", True),
    ("{s = \"a,b}\\\"c\"}", True),
    ("{u}", False),
    ("{\"quoted\" = 1}", False),
    ("{a = 1, a = 2}", False),
    ("{a = 1 // comment\n}", False),
    ("{set = affine_set<(d0) : (d0 - 1 >= 0)>}", False),
    ("{a = 1 : i33x}", False),
    ("{a = #undefined_alias}", False),
    ("{}", False),
    ("<{}>", False),
    ("<{p = 1 : i32}", False),
    ("{p = 1 : i32", False),
]


@pytest.mark.parametrize(("text", "fast"), DICTS)
def test_dict_fast_path_matches_grammar(text: str, fast: bool) -> None:
    """`name = value` dictionaries take the fast path with the grammar's result; unit or
    quoted names, comments, duplicates, `>=` and values that do not convert do not."""
    sp = _parser(text + "\n")
    pos = sp.text.index(text)
    quick = sp._simple_dict(text, pos)
    assert (quick is not None) == fast
    if quick is not None:
        start = "props_text" if text.startswith("<") else "dict_text"
        assert quick == _grammar(sp, start, text)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("\"test.op\"() {a = 1, a = 2} : () -> ()\n", "duplicate key 'a' in dictionary attribute"),
        ("\"test.op\"() {a = 1 : i33x} : () -> ()\n", ""),
        ("func.func @f() {\n^bb1(%a: i32, %a: i32):\n  return\n}\n", "redefinition of SSA value"),
    ],
)
def test_errors_still_come_from_the_grammar(source: str, message: str) -> None:
    """An input the fast paths decline is reported as before: the diagnostic at the
    grammar's position."""
    ctx = Context(allow_unregistered=True)
    with pytest.raises(MLIRError) as info:
        parse_source(ctx, source, "t.mlir")
    assert message in str(info.value.diagnostic.message)


@pytest.mark.parametrize(
    "text",
    [
        'loc("model.py":3:33)',
        'loc("":0:0)',
        'loc("a\\"b.py":1:2)',
        'loc("f.py":7)',
        'loc("f.py":1:2 to 3:4)',
        'loc( "f.py":1:2)',
        'loc("name")',
        'loc(unknown)',
        'loc(callsite("a":1:2 at "b":3:4))',
    ],
)
def test_location_fast_path_matches_grammar(text: str) -> None:
    """A trailing location converts to the grammar's Location (plain `"file":line:col`
    directly, the others through loc_text)."""
    sp = _parser(text + "\n")
    assert sp.location_of(text, 0) == _grammar(sp, "loc_text", text)
