"""Dialects: one module per dialect, registered lazily in `registry`."""
