"""Function and parameter attributes: the `llvm.*` argument attributes and the llvm.func
properties upstream turns into LLVM attributes, printed in LLVM's order (enum
attributes alphabetically, then integer and type attributes, then string ones)."""

from __future__ import annotations

from typing import Any

from mliropt.target.llvmir.types import lltype

# Unit argument attributes (`llvm.noalias`) -> LLVM keyword.
_UNIT_PARAMS = {
    "llvm.noalias": "noalias", "llvm.nonnull": "nonnull", "llvm.noundef": "noundef",
    "llvm.readonly": "readonly", "llvm.writeonly": "writeonly", "llvm.readnone": "readnone",
    "llvm.nocapture": "captures(none)", "llvm.nofree": "nofree", "llvm.nest": "nest",
    "llvm.returned": "returned", "llvm.signext": "signext", "llvm.zeroext": "zeroext",
    "llvm.inreg": "inreg", "llvm.noinline": "noinline", "llvm.immarg": "immarg",
    "llvm.swiftself": "swiftself", "llvm.swifterror": "swifterror",
    "llvm.allocalign": "allocalign", "llvm.allocptr": "allocptr",
    "llvm.dead_on_unwind": "dead_on_unwind", "llvm.writable": "writable",
}
_INT_PARAMS = {
    "llvm.align": "align", "llvm.dereferenceable": "dereferenceable",
    "llvm.dereferenceable_or_null": "dereferenceable_or_null", "llvm.alignstack": "alignstack",
}
_TYPE_PARAMS = {
    "llvm.byval": "byval", "llvm.byref": "byref", "llvm.sret": "sret",
    "llvm.inalloca": "inalloca", "llvm.preallocated": "preallocated",
    "llvm.elementtype": "elementtype",
}


# LLVM keeps an attribute set sorted by kind: enum attributes, then integer, type and
# range attributes, each by its TableGen name (case-sensitive), then strings by key.
_ENUM_DEFS = {
    "allocalign": "AllocAlign", "allocptr": "AllocatedPointer", "alwaysinline": "AlwaysInline",
    "builtin": "Builtin", "cold": "Cold", "convergent": "Convergent",
    "dead_on_unwind": "DeadOnUnwind", "hot": "Hot", "immarg": "ImmArg", "inreg": "InReg",
    "inlinehint": "InlineHint", "jumptable": "JumpTable", "minsize": "MinSize",
    "mustprogress": "MustProgress", "naked": "Naked", "nest": "Nest", "noalias": "NoAlias",
    "nobuiltin": "NoBuiltin", "nocallback": "NoCallback",
    "nocreateundeforpoison": "NoCreateUndefOrPoison", "noduplicate": "NoDuplicate",
    "nofree": "NoFree", "noimplicitfloat": "NoImplicitFloat", "noinline": "NoInline",
    "nomerge": "NoMerge", "noprofile": "NoProfile", "norecurse": "NoRecurse",
    "noredzone": "NoRedZone", "noreturn": "NoReturn", "nosync": "NoSync",
    "noundef": "NoUndef", "nounwind": "NoUnwind", "nonlazybind": "NonLazyBind",
    "nonnull": "NonNull", "null_pointer_is_valid": "NullPointerIsValid",
    "optsize": "OptimizeForSize", "optnone": "OptimizeNone", "readnone": "ReadNone",
    "readonly": "ReadOnly", "returned": "Returned", "returns_twice": "ReturnsTwice",
    "signext": "SExt", "safestack": "SafeStack", "sanitize_address": "SanitizeAddress",
    "sanitize_memory": "SanitizeMemory", "sanitize_thread": "SanitizeThread",
    "speculatable": "Speculatable", "ssp": "StackProtect", "sspreq": "StackProtectReq",
    "sspstrong": "StackProtectStrong", "strictfp": "StrictFP", "swifterror": "SwiftError",
    "swiftself": "SwiftSelf", "willreturn": "WillReturn", "writable": "Writable",
    "writeonly": "WriteOnly", "zeroext": "ZExt",
}
_INT_DEFS = {
    "align": "Alignment", "allockind": "AllocKind", "allocsize": "AllocSize",
    "captures": "Captures", "dereferenceable": "Dereferenceable",
    "dereferenceable_or_null": "DereferenceableOrNull", "memory": "Memory",
    "nofpclass": "NoFPClass", "alignstack": "StackAlignment", "uwtable": "UWTable",
    "vscale_range": "VScaleRange",
}
_TYPE_DEFS = {
    "byref": "ByRef", "byval": "ByVal", "elementtype": "ElementType", "inalloca": "InAlloca",
    "preallocated": "Preallocated", "sret": "StructRet",
}


