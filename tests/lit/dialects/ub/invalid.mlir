// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

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
