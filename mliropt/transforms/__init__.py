"""Transformation passes: one module per pass, named after its argument."""
