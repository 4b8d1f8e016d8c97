func.func @for_loops(%lb: index, %ub: index, %s: index, %x: f32, %l: i32, %u: i32, %t: i32) -> f32 {
  scf.for %iv = %lb to %ub step %s {
    %y = arith.index_cast %iv : index to i32
  }
  %sum = scf.for %iv = %lb to %ub step %s iter_args(%acc = %x) -> (f32) {
    %n = arith.addf %acc, %x : f32
    scf.yield %n : f32
  }
  %p:2 = scf.for unsigned %iv = %l to %u step %t iter_args(%a = %sum, %b = %l) -> (f32, i32) : i32 {
    %q = arith.addi %b, %iv : i32
    scf.yield %a, %q : f32, i32
  } {loop.tag}
  scf.for %iv = %l to %u step %t : i32 {
  }
  return %p#0 : f32
}
