// RUN: pymlir-opt %s --allow-unregistered-dialect --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect --split-input-file | pymlir-opt --allow-unregistered-dialect --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect --split-input-file --mlir-print-op-generic | pymlir-opt --allow-unregistered-dialect --split-input-file | FileCheck %s

/// Ops with region count and size constraints keep their regions.
// CHECK-LABEL: func.func @region_counts
func.func @region_counts() {
  // CHECK: "test.two_region_op"() ({
  // CHECK-NEXT: "a"() : () -> ()
  // CHECK: }, {
  // CHECK-NEXT: }) : () -> ()
  "test.two_region_op"() ({ "a"() : () -> () }, {}) : () -> ()
  // CHECK: "test.sized_region_op"() ({
  // CHECK: ^bb1:
  // CHECK: }, {
  "test.sized_region_op"() ({
    "b"() : () -> ()
    cf.br ^next
  ^next:
    "c"() : () -> ()
  }, {
    "d"() : () -> ()
  }) : () -> ()
  return
}

// -----

/// Graph regions without terminators: a use may come before its definition.
// CHECK-LABEL: func.func @no_terminator
func.func @no_terminator() {
  // CHECK: test.single_no_terminator_op : {
  // CHECK-NEXT: %[[A:.*]] = "use"(%[[B:.*]]) : (i32) -> i32
  // CHECK-NEXT: %[[B]] = arith.constant 3 : i32
  // CHECK-NEXT: }
  test.single_no_terminator_op : {
    %a = "use"(%b) : (i32) -> i32
    %b = arith.constant 3 : i32
  }
  // CHECK: test.variadic_no_terminator_op : {
  // CHECK-NEXT: arith.constant 1 : i32
  // CHECK-NEXT: }, {
  // CHECK-NEXT: arith.constant 2 : i32
  // CHECK-NEXT: }
  "test.variadic_no_terminator_op"() ({
    %c = arith.constant 1 : i32
  }, {
    %d = arith.constant 2 : i32
  }) : () -> ()
  return
}

// -----

/// The hand-written form prints its region right after the name.
// CHECK-LABEL: func.func @custom_asm
func.func @custom_asm() {
  // CHECK: test.single_no_terminator_custom_asm_op{
  // CHECK-NEXT: "keep_me"() : () -> ()
  // CHECK-NEXT: }
  test.single_no_terminator_custom_asm_op {
    "keep_me"() : () -> ()
  }
  return
}

// -----

/// A region referenced again by a custom directive that prints nothing (upstream
/// leaves a space after the region).
// CHECK-LABEL: func.func @region_ref
func.func @region_ref() {
  // CHECK: test.dummy_op_with_region_ref {
  // CHECK-NEXT: "inner"() : () -> ()
  // CHECK-NEXT: {{^    \} $}}
  test.dummy_op_with_region_ref {
    "inner"() : () -> ()
  }
  return
}

// -----

/// Operands after a comma, their types after the attribute dictionary.
// CHECK-LABEL: func.func @args_types_split
// CHECK-SAME: (%[[A:.*]]: i32, %[[B:.*]]: i64)
func.func @args_types_split(%a: i32, %b: i64) {
  // CHECK: test.variadic_args_types_split "two", %[[A]], %[[B]] {note} : i32, i64
  test.variadic_args_types_split "two", %a, %b {note} : i32, i64
  // CHECK: test.variadic_args_types_split "none"{{$}}
  test.variadic_args_types_split "none"
  // CHECK: test.variadic_args_types_split "generic", %[[A]] : i32
  "test.variadic_args_types_split"(%a) <{str = "generic"}> : (i32) -> ()
  return
}
