/// Errors of the textual pass pipeline: upstream's messages, with a caret under the
/// column of the pipeline text (the text inside the anchor) where parsing stopped.

// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(func.func(cse),nope)' 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: <unknown>:0: error: MLIR Textual PassPipeline Parser:1:16: error: 'nope' does not refer to a registered pass or pass pipeline
// UNKNOWN-NEXT: func.func(cse),nope
// UNKNOWN-NEXT: {{^}}               ^

// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(func.func(cse)' 2>&1 | FileCheck %s --check-prefix=UNBALANCED
// UNBALANCED: Parser:1:11: error: encountered unbalanced parentheses while parsing pipeline
// UNBALANCED-NEXT: func.func(cse
// UNBALANCED-NEXT: {{^}}          ^

// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(cse' 2>&1 | FileCheck %s --check-prefix=ANCHOR
// ANCHOR: <unknown>:0: error: expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'

// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(cse))' 2>&1 | FileCheck %s --check-prefix=EXTRA
// EXTRA: Parser:1:4: error: encountered extra closing ')' creating unbalanced parentheses while parsing pipeline
// EXTRA-NEXT: cse)
// EXTRA-NEXT: {{^}}   ^

// RUN: not pymlir-opt %s -pass-pipeline='func.func(cse' 2>&1 | FileCheck %s --check-prefix=ANCHOR

// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(func.func(cse) cse)' 2>&1 | FileCheck %s --check-prefix=COMMA
// COMMA: Parser:1:16: error: expected ',' after parsing pipeline
// COMMA-NEXT: func.func(cse) cse
// COMMA-NEXT: {{^}}               ^

// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(canonicalize{max-iterations=3)' 2>&1 | FileCheck %s --check-prefix=BRACE
// BRACE: Parser:1:13: error: missing closing '}' while processing pass options

// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(func.func())' 2>&1 | FileCheck %s --check-prefix=EMPTY
// EMPTY: Parser:1:11: error: '' does not refer to a registered pass or pass pipeline

/// Option errors: LLVM's option parser speaks first, then the pipeline's context.
// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(func.func(canonicalize{max-iterations=x}))' 2>&1 | FileCheck %s --check-prefix=VALUE
// VALUE: mlir-opt: for the --max-iterations option: 'x' value invalid for long argument!
// VALUE-NEXT: <unknown>:0: error: {{$}}
// VALUE-NEXT: failed to add `canonicalize` with options `max-iterations=x`
// VALUE-NEXT: failed to add `func.func` with options `` to inner pipeline

// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(canonicalize{test-convergence=yes})' 2>&1 | FileCheck %s --check-prefix=BOOL
// BOOL: mlir-opt: for the --test-convergence option: 'yes' is invalid value for boolean argument! Try 0 or 1

// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(canonicalize{region-simplify=most})' 2>&1 | FileCheck %s --check-prefix=ENUM
// ENUM: mlir-opt: for the --region-simplify option: Cannot find option named 'most'!

// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(canonicalize{max-iterations})' 2>&1 | FileCheck %s --check-prefix=NOVALUE
// NOVALUE: mlir-opt: for the --max-iterations option: requires a value!

// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(cse{fast=1})' 2>&1 | FileCheck %s --check-prefix=NOOPT
// NOOPT: <unknown>:0: error: <Pass-Options-Parser>: no such option fast
// NOOPT-EMPTY:
// NOOPT-NEXT: failed to add `cse` with options `fast=1`

/// A pass flag reports option errors without the pipeline's context.
// RUN: not pymlir-opt %s -canonicalize=max-iterations=x 2>&1 | FileCheck %s --check-prefix=FLAG
// FLAG: mlir-opt: for the --max-iterations option: 'x' value invalid for long argument!
// FLAG-NEXT: <unknown>:0: error: {{$}}
// FLAG-NOT: failed to add

/// A pipeline and pass flags do not mix.
// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(cse)' -cse 2>&1 | FileCheck %s --check-prefix=MIX
// MIX: <unknown>:0: error: '-pass-pipeline' option can't be used with individual pass options

/// An anchored pass manager runs only on its op.
// RUN: not pymlir-opt %s -pass-pipeline='func.func(cse)' 2>&1 | FileCheck %s --check-prefix=ROOT
// ROOT: error: can't run 'func.func' pass manager on 'builtin.module' op

/// Parse errors of the input come first: the pipeline is built for each parsed chunk.
// RUN: not pymlir-opt %s -split-input-file -pass-pipeline='builtin.module(nope)' 2>&1 | FileCheck %s --check-prefix=CHUNKS
// CHUNKS-COUNT-2: 'nope' does not refer to a registered pass or pass pipeline

func.func @f() {
  return
}

// -----

func.func @g() {
  return
}
