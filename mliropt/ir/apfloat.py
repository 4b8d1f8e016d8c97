"""Bit-exact semantics, rounding and printing of MLIR's float types, after llvm::APFloat.

Values travel as plain ``int`` bit patterns; every helper takes the type's MLIR name
(``"f32"``, ``"f8E4M3FN"``...). Arithmetic is exact on integers and rounds once,
to nearest with ties to even, so results match APFloat bit for bit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fractions import Fraction

__all__ = [
    "SEMANTICS",
    "FloatSemantics",
    "abs",
    "add",
    "compare",
    "convert",
    "default_nan",
    "div",
    "format_float",
    "format_float_hex",
    "from_decimal_string",
    "from_int",
    "from_mlir_literal",
    "from_python",
    "is_inf",
    "is_nan",
    "is_negative",
    "is_signaling",
    "is_zero",
    "largest",
    "maximum",
    "maxnum",
    "minimum",
    "minnum",
    "mul",
    "neg",
    "parse_hex_float",
    "rem",
    "sub",
    "to_fraction",
    "to_int",
    "to_python_float",
    "to_string",
]

_builtin_abs = abs

# How a format spends its top encodings (APFloat's fltNonfiniteBehavior/fltNanEncoding).
IEEE = "ieee"  # all-ones exponent: infinity (zero mantissa) or NaN
ALL_ONES = "all_ones"  # no infinity; NaN only where every non-sign bit is set ("FN")
NEG_ZERO = "negative_zero"  # no infinity, no -0; NaN is the -0 pattern ("FNUZ")
FINITE = "finite_only"  # no infinity, no NaN (the MX f6/f4 types)

_ZERO, _NORMAL, _INF, _NAN = "zero", "normal", "inf", "nan"


class FloatSemantics:
    """Layout and limits of one float format; value = m * 2**(e - precision + 1)."""

    __slots__ = (
        "name", "width", "exponent_bits", "precision", "bias", "min_exponent",
        "max_exponent", "encoding", "has_zero", "signed", "explicit_int_bit",
        "mant_bits",
    )  # fmt: skip

    def __init__(
        self,
        name: str,
        width: int,
        exponent_bits: int,
        precision: int,
        bias: int,
        encoding: str = IEEE,
        *,
        has_zero: bool = True,
        signed: bool = True,
        explicit_int_bit: bool = False,
    ) -> None:
        self.name = name
        self.width = width
        self.exponent_bits = exponent_bits
        self.precision = precision
        self.bias = bias
        self.encoding = encoding
        self.has_zero = has_zero
        self.signed = signed
        self.explicit_int_bit = explicit_int_bit
        # Stored mantissa field width (x87 stores its integer bit).
        self.mant_bits = precision if explicit_int_bit else precision - 1
        # Exponent field 0 holds denormals (except E8M0, which has no mantissa).
        self.min_exponent = -bias if precision == 1 else 1 - bias
        # IEEE reserves the all-ones exponent for inf/NaN; other encodings use it for numbers.
        top = (1 << exponent_bits) - 1 - (1 if encoding == IEEE or precision == 1 else 0)
        self.max_exponent = top - bias

    @property
    def has_inf(self) -> bool:
        """Whether the format encodes infinities."""
        return self.encoding == IEEE

    @property
    def has_nan(self) -> bool:
        """Whether the format encodes NaNs."""
        return self.encoding != FINITE

    def __repr__(self) -> str:
        return f"FloatSemantics({self.name!r})"


SEMANTICS: dict[str, FloatSemantics] = {
    s.name: s
    for s in (
        FloatSemantics("f16", 16, 5, 11, 15),
        FloatSemantics("bf16", 16, 8, 8, 127),
        FloatSemantics("f32", 32, 8, 24, 127),
        FloatSemantics("f64", 64, 11, 53, 1023),
        FloatSemantics("f80", 80, 15, 64, 16383, explicit_int_bit=True),
        FloatSemantics("f128", 128, 15, 113, 16383),
        FloatSemantics("tf32", 19, 8, 11, 127),
        FloatSemantics("f8E5M2", 8, 5, 3, 15),
        FloatSemantics("f8E4M3", 8, 4, 4, 7),
        FloatSemantics("f8E4M3FN", 8, 4, 4, 7, ALL_ONES),
        FloatSemantics("f8E5M2FNUZ", 8, 5, 3, 16, NEG_ZERO),
        FloatSemantics("f8E4M3FNUZ", 8, 4, 4, 8, NEG_ZERO),
        FloatSemantics("f8E4M3B11FNUZ", 8, 4, 4, 11, NEG_ZERO),
        FloatSemantics("f8E3M4", 8, 3, 5, 3),
        FloatSemantics("f8E8M0FNU", 8, 8, 1, 127, ALL_ONES, has_zero=False, signed=False),
        FloatSemantics("f6E2M3FN", 6, 2, 4, 1, FINITE),
        FloatSemantics("f6E3M2FN", 6, 3, 3, 3, FINITE),
        FloatSemantics("f4E2M1FN", 4, 2, 2, 1, FINITE),
    )
}


def _sem(kind: str | FloatSemantics) -> FloatSemantics:
    if isinstance(kind, FloatSemantics):
        return kind
    try:
        return SEMANTICS[kind]
    except KeyError:
        raise ValueError(f"unknown float type '{kind}'") from None


# --------------------------------------------------------------------------- encoding


def _sign_bit(s: FloatSemantics, sign: int) -> int:
    return sign << (s.width - 1) if s.signed and sign else 0


def _decode(s: FloatSemantics, bits: int) -> tuple[str, int, int, int]:
    """Split bits into (category, sign, significand, exponent); NaNs keep their raw mantissa."""
    bits &= (1 << s.width) - 1
    sign = bits >> (s.width - 1) if s.signed else 0
    mag = bits & ((1 << (s.width - 1)) - 1) if s.signed else bits
    ef, frac = mag >> s.mant_bits, mag & ((1 << s.mant_bits) - 1)
    p = s.precision
    if s.encoding == ALL_ONES and mag == (1 << (s.width - s.signed)) - 1:
        return _NAN, sign, frac, 0
    if s.encoding == NEG_ZERO and sign and not mag:
        return _NAN, sign, 0, 0
    if s.precision == 1:  # E8M0: every other pattern is a power of two
        return _NORMAL, 0, 1, ef - s.bias
    if s.encoding == IEEE and ef == (1 << s.exponent_bits) - 1:
        inf_frac = 1 << (p - 1) if s.explicit_int_bit else 0
        return (_INF if frac == inf_frac else _NAN), sign, frac, 0
    if s.explicit_int_bit and ef and not frac >> (p - 1):
        return _NAN, sign, frac, 0  # x87 unnormals are NaNs to APFloat
    if not ef:
        return (_NORMAL if frac else _ZERO), sign, frac, s.min_exponent - (p - 1)
    if not s.explicit_int_bit:
        frac |= 1 << (p - 1)
    return _NORMAL, sign, frac, ef - s.bias - (p - 1)


def _zero(s: FloatSemantics, sign: int) -> int:
    # FNUZ has no -0 and E8M0 no zero at all: APFloat makes +0 / the smallest value.
    return _sign_bit(s, sign) if s.encoding != NEG_ZERO else 0


def _inf(s: FloatSemantics, sign: int) -> int:
    if s.encoding == IEEE:
        top = 1 << (s.precision - 1) if s.explicit_int_bit else 0
        return _sign_bit(s, sign) | ((1 << s.exponent_bits) - 1) << s.mant_bits | top
    if s.encoding == FINITE:
        # APFloat keeps an infinity it cannot encode; its bitcast is just the sign (0x0/0x8).
        return _sign_bit(s, sign)
    return _nan(s, sign)


def _nan(s: FloatSemantics, sign: int = 0) -> int:
    """A quiet NaN with no payload (APFloat::makeNaN)."""
    if s.encoding == NEG_ZERO:
        return 1 << (s.width - 1)
    if s.encoding == ALL_ONES:
        return _sign_bit(s, sign) | ((1 << (s.width - s.signed)) - 1)
    if s.encoding == FINITE:
        return _sign_bit(s, sign)  # unrepresentable; see _inf
    frac = 1 << (s.precision - 2)
    if s.explicit_int_bit:
        frac |= 1 << (s.precision - 1)
    return _sign_bit(s, sign) | ((1 << s.exponent_bits) - 1) << s.mant_bits | frac


def _largest(s: FloatSemantics, sign: int) -> int:
    mag = (s.max_exponent + s.bias) << s.mant_bits | ((1 << s.mant_bits) - 1)
    if s.encoding == ALL_ONES and s.precision > 1:
        mag -= 1  # the all-ones pattern is NaN
    return _sign_bit(s, sign) | mag


def _pack(s: FloatSemantics, sign: int, m: int, q: int) -> int:
    """Encode sign * m * 2**q, where m < 2**precision and q >= the denormal exponent."""
    p = s.precision
    if not m:
        return _zero(s, sign)
    if not m >> (p - 1):
        return _sign_bit(s, sign) | m  # denormal: exponent field 0
    e = q + p - 1
    frac = m if s.explicit_int_bit else m - (1 << (p - 1))
    mag = (e + s.bias) << s.mant_bits | frac
    nan_pattern = s.encoding == ALL_ONES and mag == (1 << (s.width - s.signed)) - 1
    if e > s.max_exponent or nan_pattern:
        return _overflow(s, sign)
    return _sign_bit(s, sign) | mag


def _overflow(s: FloatSemantics, sign: int) -> int:
    """Round-to-nearest overflow: inf, NaN for FN/FNUZ, saturation for f6/f4."""
    return _largest(s, sign) if s.encoding == FINITE else _inf(s, sign)


def _round(s: FloatSemantics, sign: int, num: int, den: int = 1) -> int:
    """Round sign * num/den (num >= 0, den > 0) to nearest, ties to even."""
    if not num:
        return _zero(s, sign)
    e = num.bit_length() - den.bit_length()
    if (num << max(-e, 0)) < (den << max(e, 0)):
        e -= 1  # now 2**e <= num/den < 2**(e+1)
    q = max(e, s.min_exponent) - (s.precision - 1)
    n, d = (num, den << q) if q >= 0 else (num << -q, den)
    m, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and m & 1):
        m += 1
    if m >> s.precision:
        m, q = m >> 1, q + 1
    return _pack(s, sign, m, q)


def _round_exact(s: FloatSemantics, sign: int, sig: int, exp: int) -> int:
    """Round sign * sig * 2**exp."""
    return _round(s, sign, sig << exp, 1) if exp >= 0 else _round(s, sign, sig, 1 << -exp)


def _canonical(s: FloatSemantics, bits: int) -> int:
    """The bits APFloat's bitcastToAPInt gives back after reading `bits` (x87 only differs)."""
    bits &= (1 << s.width) - 1
    if not s.explicit_int_bit:
        return bits
    cat, sign, sig, _ = _decode(s, bits)
    if cat == _NAN:
        return _sign_bit(s, sign) | 0x7FFF << 64 | sig
    if cat == _NORMAL and bits >> 64 & 0x7FFF == 0 and sig >> 63:
        return bits | 1 << 64  # pseudo-denormal: re-encoded with exponent field 1
    return bits


