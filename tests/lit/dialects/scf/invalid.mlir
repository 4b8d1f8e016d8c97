// RUN: pymlir-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

/// The types yielded by scf.if must match its results.
func.func @if_yield_type(%c: i1, %x: i32, %y: f32) {
  // expected-error @+1 {{'scf.if' op along control flow edge from Operation scf.yield to parent: successor operand type #0 'f32' should match successor input type #0 'i32'}}
  %r = scf.if %c -> (i32) {
    scf.yield %y : f32 // expected-note {{region branch point}}
  } else {
    scf.yield %x : i32
  }
  return
}

// -----

/// An scf.if with results needs an else region.
func.func @if_without_else(%c: i1, %x: i32) {
  // expected-error @+1 {{'scf.if' op must have an else block if defining values}}
  %r = scf.if %c -> (i32) {
    scf.yield %x : i32
  }
  return
}

// -----

/// The number of yielded values must match.
func.func @if_yield_count(%c: i1, %x: i32) {
  // expected-error @+1 {{'scf.if' op along control flow edge from Operation scf.yield to parent: region branch point has 2 operands, but region successor needs 1 inputs}}
  %r = scf.if %c -> (i32) {
    scf.yield %x, %x : i32, i32 // expected-note {{region branch point}}
  } else {
    scf.yield %x : i32
  }
  return
}

// -----

/// scf.if's condition is an i1.
func.func @if_condition_type(%c: i32) {
  // expected-error @+1 {{'scf.if' op operand #0 must be 1-bit signless integer, but got 'i32'}}
  "scf.if"(%c) ({
    scf.yield
  }, {
  }) : (i32) -> ()
  return
}

// -----

/// scf.if's regions take no arguments.
func.func @if_region_args(%c: i1) {
  // expected-error @+1 {{'scf.if' op region #0 should have no arguments}}
  "scf.if"(%c) ({
  ^bb0(%a: i32):
    scf.yield
  }, {
  }) : (i1) -> ()
  return
}

// -----

/// A loop with iter_args must yield them.
func.func @for_missing_yield(%lb: index, %x: i32) {
  // expected-error @+1 {{'scf.for' op along control flow edge from Operation scf.yield to Region #0: region branch point has 0 operands, but region successor needs 1 inputs}}
  %r = scf.for %i = %lb to %lb step %lb iter_args(%a = %x) -> (i32) {
    scf.yield // expected-note {{region branch point}}
  }
  return
}

// -----

/// The yielded values have the iter_args' types (LoopLikeOpInterface's message).
func.func @for_yield_type(%lb: index, %x: i32) {
  // expected-error @+1 {{'scf.for' op 0-th region iter_arg and 0-th yielded value have different type: 'i32' != 'f32'}}
  %r = scf.for %i = %lb to %lb step %lb iter_args(%a = %x) -> (i32) {
    %f = arith.constant 1.0 : f32
    scf.yield %f : f32
  }
  return
}

// -----

/// The body of scf.for is a single block.
func.func @for_two_blocks(%lb: index) {
  // expected-error @+1 {{'scf.for' op expects region #0 to have 0 or 1 blocks}}
  scf.for %i = %lb to %lb step %lb {
    cf.br ^bb1
  ^bb1:
    scf.yield
  }
  return
}

// -----

/// The induction variable has the bounds' type.
func.func @for_iv_type(%lb: index) {
  // expected-error @+1 {{'scf.for' op expected induction variable to be same type as bounds and step}}
  "scf.for"(%lb, %lb, %lb) ({
  ^bb0(%i: i32):
    scf.yield
  }) : (index, index, index) -> ()
  return
}

// -----

/// Bounds and step have one type.
func.func @for_bound_types(%lb: index, %x: i32) {
  // expected-error @+1 {{'scf.for' op failed to verify that all of {lowerBound, upperBound, step} have same type}}
  "scf.for"(%lb, %x, %lb) ({
  ^bb0(%i: index):
    scf.yield
  }) : (index, i32, index) -> ()
  return
}

// -----

