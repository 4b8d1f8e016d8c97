// RUN: env PYTHONPATH=%S/../../plugins/demo pymlir-opt %s --load-dialect-plugin=pymlir_opt_demo --load-pass-plugin=pymlir_opt_demo --demo-expand | FileCheck %s
// RUN: env PYTHONPATH=%S/../../plugins/demo pymlir-opt %s -load-dialect-plugin %S/../../plugins/demo/pymlir_opt_demo/__init__.py -demo-expand -load-pass-plugin=pymlir_opt_demo | FileCheck %s
// RUN: env PYTHONPATH=%S/../../plugins/demo not pymlir-opt %s --load-pass-plugin=pymlir_opt_demo 2>&1 | FileCheck %s --check-prefix=NO-DIALECT
// RUN: not pymlir-opt %s --load-pass-plugin=no_such_plugin --load-dialect-plugin=%S/missing.py 2>&1 | FileCheck %s --check-prefix=FAILED

/// A module named by --load-dialect-plugin / --load-pass-plugin (a module name or a .py
/// file) registers its dialects and passes through its register_dialects(add) and
/// register_passes(add) hooks, before the pass flags are read.
// CHECK-LABEL: func.func @g(
// CHECK-NEXT: %[[C:[0-9]+]] = demo.const -3
// CHECK-NEXT: arith.addi %[[C]], %[[C]] : i64

/// Loading only the passes leaves the dialect unknown.
// NO-DIALECT: error: Dialect `demo' not found for custom op 'demo.const'

/// A plugin that cannot be loaded is reported and ignored, as upstream does.
// FAILED: Failed to load passes from 'no_such_plugin'. Request ignored.
// FAILED: Failed to load dialect plugin from '{{.*}}missing.py'. Request ignored.
func.func @g() -> i64 {
  %c = demo.const -3
  %d = demo.double %c : i64
  return %d : i64
}