def _is_quiet(s: FloatSemantics, sig: int) -> bool:
    return s.encoding != IEEE or bool(sig >> (s.precision - 2) & 1)


def _quiet(s: FloatSemantics, bits: int) -> int:
    """APFloat::makeQuiet: set the quiet bit of an IEEE NaN."""
    cat = _decode(s, bits)[0]
    if cat != _NAN or s.encoding != IEEE:
        return bits
    return bits | 1 << (s.precision - 2)


# --------------------------------------------------------------------------- queries


def is_nan(kind: str, bits: int) -> bool:
    """Whether bits is a NaN of the format."""
    return _decode(_sem(kind), bits)[0] == _NAN


def is_inf(kind: str, bits: int) -> bool:
    """Whether bits is an infinity of the format."""
    return _decode(_sem(kind), bits)[0] == _INF


def is_zero(kind: str, bits: int) -> bool:
    """Whether bits is +0 or -0."""
    return _decode(_sem(kind), bits)[0] == _ZERO


def is_negative(kind: str, bits: int) -> bool:
    """Whether the sign bit is set (APFloat::isNegative; FNUZ NaN counts as negative)."""
    return bool(_decode(_sem(kind), bits)[1])


def is_signaling(kind: str, bits: int) -> bool:
    """Whether bits is a signaling NaN (only IEEE-encoded formats have them)."""
    s = _sem(kind)
    cat, _, sig, _ = _decode(s, bits)
    return cat == _NAN and not _is_quiet(s, sig)


