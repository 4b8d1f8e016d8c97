func.func @unused(%c: i1, %x: f32) -> f32 {
  %r:2 = scf.if %c -> (f32, f32) {
    %n = arith.negf %x : f32
    scf.yield %n, %n : f32, f32
  } else {
    %m = arith.addf %x, %x : f32
    scf.yield %m, %m : f32, f32
  } {tag = "keep"}
  return %r#0 : f32
}
func.func @trivial(%c: i1, %x: f32, %i: i32) -> (f32, i32) {
  %r:2 = scf.if %c -> (f32, i32) {
    %n = arith.negf %x : f32
    scf.yield %n, %i : f32, i32
  } else {
    %m = arith.addf %x, %x : f32
    scf.yield %m, %i : f32, i32
  } {tag = "keep"}
  return %r#0, %r#1 : f32, i32
}
func.func @empty_else(%c: i1, %x: f32) {
  scf.if %c {
    %n = arith.negf %x : f32
    "test.use"(%n) : (f32) -> ()
  } else {
  } {tag = "keep"}
  return
}
