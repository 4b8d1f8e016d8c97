// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// A graph region has at most one block.
func.func @graph_two_blocks() {
  // expected-error@+1 {{'test.graph_region' op expects graph region #0 to have 0 or 1 blocks}}
  test.graph_region {
    "test.foo"() : () -> ()
  ^bb1:
    "test.foo"() : () -> ()
  }
  return
}

// -----

/// A graph region still ends with a terminator (test.graph_region is not NoTerminator).
func.func @graph_no_terminator(%v: i32) {
  test.graph_region {
    %0 = arith.addi %1, %v : i32
    // expected-error@+1 {{block with no terminator, has %1 = "arith.addi"}}
    %1 = arith.addi %0, %v : i32
  }
  return
}

// -----

func.func @single_block_two_blocks(%t: tensor<2xf32>) {
  // expected-error@+1 {{'test.cse_of_single_block_op' op expects region #0 to have 0 or 1 blocks}}
  %0 = "test.cse_of_single_block_op"(%t) ({
  ^bb0(%x: f32):
    cf.br ^bb1
  ^bb1:
    test.region_yield %x : f32
  }) : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @yield_not_last(%v: i32) {
  // expected-error@+1 {{'test.region_yield' op must be the last operation in the parent block}}
  test.region_yield %v : i32
  return
}

// -----

func.func @one_region_none() {
  // expected-error@+1 {{'test.one_region_op' op requires one region}}
  "test.one_region_op"() : () -> ()
  return
}

// -----

/// test.symbol_scope's single block ends in a terminator and holds unique symbols.
"test.symbol_scope"() ({
  // expected-note@+1 {{see existing symbol definition here}}
  func.func @f() {
    return
  }
  // expected-error@+1 {{redefinition of symbol named 'f'}}
  func.func @f() {
    return
  }
  "test.finish"() : () -> ()
}) : () -> ()

// -----

// expected-error@+1 {{'test.symbol_scope' op expects region #0 to have 0 or 1 blocks}}
"test.symbol_scope"() ({
  "test.finish"() : () -> ()
^bb1:
  "test.finish"() : () -> ()
}) : () -> ()
