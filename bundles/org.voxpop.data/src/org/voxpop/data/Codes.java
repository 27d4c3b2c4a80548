package org.voxpop.data;

import org.voxpop.core.NumberText;

/**
 * Value codes as analysts read them in Stata and SPSS output, and the codes that stand for Stata's extended
 * missing values.
 * <p>
 * Stata's extended missing values {@code .a} to {@code .z} are kept distinct in a {@link NumericColumn}: each is
 * stored as the double Stata itself uses for it (just above the largest ordinary value, so {@code .a < .b < … < .z}
 * and every extended missing value sorts after every number, as in Stata). System missing ({@code .}) is
 * {@code NaN}. Importers declare the extended values missing in the codebook (a labelled category, or a missing
 * value range from {@code .a} to {@code .z}), so analyses treat them as missing without special cases.
 */
public final class Codes {

	/** Bits of Stata's double {@code .}; {@code .a} is this plus {@code 1 << 40}, {@code .z} plus {@code 26 << 40}. */
	private static final long STATA_MISSING_BITS = 0x7fe0_0000_0000_0000L;

	private static final long STATA_LETTER_STEP = 1L << 40;

	/** Stata's {@code .} as the double Stata stores: above every number, below {@code .a}; for comparisons. */
	static final double STATA_SYSTEM_MISSING = Double.longBitsToDouble(STATA_MISSING_BITS);

	/** The code of {@code .a}. */
	public static final double STATA_MISSING_A = stataExtendedMissing('a');

	/** The code of {@code .z}. */
	public static final double STATA_MISSING_Z = stataExtendedMissing('z');

	private Codes() {
	}

	/**
	 * The code of Stata's extended missing value {@code .letter}.
	 *
	 * @param letter {@code 'a'} to {@code 'z'}
	 * @throws IllegalArgumentException for any other character
	 */
	public static double stataExtendedMissing(char letter) {
		if (letter < 'a' || letter > 'z') {
			throw new IllegalArgumentException("Stata's extended missing values are .a to .z, not ." + letter);
		}
		return Double.longBitsToDouble(STATA_MISSING_BITS + (letter - 'a' + 1) * STATA_LETTER_STEP);
	}

	/** The letter of an extended missing code ({@code 'a'} to {@code 'z'}), or 0 if the code is not one. */
	public static char stataMissingLetter(double code) {
		if (!(code >= STATA_MISSING_A && code <= STATA_MISSING_Z)) {
			return 0;
		}
		long offset = Double.doubleToRawLongBits(code) - STATA_MISSING_BITS;
		return offset % STATA_LETTER_STEP == 0 ? (char) ('a' + offset / STATA_LETTER_STEP - 1) : 0;
	}

	/**
	 * A numeric code as Stata prints it: whole numbers without a decimal point ({@code 2}, not {@code 2.0}), other
	 * values in full ({@code 2.5}), extended missing values as {@code .a} to {@code .z}; {@code NaN} as {@code NaN}.
	 */
	public static String format(double code) {
		char letter = stataMissingLetter(code);
		if (letter != 0) {
			return "." + letter;
		}
		return NumberText.plain(code);
	}
}
