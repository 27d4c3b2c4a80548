package org.voxpop.estimation;

import org.voxpop.estimation.internal.Kernels;

/**
 * Block forms of common links for {@link LinkFunction#binaryTerms} and
 * {@link LinkFunction#cdfTerms(double[], int, double[], double[], double[], double[])}: whole blocks of rows at once, with the JDK's
 * Vector API where the runtime has it (exp and log on all lanes), else a scalar loop with the same formulas.
 */
public final class LinkKernels {

	private LinkKernels() {
	}

	/**
	 * The logistic link's {@link LinkFunction#binaryTerms}: log F(eta) for y = 1 and log(1 - F(eta)) otherwise, F the
	 * logistic distribution function, with the first and second derivatives with respect to eta. Accurate in both
	 * tails (log(1 + e<sup>-|t|</sup>) is computed without cancellation).
	 *
	 * @param y     the outcome (1 or 0), read at {@code [from, from + count)}
	 * @param eta   the indexes of those rows, at {@code [0, count)}
	 * @param value receives the log-likelihood terms at {@code [0, count)}; so do {@code first} and {@code second}
	 */
	public static void logisticBinaryTerms(double[] y, int from, int count, double[] eta, double[] value,
			double[] first, double[] second) {
		Kernels.logisticBinaryTerms(y, from, count, eta, value, first, second);
	}

	/**
	 * The logistic link's {@link LinkFunction#cdfTerms(double[], int, double[], double[], double[], double[])}: F(t),
	 * 1 - F(t), f(t) = F(1 - F) and f'(t) = f(1 - 2F), each accurate in its tail (the smaller of F and 1 - F is
	 * e<sup>-|t|</sup> / (1 + e<sup>-|t|</sup>)).
	 *
	 * @param t the arguments, at {@code [0, count)}; finite
	 */
	public static void logisticCdfTerms(double[] t, int count, double[] cdf, double[] survival, double[] density,
			double[] slope) {
		Kernels.logisticCdfTerms(t, count, cdf, survival, density, slope);
	}
}
