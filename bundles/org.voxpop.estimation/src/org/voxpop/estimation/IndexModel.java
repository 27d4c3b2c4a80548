package org.voxpop.estimation;

import java.util.List;

/**
 * The mathematics of a single-index model on one design: each observation's outcome depends on its predictors
 * only through the linear index {@code eta = x b}, and on a few ancillary parameters (e.g. cutpoints). This is
 * what an {@link Estimator} returns; everything else is the platform's.
 * <p>
 * The parameter vector is the design's coefficients followed by the ancillary parameters. From the per-observation
 * derivatives supplied here, the platform assembles the gradient and the observed information (with the weights
 * applied), maximises the likelihood, computes OIM, robust and cluster-robust variances, and from
 * {@link #probability} the predictions, average marginal effects and predictive margins with delta-method
 * standard errors.
 * <p>
 * Contract: every method is called with finite arguments; it returns finite values or, for a contribution whose
 * likelihood is zero, {@code Double.NEGATIVE_INFINITY}; it never throws for numerical reasons. Methods are called
 * from one thread at a time, row by row, in hot loops: no allocation, no logging.
 * <p>
 * {@link BinaryIndexModel} and {@link OrderedIndexModel} implement this for binary and ordered outcomes from a
 * {@link LinkFunction}; implement it directly for other outcome types.
 */
public interface IndexModel {

	/** Names of the ancillary parameters in Stata's notation ({@code cut1}, {@code cut2}); empty if none. */
	default List<String> ancillaryParameterNames() {
		return List.of();
	}

	/** Starting values for the maximisation: one per design column, then one per ancillary parameter; a fresh array. */
	double[] initialValues();

	/**
	 * The outcome values whose probabilities {@link #probability} predicts, in order: {@code [1]} for a binary
	 * model (Pr(y = 1)), every category code for an ordered model.
	 */
	double[] predictedOutcomes();

	/**
	 * One observation's log-likelihood contribution, unweighted, and its derivatives: first and second with respect
	 * to eta, first with respect to each ancillary parameter, and the second-order cross and ancillary terms.
	 *
	 * @param row       the row of the design
	 * @param eta       the linear index x b of that row
	 * @param ancillary the ancillary parameters; not to be modified
	 * @param out       receives the derivatives; cleared by the caller; {@code null} if only the value is needed
	 * @return log f(y_row | eta, ancillary)
	 */
	double contribution(int row, double eta, double[] ancillary, Derivatives out);

	/**
	 * The contributions of a block of rows at once, for models without ancillary parameters: for row {@code from + i}
	 * at index {@code eta[i]}, what {@link #contribution} returns into {@code value[i]}, and its first and second
	 * derivatives with respect to eta into {@code first[i]} and {@code second[i]}, for {@code i < count}. Lets a model
	 * evaluate its link on whole blocks (vectorised). The default has no block form and returns {@code false}: the
	 * platform then calls {@link #contribution} row by row.
	 *
	 * @return whether the block was computed
	 */
	default boolean contributions(int from, int count, double[] eta, double[] value, double[] first, double[] second) {
		return false;
	}

	/**
	 * The contributions of a block of rows at once, for models whose rows each depend on at most two ancillary
	 * parameters (an ordered model's cutpoints): for row {@code from + i} at index {@code eta[i]}, what
	 * {@link #contribution} returns and its derivatives, into place {@code i} of {@code out}, for {@code i < count}.
	 * Lets a model evaluate its link on whole blocks (vectorised) and spares the platform a {@link Derivatives} per
	 * row. The default has no block form and returns {@code false}: the platform then calls {@link #contribution} row
	 * by row.
	 *
	 * @param ancillary the ancillary parameters; not to be modified
	 * @param out       receives the block; {@code count <= out.capacity()}
	 * @return whether the block was computed
	 */
	default boolean contributions(int from, int count, double[] eta, double[] ancillary, RowBlock out) {
		return false;
	}

	/**
	 * The probability of outcome {@code outcome} (an index into {@link #predictedOutcomes()}) at index {@code eta},
	 * with its first and second derivatives with respect to eta, its first derivatives with respect to the ancillary
	 * parameters and the eta-ancillary cross derivatives (the ancillary-ancillary terms are not used).
	 *
	 * @param out receives the derivatives; cleared by the caller; {@code null} if only the value is needed
	 */
	double probability(int outcome, double eta, double[] ancillary, Derivatives out);

	/**
	 * The probabilities of all predicted outcomes at index {@code eta} with the derivatives margins need, in one
	 * call per row: first and second derivatives with respect to eta and the eta-ancillary cross derivatives, as
	 * {@link #probability} gives them. A model whose outcomes share terms (an ordered model's cutpoints, each in two
	 * adjacent outcomes) computes each term once this way. The default has no such form and returns {@code false}:
	 * the platform then calls {@link #probability} once per outcome.
	 *
	 * @param probabilities receives one probability per predicted outcome
	 * @param etaFirst      receives d p / d eta per outcome
	 * @param etaSecond     receives d2 p / d eta2 per outcome
	 * @param etaAncillary  receives d2 p / d eta d ancillary_a, outcome by outcome ({@code ancillary.length} values
	 *                      each), every value written
	 * @return whether the values were computed
	 */
	default boolean probabilities(double eta, double[] ancillary, double[] probabilities, double[] etaFirst,
			double[] etaSecond, double[] etaAncillary) {
		return false;
	}
}
