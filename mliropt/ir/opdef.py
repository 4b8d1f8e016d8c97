"""Declarative op definitions: operands, results, attributes, regions, successors.

An op is a small class:

    class AddIOp(Op):
        name = "arith.addi"
        traits = (Pure, Commutative, SameOperandsAndResultType)
        lhs = Operand(SignlessIntegerLike)
        rhs = Operand(SignlessIntegerLike)
        result = Result(SignlessIntegerLike)
        assembly_format = "$lhs `,` $rhs attr-dict `:` type($result)"

`__init_subclass__` checks the declaration, collects the parts in declaration order,
creates accessors (`op.lhs` is the operand value) and a verifier of the declared
constraints with upstream's messages.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any, ClassVar

from mliropt.ir import traits as tr
from mliropt.ir.constraints import AnyType, Constraint
from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
from mliropt.ir.operation import Operation

SINGLE, OPTIONAL, VARIADIC = 0, 1, 2


class VerifyError(MLIRError):
    """A verifier failure of an op (the message gets the `'name' op ` prefix)."""

    def __init__(self, op: Operation, message: str) -> None:
        diag = Diagnostic(op.location, Severity.ERROR, f"'{op.name}' op {message}")
        super().__init__(diag)
        self.op = op


class _Part:
    """Base of declared parts; `name` is set from the class attribute name."""

    __slots__ = ("name", "kind", "constraint", "index", "py_name")

    def __init__(self, constraint: Constraint | None = None, kind: int = SINGLE) -> None:
        self.constraint = constraint if constraint is not None else AnyType
        self.kind = kind
        self.name = ""
        self.index = -1
        # The class attribute holding the accessor (the name unless an Attr is renamed).
        self.py_name = ""

    @property
    def variadic(self) -> bool:
        """True for variadic parts."""
        return self.kind == VARIADIC

    @property
    def optional(self) -> bool:
        """True for optional parts."""
        return self.kind == OPTIONAL

    @property
    def is_single(self) -> bool:
        """True for exactly-one parts."""
        return self.kind == SINGLE

    if TYPE_CHECKING:
        # On an op class a part is replaced by its accessor: `op.lhs` is a Value.
        def __get__(self, obj: Any, objtype: Any = None) -> Any: ...


class Operand(_Part):
    """A declared operand (`Operand(c)`, `Operand(c, VARIADIC)`, `Operand(c, OPTIONAL)`)."""

    __slots__ = ()


class Result(_Part):
    """A declared result."""

    __slots__ = ()


class RegionDef(_Part):
    """A declared region (`RegionDef()`, or VARIADIC).

    `blocks=N` is upstream's SizedRegion<N> (`single_block=True`: SizedRegion<1>), for
    each region of a variadic one; `anonymous` regions are unnamed in ODS, so their
    constraint message gives no name.
    """

    __slots__ = ("blocks", "anonymous")

    def __init__(
        self, kind: int = SINGLE, single_block: bool = False, blocks: int | None = None,
        anonymous: bool = False,
    ) -> None:
        super().__init__(None, kind)
        self.blocks = 1 if single_block and blocks is None else blocks
        self.anonymous = anonymous


class SuccessorDef(_Part):
    """A declared successor (single or VARIADIC)."""

    __slots__ = ()

    def __init__(self, kind: int = SINGLE) -> None:
        super().__init__(None, kind)


class Attr(_Part):
    """A declared inherent attribute, stored as a property (`op.properties`).

    `default` is an Attribute (or a zero-argument callable making one) that the op
    gets when the attribute is absent, as upstream's DefaultValuedAttr; `optional`
    attributes may be absent. With both (upstream's DefaultValuedOptionalAttr) the
    default is not materialised: it only makes an equal value elided when printing.
    `name` gives the attribute a name that cannot be a Python class attribute of an op
    (`name`): the accessor keeps the declared attribute's name (`name_ = Attr(..., name="name")`).
    """

    __slots__ = ("default", "discardable", "materialize", "storage_name", "_default_value")

    def __init__(
        self, constraint: Constraint | None = None, optional: bool = False,
        default: Any = None, discardable: bool = False, name: str | None = None,
    ) -> None:
        super().__init__(constraint, OPTIONAL if optional or default is not None else SINGLE)
        self.storage_name = name
        self.default = default
        self.discardable = discardable
        self.materialize = default is not None and not optional and not discardable
        self._default_value: Any = None

    def default_value(self) -> Any:
        """The default attribute, or None (made once: attributes are immutable)."""
        v = self._default_value
        if v is None:
            d = self.default
            v = self._default_value = d() if callable(d) else d
        return v


def _operand_accessor(i: int, part: _Part, fixed: bool = False) -> property:
    if fixed:
        # Every operand of the class is single: operand i is the i-th, no segments.
        def get_fixed(self: Operation) -> Any:
            return self.op_operands[i].value

        return property(get_fixed, doc=f"The `{part.name}` operand.")

    def get(self: Op) -> Any:
        start, n = self._segment("operand", i)
        if part.kind == SINGLE:
            return self.op_operands[start].value
        if part.kind == OPTIONAL:
            return self.op_operands[start].value if n else None
        return [u.value for u in self.op_operands[start:start + n]]

    return property(get, doc=f"The `{part.name}` operand.")


def _result_accessor(i: int, part: _Part, fixed: bool = False) -> property:
    if fixed:

        def get_fixed(self: Operation) -> Any:
            return self.results[i]

        return property(get_fixed, doc=f"The `{part.name}` result.")

    def get(self: Op) -> Any:
        start, n = self._segment("result", i)
        if part.kind == SINGLE:
            return self.results[start]
        if part.kind == OPTIONAL:
            return self.results[start] if n else None
        return self.results[start:start + n]

    return property(get, doc=f"The `{part.name}` result.")


def _region_accessor(i: int, part: _Part) -> property:
    def get(self: Operation) -> Any:
        if part.kind == VARIADIC:
            return self.regions[i:]
        return self.regions[i]

    return property(get, doc=f"The `{part.name}` region.")


def _successor_accessor(i: int, part: _Part) -> property:
    def get(self: Operation) -> Any:
        if part.kind == VARIADIC:
            return [u.value for u in self.successors[i:]]
        return self.successors[i].value

    return property(get, doc=f"The `{part.name}` successor.")


def _attr_accessor(part: Attr) -> property:
    name = part.name

    def get(self: Operation) -> Any:
        a = self.properties.get(name)
        if a is None and part.discardable:
            a = self.attributes.get(name)
        return a

    def set_(self: Operation, value: Any) -> None:
        if value is None:
            self.properties.pop(name, None)
        else:
            self.properties[name] = value

    return property(get, set_, doc=f"The `{name}` attribute.")


def signature_verify(verify: Any) -> Any:
    """Marks an op class's `verify` as depending only on what `_PartsPlan.signature`
    holds (operand and result types, properties, counts): it then runs once per
    signature, as the declared constraints (an override is not marked unless it says so)."""
    verify.signature_only = True
    return verify


class Op(Operation):
    """Base of registered op classes (see the module docstring)."""

    __slots__ = ()
    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    traits: ClassVar[Collection[tr.Trait]] = frozenset()
    # Arguments of parametric traits by trait name (`HasParent("func.func")`).
    trait_arguments: ClassVar[dict[str, tuple]] = {}
    assembly_format: ClassVar[str | None] = None
    # The dialect used for op names without a prefix inside this op's regions.
    default_dialect: ClassVar[str] = ""
    operand_defs: ClassVar[tuple[Operand, ...]] = ()
    result_defs: ClassVar[tuple[Result, ...]] = ()
    attr_defs: ClassVar[tuple[Attr, ...]] = ()
    attr_defs_by_name: ClassVar[dict[str, Attr]] = {}
    region_defs: ClassVar[tuple[RegionDef, ...]] = ()
    successor_defs: ClassVar[tuple[SuccessorDef, ...]] = ()
    canonicalization_patterns: ClassVar[tuple] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__slots__" not in cls.__dict__:
            cls.__slots__ = ()  # type: ignore[misc]
        if "traits" in cls.__dict__:
            cls.traits, cls.trait_arguments = tr.normalize_traits(cls.traits)
        parts: dict[type, list] = {
            Operand: [], Result: [], Attr: [], RegionDef: [], SuccessorDef: [],
        }
        # Inherited parts first (in base order), then this class's in declaration order.
        # A base class's parts are replaced by accessors below, so each class keeps its
        # own declarations in `_own_parts` for its subclasses (op families).
        own = {k: v for k, v in vars(cls).items() if isinstance(v, _Part)}
        cls._own_parts = own  # type: ignore[attr-defined]
        seen: dict[str, _Part] = {}
        for klass in reversed(cls.__mro__):
            for key, value in vars(klass).get("_own_parts", {}).items():
                seen[key] = value
            for key in vars(klass):
                # A subclass may redeclare an inherited part as something else.
                if key in seen and not isinstance(vars(klass)[key], (_Part, property)):
                    del seen[key]
        for key, value in seen.items():
            value.py_name = key
            value.name = getattr(value, "storage_name", None) or key
            parts[type(value)].append(value)
        cls.operand_defs = tuple(parts[Operand])
        cls.result_defs = tuple(parts[Result])
        cls.attr_defs = tuple(parts[Attr])
        cls.region_defs = tuple(parts[RegionDef])
        cls.successor_defs = tuple(parts[SuccessorDef])
        cls.attr_defs_by_name = {a.name: a for a in cls.attr_defs}
        fixed_operands = all(p.kind == SINGLE for p in cls.operand_defs)
        fixed_results = all(p.kind == SINGLE for p in cls.result_defs)
        for i, od in enumerate(cls.operand_defs):
            setattr(cls, od.py_name, _operand_accessor(i, od, fixed_operands))
        for i, rd in enumerate(cls.result_defs):
            setattr(cls, rd.py_name, _result_accessor(i, rd, fixed_results))
        for i, gd in enumerate(cls.region_defs):
            setattr(cls, gd.py_name, _region_accessor(i, gd))
        for i, sd in enumerate(cls.successor_defs):
            setattr(cls, sd.py_name, _successor_accessor(i, sd))
        for ad in cls.attr_defs:
            setattr(cls, ad.py_name, _attr_accessor(ad))
        if cls.name:
            _check_declaration(cls)

    # ----------------------------------------------------------------- segments

    @classmethod
    def _segment_sizes(cls, kind: str, op: Operation) -> list[int]:
        defs = cls.operand_defs if kind == "operand" else cls.result_defs
        total = len(op.op_operands) if kind == "operand" else len(op.results)
        nvar = sum(1 for d in defs if d.kind != SINGLE)
        if nvar == 0:
            return [1] * len(defs)
        seg_attr = "operandSegmentSizes" if kind == "operand" else "resultSegmentSizes"
        sizes = op.properties.get(seg_attr)
        if sizes is not None:
            return list(sizes.values)  # type: ignore[attr-defined]
        fixed = len(defs) - nvar
        if nvar == 1:
            return [1 if d.kind == SINGLE else total - fixed for d in defs]
        # SameVariadicOperandSize: the dynamic part is split evenly.
        each = (total - fixed) // nvar if nvar else 0
        return [1 if d.kind == SINGLE else each for d in defs]

    def _segment(self, kind: str, i: int) -> tuple[int, int]:
        sizes = type(self)._segment_sizes(kind, self)
        return sum(sizes[:i]), sizes[i]

    def operand_group(self, i: int) -> list:
        """The operand values of the `i`-th declared operand."""
        layout = type(self).__dict__.get("_operand_layout", _MISSING)
        if layout is _MISSING:
            layout = _operand_layout(type(self))
        if layout is not None:
            # At most one variadic or optional operand, sized by the operand count.
            variadic, ndefs = layout
            uses = self.op_operands
            if i < variadic or variadic < 0:
                return [uses[i].value]
            extra = len(uses) - (ndefs - 1)
            if i == variadic:
                return [u.value for u in uses[i:i + extra]]
            return [uses[i - 1 + extra].value]
        start, n = self._segment("operand", i)
        return [u.value for u in self.op_operands[start:start + n]]

    # ----------------------------------------------------------------- verification

    def verify_invariants(self) -> None:
        """Check the declared constraints and traits, then `verify`; raise VerifyError.

        The checks of `verify_type_invariants` depend only on the op's signature (its
        class, operand and result types, attributes, region and successor counts), so
        a signature that passed once is not checked again."""
        cls = type(self)
        plan = cls.__dict__.get("_parts_plan")
        if plan is None:
            plan = _PartsPlan(cls)
            cls._parts_plan = plan  # type: ignore[attr-defined]
        key = plan.signature(self)
        try:
            known = key in plan.verified
        except TypeError:  # an unhashable attribute value: not cached
            known, key = False, None
        if known:
            for check in plan.context_checks:
                check(cls, self)
            if plan.run_verify:
                self.verify()
            return
        self.verify_type_invariants()
        cached = plan.verify_cached
        if key is not None and not cached:
            plan.verified.add(key)
        for check in plan.context_checks:
            check(cls, self)
        if plan.has_verify:
            self.verify()
            if key is not None and cached:
                plan.verified.add(key)  # `verify` passed too (it is part of the signature's checks)

    def verify_type_invariants(self) -> None:
        """The constraints and trait checks that depend only on the op's signature."""
        cls = type(self)
        _verify_parts(cls, self)
        for check in _TYPE_TRAIT_VERIFIERS:
            check(cls, self)

    def emit_error(self, message: str) -> VerifyError:
        """A VerifyError for this op (to be raised)."""
        return VerifyError(self, message)

    @classmethod
    def build(
        cls, operands: Any = (), result_types: Any = (), attributes: Any = None,
        properties: Any = None, regions: Any = None, successors: Any = (),
        location: Any = None,
    ) -> Any:
        """Create a detached op of this class, filling default-valued properties."""
        props = dict(properties) if properties else {}
        materialized = cls.__dict__.get("_materialized")
        if materialized is None:
            materialized = _materialized(cls)
        for a in materialized:
            if a.name not in props:
                props[a.name] = a.default_value()
        return cls.create(
            operands, result_types, attributes, props, regions, successors, location,
            num_regions=0 if regions is not None else len(cls.region_defs),
        )


