// RUN: pymlir-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect | pymlir-opt --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect --mlir-print-local-scope | FileCheck %s --check-prefix=LOCAL

/// Affine maps and integer sets get `#map`/`#set` aliases, numbered in order.
// CHECK-DAG: #[[MAP:map[0-9]*]] = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 * 2)>
// CHECK-DAG: #[[MAP0:map[0-9]*]] = affine_map<() -> (0)>
// CHECK-DAG: #[[SET:set[0-9]*]] = affine_set<(d0)[s0] : (d0 >= 0, -d0 + s0 == 0)>
// CHECK-DAG: #[[EMPTYSET:set[0-9]*]] = affine_set<() : (0 == 0)>
// CHECK-DAG: #[[FORMS:map[0-9]*]] = affine_map<(d0, d1) -> (d0 * 3 + d1 - 2, (d0 + d1) mod 4, d0 floordiv 2, -d1 + 1)>

/// Integers: decimal, hex, negative, signed/unsigned, bools, index; the default type is i64.
// CHECK-LABEL: "t.integers"
// CHECK-SAME: a = 1 : i64, b = -1 : i8, c = 255 : i32, d = true, e = false, f = 7 : index
// CHECK-SAME: g = 255 : ui8, h = -128 : si8, i = 18446744073709551615 : ui64, j = -9223372036854775808 : i64
"t.integers"() {a = 1, b = -1 : i8, c = 0xff : i32, d = true, e = false, f = 7 : index,
  g = 255 : ui8, h = -128 : si8, i = 18446744073709551615 : ui64, j = -9223372036854775808} : () -> ()

/// Floats are printed with upstream's shortest round-trip form; hex for NaN/Inf.
// CHECK-LABEL: "t.floats"
// CHECK-SAME: a = 1.500000e+00 : f64, b = 2.000000e+00 : f32, c = 0x7FC00000 : f32, d = -0.000000e+00 : f64
// CHECK-SAME: e = 1.000000e+10 : f64, f = 9.997550e-02 : f16, g = 0x7C00 : f16, h = 3.000000e+00 : bf16
// CHECK-SAME: i = 1.500000e+00 : f8E4M3FN
"t.floats"() {a = 1.5, b = 2.0 : f32, c = 0x7FC00000 : f32, d = -0.0 : f64, e = 1.0e10 : f64,
  f = 0.1 : f16, g = 0x7C00 : f16, h = 3.0 : bf16, i = 1.5 : f8E4M3FN} : () -> ()

/// Strings (escapes are printed as hex), unit, arrays, dictionaries (sorted), types, symbols.
// CHECK-LABEL: "t.misc"
// CHECK-SAME: a = "plain", b = "esc\22q\0A\09\\", c = "typed" : i32, d = "\00\FF"
// CHECK-SAME: e, f, g = [], h = [1, "x", [2.000000e+00 : f32]], i = {}, j = {a = 1 : i64, b = 2 : i64, "q k" = 3 : i64}
// CHECK-SAME: k = i32, l = tensor<4xf32>, m = @s, n = @s::@t::@u, o = @"with space", p = @q::@r
"t.misc"() {a = "plain", b = "esc\"q\n\t\\", c = "typed" : i32, d = "\00\FF",
  e, f = unit, g = [], h = [1, "x", [2.0 : f32]], i = {}, j = {b = 2, a = 1, "q k" = 3},
  k = i32, l = tensor<4xf32>, m = @s, n = @s::@t::@u, o = @"with space", p = @"q"::@r} : () -> ()

/// Dense arrays and dense elements (splats, nested lists, complex, hex blobs, strings).
// CHECK-LABEL: "t.elements"
// CHECK-SAME: a = array<i32>, b = array<i32: 1, 2, 3>, c = array<f32: 1.000000e+00, 2.500000e+00>, d = array<i1: true, false>
// CHECK-SAME: e = dense<1> : tensor<4xi32>, f = dense<[1, 2, 3]> : tensor<3xi32>
// CHECK-SAME: g = dense<{{\[}}[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// CHECK-SAME: h = dense<[true, false]> : vector<2xi1>, i = dense<(1.000000e+00,2.000000e+00)> : tensor<2xcomplex<f32>>
// CHECK-SAME: j = dense<[1, 2, 3, 4]> : tensor<4xi8>, k = dense<> : tensor<0xi32>, l = dense<["a", "bc"]> : tensor<2x!t.str>
// CHECK-SAME: m = dense<0xFFFFFFFF> : tensor<2xf32>
"t.elements"() {a = array<i32>, b = array<i32: 1, 2, 3>, c = array<f32: 1.0, 2.5>, d = array<i1: true, false>,
  e = dense<1> : tensor<4xi32>, f = dense<[1, 2, 3]> : tensor<3xi32>,
  g = dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>, h = dense<[true, false]> : vector<2xi1>,
  i = dense<(1.0, 2.0)> : tensor<2xcomplex<f32>>, j = dense<"0x01020304"> : tensor<4xi8>,
  k = dense<> : tensor<0xi32>, l = dense<["a", "bc"]> : tensor<2x!t.str>, m = dense<0xFFFFFFFF> : tensor<2xf32>} : () -> ()

/// Sparse elements, affine maps and sets, strided layouts, distinct and opaque attributes.
// CHECK-LABEL: "t.structured"
// CHECK-SAME: a = sparse<{{\[}}[0, 0], [1, 2]], [1, 5]> : tensor<3x4xi32>, b = #[[MAP]], c = #[[MAP0]], d = #[[SET]], e = #[[EMPTYSET]]
// CHECK-SAME: f = strided<[1]>, g = strided<[?, 1], offset: 3>, h = strided<[]>
// CHECK-SAME: i = distinct[0]<>, j = distinct[0]<>, k = #t.opaque, l = #t<"quoted">, m = #t.with<1, [2]> : i32
// LOCAL-LABEL: "t.structured"
// LOCAL-SAME: b = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 * 2)>, c = affine_map<() -> (0)>
// LOCAL-SAME: d = affine_set<(d0)[s0] : (d0 >= 0, -d0 + s0 == 0)>, e = affine_set<() : (0 == 0)>
"t.structured"() {a = sparse<[[0, 0], [1, 2]], [1, 5]> : tensor<3x4xi32>,
  b = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 * 2)>, c = affine_map<() -> (0)>,
  d = affine_set<(i)[N] : (i >= 0, N - i == 0)>, e = affine_set<() : ()>,
  f = strided<[1]>, g = strided<[?, 1], offset: 3>, h = strided<[]>,
  i = distinct[7]<>, j = distinct[7]<>, k = #t.opaque, l = #t<"quoted">, m = #t.with<1, [2]> : i32} : () -> ()

/// Affine expressions are simplified and printed in upstream's canonical order.
// CHECK-LABEL: "t.affine_forms"
// CHECK-SAME: a = #[[FORMS]]
"t.affine_forms"() {a = affine_map<(x, y) -> (3 * x + y - 2, (x + y) mod 4, x floordiv 2, 1 - y)>} : () -> ()
