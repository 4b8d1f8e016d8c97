func.func @parallel(%lb: index, %ub: index, %s: index, %x: f32, %i: i32) -> (f32, i32) {
  scf.parallel (%p, %q) = (%lb, %lb) to (%ub, %ub) step (%s, %s) {
    %t = arith.addi %p, %q : index
  }
  %r:2 = scf.parallel (%p) = (%lb) to (%ub) step (%s) init (%x, %i) -> (f32, i32) {
    scf.reduce(%x, %i : f32, i32) {
    ^bb0(%l: f32, %rr: f32):
      %m = arith.maximumf %l, %rr : f32
      scf.reduce.return %m : f32
    }, {
    ^bb0(%l: i32, %rr: i32):
      %m = arith.addi %l, %rr : i32
      scf.reduce.return %m : i32
    }
  }
  %one = scf.parallel (%p) = (%lb) to (%ub) step (%s) init (%x) -> f32 {
    scf.reduce(%x : f32) {
    ^bb0(%l: f32, %rr: f32):
      scf.reduce.return %l : f32
    }
  }
  return %one, %r#1 : f32, i32
}
