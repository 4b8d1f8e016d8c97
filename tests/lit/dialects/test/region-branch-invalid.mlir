// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

func.func @no_arrow(%a: i32) {
  // expected-error@+1 {{expected '->'}}
  test.region_if %a: i32 then {
  ^bb0(%x: i32):
    test.region_if_yield %x : i32
  } else {
  ^bb0(%x: i32):
    test.region_if_yield %x : i32
  } join {
  ^bb0(%z: i32):
    "test.region_if_yield"() : () -> ()
  }
  return
}

// -----

/// Every control-flow edge passes values matching the successor's inputs.
func.func @edge_type(%a: i32) {
  // expected-error@+1 {{'test.region_if' op along control flow edge from Operation test.region_if_yield to Region #2: successor operand type #0 'i32' should match successor input type #0 'i64'}}
  test.region_if %a: i32 -> () then {
  ^bb0(%x: i32):
    // expected-note@+1 {{region branch point}}
    test.region_if_yield %x : i32
  } else {
  ^bb0(%x: i32):
    test.region_if_yield %x : i32
  } join {
  ^bb0(%z: i64):
    "test.region_if_yield"() : () -> ()
  }
  return
}

// -----

func.func @edge_count(%a: i32) {
  // expected-error@+1 {{'test.region_if' op along control flow edge from Operation test.region_if_yield to Region #2: region branch point has 2 operands, but region successor needs 1 inputs}}
  test.region_if %a: i32 -> () then {
  ^bb0(%x: i32):
    test.region_if_yield %x : i32
  } else {
  ^bb0(%x: i32):
    // expected-note@+1 {{region branch point}}
    test.region_if_yield %x, %x : i32, i32
  } join {
  ^bb0(%z: i32):
    "test.region_if_yield"() : () -> ()
  }
  return
}
