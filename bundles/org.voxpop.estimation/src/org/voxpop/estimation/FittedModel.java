package org.voxpop.estimation;

/**
 * A maximised model with everything needed to go on computing from it (margins, predictions, tests): the design
 * it was fitted on, the model's mathematics, the estimates and their covariance. Produced by
 * {@link ModelEstimation}; held by the result, never written to JSON.
 *
 * @param modelId    the estimator id
 * @param design     the design over the estimation sample, after omitted terms and dropped observations
 * @param model      the model's mathematics on that design
 * @param theta      the estimates: one per design column, then the ancillary parameters
 * @param covariance their covariance matrix, row-major (OIM, robust or clustered as asked)
 */
public record FittedModel(String modelId, DesignMatrix design, IndexModel model, double[] theta, double[] covariance) {

	/** Number of estimated parameters. */
	public int parameterCount() {
		return theta.length;
	}

	/** The ancillary parameters (cutpoints), a fresh array. */
	public double[] ancillary() {
		return java.util.Arrays.copyOfRange(theta, design.columnCount(), theta.length);
	}
}
