func.func @f(%lb: index, %ub: index, %st: index, %x: f32) -> f32 {
  %r = scf.for %i = %lb to %ub step %st iter_args(%acc = %x) -> (f32) {
    %a = arith.addf %acc, %acc : f32
    scf.yield %a : f32
  }
  scf.for %j = %lb to %ub step %st {
    scf.for %k = %lb to %ub step %st {
      "test.op"(%j, %k) : (index, index) -> ()
    }
  }
  return %r : f32
}
func.func @g(%c: i1, %x: i32) -> i32 {
  %r = scf.if %c -> (i32) {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  } else {
    scf.yield %x : i32
  }
  scf.if %c {
    "test.op"() : () -> ()
  }
  return %r : i32
}
