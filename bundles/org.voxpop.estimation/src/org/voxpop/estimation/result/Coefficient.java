package org.voxpop.estimation.result;

/**
 * One row of a coefficient table: a coefficient, a cutpoint, or a factor's base level.
 *
 * @param term     Stata's name: {@code age}, {@code 2.region}, {@code 1b.region}, {@code c.age#c.age},
 *                 {@code _cons}, {@code cut1}; never {@code null}
 * @param variable the variable of a main effect, the term notation of an interaction; {@code null} for
 *                 {@code _cons} and cutpoints
 * @param level    the factor level code; {@code NaN} if the row is not a factor level
 * @param label    the value label of the level, else the variable label; {@code null} if none
 * @param base     whether this is a base level (estimate 0; standard error and tests {@code NaN})
 * @param estimate the point estimate
 * @param se       the standard error; {@code NaN} for base levels
 * @param z        estimate / se; {@code NaN} for base levels
 * @param p        two-sided p-value of z under the standard normal; {@code NaN} for base levels
 * @param ciLow    lower bound of the 95% confidence interval; {@code NaN} for base levels
 * @param ciHigh   upper bound of the 95% confidence interval; {@code NaN} for base levels
 */
public record Coefficient(String term, String variable, double level, String label, boolean base, double estimate,
		double se, double z, double p, double ciLow, double ciHigh) {
}