_MISSING = object()


def _operand_layout(cls: type[Op]) -> tuple[int, int] | None:
    """(index of the one non-single operand or -1, number of operand defs), or None
    when segments need the segment-size property or an even split (computed once)."""
    defs = cls.operand_defs
    nonsingle = [i for i, d in enumerate(defs) if d.kind != SINGLE]
    layout = None
    if len(nonsingle) <= 1 and tr.AttrSizedOperandSegments not in cls.traits:
        layout = (nonsingle[0] if nonsingle else -1, len(defs))
    cls._operand_layout = layout  # type: ignore[attr-defined]
    return layout


def _materialized(cls: type[Op]) -> tuple:
    """The attributes whose default `build` materializes (computed once per class)."""
    m = tuple(a for a in cls.attr_defs if a.materialize)
    cls._materialized = m  # type: ignore[attr-defined]
    return m


def _check_declaration(cls: type[Op]) -> None:
    """Declaration checks at class-definition time (STYLE 2)."""
    name = cls.name
    if "." not in name:
        raise TypeError(f"{cls.__name__}: op name '{name}' must be prefixed with its dialect")
    nvar_ops = sum(1 for d in cls.operand_defs if d.kind != SINGLE)
    if (
        nvar_ops > 1
        and tr.AttrSizedOperandSegments not in cls.traits
        and tr.SameVariadicOperandSize not in cls.traits
    ):
        raise TypeError(f"{cls.__name__}: several variadic operands need AttrSizedOperandSegments")


