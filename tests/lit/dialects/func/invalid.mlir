// RUN: pymlir-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

/// A call's result types must be the callee's; the notes list both.
func.func private @pair() -> (i64, f16)
func.func @call_result_mismatch() {
  // expected-error @below {{'func.call' op result type mismatch at index 0}}
  // expected-note @below {{      op result types: 'f16', 'i64'}}
  // expected-note @below {{function result types: 'i64', 'f16'}}
  %0:2 = call @pair() : () -> (f16, i64)
  return
}

// -----

func.func private @takes(i32)
func.func @call_operand_mismatch(%a: i16) {
  // expected-error @below {{'func.call' op operand type mismatch: expected operand type 'i32', but provided 'i16' for operand number 0}}
  call @takes(%a) : (i16) -> ()
  return
}

// -----

func.func private @takes(i32)
func.func @call_operand_count(%a: i32) {
  // expected-error @below {{'func.call' op incorrect number of operands for callee}}
  call @takes(%a, %a) : (i32, i32) -> ()
  return
}

// -----

func.func @call_result_count(%a: i32) {
  // expected-error @below {{'func.call' op incorrect number of results for callee}}
  %0 = call @call_result_count(%a) : (i32) -> i32
  return
}

// -----

func.func @call_unknown() {
  // expected-error @below {{'func.call' op 'missing' does not reference a valid function}}
  call @missing() : () -> ()
  return
}

// -----

/// The callee of call_indirect fixes the operand types.
func.func @call_indirect_count(%a: i32) {
  %f = constant @call_indirect_count : (i32) -> ()
  // expected-error @below {{custom op 'func.call_indirect' number of operands and types do not match: got 2 operands and 1 types}}
  call_indirect %f(%a, %a) : (i32) -> ()
  return
}

// -----

func.func @call_indirect_results(%a: i32) {
  %f = constant @call_indirect_results : (i32) -> ()
  // expected-error @below {{'func.call_indirect' op failed to verify that callee result types match result types}}
  %0 = "func.call_indirect"(%f, %a) : ((i32) -> (), i32) -> i8
  return
}

// -----

func.func @call_indirect_inputs(%a: i32) {
  %f = constant @call_indirect_inputs : (i32) -> ()
  // expected-error @below {{'func.call_indirect' op failed to verify that callee input types match argument types}}
  "func.call_indirect"(%f, %f) : ((i32) -> (), (i32) -> ()) -> ()
  return
}

// -----

func.func @call_indirect_not_function(%a: i32) {
  // expected-error @below {{'func.call_indirect' op operand #0 must be function type, but got 'i32'}}
  "func.call_indirect"(%a) : (i32) -> ()
  return
}

// -----

func.func @constant_mismatched_type() {
  // expected-error @below {{'func.constant' op reference to function with mismatched type}}
  %f = constant @constant_mismatched_type : (i1) -> ()
  return
}

// -----

func.func @constant_undefined() {
  // expected-error @below {{'func.constant' op reference to undefined function 'nowhere'}}
  %f = constant @nowhere : () -> ()
  return
}

// -----

/// func.return: operand count, types (this one without the op prefix), parent.
func.func @return_count() -> (i32, i32) {
  %0 = "x.value"() : () -> i32
  // expected-error @below {{'func.return' op has 1 operands, but enclosing function (@return_count) returns 2}}
  return %0 : i32
}

// -----

func.func @return_type() -> i32 {
  %0 = "x.value"() : () -> i64
  // expected-error @below {{type of return operand 0 ('i64') doesn't match function result type ('i32') in function @return_type}}
  return %0 : i64
}

// -----

func.func @return_parent() {
  "x.region"() ({
    // expected-error @below {{'func.return' op expects parent op 'func.func'}}
    func.return
  }) : () -> ()
  return
}

// -----

