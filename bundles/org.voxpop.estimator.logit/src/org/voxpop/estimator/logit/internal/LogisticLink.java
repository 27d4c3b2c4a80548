package org.voxpop.estimator.logit.internal;

import org.voxpop.estimation.LinkFunction;
import org.voxpop.estimation.LinkKernels;

/**
 * The standard logistic distribution, F(t) = 1 / (1 + exp(-t)), with its log forms written to stay exact in both
 * tails: d log F / dt = 1 - F(t), d log(1 - F) / dt = -F(t), and both second derivatives -F(t)(1 - F(t)).
 */
final class LogisticLink implements LinkFunction {

	static final LogisticLink INSTANCE = new LogisticLink();

	@Override
	public double cdf(double t) {
		return 1 / (1 + Math.exp(-t));
	}

	@Override
	public double survival(double t) {
		return 1 / (1 + Math.exp(t));
	}

	@Override
	public double density(double t) {
		double e = Math.exp(-Math.abs(t));
		double s = 1 + e;
		return e / (s * s);
	}

	@Override
	public double densityDerivative(double t) {
		return density(t) * (survival(t) - cdf(t));
	}

	@Override
	public double quantile(double p) {
		return Math.log(p / (1 - p));
	}

	@Override
	public double logCdf(double t) {
		// -log(1 + exp(-t)) without overflow
		return t > 0 ? -Math.log1p(Math.exp(-t)) : t - Math.log1p(Math.exp(t));
	}

	@Override
	public double logSurvival(double t) {
		return logCdf(-t);
	}

	@Override
	public double logCdfDerivative(double t) {
		return survival(t);
	}

	@Override
	public double logCdfSecondDerivative(double t) {
		return -density(t);
	}

	@Override
	public double logSurvivalDerivative(double t) {
		return -cdf(t);
	}

	@Override
	public double logSurvivalSecondDerivative(double t) {
		return -density(t);
	}

	@Override
	public void cdfTerms(double t, double[] into) {
		double e = Math.exp(-Math.abs(t)); // in (0, 1]: no overflow
		double large = 1 / (1 + e);
		double small = e * large;
		double f = small * large;
		into[0] = t >= 0 ? large : small;
		into[1] = t >= 0 ? small : large;
		into[2] = f;
		into[3] = f * (into[1] - into[0]);
	}

	@Override
	public void logCdfTerms(double t, double[] into) {
		double e = Math.exp(-Math.abs(t));
		double large = 1 / (1 + e);
		double small = e * large;
		into[0] = t >= 0 ? -log1p(e) : t - log1p(e);
		into[1] = t >= 0 ? small : large; // 1 - F(t)
		into[2] = -small * large;
	}

	@Override
	public void logSurvivalTerms(double t, double[] into) {
		double e = Math.exp(-Math.abs(t));
		double large = 1 / (1 + e);
		double small = e * large;
		into[0] = t <= 0 ? -log1p(e) : -t - log1p(e);
		into[1] = -(t >= 0 ? large : small); // -F(t)
		into[2] = -small * large;
	}

	@Override
	public void cdfTerms(double[] t, int count, double[] cdf, double[] survival, double[] density, double[] slope) {
		LinkKernels.logisticCdfTerms(t, count, cdf, survival, density, slope);
	}

	@Override
	public void binaryTerms(double[] y, int from, int count, double[] eta, double[] value, double[] first,
			double[] second) {
		LinkKernels.logisticBinaryTerms(y, from, count, eta, value, first, second);
	}

	/**
	 * log(1 + e) for e in (0, 1], with Math.log (an intrinsic) instead of the slower StrictMath-based Math.log1p:
	 * log(w) e / (w - 1) with w = 1 + e rounded, which cancels the rounding of w (Goldberg 1991, theorem 4).
	 */
	private static double log1p(double e) {
		double w = 1 + e;
		return w == 1 ? e : Math.log(w) * e / (w - 1);
	}
}
