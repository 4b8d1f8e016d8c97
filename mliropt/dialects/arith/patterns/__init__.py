"""Canonicalization patterns of the arith dialect, listed by the op classes'
`canonicalization_patterns`."""
