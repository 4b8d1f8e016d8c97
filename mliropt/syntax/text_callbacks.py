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


class TextCallbacks:
    """Rule callbacks shared by every parse (mixed into SourceParser)."""

    # ----------------------------------------------------------------- generic helpers

    def cb_nothing(self, c: list, p: list) -> None:
        return None

    def cb_first(self, c: list, p: list) -> Any:
        return c[0]

    def cb_second(self, c: list, p: list) -> Any:
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
        self.add_op(c[1])  # type: ignore[attr-defined]

    def cb_add_op_loc(self, c: list, p: list) -> None:
        self.set_location(c[0], c[1], p[1])  # type: ignore[attr-defined]
        self.add_op(c[0])  # type: ignore[attr-defined]

    def cb_add_op_loc2(self, c: list, p: list) -> None:
        self.set_location(c[1], c[2], p[2])  # type: ignore[attr-defined]
        self.add_op(c[1])  # type: ignore[attr-defined]

    def cb_attr_alias_def(self, c: list, p: list) -> None:
        name = c[0][1:].split("=")[0].strip()
        if "." in name:
            raise ParseError(p[0], "attribute names with a '.' are reserved for dialect-defined names")
        if name in self.attr_aliases:
            raise ParseError(p[0], f"redefinition of attribute alias id '{name}'")
        self.attr_aliases[name] = self.attr_of(c[1], p[1])  # type: ignore[attr-defined]

    def cb_type_alias_def(self, c: list, p: list) -> None:
        name = c[0][1:].split("=")[0].strip()
        if "." in name:
            raise ParseError(p[0], "type names with a '.' are reserved for dialect-defined names")
        if name in self.type_aliases:
            raise ParseError(p[0], f"redefinition of type alias id '{name}'")
        self.type_aliases[name] = self.type_of(c[1], p[1])  # type: ignore[attr-defined]

    def cb_file_metadata(self, c: list, p: list) -> None:
        from mliropt.syntax.resources import parse_file_metadata

        parse_file_metadata(self, c[0], p[0])

    def hook_generic_name(self, value: str, pos: int) -> Any:
        """`%r = "name"` of a generic op: look the op up before its regions are parsed."""
        q = value.index('"')
        cls = self.generic_classes.get(value[q:])  # type: ignore[attr-defined]
        if cls is None:
            cls = self._generic_class(value[q:], pos + len(value))
            self.generic_classes[value[q:]] = cls  # type: ignore[attr-defined]
        self.op_stack.append([cls, len(self.vals), 0, True])  # type: ignore[attr-defined]
        return (cls, value)

    def _generic_class(self, quoted: str, end: int) -> Any:
        from mliropt.ir.operation import UnregisteredOp

        name = unescape_string(quoted[1:-1])
        cls = self.ctx.lookup_op(name)  # type: ignore[attr-defined]
        if cls is not None:
            return cls
        if self.ctx.is_registered_dialect(name.partition(".")[0]):  # type: ignore[attr-defined]
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
        cls, head = c[0]
        fn_type = self.colon_type(c[6], p[6])  # type: ignore[attr-defined]
        if not isinstance(fn_type, T.FunctionType):
            raise ParseError(p[6], "expected function type")
        operands_text = c[1]
        inputs = fn_type.inputs
        n = operands_text.count("%")
        if n != len(inputs):
            raise ParseError(
                p[6] + 1 + (len(c[6]) - 1 - len(c[6][1:].lstrip())),
                f"expected {n} operand type{'s' if n != 1 else ''} but had {len(inputs)}",
            )
        operands = self.resolve_list(operands_text, p[1], list(inputs)) if n else []  # type: ignore[attr-defined]
        successors = []
        if c[2] is not None:
            successors, succ_operands = self._successor_list(c[2], p[2])
            operands = operands + succ_operands
        props = self.props_of(c[3], p[3]) if c[3] is not None else None  # type: ignore[attr-defined]
        attrs = self.dict_of(c[5], p[5]) if c[5] is not None else None  # type: ignore[attr-defined]
        regions = c[4] or []
        if attrs and cls.registered:
            # Inherent attributes given in the attribute dictionary become properties.
            inherent = cls.attr_defs_by_name
            moved = [k for k in attrs if k in inherent and not inherent[k].discardable]
            if moved:
                props = dict(props or {})
                for k in moved:
                    props.setdefault(k, attrs.pop(k))
        return self.finish_op(  # type: ignore[attr-defined]
            cls, operands, list(fn_type.results), attrs, props, regions, successors, head, p[0]
        )

    def check_properties(self, cls: Any, props: dict, pos: int) -> None:
        """Properties of a registered op must be its inherent attributes."""
        for name in props:
            if name not in cls.attr_defs_by_name and name not in ("operandSegmentSizes", "resultSegmentSizes"):
                pass

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
        if w > 16777215:
            raise ParseError(p[0], "invalid integer width")
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
        return self._vector((), (), c[2], p[2])

    def cb_vector_type(self, c: list, p: list) -> T.Type:
        dims = []
        scalable = []
        for d in c[2].split("x")[:-1]:
            if d.startswith("["):
                dims.append(int(d[1:-1]))
                scalable.append(True)
            else:
                dims.append(int(d))
                scalable.append(False)
        for d in dims:
            if d <= 0:
                raise ParseError(p[2], "vector types must have positive constant sizes but got " + ", ".join(str(x) for x in dims))
        return self._vector(tuple(dims), tuple(scalable), c[3], p[3])

    def _vector(self, dims: tuple, scalable: tuple, et: Any, pos: int) -> T.Type:
        if not isinstance(et, (T.IntegerType, T.FloatType, T.IndexType)) and not getattr(et, "vector_element", False):
            raise ParseError(pos, "vector elements must be int/index/float type but got " + f"'{et}'")
        return T.VectorType(dims, et, scalable)

    def _dims(self, text: str, pos: int) -> tuple[int, ...]:
        out = []
        for d in text.split("x")[:-1]:
            if d == "?":
                out.append(T.DYNAMIC)
            else:
                out.append(int(d))
        return tuple(out)

    def _check_element(self, et: Any, pos: int, kind: str) -> None:
        if isinstance(et, T.FunctionType) or isinstance(et, T.NoneType) and kind == "memref":
            raise ParseError(pos, f"invalid {kind} element type")

    def cb_unranked_tensor_type(self, c: list, p: list) -> T.Type:
        self._check_element(c[3], p[3], "tensor")
        return T.UnrankedTensorType(c[3])

    def cb_tensor_type_0d(self, c: list, p: list) -> T.Type:
        self._check_element(c[2], p[2], "tensor")
        return T.RankedTensorType((), c[2])

    def cb_tensor_type_0d_enc(self, c: list, p: list) -> T.Type:
        return T.RankedTensorType((), c[2], c[4])

    def cb_tensor_type(self, c: list, p: list) -> T.Type:
        self._check_element(c[3], p[3], "tensor")
        return T.RankedTensorType(self._dims(c[2], p[2]), c[3])

    def cb_tensor_type_enc(self, c: list, p: list) -> T.Type:
        self._check_element(c[3], p[3], "tensor")
        return T.RankedTensorType(self._dims(c[2], p[2]), c[3], c[5])

    def cb_unranked_memref_type(self, c: list, p: list) -> T.Type:
        return T.UnrankedMemRefType(c[3])

    def cb_unranked_memref_type_space(self, c: list, p: list) -> T.Type:
        return T.UnrankedMemRefType(c[3], c[5])

    def _memref(self, dims: tuple, et: Any, extra: list, pos: list) -> T.Type:
        layout = None
        space = None
        if len(extra) == 2:
            layout, space = extra
        elif len(extra) == 1:
            a = extra[0]
            if isinstance(a, (A.AffineMapAttr, A.StridedLayoutAttr)) or getattr(a, "is_layout", False):
                layout = a
            else:
                space = a
        if isinstance(layout, A.AffineMapAttr) and layout.value.num_dims != len(dims):
            raise ParseError(pos[0], "memref layout mismatch between rank and affine map: "
                             f"{len(dims)} != {layout.value.num_dims}")
        if isinstance(layout, A.StridedLayoutAttr) and len(layout.strides) != len(dims):
            raise ParseError(pos[0], f"expected the number of strides to match the rank")
        return T.MemRefType(dims, et, layout, space)

    def cb_memref_type_0d(self, c: list, p: list) -> T.Type:
        return self._memref((), c[2], [], p)

    def cb_memref_type_0d_1(self, c: list, p: list) -> T.Type:
        return self._memref((), c[2], [c[4]], p[4:])

    def cb_memref_type_0d_2(self, c: list, p: list) -> T.Type:
        return self._memref((), c[2], [c[4], c[6]], p[4:])

    def cb_memref_type(self, c: list, p: list) -> T.Type:
        return self._memref(self._dims(c[2], p[2]), c[3], [], p)

    def cb_memref_type_1(self, c: list, p: list) -> T.Type:
        return self._memref(self._dims(c[2], p[2]), c[3], [c[5]], p[5:])

    def cb_memref_type_2(self, c: list, p: list) -> T.Type:
        return self._memref(self._dims(c[2], p[2]), c[3], [c[5], c[7]], p[5:])

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
        return A.AffineMapAttr(c[2])

    def cb_integer_set_attr(self, c: list, p: list) -> A.Attribute:
        return A.IntegerSetAttr(c[2])

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
            d = table[key] = A.DistinctAttr(next(_DISTINCT_IDS), attr)
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

    # ----------------------------------------------------------------- affine

    def cb_affine_dims_empty(self, c: list, p: list) -> int:
        self._affine_names = {}
        return 0

    def cb_affine_dims(self, c: list, p: list) -> int:
        from mliropt.ir import affine

        self._affine_names = {}
        for i, name in enumerate(c[1]):
            if name in self._affine_names:
                raise ParseError(p[1], f"redefinition of identifier '{name}'")
            self._affine_names[name] = affine.AffineDimExpr(i)
        return len(c[1])

    def cb_affine_syms_empty(self, c: list, p: list) -> int:
        return 0

    def cb_affine_syms(self, c: list, p: list) -> int:
        from mliropt.ir import affine

        for i, name in enumerate(c[1]):
            if name in self._affine_names:
                raise ParseError(p[1], f"redefinition of identifier '{name}'")
            self._affine_names[name] = affine.AffineSymbolExpr(i)
        return len(c[1])

    def cb_affine_map_empty(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        return affine.AffineMap(c[0], 0, ())

    def cb_affine_map(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        return affine.AffineMap(c[0], 0, tuple(c[3]))

    def cb_affine_map_syms_empty(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        return affine.AffineMap(c[0], c[1], ())

    def cb_affine_map_syms(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        return affine.AffineMap(c[0], c[1], tuple(c[4]))

    def cb_integer_set(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        exprs = tuple(e for e, _ in c[3])
        flags = tuple(f for _, f in c[3])
        return affine.IntegerSet(c[0], 0, exprs, flags)

    def cb_integer_set_syms(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        exprs = tuple(e for e, _ in c[4])
        flags = tuple(f for _, f in c[4])
        return affine.IntegerSet(c[0], c[1], exprs, flags)

    def cb_affine_ge(self, c: list, p: list) -> tuple:
        from mliropt.ir import affine

        return (affine.sub(c[0], c[2]), False)

    def cb_affine_le(self, c: list, p: list) -> tuple:
        from mliropt.ir import affine

        return (affine.sub(c[2], c[0]), False)

    def cb_affine_eq(self, c: list, p: list) -> tuple:
        from mliropt.ir import affine

        return (affine.sub(c[0], c[2]), True)

    def cb_affine_add(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        return affine.add(c[0], c[2])

    def cb_affine_sub(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        return affine.sub(c[0], c[2])

    def cb_affine_mul(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        if not (c[0].is_symbolic_or_constant() or c[2].is_symbolic_or_constant()):
            raise ParseError(p[1], "non-affine expression: at least one of the multiply operands has to be either a constant or symbolic")
        return affine.mul(c[0], c[2])

    def _affine_rhs_check(self, c: list, p: list, what: str) -> None:
        from mliropt.ir import affine

        if not c[2].is_symbolic_or_constant():
            raise ParseError(p[1], f"non-affine expression: right operand of {what} has to be either a constant or symbolic")

    def cb_affine_floordiv(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        self._affine_rhs_check(c, p, "floordiv")
        return affine.floordiv(c[0], c[2])

    def cb_affine_ceildiv(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        self._affine_rhs_check(c, p, "ceildiv")
        return affine.ceildiv(c[0], c[2])

    def cb_affine_mod(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        self._affine_rhs_check(c, p, "mod")
        return affine.mod(c[0], c[2])

    def cb_affine_neg(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        return affine.neg(c[1])

    def cb_affine_id(self, c: list, p: list) -> Any:
        e = self._affine_names.get(c[0])
        if e is None:
            raise ParseError(p[0], f"use of undeclared identifier")
        return e

    def cb_affine_const(self, c: list, p: list) -> Any:
        from mliropt.ir import affine

        return affine.AffineConstantExpr(int(c[0], 0))

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
        if "<" in text or "." in text[1:]:
            raise ParseError(p[0], "expected location instance")
        return split_location_alias(self, text[1:], p[0])  # type: ignore[arg-type]


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


def _ids() -> Any:
    import itertools

    return itertools.count()


_DISTINCT_IDS = _ids()
