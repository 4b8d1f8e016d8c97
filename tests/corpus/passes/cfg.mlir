func.func @unreachable(%a: i32, %c: i1) -> i32 {
  cf.cond_br %c, ^bb2(%a : i32), ^bb3
^bb1(%x: i32):
  %y = arith.addi %x, %x : i32
  cf.br ^bb2(%y : i32)
^bb3:
  %w = arith.muli %a, %a : i32
  cf.br ^bb2(%w : i32)
^bb2(%z: i32):
  return %z : i32
}
// -----
func.func @merge(%c: i1, %d: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb3
^bb1:
  %0 = arith.muli %a, %a : i32
  %1 = arith.addi %0, %a : i32
  return %1 : i32
^bb3:
  cf.cond_br %d, ^bb2, ^bb4
^bb2:
  %2 = arith.muli %b, %b : i32
  %3 = arith.addi %2, %b : i32
  return %3 : i32
^bb4:
  return %a : i32
}
// -----
func.func @redundant_arg(%c: i1, %d: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a, %b : i32, i32), ^bb3
^bb3:
  cf.cond_br %d, ^bb1(%a, %a : i32, i32), ^bb4
^bb1(%x: i32, %y: i32):
  %0 = arith.subi %x, %y : i32
  return %0 : i32
^bb4:
  return %b : i32
}
// -----
func.func @switch_dead_args(%f: i32, %a: i32, %b: i64) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1(%a, %b : i32, i64),
    4: ^bb2(%b, %a : i64, i32),
    7: ^bb3(%b : i64)
  ]
^bb1(%x: i32, %y: i64):
  return %x : i32
^bb2(%p: i64, %q: i32):
  %r = arith.addi %q, %q : i32
  return %r : i32
^bb3(%s: i64):
  %t = arith.trunci %s : i64 to i32
  return %t : i32
}
