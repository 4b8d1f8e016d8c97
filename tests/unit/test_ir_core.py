"""The IR core's Python API: blocks as linked lists with an op order, use-lists,
walk, clone with a value mapping, erase with use checks, builders and symbol tables."""

import pytest

from mliropt.ir import types as T
from mliropt.ir.builder import Builder
from mliropt.ir.context import Context
from mliropt.ir.operation import Block, IRError, Region
from mliropt.ir.symbol_table import SymbolTable
from mliropt.syntax.parser import parse_source
from mliropt.syntax.printer import PrintOptions, print_operation

SOURCE = """
func.func @f(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  %1 = arith.muli %0, %0 : i32
  %2 = arith.subi %1, %a : i32
  return %2 : i32
}
func.func private @g(i32) -> i32
"""


def _module():
    return parse_source(Context(), SOURCE, "t.mlir")


def _body(module):
    func = module.regions[0].blocks[0].first
    return func, func.regions[0].blocks[0]


def _names(block):
    return [op.name for op in block.ops]


def _in_order(block):
    ops = list(block.ops)
    if not block._order_valid:
        block._renumber()
    return all(a._order < b._order for a, b in zip(ops, ops[1:]))


def test_a_parsed_block_is_numbered_in_order_as_it_is_built():
    _, body = _body(_module())
    assert body._order_valid
    assert [op._order for op in body.ops] == [0, 1, 2, 3]
    add, mul, sub, ret = body.ops
    assert add.is_before_in_block(ret) and not sub.is_before_in_block(mul)


def test_insert_erase_and_move_keep_the_list_and_the_order():
    _, body = _body(_module())
    add, mul, sub, ret = body.ops
    sub.move_before(mul)
    assert _names(body) == ["arith.addi", "arith.subi", "arith.muli", "func.return"]
    assert _in_order(body) and sub.is_before_in_block(mul)
    mul.detach()
    assert _names(body) == ["arith.addi", "arith.subi", "func.return"]
    assert body.last is ret and ret.prev is sub and sub.prev is add and body.first is add
    body.append(mul)  # appended after a detach: the order is still increasing
    assert body.last is mul and _in_order(body) and ret.is_before_in_block(mul)


def test_use_lists_follow_operands_and_replacement():
    _, body = _body(_module())
    add, mul, sub, ret = body.ops
    assert add.results[0].users == [mul, mul]
    sub.replace_all_uses_with([add.results[0]])
    assert ret.operand(0) is add.results[0] and not sub.results[0].has_uses
    assert sorted(u.index for u in add.results[0].uses) == [0, 0, 1]


def test_erase_refuses_an_op_whose_results_are_used():
    _, body = _body(_module())
    add, mul, _, _ = body.ops
    with pytest.raises(IRError, match="still has uses"):
        add.erase()
    mul.replace_all_uses_with([add.results[0]])
    mul.erase()
    assert "arith.muli" not in _names(body)
    assert [u.owner.name for u in add.results[0].uses] == ["arith.subi"]


def test_walk_visits_children_before_parents_or_after():
    module = _module()
    post = [op.name for op in module.walk()]
    pre = [op.name for op in module.walk(post_order=False)]
    assert post[-1] == "builtin.module" and pre[0] == "builtin.module"
    assert post.index("func.return") < post.index("func.func")
    assert pre.index("func.func") < pre.index("arith.addi")


def test_clone_maps_values_and_prints_the_same():
    module = _module()
    func, _ = _body(module)
    mapping: dict = {}
    copy = func.clone(mapping)
    options = PrintOptions()
    assert print_operation(copy, options) == print_operation(func, options)
    old_body, new_body = func.regions[0].blocks[0], copy.regions[0].blocks[0]
    assert mapping[old_body.args[0]] is new_body.args[0]
    assert new_body.first.operand(0) is new_body.args[0]  # not the original's argument


def test_builder_inserts_at_its_insertion_point():
    module = _module()
    _, body = _body(module)
    add, mul, _, ret = body.ops
    builder = Builder()
    builder.set_insertion_point_after(add)
    new = builder.create(type(mul), [add.results[0], add.results[0]], [T.IntegerType(32)])
    assert list(body.ops)[1] is new and _in_order(body)
    builder.set_insertion_point_to_end(Block())
    point = builder.save()
    builder.set_insertion_point(ret)
    builder.restore(point)
    assert builder.block is point[0] and builder.before is None


def test_symbol_table_looks_up_and_erases_symbols():
    module = _module()
    table = SymbolTable(module)
    assert table.lookup("f").name == "func.func" and table.lookup("g") is not None
    table.erase(table.lookup("g"))
    assert table.lookup("g") is None
    assert [op.name for op in module.regions[0].blocks[0].ops] == ["func.func"]


def test_a_region_holds_its_blocks_in_order():
    region = Region()
    b0, b1 = region.add_block(Block()), region.add_block(Block([T.IntegerType(1)]))
    b_mid = region.insert_block(1, Block())
    assert region.blocks == [b0, b_mid, b1] and b1.args[0].type == T.IntegerType(1)
