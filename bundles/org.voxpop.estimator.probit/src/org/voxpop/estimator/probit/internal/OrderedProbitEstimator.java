package org.voxpop.estimator.probit.internal;

import org.voxpop.estimation.OrderedEstimator;

/** Ordered probit, Pr(y &lt;= j) = Phi(cut_j - xb), as Stata's oprobit and R's ordinal::clm(link = "probit"). */
public final class OrderedProbitEstimator extends OrderedEstimator {

	public OrderedProbitEstimator() {
		super(NormalLink.INSTANCE);
	}
}
