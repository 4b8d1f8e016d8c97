// RUN: pymlir-opt %s --split-input-file --canonicalize | FileCheck %s

/// cast: to its own type folds away; ChainedTensorCast drops a middle cast unless it
/// adds a runtime check (here: through ?x? back to 4x?; through ?x8 to 4x8 folds);
/// a cast through a ranked type from unranked and back keeps both casts.
// CHECK-LABEL: func.func @casts(
// CHECK-SAME: %[[T:.*]]: tensor<4x?xf32>, %[[U:.*]]: tensor<*xf32>)
// CHECK-NEXT: %[[C1:.*]] = tensor.cast %[[T]] : tensor<4x?xf32> to tensor<?x?xf32>
// CHECK-NEXT: %[[C4:.*]] = tensor.cast %[[T]] : tensor<4x?xf32> to tensor<4x8xf32>
// CHECK-NEXT: %[[C5:.*]] = tensor.cast %[[U]] : tensor<*xf32> to tensor<?x?xf32>
// CHECK-NEXT: %[[C6:.*]] = tensor.cast %[[C5]] : tensor<?x?xf32> to tensor<*xf32>
// CHECK-NEXT: return %[[T]], %[[C1]], %[[T]], %[[C4]], %[[C6]]
func.func @casts(%t: tensor<4x?xf32>, %u: tensor<*xf32>) -> (tensor<4x?xf32>, tensor<?x?xf32>, tensor<4x?xf32>, tensor<4x8xf32>, tensor<*xf32>) {
  %0 = tensor.cast %t : tensor<4x?xf32> to tensor<4x?xf32>
  %1 = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>
  %2 = tensor.cast %1 : tensor<?x?xf32> to tensor<4x?xf32>
  %3 = tensor.cast %1 : tensor<?x?xf32> to tensor<?x8xf32>
  %4 = tensor.cast %3 : tensor<?x8xf32> to tensor<4x8xf32>
  %5 = tensor.cast %u : tensor<*xf32> to tensor<?x?xf32>
  %6 = tensor.cast %5 : tensor<?x?xf32> to tensor<*xf32>
  return %0, %1, %2, %4, %6 : tensor<4x?xf32>, tensor<?x?xf32>, tensor<4x?xf32>, tensor<4x8xf32>, tensor<*xf32>
}

// -----

/// dim: a static size folds to a constant, a dynamic size of tensor.empty to its
/// operand, dim(cast) and dim(insert) read the source; an out-of-range or unknown
/// index stays; rank of a ranked tensor folds.
// CHECK-LABEL: func.func @dims(
// CHECK-SAME: %[[T:.*]]: tensor<4x?xf32>, %[[U:.*]]: tensor<*xf32>, %[[I:.*]]: index, %[[J:.*]]: index, %{{.*}}: f32)
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG: %[[C4:.*]] = arith.constant 4 : index
// CHECK-NEXT: %[[D2:.*]] = tensor.dim %[[T]], %[[C1]] : tensor<4x?xf32>
// CHECK-NEXT: %[[D3:.*]] = tensor.dim %[[U]], %[[C1]] : tensor<*xf32>
// CHECK-NEXT: %[[D4:.*]] = tensor.dim %[[T]], %[[C2]] : tensor<4x?xf32>
// CHECK-NEXT: %[[D5:.*]] = tensor.dim %[[T]], %[[C1]] : tensor<4x?xf32>
// CHECK-NEXT: %[[D6:.*]] = tensor.dim %[[T]], %[[I]] : tensor<4x?xf32>
// CHECK-NEXT: return %[[C4]], %[[J]], %[[D2]], %[[D3]], %[[D4]], %[[D5]], %[[D6]], %[[C2]]
func.func @dims(%t: tensor<4x?xf32>, %u: tensor<*xf32>, %i: index, %j: index, %f: f32) -> (index, index, index, index, index, index, index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %d0 = tensor.dim %t, %c0 : tensor<4x?xf32>
  %e = tensor.empty(%i, %j) : tensor<?x3x?xf32>
  %d1 = tensor.dim %e, %c2 : tensor<?x3x?xf32>
  %c = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>
  %d2 = tensor.dim %c, %c1 : tensor<?x?xf32>
  %cu = tensor.cast %u : tensor<*xf32> to tensor<?x?xf32>
  %d3 = tensor.dim %cu, %c1 : tensor<?x?xf32>
  %d4 = tensor.dim %t, %c2 : tensor<4x?xf32>
  %n = tensor.insert %f into %t[%i, %i] : tensor<4x?xf32>
  %d5 = tensor.dim %n, %c1 : tensor<4x?xf32>
  %d6 = tensor.dim %c, %i : tensor<?x?xf32>
  %r = tensor.rank %t : tensor<4x?xf32>
  return %d0, %d1, %d2, %d3, %d4, %d5, %d6, %r : index, index, index, index, index, index, index, index
}

