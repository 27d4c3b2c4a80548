package org.voxpop.core;

/** Numbers as text the way analysts read codes: the one rule every writer of codes and numbers uses. */
public final class NumberText {

	private NumberText() {
	}

	/**
	 * Whole numbers without a fraction ({@code 2}, not {@code 2.0}; below 1e15 in magnitude), anything else as
	 * {@link Double#toString(double)} ({@code 2.5}, {@code 8.98846567431158E307}, {@code NaN}), so that
	 * {@link Double#parseDouble(String)} gives back the same double (but for the sign of zero).
	 */
	public static String plain(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}
}
