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

// -----

/// A parenthesized type is a function type: `->` must follow.
// expected-error@+1 {{expected '->' in function type}}
%0 = "t.inner"() : (i32) "t.next"() : () -> ()

// -----

/// A generic op's type that is not a function type: reported at the type.
// expected-error@+1 {{expected function type}}
%1 = "t.one"() {attr = 1} :   i32

// -----

// expected-error@+1 {{expected '{' to begin a region}}
"t.d"() ( ) : () -> ()

// -----

// expected-error@+1 {{expected '{' to begin a region}}
"t.d"() ( {}, x) : () -> ()

// -----

/// An identifier where no op may start: the region list's error, not an unknown op.
// expected-error@+1 {{expected ')' to end region list}}
"t.d"() ( {} x) : () -> ()

// -----

/// An unterminated property dictionary reports the error inside it.
// expected-error@+1 {{expected '}' in attribute dictionary}}
"t.props"() <{p = 1 : i32 : () -> ()

// -----

/// Properties without their closing `>`.
// expected-error@+1 {{expected '>' to close properties}}
"t.props"() <{p = 1 : i32} : () -> ()

// -----

/// After a tensor's `,` no attribute starts: the `>` is missing.
// expected-error@+1 {{expected '>' in tensor type}}
"t.a"() {c = dense<1.0> : tensor<2x2xf32, d>} : () -> ()

// -----

// expected-error@+1 {{expected '<' in tensor type}}
"t.a"() {c = tensor} : () -> ()

// -----

// expected-error@+1 {{expected '<' in memref type}}
"t.a"() {c = memref} : () -> ()

// -----

// expected-error@+1 {{expected '<' in vector type}}
"t.a"() {c = vector} : () -> ()

// -----

// expected-error@+1 {{expected nested symbol reference identifier}}
"t.a"() {c = @sym:: x} : () -> ()

// -----

// expected-error@+1 {{@ identifier expected to start with letter or '_'}}
"t.a"() {c = @sym::@} : () -> ()

// -----

/// The lexer's error in the token after an unknown op name comes first.
// expected-error@+1 {{expected '"' in string literal}}
"t.b"() : () -> () ed.py":9:9)

// -----

/// A lone '/' is a token, not a lexer error: the op name is missing, reported at the
/// end of the previous token.
// expected-error@+1 {{expected operation name in quotes}}
func.func @slash() {
  / x
  return
}

// -----

/// An op name is a bare identifier, which may end with '.': `bute.` has no dialect
/// prefix, so the default dialect is tried.
func.func @trailing_dot() {
  // expected-error@+1 {{custom op 'bute.' is unknown (tried 'func.bute.' as well)}}
  bute.
  return
}

// -----

// expected-error@+1 {{custom op 'builtin.' is unknown}}
builtin.*odule {
}

// -----

/// A '%' without a name in a function signature is the lexer's error.
// expected-error@+1 {{invalid SSA name}}
func.func @f(%(t: i32) {
  return
}

// -----

/// A container type whose '<' is not closed where upstream expects: upstream parses
/// the type where it reads it, so the error is at its bad element type, not at a
/// later token.
func.func @f(%m: memref<4xf32>) {
  // expected-error@+1 {{expected non-function type}}
  %0 = memref.cast %m : memref<4xf3emref<4xi32>
  return
}
