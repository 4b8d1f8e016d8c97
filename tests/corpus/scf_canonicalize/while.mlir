// scf.while canonicalizations: loop-invariant arguments and values, unused results and arguments.
func.func private @side() -> i1
func.func @while_unused(%x: i32) {
  %r:2 = scf.while (%a = %x) : (i32) -> (i32, i32) {
    %c = func.call @side() : () -> i1
    scf.condition(%c) %a, %a : i32, i32
  } do {
  ^bb0(%b: i32, %d: i32):
    scf.yield %b : i32
  }
  return
}
func.func @while_partial(%x: i32, %y: f32) -> i32 {
  %r:2 = scf.while (%a = %x, %f = %y) : (i32, f32) -> (i32, f32) {
    %c = func.call @side() : () -> i1
    scf.condition(%c) %a, %f : i32, f32
  } do {
  ^bb0(%b: i32, %g: f32):
    %n = arith.addi %b, %b : i32
    scf.yield %n, %g : i32, f32
  }
  return %r#0 : i32
}
