// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

// expected-error@+1 {{'test.conversion_func_op' op entry block must have 1 arguments to match function signature}}
"test.conversion_func_op"() <{function_type = (i32) -> (), sym_name = "f"}> ({
  "test.return"() : () -> ()
}) : () -> ()

// -----

// expected-error@+1 {{'test.conversion_func_op' op type of entry block argument #0('i64') must match the type of the corresponding argument in function signature('i32')}}
"test.conversion_func_op"() <{function_type = (i32) -> (), sym_name = "f"}> ({
^bb0(%a: i64):
  "test.return"() : () -> ()
}) : () -> ()

// -----

func.func @region_result() {
  // expected-error@+1 {{'test.functional_region_op' op result #0 must be function type, but got 'i32'}}
  %0 = "test.functional_region_op"() ({
    "test.return"() : () -> ()
  }) : () -> i32
  return
}

// -----

func.func @call_callee() {
  // expected-error@+1 {{'test.conversion_call_op' op requires attribute 'callee'}}
  "test.conversion_call_op"() : () -> ()
  return
}
