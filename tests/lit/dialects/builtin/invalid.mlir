// RUN: pymlir-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

/// A cast has at least one result.
// expected-error @below {{'builtin.unrealized_conversion_cast' op expected at least one result for cast operation}}
"builtin.unrealized_conversion_cast"() : () -> ()

// -----

/// A module's discardable attributes are dialect attributes.
// expected-error @below {{'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'plain'}}
module attributes {plain} {
}

// -----

/// The module's body is exactly one block (the generic form does not add it).
// expected-error @below {{'builtin.module' op region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks}}
"builtin.module"() ({}) : () -> ()

// -----

/// The body block has no arguments.
// expected-error @below {{'builtin.module' op region should have no arguments}}
"builtin.module"() ({
^bb0(%a: i32):
}) : () -> ()

// -----

/// A module's symbol visibility is one of the three.
// expected-error @below {{'builtin.module' op visibility expected to be one of ["public", "private", "nested"], but got "open"}}
module @m attributes {sym_visibility = "open"} {
}

// -----

/// The module's body is a single block.
// expected-error @below {{'builtin.module' op expects region #0 to have 0 or 1 blocks}}
module {
  "x.op"() : () -> ()
^bb1:
}
