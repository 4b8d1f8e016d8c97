func.func @alloc_copy(%n: index, %m: memref<?x4xf32>) -> memref<?x4xf32> {
  %a = memref.alloc(%n) {alignment = 64} : memref<?x4xf32>
  memref.copy %m, %a : memref<?x4xf32> to memref<?x4xf32>
  %c0 = arith.constant 0 : index
  %d = memref.dim %a, %c0 : memref<?x4xf32>
  %s = memref.subview %a[1, 0] [2, 4] [1, 1] : memref<?x4xf32> to memref<2x4xf32, strided<[4, 1], offset: 4>>
  %v = memref.load %s[%c0, %c0] : memref<2x4xf32, strided<[4, 1], offset: 4>>
  memref.store %v, %a[%d, %c0] : memref<?x4xf32>
  %u = memref.cast %a : memref<?x4xf32> to memref<*xf32>
  %r = memref.reinterpret_cast %a to offset: [0], sizes: [%n, 4], strides: [4, 1] : memref<?x4xf32> to memref<?x4xf32>
  memref.dealloc %m : memref<?x4xf32>
  return %r : memref<?x4xf32>
}
func.func @static(%x: f64) -> f64 {
  %a = memref.alloca() : memref<2x3xf64>
  %c1 = arith.constant 1 : index
  memref.store %x, %a[%c1, %c1] : memref<2x3xf64>
  %y = memref.load %a[%c1, %c1] : memref<2x3xf64>
  %b = memref.alloc() : memref<16xi8>
  memref.dealloc %b : memref<16xi8>
  %e = memref.expand_shape %a [[0], [1, 2]] output_shape [2, 3, 1] : memref<2x3xf64> into memref<2x3x1xf64>
  %c = memref.collapse_shape %e [[0, 1, 2]] : memref<2x3x1xf64> into memref<6xf64>
  return %y : f64
}
memref.global "private" @buf : memref<4xi32> = dense<[1, 2, 3, 4]>
memref.global @ext : memref<2xf32>
func.func @globals() -> i32 {
  %g = memref.get_global @buf : memref<4xi32>
  %c2 = arith.constant 2 : index
  %v = memref.load %g[%c2] : memref<4xi32>
  return %v : i32
}
func.func @cinterface(%m: memref<3xf32>, %u: memref<*xi64>) -> memref<3xf32> attributes {llvm.emit_c_interface} {
  return %m : memref<3xf32>
}
