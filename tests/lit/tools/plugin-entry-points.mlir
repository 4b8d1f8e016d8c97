// RUN: env PYTHONPATH=%S/../../plugins/demo:%S/../../plugins/metadata pymlir-opt %s | FileCheck %s
// RUN: env PYTHONPATH=%S/../../plugins/demo:%S/../../plugins/metadata pymlir-opt %s --demo-expand | FileCheck %s --check-prefix=EXPAND
// RUN: env PYTHONPATH=%S/../../plugins/demo:%S/../../plugins/metadata pymlir-opt %s --pass-pipeline='builtin.module(func.func(demo-expand{use-shift=true}))' | FileCheck %s --check-prefix=SHIFT
// RUN: env PYTHONPATH=%S/../../plugins/demo:%S/../../plugins/metadata pymlir-opt %s --canonicalize | FileCheck %s --check-prefix=CANON
// RUN: env PYTHONPATH=%S/../../plugins/demo:%S/../../plugins/metadata pymlir-opt --list-passes | FileCheck %s --check-prefix=LIST
// RUN: env PYTHONPATH=%S/../../plugins/demo:%S/../../plugins/metadata pymlir-opt --show-dialects | FileCheck %s --check-prefix=DIALECTS
// RUN: not pymlir-opt %s 2>&1 | FileCheck %s --check-prefix=MISSING

/// An installed package's entry points add the `demo` dialect and the `demo-expand`
/// pass: found when their names are used, as flags, in pipelines and in listings.
// CHECK-LABEL: func.func @f(
// CHECK-SAME: %[[X:arg0]]: i64) -> i64 {
// CHECK-NEXT: %[[C:[0-9]+]] = demo.const 21
// CHECK-NEXT: %[[D:[0-9]+]] = demo.double %[[C]] : i64
// CHECK-NEXT: %[[E:[0-9]+]] = demo.double %[[X]] : i64

// EXPAND: %[[C:[0-9]+]] = demo.const 21
// EXPAND-NEXT: %[[D:[0-9]+]] = arith.addi %[[C]], %[[C]] : i64
// EXPAND-NEXT: %[[E:[0-9]+]] = arith.addi %{{.*}}, %{{.*}} : i64

// SHIFT: %[[ONE:.*]] = arith.constant 1 : i64
// SHIFT-NEXT: arith.shli %{{.*}}, %[[ONE]] : i64

/// The plugin dialect's folder and constant materializer work in canonicalize.
// CANON: %[[K:[0-9]+]] = demo.const 42
// CANON-NEXT: %[[D:[0-9]+]] = demo.double %arg0 : i64
// CANON-NEXT: arith.addi %[[D]], %[[K]] : i64

// LIST: --demo-expand {{ +}}-   Expand demo.double into arith.addi
// LIST-NEXT: --use-shift {{ +}}- Shift left by one instead of adding

// DIALECTS: Available Dialects: {{.*}}demo{{.*}}

/// Without the package, the dialect is unknown.
// MISSING: error: Dialect `demo' not found for custom op 'demo.const'
func.func @f(%x: i64) -> i64 {
  %c = demo.const 21
  %d = demo.double %c : i64
  %e = demo.double %x : i64
  %s = arith.addi %d, %e : i64
  return %s : i64
}
