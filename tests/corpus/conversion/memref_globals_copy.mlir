memref.global "private" constant @cst : memref<2x3xf32> = dense<1.0>
memref.global @pub : memref<4xi32> = uninitialized
memref.global @ext : memref<f32>
memref.global "private" @scalar : memref<f32> = dense<2.0> {alignment = 16 : i64}
func.func @g() -> (memref<2x3xf32>, memref<f32>) {
  %a = memref.get_global @cst : memref<2x3xf32>
  %b = memref.get_global @scalar : memref<f32>
  return %a, %b : memref<2x3xf32>, memref<f32>
}
func.func @r(%m: memref<?x4xf32>, %u: memref<*xf32>) -> (index, index) {
  %a = memref.rank %m : memref<?x4xf32>
  %b = memref.rank %u : memref<*xf32>
  return %a, %b : index, index
}
func.func @c(%a: memref<4x?xf32>, %b: memref<4x?xf32>) {
  memref.copy %a, %b : memref<4x?xf32> to memref<4x?xf32>
  return
}
func.func @c2(%a: memref<4x4xf32, strided<[8, 1]>>, %b: memref<4x4xf32>) {
  memref.copy %a, %b : memref<4x4xf32, strided<[8, 1]>> to memref<4x4xf32>
  return
}
func.func @at(%m: memref<8xf32>, %i: memref<8xi32>, %k: index, %f: f32, %v: i32) -> (f32, i32, i32) {
  %0 = memref.atomic_rmw addf %f, %m[%k] : (f32, memref<8xf32>) -> f32
  %1 = memref.atomic_rmw maxs %v, %i[%k] : (i32, memref<8xi32>) -> i32
  %2 = memref.atomic_rmw assign %v, %i[%k] : (i32, memref<8xi32>) -> i32
  %3 = memref.atomic_rmw ori %v, %i[%k] : (i32, memref<8xi32>) -> i32
  %4 = memref.atomic_rmw maximumf %f, %m[%k] : (f32, memref<8xf32>) -> f32
  %5 = memref.atomic_rmw minnumf %f, %m[%k] : (f32, memref<8xf32>) -> f32
  %6 = memref.atomic_rmw minu %v, %i[%k] : (i32, memref<8xi32>) -> i32
  %7 = memref.atomic_rmw andi %v, %i[%k] : (i32, memref<8xi32>) -> i32
  %8 = memref.atomic_rmw xori %v, %i[%k] : (i32, memref<8xi32>) -> i32
  %9 = memref.atomic_rmw muli %v, %i[%k] : (i32, memref<8xi32>) -> i32
  return %0, %1, %2 : f32, i32, i32
}
func.func @rc(%m: memref<?xf32>, %o: index, %s: index) -> memref<?x4xf32, strided<[4, ?], offset: ?>> {
  %r = memref.reinterpret_cast %m to offset: [%o], sizes: [%s, 4], strides: [4, %s] : memref<?xf32> to memref<?x4xf32, strided<[4, ?], offset: ?>>
  return %r : memref<?x4xf32, strided<[4, ?], offset: ?>>
}
func.func @md(%m: memref<?x4xf32, strided<[4, 1], offset: ?>>) -> (memref<f32>, index, index, index) {
  %b, %o, %s:2, %t:2 = memref.extract_strided_metadata %m : memref<?x4xf32, strided<[4, 1], offset: ?>> -> memref<f32>, index, index, index, index, index
  %p = memref.extract_aligned_pointer_as_index %m : memref<?x4xf32, strided<[4, 1], offset: ?>> -> index
  return %b, %o, %s#0, %p : memref<f32>, index, index, index
}
