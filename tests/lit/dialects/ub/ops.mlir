// RUN: pymlir-opt %s | FileCheck %s
// RUN: pymlir-opt %s | pymlir-opt | FileCheck %s
// RUN: pymlir-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

/// Poison values of any type (the default `#ub.poison` is elided), and unreachable.
// CHECK-LABEL: func.func @ops
// CHECK-NEXT: %[[A:.*]] = ub.poison : i32
// CHECK-NEXT: %[[B:.*]] = ub.poison : vector<2xf32>
// CHECK-NEXT: %{{.*}} = ub.poison : index
// CHECK-NEXT: %{{.*}} = ub.poison {x.tag} : f16
// CHECK-NEXT: return %[[A]], %[[B]]
// CHECK-LABEL: func.func @never
// CHECK-NEXT: ub.unreachable
// GENERIC: "ub.poison"() <{value = #ub.poison}> : () -> i32
// GENERIC: "ub.poison"() <{value = #ub.poison}> {x.tag} : () -> f16
// GENERIC: "ub.unreachable"() : () -> ()
func.func @ops() -> (i32, vector<2xf32>) {
  %0 = ub.poison : i32
  %1 = ub.poison : vector<2xf32>
  %2 = ub.poison <#ub.poison> : index
  %3 = "ub.poison"() {x.tag} : () -> f16
  return %0, %1 : i32, vector<2xf32>
}

func.func @never() {
  ub.unreachable
}