def _sort_key(text: str) -> tuple[int, str]:
    if text.startswith('"'):
        return (4, text)
    word = text.split("(")[0].split(" ")[0].split("=")[0]
    if word in _TYPE_DEFS:
        return (2, _TYPE_DEFS[word])
    if word in _INT_DEFS:
        return (1, _INT_DEFS[word])
    if word == "range":
        return (3, word)
    return (0, _ENUM_DEFS.get(word, word))


def param_attrs(d: Any) -> str:
    """The attributes of one argument or result (`noalias align 16`), or ``."""
    if d is None:
        return ""
    items = d.entries
    out = []
    for key, value in items:
        if key in _UNIT_PARAMS:
            out.append(_UNIT_PARAMS[key])
        elif key in _INT_PARAMS:
            kw = _INT_PARAMS[key]
            out.append(f"align {value.value}" if kw == "align" else f"{kw}({value.value})")
        elif key in _TYPE_PARAMS:
            out.append(f"{_TYPE_PARAMS[key]}({lltype(value.value)})")
    return " ".join(sorted(out, key=_sort_key))


_UNIT_FN = {
    "no_inline": "noinline", "always_inline": "alwaysinline", "inline_hint": "inlinehint",
    "no_unwind": "nounwind", "will_return": "willreturn", "optimize_none": "optnone",
    "convergent": "convergent",
}
_STR_FN = {
    "target_cpu": "target-cpu", "tune_cpu": "tune-cpu",
    "reciprocal_estimates": "reciprocal-estimates",
    "prefer_vector_width": "prefer-vector-width",
    "denormal_fp_math": "denormal-fp-math", "denormal_fp_math_f32": "denormal-fp-math-f32",
    "fp_contract": "fp-contract", "instrument_function_entry": "instrument-function-entry",
    "instrument_function_exit": "instrument-function-exit",
}
_BOOL_FN = {
    "no_infs_fp_math": "no-infs-fp-math", "no_nans_fp_math": "no-nans-fp-math",
    "no_signed_zeros_fp_math": "no-signed-zeros-fp-math",
}
# Properties upstream 22 accepts but writes nothing for.
_IGNORED_FN = ("unsafe_fp_math", "approx_func_fp_math")
# Properties that become function metadata or aarch64 attributes: not translated yet.
UNSUPPORTED_FN = (
    "work_group_size_hint", "reqd_work_group_size", "intel_reqd_sub_group_size",
    "function_entry_count", "vscale_range",
)
# aarch64 SME properties: each group is an if/else-if chain upstream (the first set wins),
# written on definitions only.
_ARM_CHAINS = (
    (("arm_streaming", "aarch64_pstate_sm_enabled"),
     ("arm_locally_streaming", "aarch64_pstate_sm_body"),
     ("arm_streaming_compatible", "aarch64_pstate_sm_compatible")),
    (("arm_new_za", "aarch64_new_za"), ("arm_in_za", "aarch64_in_za"),
     ("arm_out_za", "aarch64_out_za"), ("arm_inout_za", "aarch64_inout_za"),
     ("arm_preserves_za", "aarch64_preserves_za")),
)


def _quote(s: str) -> str:
    return '"' + s.replace("\\", "\\5C").replace('"', "\\22") + '"'


