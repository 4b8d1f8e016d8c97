"t.types"() {
  a = i1, b = i8, c = si16, d = ui32, e = i128, f = index, g = none,
  h = f16, i = bf16, j = f32, k = f64, l = f80, m = f128, n = tf32,
  o = f8E5M2, p = f8E4M3, q = f8E4M3FN, r = f8E5M2FNUZ, s = f8E4M3FNUZ, t = f8E4M3B11FNUZ,
  u = f8E3M4, v = f8E8M0FNU, w = f6E2M3FN, x = f6E3M2FN, y = f4E2M1FN,
  z = complex<f32>, z1 = complex<i8>, z2 = tuple<>, z3 = tuple<i32, tuple<f32>>,
  z4 = () -> (), z5 = (i32) -> i32, z6 = (i32, f32) -> (i32, f32), z7 = () -> ((i32) -> i32)
} : () -> ()
"t.shaped"() {
  a = vector<4xf32>, b = vector<2x3xi8>, c = vector<[4]xf32>, d = vector<2x[4]xi1>, e = vector<f32>,
  f = tensor<4x?xf32>, g = tensor<*xf32>, h = tensor<f32>, i = tensor<0xf32>, j = tensor<4xf32, "enc">,
  k = memref<4x?xf32>, l = memref<*xf32>, m = memref<f32>, n = memref<4xf32, 1>, o = memref<4xf32, "gpu">,
  p = memref<4x4xf32, strided<[4, 1], offset: ?>>, q = memref<?x?xf32, strided<[?, 1]>>,
  r = memref<4xf32, affine_map<(d0) -> (d0 + 1)>>, s = memref<4xf32, affine_map<(d0) -> (d0)>>,
  t = memref<*xf32, 3>, u = tensor<1x2x3x4x5xi64>, v = memref<0xi8>
} : () -> ()
"t.opaque"() {a = !foo.bar, b = !foo<"x y">, c = !foo.baz<1, [2], "s">, d = #foo.attr, e = #foo<"q">, f = #foo.a<b> : i32} : () -> ()
