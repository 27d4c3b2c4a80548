package org.voxpop.estimator.logit.internal;

import org.voxpop.estimation.DesignMatrix;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.Estimator;
import org.voxpop.estimation.IndexModel;
import org.voxpop.estimation.OrderedIndexModel;

/** Ordered logit, logit Pr(y &lt;= j) = cut_j - xb, as Stata's ologit and R's MASS::polr. */
public final class OrderedLogitEstimator implements Estimator {

	@Override
	public boolean includesConstant() {
		return false;
	}

	@Override
	public IndexModel model(DesignMatrix design) throws EstimationException {
		return OrderedIndexModel.of(design, LogisticLink.INSTANCE);
	}
}
