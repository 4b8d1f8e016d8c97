// RUN: pymlir-opt %s -split-input-file -verify-diagnostics

/// An op name without a dot in a region whose op has no default dialect.
func.func @no_default_dialect(%c: i1) {
  scf.if %c {
    // expected-error@+2 {{Dialect `' not found for custom op 'constant'  (tried '.constant' as well)}}
    // expected-note@+1 {{Available dialects: }}
    constant
  }
  return
}

// -----

/// A finished op reports its own error before a malformed next op.
func.func @finished_op_first(%i: f32) {
  // expected-error@+1 {{custom op 'func.return' number of operands and types do not match: got 1 operands and 2 types}}
  return %i : f32, i32
  %x
}

// -----

/// The result type of a function type is checked before the next op starts.
func.func @bad_result_type() {
  // expected-error@+1 {{expected non-function type}}
  %s = func.call @g() : () ->riva i32
}

// -----

/// A keyword of a declarative format: upstream's parseKeyword, at the token.
func.func @format_keyword(%a: i32) {
  // expected-error@+1 {{custom op 'arith.bitcast' expected 'to'}}
  %0 = arith.bitcast %a : i32 xx f32
  return
}

// -----

/// A symbol name in a declarative format (parseSymbolName).
// expected-error@+1 {{custom op 'memref.global' expected valid '@'-identifier for symbol name}}
memref.global "private" x : memref<i32>

// -----

/// func.func wants `(` after its name.
// expected-error@+1 {{expected '('}}
func.func @f[(%c: i1) {
  return
}

// -----

// expected-error@+1 {{custom op 'func.func' expected valid '@'-identifier for symbol name}}
func.func private x

// -----

/// An enum attribute's parameters start with `<`.
func.func @overflow_without_params(%a: i32) {
  // expected-error@+1 {{expected '<'}}
  %1 = arith.addi %a, %a overflow : i32
  return
}

// -----

/// A symbol reference attribute of a format: upstream parses an attribute there.
func.func @callee_not_a_symbol(%a: index) -> index {
  // expected-error@+1 {{expected attribute value}}
  %0 = call g(%a) : (index) -> index
  return %0 : index
}

// -----

"builtin.module"() ({}) : () -> ()
{-#
  dialect_resources: {
    builtin: {
      // expected-error@+1 {{expected hex string blob for key 'odd'}}
      odd: "0x040000000"
    }
  }
#-}

// -----

"builtin.module"() ({}) : () -> ()
{-#
  dialect_resources: {
    builtin: {
      // expected-error@+1 {{expected hex string blob for key 'short' to encode alignment in first 4 bytes}}
      short: "0x0400"
    }
  }
#-}

// -----

"builtin.module"() ({}) : () -> ()
{-#
  dialect_resources: {
    builtin: {
      // expected-error@+1 {{expected hex string blob for key 'align3' to encode alignment in first 4 bytes, but got non-power-of-2 value: 3}}
      align3: "0x03000000010203"
    }
  }
#-}
