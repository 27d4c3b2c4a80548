package org.voxpop.estimator.probit.internal;

import org.voxpop.estimation.BinaryIndexModel;
import org.voxpop.estimation.DesignMatrix;
import org.voxpop.estimation.EstimationException;
import org.voxpop.estimation.Estimator;
import org.voxpop.estimation.IndexModel;
import org.voxpop.estimation.ModelDiagnostics;

/** Binary probit, Pr(y = 1) = Phi(xb), as Stata's probit; the outcome must be coded 0/1. */
public final class ProbitEstimator implements Estimator {

	@Override
	public boolean includesConstant() {
		return true;
	}

	@Override
	public DesignMatrix screen(DesignMatrix design, ModelDiagnostics diagnostics) throws EstimationException {
		return BinaryIndexModel.dropPerfectPredictors(design, diagnostics);
	}

	@Override
	public IndexModel model(DesignMatrix design) throws EstimationException {
		return BinaryIndexModel.of(design, NormalLink.INSTANCE);
	}
}
