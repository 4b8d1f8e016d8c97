// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

/// Every binary op round-trips; discardable attributes follow the operands.
// CHECK-LABEL: func.func @binary(
// CHECK-SAME: %[[X:arg[0-9]+]]: index, %[[Y:arg[0-9]+]]: index) -> index {
// CHECK-NEXT: %[[V0:[0-9]+]] = index.add %[[X]], %[[Y]]
// CHECK-NEXT: %[[V1:[0-9]+]] = index.sub %[[V0]], %[[Y]]
// CHECK-NEXT: %[[V2:[0-9]+]] = index.mul %[[V1]], %[[X]]
// CHECK-NEXT: %[[V3:[0-9]+]] = index.divs %[[V2]], %[[Y]]
// CHECK-NEXT: %[[V4:[0-9]+]] = index.divu %[[V3]], %[[Y]]
// CHECK-NEXT: %[[V5:[0-9]+]] = index.ceildivs %[[V4]], %[[Y]]
// CHECK-NEXT: %[[V6:[0-9]+]] = index.ceildivu %[[V5]], %[[Y]]
// CHECK-NEXT: %[[V7:[0-9]+]] = index.floordivs %[[V6]], %[[Y]]
// CHECK-NEXT: %[[V8:[0-9]+]] = index.rems %[[V7]], %[[Y]]
// CHECK-NEXT: %[[V9:[0-9]+]] = index.remu %[[V8]], %[[Y]]
// CHECK-NEXT: %[[V10:[0-9]+]] = index.maxs %[[V9]], %[[Y]]
// CHECK-NEXT: %[[V11:[0-9]+]] = index.maxu %[[V10]], %[[Y]]
// CHECK-NEXT: %[[V12:[0-9]+]] = index.mins %[[V11]], %[[Y]]
// CHECK-NEXT: %[[V13:[0-9]+]] = index.minu %[[V12]], %[[Y]]
// CHECK-NEXT: %[[V14:[0-9]+]] = index.shl %[[V13]], %[[Y]]
// CHECK-NEXT: %[[V15:[0-9]+]] = index.shrs %[[V14]], %[[Y]]
// CHECK-NEXT: %[[V16:[0-9]+]] = index.shru %[[V15]], %[[Y]]
// CHECK-NEXT: %[[V17:[0-9]+]] = index.and %[[V16]], %[[Y]]
// CHECK-NEXT: %[[V18:[0-9]+]] = index.or %[[V17]], %[[Y]]
// CHECK-NEXT: %[[V19:[0-9]+]] = index.xor %[[V18]], %[[Y]] {tag = "x"}
// CHECK-NEXT: return %[[V19]] : index
// GENERIC-LABEL: "func.func"() <{function_type = (index, index) -> index, sym_name = "binary"}>
// GENERIC: "index.add"(%{{.*}}, %{{.*}}) : (index, index) -> index
// GENERIC: "index.xor"(%{{.*}}, %{{.*}}) {tag = "x"} : (index, index) -> index
func.func @binary(%a: index, %b: index) -> index {
  %0 = index.add %a, %b
  %1 = index.sub %0, %b
  %2 = index.mul %1, %a
  %3 = index.divs %2, %b
  %4 = index.divu %3, %b
  %5 = index.ceildivs %4, %b
  %6 = index.ceildivu %5, %b
  %7 = index.floordivs %6, %b
  %8 = index.rems %7, %b
  %9 = index.remu %8, %b
  %10 = index.maxs %9, %b
  %11 = index.maxu %10, %b
  %12 = index.mins %11, %b
  %13 = index.minu %12, %b
  %14 = index.shl %13, %b
  %15 = index.shrs %14, %b
  %16 = index.shru %15, %b
  %17 = index.and %16, %b
  %18 = index.or %17, %b
  %19 = index.xor %18, %b {tag = "x"}
  return %19 : index
}

// -----

