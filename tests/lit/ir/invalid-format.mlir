// RUN: pymlir-opt %s -split-input-file -verify-diagnostics

/// An op format's variadic operand list may be empty: `(` then a newline expects ':'.
func.func @empty_operands_then_newline(%a: i32) {
  cf.br ^bb1( // expected-error {{expected ':'}}
^bb1(%x: i32):
  return
}

// -----

/// An empty operand list closed at once expects ':' too.
func.func @empty_operands_closed(%a: i32) {
  // expected-error@+1 {{expected ':'}}
  cf.br ^bb1()
^bb1(%x: i32):
  return
}

// -----

/// Types without operands: the count mismatch, at the empty operand list.
func.func @types_without_operands(%a: i32) {
  // expected-error@+1 {{custom op 'cf.br' number of operands and types do not match: got 0 operands and 2 types}}
  cf.br ^bb1(: i32, i64)
^bb1(%x: i32):
  return
}

// -----

/// A colon without types: the type is missing.
func.func @colon_without_types(%a: i32) {
  // expected-error@+1 {{expected non-function type}}
  cf.br ^bb1( : )
^bb1(%x: i32):
  return
}

// -----

/// A bad type after a comma in the type list.
func.func @bad_type_after_comma(%a: i32) {
  // expected-error@+1 {{expected non-function type}}
  cf.br ^bb1(: i32, )
^bb1(%x: i32):
  return
}

// -----

/// After an optional group, a region is required: upstream's parseRegion wording.
// expected-error@+1 {{expected '{' to begin a region}}
module @m foo {
}

// -----

/// The same inside a custom syntax with an optional `-> (types)`.
func.func @alloca_scope_junk() {
  // expected-error@+1 {{expected '{' to begin a region}}
  memref.alloca_scope x {
  }
  return
}
