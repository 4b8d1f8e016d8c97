// Folding, constant uniquing, dead code and common subexpressions in one function.
func.func @mix(%a: i32, %b: i32, %f: f32) -> (i32, i32, f32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %0 = arith.addi %a, %c0 : i32
  %1 = arith.muli %0, %c1 : i32
  %2 = arith.addi %b, %a : i32
  %3 = arith.addi %a, %b : i32
  %4 = arith.muli %2, %3 : i32
  %c3b = arith.constant 3 : i32
  %5 = arith.addi %4, %c3b : i32
  %6 = arith.addi %c1, %c3 : i32
  %7 = arith.shli %5, %6 : i32
  %cf = arith.constant 2.0 : f32
  %8 = arith.mulf %f, %cf : f32
  %9 = arith.mulf %f, %cf : f32
  %10 = arith.addf %8, %9 : f32
  %11 = math.sqrt %10 : f32
  %dead = math.exp %f : f32
  return %1, %7, %11 : i32, i32, f32
}

func.func @cmp(%a: i32) -> (i1, i1, i32) {
  %0 = arith.cmpi eq, %a, %a : i32
  %1 = arith.cmpi slt, %a, %a : i32
  %2 = arith.select %0, %a, %a : i32
  return %0, %1, %2 : i1, i1, i32
}
