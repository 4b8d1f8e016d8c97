/// --list-passes lists every registered pass with its summary and options in
/// upstream's layout, and exits.

// RUN: pymlir-opt -list-passes | FileCheck %s
//      CHECK: Passes:
//      CHECK:   --canonicalize                                          -   Canonicalize operations
// CHECK-NEXT:     --disable-patterns=<string>                           - Labels of patterns that should be filtered out during application
// CHECK-NEXT:     --enable-patterns=<string>                            - Labels of patterns that should be used during application, all other patterns are filtered out
// CHECK-NEXT:     --max-iterations=<long>                               - Max. iterations between applying patterns / simplifying regions
// CHECK-NEXT:     --max-num-rewrites=<long>                             - Max. number of pattern rewrites within an iteration
// CHECK-NEXT:     --region-simplify=<value>                             - Perform control flow optimizations to the region tree
// CHECK-NEXT:     =disabled                                           -   Don't run any control-flow simplification.
// CHECK-NEXT:     =normal                                             -   Perform simple control-flow simplifications (e.g. dead args elimination).
// CHECK-NEXT:     =aggressive                                         -   Perform aggressive control-flow simplification (e.g. block merging).
// CHECK-NEXT:     --test-convergence                                    - Test only: Fail pass on non-convergence to detect cyclic pattern
// CHECK-NEXT:     --top-down                                            - Seed the worklist in general top-down order
//      CHECK:   --cse                                                   -   Eliminate common sub-expressions
