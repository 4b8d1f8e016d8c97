func.func @loops(%lb: index, %ub: index, %m: memref<?xf32>) -> f32 {
  %init = arith.constant 0.0 : f32
  %step = arith.constant 1 : index
  %sum = scf.for %i = %lb to %ub step %step iter_args(%acc = %init) -> f32 {
    %x = memref.load %m[%i] : memref<?xf32>
    %c = arith.cmpf ogt, %x, %acc : f32
    %r = scf.if %c -> f32 {
      scf.yield %x : f32
    } else {
      %y = arith.addf %acc, %x : f32
      scf.yield %y : f32
    }
    scf.yield %r : f32
  }
  %w = scf.while (%arg = %lb) : (index) -> index {
    %cond = arith.cmpi slt, %arg, %ub : index
    scf.condition(%cond) %arg : index
  } do {
  ^bb0(%arg2: index):
    %next = arith.addi %arg2, %step : index
    scf.yield %next : index
  }
  scf.parallel (%i) = (%lb) to (%ub) step (%step) {
    memref.store %init, %m[%i] : memref<?xf32>
  }
  return %sum : f32
}
func.func @branches(%flag: i32, %x: i64) -> i64 {
  cf.switch %flag : i32, [
    default: ^bb1(%x : i64),
    0: ^bb2,
    7: ^bb1(%x : i64)
  ]
^bb1(%v: i64):
  %c = arith.constant 1 : i64
  %r = arith.addi %v, %c : i64
  cf.br ^bb2
^bb2:
  %t = arith.constant true
  cf.assert %t, "never fails"
  return %x : i64
}
func.func private @ext(f32, i64) -> (f32, i64)
func.func @calls(%a: f32, %b: i64) -> f32 {
  %r:2 = call @ext(%a, %b) : (f32, i64) -> (f32, i64)
  %f = constant @ext : (f32, i64) -> (f32, i64)
  %s:2 = call_indirect %f(%a, %b) : (f32, i64) -> (f32, i64)
  return %r#0 : f32
}
