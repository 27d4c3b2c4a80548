package org.voxpop.estimation.result;

import java.util.List;

/**
 * The result of fitting one model: the one contract between the mathematics and every output (JSON, terminal
 * table, report, workbench). Field names follow the JSON contract documented in the README.
 *
 * @param model        the estimator id, e.g. {@code logit}
 * @param outcome      the outcome variable
 * @param dataFile     the data file name, for headings; may be {@code null}
 * @param n            observations in the estimation sample (Stata's "Number of obs")
 * @param nRows        rows in the dataset before listwise deletion
 * @param logLikelihood the maximised log-likelihood
 * @param nullLogLikelihood the log-likelihood of the model without predictors on the same sample
 * @param chi2         LR chi-square against the null model
 * @param df           its degrees of freedom (number of predictor coefficients)
 * @param chi2P        p-value of chi2
 * @param pseudoR2     McFadden's pseudo R-squared, 1 - logL / logL0
 * @param aic          -2 logL + 2 k, with k all estimated parameters
 * @param bic          -2 logL + ln(N) k
 * @param converged    whether the maximisation converged; if not, the estimates are the last iterate
 * @param iterations   Newton iterations taken
 * @param iterationLog log-likelihood at iteration 0, 1, ..., as Stata prints it
 * @param coefficients coefficient rows in Stata's order, base levels included, {@code _cons} last
 * @param cutpoints    ancillary parameters (cutpoints); empty for models without them
 * @param covariance   the covariance matrix of all estimated parameters (coefficients without base rows, then
 *                     cutpoints), row-major
 * @param notes        messages for the analyst, e.g. about dropped observations; never {@code null}
 */
public record EstimationResult(String model, String outcome, String dataFile, int n, int nRows, double logLikelihood,
		double nullLogLikelihood, double chi2, int df, double chi2P, double pseudoR2, double aic, double bic,
		boolean converged, int iterations, List<Double> iterationLog, List<Coefficient> coefficients,
		List<Coefficient> cutpoints, double[] covariance, List<String> notes) {

	public EstimationResult {
		iterationLog = List.copyOf(iterationLog);
		coefficients = List.copyOf(coefficients);
		cutpoints = List.copyOf(cutpoints);
		notes = List.copyOf(notes);
	}

	/** The coefficient row with this term name, or {@code null}. */
	public Coefficient coefficient(String term) {
		for (Coefficient c : coefficients) {
			if (c.term().equals(term)) {
				return c;
			}
		}
		for (Coefficient c : cutpoints) {
			if (c.term().equals(term)) {
				return c;
			}
		}
		return null;
	}
}