def _type_str(t: Any) -> str:
    return str(t)


def _count_error(defs: tuple, n: int, label: str, zero: str, one: str) -> str | None:
    """Upstream's count-trait message (ZeroX/OneX/NX/AtLeastNX) when `n` does not fit."""
    fixed = sum(1 for d in defs if d.kind == SINGLE)
    if len(defs) != fixed:  # AtLeastN / Variadic
        if n < fixed:
            return f"expected {fixed} or more {label}s, but found {n}"
        return None
    if n == fixed:
        return None
    if fixed == 0:
        return zero
    if fixed == 1:
        return one
    return f"expected {fixed} {label}s, but found {n}"


def _verify_counts(cls: type[Op], op: Op) -> None:
    """The number of regions, results, successors and operands, in upstream's trait order."""
    nregions = len(cls.region_defs)
    fixed_regions = sum(1 for r in cls.region_defs if r.kind != VARIADIC)
    if nregions == fixed_regions and len(op.regions) != nregions:
        if nregions < 2:
            raise VerifyError(op, ("requires zero regions", "requires one region")[nregions])
        raise VerifyError(op, f"expected {nregions} regions")
    if nregions != fixed_regions and len(op.regions) < fixed_regions:
        raise VerifyError(op, f"expected {fixed_regions} or more regions")
    msg = _count_error(
        cls.result_defs, len(op.results), "result", "requires zero results", "requires one result"
    )
    if msg is not None:
        raise VerifyError(op, msg)
    nsucc = len(cls.successor_defs)
    fixed_succ = sum(1 for s in cls.successor_defs if s.kind != VARIADIC)
    found = len(op.successors)
    if nsucc == fixed_succ and found != nsucc:
        noun = "successor" if nsucc == 1 else "successors"
        raise VerifyError(op, f"requires {nsucc} {noun} but found {found}")
    if nsucc != fixed_succ and found < fixed_succ:
        raise VerifyError(op, f"requires at least {fixed_succ} successors but found {found}")
    msg = _count_error(
        cls.operand_defs, len(op.op_operands), "operand", "requires zero operands",
        "requires a single operand",
    )
    if msg is not None:
        raise VerifyError(op, msg)


