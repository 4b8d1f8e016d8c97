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

// -----

/// affine.apply needs its map attribute.
func.func @apply_no_map(%i: index) {
  // expected-error @below {{'affine.apply' op requires attribute 'map'}}
  %0 = "affine.apply"(%i) : (index) -> index
  return
}

// -----

func.func @apply_operand_count(%i: index) {
  // expected-error @below {{'affine.apply' op operand count and affine map dimension and symbol count must match}}
  %0 = "affine.apply"(%i) <{map = affine_map<(d0, d1) -> (d0)>}> : (index) -> index
  return
}

// -----

func.func @apply_two_values(%i: index) {
  // expected-error @below {{'affine.apply' op mapping must produce one value}}
  %0 = "affine.apply"(%i) <{map = affine_map<(d0) -> (d0, d0)>}> : (index) -> index
  return
}

// -----

/// The custom form checks the dim and symbol lists against the map.
func.func @apply_mismatch(%i: index) {
  // expected-error @below {{custom op 'affine.apply' dimension or symbol index mismatch}}
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 + s0)>(%i)
  return
}

// -----

/// The custom form gives affine.apply one result per map result.
func.func @apply_results(%i: index) {
  // expected-error @below {{operation defines 2 results but was provided 1 to bind}}
  %0 = affine.apply affine_map<(d0) -> (d0, d0)>(%i)
  return
}

// -----

func.func @apply_one_result(%i: index) {
  // expected-error @below {{'affine.apply' op requires one result}}
  affine.apply affine_map<(d0) -> ()>(%i)
  return
}

// -----

func.func @apply_not_a_map(%i: index) {
  // expected-error @below {{custom op 'affine.apply' invalid kind of attribute specified}}
  %0 = affine.apply 3(%i)
  return
}

// -----

/// An induction variable is a dim, never a symbol of affine.apply.
func.func @apply_dim_as_symbol() {
  affine.for %k = 0 to 8 {
    // expected-error @below {{dimensional operand cannot be used as a symbol}}
    %0 = affine.apply affine_map<()[s0] -> (s0)>()[%k]
  }
  return
}

// -----

func.func @min_operand_count(%i: index) {
  // expected-error @below {{'affine.min' op operand count and affine map dimension and symbol count must match}}
  %0 = affine.min affine_map<(d0)[s0] -> (d0 + s0)>(%i)
  return
}

// -----

func.func @max_no_result() {
  // expected-error @below {{'affine.max' op affine map expect at least one result}}
  %0 = "affine.max"() <{map = affine_map<() -> ()>}> : () -> index
  return
}

// -----

// expected-note @below {{prior use here}}
func.func @max_operand_type(%i: i32) {
  // expected-error @below {{use of value '%i' expects different type than prior uses: 'index' vs 'i32'}}
  %0 = affine.max affine_map<(d0) -> (d0)>(%i)
  return
}

// -----

func.func @load_rank(%A: memref<4x4xf32>, %i: index) {
  // expected-error @below {{'affine.load' op affine map num results must equal memref rank}}
  %0 = affine.load %A[%i] : memref<4x4xf32>
  return
}

// -----

func.func @load_subscripts(%A: memref<4xf32>, %i: index) {
  // expected-error @below {{'affine.load' op expects as many subscripts as affine map inputs}}
  %0 = "affine.load"(%A, %i) <{map = affine_map<(d0, d1) -> (d0)>}> : (memref<4xf32>, index) -> f32
  return
}

// -----

func.func @load_type(%A: memref<4xf32>, %i: index) {
  // expected-error @below {{'affine.load' op result type must match element type of memref}}
  %0 = "affine.load"(%A, %i) <{map = affine_map<(d0) -> (d0)>}> : (memref<4xf32>, index) -> f16
  return
}

// -----

func.func @store_type(%A: memref<4xf32>, %v: f16, %i: index) {
  // expected-error @below {{'affine.store' op value to store must have the same type as memref element type}}
  "affine.store"(%v, %A, %i) <{map = affine_map<(d0) -> (d0)>}> : (f16, memref<4xf32>, index) -> ()
  return
}

// -----

/// scf.for is no affine scope: its induction variable is neither a dim nor a symbol.
func.func @load_scf_iv(%A: memref<4xf32>, %i: index) {
  scf.for %k = %i to %i step %i {
    // expected-error @below {{'affine.load' op operand cannot be used as a dimension id}}
    %0 = affine.load %A[%k] : memref<4xf32>
  }
  return
}

// -----

func.func @store_iv_symbol(%A: memref<4xf32>, %v: f32) {
  affine.for %k = 0 to 8 {
    // expected-error @below {{'affine.store' op operand cannot be used as a symbol}}
    affine.store %v, %A[symbol(%k)] : memref<4xf32>
  }
  return
}

// -----

/// Subscripts are affine: a product needs a constant or symbolic side.
func.func @load_non_affine(%A: memref<4xf32>, %i: index) {
  // expected-error @below {{non-affine expression: at least one of the multiply operands has to be either a constant or symbolic}}
  %0 = affine.load %A[%i * %i] : memref<4xf32>
  return
}

// -----

func.func @load_bare_id(%A: memref<4xf32>, %i: index) {
  // expected-error @below {{use of undeclared identifier}}
  %0 = affine.load %A[%i + d0] : memref<4xf32>
  return
}

// -----

func.func @load_symbol_paren(%A: memref<4xf32>, %i: index) {
  // expected-error @below {{expected '(' at start of SSA symbol}}
  %0 = affine.load %A[symbol %i] : memref<4xf32>
  return
}

// -----

func.func @load_unclosed(%A: memref<4xf32>, %i: index) {
  // expected-error @below {{expected ']' in affine map}}
  %0 = affine.load %A[symbol(%i)) : memref<4xf32>
  return
}

// -----

func.func @load_no_subscripts(%A: memref<4xf32>) {
  // expected-error @below {{expected '[' in affine map}}
  %0 = affine.load %A : memref<4xf32>
  return
}