/// Bounds are integers or indices.
func.func @for_float_bounds(%lb: f32) {
  // expected-error @+1 {{'scf.for' op operand #0 must be signless integer or index, but got 'f32'}}
  "scf.for"(%lb, %lb, %lb) ({
  ^bb0(%i: f32):
    scf.yield
  }) : (f32, f32, f32) -> ()
  return
}

// -----

/// One region iter_arg per init.
func.func @for_iter_arg_count(%lb: index, %x: i32) {
  // expected-error @+1 {{'scf.for' op different number of inits and region iter_args: 1 != 0}}
  %r = "scf.for"(%lb, %lb, %lb, %x) ({
  ^bb0(%i: index):
    scf.yield
  }) : (index, index, index, i32) -> i32
  return
}

// -----

/// The region of scf.for has one block.
func.func @for_empty_region(%lb: index) {
  // expected-error @+1 {{'scf.for' op region #0 ('region') failed to verify constraint: region with 1 blocks}}
  "scf.for"(%lb, %lb, %lb) ({
  }) : (index, index, index) -> ()
  return
}

// -----

/// The terminator of scf.for is scf.yield.
func.func @for_terminator(%lb: index) {
  // expected-error @+2 {{'scf.for' op expects regions to end with 'scf.yield', found 'test.foo'}}
  // expected-note @+1 {{in custom textual format, the absence of terminator implies 'scf.yield'}}
  "scf.for"(%lb, %lb, %lb) ({
  ^bb0(%i: index):
    "test.foo"() : () -> ()
  }) : (index, index, index) -> ()
  return
}

// -----

/// The number of iter_args and result types must agree.
func.func @for_result_count(%lb: index) {
  // expected-error @+1 {{custom op 'scf.for' mismatch in number of loop-carried values and defined values}}
  %r = scf.for %i = %lb to %lb step %lb iter_args(%a = %lb) -> (index, index) {
  }
  return
}

// -----

/// `to` is a keyword of scf.for.
func.func @for_keyword(%lb: index) {
  // expected-error @+1 {{custom op 'scf.for' expected 'to'}}
  scf.for %i = %lb too %lb step %lb {
  }
  return
}

// -----

/// A loop header must be followed by its body.
func.func @for_no_body(%lb: index) {
  // expected-error @+1 {{expected '{' to begin a region}}
  scf.for %i = %lb to %lb step %lb
  return
}

// -----

/// scf.yield lives in the regions of a few scf ops only.
func.func @yield_parent() {
  // expected-error @+1 {{'scf.yield' op expects parent op to be one of 'scf.execute_region, scf.for, scf.if, scf.index_switch, scf.while'}}
  "scf.yield"() : () -> ()
}

// -----

/// The "before" region's arguments take the inits.
func.func @while_init_type(%x: i32, %c: i1) {
  // expected-error @+2 {{'scf.while' op along control flow edge from parent to Region #0: successor operand type #0 'i32' should match successor input type #0 'f32'}}
  // expected-note @+1 {{region branch point}}
  %r = "scf.while"(%x) ({
  ^bb0(%a: f32):
    scf.condition(%c) %a : f32
  }, {
  ^bb0(%b: f32):
    scf.yield %b : f32
  }) : (i32) -> f32
  return
}

// -----

/// scf.condition forwards its arguments to the results.
func.func @while_result_type(%x: i32, %c: i1) {
  // expected-error @+1 {{'scf.while' op along control flow edge from Operation scf.condition to parent: successor operand type #0 'i32' should match successor input type #0 'f32'}}
  %r = scf.while (%a = %x) : (i32) -> f32 {
    scf.condition(%c) %a : i32 // expected-note {{region branch point}}
  } do {
  ^bb0(%b: i32):
    scf.yield %b : i32
  }
  return
}

// -----

/// The "before" region ends with scf.condition.
func.func @while_before_terminator(%x: i32) {
  // expected-error @+1 {{'scf.while' op expects the 'before' region to terminate with 'scf.condition'}}
  %r = scf.while (%a = %x) : (i32) -> i32 {
    scf.yield %a : i32 // expected-note {{terminator here}}
  } do {
  ^bb0(%b: i32):
    scf.yield %b : i32
  }
  return
}

// -----