def default_nan(kind: str) -> int:
    """The NaN APFloat produces for invalid operations (positive, quiet)."""
    return _nan(_sem(kind))


def largest(kind: str, negative: bool = False) -> int:
    """The largest finite value (APFloat::getLargest)."""
    return _largest(_sem(kind), int(negative))


# --------------------------------------------------------------------------- conversions in


def from_python(kind: str, value: float | int | Fraction) -> int:
    """Round a Python number into the format (a float is an exact f64 first)."""
    s = _sem(kind)
    if isinstance(value, float):
        import struct

        return convert("f64", kind, struct.unpack("<Q", struct.pack("<d", value))[0])
    if isinstance(value, int):
        return from_int(kind, value)
    num, den = value.numerator, value.denominator
    return _round(s, int(num < 0), _builtin_abs(num), den)


def from_int(kind: str, value: int) -> int:
    """Round an integer into the format (APFloat::convertFromAPInt, nearest-even)."""
    return _round(_sem(kind), int(value < 0), _builtin_abs(value))


_DECIMAL = re.compile(r"([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?")


def from_decimal_string(kind: str, text: str) -> int:
    """Correctly round a decimal string into the format (APFloat's string constructor)."""
    s = _sem(kind)
    text = text.strip()
    low = text.lower().lstrip("+-")
    sign = int(text.startswith("-"))
    if low in ("inf", "infinity"):
        return _inf(s, sign)
    if low == "nan":
        return _nan(s, sign)
    match = _DECIMAL.fullmatch(text)
    if not match or not (match[2] or match[3]):
        raise ValueError(f"invalid float literal '{text}'")
    digits = (match[2] + (match[3] or "")).lstrip("0")
    exp10 = int(match[4] or 0) - len(match[3] or "")
    if not digits:
        return _zero(s, sign)
    stripped = digits.rstrip("0")
    exp10 += len(digits) - len(stripped)
    digits = stripped
    # Beyond any format's range (f80/f128 reach ~1e±4951): skip the huge powers of ten.
    magnitude = exp10 + len(digits)
    if magnitude > 5000:
        return _overflow(s, sign)
    if magnitude < -5000:
        return _zero(s, sign)
    num = _digits_to_int(digits)
    if exp10 >= 0:
        return _round(s, sign, num * 10**exp10)
    return _round(s, sign, num, 10**-exp10)


