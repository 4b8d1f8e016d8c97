"""Declaration attributes of LLVM 22's intrinsics (function attributes, parameter
attributes by argument index, result attributes with `{res}` for the result
type), recorded from upstream mlir-translate's output by
`tools/gen_intrinsic_table.py` (do not edit by hand)."""

# ruff: noqa: E501

INTRINSIC_ATTRS: dict[str, tuple[str, dict[int, str], str]] = {
    'llvm.abs': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {1: 'immarg'},
        '',
    ),
    'llvm.acos': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.asin': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.assume': (
        'nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)',
        {0: 'noundef'},
        '',
    ),
    'llvm.atan': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.atan2': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.bitreverse': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.bswap': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.ceil': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.copysign': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.cos': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.cosh': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.ctlz': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {1: 'immarg'},
        '',
    ),
    'llvm.ctpop': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.cttz': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {1: 'immarg'},
        '',
    ),
    'llvm.debugtrap': (
        'nounwind',
        {},
        '',
    ),
    'llvm.exp': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.exp10': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.exp2': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.expect': (
        'nocallback nofree nosync nounwind willreturn memory(none)',
        {},
        '',
    ),
    'llvm.expect.with.probability': (
        'nocallback nofree nosync nounwind willreturn memory(none)',
        {2: 'immarg'},
        '',
    ),
    'llvm.fabs': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.floor': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.fma': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.fmuladd': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.frexp': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.fshl': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.fshr': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.get.active.lane.mask': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.invariant.end': (
        'nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)',
        {1: 'immarg', 2: 'captures(none)'},
        '',
    ),
    'llvm.invariant.start': (
        'nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)',
        {0: 'immarg', 1: 'captures(none)'},
        '',
    ),
    'llvm.is.constant': (
        'convergent nocallback nofree nosync nounwind willreturn memory(none)',
        {},
        '',
    ),
    'llvm.is.fpclass': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {1: 'immarg'},
        '',
    ),
    'llvm.ldexp': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.lifetime.end': (
        'nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)',
        {0: 'captures(none)'},
        '',
    ),
    'llvm.lifetime.start': (
        'nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)',
        {0: 'captures(none)'},
        '',
    ),
    'llvm.llrint': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.llround': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.log': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.log10': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.log2': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.lrint': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.lround': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.maximum': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.maxnum': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.memcpy': (
        'nocallback nofree nounwind willreturn memory(argmem: readwrite)',
        {0: 'noalias writeonly captures(none)', 1: 'noalias readonly captures(none)', 3: 'immarg'},
        '',
    ),
    'llvm.memcpy.inline': (
        'nocallback nofree nounwind willreturn memory(argmem: readwrite)',
        {0: 'noalias writeonly captures(none)', 1: 'noalias readonly captures(none)', 3: 'immarg'},
        '',
    ),
    'llvm.memmove': (
        'nocallback nofree nounwind willreturn memory(argmem: readwrite)',
        {0: 'writeonly captures(none)', 1: 'readonly captures(none)', 3: 'immarg'},
        '',
    ),
    'llvm.memset': (
        'nocallback nofree nounwind willreturn memory(argmem: write)',
        {0: 'writeonly captures(none)', 3: 'immarg'},
        '',
    ),
    'llvm.memset.inline': (
        'nocallback nofree nounwind willreturn memory(argmem: write)',
        {0: 'writeonly captures(none)', 3: 'immarg'},
        '',
    ),
    'llvm.minimum': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.minnum': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.nearbyint': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.pow': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.powi': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.prefetch': (
        'nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)',
        {0: 'readonly captures(none)', 1: 'immarg', 2: 'immarg', 3: 'immarg'},
        '',
    ),
    'llvm.ptrmask': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.rint': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.round': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.roundeven': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.sadd.sat': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.sadd.with.overflow': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.scmp': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        'range({res} -1, 2)',
    ),
    'llvm.sin': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.sinh': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.smax': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.smin': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.smul.with.overflow': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.sqrt': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.sshl.sat': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.ssub.sat': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.ssub.with.overflow': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.stackrestore': (
        'nocallback nofree nosync nounwind willreturn',
        {},
        '',
    ),
    'llvm.stacksave': (
        'nocallback nofree nosync nounwind willreturn',
        {},
        '',
    ),
    'llvm.tan': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.tanh': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.threadlocal.address': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {0: 'nonnull'},
        'nonnull',
    ),
    'llvm.trap': (
        'cold noreturn nounwind memory(inaccessiblemem: write)',
        {},
        '',
    ),
    'llvm.trunc': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.uadd.sat': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.uadd.with.overflow': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.ubsantrap': (
        'cold noreturn nounwind memory(inaccessiblemem: write)',
        {0: 'immarg'},
        '',
    ),
    'llvm.ucmp': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        'range({res} -1, 2)',
    ),
    'llvm.umax': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.umin': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.umul.with.overflow': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.ushl.sat': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.usub.sat': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.usub.with.overflow': (
        'nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.va_copy': (
        'nocallback nofree nosync nounwind willreturn',
        {},
        '',
    ),
    'llvm.va_end': (
        'nocallback nofree nosync nounwind willreturn',
        {},
        '',
    ),
    'llvm.va_start': (
        'nocallback nofree nosync nounwind willreturn',
        {},
        '',
    ),
    'llvm.vector.reduce.add': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.and': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.fadd': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.fmax': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.fmaximum': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.fmin': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.fminimum': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.fmul': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.mul': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.or': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.smax': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.smin': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.umax': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.umin': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vector.reduce.xor': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
    'llvm.vscale': (
        'nocallback nofree nosync nounwind speculatable willreturn memory(none)',
        {},
        '',
    ),
}
