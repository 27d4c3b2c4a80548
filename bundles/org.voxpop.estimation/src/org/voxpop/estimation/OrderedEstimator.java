package org.voxpop.estimation;

import java.util.Objects;

/**
 * An estimator of an ordered-outcome model Pr(y &lt;= y_j) = F(cut_j - xb) given by its link F: a subclass only
 * passes its {@link LinkFunction} to the constructor and needs a public no-argument constructor of its own.
 */
public abstract class OrderedEstimator implements Estimator {

	private final LinkFunction link;

	/** @param link the link F; never {@code null} */
	protected OrderedEstimator(LinkFunction link) {
		this.link = Objects.requireNonNull(link, "link");
	}

	@Override
	public final boolean includesConstant() {
		return false;
	}

	@Override
	public IndexModel model(DesignMatrix design) throws EstimationException {
		return OrderedIndexModel.of(design, link);
	}
}