def _digits_to_int(digits: str) -> int:
    """int(digits) in pieces: CPython refuses more than 4300 digits at once."""
    value = 0
    for i in range(0, len(digits), 4000):
        piece = digits[i : i + 4000]
        value = value * 10 ** len(piece) + int(piece)
    return value


def from_mlir_literal(kind: str, text: str) -> int:
    """Value of an MLIR decimal float literal: upstream reads a double, then converts."""
    return from_python(kind, float(text))


_HEX = re.compile(r"0x[0-9a-fA-F]+")


def parse_hex_float(kind: str, text: str) -> int:
    """Read a hex bit-pattern float literal; raise ValueError with upstream's diagnostic."""
    s = _sem(kind)
    text = text.strip()
    if text.startswith("-"):
        raise ValueError("hexadecimal float literal should not have a leading minus")
    if not _HEX.fullmatch(text):
        raise ValueError("unexpected decimal integer literal for a floating point value")
    value = int(text, 16)
    if value.bit_length() > s.width:
        raise ValueError("hexadecimal float constant out of range for type")
    return value


# --------------------------------------------------------------------------- conversions out


def to_fraction(kind: str, bits: int) -> Fraction | float:
    """Exact value as a Fraction; float inf/-inf/nan for the specials."""
    from fractions import Fraction

    cat, sign, sig, exp = _decode(_sem(kind), bits)
    if cat == _NAN:
        return float("nan")
    if cat == _INF:
        return float("-inf") if sign else float("inf")
    value = Fraction(sig << exp) if exp >= 0 else Fraction(sig, 1 << -exp)
    return -value if sign else value


def to_python_float(kind: str, bits: int) -> float:
    """Nearest Python float (an f64 conversion, so NaN payloads carry over)."""
    import struct

    return struct.unpack("<d", struct.pack("<Q", convert(kind, "f64", bits)))[0]


