// RUN: pymlir-opt %s --view-op-graph --allow-unregistered-dialect -o /dev/null 2>&1 | FileCheck %s --strict-whitespace
// RUN: pymlir-opt %s --view-op-graph='print-data-flow-edges=false print-control-flow-edges=true print-attrs=false print-result-types=false' --allow-unregistered-dialect -o /dev/null 2>&1 | FileCheck %s --check-prefix=CFG
// RUN: pymlir-opt %s --view-op-graph='max-label-len=6' --mlir-elide-elementsattrs-if-larger=2 --allow-unregistered-dialect -o /dev/null 2>&1 | FileCheck %s --check-prefix=SHORT

/// Clusters for ops with regions and for blocks, record nodes with operand and result
/// ports for the others, colours by op name, then the data-flow edges.
// CHECK-LABEL: digraph G {
// CHECK-NEXT: {{^  }}compound = true;
// CHECK-NEXT: {{^  }}subgraph cluster_1 {
// CHECK-NEXT: {{^    }}v2 [label = " ", shape = plain];
// CHECK-NEXT: {{^    }}label = "builtin.module : ()\l";
// CHECK-NEXT: {{^    }}subgraph cluster_3 {
// CHECK-NEXT: {{^      }}v4 [label = " ", shape = plain];
// CHECK-NEXT: {{^      }}label = "";
// CHECK-NEXT: {{^      }}subgraph cluster_5 {
// CHECK-NEXT: {{^        }}v6 [label = " ", shape = plain];
// CHECK-NEXT: {{^        }}label = "func.func : ()\lfunction_type: (i32, i1) -\> i32\lsym_name: \"f\"\l";
// CHECK-NEXT: {{^        }}subgraph cluster_7 {
// CHECK-NEXT: {{^          }}v8 [label = " ", shape = plain];
// CHECK-NEXT: {{^          }}label = "";
// CHECK-NEXT: {{^          }}v9 [label = "<res_arg0> %arg0 i32", shape = Mrecord];
// CHECK-NEXT: {{^          }}v10 [label = "<res_arg1> %arg1 i1", shape = Mrecord];
// CHECK-NEXT: {{^          }}v11 [fillcolor = "0.000000 0.3 0.95", label = "{arith.constant\l\lvalue: dense\<[1, 2, 3]\> : t...\l|{<res_cst> %cst tensor\<3xi32\>}}", shape = Mrecord, style = filled];
// CHECK-NEXT: {{^          }}v12 [fillcolor = "0.125000 0.3 0.95", label = "{{[{][{]}}<arg_arg0> %arg0|<arg_arg0> %arg0}|arith.addi\l\loverflowFlags: #arith.overflow\<none...\l|{<res_0> %0 i32}}", shape = Mrecord, style = filled];
// CHECK-NEXT: {{^          }}subgraph cluster_13 {
// CHECK-NEXT: {{^            }}v14 [label = " ", shape = plain];
// CHECK-NEXT: {{^            }}label = "foo.region : (i32, f32)\lname: \"a\|b\"\l";
// CHECK-NEXT: {{^            }}subgraph cluster_15 {
// CHECK-NEXT: {{^              }}v16 [label = " ", shape = plain];
// CHECK-NEXT: {{^              }}label = "";
// CHECK-NEXT: {{^              }}v17 [fillcolor = "0.250000 0.3 0.95", label = "{{[{][{]}}<arg_0> %0|<arg_arg0> %arg0}|foo.yield\l}", shape = Mrecord, style = filled];
// CHECK-NEXT: {{^            }}}
// CHECK-NEXT: {{^          }}}
// CHECK-NEXT: {{^          }}v18 [fillcolor = "0.500000 0.3 0.95", label = "{{[{][{]}}<arg_1_1> %1#1}|foo.use\l}", shape = Mrecord, style = filled];
// CHECK-NEXT: {{^          }}v19 [fillcolor = "0.625000 0.3 0.95", label = "{{[{][{]}}<arg_0> %0}|func.return\l}", shape = Mrecord, style = filled];
// CHECK-NEXT: {{^        }}}
// CHECK-NEXT: {{^      }}}
// CHECK-NEXT: {{^    }}}
// CHECK-NEXT: {{^  }}}
// CHECK-NEXT: {{^  }}v9:res_arg0:s -> v12:arg_arg0:n[style = solid];
// CHECK-NEXT: {{^  }}v9:res_arg0:s -> v12:arg_arg0:n[style = solid];
// CHECK-NEXT: {{^  }}v12:res_0:s -> v17:arg_0:n[style = solid];
// CHECK-NEXT: {{^  }}v9:res_arg0:s -> v17:arg_arg0:n[style = solid];
// CHECK-NEXT: {{^  }}v9:res_arg0:s -> v14[lhead = cluster_13, style = solid];
// CHECK-NEXT: {{^  }}v14 -> v18:arg_1_1:n[ltail = cluster_13, style = solid];
// CHECK-NEXT: {{^  }}v12:res_0:s -> v19:arg_0:n[style = solid];
// CHECK-NEXT: {{^}}}

/// Control-flow edges join consecutive ops of a block; without attributes and types
/// the labels hold names only.
// CFG: label = "builtin.module";
// CFG: v11 [fillcolor = "0.000000 0.3 0.95", label = "{arith.constant\l|{<res_cst> %cst}}", shape = Mrecord, style = filled];
// CFG: v11 -> v12[style = dashed];
// CFG-NEXT: v12 -> v14[lhead = cluster_13, style = dashed];
// CFG-NEXT: v14 -> v18[ltail = cluster_13, style = dashed];
// CFG-NEXT: v18 -> v19[style = dashed];
// CFG-NEXT: }

/// Long attributes and types are cut; elements attributes above the elision limit
/// print as their shape.
// SHORT: label = "func.func : ()\lfunction_type: (i32, ...\lsym_name: \"f\"\l";
// SHORT: label = "{arith.constant\l\lvalue: [...] : tensor...\l|{<res_cst> %cst tensor...}}"
// SHORT: label = "foo.region : (i32, f...)\lname: \"a\|b\"\l";
func.func @f(%a: i32, %c: i1) -> i32 {
  %k = arith.constant dense<[1, 2, 3]> : tensor<3xi32>
  %0 = arith.addi %a, %a : i32
  %1:2 = "foo.region"(%a) ({
    "foo.yield"(%0, %a) : (i32, i32) -> ()
  }) {name = "a|b"} : (i32) -> (i32, f32)
  "foo.use"(%1#1) : (f32) -> ()
  return %0 : i32
}
