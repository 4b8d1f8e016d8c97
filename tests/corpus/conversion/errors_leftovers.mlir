// A non-strided layout: reported (at no location), the function stays.
func.func @aff(%m: memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, %i: index) -> f32 {
  %x = memref.load %m[%i, %i] : memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>
  return %x : f32
}
// -----
// An op of an unknown dialect keeps index values: casts remain.
func.func @c(%a: index) -> index {
  %r = "test.op"(%a) : (index) -> index
  return %r : index
}
// -----
// An atomic kind without an llvm.atomicrmw counterpart stays.
func.func @mul(%m: memref<8xi32>, %k: index, %v: i32) -> i32 {
  %0 = memref.atomic_rmw muli %v, %m[%k] : (i32, memref<8xi32>) -> i32
  return %0 : i32
}
// -----
// Subviews must be expanded first (expand-strided-metadata): they stay.
func.func @sv(%m: memref<4x4xf32>) -> memref<2x2xf32, strided<[4, 1], offset: 5>> {
  %s = memref.subview %m[1, 1] [2, 2] [1, 1] : memref<4x4xf32> to memref<2x2xf32, strided<[4, 1], offset: 5>>
  return %s : memref<2x2xf32, strided<[4, 1], offset: 5>>
}