def convert(src_kind: str, dst_kind: str, bits: int) -> int:
    """Convert between formats with nearest-even rounding (APFloat::convert)."""
    src, dst = _sem(src_kind), _sem(dst_kind)
    cat, sign, sig, exp = _decode(src, bits)
    if cat == _ZERO:
        return _zero(dst, sign)
    if cat == _INF:
        return _inf(dst, sign)
    if cat == _NORMAL:
        return _round_exact(dst, sign, sig, exp)
    if dst.encoding != IEEE or src.encoding == NEG_ZERO:
        # FNUZ's NaN has no payload: APFloat makes a fresh positive NaN for IEEE targets.
        return _nan(dst, 0 if dst.encoding == IEEE else sign)
    # IEEE NaN: the payload keeps its top bit position; signaling NaNs become quiet.
    if src.explicit_int_bit:
        sig &= (1 << 63) - 1
    src_bits, dst_bits = src.precision - 1, dst.precision - 1
    payload = sig << (dst_bits - src_bits) if dst_bits >= src_bits else sig >> (src_bits - dst_bits)
    payload &= (1 << dst_bits) - 1
    out = _sign_bit(dst, sign) | ((1 << dst.exponent_bits) - 1) << dst.mant_bits | payload
    if dst.explicit_int_bit:
        out |= 1 << 63
    return out if _is_quiet(src, sig) else out | 1 << (dst.precision - 2)


def to_int(kind: str, bits: int, width: int, signed: bool) -> int | None:
    """Truncate toward zero (fptosi/fptoui folding); None for NaN, inf or out of range."""
    cat, sign, sig, exp = _decode(_sem(kind), bits)
    if cat in (_NAN, _INF):
        return None
    value = sig << exp if exp >= 0 else sig >> -exp
    if sign:
        value = -value
    lo, hi = (-(1 << (width - 1)), (1 << (width - 1)) - 1) if signed else (0, (1 << width) - 1)
    return value if lo <= value <= hi else None


# --------------------------------------------------------------------------- arithmetic


def neg(kind: str, bits: int) -> int:
    """Flip the sign (APFloat::changeSign; FNUZ zero and NaN keep theirs)."""
    s = _sem(kind)
    cat = _decode(s, bits)[0]
    if not s.signed or (s.encoding == NEG_ZERO and cat in (_ZERO, _NAN)):
        return bits
    return bits ^ 1 << (s.width - 1)


def abs(kind: str, bits: int) -> int:
    """Clear the sign (APFloat::clearSign)."""
    return neg(kind, bits) if is_negative(kind, bits) else bits


def _propagate_nan(s: FloatSemantics, a: int, b: int) -> int | None:
    """APFloat returns the first NaN operand, made quiet."""
    for x in (a, b):
        if _decode(s, x)[0] == _NAN:
            return _quiet(s, x)
    return None


def _add(s: FloatSemantics, a: int, b: int, negate_b: bool) -> int:
    nan = _propagate_nan(s, a, b)
    if nan is not None:
        return nan
    ca, sa, ma, ea = _decode(s, a)
    cb, sb, mb, eb = _decode(s, b)
    sb ^= negate_b
    if ca == _INF or cb == _INF:
        if ca == cb and sa != sb:
            return _nan(s)  # inf - inf
        return _inf(s, sa if ca == _INF else sb)
    if ca == _ZERO and cb == _ZERO:
        return _zero(s, sa & sb)
    e = min(ea, eb)
    total = (-1) ** sa * (ma << (ea - e)) + (-1) ** sb * (mb << (eb - e))
    if not total:
        return _zero(s, 0)  # exact cancellation is +0 when rounding to nearest
    return _round_exact(s, int(total < 0), _builtin_abs(total), e)


def add(kind: str, a: int, b: int) -> int:
    """a + b, rounded to nearest-even."""
    return _add(_sem(kind), a, b, False)


def sub(kind: str, a: int, b: int) -> int:
    """a - b, rounded to nearest-even."""
    return _add(_sem(kind), a, b, True)


def mul(kind: str, a: int, b: int) -> int:
    """a * b, rounded to nearest-even."""
    s = _sem(kind)
    nan = _propagate_nan(s, a, b)
    if nan is not None:
        return nan
    ca, sa, ma, ea = _decode(s, a)
    cb, sb, mb, eb = _decode(s, b)
    sign = sa ^ sb
    if _INF in (ca, cb):
        return _nan(s) if _ZERO in (ca, cb) else _inf(s, sign)
    if _ZERO in (ca, cb):
        return _zero(s, sign)
    return _round_exact(s, sign, ma * mb, ea + eb)


