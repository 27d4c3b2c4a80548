package org.voxpop.estimation.result;

/**
 * One average marginal effect (Stata's {@code margins, dydx(*)}) or one predictive margin (Stata's
 * {@code margins i.x}), with its delta-method standard error.
 *
 * @param term     for an effect: the variable of a continuous effect ({@code age}) or the factor level of a discrete
 *                 change from the base level ({@code 2.region}); for a predictive margin the level ({@code 1.region}).
 *                 Never {@code null}
 * @param variable the variable; never {@code null}
 * @param level    the factor level, or {@code NaN} for a continuous variable
 * @param label    the level's value label, else the variable label; {@code null} if none
 * @param outcome  the outcome category code whose probability is differentiated or predicted; {@code NaN} for a
 *                 binary model (Pr(y = 1))
 * @param estimate the average marginal effect or the predictive margin
 * @param se       its delta-method standard error
 * @param z        estimate / se
 * @param p        two-sided p-value of z
 * @param ciLow    lower bound of the 95% confidence interval
 * @param ciHigh   upper bound of the 95% confidence interval
 */
public record Margin(String term, String variable, double level, String label, double outcome, double estimate,
		double se, double z, double p, double ciLow, double ciHigh) {
}
