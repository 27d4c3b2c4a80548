package org.voxpop.estimation;

/**
 * A statistical model, contributed through the extension point {@code org.voxpop.estimation.estimators}.
 * <p>
 * An estimator supplies only its mathematics: for a design matrix it returns an {@link IndexModel}, the
 * per-observation log-likelihood and outcome probabilities as functions of the linear index. The platform builds
 * the design matrix (formula, factor coding, missing values, weights, clusters), drops collinear and empty terms,
 * maximises the likelihood, computes OIM, robust or cluster-robust standard errors, tests and fit statistics,
 * margins, and produces tables, JSON and reports. Implementations need a public no-argument constructor, keep no
 * state between calls and may be used from several threads.
 * <p>
 * Most estimators extend {@link BinaryEstimator} or {@link OrderedEstimator} with their own
 * {@link LinkFunction}; see the plugin author's guide, {@code bundles/org.voxpop.estimation/doc/estimator-plugins.md}.
 */
public interface Estimator {

	/**
	 * Whether the design matrix gets a constant column {@code _cons}: true for binary models, false for models
	 * whose cutpoints take the constant's place (ordered models).
	 */
	boolean includesConstant();

	/**
	 * Lets the model remove what it cannot estimate before fitting, e.g. indicators that predict a binary
	 * outcome perfectly ({@link BinaryIndexModel#dropPerfectPredictors}); records each change in
	 * {@code diagnostics}. The default keeps the design as it is.
	 *
	 * @return the design to fit; never {@code null}
	 * @throws EstimationException if the model cannot be estimated on this design
	 */
	default DesignMatrix screen(DesignMatrix design, ModelDiagnostics diagnostics) throws EstimationException {
		return design;
	}

	/**
	 * Checks the outcome and returns the model's mathematics on this design. Called for the model and again for the
	 * null model (the same rows with only the constant, or with no columns at all).
	 *
	 * @param design the design over the estimation sample; never {@code null}, never empty; not to be modified
	 * @return the model; never {@code null}
	 * @throws EstimationException if the outcome does not suit the model (e.g. "outcome does not vary",
	 *                             "outcome is not binary"), worded as Stata words it
	 */
	IndexModel model(DesignMatrix design) throws EstimationException;
}
