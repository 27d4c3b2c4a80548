package org.voxpop.estimator.probit.internal;

import org.voxpop.estimation.DesignMatrix;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.Estimator;
import org.voxpop.estimation.IndexModel;
import org.voxpop.estimation.OrderedIndexModel;

/** Ordered probit, Pr(y &lt;= j) = Phi(cut_j - xb), as Stata's oprobit and R's ordinal::clm(link = "probit"). */
public final class OrderedProbitEstimator implements Estimator {

	@Override
	public boolean includesConstant() {
		return false;
	}

	@Override
	public IndexModel model(DesignMatrix design) throws EstimationException {
		return OrderedIndexModel.of(design, NormalLink.INSTANCE);
	}
}