def _verify_segment_sizes(op: Op, name: str, what: str, sizes: Any) -> None:
    """Upstream's verifyValueSizeAttr: no negative sizes, and they add up to the count."""
    values = getattr(sizes, "values", None)
    if values is None:
        return  # not a dense array: reported by the property's constraint
    if any(v < 0 for v in values):
        raise VerifyError(op, f"'{name}' attribute cannot have negative elements")
    count = len(op.op_operands) if what == "operand" else len(op.results)
    if sum(values) != count:
        raise VerifyError(
            op,
            f"{what} count ({count}) does not match with the total size ({sum(values)}) "
            f"specified in attribute '{name}'",
        )


def _verify_group(op: Op, kind: str, defs: tuple, values: list, label: str) -> None:
    sizes = type(op)._segment_sizes(kind, op)
    idx = 0
    for d, n in zip(defs, sizes):
        if d.kind == OPTIONAL and n > 1:
            raise VerifyError(
                op, f"{label} group starting at #{idx} requires 0 or 1 element, but found {n}"
            )
        for k in range(n):
            if idx + k >= len(values):
                return
            v = values[idx + k]
            if not d.constraint(v.type):
                # ODS's Variadic<T> describes itself as "variadic of <T>".
                what = ("variadic of " if d.kind == VARIADIC else "") + d.constraint.description
                raise VerifyError(
                    op,
                    f"{label} #{idx + k} must be {what}, "
                    f"but got '{_type_str(v.type)}'",
                )
        idx += n


