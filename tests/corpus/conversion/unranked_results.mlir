func.func @c(%m: memref<4xf32>) -> memref<*xf32> {
  %r = memref.cast %m : memref<4xf32> to memref<*xf32>
  return %r : memref<*xf32>
}

func.func @two(%m: memref<4xf32>, %u: memref<*xi32>) -> (memref<*xf32>, i32, memref<*xi32>) {
  %r = memref.cast %m : memref<4xf32> to memref<*xf32>
  %c = arith.constant 1 : i32
  return %r, %c, %u : memref<*xf32>, i32, memref<*xi32>
}
func.func private @make() -> memref<*xf32>
func.func @use() -> index {
  %u = call @make() : () -> memref<*xf32>
  %r = memref.rank %u : memref<*xf32>
  return %r : index
}
func.func private @make2() -> (i32, memref<*xf32>, memref<*xi8>)
func.func @use2() -> i32 {
  %a, %b, %c = call @make2() : () -> (i32, memref<*xf32>, memref<*xi8>)
  return %a : i32
}
