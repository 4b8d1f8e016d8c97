// Nested regions: scf.if/for bodies, constants hoisted out of them, CSE across them.
func.func @loops(%n: index, %a: i32, %c: i1) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %init = arith.constant 0 : i32
  %0 = arith.addi %a, %a : i32
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (i32) {
    %k = arith.constant 4 : i32
    %1 = arith.addi %a, %a : i32
    %2 = arith.muli %1, %k : i32
    %3 = arith.addi %acc, %2 : i32
    scf.yield %3 : i32
  }
  %s = scf.if %c -> (i32) {
    %4 = arith.addi %a, %a : i32
    scf.yield %4 : i32
  } else {
    %k2 = arith.constant 4 : i32
    scf.yield %k2 : i32
  }
  %5 = arith.addi %r, %s : i32
  %6 = arith.addi %5, %0 : i32
  return %6 : i32
}
