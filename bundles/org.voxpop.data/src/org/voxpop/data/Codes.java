package org.voxpop.data;

/** Value codes as analysts read them in Stata and SPSS output. */
public final class Codes {

	private Codes() {
	}

	/**
	 * A numeric code as Stata prints it: whole numbers without a decimal point ({@code 2}, not {@code 2.0}), other
	 * values in full ({@code 2.5}); {@code NaN} as {@code NaN}.
	 */
	public static String format(double code) {
		return code == Math.rint(code) && Math.abs(code) < 1e15 ? Long.toString((long) code) : Double.toString(code);
	}
}
