package org.voxpop.test.support;

import static org.junit.jupiter.api.Assertions.fail;

/** Comparisons of computed numbers with reference values from an independent implementation. */
public final class NumericAssertions {

	/** The default tolerance against R and statsmodels: 1e-6 relative. */
	public static final double RELATIVE_TOLERANCE = 1e-6;

	private NumericAssertions() {
	}

	/**
	 * Fails unless |actual - expected| <= tolerance * |expected| (absolute tolerance when expected is 0).
	 */
	public static void assertRelativelyClose(double expected, double actual, double tolerance, String what) {
		double difference = Math.abs(actual - expected);
		double scale = expected == 0 ? 1 : Math.abs(expected);
		if (!(difference <= tolerance * scale)) {
			fail(what + ": expected " + expected + " but was " + actual + " (relative difference "
					+ difference / scale + ", tolerance " + tolerance + ")");
		}
	}
}