def div(kind: str, a: int, b: int) -> int:
    """a / b, rounded to nearest-even."""
    s = _sem(kind)
    nan = _propagate_nan(s, a, b)
    if nan is not None:
        return nan
    ca, sa, ma, ea = _decode(s, a)
    cb, sb, mb, eb = _decode(s, b)
    sign = sa ^ sb
    if ca == cb and ca in (_INF, _ZERO):
        return _nan(s)  # inf/inf, 0/0
    if ca == _INF or cb == _ZERO:
        return _inf(s, sign)
    if ca == _ZERO or cb == _INF:
        return _zero(s, sign)
    e = ea - eb
    return _round(s, sign, ma << max(e, 0), mb << max(-e, 0))


def rem(kind: str, a: int, b: int) -> int:
    """fmod(a, b): exact remainder with a's sign (APFloat::mod, used by arith.remf)."""
    s = _sem(kind)
    nan = _propagate_nan(s, a, b)
    if nan is not None:
        return nan
    ca, sa, ma, ea = _decode(s, a)
    cb, _, mb, eb = _decode(s, b)
    if ca == _INF or cb == _ZERO:
        return _nan(s)
    if ca == _ZERO or cb == _INF:
        return a
    e = min(ea, eb)
    r = (ma << (ea - e)) % (mb << (eb - e))
    return _round_exact(s, sa, r, e) if r else _zero(s, sa)


def compare(kind: str, a: int, b: int) -> str:
    """Compare two values: 'lt', 'eq', 'gt' or 'unordered' (NaN); -0 equals +0."""
    s = _sem(kind)
    ca, sa, ma, ea = _decode(s, a)
    cb, sb, mb, eb = _decode(s, b)
    if _NAN in (ca, cb):
        return "unordered"
    ka, kb = _order_key(ca, sa, ma, ea), _order_key(cb, sb, mb, eb)
    return "lt" if ka < kb else "gt" if ka > kb else "eq"


def _order_key(cat: str, sign: int, sig: int, exp: int) -> tuple[int, int, int]:
    """Sort key (sign rank, scaled magnitude) comparing values by cross-multiplying."""
    if cat == _ZERO:
        return (0, 0, 0)
    if cat == _INF:
        return (-2, 0, 0) if sign else (2, 0, 0)
    # Compare magnitudes via the position of the leading bit, then the aligned significand.
    top = exp + sig.bit_length()
    aligned = sig << (2048 - sig.bit_length())  # precision <= 113, so this aligns exactly
    return (-1, -top, -aligned) if sign else (1, top, aligned)


def _less(s: FloatSemantics, a: int, b: int) -> bool:
    return compare(s.name, a, b) == "lt"


def _min_max(kind: str, a: int, b: int, want_min: bool, propagate: bool) -> int:
    s = _sem(kind)
    if propagate:
        nan = _propagate_nan(s, a, b)
        if nan is not None:
            return nan
    else:
        for x in (a, b):
            if is_signaling(kind, x):
                return _quiet(s, x)
        if is_nan(kind, a):
            return b
        if is_nan(kind, b):
            return a
    if is_zero(kind, a) and is_zero(kind, b) and is_negative(kind, a) != is_negative(kind, b):
        return a if is_negative(kind, a) == want_min else b
    if want_min:
        return b if _less(s, b, a) else a
    return b if _less(s, a, b) else a


def minimum(kind: str, a: int, b: int) -> int:
    """IEEE-754 2019 minimum: NaN-propagating, -0 < +0 (llvm::minimum)."""
    return _min_max(kind, a, b, True, True)


def maximum(kind: str, a: int, b: int) -> int:
    """IEEE-754 2019 maximum: NaN-propagating, -0 < +0 (llvm::maximum)."""
    return _min_max(kind, a, b, False, True)


def minnum(kind: str, a: int, b: int) -> int:
    """IEEE-754 2008 minNum: the non-NaN operand wins (llvm::minnum)."""
    return _min_max(kind, a, b, True, False)


def maxnum(kind: str, a: int, b: int) -> int:
    """IEEE-754 2008 maxNum: the non-NaN operand wins (llvm::maxnum)."""
    return _min_max(kind, a, b, False, False)


# --------------------------------------------------------------------------- printing


