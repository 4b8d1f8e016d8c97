// llvm.cmpxchg takes integers or pointers: a float generic_atomic_rmw lowers to an
// invalid op, reported by the verifier as upstream reports it.
func.func @genf(%m: memref<8xf32>, %i: index) -> f32 {
  %r = memref.generic_atomic_rmw %m[%i] : memref<8xf32> {
  ^bb0(%cur: f32):
    %n = arith.addf %cur, %cur : f32
    memref.atomic_yield %n : f32
  }
  return %r : f32
}
