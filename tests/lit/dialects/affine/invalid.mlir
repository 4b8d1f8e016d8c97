// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// Bound maps take as many dim and symbol operands as they declare.
#map = affine_map<(d0)[s0] -> (d0 + s0)>
func.func @lb_symbols(%n: index) {
  // expected-error @below {{custom op 'affine.for' symbol operand count and affine map symbol count must match}}
  affine.for %i = #map(%n) to 10 {
  }
  return
}

// -----

#map = affine_map<(d0)[s0] -> (d0 + s0)>
func.func @ub_dims(%n: index) {
  // expected-error @below {{custom op 'affine.for' dim operand count and affine map dim count must match}}
  affine.for %i = 0 to #map()[%n] {
  }
  return
}

// -----

/// A map of several results needs `max` (lower) or `min` (upper).
func.func @ub_prefix(%n: index) {
  // expected-error @below {{custom op 'affine.for' upper loop bound affine map with multiple results requires 'min' prefix}}
  affine.for %i = 0 to affine_map<()[s0] -> (s0, 4)>()[%n] {
  }
  return
}

// -----

func.func @two_operands(%n: index) {
  // expected-error @below {{custom op 'affine.for' expected only one loop bound operand}}
  affine.for %i = %n, %n to 10 {
  }
  return
}

// -----

func.func @no_to(%n: index) {
  // expected-error @below {{custom op 'affine.for' expected 'to' between bounds}}
  affine.for %i = 0 until 10 {
  }
  return
}

// -----

/// Integer bounds are index constants.
func.func @bound_range() {
  // expected-error @below {{integer constant out of range for attribute}}
  affine.for %i = -9223372036854775809 to 10 {
  }
  return
}

// -----

func.func @bound_kind() {
  // expected-error @below {{custom op 'affine.for' expected valid affine map representation for loop bounds}}
  affine.for %i = "zero" to 10 {
  }
  return
}

// -----

func.func @negative_step() {
  // expected-error @below {{custom op 'affine.for' expected step to be representable as a positive signed integer}}
  affine.for %i = 0 to 10 step -1 {
  }
  return
}

// -----

func.func @step_kind() {
  // expected-error @below {{expected constant integer or floating point value}}
  affine.for %i = 0 to 10 step - x {
  }
  return
}

// -----

/// The loop-carried values and the results agree in number.
func.func @iter_args(%x: f32) {
  // expected-error @below {{custom op 'affine.for' mismatch between the number of loop-carried values and results}}
  %r = affine.for %i = 0 to 10 iter_args(%a = %x, %b = %x) -> (f32) {
    affine.yield %a : f32
  }
  return
}

// -----

/// Bound operands must be valid dims and symbols of the affine scope.
func.func @bad_symbol(%n: index) {
  affine.for %i = 0 to 10 {
    // expected-error @below {{'affine.for' op operand cannot be used as a symbol}}
    affine.for %j = 0 to affine_map<()[s0] -> (s0)>()[%i] {
    }
  }
  return
}

// -----

func.func @bad_dim(%m: memref<index>) {
  affine.for %i = 0 to 10 {
    %v = memref.load %m[] : memref<index>
    // expected-error @below {{'affine.if' op operand cannot be used as a dimension id}}
    affine.if affine_set<(d0) : (d0 >= 0)>(%v) {
    }
  }
  return
}

// -----

/// The integer set's dims and symbols.
func.func @if_symbols(%n: index) {
  // expected-error @below {{custom op 'affine.if' symbol operand count and integer set symbol count must match}}
  affine.if affine_set<(d0)[s0] : (d0 - s0 >= 0)>(%n) {
  }
  return
}

// -----

func.func @if_kind(%n: index) {
  // expected-error @below {{custom op 'affine.if' invalid kind of attribute specified}}
  affine.if affine_map<(d0) -> (d0)>(%n) {
  }
  return
}

// -----

/// A yield matches its parent's results.
func.func @yield_count(%x: f32) {
  %r = affine.for %i = 0 to 10 iter_args(%a = %x) -> (f32) {
    // expected-error @below {{'affine.yield' op parent of yield must have same number of results as the yield operands}}
    affine.yield
  }
  return
}

// -----

func.func @yield_type(%x: f32, %y: i32) {
  %n = arith.constant 0 : index
  %r = affine.if affine_set<(d0) : (d0 >= 0)>(%n) -> f32 {
    // expected-error @below {{'affine.yield' op types mismatch between yield op and its parent}}
    affine.yield %y : i32
  } else {
    affine.yield %x : f32
  }
  return
}

// -----

func.func @yield_parent() {
  // expected-error @below {{'affine.yield' op only terminates affine.if/for/parallel regions}}
  affine.yield
}

// -----

/// The body's terminator is affine.yield.
func.func @terminator() {
  // expected-error @below {{'affine.for' op expects regions to end with 'affine.yield', found 'llvm.unreachable'}}
  // expected-note @below {{in custom textual format, the absence of terminator implies 'affine.yield'}}
  "affine.for"() <{lowerBoundMap = affine_map<() -> (0)>, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = affine_map<() -> (10)>}> ({
  ^bb0(%i: index):
    llvm.unreachable
  }) : () -> ()
  return
}

// -----

/// Without a header, the header's first error is reported at the region, before its body.
func.func @no_header() {
  // expected-error @below {{expected SSA operand}}
  affine.for {
    %x = "unterminated
  }
  return
}

// -----

func.func @if_no_header() {
  // expected-error @below {{custom op 'affine.if' invalid kind of attribute specified}}
  affine.if {
  }
  return
}
