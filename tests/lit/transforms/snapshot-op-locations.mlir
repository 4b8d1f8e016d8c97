// RUN: pymlir-opt %s --snapshot-op-locations='filename=%t' --mlir-print-debuginfo --mlir-print-local-scope --allow-unregistered-dialect | FileCheck %s
// RUN: FileCheck %s --input-file=%t --check-prefix=SNAP
// RUN: pymlir-opt %s --snapshot-op-locations='filename=%t.tag tag=snap' --mlir-print-debuginfo --mlir-print-local-scope --allow-unregistered-dialect | FileCheck %s --check-prefix=TAG
// RUN: pymlir-opt %s --snapshot-op-locations='filename=%t.dbg print-debuginfo' --allow-unregistered-dialect -o /dev/null
// RUN: FileCheck %s --input-file=%t.dbg --check-prefix=DBG
// RUN: not pymlir-opt %s --snapshot-op-locations='filename=%t.missing/x.mlir' --allow-unregistered-dialect 2>&1 | FileCheck %s --check-prefix=ERR

/// Each printed op gets its line in the snapshot and its indentation as column; the
/// implicit scf.yield is not printed and keeps its location.
// CHECK-LABEL: func.func @f
// CHECK-SAME: (%{{.*}}: i32 loc({{.*}}), %{{.*}}: i1 loc({{.*}}))
// CHECK-NEXT: arith.addi {{.*}} loc("{{.*}}snapshot-op-locations.mlir.tmp":3:4)
// CHECK-NEXT: "foo.region"
// CHECK-NEXT: "foo.inner"() : () -> () loc("{{.*}}snapshot-op-locations.mlir.tmp":5:6)
// CHECK-NEXT: }) : (i32) -> i32 loc("{{.*}}snapshot-op-locations.mlir.tmp":4:4)
// CHECK-NEXT: scf.if
// CHECK-NEXT: "foo.then"() : () -> () loc("{{.*}}snapshot-op-locations.mlir.tmp":8:6)
// CHECK-NEXT: } loc("{{.*}}snapshot-op-locations.mlir.tmp":7:4)
// CHECK-NEXT: return {{.*}} loc("{{.*}}snapshot-op-locations.mlir.tmp":10:4)
// CHECK-NEXT: } loc("{{.*}}snapshot-op-locations.mlir.tmp":2:2)
// CHECK-NEXT: } loc("{{.*}}snapshot-op-locations.mlir.tmp":1:0)

/// The snapshot is the IR as printed with the command line's flags (here local scope),
/// without locations.
// SNAP: module {
// SNAP-NEXT: func.func @f(%arg0: i32, %arg1: i1) -> i32 attributes {m = affine_map<(d0) -> (d0 + 1)>} {
// SNAP-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// SNAP-NOT: loc(

/// With a tag, the new location is fused with the old one under the tag's name.
// TAG: arith.addi {{.*}} loc(fused["original", "snap"("{{.*}}snapshot-op-locations.mlir.tmp.tag":3:4)])
// TAG: return {{.*}} loc(fused["{{.*}}snapshot-op-locations.mlir":{{[0-9]+}}:{{[0-9]+}}, "snap"("{{.*}}.tag":10:4)])

/// With print-debuginfo the snapshot holds the previous locations; aliases are printed
/// first, so the lines of the ops move down.
// DBG: #map = affine_map<(d0) -> (d0 + 1)>
// DBG: module {
// DBG: arith.addi {{.*}} loc(#loc{{[0-9]+}})
// DBG: #loc{{[0-9]*}} = loc("original")

/// A snapshot file that cannot be written is an error at the op the pass runs on.
// ERR: error: cannot open output file '{{.*}}missing/x.mlir': No such file or directory
#map = affine_map<(d0) -> (d0 + 1)>
func.func @f(%a: i32, %c: i1) -> i32 attributes {m = #map} {
  %0 = arith.addi %a, %a : i32 loc("original")
  %1 = "foo.region"(%0) ({
    "foo.inner"() : () -> ()
  }) : (i32) -> i32
  scf.if %c {
    "foo.then"() : () -> ()
  }
  return %1 : i32
}
