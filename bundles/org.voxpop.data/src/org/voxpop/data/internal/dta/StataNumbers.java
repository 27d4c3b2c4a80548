package org.voxpop.data.internal.dta;

import org.voxpop.data.Codes;

/**
 * Stata's stored numbers as VoxPop's doubles. Each type keeps its top 27 values for the missing values: {@code .}
 * (system missing, here {@code NaN}) and {@code .a} to {@code .z} (here {@link Codes#stataExtendedMissing}).
 * For float and double every value above the largest ordinary one is missing; one between two letters (Stata's
 * {@code .a_}) counts as the lower letter, one beyond {@code .z} as system missing.
 */
final class StataNumbers {

	private static final int BYTE_MISSING = 101;
	private static final int INT_MISSING = 32741;
	private static final int LONG_MISSING = 2_147_483_621;
	private static final int FLOAT_MISSING_BITS = 0x7f00_0000;
	private static final int FLOAT_LETTER_SHIFT = 11;
	private static final long DOUBLE_MISSING_BITS = 0x7fe0_0000_0000_0000L;
	private static final int DOUBLE_LETTER_SHIFT = 40;

	/** Index 0: system missing; 1 to 26: {@code .a} to {@code .z}. */
	private static final double[] MISSING = new double[27];

	static {
		MISSING[0] = Double.NaN;
		for (char letter = 'a'; letter <= 'z'; letter++) {
			MISSING[letter - 'a' + 1] = Codes.stataExtendedMissing(letter);
		}
	}

	private StataNumbers() {
	}

	static double ofByte(byte stored) {
		return stored < BYTE_MISSING ? stored : MISSING[stored - BYTE_MISSING];
	}

	static double ofInt(short stored) {
		return stored < INT_MISSING ? stored : MISSING[stored - INT_MISSING];
	}

	/** A long, and a value in a value-label table, which is stored the same way. */
	static double ofLong(int stored) {
		return stored < LONG_MISSING ? stored : MISSING[stored - LONG_MISSING];
	}

	static double ofFloat(int bits) {
		if (bits < FLOAT_MISSING_BITS) {
			return Float.intBitsToFloat(bits); // negative bits are negative floats
		}
		return missing((bits - FLOAT_MISSING_BITS) >>> FLOAT_LETTER_SHIFT);
	}

	static double ofDouble(long bits) {
		if (bits < DOUBLE_MISSING_BITS) {
			return Double.longBitsToDouble(bits);
		}
		return missing((bits - DOUBLE_MISSING_BITS) >>> DOUBLE_LETTER_SHIFT);
	}

	private static double missing(long index) {
		return index < MISSING.length ? MISSING[(int) index] : Double.NaN;
	}
}
