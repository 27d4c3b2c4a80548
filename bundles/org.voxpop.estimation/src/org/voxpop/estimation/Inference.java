package org.voxpop.estimation;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * Large-sample inference shared by coefficients, margins and tests: z statistics, two-sided normal p-values,
 * 95% confidence intervals and chi-square tail probabilities.
 */
public final class Inference {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

	/** The 97.5% quantile of the standard normal, for 95% confidence intervals. */
	public static final double Z_95 = STANDARD_NORMAL.inverseCumulativeProbability(0.975);

	private Inference() {
	}

	/** Two-sided p-value of a standard normal statistic; {@code NaN} for {@code NaN}. */
	public static double twoSidedP(double z) {
		return Double.isNaN(z) ? Double.NaN : 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
	}

	/** Upper tail probability of a chi-square statistic; {@code NaN} when {@code df} is not positive. */
	public static double chiSquaredP(double chi2, int df) {
		if (df <= 0 || Double.isNaN(chi2)) {
			return Double.NaN;
		}
		if (chi2 <= 0) {
			return 1;
		}
		// the upper regularized gamma function directly: 1 - cdf would lose every digit below 1e-16
		return Gamma.regularizedGammaQ(df / 2.0, chi2 / 2);
	}
}
