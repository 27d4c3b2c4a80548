package org.voxpop.estimator.logit.internal;

import org.voxpop.estimation.BinaryEstimator;

/** Binary logit, Pr(y = 1) = F(xb) with the logistic F, as Stata's logit; the outcome must be coded 0/1. */
public final class LogitEstimator extends BinaryEstimator {

	public LogitEstimator() {
		super(LogisticLink.INSTANCE);
	}
}
