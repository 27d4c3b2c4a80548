package org.voxpop.estimation;

import java.util.Objects;

/**
 * An estimator of a binary-outcome model Pr(y = 1) = F(xb) given by its link F: a subclass only passes its
 * {@link LinkFunction} to the constructor and needs a public no-argument constructor of its own. Indicators that
 * predict the outcome perfectly are dropped with their observations, as Stata's {@code logit} and {@code probit}
 * do.
 */
public abstract class BinaryEstimator implements Estimator {

	private final LinkFunction link;

	/** @param link the link F; never {@code null} */
	protected BinaryEstimator(LinkFunction link) {
		this.link = Objects.requireNonNull(link, "link");
	}

	@Override
	public final boolean includesConstant() {
		return true;
	}

	@Override
	public DesignMatrix screen(DesignMatrix design, ModelDiagnostics diagnostics) throws EstimationException {
		return BinaryIndexModel.dropPerfectPredictors(design, diagnostics);
	}

	@Override
	public IndexModel model(DesignMatrix design) throws EstimationException {
		return BinaryIndexModel.of(design, link);
	}
}
