package org.voxpop.estimation;

/**
 * A statistical model, contributed through the extension point {@code org.voxpop.estimation.estimators}.
 * <p>
 * An estimator supplies only its mathematics: for a design matrix it returns a {@link Likelihood}. The platform
 * builds the design matrix (formula, factor coding, missing values), maximises the likelihood, computes standard
 * errors, tests and fit statistics, and produces tables, JSON and reports. Implementations need a public
 * no-argument constructor, keep no state between calls and may be used from several threads.
 */
public interface Estimator {

	/**
	 * Whether the design matrix gets a constant column {@code _cons}: true for logit, false for models whose
	 * cutpoints take the constant's place (ordered logit).
	 */
	boolean includesConstant();

	/**
	 * Checks the outcome and returns the likelihood of this model on this design.
	 *
	 * @param design the design over the estimation sample; never {@code null}, never empty
	 * @return the likelihood; never {@code null}
	 * @throws EstimationException if the outcome does not suit the model (e.g. "outcome does not vary",
	 *                             "outcome support is not binary"), worded as Stata words it
	 */
	Likelihood likelihood(DesignMatrix design) throws EstimationException;
}
