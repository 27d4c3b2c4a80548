package org.voxpop.estimation;

/**
 * A maximised model with everything needed to go on computing from it (margins, predictions, tests): the design
 * it was fitted on, the model's mathematics, the estimates and their covariance. Produced by
 * {@link ModelEstimation}; held by the result, never written to JSON.
 *
 * @param modelId    the estimator id
 * @param design     the design over the estimation sample, after omitted terms and dropped observations
 * @param models     the model's mathematics on that design: one instance or more of the same model, for row loops
 *                   on as many threads (an {@link IndexModel} is used by one thread at a time); not empty
 * @param theta      the estimates: one per design column, then the ancillary parameters
 * @param covariance their covariance matrix, row-major (OIM, robust or clustered as asked)
 */
public record FittedModel(String modelId, DesignMatrix design, java.util.List<IndexModel> models, double[] theta,
		double[] covariance) {

	public FittedModel {
		models = java.util.List.copyOf(models);
		if (models.isEmpty()) {
			throw new IllegalArgumentException("a fitted model needs its model instance");
		}
	}

	/** A fitted model with one instance of the model's mathematics. */
	public FittedModel(String modelId, DesignMatrix design, IndexModel model, double[] theta, double[] covariance) {
		this(modelId, design, java.util.List.of(model), theta, covariance);
	}

	/** The model's mathematics on the design (the first instance). */
	public IndexModel model() {
		return models.get(0);
	}

	/** Number of estimated parameters. */
	public int parameterCount() {
		return theta.length;
	}

	/** The ancillary parameters (cutpoints), a fresh array. */
	public double[] ancillary() {
		return java.util.Arrays.copyOfRange(theta, design.columnCount(), theta.length);
	}
}
