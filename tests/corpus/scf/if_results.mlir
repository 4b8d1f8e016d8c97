func.func @if_results(%c: i1, %x: f32, %i: i32) -> (f32, i32) {
  %r:2 = scf.if %c -> (f32, i32) {
    scf.yield %x, %i : f32, i32
  } else {
    %n = arith.negf %x : f32
    scf.yield %n, %i : f32, i32
  } {tag = "keep"}
  %s = scf.if %c -> f32 {
    scf.yield %x : f32
  } else {
    scf.yield %r#0 : f32
  }
  return %s, %r#1 : f32, i32
}
