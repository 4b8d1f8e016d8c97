"""Parsed ops and block arguments keep a source offset as their location until it is
first asked for; then it is the FileLineColLoc of that offset."""

from mliropt.ir.context import Context
from mliropt.ir.location import FileLineColLoc
from mliropt.syntax.parser import parse_source

TEXT = "func.func @f(%a: i32) {\n  cf.br ^bb1(%a : i32)\n^bb1(%b: i32):\n  return\n}\n"


def test_block_argument_locations_resolve_on_first_use() -> None:
    """Entry and label arguments: an offset first, their line:column on access."""
    module = parse_source(Context(), TEXT, "t.mlir")
    func = module.regions[0].blocks[0].first
    entry, label = func.regions[0].blocks
    a, b = entry.args[0], label.args[0]
    assert a._loc.__class__ is int and b._loc.__class__ is int
    assert a.location == FileLineColLoc("t.mlir", 1, 14)
    assert b.location == FileLineColLoc("t.mlir", 3, 6)
    assert a._loc is a.location  # resolved once
    a.location = FileLineColLoc("u.mlir", 9, 9)
    assert a.location == FileLineColLoc("u.mlir", 9, 9)
