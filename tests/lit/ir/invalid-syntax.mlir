// RUN: pymlir-opt %s -allow-unregistered-dialect -split-input-file -verify-diagnostics

/// A dictionary entry without a name.
// expected-error@+1 {{expected attribute name}}
"t.a"() {d = 1, = 2} : () -> ()

// -----

/// A property entry without a name.
// expected-error@+1 {{expected attribute name}}
"t.a"() <{d = 1, = 3}> : () -> ()

// -----

/// A trailing comma in a block's argument list: the arguments are parsed before the ':'.
"t.r"() ({
// expected-error@+1 {{expected SSA operand}}
^bb0(%a: i32,)
}) : () -> ()

// -----

/// A block label without ':' after its arguments.
"t.r"() ({
// expected-error@+1 {{expected ':' after block name}}
^bb0(%a: i32) "t.x"() : () -> ()
}) : () -> ()

// -----

/// An unbalanced generic successor list reports its own error first.
// expected-error@+1 {{expected ',' or ']'}}
"t.br"()[^bb1, ^bb2> : () -> ()

// -----

/// Successors without a comma.
// expected-error@+1 {{expected ',' or ']'}}
"t.br"()[^bb1 ^bb2] : () -> ()

// -----

/// `loc(...)` as an attribute value is an inline location.
// expected-error@+1 {{expected ')' in inline location}}
"t.a"() {a = loc("a" x)} : () -> ()

// -----

/// A trailing location keeps upstream's wording.
// expected-error@+1 {{expected ')' in location}}
"t.a"() : () -> () loc("a" x)

// -----

// expected-error@+1 {{expected integer line number in FileLineColRange}}
"t.a"() : () -> () loc("a":x)

// -----

// expected-error@+1 {{expected integer column number in FileLineColRange}}
"t.a"() : () -> () loc("a":1:x)

// -----

// expected-error@+1 {{expected either integer or `:` post `to` in FileLineColRange}}
"t.a"() : () -> () loc("a":1:2 to x)

// -----

// expected-error@+1 {{expected integer column number in FileLineColRange}}
"t.a"() : () -> () loc("a":1:2 to :x)

// -----

// expected-error@+1 {{expected either integer or `:` post `to` in FileLineColRange}}
"t.a"() : () -> () loc("a":1:2 to 3)

// -----

// expected-error@+1 {{expected integer column number in FileLineColRange}}
"t.a"() : () -> () loc("a":1:2 to 3:x)

// -----

/// A quoted op name must be followed by its operand list.
// expected-error@+1 {{expected '(' to start operand list}}
"t.b" x : () -> ()

// -----

/// An integer followed by letters lexes as an integer, then an identifier (`5x`).
// expected-error@+1 {{expected '}' in attribute dictionary}}
"t.a"() {c = 5x} : () -> ()

// -----

// expected-error@+1 {{expected ')' in location}}
"t.a"() : () -> () loc("a":1:2x)

// -----

/// Array attributes are comma-separated lists.
// expected-error@+1 {{expected ',' or ']'}}
"t.a"() {c = [1, 2 3]} : () -> ()

// -----

// expected-error@+1 {{expected ']'}}
"t.a"() {c = strided<[1 x, 2]>} : () -> ()

// -----

// expected-error@+1 {{expected ','}}
"t.a"() {c = strided<[1, 2] x>} : () -> ()

// -----

// expected-error@+1 {{expected ','}}
"t.a"() {c = strided<[] x>} : () -> ()

// -----

// expected-error@+1 {{expected '[' after 'distinct'}}
"t.a"() {c = distinct x} : () -> ()

// -----

// expected-error@+1 {{expected distinct ID}}
"t.a"() {c = distinct[x]<>} : () -> ()

// -----

// expected-error@+1 {{expected ']' to close distinct ID}}
"t.a"() {c = distinct[0 x]<>} : () -> ()

// -----

// expected-error@+1 {{expected '<' after distinct ID}}
"t.a"() {c = distinct[0] x} : () -> ()

// -----

// expected-error@+1 {{expected '>' to close distinct attribute}}
"t.a"() {c = distinct[0]<1 x>} : () -> ()
