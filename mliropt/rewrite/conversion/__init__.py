"""The dialect conversion framework (upstream's DialectConversion): a ConversionTarget
says which ops are legal, a TypeConverter converts types and builds materializations,
ConversionPatterns rewrite illegal ops through a ConversionPatternRewriter, and
`apply_partial_conversion` / `apply_full_conversion` drive them with rollback."""

from mliropt.rewrite.conversion.driver import (
    apply_analysis_conversion,
    apply_full_conversion,
    apply_partial_conversion,
    reconcile_unrealized_casts,
)
from mliropt.rewrite.conversion.patterns import (
    AnyFunctionSignatureConversion,
    ConversionPattern,
    FunctionSignatureConversion,
    OpAdaptor,
    OpConversionPattern,
)
from mliropt.rewrite.conversion.rewriter import ConversionConfig, ConversionPatternRewriter
from mliropt.rewrite.conversion.target import ConversionTarget, LegalizationAction
from mliropt.rewrite.conversion.type_converter import (
    FAILURE,
    SignatureConversion,
    TypeConverter,
)

__all__ = [
    "FAILURE",
    "AnyFunctionSignatureConversion",
    "ConversionConfig",
    "ConversionPattern",
    "ConversionPatternRewriter",
    "ConversionTarget",
    "FunctionSignatureConversion",
    "LegalizationAction",
    "OpAdaptor",
    "OpConversionPattern",
    "SignatureConversion",
    "TypeConverter",
    "apply_analysis_conversion",
    "apply_full_conversion",
    "apply_partial_conversion",
    "reconcile_unrealized_casts",
]
