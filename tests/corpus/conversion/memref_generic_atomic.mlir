func.func @gen(%m: memref<8xi32>, %i: index) -> i32 {
  %r = memref.generic_atomic_rmw %m[%i] : memref<8xi32> {
  ^bb0(%cur: i32):
    %n = arith.addi %cur, %cur : i32
    memref.atomic_yield %n : i32
  }
  return %r : i32
}
func.func @gen2(%m: memref<4x?xi64>, %i: index, %j: index, %k: i64) -> i64 {
  %r = memref.generic_atomic_rmw %m[%i, %j] : memref<4x?xi64> {
  ^bb0(%cur: i64):
    %c = arith.constant 3 : i64
    %a = arith.muli %cur, %c : i64
    %b = arith.maxsi %a, %k : i64
    memref.atomic_yield %b : i64
  }
  %s = arith.addi %r, %k : i64
  return %s : i64
}