/// The inits and the function type's inputs agree.
func.func @while_input_count(%x: i32, %c: i1) {
  // expected-error @+1 {{custom op 'scf.while' expected as many input types as operands (expected 1 got 2)}}
  %r = scf.while (%a = %x) : (i32, i32) -> i32 {
    scf.condition(%c) %a : i32
  } do {
  ^bb0(%b: i32):
    scf.yield %b : i32
  }
  return
}

// -----

/// scf.while's type is a function type.
func.func @while_type_kind(%x: index) {
  // expected-error @+1 {{custom op 'scf.while' invalid kind of type specified: expected builtin.function, but found 'index'}}
  scf.while (%a = %x) : index {
  } do {
  }
  return
}

// -----

/// scf.condition only terminates scf.while.
func.func @condition_parent(%x: index, %c: i1) {
  %r = "scf.for"(%x, %x, %x, %x) ({
  ^bb0(%i: index, %a: index):
    // expected-error @+1 {{'scf.condition' op expects parent op 'scf.while'}}
    "scf.condition"(%c) : (i1) -> ()
  }) : (index, index, index, index) -> index
  return
}

// -----

/// scf.execute_region's region has no arguments.
func.func @execute_region_args(%x: i32) {
  // expected-error @+1 {{'scf.execute_region' op region cannot have any arguments}}
  %r = scf.execute_region -> i32 {
  ^bb0(%q: i32):
    scf.yield %x : i32
  }
  return
}

// -----

/// scf.execute_region's region has a block.
func.func @execute_region_empty() {
  // expected-error @+1 {{'scf.execute_region' op region needs to have at least one block}}
  %r = "scf.execute_region"() ({}) : () -> i32
  return
}

// -----

/// Every region of scf.index_switch yields as many values as it has results.
func.func @switch_yield_count(%x: index) {
  // expected-error @+1 {{'scf.index_switch' op expected each region to return 1 values, but default region returns 0}}
  %r = scf.index_switch %x -> i32
  case 1 {
    %c = arith.constant 1 : i32
    scf.yield %c : i32
  }
  default {
    scf.yield // expected-note {{see yield operation here}}
  }
  return
}

// -----

/// Case values are distinct.
func.func @switch_duplicate(%x: index, %i: i32) {
  // expected-error @+1 {{'scf.index_switch' op has duplicate case value: 1}}
  %r = scf.index_switch %x -> i32
  case 1 {
    scf.yield %i : i32
  }
  case 1 {
    scf.yield %i : i32
  }
  default {
    scf.yield %i : i32
  }
  return
}

// -----

/// One case value per case region.
func.func @switch_case_count(%x: index) {
  // expected-error @+1 {{'scf.index_switch' op has 0 case regions but 1 case values}}
  "scf.index_switch"(%x) <{cases = array<i64: 1>}> ({
    scf.yield
  }) : (index) -> ()
  return
}

// -----

/// A case region cannot be empty.
func.func @switch_empty_case(%x: index) {
  // expected-error @+1 {{'scf.index_switch' op region #1 ('caseRegions') failed to verify constraint: region with 1 blocks}}
  "scf.index_switch"(%x) <{cases = array<i64: 1>}> ({
    scf.yield
  }, {
  }) : (index) -> ()
  return
}

// -----

/// scf.parallel ends with scf.reduce.
func.func @parallel_terminator(%x: index) {
  // expected-error @+1 {{'scf.parallel' op expects body to terminate with 'scf.reduce'}}
  "scf.parallel"(%x, %x, %x) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
  ^bb0(%a: index):
    scf.yield // expected-note {{terminator here}}
  }) : (index, index, index) -> ()
  return
}

// -----

/// scf.parallel has at least one dimension.
func.func @parallel_no_dims() {
  // expected-error @+1 {{'scf.parallel' op needs at least one tuple element for lowerBound, upperBound and step}}
  "scf.parallel"() <{operandSegmentSizes = array<i32: 0, 0, 0, 0>}> ({
    scf.reduce
  }) : () -> ()
  return
}

// -----

/// A constant step of scf.parallel is positive.
func.func @parallel_zero_step(%x: index) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{'scf.parallel' op constant step operand must be positive}}
  scf.parallel (%a) = (%x) to (%x) step (%c0) {
  }
  return
}