// -----

/// empty: a cast to a more static type becomes an empty of that type; constant
/// non-negative sizes become static behind a cast (the encoding kept); -1 stays.
// CHECK-LABEL: func.func @empties(
// CHECK-SAME: %[[I:.*]]: index)
// CHECK-NEXT: %[[M1:.*]] = arith.constant -1 : index
// CHECK-NEXT: %[[E:.*]] = tensor.empty(%[[I]], %[[I]]) : tensor<?x?xf32>
// CHECK-NEXT: %[[E1:.*]] = tensor.empty(%[[I]]) : tensor<?x5xf32>
// CHECK-NEXT: %[[E2:.*]] = tensor.empty() : tensor<4x4xf32, "e">
// CHECK-NEXT: %[[C:.*]] = tensor.cast %[[E2]] : tensor<4x4xf32, "e"> to tensor<4x?xf32, "e">
// CHECK-NEXT: %[[E3:.*]] = tensor.empty(%[[M1]]) : tensor<?xf32>
// CHECK-NEXT: return %[[E]], %[[E1]], %[[C]], %[[E3]]
func.func @empties(%i: index) -> (tensor<?x?xf32>, tensor<?x5xf32>, tensor<4x?xf32, "e">, tensor<?xf32>) {
  %c4 = arith.constant 4 : index
  %m1 = arith.constant -1 : index
  %e = tensor.empty(%i, %i) : tensor<?x?xf32>
  %c = tensor.cast %e : tensor<?x?xf32> to tensor<?x5xf32>
  %e2 = tensor.empty(%c4) : tensor<4x?xf32, "e">
  %e3 = tensor.empty(%m1) : tensor<?xf32>
  return %e, %c, %e2, %e3 : tensor<?x?xf32>, tensor<?x5xf32>, tensor<4x?xf32, "e">, tensor<?xf32>
}

// -----

/// extract: from from_elements at constant indices -> the element (row-major); of a
/// splat op, or after an insert at unknown indices, stays; after an insert at the
/// same constant indices -> the inserted scalar.
// CHECK-LABEL: func.func @extracts(
// CHECK-SAME: %[[F:.*]]: f32, %[[G:.*]]: f32, %[[I:.*]]: index, %[[T:.*]]: tensor<?xf32>)
// CHECK-NEXT: %[[S:.*]] = tensor.splat %[[F]] : tensor<4xf32>
// CHECK-NEXT: %[[B:.*]] = tensor.extract %[[S]][%[[I]]] : tensor<4xf32>
// CHECK-NEXT: %[[N:.*]] = tensor.insert %[[G]] into %[[T]][%[[I]]] : tensor<?xf32>
// CHECK-NEXT: %[[C:.*]] = tensor.extract %[[N]][%[[I]]] : tensor<?xf32>
// CHECK-NEXT: return %[[G]], %[[B]], %[[C]], %[[G]]
func.func @extracts(%f: f32, %g: f32, %i: index, %t: tensor<?xf32>) -> (f32, f32, f32, f32) {
  %c1 = arith.constant 1 : index
  %c0 = arith.constant 0 : index
  %fe = tensor.from_elements %f, %g, %f, %g, %g, %f : tensor<2x3xf32>
  %a = tensor.extract %fe[%c1, %c0] : tensor<2x3xf32>
  %s = tensor.splat %f : tensor<4xf32>
  %b = tensor.extract %s[%i] : tensor<4xf32>
  %n = tensor.insert %g into %t[%i] : tensor<?xf32>
  %c = tensor.extract %n[%i] : tensor<?xf32>
  %n2 = tensor.insert %g into %t[%c1] : tensor<?xf32>
  %c2 = tensor.extract %n2[%c1] : tensor<?xf32>
  return %a, %b, %c, %c2 : f32, f32, f32, f32
}

// -----

