"""Upstream's parse error messages, by grammar position.

An LALR state that rejects a token knows which rules it is inside and how far (its
kernel items). Upstream's recursive-descent parser words each failure by what it was
parsing ("expected '>' in complex type"); this table maps a rule position to that
wording. A key is (rule alias or rule name, position), where the position is either the
number of symbols already matched or `@SYM`, "the next symbol is SYM" (a nonterminal,
a terminal name, or a literal's text, like `@offset`). A third element restricts the
entry to an unexpected token with that spelling (`>`).

A message is placed like upstream's emitWrongTokenError (after the previous token)
unless it is marked `AT_TOKEN` (upstream's emitError: at the unexpected token).
"""

from __future__ import annotations

from typing import Any

AT_TOKEN = "\0"  # prefix of a message placed at the unexpected token itself

MESSAGES: dict[tuple, str] = {
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
    ("inline_loc", 2): "expected ')' in inline location",
    # upstream's parseFileLineColRange
    ("file_loc_line", 2): "expected integer line number in FileLineColRange",
    ("file_loc", 2): "expected integer line number in FileLineColRange",
    ("file_loc_range_col", 2): "expected integer line number in FileLineColRange",
    ("file_loc_range", 2): "expected integer line number in FileLineColRange",
    ("file_loc", 4): "expected integer column number in FileLineColRange",
    ("file_loc_range_col", 4): "expected integer column number in FileLineColRange",
    ("file_loc_range", 4): "expected integer column number in FileLineColRange",
    ("file_loc_range_col", 6): "expected either integer or `:` post `to` in FileLineColRange",
    ("file_loc_range", 6): "expected either integer or `:` post `to` in FileLineColRange",
    ("file_loc_range", 7): "expected either integer or `:` post `to` in FileLineColRange",
    ("file_loc_range_col", 7): "expected integer column number in FileLineColRange",
    ("file_loc_range", 8): "expected integer column number in FileLineColRange",
    ("block_arg_loc", 5): "expected ')' in location",
    # types
    ("complex_type", 1): "expected '<' in complex type",
    ("complex_type", 3): "expected '>' in complex type",
    ("tuple_type", 1): "expected '<' in tuple type",
    ("tuple_type", 3): "expected '>' in tuple type",
    ("vector_type", 4): "expected '>' in vector type",
    ("vector_type_0d", 3): "expected '>' in vector type",
    ("tensor_type", 4): "expected '>' in tensor type",
    # upstream's parseOptionalAttribute after the `,`: no attribute starts here
    ("tensor_type_enc", 5): "expected '>' in tensor type",
    ("tensor_type_no_enc", 5): "expected '>' in tensor type",
    ("tensor_type", 1): "expected '<' in tensor type",
    ("tensor_type_enc", 1): "expected '<' in tensor type",
    ("tensor_type_no_enc", 1): "expected '<' in tensor type",
    ("vector_type", 1): "expected '<' in vector type",
    ("memref_head", 1): "expected '<' in memref type",
    ("vector_type_0d", 1): "expected '<' in vector type",
    ("tensor_type_enc", 6): "expected '>' in tensor type",
    ("memref_param", 1): "expected ',' or '>' in memref type",
    ("memref_param_next", 1): "expected ',' or '>'",
    ("memref_param", 2, ">"): "expected list element",
    ("function_type", 2): "expected ')'",
    ("paren_types", 2): "expected ')'",
    ("function_type", 3): "expected '->' in function type",
    ("function_type_empty", 2): "expected '->' in function type",
    # (the rule is also named `function_type`: its position 3 is the results)
    ("function_type_empty", 3): "expected non-function type",
    # attributes
    ("strided_attr", 1): "expected '<' after 'strided'",
    ("strided_attr_empty", 1): "expected '<' after 'strided'",
    ("strided_attr", 2): "expected '['",
    ("attr_value", "@offset"): "expected 'offset' after comma",
    ("strided_attr_offset", 7): "expected ':' after 'offset'",
    ("strided_attr_empty_offset", 6): "expected ':' after 'offset'",
    ("attr_value", "@stride"): AT_TOKEN + "expected a 64-bit signed integer or '?'",
    ("attr_value", "@stride_list"): AT_TOKEN + "expected a 64-bit signed integer or '?'",
    ("stride_list", "@stride"): AT_TOKEN + "expected a 64-bit signed integer or '?'",
    ("strided_attr_offset", 9): "expected '>'",
    ("strided_attr", 4): "expected ']'",
    ("strided_attr_offset", 4): "expected ']'",
    ("strided_attr", 5): "expected ','",
    ("strided_attr_offset", 5): "expected ','",
    ("strided_attr_empty", 4): "expected ','",
    ("strided_attr_empty_offset", 4): "expected ','",
    # upstream's parseDistinctAttr
    ("distinct_attr", 1): "expected '[' after 'distinct'",
    ("distinct_attr_unit", 1): "expected '[' after 'distinct'",
    ("distinct_attr", 2): "expected distinct ID",
    ("distinct_attr_unit", 2): "expected distinct ID",
    ("distinct_attr", 3): "expected ']' to close distinct ID",
    ("distinct_attr_unit", 3): "expected ']' to close distinct ID",
    ("distinct_attr", 4): "expected '<' after distinct ID",
    ("distinct_attr_unit", 4): "expected '<' after distinct ID",
    ("distinct_attr", 6): "expected '>' to close distinct attribute",
    ("dict_entries", 2): "expected '}' in attribute dictionary",
    ("attr_entries", 1): "expected '}' in attribute dictionary",
    ("empty_dict", 1): "expected attribute name",
    # properties `<{...}>` (in a plain dictionary these positions end the rule)
    ("empty_dict", 2): "expected '>' to close properties",
    ("dict_entries", 3): "expected '>' to close properties",
    ("attr_entries", 2): "expected attribute name",
    ("array_attr", 2): "expected ',' or ']'",
    ("entry", 2): "expected attribute value",
    ("entry_str", 2): "expected attribute value",
    # a generic op's successor list (upstream's parseCommaSeparatedList wording)
    ("successor", 1): "expected ',' or ']'",
    ("successors_text", 2): "expected ',' or ']'",
    ("successor_list", 1): "expected ',' or ']'",
    # block labels and their arguments
    ("label_text", 3): "expected ':' after block name",
    ("label_args", 4): "expected ':' after block name",
    ("label_args", 2): "expected SSA operand",
    ("label_args", 3): "expected ')'",
    ("block_args", 2): "expected SSA operand",
    ("block_arg", 1): "expected ':' and type for SSA operand",
    ("block_arg_loc", 1): "expected ':' and type for SSA operand",
    # aliases
    ("attr_alias_def", 1): "expected attribute value",
    ("type_alias_def", 1): "expected non-function type",
    # generic operations
    ("generic_op", "@COLON_TYPE"): "expected ':' followed by operation type",
    ("region_list", 1): "expected ')' to end region list",
    ("generic_regions", 1): "expected '{' to begin a region",
    ("region_list", 2): "expected '{' to begin a region",
}

