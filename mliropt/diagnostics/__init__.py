"""Diagnostic handlers above the IR's engine: the source manager (`source_manager`), the
renderer that prints upstream's `FILE:LINE:COL: error: MESSAGE` format (`renderer`), and
`--verify-diagnostics` (`verifier`)."""
