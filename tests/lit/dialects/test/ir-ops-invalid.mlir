// RUN: pymlir-opt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics

/// An op with two declared regions given one.
// expected-error@+1 {{'test.two_region_op' op expected 2 regions}}
"test.two_region_op"() ({ "a"() : () -> () }) : () -> ()

// -----

/// SizedRegion<2> named in the message.
// expected-error@+1 {{region #0 ('my_region') failed to verify constraint: region with 2 blocks}}
"test.sized_region_op"() ({ "a"() : () -> () }, { "b"() : () -> () }) : () -> ()

// -----

/// An unnamed SizedRegion<1>: no name in the message; an empty region has no block.
// expected-error@+1 {{region #1 failed to verify constraint: region with 1 blocks}}
"test.sized_region_op"() ({
  "a"() : () -> ()
^bb1:
  "b"() : () -> ()
}, {}) : () -> ()

// -----

/// Each region of a variadic SizedRegion<1> list is checked (after SingleBlock).
// expected-error@+1 {{'test.variadic_no_terminator_op' op region #1 ('my_regions') failed to verify constraint: region with 1 blocks}}
"test.variadic_no_terminator_op"() ({ "a"() : () -> () }, {}) : () -> ()

// -----

/// The SingleBlock trait is checked before the region size.
// expected-error@+1 {{'test.single_no_terminator_custom_asm_op' op expects region #0 to have 0 or 1 blocks}}
test.single_no_terminator_custom_asm_op {
  "a"() : () -> ()
^bb1:
  "b"() : () -> ()
}

// -----

/// The hand-written parser adds no block to an empty region.
// expected-error@+1 {{region #0 failed to verify constraint: region with 1 blocks}}
test.single_no_terminator_custom_asm_op {
}

// -----

/// Types without their operands: the count mismatch at the op.
// expected-error@+1 {{custom op 'test.variadic_args_types_split' number of operands and types do not match: got 0 operands and 2 types}}
test.variadic_args_types_split "s" : i32, i64

// -----

/// Operands without types: the count mismatch at the operands.
func.func @f(%a: i32) {
  // expected-error@+1 {{custom op 'test.variadic_args_types_split' number of operands and types do not match: got 1 operands and 0 types}}
  test.variadic_args_types_split "s", %a
  return
}

// -----

/// The test dialect rejects `test.invalid_attr` on function arguments ...
// expected-error@+1 {{invalid to use 'test.invalid_attr'}}
func.func @arg(%a: i32 {test.invalid_attr}) {
  return
}

// -----

/// ... on function results, also of declarations ...
// expected-error@+1 {{invalid to use 'test.invalid_attr'}}
func.func private @res() -> (i32 {test.invalid_attr = 1 : i32})

// -----

/// ... and as a discardable attribute of any op; other `test.` names are fine.
func.func @op() attributes {test.fine} {
  // expected-error@+1 {{invalid to use 'test.invalid_attr'}}
  "foo.op"() {test.invalid_attr, test.other} : () -> ()
  return
}
