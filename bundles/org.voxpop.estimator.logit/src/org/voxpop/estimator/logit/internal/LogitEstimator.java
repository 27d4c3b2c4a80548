package org.voxpop.estimator.logit.internal;

import org.voxpop.estimation.DesignMatrix;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.Estimator;
import org.voxpop.estimation.Likelihood;

/**
 * Binary logit: the outcome must be coded 0/1. Everything but the likelihood comes from the platform.
 */
public final class LogitEstimator implements Estimator {

	@Override
	public boolean includesConstant() {
		return true;
	}

	@Override
	public Likelihood likelihood(DesignMatrix design) throws EstimationException {
		double[] y = design.y();
		boolean anyZero = false;
		boolean anyOne = false;
		java.util.TreeSet<Double> others = new java.util.TreeSet<>();
		for (double value : y) {
			if (value == 0) {
				anyZero = true;
			} else if (value == 1) {
				anyOne = true;
			} else if (others.size() < 10) {
				others.add(value);
			}
		}
		if (!others.isEmpty()) {
			throw new EstimationException("outcome " + design.outcomeName() + " is not binary: besides 0 and 1 it takes "
					+ "the values " + others.stream().map(LogitEstimator::format).toList()
					+ ". Recode it to 0/1 (or flag the extra codes as missing in the codebook), or use an ordered model.");
		}
		if (!(anyZero && anyOne)) {
			throw new EstimationException("outcome " + design.outcomeName() + " does not vary: it is always "
					+ (anyOne ? "1" : "0") + " in the estimation sample");
		}
		return new LogitLikelihood(design);
	}

	private static String format(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}
}
