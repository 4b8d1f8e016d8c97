// Index arithmetic in loops of blocks, constants reused and renamed.
func.func @sum_to(%n: index) -> index {
  %c0 = index.constant 0
  %c1 = index.constant 1
  cf.br ^loop(%c0, %c0 : index, index)
^loop(%i: index, %acc: index):
  %done = index.cmp sge(%i, %n)
  cf.cond_br %done, ^exit(%acc : index), ^body
^body:
  %next_acc = index.add %acc, %i
  %next_i = index.add %i, %c1
  cf.br ^loop(%next_i, %next_acc : index, index)
^exit(%r: index):
  return %r : index
}

func.func @same_constants() -> (index, index, index, i1, i1, i1) {
  %a = index.constant 1
  %b = index.constant 1
  %c = index.constant 1
  %t0 = index.bool.constant true
  %t1 = index.bool.constant true
  %f0 = index.bool.constant false
  return %a, %b, %c, %t0, %t1, %f0 : index, index, index, i1, i1, i1
}

func.func @mixed(%x: index, %y: index, %w: i64) -> (i64, index) {
  %0 = index.ceildivs %x, %y
  %1 = index.floordivs %0, %y
  %2 = index.maxu %1, %x
  %3 = index.castu %w : i64 to index
  %4 = index.shl %2, %3
  %5 = index.casts %4 : index to i64
  %6 = index.sizeof
  %7 = index.mul %6, %4 {some.attr = [1, 2]}
  return %5, %7 : i64, index
}

func.func @compare_all(%x: index) -> (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) {
  %c = index.constant -3
  %0 = index.cmp eq(%x, %c)
  %1 = index.cmp ne(%c, %x)
  %2 = index.cmp slt(%x, %c)
  %3 = index.cmp sle(%x, %c)
  %4 = index.cmp sgt(%x, %c)
  %5 = index.cmp sge(%x, %c)
  %6 = index.cmp ult(%x, %c)
  %7 = index.cmp ule(%x, %c)
  %8 = index.cmp ugt(%x, %c)
  %9 = index.cmp uge(%x, %c)
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : i1, i1, i1, i1, i1, i1, i1, i1, i1, i1
}
