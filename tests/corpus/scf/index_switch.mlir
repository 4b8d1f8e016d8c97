func.func @index_switch(%i: index, %a: i32, %b: i32) -> i32 {
  %r = scf.index_switch %i {extra = 2 : i32} -> i32
  case 0 {
    scf.yield %a : i32
  }
  case -7 {
    %s = arith.addi %a, %b : i32
    scf.yield %s : i32
  }
  default {
    scf.yield %b : i32
  }
  scf.index_switch %i
  default {
  }
  return %r : i32
}
