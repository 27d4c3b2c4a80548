package org.voxpop.estimation;

import java.util.Objects;

/**
 * What to estimate: which model (an estimator id from {@code org.voxpop.estimation.estimators}) with which formula.
 * Weights, variance types and sample restrictions join here as the estimation API grows.
 *
 * @param modelId the estimator id, e.g. {@code logit}; never {@code null}
 * @param formula the parsed formula; never {@code null}
 */
public record ModelSpecification(String modelId, ModelFormula formula) {

	public ModelSpecification {
		Objects.requireNonNull(modelId, "modelId");
		Objects.requireNonNull(formula, "formula");
	}
}