// -----

/// One induction variable per dimension.
func.func @parallel_iv_count(%x: index) {
  // expected-error @+1 {{'scf.parallel' op expects the same number of induction variables: 2 as bound and step values: 1}}
  "scf.parallel"(%x, %x, %x) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
  ^bb0(%a: index, %b: index):
    scf.reduce
  }) : (index, index, index) -> ()
  return
}

// -----

/// One reduction per result.
func.func @parallel_reductions(%x: index, %f: f32) {
  // expected-error @+1 {{'scf.parallel' op expects number of results: 1 to be the same as number of reductions: 0}}
  %r = scf.parallel (%a) = (%x) to (%x) step (%x) init (%f) -> f32 {
    scf.reduce
  }
  return
}

// -----

/// The reduced value has the result's type.
func.func @parallel_reduce_type(%x: index, %f: f32) {
  %r = scf.parallel (%a) = (%x) to (%x) step (%x) init (%f) -> f32 {
    // expected-error @+1 {{'scf.reduce' op expects type of 0-th reduction operand: 'index' to be the same as the 0-th result type: 'f32'}}
    scf.reduce(%x : index) {
    ^bb0(%l: index, %r: index):
      scf.reduce.return %l : index
    }
  }
  return
}

// -----

/// A reduction region takes two arguments of the reduced type.
func.func @reduce_region_args(%x: index, %f: f32) {
  %r = scf.parallel (%a) = (%x) to (%x) step (%x) init (%f) -> f32 {
    // expected-error @+1 {{'scf.reduce' op expected two block arguments with type 'f32' in the 0-th reduction region}}
    scf.reduce(%f : f32) {
    ^bb0(%l: f32, %r: i32):
      scf.reduce.return %l : f32
    }
  }
  return
}

// -----

/// scf.reduce.return returns the reduced type.
func.func @reduce_return_type(%x: index, %f: f32) {
  %r = scf.parallel (%a) = (%x) to (%x) step (%x) init (%f) -> f32 {
    scf.reduce(%f : f32) {
    ^bb0(%l: f32, %r: f32):
      // expected-error @+1 {{'scf.reduce.return' op must have type 'f32' (the type of the reduction inputs)}}
      scf.reduce.return %x : index
    }
  }
  return
}

// -----

/// The number of lower bounds is the number of induction variables.
func.func @parallel_bound_count(%x: index) {
  // expected-error @+1 {{custom op 'scf.parallel' expected 1 operands}}
  scf.parallel (%i) = (%x, %x) to (%x) step (%x) {
  }
  return
}

// -----

/// scf.forall has one upper bound per thread index.
func.func @forall_bound_count(%x: index) {
  // expected-error @+1 {{expected 1 upper bound values, got 2}}
  scf.forall (%i) in (%x, %x) {
  }
  return
}

// -----

/// scf.forall's shared outputs need their result types.
func.func @forall_outs_types(%x: index, %t: tensor<4xf32>) {
  // expected-error @+1 {{custom op 'scf.forall' number of operands and types do not match: got 1 operands and 0 types}}
  scf.forall (%i) in (%x) shared_outs(%o = %t) {
  }
  return
}

// -----

/// Without a header, the header's first error is reported at the region, before its body.
func.func @if_no_header() {
  // expected-error @below {{expected SSA operand}}
  scf.if {
    %x = "unterminated
  }
  return
}

// -----

func.func @while_no_header() {
  // expected-error @below {{expected ':'}}
  scf.while {
  } do {
  }
  return
}

// -----

func.func @parallel_no_header() {
  // expected-error @below {{expected '(' in argument list}}
  scf.parallel {
  }
  return
}

// -----

/// A region entry argument may not take the name of a value used before it (a pending
/// forward reference), as upstream's parseRegion checks.
func.func @entry_arg_name_used_before(%n: index) {
  // expected-note@+1 {{previously referenced here}}
  "test.use"(%i) : (index) -> ()
  // expected-error@+1 {{region entry argument '%i' is already in use}}
  scf.for %i = %n to %n step %n {
  }
  return
}