def _attr_value(a: Attr, op: Op) -> Any:
    value = op.properties.get(a.name)
    if value is None and a.discardable:
        value = op.attributes.get(a.name)
    return value


def parts_plan(cls: type) -> _PartsPlan | None:
    """The plan of an op class that keeps Op.verify_invariants (the verifier's fast path
    then runs it inline), else None."""
    if not isinstance(cls, type) or not issubclass(cls, Op):
        return None
    if cls.verify_invariants is not Op.verify_invariants:
        return None
    plan = cls.__dict__.get("_parts_plan")
    if plan is None:
        plan = _PartsPlan(cls)
        cls._parts_plan = plan  # type: ignore[attr-defined]
    return plan


def _verify_parts(cls: type[Op], op: Op) -> None:
    """The declared constraints of `op`, by the class's compiled plan (see _PartsPlan)."""
    plan = cls.__dict__.get("_parts_plan")
    if plan is None:
        plan = _PartsPlan(cls)
        cls._parts_plan = plan  # type: ignore[attr-defined]
    plan.check(op)


def _count_spec(defs: tuple, variadic_kinds: tuple) -> tuple[bool, int]:
    """(exact, n): the count must equal n when exact, else be at least n."""
    fixed = sum(1 for d in defs if d.kind not in variadic_kinds)
    return fixed == len(defs), fixed


