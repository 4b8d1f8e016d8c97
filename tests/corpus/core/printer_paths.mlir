// Printer paths: an operand after a variadic group (memref.dma_wait), attribute
// dictionaries (sorted, quoted names and strings, unit entries), multi-result ops,
// successor operands, nested generic regions and a type alias used repeatedly.
#m = affine_map<(d0, d1) -> (d1, d0)>
func.func @paths(%v: memref<4x4xf32>, %i: index, %c: i1, %x: i32) -> (i32, f32) {
  %pad = arith.constant 0.0 : f32
  %tag = memref.alloc() : memref<2x2xi32>
  memref.dma_wait %tag[%i, %i], %i : memref<2x2xi32>
  memref.dma_wait %tag[%i, %i], %i {b = #m, a = #m} : memref<2x2xi32>
  %m1 = memref.alloc() : memref<4x4xf32, #m>
  %m2 = memref.alloc() : memref<4x4xf32, #m>
  %a:2 = "test.two"(%x) {z = "q\"uo\\te", a = 1 : i32, "b c" = unit} : (i32) -> (i32, f32)
  %s = arith.addi %x, %a#0 overflow<nsw> : i32
  cf.cond_br %c, ^bb1(%s : i32), ^bb2
^bb1(%y: i32):
  %t = arith.addi %y, %y : i32
  cf.br ^bb2
^bb2:
  %0 = "test.op"() ({
  ^bb0(%q: i32):
    "test.yield"(%q, %x) : (i32, i32) -> ()
  }) {s = "a\01b"} : () -> i32
  return %0, %a#1 : i32, f32
}
func.func @aliased(%t: tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>) -> tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17> {
  %0 = "test.id"(%t) {k = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>, j = 3} : (tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>) -> tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>
  %1 = "test.id"(%0) {k = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>, j = 3} : (tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>) -> tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>
  return %1 : tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>
}
