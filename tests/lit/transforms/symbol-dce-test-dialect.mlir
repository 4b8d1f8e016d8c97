// RUN: pymlir-opt %s --split-input-file --symbol-dce | FileCheck %s

/// test.symbol_scope is a symbol table: its private function used inside stays, the
/// unused one goes; symbols in test.one_region_op's region (no symbol table) are
/// looked up in the enclosing module.
// CHECK-LABEL: module attributes {test.scoped}
// CHECK: "test.one_region_op"() ({
// CHECK-NEXT: "test.symbol_scope"() ({
// CHECK-NEXT: func.func private @used()
// CHECK-NOT: @unused
// CHECK: func.call @used() : () -> ()
// CHECK-NEXT: "test.finish"() : () -> ()
module attributes {test.scoped} {
  "test.one_region_op"() ({
    "test.symbol_scope"() ({
      func.func private @used() {
        return
      }
      func.func private @unused() {
        return
      }
      func.call @used() : () -> ()
      "test.finish"() : () -> ()
    }) : () -> ()
    "test.finish"() : () -> ()
  }) : () -> ()
}