class _PartsPlan:
    """The checks of one op class, computed once: upstream's order is the constraints
    of the inherent attributes present, by name (verifyInherentAttrs); the count traits;
    then OpInvariants: required attributes by name, operand and result constraints."""

    __slots__ = ("cls", "attrs", "required", "counts", "operands", "results", "verified",
                 "keyed_attributes", "context_checks", "segments", "has_verify", "run_verify",
                 "verify_cached")

    def __init__(self, cls: type[Op]) -> None:
        self.cls = cls
        by_name = sorted(cls.attr_defs, key=lambda a: a.name)
        self.attrs = [(a.name, a.discardable, a.constraint) for a in by_name]
        self.required = [(a.name, a.discardable) for a in by_name if a.kind == SINGLE]
        self.counts = (
            _count_spec(cls.region_defs, (VARIADIC,)),
            _count_spec(cls.result_defs, (OPTIONAL, VARIADIC)),
            _count_spec(cls.successor_defs, (VARIADIC,)),
            _count_spec(cls.operand_defs, (OPTIONAL, VARIADIC)),
        )
        self.operands = self._value_checks(cls.operand_defs)
        self.results = self._value_checks(cls.result_defs)
        # Signatures that passed verify_type_invariants (and a cached `verify`).
        self.verified: set = set()
        self.keyed_attributes = any(a.discardable for a in cls.attr_defs)
        # The context verifiers that apply to the class, in upstream's order.
        self.context_checks = tuple(v for v, applies in _CONTEXT_VERIFIERS_WHEN if applies(cls))
        # Whether the class has its own `verify` (Operation's does nothing).
        self.has_verify = cls.verify is not Operation.verify
        # A `verify` of the signature only (see signature_verify) is cached with it;
        # an op with a verified signature runs any other `verify`.
        self.verify_cached = self.has_verify and getattr(cls.verify, "signature_only", False)
        self.run_verify = self.has_verify and not self.verify_cached
        # AttrSized{Operand,Result}Segments: (property, what it sizes).
        self.segments = tuple(
            (name, what)
            for name, what, trait in (
                ("operandSegmentSizes", "operand", tr.AttrSizedOperandSegments),
                ("resultSegmentSizes", "result", tr.AttrSizedResultSegments),
            )
            if trait in cls.traits
        )

    def signature(self, op: Op) -> tuple:
        """What verify_type_invariants depends on (possibly unhashable).

        The ops with one result and at most two operands (most ops) get a flat tuple:
        the operand types, the result type, then the rest; the others start with a
        tuple of the operand types and one of the result types. A type is never a
        tuple, so the four shapes cannot be confused (by where the first tuple is).
        (The verifier's fast path builds the two-operand key itself: keep them equal.)"""
        props = op.properties
        uses = op.op_operands
        results = op.results
        n = len(uses)
        if len(results) == 1 and n < 3:
            if n == 0:  # constants
                return (
                    results[0].type,
                    tuple(props.items()) if props else (),
                    tuple(op.attributes.items())
                    if self.keyed_attributes and op.attributes else (),
                    len(op.regions),
                    len(op.successors),
                )
            if n == 2:
                return (
                    uses[0].value.type,
                    uses[1].value.type,
                    results[0].type,
                    tuple(props.items()) if props else (),
                    tuple(op.attributes.items())
                    if self.keyed_attributes and op.attributes else (),
                    len(op.regions),
                    len(op.successors),
                )
            return (
                uses[0].value.type,
                results[0].type,
                tuple(props.items()) if props else (),
                tuple(op.attributes.items()) if self.keyed_attributes and op.attributes else (),
                len(op.regions),
                len(op.successors),
            )
        return (
            tuple([u.value.type for u in uses]),
            tuple([r.type for r in results]),
            tuple(props.items()) if props else (),
            tuple(op.attributes.items()) if self.keyed_attributes and op.attributes else (),
            len(op.regions),
            len(op.successors),
        )

    @staticmethod
    def _value_checks(defs: tuple) -> list | None:
        """(index, constraint) of the non-trivial checks when every part is single, else
        None (the segments are then computed per op)."""
        if any(d.kind != SINGLE for d in defs):
            return None
        return [(i, d.constraint) for i, d in enumerate(defs) if d.constraint is not AnyType]

    def check(self, op: Op) -> None:
        """Raise VerifyError at the first violated constraint."""
        props = op.properties
        attributes = op.attributes
        for name, discardable, constraint in self.attrs:
            value = props.get(name)
            if value is None and discardable:
                value = attributes.get(name)
            if value is not None and not constraint.predicate(value):
                raise VerifyError(
                    op, f"attribute '{name}' failed to satisfy constraint: {constraint.description}"
                )
        (re, rn), (se, sn), (ce, cn), (oe, on) = self.counts
        nr, ns, nc, no = len(op.regions), len(op.results), len(op.successors), len(op.op_operands)
        if not (
            (nr == rn if re else nr >= rn) and (ns == sn if se else ns >= sn)
            and (nc == cn if ce else nc >= cn) and (no == on if oe else no >= on)
        ):
            _verify_counts(self.cls, op)
        for name, what in self.segments:
            sizes = props.get(name)
            if sizes is not None:
                _verify_segment_sizes(op, name, what, sizes)
        for name, discardable in self.required:
            if props.get(name) is None and not (discardable and name in attributes):
                raise VerifyError(op, f"requires attribute '{name}'")
        cls = self.cls
        if self.operands is None:
            _verify_group(op, "operand", cls.operand_defs, op.operands, "operand")
        else:
            operands = op.op_operands
            for i, constraint in self.operands:
                t = operands[i].value.type
                if not constraint.predicate(t):
                    raise VerifyError(
                        op, f"operand #{i} must be {constraint.description}, but got '{t}'"
                    )
        if self.results is None:
            _verify_group(op, "result", cls.result_defs, op.results, "result")
        else:
            results = op.results
            for i, constraint in self.results:
                t = results[i].type
                if not constraint.predicate(t):
                    raise VerifyError(
                        op, f"result #{i} must be {constraint.description}, but got '{t}'"
                    )


