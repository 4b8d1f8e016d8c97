// RUN: pymlir-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect | pymlir-opt --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

/// Integer, index and none types.
// CHECK-LABEL: "t.scalars"
// CHECK-SAME: a = i1, b = si8, c = ui16, d = i0, e = i17, f = index, g = none
// GENERIC: "t.scalars"() {a = i1, b = si8, c = ui16, d = i0, e = i17, f = index, g = none} : () -> ()
"t.scalars"() {a = i1, b = si8, c = ui16, d = i0, e = i17, f = index, g = none} : () -> ()

/// Every float type upstream prints.
// CHECK-LABEL: "t.floats"
// CHECK-SAME: a = f16, b = bf16, c = f32, d = f64, e = f80, f = f128, g = tf32
// CHECK-SAME: h = f8E5M2, i = f8E4M3, j = f8E4M3FN, k = f8E5M2FNUZ, l = f8E4M3FNUZ
// CHECK-SAME: m = f8E4M3B11FNUZ, n = f8E3M4, o = f8E8M0FNU, p = f6E2M3FN, q = f6E3M2FN, r = f4E2M1FN
"t.floats"() {a = f16, b = bf16, c = f32, d = f64, e = f80, f = f128, g = tf32,
  h = f8E5M2, i = f8E4M3, j = f8E4M3FN, k = f8E5M2FNUZ, l = f8E4M3FNUZ,
  m = f8E4M3B11FNUZ, n = f8E3M4, o = f8E8M0FNU, p = f6E2M3FN, q = f6E3M2FN, r = f4E2M1FN} : () -> ()

/// Complex, tuple and function types (a function result is parenthesized).
// CHECK-LABEL: "t.compound"
// CHECK-SAME: a = complex<f32>, b = complex<i8>, c = tuple<>, d = tuple<i32, tuple<f32>>
// CHECK-SAME: e = () -> (), f = (i32) -> i32, g = (i32, f32) -> (i1, i2), h = () -> (() -> ())
"t.compound"() {a = complex<f32>, b = complex<i8>, c = tuple<>, d = tuple<i32, tuple<f32>>,
  e = () -> (), f = (i32) -> i32, g = (i32, f32) -> (i1, i2), h = () -> (() -> ())} : () -> ()

/// Vectors: fixed, scalable and 0-d; spaces inside a dimension list are allowed.
// CHECK-LABEL: "t.vectors"
// CHECK-SAME: a = vector<4xf32>, b = vector<[4]xf32>, c = vector<2x[4]x8xi8>, d = vector<f32>, e = vector<4x[8]xindex>
"t.vectors"() {a = vector<4xf32>, b = vector<[4]xf32>, c = vector<2x[4]x8xi8>, d = vector<f32>,
  e = vector<4 x [8] x index>} : () -> ()

/// Tensors: ranked, dynamic, unranked, encodings, zero sizes, nested element types.
// CHECK-LABEL: "t.tensors"
// CHECK-SAME: a = tensor<f32>, b = tensor<?x4xf32>, c = tensor<*xi8>, d = tensor<4xf32, "enc">
// CHECK-SAME: e = tensor<0xf32>, f = tensor<4x0x2xf32>, g = tensor<2xvector<4xf32>>, h = tensor<1x2x!t.elem>
"t.tensors"() {a = tensor<f32>, b = tensor<? x 4 x f32>, c = tensor<*xi8>, d = tensor<4xf32, "enc">,
  e = tensor<0xf32>, f = tensor<4x0x2xf32>, g = tensor<2xvector<4xf32>>, h = tensor<1x2x!t.elem>} : () -> ()

/// Memrefs: layouts (an identity map is dropped), strided layouts, memory spaces (0 is the default).
// CHECK-LABEL: "t.memrefs"
// CHECK-SAME: a = memref<f32>, b = memref<4x?xf32>, c = memref<*xf32>, d = memref<*xf32, 3>
// CHECK-SAME: e = memref<4xf32, #map>, f = memref<4xf32>, g = memref<4x4xf32, strided<[?, 1], offset: ?>>
// CHECK-SAME: h = memref<4xf32, strided<[1], offset: 5>, 2>, i = memref<4xf32, "gpu">, j = memref<4xf32>
// CHECK-SAME: k = memref<2x3xf32, strided<[3, 1]>>, l = memref<4xmemref<2xf32>>
"t.memrefs"() {a = memref<f32>, b = memref<4x?xf32>, c = memref<*xf32>, d = memref<*xf32, 3>,
  e = memref<4xf32, affine_map<(d0) -> (d0 + 1)>>, f = memref<4xf32, affine_map<(d0) -> (d0)>>,
  g = memref<4x4xf32, strided<[?, 1], offset: ?>>, h = memref<4xf32, strided<[1], offset: 5>, 2>,
  i = memref<4xf32, "gpu">, j = memref<4xf32, 0>, k = memref<2x3xf32, strided<[3, 1], offset: 0>>,
  l = memref<4xmemref<2xf32>>} : () -> ()

/// Types of unregistered dialects are kept verbatim, pretty or quoted.
// CHECK-LABEL: "t.opaque"
// CHECK-SAME: a = !t.simple, b = !t<"quoted body">, c = !t.nested<a<b>, c->d>
"t.opaque"() {a = !t.simple, b = !t<"quoted body">, c = !t.nested<a<b>, c->d>} : () -> ()

/// A type used as an operand and result type.
// CHECK-LABEL: "t.value_types"
// CHECK: %[[V:.*]] = "t.def"() : () -> tensor<2x?xcomplex<f64>>
// CHECK: "t.use"(%[[V]]) : (tensor<2x?xcomplex<f64>>) -> ()
"t.value_types"() ({
  %v = "t.def"() : () -> tensor<2x?xcomplex<f64>>
  "t.use"(%v) : (tensor<2x?xcomplex<f64>>) -> ()
}) : () -> ()
