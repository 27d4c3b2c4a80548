package org.voxpop.estimator.probit.internal;

import org.voxpop.estimation.BinaryEstimator;

/** Binary probit, Pr(y = 1) = Phi(xb), as Stata's probit; the outcome must be coded 0/1. */
public final class ProbitEstimator extends BinaryEstimator {

	public ProbitEstimator() {
		super(NormalLink.INSTANCE);
	}
}
