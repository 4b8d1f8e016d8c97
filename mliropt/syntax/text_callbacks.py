"""Callbacks of the core grammar rules: the file structure, generic ops, and the text
level (types, attributes, locations, dictionaries, block labels).

Each `cb_<alias>(self, c, p)` receives the children values `c` and their source
offsets `p` of one reduction of the rule with that alias.
"""

from __future__ import annotations

from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import location as L
from mliropt.ir import types as T
from mliropt.syntax.errors import ParseError
from mliropt.syntax.literals import (
    parse_array_body,
    parse_dense_body,
    parse_float_literal,
    parse_integer_literal,
    parse_sparse_body,
    unescape_string,
)

# Distinct op heads (`%a = arith.addi`) a parse remembers: heads repeat when names do
# (`%0` in every function), while an input of unique names would only fill memory.
HEAD_CACHE_SIZE = 4096


class TextCallbacks:
    """Rule callbacks shared by every parse (mixed into SourceParser)."""

    # Set by SourceParser: the alias definitions (`#name = ...`, `!name = ...`) seen so far.
    text: str
    attr_aliases: dict[str, A.Attribute]
    type_aliases: dict[str, T.Type]

    # ----------------------------------------------------------------- generic helpers

    def cb_nothing(self, c: list, p: list) -> None:
        return None

    def cb_first(self, c: list, p: list) -> Any:
        return c[0]

    def cb_second(self, c: list, p: list) -> Any:
        return c[1]

    cb_inline_loc = cb_second  # `loc(...)` as an attribute value

    def cb_paren_types(self, c: list, p: list) -> Any:
        return c[1]

    def cb_list_first(self, c: list, p: list) -> list:
        return [c[0]]

    def cb_list_append(self, c: list, p: list) -> list:
        lst = c[0]
        lst.append(c[2])
        return lst

    def cb_empty_list(self, c: list, p: list) -> list:
        return []

    def cb_ref_first(self, c: list, p: list) -> list:
        return [(c[0], p[0])]

    def cb_ref_append(self, c: list, p: list) -> list:
        lst = c[0]
        lst.append((c[2], p[2]))
        return lst

    # ----------------------------------------------------------------- file level

    def cb_third(self, c: list, p: list) -> Any:
        return c[2]

    def cb_add_op(self, c: list, p: list) -> None:
        self.add_op(c[0])  # type: ignore[attr-defined]

    def cb_add_op2(self, c: list, p: list) -> None:
        # An op after others in a region: its block exists (add_op, without the call).
        block = self.regions[-1].block  # type: ignore[attr-defined]
        if block is None:
            self.add_op(c[1])  # type: ignore[attr-defined]
        else:
            block.append(c[1])

    def cb_add_op_loc(self, c: list, p: list) -> None:
        self.set_location(c[0], c[1], p[1])  # type: ignore[attr-defined]
        self.add_op(c[0])  # type: ignore[attr-defined]

    def cb_add_op_loc2(self, c: list, p: list) -> None:
        self.set_location(c[1], c[2], p[2])  # type: ignore[attr-defined]
        self.add_op(c[1])  # type: ignore[attr-defined]

    def cb_attr_alias_def(self, c: list, p: list) -> None:
        name = c[0][1:].split("=")[0].strip()
        if "." in name:
            raise ParseError(
                p[0], "attribute names with a '.' are reserved for dialect-defined names"
            )
        if name in self.attr_aliases:
            raise ParseError(p[0], f"redefinition of attribute alias id '{name}'")
        self.attr_aliases[name] = self.attr_of(c[1], p[1])  # type: ignore[attr-defined]

    def cb_type_alias_def(self, c: list, p: list) -> None:
        name = c[0][1:].split("=")[0].strip()
        if "." in name:
            raise ParseError(
                p[0], "type names with a '.' are reserved for dialect-defined names"
            )
        if name in self.type_aliases:
            raise ParseError(p[0], f"redefinition of type alias id '{name}'")
        self.type_aliases[name] = self.type_of(c[1], p[1])  # type: ignore[attr-defined]

    def cb_file_metadata(self, c: list, p: list) -> None:
        from mliropt.syntax.resources import parse_file_metadata

        parse_file_metadata(self, c[0], p[0])

    def hook_generic_name(self, value: str, pos: int) -> Any:
        """`%r = "name"` of a generic op: look the op up before its regions are parsed."""
        head = self.generic_heads.get(value)  # type: ignore[attr-defined]
        if head is not None:
            self.op_stack.append([head[0], len(self.vals), 0, True])  # type: ignore[attr-defined]
            return head
        q = value.index('"')
        if q and value.find(":", 0, q) >= 0:
            self.check_result_counts(value[:q], pos)  # type: ignore[attr-defined]
        cls = self.generic_classes.get(value[q:])  # type: ignore[attr-defined]
        if cls is None:
            if q + 2 == len(value):
                raise ParseError(pos + q, "empty operation name is invalid")
            cls = self._generic_class(value[q:], pos + len(value))
            self.generic_classes[value[q:]] = cls  # type: ignore[attr-defined]
        self.op_stack.append([cls, len(self.vals), 0, True])  # type: ignore[attr-defined]
        # The same head text names the same op and passed the same checks. The head
        # info of finish_parsed_op: the name's offset, the result names, a single name.
        if q:
            names = value[:value.rindex("=", 0, q)]
            single = None if "," in names or ":" in names else names.rstrip()[1:]
            head = (cls, value, (q, names, single))
        else:
            head = (cls, value, (0, None, None))
        if len(self.generic_heads) < HEAD_CACHE_SIZE:  # type: ignore[attr-defined]
            self.generic_heads[value] = head  # type: ignore[attr-defined]
        return head

    def _generic_class(self, quoted: str, end: int) -> Any:
        from mliropt.ir.operation import UnregisteredOp

        name = unescape_string(quoted[1:-1])
        cls = self.ctx.lookup_op(name)  # type: ignore[attr-defined]
        if cls is not None:
            return cls
        dialect_name = name.partition(".")[0]
        if self.ctx.is_registered_dialect(dialect_name):  # type: ignore[attr-defined]
            dialect = self.ctx.get_dialect(dialect_name)  # type: ignore[attr-defined]
            if dialect is not None and dialect.allows_unknown_operations:
                return UnregisteredOp.for_name(name)
            # Upstream parses an unknown op of a registered dialect and rejects it when
            # verifying ("unregistered operation ... does not allow unknown operations").
            cls = UnregisteredOp.for_name(name)
            cls.unknown_in_registered_dialect = True  # type: ignore[attr-defined]
            return cls
        if self.ctx.allow_unregistered:  # type: ignore[attr-defined]
            return UnregisteredOp.for_name(name)
        raise ParseError(
            end,
            "operation being parsed with an unregistered dialect. If this is intended, "
            "please use -allow-unregistered-dialect with the MLIR tool used",
        )

    def cb_generic_op(self, c: list, p: list) -> Any:
        # GENERIC_NAME OPERANDS [SUCCESSORS] [PROPS] [regions] [ATTR_DICT] COLON_TYPE
        cls, head, info = c[0]
        fn_type = self.type_cache.get(c[6])  # type: ignore[attr-defined]  # colon_type's cache
        if fn_type is None:
            fn_type = self.colon_type(c[6], p[6])  # type: ignore[attr-defined]
        if not isinstance(fn_type, T.FunctionType):
            # Upstream reports it at the type, not at the ':'.
            raise ParseError(p[6] + len(c[6]) - len(c[6][1:].lstrip()), "expected function type")
        operands_text = c[1]
        inputs = fn_type.inputs
        n = operands_text.count("%")
        if n != len(inputs):
            raise ParseError(
                p[6] + 1 + (len(c[6]) - 1 - len(c[6][1:].lstrip())),
                f"expected {n} operand type{'s' if n != 1 else ''} but had {len(inputs)}",
            )
        operands: list = []
        if n:
            # Fast path (resolve_list's, without its call): `(%a, %b)` as upstream prints
            # it, each a defined single value of its type; any other spelling or a miss
            # takes resolve_list's full path.
            names = () if "#" in operands_text else operands_text[2:-1].split(", %")
            if len(names) == n:
                values = self.scopes[-1].values  # type: ignore[attr-defined]
                for name, t in zip(names, inputs):
                    group = values.get(name)
                    if group is None or len(group) != 1 or group[0].type is not t:
                        break
                    operands.append(group[0])
            if len(operands) != n:
                operands = self.resolve_list(operands_text, p[1], inputs)  # type: ignore[attr-defined]
        successors: list = []
        if c[2] is not None:
            successors, succ_operands = self._successor_list(c[2], p[2])
            operands = operands + succ_operands
        regions = c[4] or []
        if c[5] is None and cls.registered:
            # No attribute dictionary: the properties depend only on the class and the
            # `<{...}>` text, checked once per distinct pair (the checks raise or pass
            # whatever the op's position).
            key = (cls, c[3])
            entry = self.generic_props.get(key)  # type: ignore[attr-defined]
            if entry is None:
                entry = self._generic_props_entry(cls, c[3], p[3], head, p[0])
                self.generic_props[key] = entry  # type: ignore[attr-defined]
            props, direct = entry
            if not direct:
                return self.finish_parsed_op(  # type: ignore[attr-defined]
                    cls, operands, fn_type.results, None, dict(props), regions, successors,
                    head, p[0], info,
                )
            # finish_parsed_op's common case without its call: the default-valued
            # properties are already in the cached dict.
            self.op_stack.pop()  # type: ignore[attr-defined]
            pos = p[0]
            op = cls.create_parsed(
                operands, fn_type.results, None, dict(props), regions, successors,
                pos + info[0], self.lines,  # type: ignore[attr-defined]
            )
            if info[1] is not None:
                self.bind_results(op, info[1], info[2], pos)  # type: ignore[attr-defined]
            return op
        props = self.props_of(c[3], p[3]) if c[3] is not None else None  # type: ignore[attr-defined]
        attrs = self.dict_of(c[5], p[5]) if c[5] is not None else None  # type: ignore[attr-defined]
        if attrs and cls.registered:
            # Inherent attributes given in the attribute dictionary become properties.
            inherent = cls.attr_defs_by_name
            moved = [k for k in attrs if k in inherent and not inherent[k].discardable]
            if moved:
                props = dict(props or {})
                for k in moved:
                    props.setdefault(k, attrs.pop(k))
            props = self._legacy_segment_sizes(cls, attrs, props)
        if props is not None and cls.registered:
            props = self._registered_properties(cls, props, head, p[0])
        if cls.registered:
            props = _default_segment_sizes(cls, props)
        # props is this op's own dict (props_of and the steps above make fresh ones).
        return self.finish_parsed_op(  # type: ignore[attr-defined]
            cls, operands, fn_type.results, attrs, props, regions, successors, head, p[0], info
        )

    def _generic_props_entry(
        self, cls: Any, text: str | None, pos: int, head: str, op_pos: int
    ) -> tuple[dict, bool]:
        """The properties of a registered generic op without an attribute dictionary,
        from its `<{...}>` text (checked here, once per distinct class and text), and
        whether the op is made by `create_parsed` directly: then the dict also holds
        the default-valued properties that finish_parsed_op would fill in."""
        from mliropt.syntax.parser import _FILLS, _fill_plan

        props = self.props_of(text, pos) if text is not None else None  # type: ignore[attr-defined]
        if props is not None:
            props = self._registered_properties(cls, props, head, op_pos)
        props = _default_segment_sizes(cls, props) or {}
        fill = _FILLS.get(cls)
        if fill is None:
            fill = _FILLS[cls] = _fill_plan(cls)
        if fill.__class__ is not tuple:
            return props, False
        for name, value in fill:  # type: ignore[union-attr]
            props.setdefault(name, value)
        return props, True

    def _legacy_segment_sizes(self, cls: Any, attrs: dict, props: dict | None) -> dict | None:
        """Segment sizes given in the attribute dictionary, also under their old names
        (`operand_segment_sizes`), become the properties when they have one entry per
        declared group, as upstream's generated setPropertiesFromAttr reads them."""
        from mliropt.ir import traits as tr

        for name, legacy, trait, defs in (
            ("operandSegmentSizes", "operand_segment_sizes", tr.AttrSizedOperandSegments,
             cls.operand_defs),
            ("resultSegmentSizes", "result_segment_sizes", tr.AttrSizedResultSegments,
             cls.result_defs),
        ):
            if trait not in cls.traits or (props and name in props):
                continue
            for key in (name, legacy):
                sizes = attrs.get(key)
                if isinstance(sizes, A.DenseArrayAttr) and len(sizes.values) == len(defs):
                    props = dict(props or {})
                    props[name] = attrs.pop(key)
                    break
        return props

    def _registered_properties(self, cls: Any, props: dict, head: str, pos: int) -> dict:
        """The properties of a registered op from its `<{...}>`, as upstream's
        setPropertiesFromAttr takes them: an op without inherent attributes has none
        (an error), entries that are not inherent attributes are dropped, and
        segment-size properties have one entry per declared group."""
        plan = _PROPERTY_PLANS.get(cls)
        if plan is None:
            plan = _PROPERTY_PLANS[cls] = _property_plan(cls)
        allowed, segments = plan
        if not allowed:
            raise ParseError(
                pos + head.index('"') if head.startswith("%") else pos,
                f"invalid properties {A.DictionaryAttr(props)} for op {cls.name}: this "
                "operation does not support properties",
            )
        for name, n in segments:
            sizes = props.get(name)
            if isinstance(sizes, A.DenseArrayAttr) and len(sizes.values) != n:
                raise ParseError(
                    pos + head.index('"') if head.startswith("%") else pos,
                    f"invalid properties {A.DictionaryAttr(props)} for op {cls.name}: size "
                    f"mismatch in attribute conversion: {len(sizes.values)} vs {n}",
                )
        if props.keys() <= allowed:
            return props
        return {k: v for k, v in props.items() if k in allowed}

    def _successor_list(self, text: str, pos: int) -> tuple[list, list]:
        items = self.parse_text("successors_text", pos, pos + len(text))  # type: ignore[attr-defined]
        blocks = []
        operands: list = []
        for name, npos, args in items:
            blocks.append(self.successor(name, npos))  # type: ignore[attr-defined]
            if args is not None:
                vals_text, vals_pos, types = args
                operands += self.resolve_list(vals_text, vals_pos, types)  # type: ignore[attr-defined]
        return blocks, operands

    # ----------------------------------------------------------------- labels and successors

    def cb_label(self, c: list, p: list) -> tuple:
        return (c[0][1:], [])

    def cb_label_args(self, c: list, p: list) -> tuple:
        return (c[0][1:], c[2])

    def cb_block_arg(self, c: list, p: list) -> tuple:
        return (c[0][1:], p[0], c[2], None)

    def cb_block_arg_loc(self, c: list, p: list) -> tuple:
        return (c[0][1:], p[0], c[2], c[4])

    def cb_successor(self, c: list, p: list) -> tuple:
        return (c[0][1:], p[0], None)

    def cb_successor_args(self, c: list, p: list) -> tuple:
        types = c[4]
        return (c[0][1:], p[0], (c[2], p[2], types))

    # ----------------------------------------------------------------- types

    def cb_integer_type(self, c: list, p: list) -> T.Type:
        text = c[0]
        if text[0] == "s":
            sign, width = 1, text[2:]
        elif text[0] == "u":
            sign, width = 2, text[2:]
        else:
            sign, width = 0, text[1:]
        w = int(width)
        if w > 0xFFFFFFFF:  # upstream reads the width as a 32-bit unsigned
            raise ParseError(p[0], "invalid integer width")
        if w > 16777215:
            raise ParseError(p[0], "integer bitwidth is limited to 16777215 bits")
        return T.IntegerType(w, sign)

    def cb_float_type(self, c: list, p: list) -> T.Type:
        return T.FloatType(c[0])

    def cb_index_type(self, c: list, p: list) -> T.Type:
        return T.index

    def cb_none_type(self, c: list, p: list) -> T.Type:
        return T.none

    def cb_complex_type(self, c: list, p: list) -> T.Type:
        et = c[2]
        if not isinstance(et, (T.IntegerType, T.FloatType)):
            raise ParseError(p[2], "invalid element type for complex")
        return T.ComplexType(et)

    def cb_tuple_type_empty(self, c: list, p: list) -> T.Type:
        return T.TupleType(())

    def cb_tuple_type(self, c: list, p: list) -> T.Type:
        return T.TupleType(tuple(c[2]))

    def cb_vector_type_0d(self, c: list, p: list) -> T.Type:
        return self._vector((), (), c[2], p[0])

    def cb_vector_type(self, c: list, p: list) -> T.Type:
        from mliropt.syntax.scanners import scan_dims

        dims: list = []
        scan_dims(self.text, p[2], p[2] + len(c[2]), dims, vector=True)  # type: ignore[attr-defined]
        sizes = tuple(d for d, _ in dims)
        if any(d <= 0 for d in sizes):
            raise ParseError(
                p[0],
                "vector types must have positive constant sizes but got "
                + ", ".join(str(x) for x in sizes),
            )
        return self._vector(sizes, tuple(s for _, s in dims), c[3], p[0])

    def _vector(self, dims: tuple, scalable: tuple, et: Any, pos: int) -> T.Type:
        if not isinstance(et, (T.IntegerType, T.FloatType, T.IndexType)) and not getattr(
            et, "vector_element", False
        ):
            raise ParseError(
                pos, "failed to verify 'elementType': VectorElementTypeInterface instance"
            )
        return T.VectorType(dims, et, scalable)

    # A shape: a tuple of sizes, or None for `*x`.
    def cb_no_dims(self, c: list, p: list) -> tuple:
        return ()

    def cb_dims(self, c: list, p: list) -> tuple:
        from mliropt.syntax.scanners import scan_dims

        dims: list = []
        scan_dims(self.text, p[0], p[0] + len(c[0]), dims)  # type: ignore[attr-defined]
        return tuple(dims)

    def cb_unranked_dims(self, c: list, p: list) -> None:
        return None

    def _next_token(self, pos: int) -> int:
        """Where the token after the one ending at `pos` starts (upstream's emitError
        after a construct points there)."""
        from mliropt.syntax.scanners import skip_ws

        return skip_ws(self.text, pos, len(self.text))  # type: ignore[attr-defined]

    def _tensor(self, shape: Any, et: Any, et_pos: int, encoding: Any, end_pos: int) -> T.Type:
        # Upstream: builtin types other than these are no tensor elements; a dialect's
        # own types are (their dialect verifies them).
        if isinstance(et, (T.FunctionType, T.NoneType, T.TupleType, T.ShapedType)) and not (
            isinstance(et, T.VectorType)
        ):
            raise ParseError(et_pos, "invalid tensor element type")
        if shape is None:
            if encoding is not None:
                raise ParseError(
                    self._next_token(end_pos), "cannot apply encoding to unranked tensor"
                )
            return T.UnrankedTensorType(et)
        return T.RankedTensorType(shape, et, encoding)

    def cb_tensor_type(self, c: list, p: list) -> T.Type:
        return self._tensor(c[2], c[3], p[3], None, p[4] + 1)

    def cb_tensor_type_no_enc(self, c: list, p: list) -> T.Type:
        return self._tensor(c[2], c[3], p[3], None, p[5] + 1)

    def cb_tensor_type_enc(self, c: list, p: list) -> T.Type:
        return self._tensor(c[2], c[3], p[3], c[5], p[6] + 1)

    def cb_memref_head(self, c: list, p: list) -> list:
        et = c[3]
        valid = isinstance(
            et, (T.IntegerType, T.IndexType, T.FloatType, T.ComplexType, T.VectorType,
                 T.MemRefType, T.UnrankedMemRefType)
        ) or getattr(et, "memref_element", False)
        if not valid:
            raise ParseError(p[3], "invalid memref element type")
        # [position, shape, element type, layout, memory space]
        return [p[0], c[2], et, None, None]

    def cb_memref_param(self, c: list, p: list) -> list:
        return self._memref_param(c[0], c[2], p[2])

    def cb_memref_param_next(self, c: list, p: list) -> list:
        return self._memref_param(c[0], c[2], p[2])

    def _memref_param(self, head: list, attr: Any, pos: int) -> list:
        """A layout or a memory space, checked as upstream's parseMemRefType checks it."""
        from mliropt.syntax.scanners import scan_typed_attr

        after = self._next_token(scan_typed_attr(self.text, pos, len(self.text)))  # type: ignore[attr-defined]
        if not _is_layout(attr):
            if head[4] is not None:
                raise ParseError(after, "multiple memory spaces specified in memref type")
            head[4] = attr
            return head
        head[3] = attr
        if head[1] is None:
            raise ParseError(after, "cannot have affine map for unranked memref type")
        if head[4] is not None:
            raise ParseError(after, "expected memory space to be last in memref type")
        return head

    def cb_memref_type(self, c: list, p: list) -> T.Type:
        pos, shape, et, layout, space = c[0]
        if isinstance(space, A.IntegerAttr) and space.value == 0:
            space = None  # the default memory space
        if shape is None:
            return T.UnrankedMemRefType(et, space)
        if isinstance(layout, A.AffineMapAttr) and layout.value.num_dims != len(shape):
            raise ParseError(
                pos,
                "memref layout mismatch between rank and affine map: "
                f"{len(shape)} != {layout.value.num_dims}",
            )
        if isinstance(layout, A.StridedLayoutAttr) and len(layout.strides) != len(shape):
            raise ParseError(pos, "expected the number of strides to match the rank")
        # Upstream also rejects the opaque attribute of an unknown dialect; we accept it,
        # as it stands for a dialect attribute upstream has and we do not register
        # (`#gpu.address_space<workgroup>`).
        if space is not None and not isinstance(
            space, (A.IntegerAttr, A.StringAttr, A.DictionaryAttr, A.DialectAttr, A.OpaqueAttr)
        ):
            raise ParseError(pos, "unsupported memory space Attribute")
        return T.MemRefType(shape, et, layout, space)

    def cb_bang_type(self, c: list, p: list) -> T.Type:
        from mliropt.syntax.dialect_syntax import parse_bang_type

        return parse_bang_type(self, c[0], p[0])

    def cb_function_type_empty(self, c: list, p: list) -> T.Type:
        return T.FunctionType((), tuple(c[3]))

    def cb_function_type(self, c: list, p: list) -> T.Type:
        return T.FunctionType(tuple(c[1]), tuple(c[4]))

    # ----------------------------------------------------------------- attributes

    def cb_true_attr(self, c: list, p: list) -> A.Attribute:
        return A.true_attr

    def cb_false_attr(self, c: list, p: list) -> A.Attribute:
        return A.false_attr

    def cb_unit_attr(self, c: list, p: list) -> A.Attribute:
        return A.unit

    def cb_empty_array_attr(self, c: list, p: list) -> A.Attribute:
        return A.ArrayAttr(())

    def cb_array_attr(self, c: list, p: list) -> A.Attribute:
        return A.ArrayAttr(tuple(c[1]))

    def cb_empty_dict(self, c: list, p: list) -> A.Attribute:
        return A.DictionaryAttr(())

    def cb_dict_entries(self, c: list, p: list) -> A.Attribute:
        seen: dict[str, Any] = {}
        for name, pos, value in c[1]:
            if name in seen:
                raise ParseError(pos, f"duplicate key '{name}' in dictionary attribute")
            seen[name] = value
        return A.DictionaryAttr(seen)

    def cb_unit_entry(self, c: list, p: list) -> tuple:
        return (c[0], p[0], A.unit)

    def cb_entry(self, c: list, p: list) -> tuple:
        return (c[0], p[0], c[2])

    def cb_unit_entry_str(self, c: list, p: list) -> tuple:
        name = unescape_string(c[0][1:-1])
        if not name:
            raise ParseError(p[0], "expected valid attribute name")
        return (name, p[0], A.unit)

    def cb_entry_str(self, c: list, p: list) -> tuple:
        name = unescape_string(c[0][1:-1])
        if not name:
            raise ParseError(p[0], "expected valid attribute name")
        return (name, p[0], c[2])

    def cb_type_attr(self, c: list, p: list) -> A.Attribute:
        return A.TypeAttr(c[0])

    def cb_symbol_ref_attr(self, c: list, p: list) -> A.Attribute:
        parts = [s.strip() for s in _split_symbol_ref(c[0])]
        names = [unescape_string(s[2:-1]) if s.startswith('@"') else s[1:] for s in parts]
        return A.SymbolRefAttr(names[0], tuple(names[1:]))

    def cb_affine_map_attr(self, c: list, p: list) -> A.Attribute:
        from mliropt.syntax.affine_parser import parse_affine_attr_body

        return A.AffineMapAttr(
            parse_affine_attr_body(self.text, p[0], p[0] + len(c[0]), "affine_map")
        )

    def cb_integer_set_attr(self, c: list, p: list) -> A.Attribute:
        from mliropt.syntax.affine_parser import parse_affine_attr_body

        return A.IntegerSetAttr(
            parse_affine_attr_body(self.text, p[0], p[0] + len(c[0]), "affine_set")
        )

    def cb_affine_map_inline(self, c: list, p: list) -> Any:
        from mliropt.syntax.affine_parser import parse_affine_inline

        return parse_affine_inline(self.text, p[0], p[0] + len(c[0]), "map")  # type: ignore[attr-defined]

    def cb_integer_set_inline(self, c: list, p: list) -> Any:
        from mliropt.syntax.affine_parser import parse_affine_inline

        return parse_affine_inline(self.text, p[0], p[0] + len(c[0]), "set")  # type: ignore[attr-defined]

    def cb_strided_attr_empty(self, c: list, p: list) -> A.Attribute:
        return A.StridedLayoutAttr(0, ())

    def cb_strided_attr(self, c: list, p: list) -> A.Attribute:
        return A.StridedLayoutAttr(0, tuple(c[3]))

    def cb_strided_attr_empty_offset(self, c: list, p: list) -> A.Attribute:
        return A.StridedLayoutAttr(c[7], ())

    def cb_strided_attr_offset(self, c: list, p: list) -> A.Attribute:
        return A.StridedLayoutAttr(c[8], tuple(c[3]))

    def cb_stride_int(self, c: list, p: list) -> int:
        return int(c[0], 0)

    def cb_stride_dynamic(self, c: list, p: list) -> int:
        return T.DYNAMIC

    def cb_distinct_attr_unit(self, c: list, p: list) -> A.Attribute:
        return self._distinct(c[2], A.unit)

    def cb_distinct_attr(self, c: list, p: list) -> A.Attribute:
        return self._distinct(c[2], c[5])

    def _distinct(self, uid: str, attr: A.Attribute) -> A.Attribute:
        table = self.__dict__.setdefault("distinct_table", {})
        key = int(uid)
        d = table.get(key)
        if d is None:
            d = table[key] = A.DistinctAttr.create(attr)
        return d

    def cb_dense_array_attr(self, c: list, p: list) -> A.Attribute:
        return parse_array_body(self, c[0], p[0])

    def cb_integer_attr(self, c: list, p: list) -> A.Attribute:
        return parse_integer_literal(c[0], p[0], T.i64)

    def cb_integer_attr_typed(self, c: list, p: list) -> A.Attribute:
        return parse_integer_literal(c[0], p[0], c[2])

    def cb_float_attr(self, c: list, p: list) -> A.Attribute:
        return parse_float_literal(c[0], p[0], T.f64)

    def cb_float_attr_typed(self, c: list, p: list) -> A.Attribute:
        return parse_float_literal(c[0], p[0], c[2], p[2])

    def cb_string_attr(self, c: list, p: list) -> A.Attribute:
        return A.StringAttr(unescape_string(c[0][1:-1]))

    def cb_string_attr_typed(self, c: list, p: list) -> A.Attribute:
        return A.StringAttr(unescape_string(c[0][1:-1]), c[2])

    def cb_hash_attr(self, c: list, p: list) -> A.Attribute:
        from mliropt.syntax.dialect_syntax import parse_hash_attr

        return parse_hash_attr(self, c[0], p[0], None)

    def cb_hash_attr_typed(self, c: list, p: list) -> A.Attribute:
        from mliropt.syntax.dialect_syntax import parse_hash_attr

        return parse_hash_attr(self, c[0], p[0], c[2])

    def cb_dense_attr(self, c: list, p: list) -> A.Attribute:
        return parse_dense_body(self, c[0], p[0], c[2], p[2])

    def cb_sparse_attr(self, c: list, p: list) -> A.Attribute:
        return parse_sparse_body(self, c[0], p[0], c[2], p[2])

    def cb_dense_resource_attr(self, c: list, p: list) -> A.Attribute:
        t = c[5]
        if not isinstance(t, T.ShapedType):
            raise ParseError(p[5], "expected a shaped type for dense_resource")
        return A.DenseResourceElementsAttr(t, c[2])

    # ----------------------------------------------------------------- locations

    def cb_unknown_loc(self, c: list, p: list) -> L.Location:
        return L.unknown_loc

    def cb_name_loc(self, c: list, p: list) -> L.Location:
        return L.NameLoc(unescape_string(c[0][1:-1]), L.unknown_loc)

    def cb_name_loc_child(self, c: list, p: list) -> L.Location:
        child = c[2]
        return L.NameLoc(unescape_string(c[0][1:-1]), child)

    def cb_file_loc_line(self, c: list, p: list) -> L.Location:
        return L.FileLineColLoc(unescape_string(c[0][1:-1]), int(c[2]), 0)

    def cb_file_loc(self, c: list, p: list) -> L.Location:
        return L.FileLineColLoc(unescape_string(c[0][1:-1]), int(c[2]), int(c[4]))

    def cb_file_loc_range_col(self, c: list, p: list) -> L.Location:
        return L.FileLineColLoc(unescape_string(c[0][1:-1]), int(c[2]), int(c[4]), None, int(c[7]))

    def cb_file_loc_range(self, c: list, p: list) -> L.Location:
        return L.FileLineColLoc(
            unescape_string(c[0][1:-1]), int(c[2]), int(c[4]), int(c[6]), int(c[8])
        )

    def cb_callsite_loc(self, c: list, p: list) -> L.Location:
        return L.CallSiteLoc(c[2], c[4])

    def cb_fused_loc_empty(self, c: list, p: list) -> L.Location:
        return L.fuse([])

    def cb_fused_loc(self, c: list, p: list) -> L.Location:
        return L.fuse(c[2])

    def cb_fused_loc_meta_empty(self, c: list, p: list) -> L.Location:
        return L.fuse([], c[2])

    def cb_fused_loc_meta(self, c: list, p: list) -> L.Location:
        return L.fuse(c[5], c[2])

    def cb_loc_alias(self, c: list, p: list) -> Any:
        from mliropt.syntax.parser import split_location_alias

        text = c[0]
        if "." in text[1:].partition("<")[0]:
            # A dialect attribute, which must be a location (upstream's parseLocation
            # reads any attribute there).
            attr = self.attr_of(text, p[0])  # type: ignore[attr-defined]
            if not isinstance(attr, L.Location):
                from mliropt.syntax.lalr import _SKIP_MATCH

                at = _SKIP_MATCH(self.text, p[0] + len(text)).end()  # type: ignore[attr-defined,union-attr]
                raise ParseError(at, f"expected location attribute, but got{attr}")
            return attr
        if "<" in text:
            raise ParseError(p[0], "expected location instance")
        return split_location_alias(self, text[1:], p[0])  # type: ignore[arg-type]


