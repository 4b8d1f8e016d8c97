// RUN: pymlir-opt %s --split-input-file --verify-diagnostics | FileCheck %s

/// A registered op takes from `<{...}>` only its inherent attributes (upstream's
/// setPropertiesFromAttr): other entries are dropped, not kept as attributes.
// CHECK-LABEL: func.func @dropped
// CHECK-NEXT: %[[S:.*]] = arith.addf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: %{{.*}} = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %{{.*}} = math.absf %[[S]] fastmath<nnan> : f32
func.func @dropped(%a: f32) {
  %0 = "arith.addf"(%a, %a) <{foo = 1}> : (f32, f32) -> f32
  %1 = "arith.constant"() <{value = 1.0 : f32, foo = 2}> : () -> f32
  %2 = "math.absf"(%0) <{fastmath = #arith.fastmath<nnan>, bar}> : (f32) -> f32
  return
}

// -----

/// Unknown ops keep all their properties.
// CHECK-LABEL: func.func @unknown
// CHECK-NEXT: "test.x"() <{foo = 1 : i64}> : () -> ()
func.func @unknown() {
  "test.x"() <{foo = 1}> : () -> ()
  return
}

// -----

func.func @no_properties(%a: i32) {
  // expected-error@+1 {{invalid properties {a = 1 : i64} for op arith.andi: this operation does not support properties}}
  %0 = "arith.andi"(%a, %a) <{a = 1}> : (i32, i32) -> i32
  return
}

// -----

func.func @empty_properties() {
  // expected-error@+1 {{invalid properties {} for op func.return: this operation does not support properties}}
  "func.return"() <{}> : () -> ()
}
