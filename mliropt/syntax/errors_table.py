"""Upstream's parse error messages, by grammar position.

An LALR state that rejects a token knows which rules it is inside and how far (its
kernel items). Upstream's recursive-descent parser words each failure by what it was
parsing ("expected '>' in complex type"); this table maps (rule alias or rule name,
position) to that wording. Positions count the symbols already matched.
"""

from __future__ import annotations

from typing import Any

# (alias or rule name, dot) -> message
MESSAGES: dict[tuple[str, int], str] = {
    # locations
    ("loc_text", 1): "expected '(' in location",
    ("loc_text", 2): "expected location instance",
    ("loc_text", 3): "expected ')' in location",
    ("name_loc_child", 3): "expected ')' after child location of NameLoc",
    ("callsite_loc", 1): "expected '(' in callsite location",
    ("callsite_loc", 2): "expected location instance",
    ("callsite_loc", 3): "expected 'at' in callsite location",
    ("callsite_loc", 4): "expected location instance",
    ("callsite_loc", 5): "expected ')' in callsite location",
    ("fused_loc", 1): "expected '[' in fused location",
    ("fused_loc_empty", 1): "expected '[' in fused location",
    ("fused_loc", 3): "expected ']' in fused location",
    ("fused_loc_meta", 3): "expected '>' after fused location metadata",
    ("fused_loc_meta_empty", 3): "expected '>' after fused location metadata",
    ("fused_loc_meta", 4): "expected '[' in fused location",
    ("fused_loc_meta", 6): "expected ']' in fused location",
    ("location_list", 1): "expected ']' in fused location",
    ("block_arg_loc", 4): "expected location instance",
    ("block_arg_loc", 5): "expected ')' in location",
    # types
    ("complex_type", 1): "expected '<' in complex type",
    ("complex_type", 3): "expected '>' in complex type",
    ("tuple_type", 1): "expected '<' in tuple type",
    ("tuple_type", 3): "expected '>' in tuple type",
    ("type_list", 1): "expected '>'",
    ("memref_type_1", 5): "expected list element",
    ("memref_type", 4): "expected '>'",
    # attributes
    ("strided_attr", 1): "expected '<' after 'strided'",
    ("strided_attr_empty", 1): "expected '<' after 'strided'",
    ("strided_attr", 2): "expected '['",
    ("strided_attr", 3): "expected a 64-bit signed integer or '?'",
    ("stride_list", 2): "expected a 64-bit signed integer or '?'",
    ("strided_attr", 5): "expected 'offset' after comma",
    ("strided_attr_offset", 6): "expected 'offset' after comma",
    ("strided_attr_offset", 7): "expected ':' after 'offset'",
    ("strided_attr_offset", 8): "expected a 64-bit signed integer or '?'",
    ("strided_attr_offset", 9): "expected '>'",
    ("strided_attr", 4): "expected '>'",
    ("dict_entries", 2): "expected '}' in attribute dictionary",
    ("attr_entries", 1): "expected '}' in attribute dictionary",
    ("empty_dict", 1): "expected attribute name",
    ("array_attr", 2): "expected ']'",
    ("entry", 2): "expected attribute value",
    ("entry_str", 2): "expected attribute value",
    # affine
    ("affine_map", 1): "expected '->' or ':'",
    ("affine_map", 2): "expected '(' in affine map range",
    ("affine_map_empty", 2): "expected '(' in affine map range",
    ("affine_map", 4): "expected ')' in affine map range",
    ("affine_map_syms", 5): "expected ')' in affine map range",
    ("affine_add", 2): "missing right operand of binary op",
    ("affine_sub", 2): "missing right operand of binary op",
    ("affine_mul", 2): "missing right operand of binary op",
    ("affine_floordiv", 2): "missing right operand of binary op",
    ("affine_ceildiv", 2): "missing right operand of binary op",
    ("affine_mod", 2): "missing right operand of binary op",
    ("affine_neg", 1): "missing operand of negation",
    ("second", -1): "",
}

# Messages for a start of something, by the nonterminal the state expects.
EXPECTING: dict[str, str] = {
    "location": "expected location instance",
    "type": "expected non-function type",
    "non_fn_type": "expected non-function type",
    "attribute": "expected attribute value",
    "affine_expr": "expected affine expression",
    "affine_term": "expected affine expression",
    "affine_unary": "expected affine expression",
}


def table_message(tables: Any, state: int) -> str | None:
    """The upstream wording for an error in `state`, if the table knows it."""
    items = tables.state_items[state]
    aliases = tables.rule_alias
    origins = tables.rule_lhs
    symbols = tables.rule_symbols
    for rule, dot in sorted(items, key=lambda it: -it[1]):
        for key in ((aliases[rule], dot), (origins[rule], dot)):
            msg = MESSAGES.get(key)
            if msg:
                return msg
        exp = symbols[rule]
        if dot < len(exp):
            msg = EXPECTING.get(exp[dot])
            if msg:
                return msg
    return None
