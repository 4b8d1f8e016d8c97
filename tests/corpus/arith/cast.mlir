// Casts: extension, truncation, int<->float, index casts, bitcast and the scaling casts.
func.func @casts(%i8: i8, %i32: i32, %i64: i64, %f16: f16, %f32: f32, %f64: f64, %idx: index,
                 %vi: vector<4xi32>, %vf: vector<4xf32>, %ti: tensor<?x2xi16>,
                 %mi: memref<2xi32>, %mx: memref<?xindex>, %bf: bf16) {
  %0 = arith.extui %i8 : i8 to i32
  %1 = arith.extsi %i32 : i32 to i64
  %2 = arith.extsi %vi : vector<4xi32> to vector<4xi64>
  %3 = arith.extui %ti : tensor<?x2xi16> to tensor<?x2xi32>
  %4 = arith.trunci %i64 : i64 to i32
  %5 = arith.trunci %i64 overflow<nsw> : i64 to i8
  %6 = arith.trunci %i32 overflow<nuw, nsw> : i32 to i8
  %7 = arith.extf %f16 : f16 to f32
  %8 = arith.extf %f32 fastmath<contract> : f32 to f64
  %9 = arith.extf %bf : bf16 to f32
  %10 = arith.truncf %f64 : f64 to f32
  %11 = arith.truncf %f32 to_nearest_even : f32 to f16
  %12 = arith.truncf %f32 downward : f32 to bf16
  %13 = arith.truncf %f32 upward fastmath<fast> : f32 to f16
  %14 = arith.truncf %f64 toward_zero : f64 to f16
  %15 = arith.truncf %f64 to_nearest_away : f64 to f32
  %16 = arith.truncf %f64 fastmath<nnan> : f64 to f32
  %17 = arith.uitofp %i32 : i32 to f32
  %18 = arith.sitofp %vi : vector<4xi32> to vector<4xf32>
  %19 = arith.fptoui %f32 : f32 to i8
  %20 = arith.fptosi %vf : vector<4xf32> to vector<4xi32>
  %21 = arith.index_cast %idx : index to i32
  %22 = arith.index_cast %i64 : i64 to index
  %23 = arith.index_castui %idx : index to i8
  %24 = arith.index_castui %i8 : i8 to index
  %25 = arith.index_cast %mi : memref<2xi32> to memref<2xindex>
  %26 = arith.index_castui %mx : memref<?xindex> to memref<?xi64>
  %27 = arith.bitcast %f32 : f32 to i32
  %28 = arith.bitcast %vi : vector<4xi32> to vector<4xf32>
  %29 = arith.bitcast %f16 : f16 to bf16
  %30 = arith.bitcast %mi : memref<2xi32> to memref<2xf32>
  %31 = arith.bitcast %i64 : i64 to f64
  %32 = arith.uitofp %i8 : i8 to f64
  %33 = arith.sitofp %i64 : i64 to bf16
  %34 = arith.index_cast %ti : tensor<?x2xi16> to tensor<?x2xindex>
  %35 = arith.trunci %vi : vector<4xi32> to vector<4xi1>
  return
}

func.func @scaling(%a: f8E4M3FN, %s: f8E8M0FNU, %v: vector<4xf4E2M1FN>, %vs: vector<4xf8E8M0FNU>,
                   %f: f32, %vf: vector<4xf32>) {
  %0 = arith.scaling_extf %a, %s : f8E4M3FN, f8E8M0FNU to f32
  %1 = arith.scaling_extf %v, %vs : vector<4xf4E2M1FN>, vector<4xf8E8M0FNU> to vector<4xf16>
  %2 = arith.scaling_extf %a, %s fastmath<fast> : f8E4M3FN, f8E8M0FNU to bf16
  %3 = arith.scaling_truncf %f, %s : f32, f8E8M0FNU to f8E4M3FN
  %4 = arith.scaling_truncf %vf, %vs to_nearest_even : vector<4xf32>, vector<4xf8E8M0FNU> to vector<4xf4E2M1FN>
  %5 = arith.scaling_truncf %f, %s downward fastmath<nnan> : f32, f8E8M0FNU to f8E5M2
  %6 = arith.scaling_extf %a, %f : f8E4M3FN, f32 to f32
  return
}

func.func @generic(%a: f32, %b: i32) {
  %0 = "arith.truncf"(%a) <{roundingmode = 1 : i32}> : (f32) -> f16
  %1 = "arith.truncf"(%a) <{fastmath = #arith.fastmath<nnan>, roundingmode = 4 : i32}> : (f32) -> bf16
  %2 = "arith.extf"(%0) <{fastmath = #arith.fastmath<contract>}> : (f16) -> f64
  %3 = "arith.trunci"(%b) <{overflowFlags = #arith.overflow<nsw>}> : (i32) -> i16
  %4 = "arith.extui"(%3) : (i16) -> i64
  return
}
