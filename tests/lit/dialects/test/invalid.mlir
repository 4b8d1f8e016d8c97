// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// A custom form needs a registered op.
// expected-error@+1 {{custom op 'test.not_an_op' is unknown}}
test.not_an_op

// -----

/// Other dialects still reject unknown ops when verifying.
// expected-error@+1 {{unregistered operation 'arith.unknown_thing' found in dialect ('arith') that does not allow unknown operations}}
"arith.unknown_thing"() : () -> ()

// -----

/// A dialect attribute in `loc(...)` must be a location.
func.func @not_a_location() {
  // expected-error@+1 {{expected location attribute, but got#test.conditional_alias<x>}}
  return loc(#test.conditional_alias<"x">)
}