/// Entry block arguments must match the signature.
// expected-error @below {{'func.func' op entry block must have 1 arguments to match function signature}}
func.func @entry_count(i32) {
  return
}

// -----

// expected-error @below {{'func.func' op type of entry block argument #0('i64') must match the type of the corresponding argument in function signature('i32')}}
"func.func"() <{function_type = (i32) -> (), sym_name = "entry_type"}> ({
^bb0(%a: i64):
  "func.return"() : () -> ()
}) : () -> ()

// -----

/// Names must be used consistently in a signature.
func.func @mixed_names(%a: i32,
                       // expected-error @below {{custom op 'func.func' expected SSA identifier}}
                       f32) {
  return
}

// -----

func.func @mixed_names(f32,
                       // expected-error @below {{custom op 'func.func' expected type instead of SSA identifier}}
                       %a: i32) {
  return
}

// -----

/// With named arguments, the entry block has no label.
func.func @named_and_label(%a: i32) {
// expected-error @below {{invalid block name in region with named arguments}}
^bb0(%b: i32):
  return
}

// -----

// expected-error @below {{region entry argument '%a' is already in use}}
// expected-note @below {{previously referenced here}}
func.func @duplicate_argument(%a: i32, %a: i32) {
  return
}

// -----

// expected-error @below {{custom op 'func.func' expected non-empty function body}}
func.func @empty_body() {}

// -----

// expected-error @below {{custom op 'func.func' expected valid '@'-identifier for symbol name}}
func.func no_at_sign()

// -----

/// Symbols: a declaration is not public, a nested function needs a symbol table.
// expected-error @below {{'func.func' op symbol declaration cannot have public visibility}}
func.func @public_declaration()

// -----

func.func @outer() {
  // expected-error @below {{'func.func' op symbol's parent must have the SymbolTable trait}}
  func.func @inner() {
    return
  }
  return
}

// -----

// expected-error @below {{'func.func' op visibility expected to be one of ["public", "private", "nested"], but got "hidden"}}
"func.func"() <{function_type = () -> (), sym_name = "bad_visibility", sym_visibility = "hidden"}> ({
}) : () -> ()

// -----

/// Attributes given by the syntax cannot be repeated in `attributes {...}`.
// expected-error @below {{custom op 'func.func' 'sym_visibility' is an inferred attribute and should not be specified in the explicit attribute dictionary}}
func.func @inferred_visibility() attributes {sym_visibility = "private"}

// -----

// expected-error @below {{custom op 'func.func' 'sym_name' is an inferred attribute and should not be specified in the explicit attribute dictionary}}
func.func private @inferred_name() attributes {sym_name = "g"}

// -----

// expected-error @below {{custom op 'func.func' 'function_type' is an inferred attribute and should not be specified in the explicit attribute dictionary}}
func.func private @inferred_type() attributes {function_type = () -> ()}

// -----

/// Argument and result attribute arrays: one dictionary each, dialect attributes only.
// expected-error @below {{'func.func' op expects argument attribute array to have the same number of elements as the number of function arguments, got 2, but expected 1}}
func.func private @arg_attrs_count(i32) attributes {arg_attrs = [{}, {}]}

// -----

// expected-error @below {{'func.func' op expects result attribute array to have the same number of elements as the number of function results, got 1, but expected 0}}
func.func private @res_attrs_count() attributes {res_attrs = [{}]}

// -----

// expected-error @below {{'func.func' op arguments may only have dialect attributes}}
func.func private @arg_attr_undotted(i1 {plain = 1})

// -----

// expected-error @below {{'func.func' op results may only have dialect attributes}}
func.func private @res_attr_undotted() -> (i1 {plain})

// -----

/// A signature's types are parsed as types.
// expected-error @below {{expected non-function type}}
func.func @not_a_type(...)

// -----

/// A symbol name starts with a letter or '_' (or is a string).
// expected-error @below {{@ identifier expected to start with letter or '_'}}
func.func private @0f()