/// Constants: from_elements and splat of constants fold to dense constants, extract
/// of a constant to its element, insert of a splat constant's own value to the splat.
// CHECK-LABEL: func.func @constants(
// CHECK-DAG: %[[FE:.*]] = arith.constant dense<[1, 2]> : tensor<2xi32>
// CHECK-DAG: %[[E:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-DAG: %[[E2:.*]] = arith.constant 1 : i32
// CHECK-DAG: %[[S:.*]] = arith.constant dense<1.500000e+00> : tensor<3xf32>
// CHECK-DAG: %[[SP:.*]] = arith.constant dense<7> : tensor<2xi32>
// CHECK-NOT: tensor.
// CHECK: return %[[FE]], %[[E2]], %[[S]], %[[E]], %[[SP]]
func.func @constants() -> (tensor<2xi32>, i32, tensor<3xf32>, f32, tensor<2xi32>) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c0 = arith.constant 0 : index
  %x = arith.constant 1 : index
  %fe = tensor.from_elements %c1, %c2 : tensor<2xi32>
  %cst = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %e = tensor.extract %cst[%x] : tensor<3xf32>
  %e2 = tensor.extract %fe[%c0] : tensor<2xi32>
  %f = arith.constant 1.5 : f32
  %s = tensor.splat %f : tensor<3xf32>
  %sp = arith.constant dense<7> : tensor<2xi32>
  %c7 = arith.constant 7 : i32
  %ins = tensor.insert %c7 into %sp[%c0] : tensor<2xi32>
  return %fe, %e2, %s, %e, %ins : tensor<2xi32>, i32, tensor<3xf32>, f32, tensor<2xi32>
}

// -----

/// extract(cast) reads the ranked source; extract(index_cast) becomes
/// index_cast(extract).
// CHECK-LABEL: func.func @extract_casts(
// CHECK-SAME: %[[T:.*]]: tensor<4xi32>, %[[I:.*]]: index)
// CHECK-NEXT: %[[X:.*]] = tensor.extract %[[T]][%[[I]]] : tensor<4xi32>
// CHECK-NEXT: %[[Y:.*]] = tensor.extract %[[T]][%[[I]]] : tensor<4xi32>
// CHECK-NEXT: %[[C:.*]] = arith.index_cast %[[Y]] : i32 to index
// CHECK-NEXT: return %[[X]], %[[C]]
func.func @extract_casts(%t: tensor<4xi32>, %i: index) -> (i32, index) {
  %c = tensor.cast %t : tensor<4xi32> to tensor<?xi32>
  %e = tensor.extract %c[%i] : tensor<?xi32>
  %ic = arith.index_cast %t : tensor<4xi32> to tensor<4xindex>
  %e2 = tensor.extract %ic[%i] : tensor<4xindex>
  return %e, %e2 : i32, index
}

// -----

