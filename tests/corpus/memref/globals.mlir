memref.global @a : memref<2xi8> = dense<"0x0102">
memref.global @b : memref<4xf32> = sparse<[[0], [2]], [1.0, 2.0]>
memref.global @c : memref<2xi1> = dense<[true, false]>
memref.global @d : memref<2x2xf64> = dense<[[1.0, 2.0], [3.0, 4.0]]>
memref.global "nested" @e : memref<20xi32> = dense<7>
memref.global @f : memref<3xi32> = dense<[1, 2, 3]> {foo = "bar"}
memref.global "private" @g : memref<4xi32> = dense_resource<blob1>
memref.global "private" constant @h : memref<2xcomplex<f32>> = dense<[(1.0, 2.0), (3.0, 4.0)]>
{-#
  dialect_resources: {
    builtin: {
      blob1: "0x040000000100000002000000030000000400000000000000"
    }
  }
#-}