def _trim_integer(sig: int, exp: int, precision: int) -> tuple[int, int]:
    """Drop surplus low decimal digits by truncating division, as APFloat does first.

    APFloat estimates digits from the bit count (196/59 ~ log2(10)), so this may leave
    exactly `precision` digits: those are then truncated, not rounded.
    """
    bits = sig.bit_length()
    required = (precision * 196 + 58) // 59
    if bits <= required:
        return sig, exp
    removable = (bits - required) * 59 // 196
    if not removable:
        return sig, exp
    return sig // 10**removable, exp + removable


def _round_digits(digits: str, exp: int, precision: int) -> tuple[str, int]:
    """Keep `precision` digits, rounding half up on the first dropped digit only."""
    n = len(digits)
    if n <= precision:
        return digits, exp
    keep = digits[:precision]
    if digits[precision] < "5":
        kept = keep.rstrip("0")
        return kept, exp + n - len(kept)
    kept = keep.rstrip("9")
    if not kept:
        return "1", exp + n
    kept = kept[:-1] + chr(ord(kept[-1]) + 1)
    return kept, exp + n - len(kept)


def to_string(
    kind: str, bits: int, precision: int = 0, max_padding: int = 3, truncate_zero: bool = True
) -> str:
    """APFloat::toString(FormatPrecision, FormatMaxPadding, TruncateZero)."""
    s = _sem(kind)
    cat, sign, sig, exp = _decode(s, bits)
    prefix = "-" if sign else ""
    if cat == _INF:
        return "-Inf" if sign else "+Inf"
    if cat == _NAN:
        return prefix + "NaN"
    if cat == _ZERO:
        if max_padding:
            return prefix + "0"
        if truncate_zero:
            return prefix + "0.0E+0"
        return prefix + "0." + "0" * precision + "e+00"
    if not precision:
        # Enough digits to round-trip (Steele & White): 2 + floor(bits * log10(2)).
        precision = 2 + s.precision * 59 // 196
    zeros = (sig & -sig).bit_length() - 1
    sig, exp = sig >> zeros, exp + zeros
    if exp >= 0:
        sig, exp = sig << exp, 0
    else:
        sig *= 5**-exp  # N * 2**-e == N * 5**e * 10**-e
    sig, exp = _trim_integer(sig, exp, precision)
    digits = str(sig)
    stripped = digits.rstrip("0")
    exp += len(digits) - len(stripped)
    digits, exp = _round_digits(stripped, exp, precision)
    return prefix + _layout(digits, exp, precision, max_padding, truncate_zero)


def _layout(digits: str, exp: int, precision: int, max_padding: int, truncate_zero: bool) -> str:
    """Place the point: plain when padding stays within max_padding zeros, else scientific."""
    n = len(digits)
    if not max_padding:
        scientific = True
    elif exp >= 0:
        # 765e3 -> 765000, unless that suggests more precision than we have.
        scientific = exp > max_padding or n + exp > precision
    else:
        msd = exp + n - 1  # power of ten of the leading digit
        scientific = msd < 0 and -msd > max_padding
    if scientific:
        mantissa = digits[0] + "." + ("0" if n == 1 and truncate_zero else digits[1:])
        if not truncate_zero:
            mantissa += "0" * (precision - n + 1)
        e10 = exp + n - 1
        e_digits = str(_builtin_abs(e10)).rjust(1 if truncate_zero else 2, "0")
        return f"{mantissa}{'E' if truncate_zero else 'e'}{'-' if e10 < 0 else '+'}{e_digits}"
    if exp >= 0:
        return digits + "0" * exp
    whole = exp + n
    if whole > 0:
        return digits[:whole] + "." + digits[whole:]
    return "0." + "0" * -whole + digits


def format_float_hex(kind: str, bits: int) -> str:
    """The bit-pattern form MLIR prints for inf/NaN: `0x` and unpadded uppercase hex."""
    return f"0x{_canonical(_sem(kind), bits):X}"


def format_float(kind: str, bits: int) -> str:
    """A FloatAttr value as AsmPrinter's printFloatValue writes it (without `: type`)."""
    s = _sem(kind)
    cat = _decode(s, bits)[0]
    if cat in (_INF, _NAN):
        return format_float_hex(kind, bits)
    # Short scientific form if it reads back to the very same value...
    text = to_string(kind, bits, 6, 0, False)
    if from_decimal_string(kind, text) == _canonical(s, bits):
        return text
    # ...else the round-tripping default form, unless it has no '.' (the lexer needs one).
    text = to_string(kind, bits)
    return text if "." in text else format_float_hex(kind, bits)
