// RUN: not pymlir-opt %s -split-input-file 2>&1 | FileCheck %s

/// An unregistered dialect's type: at the mnemonic of the pretty form.
// CHECK: diagnostic-locations.mlir:5:29: error: `!"x"<"opaque">` type created with unregistered dialect
func.func private @f(i1, !x.opaque)

// -----

/// ... and at the `!` of the opaque form.
// CHECK: diagnostic-locations.mlir:11:26: error: `!"x"<""opaque"">` type created with unregistered dialect
func.func private @g(i1, !x<"opaque">)

// -----

/// The same for attributes.
// CHECK: diagnostic-locations.mlir:17:43: error: #"x"<"opaque<1>"> : 'none' attribute created with unregistered dialect
func.func private @h() attributes {a = #x.opaque<1>}

// -----

/// A type that is no type keyword, after the ':' (the slow path of the type scanner).
func.func @not_a_type(%a: i32) {
  // CHECK: diagnostic-locations.mlir:24:26: error: expected non-function type
  %0 = arith.bitcast %a : foo<3> to f32
  return
}

// -----

/// A type required after a format keyword (`%a` is no type: the error is at it).
func.func @no_type_after_to(%a: f32) {
  // CHECK: diagnostic-locations.mlir:33:32: error: expected non-function type
  %0 = arith.fptoui %a : f32 to %a
  return
}

// -----

/// A type where a symbol reference is expected: parsed, then rejected.
func.func @callee_is_a_type() {
  // CHECK: diagnostic-locations.mlir:42:18: error: custom op 'func.call' invalid kind of attribute specified
  %s = func.call i3@chain() : () -> i32
}

// -----

/// A format keyword is reported at the next token, even on the next line.
func.func @keyword_on_next_line(%a: i32) {
  %0 = arith.bitcast %a : i32
// CHECK: diagnostic-locations.mlir:51:3: error: custom op 'arith.bitcast' expected 'to'
  return
}

// -----

/// A function type whose `(` never closes: the error inside its type list.
func.func @unclosed_inputs(%a: i32) -> i32 {
  // CHECK: diagnostic-locations.mlir:59:31: error: expected ')'
  %0 = func.call @f(%a) : (i32 -> i32
  return %0 : i32
}
