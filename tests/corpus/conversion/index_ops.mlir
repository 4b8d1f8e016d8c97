func.func @f(%a: index, %b: index, %c: i32) -> (index, i1, i64) {
  %0 = index.ceildivs %a, %b
  %1 = index.ceildivu %a, %b
  %2 = index.floordivs %a, %b
  %3 = index.cmp slt(%a, %b)
  %4 = index.casts %c : i32 to index
  %5 = index.castu %a : index to i64
  %6 = index.constant 5
  %7 = index.bool.constant true
  %8 = index.sizeof
  %9 = index.add %0, %1
  return %9, %3, %5 : index, i1, i64
}