def _compatible_shape(a: Any, b: Any) -> bool:
    """Upstream's verifyCompatibleShape: both shaped or neither; unranked matches any
    rank; ranks equal and each pair of sizes equal or dynamic."""
    from mliropt.ir import types as T

    sa, sb = isinstance(a, T.ShapedType), isinstance(b, T.ShapedType)
    if not sa or not sb:
        return sa == sb
    if not a.has_rank or not b.has_rank:
        return True
    return len(a.shape) == len(b.shape) and all(
        x == y or T.DYNAMIC in (x, y) for x, y in zip(a.shape, b.shape)
    )


def _verify_same_operands_and_result_type(cls: type[Op], op: Op) -> None:
    # Upstream compares element types and shape compatibility, not whole types: a
    # vector<4xf32> operand with a tensor<4xf32> result passes (and Elementwise rejects it).
    if tr.SameOperandsAndResultType not in cls.traits or not op.results:
        return
    from mliropt.ir import types as T

    first = op.results[0].type
    element = T.element_type_or_self(first)
    encoding = first.encoding if isinstance(first, T.RankedTensorType) else None
    for t in [r.type for r in op.results[1:]] + [v.type for v in op.operands]:
        if T.element_type_or_self(t) is not element or not _compatible_shape(t, first):
            raise VerifyError(op, "requires the same type for all operands and results")
        if encoding is not None and not (
            isinstance(t, T.RankedTensorType) and t.encoding is encoding
        ):
            raise VerifyError(op, "requires the same encoding for all operands and results")


def _verify_same_type_operands(cls: type[Op], op: Op) -> None:
    if tr.SameTypeOperands not in cls.traits:
        return
    types = [v.type for v in op.operands]
    if types and any(t is not types[0] for t in types):
        raise VerifyError(op, "requires all operands to have the same type")


def _verify_has_parent(cls: type[Op], op: Op) -> None:
    parents = tr.trait_args(cls, tr.HasParent)
    if not parents:
        return
    parent = op.parent_op
    if parent is None or parent.name not in parents:
        if len(parents) == 1:
            raise VerifyError(op, f"expects parent op '{parents[0]}'")
        # Upstream prints the names as one comma-separated list inside one pair of quotes.
        raise VerifyError(op, f"expects parent op to be one of '{', '.join(parents)}'")


def _verify_terminator(cls: type[Op], op: Op) -> None:
    if tr.IsTerminator not in cls.traits:
        return
    block = op.parent
    if block is not None and block.last is not op:
        raise VerifyError(op, "must be the last operation in the parent block")


def _verify_single_block(cls: type[Op], op: Op) -> None:
    # The SingleBlock trait: at most one block per region, not empty unless NoTerminator.
    if tr.SingleBlock not in cls.traits:
        return
    for i, region in enumerate(op.regions):
        blocks = region.blocks
        if not blocks:
            continue
        if len(blocks) != 1:
            raise VerifyError(op, f"expects region #{i} to have 0 or 1 blocks")
        if tr.NoTerminator not in cls.traits and blocks[0].first is None:
            raise VerifyError(op, "expects a non-empty block")