/// generate: dim of a dynamic extent folds to the extent; extract of a side-effect-free
/// generate computes its body at the indices; a constant extent becomes static behind
/// a cast. dim of a non-rank-reducing extract_slice folds to the size operand; of a
/// rank-reducing one it stays.
// CHECK-LABEL: func.func @generate(
// CHECK-SAME: %[[D:.*]]: index, %[[F:.*]]: f32, %[[I:.*]]: index, %[[T:.*]]: tensor<8x?xf32>)
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[G:.*]] = tensor.generate %[[D]] {
// CHECK: } : tensor<?x3xf32>
// CHECK-NEXT: %[[A:.*]] = arith.addi %[[I]], %[[C1]] : index
// CHECK-NEXT: %[[B:.*]] = arith.index_cast %[[A]] : index to i32
// CHECK-NEXT: %[[C:.*]] = arith.sitofp %[[B]] : i32 to f32
// CHECK-NEXT: %[[E:.*]] = arith.addf %[[C]], %[[F]] : f32
// CHECK-NEXT: %[[S:.*]] = tensor.extract_slice %[[T]][0, 0] [1, %[[I]]] [1, 1] : tensor<8x?xf32> to tensor<?xf32>
// CHECK-NEXT: %[[DS:.*]] = tensor.dim %[[S]], %[[C0]] : tensor<?xf32>
// CHECK-NEXT: %[[G2:.*]] = tensor.generate %[[D]] {
// CHECK-NEXT: ^bb0(%{{.*}}: index, %{{.*}}: index):
// CHECK-NEXT: tensor.yield %[[F]] : f32
// CHECK-NEXT: } : tensor<5x?xf32>
// CHECK-NEXT: %[[CAST:.*]] = tensor.cast %[[G2]] : tensor<5x?xf32> to tensor<?x?xf32>
// CHECK-NEXT: return %[[G]], %[[D]], %[[E]], %[[I]], %[[DS]], %[[CAST]]
func.func @generate(%d: index, %f: f32, %i: index, %t: tensor<8x?xf32>) -> (tensor<?x3xf32>, index, f32, index, index, tensor<?x?xf32>) {
  %c1 = arith.constant 1 : index
  %c0 = arith.constant 0 : index
  %c5 = arith.constant 5 : index
  %0 = tensor.generate %d {
  ^bb0(%a: index, %b: index):
    %s = arith.addi %a, %b : index
    %v = arith.index_cast %s : index to i32
    %w = arith.sitofp %v : i32 to f32
    %x = arith.addf %w, %f : f32
    tensor.yield %x : f32
  } : tensor<?x3xf32>
  %dd = tensor.dim %0, %c0 : tensor<?x3xf32>
  %e = tensor.extract %0[%i, %c1] : tensor<?x3xf32>
  %sl = tensor.extract_slice %t[0, 0] [4, %i] [1, 1] : tensor<8x?xf32> to tensor<4x?xf32>
  %ds = tensor.dim %sl, %c1 : tensor<4x?xf32>
  %sl2 = tensor.extract_slice %t[0, 0] [1, %i] [1, 1] : tensor<8x?xf32> to tensor<?xf32>
  %ds2 = tensor.dim %sl2, %c0 : tensor<?xf32>
  %g2 = tensor.generate %c5, %d {
  ^bb0(%a: index, %b: index):
    tensor.yield %f : f32
  } : tensor<?x?xf32>
  return %0, %dd, %e, %ds, %ds2, %g2 : tensor<?x3xf32>, index, f32, index, index, tensor<?x?xf32>
}

// -----

/// extract_slice: constant offsets/sizes/strides become static (a cast restores the
/// type; not when the slice would run out of bounds); an identity slice and one of a
/// splat constant fold. insert_slice: an identity insert folds to the source, a zero
/// size to the dest.
// CHECK-LABEL: func.func @slices(
// CHECK-SAME: %[[T:.*]]: tensor<8x?xf32>, %[[I:.*]]: index, %[[U:.*]]: tensor<4x4xf32>)
// CHECK-DAG: %[[CST:.*]] = arith.constant dense<2.000000e+00> : tensor<2x3xf32>
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG: %[[C4:.*]] = arith.constant 4 : index
// CHECK: %[[S0:.*]] = tensor.extract_slice %[[T]][1, %[[I]]] [4, %[[I]]] [1, 1] : tensor<8x?xf32> to tensor<4x?xf32>
// CHECK-NEXT: %[[S1:.*]] = tensor.extract_slice %[[T]][1, 0] [1, %[[I]]] [1, 1] : tensor<8x?xf32> to tensor<?xf32>
// CHECK-NEXT: %[[S6:.*]] = tensor.extract_slice %[[T]][1, 2] [2, 4] [1, 1] : tensor<8x?xf32> to tensor<2x4xf32>
// CHECK-NEXT: %[[CAST:.*]] = tensor.cast %[[S6]] : tensor<2x4xf32> to tensor<?x?xf32>
// CHECK-NEXT: %[[S7:.*]] = tensor.extract_slice %[[U]][2, 0] [%[[C4]], %[[C2]]] [1, 1] : tensor<4x4xf32> to tensor<?x?xf32>
// CHECK-NEXT: return %[[S0]], %[[S1]], %[[U]], %[[CST]], %[[U]], %[[T]], %[[CAST]], %[[S7]]
func.func @slices(%t: tensor<8x?xf32>, %i: index, %u: tensor<4x4xf32>) -> (tensor<4x?xf32>, tensor<?xf32>, tensor<4x4xf32>, tensor<2x3xf32>, tensor<4x4xf32>, tensor<8x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %0 = tensor.extract_slice %t[%c1, %i] [4, %i] [1, 1] : tensor<8x?xf32> to tensor<4x?xf32>
  %1 = tensor.extract_slice %t[%c1, 0] [1, %i] [1, 1] : tensor<8x?xf32> to tensor<?xf32>
  %2 = tensor.extract_slice %u[0, 0] [4, 4] [1, 1] : tensor<4x4xf32> to tensor<4x4xf32>
  %cst = arith.constant dense<2.0> : tensor<4x4xf32>
  %3 = tensor.extract_slice %cst[0, 1] [2, 3] [1, 1] : tensor<4x4xf32> to tensor<2x3xf32>
  %4 = tensor.insert_slice %u into %u[%c0, 0] [4, 4] [1, %c1] : tensor<4x4xf32> into tensor<4x4xf32>
  %e = tensor.empty() : tensor<0x4xf32>
  %5 = tensor.insert_slice %e into %t[0, 0] [0, 4] [1, 1] : tensor<0x4xf32> into tensor<8x?xf32>
  %6 = tensor.extract_slice %t[%c1, %c2] [%c2, %c4] [%c1, %c1] : tensor<8x?xf32> to tensor<?x?xf32>
  %7 = tensor.extract_slice %u[%c2, %c0] [%c4, %c2] [1, 1] : tensor<4x4xf32> to tensor<?x?xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<4x?xf32>, tensor<?xf32>, tensor<4x4xf32>, tensor<2x3xf32>, tensor<4x4xf32>, tensor<8x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>
}

// -----

/// Complex elements: extract of a complex constant (splat or not, float or integer
/// parts) folds to a complex.constant, from_elements of complex constants and an insert
/// of the splat value fold to dense constants; splat of a complex number stays, as
/// upstream's folder takes integers and floats only.
// CHECK-LABEL: func.func @complex_elements(
// CHECK-SAME: ) -> (complex<f32>, complex<f32>, complex<i16>, tensor<2xcomplex<f32>>, tensor<2xcomplex<f32>>, tensor<3xcomplex<i16>>) {
// CHECK-NEXT: %[[CST:cst(_[0-9]+)?]] = complex.constant [7 : i16, 8 : i16] : complex<i16>
// CHECK-NEXT: %[[CST_0:cst(_[0-9]+)?]] = complex.constant [3.000000e+00 : f32, 4.000000e+00 : f32] : complex<f32>
// CHECK-NEXT: %[[CST_1:cst(_[0-9]+)?]] = complex.constant [5.000000e+00 : f32, -6.000000e+00 : f32] : complex<f32>
// CHECK-NEXT: %[[CST_2:cst(_[0-9]+)?]] = complex.constant [3 : i16, 4 : i16] : complex<i16>
// CHECK-NEXT: %[[CST_3:cst(_[0-9]+)?]] = arith.constant dense<[(1.000000e+00,2.000000e+00), (3.000000e+00,4.000000e+00)]> : tensor<2xcomplex<f32>>
// CHECK-NEXT: %[[CST_4:cst(_[0-9]+)?]] = arith.constant dense<(1.000000e+00,2.000000e+00)> : tensor<2xcomplex<f32>>
// CHECK-NEXT: %[[SPLAT:splat]] = tensor.splat %[[CST]] : tensor<3xcomplex<i16>>
// CHECK-NEXT: return %[[CST_0]], %[[CST_1]], %[[CST_2]], %[[CST_3]], %[[CST_4]], %[[SPLAT]] : complex<f32>, complex<f32>, complex<i16>, tensor<2xcomplex<f32>>, tensor<2xcomplex<f32>>, tensor<3xcomplex<i16>>
// CHECK-NEXT: }
func.func @complex_elements() -> (complex<f32>, complex<f32>, complex<i16>, tensor<2xcomplex<f32>>, tensor<2xcomplex<f32>>, tensor<3xcomplex<i16>>) {
  %d = arith.constant dense<[(1.0, 2.0), (3.0, 4.0)]> : tensor<2xcomplex<f32>>
  %s = arith.constant dense<(5.0, -6.0)> : tensor<4xcomplex<f32>>
  %n = arith.constant dense<[(1, -2), (3, 4)]> : tensor<2xcomplex<i16>>
  %i = arith.constant 1 : index
  %0 = tensor.extract %d[%i] : tensor<2xcomplex<f32>>
  %1 = tensor.extract %s[%i] : tensor<4xcomplex<f32>>
  %2 = tensor.extract %n[%i] : tensor<2xcomplex<i16>>
  %a = complex.constant [1.0 : f32, 2.0 : f32] : complex<f32>
  %b = complex.constant [3.0 : f32, 4.0 : f32] : complex<f32>
  %3 = tensor.from_elements %a, %b : tensor<2xcomplex<f32>>
  %5 = arith.constant dense<(1.0, 2.0)> : tensor<2xcomplex<f32>>
  %4 = tensor.insert %a into %5[%i] : tensor<2xcomplex<f32>>
  %k = complex.constant [7 : i16, 8 : i16] : complex<i16>
  %6 = tensor.splat %k : tensor<3xcomplex<i16>>
  return %0, %1, %2, %3, %4, %6 : complex<f32>, complex<f32>, complex<i16>, tensor<2xcomplex<f32>>, tensor<2xcomplex<f32>>, tensor<3xcomplex<i16>>
}
