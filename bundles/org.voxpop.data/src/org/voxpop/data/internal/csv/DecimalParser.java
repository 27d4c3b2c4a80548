package org.voxpop.data.internal.csv;

/**
 * Parses the everyday decimal numbers of a data file straight from ASCII bytes, giving exactly the double that
 * {@link Double#parseDouble(String)} gives.
 * <p>
 * Only the plain form {@code [+-]digits[.digits][(e|E)[+-]digits]} (or {@code [+-].digits...}) with at most
 * {@value #MAX_DIGITS} digits is handled, and only when the result is exact by Clinger's fast path: a mantissa
 * below 2<sup>53</sup> and a power of ten up to 10<sup>22</sup>, both exact doubles, so that one IEEE
 * multiplication or division rounds correctly. Everything else (more digits, larger exponents, hexadecimal,
 * {@code NaN}, {@code Infinity}, a {@code d} or {@code f} suffix, spaces, any other text) is left to the caller,
 * which falls back to {@link Double#parseDouble(String)}.
 */
final class DecimalParser {

	/** What {@link #parse} returns when it cannot decide; never a result of the fast path. */
	static final double UNDECIDED = Double.NaN;

	/** At most this many digits, so that the mantissa fits a long without overflow. */
	static final int MAX_DIGITS = 18;

	private static final long MAX_EXACT_MANTISSA = 1L << 53;

	private static final int MAX_EXACT_POWER = 22;

	private static final double[] POWERS_OF_TEN = new double[MAX_EXACT_POWER + 1];

	static {
		double power = 1;
		for (int i = 0; i <= MAX_EXACT_POWER; i++) {
			POWERS_OF_TEN[i] = power; // 10^i is exact for i <= 22 (5^22 < 2^53)
			power *= 10;
		}
	}

	private DecimalParser() {
	}

	/**
	 * The value of the bytes {@code [from, to)} read as a decimal number, or {@link #UNDECIDED} (a NaN) if they
	 * are not of the plain form or the value is not exact by the fast path.
	 */
	static double parse(byte[] bytes, int from, int to) {
		int p = from;
		if (p >= to) {
			return UNDECIDED;
		}
		boolean negative = false;
		byte b = bytes[p];
		if (b == '-' || b == '+') {
			negative = b == '-';
			p++;
		}
		long mantissa = 0;
		int digits = 0;
		int start = p;
		while (p < to && (b = bytes[p]) >= '0' && b <= '9') {
			mantissa = mantissa * 10 + (b - '0');
			p++;
		}
		digits = p - start;
		int fractionDigits = 0;
		if (p < to && bytes[p] == '.') {
			p++;
			int fractionStart = p;
			while (p < to && (b = bytes[p]) >= '0' && b <= '9') {
				mantissa = mantissa * 10 + (b - '0');
				p++;
			}
			fractionDigits = p - fractionStart;
			digits += fractionDigits;
		}
		if (digits == 0 || digits > MAX_DIGITS) {
			return UNDECIDED; // no digit at all (not a number), or a mantissa that may have overflowed
		}
		int exponent = 0;
		if (p < to && ((b = bytes[p]) == 'e' || b == 'E')) {
			p++;
			boolean negativeExponent = false;
			if (p < to && ((b = bytes[p]) == '-' || b == '+')) {
				negativeExponent = b == '-';
				p++;
			}
			int exponentStart = p;
			while (p < to && (b = bytes[p]) >= '0' && b <= '9' && p - exponentStart < 4) {
				exponent = exponent * 10 + (b - '0');
				p++;
			}
			if (p == exponentStart) {
				return UNDECIDED; // "1e": not a number
			}
			if (negativeExponent) {
				exponent = -exponent;
			}
		}
		if (p != to) {
			return UNDECIDED; // something else follows (a suffix, a fifth exponent digit, text)
		}
		return exact(negative, mantissa, exponent - fractionDigits);
	}

	/**
	 * The double nearest to {@code (negative ? -1 : 1) * mantissa * 10^exponent} when that is exact by the fast path,
	 * else {@link #UNDECIDED}.
	 *
	 * @param mantissa a mantissa of at most {@value #MAX_DIGITS} decimal digits
	 */
	static double exact(boolean negative, long mantissa, int exponent) {
		double value;
		if (mantissa == 0) {
			value = 0;
		} else if (mantissa >= MAX_EXACT_MANTISSA || exponent < -MAX_EXACT_POWER || exponent > MAX_EXACT_POWER) {
			return UNDECIDED;
		} else if (exponent >= 0) {
			value = mantissa * POWERS_OF_TEN[exponent];
		} else {
			value = mantissa / POWERS_OF_TEN[-exponent];
		}
		return negative ? -value : value;
	}
}
