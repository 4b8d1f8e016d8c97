func.func @while_loops(%init: i32, %lim: i32) -> i32 {
  %r = scf.while (%v = %init) : (i32) -> i32 {
    %c = arith.cmpi slt, %v, %lim : i32
    scf.condition(%c) %v : i32
  } do {
  ^bb0(%w: i32):
    %one = arith.constant 1 : i32
    %n = arith.addi %w, %one : i32
    scf.yield %n : i32
  } attributes {note = 1 : i64}
  %f = arith.constant false
  scf.while : () -> () {
    scf.condition(%f)
  } do {
    scf.yield
  }
  %d:2 = scf.while (%a = %init, %b = %lim) : (i32, i32) -> (i32, i1) {
    %c = arith.cmpi eq, %a, %b : i32
    scf.condition(%c) %a, %c : i32, i1
  } do {
  ^bb0(%x: i32, %y: i1):
    scf.yield %x, %x : i32, i32
  }
  return %r : i32
}