def _region_def_of(defs: tuple[RegionDef, ...], n: int) -> list[RegionDef]:
    """The declaration of each of an op's `n` regions (a variadic one takes the rest)."""
    out: list[RegionDef] = []
    for d in defs:
        if d.kind == VARIADIC:
            out.extend([d] * (n - len(defs) + 1))
        else:
            out.append(d)
    return out


def _verify_region_sizes(cls: type[Op], op: Op) -> None:
    # SizedRegion<N> (`RegionDef(blocks=N)`), the last of upstream's OpInvariants.
    defs = _region_def_of(cls.region_defs, len(op.regions))
    for i, (d, region) in enumerate(zip(defs, op.regions)):
        if d.blocks is not None and len(region.blocks) != d.blocks:
            name = "" if d.anonymous else f" ('{d.name}')"
            raise VerifyError(
                op,
                f"region #{i}{name} failed to verify constraint: region with {d.blocks} blocks",
            )


_VISIBILITIES = ("public", "private", "nested")


def _verify_symbol(cls: type[Op], op: Op) -> None:
    # SymbolOpInterface's verifier; an op whose symbol name is optional (builtin.module)
    # is checked only when it has one.
    if tr.Symbol not in cls.traits:
        return
    if "sym_name" not in op.properties and "sym_name" not in op.attributes:
        return
    vis = op.properties.get("sym_visibility") or op.attributes.get("sym_visibility")
    if vis is not None:
        from mliropt.ir.attributes import StringAttr

        if not isinstance(vis, StringAttr):
            raise VerifyError(
                op,
                "requires visibility attribute 'sym_visibility' to be a string attribute, "
                f"but got {vis}",
            )
        if vis.value not in _VISIBILITIES:
            raise VerifyError(
                op,
                'visibility expected to be one of ["public", "private", "nested"], but got '
                f"{vis}",
            )
    is_declaration = getattr(op, "is_declaration", None)
    if is_declaration is not None and is_declaration() and (vis is None or vis.value == "public"):
        raise VerifyError(op, "symbol declaration cannot have public visibility")
    parent = op.parent_op
    if parent is not None and parent.registered and tr.SymbolTable not in parent.traits:
        raise VerifyError(op, "symbol's parent must have the SymbolTable trait")


# Trait checks on types only (cached with the op's signature), then those that look at
# the op's position in the IR; `_TRAIT_VERIFIERS` is both, in upstream's order.
_TYPE_TRAIT_VERIFIERS = (
    _verify_same_operands_and_result_type,
    _verify_same_type_operands,
)
_CONTEXT_VERIFIERS = (
    _verify_single_block,
    _verify_region_sizes,
    _verify_has_parent,
    _verify_terminator,
    _verify_symbol,
)
_TRAIT_VERIFIERS = _TYPE_TRAIT_VERIFIERS + _CONTEXT_VERIFIERS
# Which classes each context verifier can fail for (the others are skipped).
_CONTEXT_VERIFIERS_WHEN = (
    (_verify_single_block, lambda c: tr.SingleBlock in c.traits),
    (_verify_region_sizes, lambda c: any(d.blocks is not None for d in c.region_defs)),
    (_verify_has_parent, lambda c: tr.HasParent in c.traits),
    (_verify_terminator, lambda c: tr.IsTerminator in c.traits),
    (_verify_symbol, lambda c: tr.Symbol in c.traits),
)
assert [v for v, _ in _CONTEXT_VERIFIERS_WHEN] == list(_CONTEXT_VERIFIERS)


def verify_inferred_result_types(op: Op, inferred: list) -> None:
    """InferTypeOpInterface's verification: the result types must be the inferred ones.

    Upstream reports the mismatch, then "failed to infer returned types" (with the op)."""
    actual = [r.type for r in op.results]
    if all(a is b for a, b in zip(actual, inferred)) and len(actual) == len(inferred):
        return

    def quoted(types: list) -> str:
        return ", ".join(f"'{t}'" for t in types)

    first = Diagnostic(
        op.location, Severity.ERROR,
        f"'{op.name}' op inferred type(s) {quoted(inferred)} are incompatible with return "
        f"type(s) of operation {quoted(actual)}",
    )
    err = VerifyError(op, "failed to infer returned types")
    err.preceding = [first]
    raise err