def _is_layout(attr: Any) -> bool:
    """Whether an attribute is a memref layout (MemRefLayoutAttrInterface)."""
    if isinstance(attr, (A.AffineMapAttr, A.StridedLayoutAttr)):
        return True
    return getattr(attr, "is_layout", False)


def _split_symbol_ref(text: str) -> list[str]:
    parts = []
    i = 0
    n = len(text)
    start = 0
    while i < n:
        ch = text[i]
        if ch == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif ch == ":" and text.startswith("::", i):
            parts.append(text[start:i])
            i += 2
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


def _default_segment_sizes(cls: Any, props: dict | None) -> dict | None:
    """A generic op without its segment-size property gets all-zero sizes, as the
    default-constructed property of upstream's op (the verifier then reports the count
    mismatch)."""
    segments = _PROPERTY_PLANS.get(cls)
    if segments is None:
        segments = _PROPERTY_PLANS[cls] = _property_plan(cls)
    if not segments[1]:
        return props
    missing = [(n, k) for n, k in segments[1] if props is None or n not in props]
    if not missing:
        return props
    props = dict(props or {})
    for name, n in missing:
        props[name] = A.DenseArrayAttr(T.i32, (0,) * n)
    return props


# Per registered op class: (names its properties may have, ((segment property, number
# of groups), ...)); an empty name set: the op has no properties.
_PROPERTY_PLANS: dict[Any, tuple[frozenset, tuple]] = {}


def _property_plan(cls: Any) -> tuple[frozenset, tuple]:
    from mliropt.ir import traits as tr

    segments = tuple(
        (name, len(defs))
        for name, trait, defs in (
            ("operandSegmentSizes", tr.AttrSizedOperandSegments, cls.operand_defs),
            ("resultSegmentSizes", tr.AttrSizedResultSegments, cls.result_defs),
        )
        if trait in cls.traits
    )
    inherent = [name for name, d in cls.attr_defs_by_name.items() if not d.discardable]
    return frozenset(inherent + [name for name, _ in segments]), segments
