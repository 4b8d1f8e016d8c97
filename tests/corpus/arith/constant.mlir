// Constants of every integer, index and float type, dense vectors and tensors, and their
// upstream SSA names (%c0, %c42_i32, %true, %cst, ...).
func.func @ints() {
  %0 = arith.constant 0 : index
  %1 = arith.constant 1 : index
  %2 = arith.constant -1 : index
  %3 = arith.constant 42 : i32
  %4 = arith.constant -7 : i32
  %5 = arith.constant 0 : i64
  %6 = arith.constant true
  %7 = arith.constant false
  %8 = arith.constant 1 : i1
  %9 = arith.constant 255 : i8
  %10 = arith.constant -128 : i8
  %11 = arith.constant 170141183460469231731687303715884105727 : i128
  %12 = arith.constant 3 : i7
  %13 = arith.constant 0x7F : i8
  %14 = arith.constant 42 : i32
  %15 = arith.constant 9223372036854775807 : index
  %16 = arith.constant -9223372036854775808 : i64
  %17 = arith.constant 18446744073709551615 : i64
  return
}

func.func @floats() {
  %0 = arith.constant 1.0 : f32
  %1 = arith.constant -0.0 : f64
  %2 = arith.constant 0x7FC00000 : f32
  %3 = arith.constant 0x7F800000 : f32
  %4 = arith.constant 0xFF800000 : f32
  %5 = arith.constant 1.5 : f16
  %6 = arith.constant 3.140625 : bf16
  %7 = arith.constant 0.1 : f64
  %8 = arith.constant 1.0e+38 : f32
  %9 = arith.constant 1.0e-45 : f32
  %10 = arith.constant 2.5 : f80
  %11 = arith.constant 1.0e+300 : f128
  %12 = arith.constant 448.0 : f8E4M3FN
  %13 = arith.constant 0.5 : f8E5M2
  %14 = arith.constant 2.0 : f8E8M0FNU
  %15 = arith.constant 6.0 : f4E2M1FN
  %16 = arith.constant 0x7E : f8E4M3FN
  %17 = arith.constant 1.25 : tf32
  %18 = arith.constant -2.0 : f8E4M3FNUZ
  %19 = arith.constant 0.0 : f6E3M2FN
  %20 = arith.constant 1.0 : f8E3M4
  return
}

func.func @dense() {
  %0 = arith.constant dense<0> : vector<4xi32>
  %1 = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
  %2 = arith.constant dense<1.5> : tensor<2x3xf32>
  %3 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf64>
  %4 = arith.constant dense<true> : vector<8xi1>
  %5 = arith.constant dense<[true, false]> : tensor<2xi1>
  %6 = arith.constant dense<7> : tensor<index>
  %7 = arith.constant dense<[0, 1]> : vector<2xindex>
  %8 = arith.constant dense<0.0> : vector<[4]xf32>
  %9 = arith.constant dense<-1> : vector<2x[2]xi8>
  %10 = arith.constant dense<0x7FC00000> : vector<2xf32>
  %11 = arith.constant dense<[0x7F800000, 1.0]> : vector<2xf32>
  %12 = arith.constant dense<> : tensor<0xi32>
  %13 = arith.constant dense<2.0> : tensor<1x1x1xbf16>
  %14 = arith.constant dense<[1, -1]> : tensor<2xi64>
  %15 = arith.constant dense<4> : tensor<3xi16>
  return
}

func.func @generic() {
  %0 = "arith.constant"() <{value = 5 : i16}> : () -> i16
  %1 = "arith.constant"() {value = 6 : index} : () -> index
  %2 = "arith.constant"() <{value = dense<[1.0, 2.0]> : vector<2xf16>}> {tag} : () -> vector<2xf16>
  %3 = arith.constant {tag = 1 : i32} 4 : i8
  return
}
