"""Command-line tools: pymlir-opt (and later pymlir-translate, pymlir-runner)."""