def function_attrs(op: Any, defined: bool = True) -> str:
    """The function attribute group text of an `llvm.func` (`nounwind "target-cpu"="x"`).
    As upstream, a declaration gets only the enum attributes, uwtable and frame-pointer."""
    props = op.properties
    attrs = op.attributes

    def get(name: str) -> Any:
        return props.get(name, attrs.get(name))

    out = []
    for name, kw in _UNIT_FN.items():
        if get(name) is not None:
            out.append(kw)
    if defined:
        for name, kw in _STR_FN.items():
            a = get(name)
            if a is not None:
                out.append(f"{_quote(kw)}={_quote(a.value)}")
        for name, kw in _BOOL_FN.items():
            a = get(name)
            if a is not None:
                out.append(f"{_quote(kw)}={_quote('true' if a.value else 'false')}")
        for chain in _ARM_CHAINS:
            for name, kw in chain:
                if get(name) is not None:
                    out.append(_quote(kw))
                    break
    mem = get("memory_effects")
    if mem is not None:
        out.append(memory_text(mem))
    uw = get("uwtable_kind")
    if uw is not None:
        kind = str(getattr(uw, "value", uw))
        if kind in ("sync", "1"):
            out.append("uwtable(sync)")
        elif kind in ("async", "2"):
            out.append("uwtable")
    fp = get("frame_pointer")
    if fp is not None:
        out.append(f'"frame-pointer"={_quote(str(getattr(fp, "value", fp)))}')
    passthrough = get("passthrough")
    if passthrough is not None:
        for item in passthrough.value:
            if hasattr(item, "value") and isinstance(item.value, str):
                out.append(_passthrough_key(item.value))
            else:
                k, v = item.value
                if k.value == "uwtable" and v.value in ("1", "2"):  # an enum-valued attr
                    out.append("uwtable" if v.value == "2" else "uwtable(sync)")
                elif k.value == "alignstack" and v.value.isdigit():  # an integer attribute
                    out.append(f"alignstack={v.value}")
                else:
                    out.append(f"{_quote(k.value)}={_quote(v.value)}")
    return " ".join(sorted(set(out), key=_sort_key))


# Passthrough names that are LLVM enum attributes print bare; others are strings.
_ENUM_NAMES = frozenset((
    "alwaysinline", "builtin", "cold", "convergent", "hot", "minsize", "naked", "nobuiltin",
    "noduplicate", "nofree", "noimplicitfloat", "noinline", "nomerge", "nonlazybind",
    "norecurse", "noredzone", "noreturn", "nosync", "nounwind", "optnone", "optsize",
    "readnone", "readonly", "returns_twice", "safestack", "sanitize_address",
    "sanitize_memory", "sanitize_thread", "speculatable", "ssp", "sspreq", "sspstrong",
    "strictfp", "willreturn", "mustprogress", "nocallback", "inlinehint", "jumptable",
    "noprofile", "null_pointer_is_valid", "uwtable", "argmemonly", "writeonly",
))


def _passthrough_key(name: str) -> str:
    return name if name in _ENUM_NAMES else _quote(name)


# MemoryEffects locations in LLVM's printing order (MLIR field name, LLVM name).
_MEM_LOCATIONS = (("argMem", "argmem"), ("inaccessibleMem", "inaccessiblemem"),
                  ("errnoMem", "errnomem"), ("targetMem0", "target_mem0"),
                  ("targetMem1", "target_mem1"), ("other", "other"))
_MODREF = {0: "none", 1: "read", 2: "write", 3: "readwrite"}


def memory_text(attr: Any) -> str:
    """`memory(...)` of a `#llvm.memory_effects` attribute, as LLVM prints it: the most
    common access kind bare, then the locations that differ."""
    fields = {name: _modref(attr, name) for name, _ in _MEM_LOCATIONS}
    # LLVM prints the "other" kind as the default, then each location that differs.
    default = fields["other"]
    items = []
    if default != "none" or all(v == "none" for v in fields.values()):
        items.append(default)
    for name, llname in _MEM_LOCATIONS[:-1]:
        if fields[name] != default:
            items.append(f"{llname}: {fields[name]}")
    return f"memory({', '.join(items)})"


def _modref(attr: Any, name: str) -> str:
    from mliropt.dialects.llvm.attributes import _MEMORY_FIELDS

    return dict(zip(_MEMORY_FIELDS, attr.effects))[name]


def call_site_attrs(op: Any) -> str:
    """The function attributes of an `llvm.call` (`nounwind memory(argmem: read)`)."""
    props, attrs = op.properties, op.attributes
    out = [kw for name, kw in _UNIT_FN.items() if props.get(name, attrs.get(name)) is not None]
    mem = props.get("memory_effects", attrs.get("memory_effects"))
    if mem is not None:
        out.append(memory_text(mem))
    return " ".join(sorted(set(out), key=_sort_key))
