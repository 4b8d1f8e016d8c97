// RUN: pymlir-opt %s --allow-unregistered-dialect --split-input-file --symbol-dce --verify-diagnostics | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect --split-input-file --pass-pipeline='builtin.module(builtin.module(symbol-dce))' | FileCheck %s --check-prefix=NESTED

/// Non-public symbols nothing live references are erased, also when only a dead
/// symbol references them; references nested in attribute arrays and dictionaries
/// keep a symbol alive.
// CHECK-LABEL: module attributes {t.a}
// CHECK-NOT: @unused
// CHECK-NOT: @only_from_dead
// CHECK: func.func private @used_by_attr()
// CHECK: func.func private @used_by_call()
// CHECK: func.func @entry()
// NESTED-LABEL: module attributes {t.a}
// NESTED: func.func private @unused()
// NESTED: func.func nested @unused_nested()
module attributes {t.a} {
  func.func private @unused()
  func.func nested @unused_nested()
  func.func private @used_by_attr()
  func.func private @used_by_call() {
    return
  }
  func.func private @only_from_dead() {
    func.call @unused() : () -> ()
    return
  }
  func.func @entry() {
    func.call @used_by_call() : () -> ()
    "x.op"() {refs = [@used_by_attr, {k = @used_by_attr}]} : () -> ()
    return
  }
}

// -----

/// Nested symbol tables: a nested-path reference keeps each symbol on the path; a
/// private symbol table (hidden from above) goes when unused. Run on the inner modules
/// only, a public module cannot drop its nested symbols.
// CHECK-LABEL: module attributes {t.b}
// CHECK: module @inner
// CHECK-NOT: @dead
// CHECK: func.func nested @live()
// CHECK: func.func private @helper()
// CHECK-NOT: @hidden
// NESTED-LABEL: module attributes {t.b}
// NESTED: func.func nested @dead()
// NESTED: module @hidden
// NESTED-NEXT: func.func @pub_in_private()
module attributes {t.b} {
  module @inner {
    func.func nested @dead()
    func.func nested @live()
    func.func private @helper()
    func.func @api() {
      "x.op"() {r = @helper} : () -> ()
      return
    }
  }
  module @hidden attributes {sym_visibility = "private"} {
    func.func @pub_in_private() {
      return
    }
  }
  "x.user"() {r = @inner::@live} : () -> ()
}

// -----

/// An op of an unknown dialect with a region might be a symbol table.
// NESTED-LABEL: module attributes {t.c}
module attributes {t.c} {
  func.func private @f()
  // expected-error@+1 {{operation contains potentially unknown symbol table, meaning that we can't reliable compute symbol uses}}
  "x.op"() ({
    "x.inner"() {r = @f} : () -> ()
  }) : () -> ()
}

// -----

/// References to unknown symbols are ignored.
// CHECK-LABEL: module attributes {t.d}
// CHECK-NOT: @g
// CHECK: "x.user"() {r = @missing}
module attributes {t.d} {
  func.func private @g()
  "x.user"() {r = @missing} : () -> ()
}
