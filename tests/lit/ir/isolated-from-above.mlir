// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// As upstream's parser, pymlir-opt has one SSA name scope for the whole input: a use
/// inside an isolated-from-above region of a value defined outside it parses, and the
/// verifier rejects it (upstream's verifyIsIsolatedFromAbove).
func.func @f() {
  %c = arith.constant 1 : i32
  "test.region"() ({
    // expected-note@+1 {{required by region isolation constraints}}
    builtin.module {
      // expected-error@+1 {{'test.use' op using value defined outside the region}}
      "test.use"(%c) : (i32) -> ()
    }
    "test.end"() : () -> ()
  }) : () -> ()
  return
}

// -----

/// A forward reference is resolved by a later definition, even in another function.
// expected-note@+1 {{required by region isolation constraints}}
func.func @g() {
  // expected-error@+1 {{'test.use' op using value defined outside the region}}
  "test.use"(%x) : (i32) -> ()
  return
}
func.func @h() {
  %x = arith.constant 2 : i32
  return
}

// -----

/// Names of an enclosing region stay defined in a nested isolated one.
func.func @k() {
  // expected-note@+1 {{previously defined here}}
  %c = arith.constant 1 : i32
  "test.region"() ({
    builtin.module {
      func.func @m() {
        // expected-error@+1 {{redefinition of SSA value '%c'}}
        %c = arith.constant 2 : i32
        return
      }
    }
    "test.end"() : () -> ()
  }) : () -> ()
  return
}
