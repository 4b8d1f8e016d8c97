/// --dump-pass-pipeline prints the pipeline as parsed, on stderr, once per input chunk.

/// Options are printed sorted by name, with their values (an empty list prints
/// nothing); a nested pass manager counts as one pass.
// RUN: pymlir-opt %s -pass-pipeline='builtin.module(func.func(cse,canonicalize{max-iterations=3 top-down=0}),cse)' -dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=NESTED
//      NESTED: Pass Manager with 2 passes:
// NESTED-NEXT: builtin.module(
// NESTED-NEXT:   func.func(
// NESTED-NEXT:     cse,
// NESTED-NEXT:     canonicalize{  max-iterations=3 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=false}
// NESTED-NEXT:   ),
// NESTED-NEXT:   cse
// NESTED-NEXT: )

/// Pass flags run in command-line order on the top-level module; -p is -pass-pipeline.
// RUN: pymlir-opt %s -canonicalize='region-simplify=aggressive' -cse -dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=FLAGS
// RUN: pymlir-opt %s -p 'builtin.module(canonicalize{region-simplify=aggressive},cse)' -dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=FLAGS
//      FLAGS: Pass Manager with 2 passes:
// FLAGS-NEXT: builtin.module(
// FLAGS-NEXT:   canonicalize{  max-iterations=10 max-num-rewrites=-1 region-simplify=aggressive test-convergence=false top-down=true},
// FLAGS-NEXT:   cse
// FLAGS-NEXT: )

/// List options accumulate and keep their elements; a string with a space is braced.
// RUN: pymlir-opt %s -pass-pipeline='builtin.module(canonicalize{disable-patterns=A,B disable-patterns={C D}})' -dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=LIST
// LIST: canonicalize{disable-patterns={A,B,{C D}}  max-iterations=10

/// Without passes the pipeline is empty.
// RUN: pymlir-opt %s -dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=NONE
//      NONE: Pass Manager with 0 passes:
// NONE-NEXT: builtin.module(
// NONE-EMPTY:
// NONE-NEXT: )

// RUN: pymlir-opt %s -split-input-file -cse -dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=CHUNKS
// CHUNKS-COUNT-2: Pass Manager with 1 passes:

func.func @f() {
  return
}

// -----

func.func @g() {
  return
}
