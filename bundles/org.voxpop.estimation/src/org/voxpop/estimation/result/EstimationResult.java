package org.voxpop.estimation.result;

import java.util.List;

import org.voxpop.estimation.FittedModel;
import org.voxpop.estimation.Vce;
import org.voxpop.estimation.Weight;

/**
 * The result of fitting one model: the one contract between the mathematics and every output (JSON, terminal
 * table, report, workbench). Field names follow the JSON contract documented in the README.
 *
 * @param model        the estimator id, e.g. {@code logit}
 * @param outcome      the outcome variable
 * @param dataFile     the data file name, for headings; may be {@code null}
 * @param n            observations as Stata's "Number of obs": rows in the estimation sample, or the sum of
 *                     frequency (importance) weights
 * @param nRows        rows in the dataset before listwise deletion
 * @param weight       the weights; {@code null} if unweighted
 * @param vce          the variance estimator
 * @param clusters     number of clusters for vce cluster, else 0
 * @param logLikelihood the maximised log-likelihood (a pseudo-log-likelihood with sampling weights)
 * @param nullLogLikelihood the log-likelihood of the model without predictors on the same sample
 * @param chi2Type     {@code LR}, or {@code Wald} when the variance is robust (as Stata)
 * @param chi2         the model test: LR chi-square against the null model, or the Wald chi-square that all
 *                     coefficients but the constant and cutpoints are zero
 * @param df           its degrees of freedom
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
 * @param margins      average marginal effects; empty unless asked for
 * @param predictiveMargins predictive margins by factor level; empty unless asked for
 * @param omitted      terms left out (collinear, empty, perfect predictors); never {@code null}
 * @param tests        further tests asked for (Brant); never {@code null}
 * @param notes        messages for the analyst, e.g. about dropped observations; never {@code null}
 * @param fitted       the fitted model, to compute margins and tests from; {@code null} in results read back
 */
public record EstimationResult(String model, String outcome, String dataFile, long n, int nRows, Weight weight, Vce vce,
		int clusters, double logLikelihood, double nullLogLikelihood, String chi2Type, double chi2, int df, double chi2P,
		double pseudoR2, double aic, double bic, boolean converged, int iterations, List<Double> iterationLog,
		List<Coefficient> coefficients, List<Coefficient> cutpoints, double[] covariance, List<Margin> margins,
		List<Margin> predictiveMargins, List<Omission> omitted, List<TestStatistic> tests, List<String> notes,
		FittedModel fitted) {

	public EstimationResult {
		iterationLog = List.copyOf(iterationLog);
		coefficients = List.copyOf(coefficients);
		cutpoints = List.copyOf(cutpoints);
		margins = List.copyOf(margins);
		predictiveMargins = List.copyOf(predictiveMargins);
		omitted = List.copyOf(omitted);
		tests = List.copyOf(tests);
		notes = List.copyOf(notes);
	}

	/** This result with margins added. */
	public EstimationResult withMargins(List<Margin> effects, List<Margin> predictive) {
		return new EstimationResult(model, outcome, dataFile, n, nRows, weight, vce, clusters, logLikelihood,
				nullLogLikelihood, chi2Type, chi2, df, chi2P, pseudoR2, aic, bic, converged, iterations, iterationLog,
				coefficients, cutpoints, covariance, effects, predictive, omitted, tests, notes, fitted);
	}

	/** This result with tests added. */
	public EstimationResult withTests(List<TestStatistic> newTests) {
		return new EstimationResult(model, outcome, dataFile, n, nRows, weight, vce, clusters, logLikelihood,
				nullLogLikelihood, chi2Type, chi2, df, chi2P, pseudoR2, aic, bic, converged, iterations, iterationLog,
				coefficients, cutpoints, covariance, margins, predictiveMargins, omitted, newTests, notes, fitted);
	}

	/** The coefficient or cutpoint row with this term name, or {@code null}. */
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

	/** The average marginal effect of {@code term} on outcome {@code outcome} ({@code NaN} for binary), or {@code null}. */
	public Margin margin(String term, double outcome) {
		for (Margin m : margins) {
			if (m.term().equals(term) && (Double.compare(m.outcome(), outcome) == 0)) {
				return m;
			}
		}
		return null;
	}
}
