package org.voxpop.estimator.logit.internal;

import org.voxpop.estimation.OrderedEstimator;

/** Ordered logit, logit Pr(y &lt;= j) = cut_j - xb, as Stata's ologit and R's MASS::polr. */
public final class OrderedLogitEstimator extends OrderedEstimator {

	public OrderedLogitEstimator() {
		super(LogisticLink.INSTANCE);
	}
}