# Messages for a start of something, by the nonterminal the state expects (in this
# order of preference: an attribute may be a type, a type never an attribute).
EXPECTING: dict[str, str] = {
    "location": "expected location instance",
    "attribute": "expected attribute value",
    "type": "expected non-function type",
    "non_fn_type": "expected non-function type",
}


def _symbol_keys(tables: Any, symbol: str) -> tuple[str, ...]:
    literal = tables.literals.get(symbol)
    return (symbol, literal) if literal is not None else (symbol,)


def table_message(tables: Any, state: int, token: str = "") -> str | None:
    """The upstream wording for an error in `state` at an unexpected token spelled
    `token`, if the table knows it (a message starting with AT_TOKEN is placed at the
    unexpected token)."""
    items = tables.state_items[state]
    aliases = tables.rule_alias
    origins = tables.rule_lhs
    symbols = tables.rule_symbols
    for rule, dot in sorted(items, key=lambda it: -it[1]):
        exp = symbols[rule]
        nxt = _symbol_keys(tables, exp[dot]) if dot < len(exp) else ()
        for name in (aliases[rule], origins[rule]):
            msg = MESSAGES.get((name, dot, token)) or MESSAGES.get((name, dot))
            if msg:
                return msg
            for sym in nxt:
                msg = MESSAGES.get((name, "@" + sym))
                if msg:
                    return msg
        if dot < len(exp):
            msg = EXPECTING.get(exp[dot])
            if msg:
                return msg
    # A state at the start of a construct (no kernel item inside a rule yet): what
    # its gotos say it expects.
    row = tables.actions[state]
    for nonterminal, msg in EXPECTING.items():
        if nonterminal in row:
            return msg
    return None
