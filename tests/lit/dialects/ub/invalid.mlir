// RUN: pymlir-opt %s --split-input-file --verify-diagnostics
// RUN: not pymlir-opt %s --split-input-file 2>&1 | FileCheck %s

/// The value must be a poison attribute.
// expected-error@+1 {{'ub.poison' op attribute 'value' failed to satisfy constraint: PoisonAttrInterface instance}}
%0 = "ub.poison"() {value = 1} : () -> i32

// -----

/// ub.unreachable is a terminator.
func.func @f() {
  // expected-error@+1 {{'ub.unreachable' op must be the last operation in the parent block}}
  ub.unreachable
  return
}

// -----

/// An unknown attribute of a registered dialect is reported at its mnemonic, in the
/// pretty and in the opaque form.
// CHECK: invalid.mlir:[[# @LINE + 2]]:23: error: unknown attribute `nothing` in dialect `ub`
// expected-error@+1 {{unknown attribute `nothing` in dialect `ub`}}
"test.foo"() {a = #ub.nothing} : () -> ()

// -----

// CHECK: invalid.mlir:[[# @LINE + 2]]:23: error: unknown attribute `nothing` in dialect `ub`
// expected-error@+1 {{unknown attribute `nothing` in dialect `ub`}}
"test.foo"() {a = #ub<nothing>} : () -> ()