/// Every comparison predicate is printed as its keyword, stored as #index<cmp_predicate>.
// CHECK-LABEL: func.func @cmp(
// CHECK-SAME: %[[X:arg[0-9]+]]: index, %[[Y:arg[0-9]+]]: index)
// CHECK-NEXT: index.cmp eq(%[[X]], %[[Y]])
// CHECK-NEXT: index.cmp ne(%[[X]], %[[Y]])
// CHECK-NEXT: index.cmp slt(%[[X]], %[[Y]])
// CHECK-NEXT: index.cmp sle(%[[X]], %[[Y]])
// CHECK-NEXT: index.cmp sgt(%[[X]], %[[Y]])
// CHECK-NEXT: index.cmp sge(%[[X]], %[[Y]])
// CHECK-NEXT: index.cmp ult(%[[X]], %[[Y]])
// CHECK-NEXT: index.cmp ule(%[[X]], %[[Y]])
// CHECK-NEXT: index.cmp ugt(%[[X]], %[[Y]])
// CHECK-NEXT: index.cmp uge(%[[Y]], %[[X]]) {unit}
// GENERIC-LABEL: sym_name = "cmp"
// GENERIC: "index.cmp"(%{{.*}}, %{{.*}}) <{pred = #index<cmp_predicate eq>}> : (index, index) -> i1
// GENERIC: "index.cmp"(%{{.*}}, %{{.*}}) <{pred = #index<cmp_predicate uge>}> {unit} : (index, index) -> i1
func.func @cmp(%a: index, %b: index) {
  %0 = index.cmp eq(%a, %b)
  %1 = index.cmp ne(%a, %b)
  %2 = index.cmp slt(%a, %b)
  %3 = index.cmp sle(%a, %b)
  %4 = index.cmp sgt(%a, %b)
  %5 = index.cmp sge(%a, %b)
  %6 = index.cmp ult(%a, %b)
  %7 = index.cmp ule(%a, %b)
  %8 = index.cmp ugt(%a, %b)
  %9 = "index.cmp"(%b, %a) {pred = #index<cmp_predicate uge>, unit} : (index, index) -> i1
  return
}

// -----

/// Constants get upstream's result names (%idxN, %true, %false); sizeof has none.
// CHECK-LABEL: func.func @constants()
// CHECK-NEXT: %[[C42:idx42]] = index.constant 42
// CHECK-NEXT: %[[CM7:idx-7]] = index.constant -7
// CHECK-NEXT: %[[MAX:idx9223372036854775807]] = index.constant 9223372036854775807
// CHECK-NEXT: %[[MIN:idx-9223372036854775808]] = index.constant -9223372036854775808
// CHECK-NEXT: %[[HEX:idx255]] = index.constant 255
// CHECK-NEXT: %[[T:true]] = index.bool.constant true
// CHECK-NEXT: %[[F:false]] = index.bool.constant false
// CHECK-NEXT: %[[S:[0-9]+]] = index.sizeof
// CHECK-NEXT: return %[[C42]], %[[CM7]], %[[MAX]], %[[MIN]], %[[HEX]], %[[T]], %[[F]], %[[S]]
// GENERIC-LABEL: sym_name = "constants"
// GENERIC: "index.constant"() <{value = 42 : index}> : () -> index
// GENERIC: "index.bool.constant"() <{value = true}> : () -> i1
// GENERIC: "index.sizeof"() : () -> index
func.func @constants() -> (index, index, index, index, index, i1, i1, index) {
  %0 = index.constant 42
  %1 = index.constant -7
  %2 = index.constant 9223372036854775807
  %3 = index.constant -9223372036854775808
  %4 = index.constant 0xff
  %5 = index.bool.constant true
  %6 = index.bool.constant false
  %7 = index.sizeof
  return %0, %1, %2, %3, %4, %5, %6, %7 : index, index, index, index, index, i1, i1, index
}

// -----

/// Signed and unsigned casts between index and integers of any width, both ways.
// CHECK-LABEL: func.func @casts(
// CHECK-SAME: %[[I:arg[0-9]+]]: index, %[[A:arg[0-9]+]]: i32, %[[B:arg[0-9]+]]: i1, %[[C:arg[0-9]+]]: i128)
// CHECK-NEXT: index.casts %[[I]] : index to i32
// CHECK-NEXT: index.casts %[[A]] : i32 to index
// CHECK-NEXT: index.castu %[[I]] : index to i1
// CHECK-NEXT: index.castu %[[B]] : i1 to index
// CHECK-NEXT: index.casts %[[C]] : i128 to index
// CHECK-NEXT: index.castu %[[I]] {x} : index to i128
// GENERIC-LABEL: sym_name = "casts"
// GENERIC: "index.casts"(%{{.*}}) : (index) -> i32
// GENERIC: "index.castu"(%{{.*}}) {x} : (index) -> i128
func.func @casts(%i: index, %a: i32, %b: i1, %c: i128) {
  %0 = index.casts %i : index to i32
  %1 = index.casts %a : i32 to index
  %2 = index.castu %i : index to i1
  %3 = index.castu %b : i1 to index
  %4 = index.casts %c : i128 to index
  %5 = index.castu %i {x} : index to i128
  return
}
