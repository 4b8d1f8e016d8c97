func.func @w(%x: i32, %n: i32) -> i32 {
  %r = scf.while (%a = %x) : (i32) -> i32 {
    %c = arith.cmpi slt, %a, %n : i32
    scf.condition(%c) %a : i32
  } do {
  ^bb0(%b: i32):
    %b2 = arith.addi %b, %b : i32
    scf.yield %b2 : i32
  }
  %d = scf.while (%a = %x) : (i32) -> i32 {
    %c = arith.cmpi slt, %a, %n : i32
    %a2 = arith.addi %a, %a : i32
    scf.condition(%c) %a2 : i32
  } do {
  ^bb0(%b: i32):
    scf.yield %b : i32
  }
  %e = scf.execute_region -> i32 {
    %q = arith.addi %r, %d : i32
    scf.yield %q : i32
  }
  return %e : i32
}
func.func @s(%i: index, %x: i32) -> i32 {
  %r = scf.index_switch %i -> i32
  case 2 {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  }
  case 5 {
    scf.yield %x : i32
  }
  default {
    %b = arith.muli %x, %x : i32
    scf.yield %b : i32
  }
  return %r : i32
}
func.func @p(%lb: index, %ub: index, %st: index, %x: f32) -> f32 {
  %r = scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%st, %st) init (%x) -> f32 {
    %v = arith.addf %x, %x : f32
    scf.reduce(%v : f32) {
    ^bb0(%a: f32, %b: f32):
      %s = arith.addf %a, %b : f32
      scf.reduce.return %s : f32
    }
  }
  scf.parallel (%i) = (%lb) to (%ub) step (%st) {
    "test.op"(%i) : (index) -> ()
  }
  scf.forall (%i, %j) in (4, %ub) {
    "test.op"(%i, %j) : (index, index) -> ()
  }
  return %r : f32
}
